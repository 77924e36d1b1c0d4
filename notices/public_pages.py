"""Public reads at the ceiling (issue 14): every public page, JSON and PDF download is
served by one SQL statement that fetches only the requested language's final bytes.

Measured before: each read loaded and JSON-decoded the whole ``rendered`` field (both
languages' pages and documents, ~100 KB), built an ORM query (~1 ms) and let PostgreSQL
plan it for longer than it ran. Now publishing stores each language's finished page, and
the JSON, as PublishedPage rows with their ETag and Cache-Control; a read is one constant
statement, an index lookup by key (prepared once per connection through libpq), which

- resolves the address (the random slug or the current readable one); a withdrawn notice
  has no rows (withdrawing deletes them, restoring builds them again);
- finds only rows of this page shell (static asset names, SITE_URL: part of the key), so
  a stale row is never served;
- returns the key's rows with their valid_from/valid_until, of which the one in force
  today is served, so a scheduled version switches over on its day without a write;
- returns no body when the client's If-None-Match matches (a 304 in the same statement).

A read that finds no row is served as before from the versions (notices.views.public),
which answers every 404, 410 and redirect, and then stores the rows for next time.

Stored reads are answered early (PublicReadMiddleware, placed where WhiteNoise serves
static files): measured, sessions, locale, CSRF, auth, messages, CSP's policy building and
URL resolving cost ~0.25 ms per read, four times the read itself. The early answer adds
exactly the headers those layers would have added (_early_headers); a test compares
every header and byte with the full path.
"""

import hashlib
import json
import logging
import re
import weakref
from datetime import date, timedelta

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
# Any site may frame a public page (the embed): the CSP change its views make.
FRAME_ANYWHERE = {"frame-ancestors": ["*"]}
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
    # The shell is part of the key: a row of another deployment's shell is never found.
    return f"{shell_key()}:{address}/{number or PublishedPage.LATEST}/{kind}/{language}"


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
    PublishedPage.objects.filter(notice=notice, number=number).delete()
    # The read does not look at the notice: a withdrawn one must have no rows, whoever
    # builds them (publishing, a new address, the command).
    if Notice.objects.filter(pk=notice.pk, withdrawn_at__isnull=False).exists():
        return 0
    rows = _rows(notice, number, timezone.localdate())
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


@transaction.atomic
def published_pages_forget(*, notice: Notice) -> None:
    """After a withdrawal: the reads find no row and answer 410 from the versions."""
    PublishedPage.objects.filter(notice=notice).delete()


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

_PAGE, _FILE = PublishedPage._meta.db_table, NoticeVersionFile._meta.db_table

# The rows of one key: a pure index lookup, so PostgreSQL does the least it can per
# read (measured: joining the notice and filtering on shell and dates cost ~2-3× the
# lookup). The key holds the shell (rows of another deployment's shell are never found);
# a withdrawn notice has no rows (notice_withdraw deletes them); the row in force today
# is picked here from the key's rows (more than one only around a scheduled version).
# {find} is the vendor's substring search: the client's If-None-Match holds the ETag. No
# body either when this process already holds it (%(have)s: the ETag of its copy), so a
# read moves ~100 bytes, not the page.
_PAGE_SQL = (
    "SELECT p.etag, p.cache_control, p.language, p.valid_from, p.valid_until, "  # noqa: S608 - only table names are formatted in
    "CASE WHEN p.etag = %(have)s OR {find}(%(inm)s, p.etag) > 0 THEN NULL ELSE p.body END "
    f"FROM {_PAGE} p WHERE p.key = %(key)s"
)
# The PDF's ETag is the first 32 hex digits of its SHA-256, in quotes (added here).
_PDF_TAG = "substr(f.sha256, 1, 32)"
_PDF_SQL = (
    f"SELECT {_PDF_TAG}, f.content_type, p.language, p.valid_from, p.valid_until, "  # noqa: S608 - as above
    f"CASE WHEN {_PDF_TAG} = %(have)s OR {{find}}(%(inm)s, {_PDF_TAG}) > 0 THEN NULL ELSE f.data END "
    f"FROM {_PAGE} p JOIN {_FILE} f ON f.version_id = p.version_id AND f.language = p.language WHERE p.key = %(key)s"
)
_SQL = {
    "postgresql": {"page": _PAGE_SQL.replace("{find}", "strpos"), "pdf": _PDF_SQL.replace("{find}", "strpos")},
    "sqlite": {"page": _PAGE_SQL.replace("{find}", "instr"), "pdf": _PDF_SQL.replace("{find}", "instr")},
}

# This process's copies of bodies it has sent: key (which names the shell) → (etag, bytes).
# Bounded; a full cache is emptied (the next reads fetch their bodies once more).
_bodies: dict[str, tuple[str, bytes]] = {}
_bodies_size = 0


def _remember(key: str, etag: str, body: bytes) -> None:
    global _bodies_size
    limit = getattr(settings, "SELOSTE_PUBLIC_BODY_CACHE_BYTES", 32 * 1024 * 1024)
    if len(body) > limit:
        return
    if _bodies_size + len(body) > limit:
        _bodies.clear()
        _bodies_size = 0
    previous = _bodies.get(key)
    _bodies[key] = (etag, body)
    _bodies_size += len(body) - (len(previous[1]) if previous else 0)


# The statements in PostgreSQL's numbered-parameter form, for libpq (see _fetch_prepared).
_PARAMS = ("key", "inm", "have")
_PG_SQL = {name: sql.replace("%(key)s", "$1").replace("%(inm)s", "$2").replace("%(have)s", "$3") for name, sql in _SQL["postgresql"].items()}
_PG_NAMES = {name: f"seloste_public_{name}".encode() for name in _PG_SQL}
# Which psycopg connections have the statements prepared (a new connection prepares again).
_prepared: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_EPOCH = date(2000, 1, 1)


def _binary_value(column: int, value):
    # Binary results: text and bytea are their bytes; a date is days since 2000-01-01.
    if value is None:
        return None
    if column in (3, 4):
        return _EPOCH + timedelta(days=int.from_bytes(value, "big", signed=True))
    if column == 5:
        return value
    return value.decode()


def _fetch_prepared(statement: str, params: dict) -> list:
    """The statement through libpq itself: prepared once per connection, then one
    Bind/Execute round trip with binary results. psycopg's cursor costs ~60-150 µs of
    Python per execution (query conversion, adapters, its prepared-statement manager);
    this costs ~10 µs, which at ~1 ms per request is a tenth of a read."""
    from psycopg import errors, pq

    conn = connection.connection
    pgconn = conn.pgconn
    done = _prepared.setdefault(conn, set())
    name = _PG_NAMES[statement]
    if name not in done:
        result = pgconn.prepare(name, _PG_SQL[statement].encode())
        if result.status != pq.ExecStatus.COMMAND_OK:
            raise errors.error_from_result(result, encoding=conn.info.encoding)
        done.add(name)
    result = pgconn.exec_prepared(name, [params[key].encode() for key in _PARAMS], result_format=pq.Format.BINARY)
    if result.status != pq.ExecStatus.TUPLES_OK:
        raise errors.error_from_result(result, encoding=conn.info.encoding)
    return [tuple(_binary_value(column, result.get_value(row, column)) for column in range(6)) for row in range(result.ntuples)]


def _fetch(statement: str, params: dict) -> list:
    sql = _SQL.get(connection.vendor, _SQL["sqlite"])[statement]
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    import psycopg

    # As Django's own cursor() does (health check when enabled, then connect).
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        if not connection.queries_logged and not connection.execute_wrappers:
            if getattr(settings, "SELOSTE_PREPARED_READS", True):
                return _fetch_prepared(statement, params)
            with psycopg.Cursor(connection.connection) as raw:
                raw.execute(sql, params, binary=True)
                return raw.fetchall()
        raw = psycopg.Cursor(connection.connection)
    # Query logging (DEBUG, tests) goes through Django's wrapper, which logs the statement.
    with connection.make_debug_cursor(raw) if connection.queries_logged else connection.make_cursor(raw) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _in_force(rows: list):
    """The row valid today, of a key's rows (one, unless a version is scheduled)."""
    if len(rows) == 1 and rows[0][3] is None and rows[0][4] is None:
        return rows[0]
    today = timezone.localdate()
    for row in rows:
        valid_from, valid_until = (date.fromisoformat(day) if isinstance(day, str) else day for day in row[3:5])
        if (valid_from is None or valid_from <= today) and (valid_until is None or valid_until > today):
            return row
    return None


# The key of a read that found no row: when the early route missed, the view then goes
# straight to the versions instead of asking the database the same question again.
MISSED = "_seloste_public_read_missed"


def _read(statement: str, request, key: str, *, quote: bool = False):
    if request.__dict__.get(MISSED) == key:
        return None
    header = request.META.get("HTTP_IF_NONE_MATCH") or ""  # not request.headers: that copies every header
    cache_key = f"{statement}:{key}"
    held = _bodies.get(cache_key)
    have = held[0] if held is not None else ""
    # A PDF's ETag is selected without its quotes (the statement stays a column lookup).
    row = _in_force(_fetch(statement, {"key": key, "inm": header, "have": have[1:-1] if quote and have else have}))
    if row is None:
        request.__dict__[MISSED] = key
        return None
    etag, meta, language, _from, _until, body = row
    if quote:
        etag = f'"{etag}"'
    not_modified = header.strip() == "*" or etag in header
    if not_modified:
        return etag, meta, language, None
    if body is None:
        body = held[1]
    else:
        body = bytes(body)
        _remember(cache_key, etag, body)
    return etag, meta, language, body


def _headers(response, etag: str, cache_control: str):
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    return response


def _lang(request) -> str:
    """?lang=, as request.GET.get("lang") gives it, without building the QueryDict for the
    two queries public pages get (none, or lang=xx alone): parsing costs more than the read."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return ""
    if query.startswith("lang=") and query[5:].isalnum() and query[5:].isascii():
        return query[5:]
    return request.GET.get("lang") or ""


def read_page(request, slug: str, number: int | None):
    """The public page from its stored row, or None when there is none."""
    found = _read("page", request, page_key(slug, number, PublishedPage.HTML, _lang(request)))
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
    found = _read("pdf", request, key, quote=True) if language else None
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


# --- The early route (notices.middleware.PublicReadMiddleware) --------------------------------

# The stored reads' addresses, as notices/urls_public.py spells them (slug, int and str
# converters); test_public_early_route checks that both agree on every public address.
ROUTE = re.compile(
    r"/n/(?P<slug>[-a-zA-Z0-9_]+)(?:/v(?P<number>[0-9]+))?"
    r"(?:(?P<page>/)|(?P<json>\.json)|/(?P<lang>[^/]+)\.pdf)"
)

_policies: dict[bool, tuple[tuple[str, str], ...]] = {}


def _early_headers(frameable: bool) -> tuple[tuple[str, str], ...]:
    """The headers the layers after the early route add to a public read: the CSP (and
    report-only CSP) django-csp builds for it, X-Frame-Options where the view is not
    frameable. Built by django-csp's own function, once per process and settings."""
    headers = _policies.get(frameable)
    if headers is None:
        from csp.constants import HEADER, HEADER_REPORT_ONLY
        from csp.utils import build_policy

        replace = FRAME_ANYWHERE if frameable else None
        made = [(HEADER, build_policy(replace=replace)), (HEADER_REPORT_ONLY, build_policy(replace=None, report_only=True))]
        if not frameable:
            made.append(("X-Frame-Options", getattr(settings, "X_FRAME_OPTIONS", "DENY").upper()))
        headers = _policies[frameable] = tuple((name, value) for name, value in made if value)
    return headers


@receiver(setting_changed, dispatch_uid="seloste_public_pages_policies")
def _forget_policies(**kwargs):
    _policies.clear()


def early_route_applies(request) -> bool:
    """Whether the layers the early route skips would change nothing but headers: no body
    to size-check, no user agent or host rewrite to apply, no CSP exclusion to honour."""
    if request.META.get("CONTENT_LENGTH") not in (None, "", "0"):
        return False
    if settings.PREPEND_WWW or settings.DISALLOWED_USER_AGENTS:
        return False
    for policy in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY"):
        if (getattr(settings, policy, None) or {}).get("EXCLUDE_URL_PREFIXES"):
            return False
    return True


def read_early(request):
    """A stored public read answered before the rest of the stack, or None to go on (a
    miss is remembered on the request by _read, so the view does not repeat the lookup)."""
    match = ROUTE.fullmatch(request.path_info)
    if match is None:
        return None
    slug, number = match["slug"], int(match["number"]) if match["number"] is not None else None
    if match["page"]:
        response, frameable = read_page(request, slug, number), True
    elif match["json"]:
        response, frameable = read_json(request, slug, number), False
    else:
        response, frameable = read_pdf(request, slug, number, match["lang"]), False
    if response is None:
        return None
    for name, value in _early_headers(frameable):
        response.headers[name] = value
    # As CommonMiddleware does for every response that is not streamed.
    response.headers["Content-Length"] = str(len(response.content))
    return response
