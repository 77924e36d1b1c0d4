"""Issue 14: a public read is exactly one SQL statement, counted at the database driver
(so health checks and anything else Django does not log are counted too), the same with
10 and with 10,000 organisations; the stored rows follow publishing, withdrawal, readable
addresses, scheduled versions and a change of SITE_URL."""

import os
import subprocess
import sys
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from notices import addresses, public_pages, publishing, services_lifecycle
from notices.models import Notice, NoticeVersion, Organisation, PublishedPage
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db

READS = [
    ("public_notice", {}, {}),
    ("public_notice", {}, {"lang": "en"}),
    ("public_version", {"number": 1}, {}),
    ("public_notice_json", {}, {}),
    ("public_version_json", {"number": 1}, {}),
    ("public_notice_pdf", {"lang": "fi"}, {}),
    ("public_version_pdf", {"number": 1, "lang": "en"}, {}),
]


@pytest.fixture(autouse=True)
def _quick_pdf(monkeypatch):
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 " + html[:40].encode())


@pytest.fixture
def published(user):
    notice = make_notice(user)
    version = publish(notice, user)
    return notice, version


@contextmanager
def statements():
    """Every statement sent to the database, as the driver sees it."""
    sent: list[str] = []
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        connection.connection.set_trace_callback(sent.append)
        try:
            yield sent
        finally:
            connection.connection.set_trace_callback(None)
        return
    import tempfile

    from psycopg import pq

    # libpq's own protocol trace: every statement executed is one Query (simple protocol)
    # or Bind (extended: psycopg's cursors and the prepared public reads) message sent.
    pgconn = connection.connection.pgconn
    with tempfile.TemporaryFile("w+") as trace:
        pgconn.trace(trace.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        try:
            yield sent
        finally:
            pgconn.untrace()
            trace.seek(0)
            for line in trace.read().splitlines():
                fields = line.split("\t")
                if len(fields) > 2 and fields[0] == "F" and fields[2] in ("Query", "Bind"):
                    sent.append(line)


@pytest.fixture
def production_connection():
    """Health checks as production has them (off unless CONN_HEALTH_CHECKS says so)."""
    before = connection.health_check_enabled
    connection.health_check_enabled = False
    yield
    connection.health_check_enabled = before


def url(name, **kwargs):
    return reverse(f"notices:{name}", kwargs=kwargs)


def many_organisations(count: int) -> None:
    """Other published notices, with their stored rows, made in bulk."""
    organisations = Organisation.objects.bulk_create([Organisation(name=f"Yritys {i} Oy") for i in range(count)])
    notices = Notice.objects.bulk_create([Notice(organisation=o, title=f"Rekisteri {i}", answers={}) for i, o in enumerate(organisations)])
    sample = list(PublishedPage.objects.all())
    version = NoticeVersion.objects.only("languages", "etag", "rendered", "controller").first()
    NoticeVersion.objects.bulk_create(
        [NoticeVersion(notice=n, number=1, languages=version.languages, etag=version.etag, rendered={}, controller={}) for n in notices]
    )
    fields = [f.attname for f in PublishedPage._meta.concrete_fields if f.attname != "id"]
    copies = [
        PublishedPage(
            **{name: getattr(row, name) for name in fields}
            # Small bodies: only the index's size matters to the read.
            | {"notice_id": n.pk, "address": n.public_slug, "key": row.key.replace(row.address, n.public_slug), "body": b"x"}
        )
        for n in notices
        for row in sample
    ]
    PublishedPage.objects.bulk_create(copies, batch_size=2000)


@pytest.mark.parametrize("others", [10, 10_000])
def test_a_public_read_is_one_statement_with_any_number_of_organisations(client, published, production_connection, others):
    notice, _version = published
    many_organisations(others)
    for name, kwargs, query in READS:
        address = url(name, slug=notice.public_slug, **kwargs)
        etag = client.get(address, query)["ETag"]

        with statements() as full:
            response = client.get(address, query)
        with statements() as conditional:
            not_modified = client.get(address, query, headers={"if-none-match": etag})

        assert response.status_code == 200 and len(response.content) > 0, name
        assert not_modified.status_code == 304 and not_modified.content == b"", name
        assert len(full) == 1, (name, full)
        assert len(conditional) == 1, (name, conditional)


def test_a_stored_read_sends_the_same_status_headers_and_bytes_as_the_versions_path(client, published):
    # The stored rows and the path from the versions must not drift apart: security
    # headers (CSP with frame-ancestors * only on pages, X-Frame-Options elsewhere),
    # caching, language and CORS, for 200s and 304s alike.
    notice, _version = published

    def seen(response):
        return response.status_code, {k: v for k, v in response.items() if k != "Date"}, response.content

    for name, kwargs, query in READS:
        address = url(name, slug=notice.public_slug, **kwargs)
        PublishedPage.objects.filter(notice=notice).delete()
        from_versions = client.get(address, query)
        assert PublishedPage.objects.filter(notice=notice).exists(), name
        stored = client.get(address, query)
        assert seen(stored) == seen(from_versions), name
        headers = {"if-none-match": stored["ETag"]}
        PublishedPage.objects.filter(notice=notice).delete()
        not_modified_from_versions = client.get(address, query, headers=headers)
        client.get(address, query)
        assert seen(client.get(address, query, headers=headers)) == seen(not_modified_from_versions), name
        frameable = name in ("public_notice", "public_version")
        assert ("frame-ancestors *" in stored["Content-Security-Policy"]) is frameable, name
        assert stored.has_header("X-Frame-Options") is not frameable, name


def test_with_health_checks_on_the_count_says_so(client, published):
    # The counter sees what Django's query log does not: the health check's SELECT 1.
    notice, _version = published
    connection.health_check_enabled = True
    # What the start of a request does outside tests (the test client skips it).
    connection.health_check_done = False
    with statements() as sent:
        client.get(url("public_notice", slug=notice.public_slug))
    expected = 2 if connection.vendor == "postgresql" else 1  # SQLite's check runs no statement
    assert len(sent) == expected, sent


def test_the_statement_reads_only_the_requested_language(client, published, production_connection):
    notice, version = published
    with statements() as sent:
        response = client.get(url("public_notice", slug=notice.public_slug), {"lang": "en"})
    assert version.rendered["en"]["html"] in response.content.decode()
    assert len(sent) == 1 and "rendered" not in sent[0]


def test_production_settings_turn_health_checks_off_unless_asked():
    code = "from django.conf import settings; print(settings.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    env = {**os.environ, "SELOSTE_ENV": "production", "SECRET_KEY": "x" * 50, "SITE_URL": "https://seloste.example"}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    env.pop("SELOSTE_TESTING", None)
    run = [sys.executable, "-c", "import django; django.setup(); " + code]
    assert subprocess.run(run, env=env, capture_output=True, text=True, check=True, cwd=settings.BASE_DIR).stdout.strip() == "False"
    env["CONN_HEALTH_CHECKS"] = "true"
    assert subprocess.run(run, env=env, capture_output=True, text=True, check=True, cwd=settings.BASE_DIR).stdout.strip() == "True"


def test_a_readable_address_is_served_by_the_same_one_statement(client, published, production_connection, user):
    notice, version = published
    addresses.notice_set_address(notice=notice, by=user, slug="parturi-saksikas")
    with statements() as sent:
        response = client.get(url("public_notice", slug="parturi-saksikas"))
    assert response.status_code == 200
    assert version.rendered[version.languages[0]]["html"] in response.content.decode()
    assert len(sent) == 1


def test_withdrawing_deletes_the_rows_and_restoring_builds_them_again(client, published, production_connection, user):
    # The read is one lookup by key that knows nothing of withdrawal: the rows must go.
    notice, _version = published
    addresses.notice_set_address(notice=notice, by=user, slug="parturi-saksikas")
    client.get(url("public_version_json", slug=notice.public_slug, number=1))
    services_lifecycle.notice_withdraw(notice=notice, by=user)
    assert not PublishedPage.objects.filter(notice=notice).exists()
    for slug in [notice.public_slug, "parturi-saksikas"]:
        assert client.get(url("public_notice", slug=slug)).status_code == 410
        assert client.get(url("public_version_json", slug=slug, number=1)).status_code == 410
        assert client.get(url("public_notice_pdf", slug=slug, lang="fi")).status_code == 410
    assert not PublishedPage.objects.filter(notice=notice).exists()
    services_lifecycle.notice_restore(notice=notice, by=user)
    with statements() as sent:
        response = client.get(url("public_notice", slug="parturi-saksikas"))
    assert response.status_code == 200 and len(sent) == 1


def test_a_new_version_replaces_the_latest_rows_and_keeps_the_old_permalink(client, published, user):
    notice, first = published
    edit_draft(notice)
    second = publish(notice, user, note="Second")
    latest = client.get(url("public_notice", slug=notice.public_slug)).content.decode()
    old = client.get(url("public_version", slug=notice.public_slug, number=1))
    assert second.rendered["fi"]["html"] in latest
    assert first.rendered["fi"]["html"] in old.content.decode()
    assert old["Cache-Control"] == "public, max-age=31536000, immutable"


def test_an_old_readable_address_redirects_and_the_new_one_is_one_statement(client, published, production_connection, user):
    notice, _version = published
    addresses.notice_set_address(notice=notice, by=user, slug="vanha-osoite")
    client.get(url("public_notice", slug="vanha-osoite"))
    addresses.notice_set_address(notice=notice, by=user, slug="uusi-osoite")
    old = client.get(url("public_notice", slug="vanha-osoite"))
    with statements() as sent:
        new = client.get(url("public_notice", slug="uusi-osoite"))
    assert old.status_code == 301 and old["Location"] == url("public_notice", slug="uusi-osoite")
    assert new.status_code == 200 and len(sent) == 1
    assert not PublishedPage.objects.filter(address="vanha-osoite").exists()


def test_missing_rows_are_rebuilt_by_the_first_read(client, published, production_connection):
    notice, _version = published
    PublishedPage.objects.all().delete()
    first = client.get(url("public_notice", slug=notice.public_slug))
    with statements() as sent:
        second = client.get(url("public_notice", slug=notice.public_slug))
    assert first.content == second.content and first["ETag"] == second["ETag"]
    assert len(sent) == 1


def test_rows_of_another_site_url_are_not_served(client, published):
    notice, _version = published
    with override_settings(SITE_URL="https://elsewhere.example"):
        html = client.get(url("public_notice", slug=notice.public_slug)).content.decode()
    assert 'href="https://elsewhere.example/n/' in html


def test_the_stored_bytes_equal_the_pages_made_from_the_version(client, published):
    notice, _version = published
    addresses_ = [url(name, slug=notice.public_slug, **kwargs) for name, kwargs, _query in READS]
    stored = [client.get(address) for address in addresses_]
    PublishedPage.objects.all().delete()
    original = public_pages.fill_after_miss
    public_pages.fill_after_miss = lambda *args: None
    try:
        made = [client.get(address) for address in addresses_]
    finally:
        public_pages.fill_after_miss = original
    def seen(response):
        return response.status_code, response.content, response["ETag"], response["Cache-Control"], response["Content-Type"]

    assert [seen(r) for r in stored] == [seen(r) for r in made]


def test_a_scheduled_switch_needs_no_write(client, user, monkeypatch):
    helsinki = ZoneInfo("Europe/Helsinki")
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 12, 10, 12, 0, tzinfo=helsinki))
    notice = make_notice(user)
    publish(notice, user)
    edit_draft(notice, text="Uusi käytäntö vuodesta 2027.")
    second = publish(notice, user, note="2027", effective_on=date(2027, 1, 1))
    rows = PublishedPage.objects.count()
    monkeypatch.setattr(timezone, "now", lambda: datetime(2027, 1, 1, 0, 1, tzinfo=helsinki))
    page = client.get(url("public_notice", slug=notice.public_slug))
    own = client.get(url("public_version", slug=notice.public_slug, number=2))
    assert second.rendered["fi"]["html"] in page.content.decode() and "pn-upcoming" not in page.content.decode()
    assert own["Cache-Control"] == "public, max-age=31536000, immutable"
    assert PublishedPage.objects.count() == rows


@pytest.mark.parametrize("query", ["", "lang=en", "lang=", "lang=fi&lang=en", "x=1&lang=en", "lang=e%6E", "lang=en%00"])
def test_the_language_of_a_read_is_the_one_request_get_gives(rf, query):
    request = rf.get("/n/x/?" + query)
    assert public_pages._lang(request) == (request.GET.get("lang") or "")


def test_a_withdrawn_notice_gets_no_rows_from_a_new_address_or_a_rebuild(client, published, user):
    notice, _version = published
    services_lifecycle.notice_withdraw(notice=notice, by=user)
    addresses.notice_set_address(notice=notice, by=user, slug="parturi-saksikas")
    assert public_pages.published_pages_build(notice=notice, number=PublishedPage.LATEST) == 0
    assert not PublishedPage.objects.filter(notice=notice).exists()
    assert client.get(url("public_notice", slug="parturi-saksikas")).status_code == 410
