"""What a published version contains, rendered once at publish time: the public page's
body per language, the document as data (for JSON and "what changed"), and the PDF.
Reading a published notice later assembles stored strings and renders no template."""

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import JSONField, OuterRef, Subquery
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.html import escape

from .changes import DraftChanges, draft_changes
from .content import languages as notice_languages
from .content.builder import build_document, format_date
from .content.document import Document
from .models import NoticeVersion
from .pdf import render_pdf, static_url

OUTPUT_LANGUAGES = notice_languages.CODES
LANGUAGE_AUTONYMS = {language.code: language.autonym for language in notice_languages.NOTICE_LANGUAGES}
# Part of every HTML ETag: bump when the page shell assembled in page_html() changes,
# so caches do not keep a page whose head links assets that are gone.
PAGE_SHELL_VERSION = "3"


def output_languages(answers: dict) -> list[str]:
    """The notice's languages in the user's order, the first being the default."""
    chosen = ((answers.get("notice") or {}).get("languages")) or []
    languages = [lang for lang in dict.fromkeys(chosen) if lang in OUTPUT_LANGUAGES]
    return languages or [notice_languages.DEFAULT]


def local_date(moment: datetime) -> date:
    return timezone.localtime(moment).date()


def site_origin() -> str:
    parts = urlsplit(settings.SITE_URL)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass
class RenderedLanguage:
    html: str  # the public page's <body> content
    document: dict
    title: str
    pdf_html: str  # the complete HTML document that WeasyPrint turns into the PDF


def render_language(
    *,
    language: str,
    languages: list[str],
    answers: dict,
    controller: dict,
    slug: str,
    number: int,
    published_at: datetime,
    drawn_up_on: date,
    build=build_document,
    adequacy=None,
) -> RenderedLanguage:
    """Everything one language of a version shows. Runs inside translation.override so
    the page's own words (links, labels) are in the notice's language."""
    with translation.override(language):
        document: Document = build(
            answers=answers,
            controller=controller,
            language=language,
            drawn_up_on=drawn_up_on,
            last_changed_on=local_date(published_at),
            adequacy=adequacy,
            version_number=number,
        )
        # The shared document template is rendered once and reused by page and PDF.
        fragment = render_to_string("notices/document.html", {"document": document})
        version_url = reverse("notices:public_version", kwargs={"slug": slug, "number": number})
        context = {
            "document": document,
            "fragment": fragment,
            "controller": controller,
            "language": language,
            "number": number,
            "published_on": format_date(local_date(published_at), language),
            "drawn_up_on": format_date(drawn_up_on, language),
            "version_line": document.version_line,
            "language_links": [{"code": code, "label": LANGUAGE_AUTONYMS[code], "current": code == language, "href": f"?lang={code}"} for code in languages],
            "version_url": version_url,
            "absolute_version_url": settings.SITE_URL + version_url,
            "history_url": reverse("notices:public_history", kwargs={"slug": slug}) + f"?lang={language}",
            "feed_url": reverse("notices:public_feed", kwargs={"slug": slug}) + f"?lang={language}",
            "pdf_url": reverse("notices:public_version_pdf", kwargs={"slug": slug, "number": number, "lang": language}),
            "json_url": reverse("notices:public_version_json", kwargs={"slug": slug, "number": number}),
            "jsonld_url": reverse("notices:public_version_jsonld", kwargs={"slug": slug, "number": number}),
        }
        body = render_to_string("notices/public/page_body.html", context)
        pdf_html = render_to_string(
            "notices/public/pdf.html",
            {**context, "print_css": static_url("css/print.css")},
        )
    return RenderedLanguage(html=body, document=document.to_dict(), title=document.title, pdf_html=pdf_html)



def render_languages(*, answers: dict, controller: dict, slug: str, number: int, published_at, drawn_up_on, adequacy) -> dict[str, RenderedLanguage]:
    """Every output language of a version, rendered as publishing (and an import's
    re-rendering) stores it."""
    languages = output_languages(answers)
    return {
        language: render_language(
            language=language,
            languages=languages,
            answers=answers,
            controller=controller,
            slug=slug,
            number=number,
            published_at=published_at,
            drawn_up_on=drawn_up_on,
            adequacy=adequacy,
        )
        for language in languages
    }

def plain(value):
    """Document.to_dict() without dataclasses.asdict's deep copies: 4× faster, which the
    dashboard feels (it builds every published notice's draft). Equal to to_dict()."""
    if type(value) in _PLAIN_LEAVES:  # most of a document: its texts, first
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain(item) for name, item in vars(value).items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    if isinstance(value, dict):
        return {name: plain(item) for name, item in value.items()}
    return value


_PLAIN_LEAVES = frozenset({str, int, bool, float, type(None)})


def draft_documents(*, answers: dict, controller: dict, adequacy=None, build=build_document) -> dict[str, dict]:
    """The documents publishing the draft now would store, {language: Document.to_dict()}
    in the notice's language order. Dates are left out: they only make the version line."""
    answers = answers if isinstance(answers, dict) else {}
    documents = {}
    for language in output_languages(answers):
        with translation.override(language):
            documents[language] = plain(build(answers=answers, controller=controller, language=language, adequacy=adequacy))
    return documents


def stored_documents(*, languages: list[str], rendered: dict) -> dict[str, dict | None]:
    """A version's documents as draft_documents() returns them (None where one is missing)."""
    rendered = rendered if isinstance(rendered, dict) else {}
    return {lang: (rendered.get(lang) or {}).get("json") for lang in languages or []}


def with_latest_version(notices, *, documents: bool = True):
    """Annotate a Notice queryset, in the same query, with its latest version's number
    (``latest_version``), languages and stored documents (``latest_documents()`` reads
    them), but not its HTML: what comparing the draft with it needs. ``documents=False``
    leaves the documents out (the dashboard reads the stored status, notices/status.py)."""
    latest = NoticeVersion.objects.filter(notice=OuterRef("pk")).order_by("-number")
    annotations = {"latest_version": Subquery(latest.values("number")[:1])}
    if documents:
        annotations["latest_languages"] = Subquery(latest.values("languages")[:1], output_field=JSONField())
        for lang in OUTPUT_LANGUAGES:
            annotations[f"latest_document_{lang}"] = Subquery(latest.values(f"rendered__{lang}__json")[:1], output_field=JSONField())
    return notices.annotate(**annotations)


def latest_documents(notice) -> dict[str, dict | None]:
    """The documents with_latest_version() annotated, as stored_documents() returns them."""
    languages = notice.latest_languages if isinstance(notice.latest_languages, list) else []
    return {lang: getattr(notice, f"latest_document_{lang}", None) for lang in languages}


def unpublished_changes(
    *, number: int, published: dict[str, dict | None], answers: dict, controller: dict, adequacy=None, build=build_document
) -> DraftChanges:
    """What publishing the draft now would change in version ``number``'s ``published``
    documents (from stored_documents()). ``build`` as in draft_documents()."""
    draft = draft_documents(answers=answers, controller=controller, adequacy=adequacy, build=build)
    return draft_changes(number=number, published=published, draft=draft)


def pdf_bytes(pdf_html: str, *, language: str) -> bytes:
    with translation.override(language):
        return render_pdf(pdf_html)


def content_etag(rendered: dict, languages: list[str]) -> str:
    """Identifies the stored page and JSON content; each PDF has its own (sha256)."""
    digest = hashlib.sha256(json.dumps([rendered, languages], sort_keys=True).encode()).hexdigest()
    return digest[:32]


# --- Serving (no templates) --------------------------------------------------------------


def _shell_assets() -> dict:
    return {
        "notice_css": static("css/notice.css"),
        "public_css": static("css/public.css"),
        "embed_child_js": static("js/embed-child.js"),
    }


def alternate_links(canonical: str) -> str:
    """The page's open-data forms for the head: the version's JSON-LD (DPV) and the
    notice's Atom feed of versions. The canonical address names the version shown."""
    if not canonical.startswith(settings.SITE_URL):
        return ""
    try:
        match = resolve(urlsplit(canonical[len(settings.SITE_URL) :]).path)
    except Resolver404:
        return ""
    if match.view_name != "notices:public_version":
        return ""
    slug, number = match.kwargs["slug"], match.kwargs["number"]
    jsonld = reverse("notices:public_version_jsonld", kwargs={"slug": slug, "number": number})
    feed = reverse("notices:public_feed", kwargs={"slug": slug})
    return (
        f'<link rel="alternate" type="application/ld+json" href="{escape(jsonld)}">\n'
        f'<link rel="alternate" type="application/atom+xml" href="{escape(feed)}">\n'
    )


def page_html(*, body: str, title: str, language: str, canonical: str, brand_css: str = "") -> str:
    """The whole public page: a fixed head around the stored body. ``brand_css`` is the
    organisation's live branding (views_branding.public_brand_css), linked last."""
    assets = _shell_assets()
    brand = f'<link rel="stylesheet" href="{escape(brand_css)}">\n' if brand_css else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        f"{alternate_links(canonical)}"
        f'<link rel="stylesheet" href="{escape(assets["notice_css"])}">\n'
        f'<link rel="stylesheet" href="{escape(assets["public_css"])}">\n'
        f"{brand}"
        f'<script src="{escape(assets["embed_child_js"])}" defer></script>\n'
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def version_payload(version, *, slug: str) -> dict:
    """The JSON representation (docs/notice-json-schema.json)."""
    origin = settings.SITE_URL
    languages = list(version.languages)
    rendered = version.rendered
    return {
        "format": "seloste-notice",
        "format_version": 1,
        "notice": {
            "slug": slug,
            "url": origin + reverse("notices:public_notice", kwargs={"slug": slug}),
        },
        "version": {
            "number": version.number,
            "published_at": version.published_at.isoformat(),
            "note": version.note,
            "languages": languages,
            "url": origin + reverse("notices:public_version", kwargs={"slug": slug, "number": version.number}),
            "pdf": {lang: origin + reverse("notices:public_version_pdf", kwargs={"slug": slug, "number": version.number, "lang": lang}) for lang in languages},
        },
        "controller": version.controller,
        "documents": {lang: rendered[lang]["json"] for lang in languages if lang in rendered},
    }
