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


def _rows(notice: Notice, number: int, today: date) -> list[PublishedPage]:
    versions = list(NoticeVersion.objects.filter(notice=notice).only("id", "number", "effective_on").order_by("number"))
    if not versions:
        return []
    built_for = versions[-1].number
    slug = notice.public_slug
    shell = shell_key()
    common = {"notice": notice, "number": number, "built_for": built_for, "shell": shell}
    # A version's own address has one interval; its scheduled day is handled below.
    intervals = _latest_intervals(versions, today) if number == PublishedPage.LATEST else [(None, None, v, None) for v in versions if v.number == number]
    wanted = {current.pk for _from, _until, current, _next in intervals}
    full = {v.pk: v for v in NoticeVersion.objects.filter(pk__in=wanted).only(*BODY_FIELDS)}
    rows = []
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
            for position, language in enumerate(version.languages):
                if language not in version.rendered:
                    continue
                html = page_html(version, slug=slug, language=language, today=as_of, upcoming_number=upcoming_number, upcoming_on=upcoming_on)
                etag = html_etag(version, language, today=as_of, upcoming_number=upcoming_number)
                rows.append(
                    PublishedPage(
                        **common,
                        kind=PublishedPage.HTML,
                        language=language,
                        is_default=position == 0,
                        valid_from=start,
                        valid_until=end,
                        version_id=version.pk,
                        etag=etag,
                        cache_control=IMMUTABLE if immutable else LATEST,
                        body=html.encode(),
                    )
                )
        rows.append(
            PublishedPage(
                **common,
                kind=PublishedPage.JSON,
                language="",
                is_default=True,
                valid_from=valid_from,
                valid_until=valid_until,
                version_id=version.pk,
                etag=json_etag(version),
                cache_control=LATEST if number == PublishedPage.LATEST else IMMUTABLE,
                body=json_text(version, slug=slug).encode(),
            )
        )
    return rows


@transaction.atomic
def published_pages_build(*, notice: Notice, number: int) -> int:
    """Store the ready-to-send rows of the notice's latest address (``number`` 0) or of
    one version, replacing the old ones. Returns how many rows were stored."""
    rows = _rows(notice, number, timezone.localdate())
    PublishedPage.objects.filter(notice=notice, number=number).delete()
    PublishedPage.objects.bulk_create(rows)
    return len(rows)


def published_pages_refresh(*, notice: Notice, number: int) -> None:
    """After version ``number`` is published: its own rows and the latest address's."""
    published_pages_build(notice=notice, number=PublishedPage.LATEST)
    published_pages_build(notice=notice, number=number)


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

_PAGE, _NOTICE, _ADDRESS = PublishedPage._meta.db_table, Notice._meta.db_table, NoticeAddress._meta.db_table
_VERSION, _FILE = NoticeVersion._meta.db_table, NoticeVersionFile._meta.db_table

# The notice behind an address, if it is live: the random slug or the current readable one.
_WHERE = f"""
p.notice_id = (
    SELECT n.id FROM {_NOTICE} n WHERE n.public_slug = %(slug)s AND n.withdrawn_at IS NULL
    UNION ALL
    SELECT a.notice_id FROM {_ADDRESS} a JOIN {_NOTICE} m ON m.id = a.notice_id
    WHERE a.slug = %(slug)s AND a.is_current AND m.withdrawn_at IS NULL
    LIMIT 1)
AND p.number = %(number)s AND p.kind = %(kind)s AND p.shell = %(shell)s
AND (p.valid_from IS NULL OR p.valid_from <= %(today)s) AND (p.valid_until IS NULL OR p.valid_until > %(today)s)
AND (p.number <> 0 OR p.built_for = (SELECT MAX(v.number) FROM {_VERSION} v WHERE v.notice_id = p.notice_id))
"""  # noqa: S608 - only table names are formatted in; every value is a parameter
# {find} is the vendor's substring search: the client's If-None-Match holds the ETag.
_PAGE_SQL = f"""
SELECT p.etag, p.cache_control, p.language,
       CASE WHEN %(any)s OR {{find}}(%(inm)s, p.etag) > 0 THEN NULL ELSE p.body END
FROM {_PAGE} p
WHERE {_WHERE}
AND (p.language = %(lang)s OR (%(lang)s = '' AND p.is_default))
LIMIT 1
"""  # noqa: S608 - only table names are formatted in; every value is a parameter
_PDF_SQL = f"""
SELECT '"' || substr(f.sha256, 1, 32) || '"', f.content_type,
       CASE WHEN %(any)s OR {{find}}(%(inm)s, '"' || substr(f.sha256, 1, 32) || '"') > 0 THEN NULL ELSE f.data END
FROM {_PAGE} p JOIN {_FILE} f ON f.version_id = p.version_id AND f.language = p.language
WHERE {_WHERE}
AND p.language = %(lang)s
LIMIT 1
"""  # noqa: S608 - only table names are formatted in; every value is a parameter
_SQL = {
    "postgresql": {
        "page": _PAGE_SQL.replace("{find}", "strpos").replace("%(lang)s = ''", "CAST(%(lang)s AS varchar) = ''"),
        "pdf": _PDF_SQL.replace("{find}", "strpos"),
    },
    "sqlite": {"page": _PAGE_SQL.replace("{find}", "instr"), "pdf": _PDF_SQL.replace("{find}", "instr")},
}


def _fetch(statement: str, params: dict):
    sql = _SQL.get(connection.vendor, _SQL["sqlite"])[statement]
    if connection.vendor != "postgresql":
        params = {**params, "today": params["today"].isoformat()}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()
    import psycopg

    # As Django's own cursor() does (health check when enabled, then connect), but with
    # server-side binding for this statement alone: psycopg then prepares it on the
    # server after a few runs, and PostgreSQL stops planning it on every read.
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        raw = psycopg.Cursor(connection.connection)
    cursor = connection.make_debug_cursor(raw) if connection.queries_logged else connection.make_cursor(raw)
    with cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _params(request, slug: str, number: int | None, kind: str, language: str) -> dict:
    header = request.headers.get("If-None-Match") or ""
    return {
        "slug": slug,
        "number": number or PublishedPage.LATEST,
        "kind": kind,
        "shell": shell_key(),
        "today": timezone.localdate(),
        "lang": language,
        "any": header.strip() == "*",
        "inm": header,
    }


def _headers(response, etag: str, cache_control: str):
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    return response


def read_page(request, slug: str, number: int | None):
    """The public page from its stored row, or None when there is none."""
    row = _fetch("page", _params(request, slug, number, PublishedPage.HTML, request.GET.get("lang") or ""))
    if row is None:
        return None
    etag, cache_control, language, body = row
    if body is None:
        return _headers(HttpResponseNotModified(), etag, cache_control)
    response = _headers(HttpResponse(body, content_type=HTML_TYPE), etag, cache_control)
    response["Content-Language"] = language
    return response


def read_json(request, slug: str, number: int | None):
    row = _fetch("page", _params(request, slug, number, PublishedPage.JSON, ""))
    if row is None:
        return None
    etag, cache_control, _language, body = row
    if body is None:
        return _headers(HttpResponseNotModified(), etag, cache_control)
    response = _headers(HttpResponse(body, content_type=JSON_TYPE), etag, cache_control)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def read_pdf(request, slug: str, number: int | None, language: str):
    row = _fetch("pdf", _params(request, slug, number, PublishedPage.HTML, language))
    if row is None:
        return None
    etag, content_type, data = row
    cache_control = IMMUTABLE if number is not None else LATEST
    if data is None:
        return _headers(HttpResponseNotModified(), etag, cache_control)
    response = _headers(HttpResponse(bytes(data), content_type=content_type), etag, cache_control)
    response["Content-Disposition"] = f'inline; filename="notice-{slug}-{language}.pdf"'
    response["Content-Language"] = language
    return response
