"""Seloste's own pages: the front page, the sample notice and the terms of use."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from ..addresses import current_address
from ..content import languages as notice_languages
from ..content import samples
from ..content.builder import build_document
from ..site_notice import site_notice


def site_context() -> dict:
    """Who runs the instance and where its privacy notice is, for the front page and terms."""
    notice = site_notice()
    operator = getattr(settings, "SELOSTE_OPERATOR", {}) or {}
    return {
        "operator": operator if operator.get("name") else None,
        "site_notice_url": reverse("notices:public_notice", kwargs={"slug": current_address(notice)}) if notice else "",
        "source_url": getattr(settings, "SELOSTE_SOURCE_URL", ""),
    }


@require_GET
def home(request):
    if request.user.is_authenticated:
        return redirect("notices:dashboard")
    return render(request, "notices/site/home.html", site_context())


@require_GET
def terms(request):
    return render(request, "notices/site/terms.html", site_context())


@require_GET
def sample_notice(request):
    """The sample notice of a small online shop, built by the same builder and template as
    every published notice (it is not stored: the sample changes with the builder)."""
    language = request.GET.get("lang") if request.GET.get("lang") in notice_languages.CODES else (request.LANGUAGE_CODE or notice_languages.DEFAULT)[:2]
    language = language if language in notice_languages.CODES else notice_languages.DEFAULT
    with translation.override(language):
        document = build_document(
            answers=samples.sample_answers(),
            controller=samples.sample_controller(),
            language=language,
            drawn_up_on=timezone.localdate(),
        )
        response = render(
            request,
            "notices/site/sample.html",
            {
                "document": document,
                "language": language,
                "language_links": [
                    {"code": code, "label": notice_languages.autonym(code), "current": code == language, "href": f"?lang={code}"}
                    for code in notice_languages.CODES
                ],
            },
        )
    response["Content-Language"] = language
    return response


@require_GET
def privacy(request):
    """A stable link for every page's footer: Seloste's own published privacy notice."""
    context = site_context()
    if context["site_notice_url"]:
        return redirect(context["site_notice_url"])
    return render(request, "notices/site/terms.html", context, status=404)
