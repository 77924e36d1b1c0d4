"""Published notices: the public pages (latest and permanent version, JSON, PDF, history,
what changed) and the owner's publish and version pages.

Reading a published notice renders no template and makes at most one small indexed
query: everything was rendered and stored when the version was published. Public views
touch no session and set no cookie, and they are the only pages other sites may frame.
"""

from functools import wraps

from csp.decorators import csp_replace
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import OuterRef, Q, Subquery
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.http import parse_etags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .. import addresses, jobs, permissions, public_pages, publishing, services
from ..changes import compare_documents
from ..content import languages as notice_languages
from ..content.adequacy import adequacy_from_db
from ..content.checker import check_notice, has_errors
from ..forms import language_name, ui_language
from ..middleware import language_from_url
from ..models import Notice, NoticeVersion, NoticeVersionFile

IMMUTABLE = public_pages.IMMUTABLE
LATEST = public_pages.LATEST
# Enough to decide on a 304; the body is loaded only when it is needed.
META_FIELDS = ("id", "number", "etag", "languages", "effective_on")
# The "being prepared" page of a PDF the worker has not stored yet reloads itself.
PDF_PENDING_REFRESH_SECONDS = 5


def frameable(view):
    """Any site may frame a public notice (the embed); every other page keeps the
    default frame-ancestors 'none' and X-Frame-Options: DENY."""
    return wraps(view)(xframe_options_exempt(csp_replace(public_pages.FRAME_ANYWHERE)(view)))


class PublishForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("What changed?"),
        help_text=gettext_lazy('A short note shown in the public version history, e.g. "Added the newsletter register."'),
        max_length=500,
        required=False,
        widget=forms.TextInput(),
    )
    effective_on = forms.DateField(
        label=gettext_lazy("Takes effect on (optional)"),
        help_text=gettext_lazy(
            "Leave empty to publish now. With a future date the public address keeps showing the current version, "
            "announces the new one and its date, and switches on that day."
        ),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, has_version: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_version = has_version

    def clean_effective_on(self):
        day = self.cleaned_data.get("effective_on")
        if day is None:
            return None
        if day <= timezone.localdate():
            raise forms.ValidationError(_("Choose a day after today, or leave the date empty to publish now."))
        if not self.has_version:
            raise forms.ValidationError(_("The first version takes effect when it is published; a date can be set for later versions."))
        return day


def etag_matches(request, etag: str) -> bool:
    """Whether the request's If-None-Match names ``etag`` (weak or strong, or *)."""
    header = request.headers.get("If-None-Match")
    if not header:
        return False
    wanted = parse_etags(header)
    return "*" in wanted or etag in wanted or etag in {tag.removeprefix("W/") for tag in wanted}


def _cached(response: HttpResponse, *, etag: str, immutable: bool) -> HttpResponse:
    response["ETag"] = etag
    response["Cache-Control"] = IMMUTABLE if immutable else LATEST
    return response


def _not_modified(etag: str, immutable: bool) -> HttpResponse:
    return _cached(HttpResponseNotModified(), etag=etag, immutable=immutable)


def in_force(today=None) -> Q:
    """Versions in force on ``today``: those without a date and those whose day has come."""
    today = today or timezone.localdate()
    return Q(effective_on__isnull=True) | Q(effective_on__lte=today)


def _versions(slug: str, number: int | None):
    qs = NoticeVersion.objects.filter(notice__public_slug=slug, notice__withdrawn_at__isnull=True)
    if number is None:
        # The version in force, annotated (same query) with the next scheduled one, if any.
        today = timezone.localdate()
        upcoming = NoticeVersion.objects.filter(notice_id=OuterRef("notice_id"), number__gt=OuterRef("number"), effective_on__gt=today).order_by(
            "effective_on", "number"
        )
        return (
            qs.filter(in_force(today))
            .annotate(upcoming_number=Subquery(upcoming.values("number")[:1]), upcoming_on=Subquery(upcoming.values("effective_on")[:1]))
            .order_by("-number")
        )
    return qs.filter(number=number)


def _scheduled(version) -> bool:
    return public_pages.scheduled(version, timezone.localdate())


def _published(request, slug: str, number: int | None, body_fields: tuple[str, ...], etag_for):
    """The version to serve and its ETag, or a 304 made from one metadata-only query.

    Returns (version, etag, not_modified); exactly one of version and not_modified is set.
    The body fields are loaded with the metadata unless the client may already have it."""
    conditional = bool(request.headers.get("If-None-Match"))
    fields = META_FIELDS if conditional else (*META_FIELDS, *body_fields)
    version = _versions(slug, number).only(*fields).first()
    if version is None:
        raise Http404("No such notice.")
    etag = etag_for(version)
    if etag_matches(request, etag):
        return None, etag, _not_modified(etag, immutable=number is not None)
    if conditional:
        meta = version
        version = NoticeVersion.objects.filter(pk=meta.pk).only(*META_FIELDS, *body_fields).get()
        version.upcoming_number, version.upcoming_on = getattr(meta, "upcoming_number", None), getattr(meta, "upcoming_on", None)
    return version, etag, None


def _language(request, version) -> str:
    language = request.GET.get("lang") or version.languages[0]
    if language not in version.languages:
        raise Http404("This version has no such language.")
    return language


def _notice_page(request, slug: str, number: int | None):
    # One statement when the page's row is stored (notices.public_pages); else from the version.
    stored = public_pages.read_page(request, slug, number)
    if stored is not None:
        return stored
    response = _notice_page_from_version(request, slug, number)
    public_pages.fill_after_miss(slug, number, response)
    return response


def _notice_page_from_version(request, slug: str, number: int | None):
    today = timezone.localdate()

    def etag_for(version):
        return public_pages.html_etag(version, _language(request, version), today=today, upcoming_number=getattr(version, "upcoming_number", None))

    version, etag, not_modified = _published(request, slug, number, ("rendered",), etag_for)
    if not_modified:
        return not_modified
    language = _language(request, version)
    html = public_pages.page_html(
        version,
        slug=slug,
        language=language,
        today=today,
        upcoming_number=getattr(version, "upcoming_number", None),
        upcoming_on=getattr(version, "upcoming_on", None),
    )
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Content-Language"] = language
    # A scheduled version's own page changes on its day (the announcement goes).
    return _cached(response, etag=etag, immutable=number is not None and not _scheduled(version))


def _notice_json(request, slug: str, number: int | None):
    stored = public_pages.read_json(request, slug, number)
    if stored is not None:
        return stored
    response = _notice_json_from_version(request, slug, number)
    public_pages.fill_after_miss(slug, number, response)
    return response


def _notice_json_from_version(request, slug: str, number: int | None):
    body_fields = ("rendered", "controller", "published_at", "note")
    version, etag, not_modified = _published(request, slug, number, body_fields, public_pages.json_etag)
    if not_modified:
        return not_modified
    response = HttpResponse(public_pages.json_text(version, slug=slug), content_type="application/json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return _cached(response, etag=etag, immutable=number is not None)


def _notice_pdf(request, slug: str, number: int | None, lang: str):
    stored = public_pages.read_pdf(request, slug, number, lang)
    if stored is not None:
        return stored
    response = _notice_pdf_from_version(request, slug, number, lang)
    public_pages.fill_after_miss(slug, number, response)
    return response


def _notice_pdf_from_version(request, slug: str, number: int | None, lang: str):
    immutable = number is not None
    files = NoticeVersionFile.objects.filter(version__notice__public_slug=slug, version__notice__withdrawn_at__isnull=True, language=lang)
    if number is None:
        latest = NoticeVersion.objects.filter(in_force(), notice__public_slug=slug).order_by("-number").values("number")[:1]
        files = files.filter(version__number=latest)
    else:
        files = files.filter(version__number=number)
    conditional = bool(request.headers.get("If-None-Match"))
    fields = ("id", "sha256") if conditional else ("id", "sha256", "data", "content_type")
    file = files.only(*fields).first()
    if file is None:
        return _pdf_pending(request, slug, number, lang)
    etag = f'"{file.sha256[:32]}"'
    if etag_matches(request, etag):
        return _not_modified(etag, immutable)
    if conditional:
        file = NoticeVersionFile.objects.only("data", "content_type").get(pk=file.pk)
    response = HttpResponse(bytes(file.data), content_type=file.content_type)
    response["Content-Disposition"] = f'inline; filename="notice-{slug}-{lang}.pdf"'
    response["Content-Language"] = lang
    return _cached(response, etag=etag, immutable=immutable)


def _pdf_pending(request, slug: str, number: int | None, lang: str):
    """A version whose PDF the worker has not stored yet: a short page that reloads
    itself (Refresh header and meta refresh, no script: the CSP allows none inline)."""
    versions = NoticeVersion.objects.filter(notice__public_slug=slug, notice__withdrawn_at__isnull=True)
    versions = versions.filter(in_force()).order_by("-number") if number is None else versions.filter(number=number)
    version = versions.only("id", "number", "languages").first()
    if version is None or lang not in version.languages:
        raise Http404("No such PDF.")
    if jobs.pdf_state(version_id=version.pk, language=lang) == "missing":
        raise Http404("No such PDF.")
    with translation.override(lang):
        html = render_to_string(
            "notices/public/pdf_pending.html",
            {
                "language": lang,
                "refresh": PDF_PENDING_REFRESH_SECONDS,
                "page_url": reverse("notices:public_version", kwargs={"slug": slug, "number": version.number}) + f"?lang={lang}",
            },
        )
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Refresh"] = str(PDF_PENDING_REFRESH_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = lang
    return response


# --- Public views -------------------------------------------------------------------------


@require_GET
@language_from_url
@frameable
@addresses.resolves_address
def public_notice(request, slug):
    return _notice_page(request, slug, None)


@require_GET
@language_from_url
@frameable
@addresses.resolves_address
def public_version(request, slug, number):
    return _notice_page(request, slug, number)


@require_GET
@language_from_url
@addresses.resolves_address
def public_notice_json(request, slug):
    return _notice_json(request, slug, None)


@require_GET
@language_from_url
@addresses.resolves_address
def public_version_json(request, slug, number):
    return _notice_json(request, slug, number)


@require_GET
@language_from_url
@addresses.resolves_address
def public_notice_pdf(request, slug, lang):
    return _notice_pdf(request, slug, None, lang)


@require_GET
@language_from_url
@addresses.resolves_address
def public_version_pdf(request, slug, number, lang):
    return _notice_pdf(request, slug, number, lang)


def _history_versions(slug):
    # The stored pages stay deferred: only the versions actually shown or compared load theirs.
    versions = list(
        NoticeVersion.objects.filter(notice__public_slug=slug, notice__withdrawn_at__isnull=True)
        .order_by("-number")
        .only("id", "number", "published_at", "note", "languages", "effective_on")
    )
    if not versions:
        raise Http404("No such notice.")
    return versions


def _public_context(request, versions, slug):
    language = request.GET.get("lang") or versions[0].languages[0]
    if language not in publishing.OUTPUT_LANGUAGES:
        raise Http404("No such language.")
    in_force_number = next((version.number for version in versions if not _scheduled(version)), None)
    for version in versions:
        version.published_on = publishing.format_date(publishing.local_date(version.published_at), language)
        version.in_force = version.number == in_force_number
        version.takes_effect_on = publishing.format_date(version.effective_on, language) if _scheduled(version) else ""
    latest = versions[0]
    title_language = language if language in latest.rendered else latest.languages[0]
    return language, {
        "slug": slug,
        "language": language,
        "title": latest.rendered[title_language]["title"],
        "organisation": latest.rendered[title_language]["json"].get("controller_name", ""),
        "versions": versions,
        "language_links": [
            {"code": code, "label": publishing.LANGUAGE_AUTONYMS[code], "current": code == language, "href": f"?lang={code}"} for code in latest.languages
        ],
    }


@require_GET
@language_from_url
@frameable
@addresses.resolves_address
def public_history(request, slug):
    versions = _history_versions(slug)
    language, context = _public_context(request, versions, slug)
    with translation.override(language):
        response = render(request, "notices/public/history.html", context)
    response["Content-Language"] = language
    response["Cache-Control"] = LATEST
    return response


@require_GET
@language_from_url
@frameable
@addresses.resolves_address
def public_changes(request, slug):
    versions = _history_versions(slug)
    language, context = _public_context(request, versions, slug)
    by_number = {version.number: version for version in versions}
    try:
        old_number = int(request.GET.get("from") or (versions[1].number if len(versions) > 1 else versions[0].number))
        new_number = int(request.GET.get("to") or versions[0].number)
    except ValueError:
        raise Http404("No such version.") from None
    if old_number not in by_number or new_number not in by_number:
        raise Http404("No such version.")
    if old_number > new_number:
        old_number, new_number = new_number, old_number
    old, new = by_number[old_number], by_number[new_number]
    for link in context["language_links"]:
        link["href"] = f"?from={old.number}&to={new.number}&lang={link['code']}"
    with translation.override(language):
        changes = compare_documents(_document(old, language), _document(new, language))
        context.update({"old": old, "new": new, "changes": changes})
        response = render(request, "notices/public/changes.html", context)
    response["Content-Language"] = language
    response["Cache-Control"] = LATEST
    return response


def _document(version, language: str) -> dict:
    stored = version.rendered.get(language) or version.rendered[version.languages[0]]
    return stored["json"]


# --- Owner views: publish and versions ------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.publish")
def notice_publish(request, pk):
    notice = get_object_or_404(Notice.objects.for_user(request.user).select_related("organisation"), pk=pk)
    permissions.check(request, notice.organisation)
    form = PublishForm(request.POST or None, has_version=notice.versions.exists())
    unchanged_refusal = False
    if request.method == "POST" and form.is_valid():
        try:
            version = services.notice_publish(
                notice=notice, by=request.user, note=form.cleaned_data["note"], effective_on=form.cleaned_data.get("effective_on")
            )
        except services.PublishRefused as refused:
            unchanged_refusal = refused.reason == services.PublishRefused.UNCHANGED
            if refused.reason == services.PublishRefused.LIMIT:
                form.add_error(None, refused.message)
        else:
            if version.effective_on:
                date_language = ui_language()
                messages.success(
                    request,
                    _("Version %(number)s is published and takes effect on %(date)s.")
                    % {"number": version.number, "date": publishing.format_date(version.effective_on, date_language)},
                )
            else:
                messages.success(request, _("Version %(number)s is published.") % {"number": version.number})
            return redirect("notices:notice_versions", pk=notice.pk)
        # Someone may have published or edited meanwhile: show the state as it is now.
        notice.refresh_from_db()
    # The same adequacy list and documents publishing would use, so the page and the service agree.
    adequacy = adequacy_from_db()
    controller = notice.organisation.snapshot()
    answers = notice.answers if isinstance(notice.answers, dict) else {}
    findings = check_notice(answers=answers, controller=controller, adequacy=adequacy)
    latest = notice.versions.only("number", "published_at", "languages", "rendered").order_by("-number").first()
    language = translation.get_language()
    context = {
        "notice": notice,
        "form": form,
        "errors": [_finding(notice, f, language) for f in findings if f.severity == "error"],
        "warnings": [_finding(notice, f, language) for f in findings if f.severity != "error"],
        "blocked": has_errors(findings),
        "latest": latest,
        "unchanged_refusal": unchanged_refusal,
    }
    if latest is not None:
        changes = publishing.unpublished_changes(
            number=latest.number,
            published=publishing.stored_documents(languages=latest.languages, rendered=latest.rendered),
            answers=answers,
            controller=controller,
            adequacy=adequacy,
        )
        context.update(_changes_context(changes, (language or "fi")[:2]))
    return render(request, "notices/publish.html", context)


def _changes_context(changes, ui_language: str) -> dict:
    """The publish page's "What will change", in the reader's language where possible."""
    shown_language, shown = changes.shown(ui_language)
    names = {code: language_name(code) for code in publishing.OUTPUT_LANGUAGES}
    shown_note = ""
    if shown_language != ui_language:
        if ui_language in changes.by_language:
            shown_note = _("The %(unchanged)s text does not change. The %(language)s text changes as follows.")
        else:
            shown_note = _("Shown in %(language)s, the language of the notice.")
        shown_note %= {"unchanged": names.get(ui_language, ui_language), "language": names.get(shown_language, shown_language)}
    return {
        "changes": changes,
        "shown_changes": shown if shown is not None and not shown.is_empty else None,
        "shown_note": shown_note,
        "languages_added": [names.get(code, code) for code in changes.languages_added],
        "languages_removed": [names.get(code, code) for code in changes.languages_removed],
        "default_language": names.get(changes.languages_after[0], "") if changes.default_language_changed else "",
    }


def _finding(notice, finding, language: str) -> dict:
    try:
        url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": finding.step})
    except NoReverseMatch:
        url = ""
    lang = (language or notice_languages.DEFAULT)[:2]  # a UI language that is no notice language falls back (languages.pick)
    return {"message": finding.message(lang), "url": url, "article": finding.article(lang)}


@login_required
@require_GET
@permissions.org_view("notice.view")
def notice_versions(request, pk):
    notice = get_object_or_404(Notice.objects.for_user(request.user).select_related("organisation"), pk=pk)
    permissions.check(request, notice.organisation)
    versions = list(notice.versions.order_by("-number").only("id", "number", "published_at", "published_by_email", "note", "languages", "effective_on"))
    for version in versions:
        version.scheduled = _scheduled(version)
    return render(
        request,
        "notices/versions.html",
        {
            "notice": notice,
            "versions": versions,
            "can": permissions.Rights(request.user, notice.organisation),
            **embed_context(notice, versions[0] if versions else None),
        },
    )


def embed_context(notice, latest_version) -> dict:
    """Context for templates/notices/_embed_snippets.html: {% include %} it with these."""
    origin = publishing.site_origin()
    url = origin + reverse("notices:public_notice", kwargs={"slug": addresses.current_address(notice)})
    script = origin + static("js/embed.js")
    # The snippet is HTML source the owner pastes into their site, so the title is escaped
    # for that HTML here; the template escapes the whole snippet again for the textarea.
    template = '<iframe src="{}" title="{}" data-seloste-embed{} width="100%" height="800" loading="lazy"></iframe>\n<script src="{}" async></script>'
    code = format_html(template, url, notice.title, "", script)
    # data-seloste-font="inherit": embed.js tells the framed notice the host page's font.
    inherit = format_html(template, url, notice.title, mark_safe(' data-seloste-font="inherit"'), script)  # noqa: S308 - a constant
    return {
        "embed_published": latest_version is not None,
        "embed_url": url,
        # Plain strs, not SafeString, so the template escapes them for the textarea.
        "embed_iframe_code": "".join([code]),
        "embed_iframe_code_inherit": "".join([inherit]),
        "embed_id": f"notice-{notice.pk}",
    }
