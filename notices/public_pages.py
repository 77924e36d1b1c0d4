"""Public reads at the ceiling (issue 14): every public page, JSON and PDF download is
served by one SQL statement that fetches only the requested language's final bytes.

Measured before: each read loaded and JSON-decoded the whole ``rendered`` field (both
languages' pages and documents, ~100 KB), built an ORM query (~1 ms) and let PostgreSQL
plan it for longer than it ran. Now publishing stores each language's finished page, and
the JSON, as PublishedPage rows with their ETag and Cache-Control; a read is one constant
statement by key (prepared on the server by psycopg after a few runs), which also

- resolves the address (the random slug or the current readable one) and refuses a
  withdrawn notice, so withdrawing and restoring need no invalidation;
- picks the row in force today (valid_from/valid_until), so a scheduled version switches
  over on its day without a write;
- ignores latest-address rows built before a newer version existed, and rows of another
  page shell (static asset names, SITE_URL), so a stale row is never served;
- returns no body when the client's If-None-Match matches (a 304 in the same statement).

A read that finds no row is served as before from the versions (notices.views.public),
which answers every 404, 410 and redirect, and then stores the rows for next time.
"""

import hashlib
import json
import logging
from datetime import date

from django.conf import settings
from django.core.signals import setting_changed
from django.db import connection, transaction
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from . import publishing
from .models import Notice, NoticeAddress, NoticeVersion, NoticeVersionFile, PublishedPage

logger = logging.getLogger(__name__)

IMMUTABLE = "public, max-age=31536000, immutable"
LATEST = "public, max-age=300"
HTML_TYPE = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
BODY_FIELDS = ("id", "number", "etag", "languages", "effective_on", "rendered", "controller", "published_at", "note")


# --- What a page is (shared by the stored rows and the fallback path) ------------------------


def scheduled(version, today: date) -> bool:
    return version.effective_on is not None and version.effective_on > today


def html_etag(version, language: str, *, today: date, upcoming_number: int | None = None) -> str:
    # The announcement of a scheduled version is part of the page, so part of its ETag.
    suffix = f"-u{upcoming_number}" if upcoming_number else ("-s" if scheduled(version, today) else "")
    return f'"{version.etag}-{language}-{publishing.PAGE_SHELL_VERSION}{suffix}"'


def announcement(version, *, slug: str, language: str, today: date, upcoming_number: int | None = None, upcoming_on=None) -> str:
    """The line above a page about a scheduled version: on the page in force, that the
    notice changes on a day (WP260: readers are told of changes in advance); on the
    scheduled version's own page, that it is not in force yet."""
    with translation.override(language):
        if upcoming_number:
            day = publishing.format_date(upcoming_on, language)
            href = reverse("notices:public_version", kwargs={"slug": slug, "number": upcoming_number}) + f"?lang={language}"
            return format_html(
                '<aside class="pn-upcoming" role="note"><p>{} <a href="{}">{}</a></p></aside>',
                _("This notice changes on %(date)s.") % {"date": day},
                href,
                _("Read the new version"),
            )
        if scheduled(version, today):
            day = publishing.format_date(version.effective_on, language)
            href = reverse("notices:public_notice", kwargs={"slug": slug}) + f"?lang={language}"
            return format_html(
                '<aside class="pn-upcoming" role="note"><p>{} <a href="{}">{}</a></p></aside>',
                _("This version takes effect on %(date)s.") % {"date": day},
                href,
                _("Read the version in force"),
            )
    return ""


def page_html(version, *, slug: str, language: str, today: date, upcoming_number: int | None = None, upcoming_on: date | None = None) -> str:
    stored = version.rendered[language]
    canonical = settings.SITE_URL + reverse("notices:public_version", kwargs={"slug": slug, "number": version.number})
    notice_line = announcement(version, slug=slug, language=language, today=today, upcoming_number=upcoming_number, upcoming_on=upcoming_on)
    brand_css = reverse("notices:public_brand_css", kwargs={"slug": slug})
    return publishing.page_html(body=notice_line + stored["html"], title=stored["title"], language=language, canonical=canonical, brand_css=brand_css)


def json_text(version, *, slug: str) -> str:
    # Like json_script: user text cannot form markup even if the JSON is pasted into HTML.
    text = json.dumps(publishing.version_payload(version, slug=slug), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_etag(version) -> str:
    return f'"{version.etag}-json"'


# --- The shell key: what else the stored bytes depend on ----------------------------------

_shell_keys: dict[str, str] = {}


def shell_key() -> str:
    """Changes when a deployment changes the page shell, the static asset names or
    SITE_URL (which, in development, follows the request: notices.site_url)."""
    site = settings.SITE_URL
    key = _shell_keys.get(site)
    if key is None:
        assets = json.dumps(publishing._shell_assets(), sort_keys=True)
        parts = [publishing.PAGE_SHELL_VERSION, site, assets, reverse("notices:public_notice", kwargs={"slug": "x"})]
        key = _shell_keys[site] = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    return key


@receiver(setting_changed, dispatch_uid="seloste_public_pages_shell")
def _forget_shell_keys(**kwargs):
    _shell_keys.clear()


# --- Building the rows -----------------------------------------------------------------------


def _latest_intervals(versions: list, today: date) -> list[tuple]:
    """(valid_from, valid_until, version in force, next scheduled version) from today on.
    Which version is in force, and which one is announced, change only on the days
    scheduled versions take effect, so one interval per such day covers every future day."""
    days = sorted({v.effective_on for v in versions if v.effective_on is not None and v.effective_on > today})
    starts = [today, *days]
    intervals = []
    for index, start in enumerate(starts):
        in_force = [v for v in versions if v.effective_on is None or v.effective_on <= start]
        if not in_force:
            continue
        current = max(in_force, key=lambda v: v.number)
        later = [v for v in versions if v.number > current.number and v.effective_on is not None and v.effective_on > start]
        later.sort(key=lambda v: (v.effective_on, v.number))
        until = starts[index + 1] if index + 1 < len(starts) else None
        intervals.append((None if index == 0 else start, until, current, later[0] if later else None))
    return intervals


def addresses_of(notice: Notice) -> list[str]:
    """Every address a reader may use: the random slug and the current readable one."""
    current = NoticeAddress.objects.filter(notice=notice, is_current=True).values_list("slug", flat=True).first()
    return [notice.public_slug, *([current] if current else [])]


def page_key(address: str, number: int | None, kind: str, language: str) -> str:
    return f"{address}/{number or PublishedPage.LATEST}/{kind}/{language}"


def _rows(notice: Notice, number: int, today: date) -> list[PublishedPage]:
    versions = list(NoticeVersion.objects.filter(notice=notice).only("id", "number", "effective_on").order_by("number"))
    if not versions:
        return []
    # The bytes name the random slug (canonical link, brand CSS, JSON), whatever the address.
    slug = notice.public_slug
    shell = shell_key()
    # A version's own address has one interval; its scheduled day is handled below.
    intervals = _latest_intervals(versions, today) if number == PublishedPage.LATEST else [(None, None, v, None) for v in versions if v.number == number]
    wanted = {current.pk for _from, _until, current, _next in intervals}
    full = {v.pk: v for v in NoticeVersion.objects.filter(pk__in=wanted).only(*BODY_FIELDS)}
    made = []  # (kind, language, valid_from, valid_until, version, etag, cache_control, body)
    for valid_from, valid_until, current, upcoming in intervals:
        version = full[current.pk]
        upcoming_number, upcoming_on = (upcoming.number, upcoming.effective_on) if upcoming else (None, None)
        # Each period's bytes are those of its first day.
        periods = [(valid_from, valid_until, valid_from or today)]
        if number != PublishedPage.LATEST and scheduled(version, today):
            # A scheduled version's own page: announced until its day, then immutable.
            periods = [(None, version.effective_on, today), (version.effective_on, None, version.effective_on)]
        for start, end, as_of in periods:
            immutable = number != PublishedPage.LATEST and not scheduled(version, as_of)
            languages = [language for language in version.languages if language in version.rendered]
            for position, language in enumerate(languages):
                html = page_html(version, slug=slug, language=language, today=as_of, upcoming_number=upcoming_number, upcoming_on=upcoming_on).encode()
                etag = html_etag(version, language, today=as_of, upcoming_number=upcoming_number)
                cache_control = IMMUTABLE if immutable else LATEST
                # The read without ?lang= gets the first language: the same bytes under "".
                for key_language in [language, ""] if position == 0 else [language]:
                    made.append((PublishedPage.HTML, key_language, language, start, end, version, etag, cache_control, html))
        body = json_text(version, slug=slug).encode()
        cache_control = LATEST if number == PublishedPage.LATEST else IMMUTABLE
        made.append((PublishedPage.JSON, "", "", valid_from, valid_until, version, json_etag(version), cache_control, body))
    return [
        PublishedPage(
            notice=notice,
            key=page_key(address, number, kind, key_language),
            address=address,
            number=number,
            kind=kind,
            language=language,
            valid_from=start,
            valid_until=end,
            shell=shell,
            version_id=version.pk,
            etag=etag,
            cache_control=cache_control,
            body=body,
        )
        for address in addresses_of(notice)
        for kind, key_language, language, start, end, version, etag, cache_control, body in made
    ]


@transaction.atomic
def published_pages_build(*, notice: Notice, number: int) -> int:
    """Store the ready-to-send rows of the notice's latest address (``number`` 0) or of
    one version, at each of its addresses, replacing the old ones. Returns the row count."""
    rows = _rows(notice, number, timezone.localdate())
    PublishedPage.objects.filter(notice=notice, number=number).delete()
    PublishedPage.objects.bulk_create(rows)
    return len(rows)


def published_pages_refresh(*, notice: Notice, number: int) -> None:
    """After version ``number`` is published: its own rows and the latest address's."""
    published_pages_build(notice=notice, number=PublishedPage.LATEST)
    published_pages_build(notice=notice, number=number)


@transaction.atomic
def published_pages_readdress(*, notice: Notice) -> None:
    """After the readable address changed: an old address must redirect, so its rows go;
    the rows of the new one are made for the latest address now, the versions' on a miss."""
    PublishedPage.objects.filter(notice=notice).exclude(address__in=addresses_of(notice)).delete()
    if NoticeVersion.objects.filter(notice=notice).exists():
        published_pages_build(notice=notice, number=PublishedPage.LATEST)


def fill_after_miss(slug: str, number: int | None, response) -> None:
    """A read the rows could not answer was served from the versions: store its rows so
    the next one is a single statement. Never lets a failure here break the read."""
    if response.status_code not in (200, 304):
        return
    try:
        notice = Notice.objects.filter(public_slug=slug, withdrawn_at__isnull=True).first()
        if notice is not None:
            published_pages_build(notice=notice, number=number or PublishedPage.LATEST)
    except Exception:  # a cache fill: the reader already has the answer
        logger.exception("Storing the public pages of %s failed", slug)


# --- Reading -----------------------------------------------------------------------------------

_PAGE, _NOTICE, _FILE = PublishedPage._meta.db_table, Notice._meta.db_table, NoticeVersionFile._meta.db_table

# The row by key, if its notice is live (withdrawing needs no invalidation), of this
# deployment's shell, in force today. {find} is the vendor's substring search: the
# client's If-None-Match holds the ETag. No body either when this process already holds
# it (%(have)s: the ETag of its copy), so a read moves ~100 bytes, not the page.
_WHERE = f"""
FROM {_PAGE} p JOIN {_NOTICE} n ON n.id = p.notice_id{{join}}
WHERE p.key = %(key)s AND n.withdrawn_at IS NULL AND p.shell = %(shell)s
AND (p.valid_from IS NULL OR p.valid_from <= %(today)s) AND (p.valid_until IS NULL OR p.valid_until > %(today)s)
LIMIT 1
"""  # noqa: S608 - only table names are formatted in; every value is a parameter
_PAGE_SQL = (
    "SELECT p.etag, p.cache_control, p.language, "
    "CASE WHEN %(any)s OR {find}(%(inm)s, p.etag) > 0 OR p.etag = %(have)s THEN NULL ELSE p.body END" + _WHERE.replace("{join}", "")
)
_PDF_ETAG = "'\"' || substr(f.sha256, 1, 32) || '\"'"
_PDF_SQL = (
    f"SELECT {_PDF_ETAG}, f.content_type, f.language, "
    f"CASE WHEN %(any)s OR {{find}}(%(inm)s, {_PDF_ETAG}) > 0 OR {_PDF_ETAG} = %(have)s THEN NULL ELSE f.data END"
    + _WHERE.replace("{join}", f" JOIN {_FILE} f ON f.version_id = p.version_id AND f.language = p.language")
)
_SQL = {
    "postgresql": {"page": _PAGE_SQL.replace("{find}", "strpos"), "pdf": _PDF_SQL.replace("{find}", "strpos")},
    "sqlite": {"page": _PAGE_SQL.replace("{find}", "instr"), "pdf": _PDF_SQL.replace("{find}", "instr")},
}

# This process's copies of bodies it has sent: key → (etag, shell, bytes). Bounded; a
# full cache is emptied (the next reads fetch their bodies once more).
_bodies: dict[str, tuple[str, str, bytes]] = {}
_bodies_size = 0


def _remember(key: str, etag: str, shell: str, body: bytes) -> None:
    global _bodies_size
    limit = getattr(settings, "SELOSTE_PUBLIC_BODY_CACHE_BYTES", 32 * 1024 * 1024)
    if len(body) > limit:
        return
    if _bodies_size + len(body) > limit:
        _bodies.clear()
        _bodies_size = 0
    previous = _bodies.get(key)
    _bodies[key] = (etag, shell, body)
    _bodies_size += len(body) - (len(previous[2]) if previous else 0)


def _fetch(statement: str, params: dict):
    sql = _SQL.get(connection.vendor, _SQL["sqlite"])[statement]
    if connection.vendor != "postgresql":
        params = {**params, "today": params["today"].isoformat()}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()
    import psycopg

    # As Django's own cursor() does (health check when enabled, then connect), but with
    # server-side binding for this one statement: prepared on the server (PostgreSQL no
    # longer plans each read), results in binary (bytes as they are, no hex).
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        raw = psycopg.Cursor(connection.connection)
        if not connection.queries_logged and not connection.execute_wrappers:
            with raw:
                raw.execute(sql, params, prepare=getattr(settings, "SELOSTE_PREPARED_READS", True), binary=True)
                return raw.fetchone()
    # Query logging (DEBUG, tests) goes through Django's wrapper, which logs the statement.
    with connection.make_debug_cursor(raw) if connection.queries_logged else connection.make_cursor(raw) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _read(statement: str, request, key: str):
    header = request.headers.get("If-None-Match") or ""
    shell = shell_key()
    cache_key = f"{statement}:{key}"
    held = _bodies.get(cache_key)
    have = held[0] if held is not None and held[1] == shell else ""
    params = {"key": key, "shell": shell, "today": timezone.localdate(), "any": header.strip() == "*", "inm": header, "have": have}
    row = _fetch(statement, params)
    if row is None:
        return None
    etag, meta, language, body = row
    not_modified = params["any"] or etag in header
    if not not_modified:
        if body is None:
            body = held[2]
        else:
            body = bytes(body)
            _remember(cache_key, etag, shell, body)
    return etag, meta, language, None if not_modified else body


def _headers(response, etag: str, cache_control: str):
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    return response


def read_page(request, slug: str, number: int | None):
    """The public page from its stored row, or None when there is none."""
    found = _read("page", request, page_key(slug, number, PublishedPage.HTML, request.GET.get("lang") or ""))
    if found is None:
        return None
    etag, cache_control, language, body = found
    if body is None:
        return _headers(HttpResponseNotModified(), etag, cache_control)
    response = _headers(HttpResponse(body, content_type=HTML_TYPE), etag, cache_control)
    response["Content-Language"] = language
    return response


def read_json(request, slug: str, number: int | None):
    found = _read("page", request, page_key(slug, number, PublishedPage.JSON, ""))
    if found is None:
        return None
    etag, cache_control, _language, body = found
    if body is None:
        return _headers(HttpResponseNotModified(), etag, cache_control)
    response = _headers(HttpResponse(body, content_type=JSON_TYPE), etag, cache_control)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def read_pdf(request, slug: str, number: int | None, language: str):
    key = page_key(slug, number, PublishedPage.HTML, language)
    found = _read("pdf", request, key) if language else None
    if found is None:
        return None
    etag, content_type, _language, data = found
    cache_control = IMMUTABLE if number is not None else LATEST
    if data is None:
        return _headers(HttpResponseNotModified(), etag, cache_control)
    response = _headers(HttpResponse(data, content_type=content_type), etag, cache_control)
    response["Content-Disposition"] = f'inline; filename="notice-{slug}-{language}.pdf"'
    response["Content-Language"] = language
    return response
