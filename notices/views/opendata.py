"""A published notice as open data: each version as JSON-LD in the W3C Data Privacy
Vocabulary (/n/<slug>/v<N>.jsonld) and an Atom feed of its versions (/n/<slug>/feed/),
so readers and tools can follow a notice without giving anyone an e-mail address.

Both follow the public JSON's rules: only published versions, a withdrawn notice
answers 410 and an old readable address redirects (addresses.resolves_address), a strong
ETag answers 304 from a metadata-only query, and no session or cookie is touched.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import JSONField
from django.db.models.fields.json import KeyTextTransform, KeyTransform
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, HttpResponseNotModified, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .. import addresses, publishing
from ..changes import compare_documents
from ..content import dpv
from ..middleware import language_from_url
from ..models import NoticeVersion
from .public import etag_matches, in_force

IMMUTABLE = "public, max-age=31536000, immutable"
LATEST = "public, max-age=300"
JSONLD_CONTENT_TYPE = "application/ld+json; charset=utf-8"
# Part of the feed's ETag: bump when what an entry says changes.
FEED_FORMAT = 1
# Every version is an entry up to this many (newest first): a feed reader needs the recent
# ones, and each entry compares two stored documents (about 3 ms each, measured).
FEED_ENTRIES = 100
JSONLD_FIELDS = ("id", "number", "etag", "languages", "effective_on", "rendered", "controller", "published_at", "note", "answers")


def _published_versions(slug: str):
    return NoticeVersion.objects.filter(notice__public_slug=slug, notice__withdrawn_at__isnull=True)


def _cached(response: HttpResponse, *, etag: str, cache_control: str) -> HttpResponse:
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    # Other sites' tools and web feed readers may fetch it from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _json_text(payload: dict) -> str:
    # Like the public JSON: user text cannot form markup even if pasted into an HTML page.
    text = json.dumps(payload, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- JSON-LD (DPV) -------------------------------------------------------------------------


def version_jsonld(version, *, slug: str) -> dict:
    """The JSON-LD of a published version, made from its own JSON and frozen answers."""
    payload = publishing.version_payload(version, slug=slug)
    return dpv.notice_jsonld(payload, answers=version.answers, published_on=publishing.local_date(version.published_at), effective_on=version.effective_on)


@require_GET
@language_from_url
@addresses.resolves_address
def public_version_jsonld(request, slug, number):
    # Like /v<N>.json, a version published ahead of time is served at its permanent
    # address before its day: it never changes.
    versions = _published_versions(slug).filter(number=number)
    conditional = bool(request.headers.get("If-None-Match"))
    version = versions.only("id", "etag").first() if conditional else versions.only(*JSONLD_FIELDS).first()
    if version is None:
        raise Http404("No such version.")
    etag = f'"{version.etag}-jsonld{dpv.FORMAT_VERSION}"'
    if etag_matches(request, etag):
        return _cached(HttpResponseNotModified(), etag=etag, cache_control=IMMUTABLE)
    if conditional:
        version = versions.only(*JSONLD_FIELDS).get()
    response = HttpResponse(_json_text(version_jsonld(version, slug=slug)), content_type=JSONLD_CONTENT_TYPE)
    return _cached(response, etag=etag, cache_control=IMMUTABLE)


@require_GET
@language_from_url
@addresses.resolves_address
def public_notice_jsonld(request, slug):
    """The version in force, for tools that want "the notice" rather than one version:
    a temporary redirect, so the statements keep their version's IRIs and the response
    stays tiny; it may be kept as long as the latest page."""
    version = _published_versions(slug).filter(in_force()).order_by("-number").only("number").first()
    if version is None:
        raise Http404("No such notice.")
    response = HttpResponseRedirect(reverse("notices:public_version_jsonld", kwargs={"slug": slug, "number": version.number}))
    response["Cache-Control"] = LATEST
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- Atom feed of the versions -----------------------------------------------------------


@dataclass
class FeedEntry:
    title: str
    link: str
    guid: str
    published_at: datetime
    summary: str  # HTML, user text escaped


@dataclass
class NoticeChanges:
    language: str
    title: str
    link: str
    feed_url: str
    feed_guid: str
    author: str
    entries: list[FeedEntry]


def _document(version) -> dict:
    """The stored document annotated on a version (notice_changes)."""
    return version.document if isinstance(version.document, dict) else {}


def _summary(version, previous, *, slug: str, language: str) -> str:
    """An entry's text: the publisher's note (what changed, in their words), the day a
    version published ahead of time takes effect, and which sections changed."""
    parts = []
    if version.note:
        parts.append(format_html("<p>{}</p>", version.note))
    if version.effective_on:
        parts.append(format_html("<p>{}</p>", _("This version takes effect on %(date)s.") % {"date": publishing.format_date(version.effective_on, language)}))
    if previous is None:
        parts.append(format_html("<p>{}</p>", _("The first published version.")))
    else:
        changes = compare_documents(_document(previous), _document(version))
        headings = [change.heading for change in changes.sections]
        if changes.title_changed:
            headings.insert(0, _("Title"))
        if headings:
            items = format_html_join("", "<li>{}</li>", ((heading,) for heading in headings))
            parts.append(format_html("<p>{}</p><ul>{}</ul>", _("Sections that changed:"), items))
        else:
            parts.append(format_html("<p>{}</p>", _("The text of the notice did not change.")))
        href = settings.SITE_URL + reverse("notices:public_changes", kwargs={"slug": slug}) + f"?from={previous.number}&to={version.number}&lang={language}"
        parts.append(format_html('<p><a href="{}">{}</a></p>', href, _("What changed from the previous version")))
    return "".join(parts)


def notice_changes(slug: str, language: str | None) -> NoticeChanges:
    chosen = language
    if language is None:
        latest_languages = _published_versions(slug).order_by("-number").values_list("languages", flat=True).first()
        if not latest_languages:
            raise Http404("No such notice.")
        language = latest_languages[0]
    if language not in publishing.OUTPUT_LANGUAGES:
        raise Http404("No such language.")
    # Only the stored document of the feed's language (or, for a version without it, of
    # the other one), not the whole stored pages: decoding those took most of the time.
    other = next(lang for lang in publishing.OUTPUT_LANGUAGES if lang != language)
    document = Coalesce(
        KeyTransform("json", KeyTransform(language, "rendered")), KeyTransform("json", KeyTransform(other, "rendered")), output_field=JSONField()
    )
    # The newest FEED_ENTRIES versions, and the one before them to say what changed.
    versions = list(
        _published_versions(slug)
        .order_by("-number")
        .only("id", "number", "published_at", "note", "languages", "effective_on")
        .annotate(controller_name=KeyTextTransform("name", "controller"), document=document)[: FEED_ENTRIES + 1]
    )[::-1]
    if not versions:
        raise Http404("No such notice.")
    latest = versions[-1]
    query = f"?lang={chosen}" if chosen else ""
    origin = settings.SITE_URL
    feed_path = reverse("notices:public_feed", kwargs={"slug": slug})
    entries = []
    with translation.override(language):
        previous = versions.pop(0) if len(versions) > FEED_ENTRIES else None
        for version in versions:
            permalink = origin + reverse("notices:public_version", kwargs={"slug": slug, "number": version.number})
            entry_language = language if language in version.languages else version.languages[0]
            entries.append(
                FeedEntry(
                    title=_("Version %(number)s") % {"number": version.number},
                    link=f"{permalink}?lang={entry_language}",
                    # The permanent address never changes (the slug is the notice's own,
                    # not its readable address), so readers never see an entry twice.
                    guid=permalink,
                    published_at=version.published_at,
                    summary=_summary(version, previous, slug=slug, language=language),
                )
            )
            previous = version
        document = _document(latest)
        title = _("Changes to %(title)s") % {"title": document.get("title") or ""}
    entries.reverse()
    return NoticeChanges(
        language=language,
        title=title,
        link=origin + reverse("notices:public_notice", kwargs={"slug": slug}) + f"?lang={language}",
        feed_url=origin + feed_path + query,
        feed_guid=origin + feed_path + query,
        author=latest.controller_name or document.get("controller_name") or "Seloste",
        entries=entries,
    )


class NoticeFeed(Feed):
    """One entry per published version, newest first. The feed's <updated> is the latest
    version's publishing time, so the feed changes only when a version is published."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return notice_changes(slug, request.GET.get("lang") or None)

    def get_feed(self, obj, request):
        # The feed's xml:lang and its words are the notice's language, not the reader's.
        with translation.override(obj.language):
            return super().get_feed(obj, request)

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.feed_url

    def feed_guid(self, obj):
        return obj.feed_guid

    def author_name(self, obj):
        return obj.author

    def items(self, obj):
        return obj.entries

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_guid(self, item):
        return item.guid

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at


_feed = NoticeFeed()


def _feed_etag(slug: str, language: str) -> str | None:
    versions = list(_published_versions(slug).order_by("number").values_list("number", "etag"))
    if not versions:
        return None
    digest = hashlib.sha256(repr(versions).encode()).hexdigest()[:32]
    return f'"{digest}-{language}-feed{FEED_FORMAT}"'


@require_GET
@language_from_url
@addresses.resolves_address
def public_feed(request, slug):
    language = request.GET.get("lang") or ""
    etag = _feed_etag(slug, language)
    if etag is None:
        raise Http404("No such notice.")
    if etag_matches(request, etag):
        return _cached(HttpResponseNotModified(), etag=etag, cache_control=LATEST)
    return _cached(_feed(request, slug), etag=etag, cache_control=LATEST)
