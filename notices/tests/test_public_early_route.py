"""Issue 14: a stored public read is answered by PublicReadMiddleware before sessions,
locale, CSRF, auth, CSP and URL resolving, with exactly the headers the whole stack would
send; everything else (misses, other methods, other addresses) goes on to the views."""

import pytest
from django.conf import settings as django_settings
from django.test import override_settings
from django.urls import Resolver404, resolve, reverse

from notices import public_pages
from notices.models import PublishedPage
from notices.tests.publishing_helpers import make_notice, publish
from notices.tests.test_public_reads import READS, statements

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("quick_pdf")]

STORED_VIEWS = {
    "public_notice": "page",
    "public_version": "page",
    "public_notice_json": "json",
    "public_version_json": "json",
    "public_notice_pdf": "pdf",
    "public_version_pdf": "pdf",
}


@pytest.fixture
def notice(user):
    notice = make_notice(user)
    publish(notice, user)
    return notice


def address(notice, name, **kwargs):
    return reverse(f"notices:{name}", kwargs={"slug": notice.public_slug, **kwargs})


def seen(response):
    return response.status_code, {k: v for k, v in response.items() if k != "Date"}, response.content


def route(path: str):
    match = public_pages.ROUTE.fullmatch(path)
    if match is None:
        return None
    kind = "page" if match["page"] else "json" if match["json"] else "pdf"
    number = int(match["number"]) if match["number"] is not None else None
    return kind, match["slug"], number, match["lang"]


def urlconf(path: str):
    try:
        found = resolve(path)
    except Resolver404:
        return None
    kind = STORED_VIEWS.get(found.url_name)
    if kind is None:
        return None
    return kind, found.kwargs["slug"], found.kwargs.get("number"), found.kwargs.get("lang")


@pytest.mark.parametrize(
    "path",
    [
        "/n/abc/", "/n/abc/v1/", "/n/abc/v01/", "/n/abc/v12/", "/n/abc.json", "/n/abc/v3.json", "/n/abc/fi.pdf",
        "/n/abc/v2/sv.pdf", "/n/abc/v2.pdf", "/n/abc/brand.css", "/n/abc/logo.png", "/n/abc/versions/", "/n/abc/changes/",
        "/n/abc/feed/", "/n/abc/v1.jsonld", "/n/abc.jsonld", "/n/abc", "/n/abc/v/", "/n/abc/vx/", "/n/a-b_C9/", "/n/ab%C3%A4/", "/n/abc/x/y.pdf",
        "/n/abc/.pdf", "/n/abc//", "/n//", "/n/abc/v1/extra/", "/n/abc.json/", "/n/abc/en.pdf/",
    ],
)  # fmt: skip
def test_the_early_route_and_the_urlconf_agree_on_every_address(path):
    assert route(path) == urlconf(path)


def test_a_stored_read_never_reaches_sessions_auth_or_the_views(client, notice, monkeypatch):
    from notices.views import public

    client.get(address(notice, "public_notice"))  # a first read may fill the rows
    monkeypatch.setattr(public, "_notice_page", lambda *args: pytest.fail("the view ran"))
    response = client.get(address(notice, "public_notice"))
    assert response.status_code == 200
    assert not hasattr(response.wsgi_request, "session") and not hasattr(response.wsgi_request, "user")


@pytest.mark.parametrize("secure", [False, True])
def test_every_read_sends_what_the_whole_stack_sends(client, notice, secure):
    # With the security middleware's production headers too (HSTS only over https).
    with override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True):
        for name, kwargs, query in READS:
            path = address(notice, name, **kwargs)
            PublishedPage.objects.filter(notice=notice).delete()
            from_stack = client.get(path, query, secure=secure)
            early = client.get(path, query, secure=secure)
            assert not hasattr(early.wsgi_request, "session"), name
            assert seen(early) == seen(from_stack), name
            assert early.has_header("Strict-Transport-Security") is secure, name


def test_a_miss_asks_for_the_row_once_then_serves_from_the_versions(client, notice):
    PublishedPage.objects.filter(notice=notice).delete()
    with statements() as sent:
        response = client.get(address(notice, "public_notice"))
    # SQLite's trace shows the statement, libpq's the prepared statement's name.
    lookups = [statement for statement in sent if "p.key =" in statement or "seloste_public_page" in statement]
    assert response.status_code == 200 and hasattr(response.wsgi_request, "session")
    assert len(lookups) == 1, lookups
    assert PublishedPage.objects.filter(notice=notice).exists()


def test_a_host_not_allowed_is_refused_before_the_read(client, notice):
    client.get(address(notice, "public_notice"))
    response = client.get(address(notice, "public_notice"), headers={"host": "evil.example"})
    assert response.status_code == 400


@pytest.mark.parametrize("method", ["post", "put", "delete", "options"])
def test_other_methods_go_to_the_views(client, notice, method):
    client.get(address(notice, "public_notice"))
    response = getattr(client, method)(address(notice, "public_notice"))
    assert response.status_code in (403, 405)


def test_a_get_with_a_body_goes_through_the_size_check(client, notice):
    client.get(address(notice, "public_notice"))
    big = django_settings.SELOSTE_MAX_REQUEST_BYTES + 1
    response = client.generic("GET", address(notice, "public_notice"), data=b"x" * big)
    assert response.status_code == 413


def test_the_development_server_address_is_followed_by_early_reads(client, notice, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    with override_settings(SITE_URL_FROM_REQUEST=True, ALLOWED_HOSTS=["127.0.0.1"]):
        html = client.get(address(notice, "public_notice"), headers={"host": "127.0.0.1:8123"}).content.decode()
    assert 'href="http://127.0.0.1:8123/n/' in html
