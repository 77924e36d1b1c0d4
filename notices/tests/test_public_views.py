"""The hosted notice: latest and permanent URLs, languages, JSON, caching, no cookies."""

import json
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.urls import reverse

from notices import publishing
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(settings.BASE_DIR) / "docs" / "notice-json-schema.json").read_text())


@pytest.fixture(autouse=True)
def _quick_pdf(monkeypatch):
    # The PDF itself is tested in test_pdf.py; here only that stored bytes are served.
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 " + html[:40].encode())


@pytest.fixture
def published(user):
    notice = make_notice(user)
    version = publish(notice, user)
    return notice, version


def url(name, **kwargs):
    return reverse(f"notices:{name}", kwargs=kwargs)


def h1s(html: str) -> int:
    return html.count("<h1")


def test_latest_url_shows_the_first_language_by_default_and_both_on_request(client, published):
    notice, version = published
    default, other = version.languages

    page = client.get(url("public_notice", slug=notice.public_slug))
    switched = client.get(url("public_notice", slug=notice.public_slug), {"lang": other})

    assert page.status_code == 200
    html = page.content.decode()
    assert f'<html lang="{default}">' in html
    assert version.rendered[default]["title"] in html
    assert h1s(html) == 1
    assert page["Content-Language"] == default
    english = switched.content.decode()
    assert f'<html lang="{other}">' in english
    assert version.rendered[other]["title"] in english
    for section in version.rendered[other]["json"]["sections"]:
        assert f'id="notice-{section["key"]}"' in english


def test_language_switch_links_to_every_language_of_the_version(client, published):
    notice, version = published
    html = client.get(url("public_notice", slug=notice.public_slug)).content.decode()

    for language in version.languages:
        assert f'href="?lang={language}"' in html
    assert 'aria-current="page">Suomi<' in html


def test_latest_url_follows_new_versions_and_permanent_urls_stay(client, user, published):
    notice, first = published
    notice.answers["notice"]["title"] = {"fi": "Uusi otsikko", "en": "New title"}
    notice.save()
    second = publish(notice, user, note="New title")

    latest = client.get(url("public_notice", slug=notice.public_slug)).content.decode()
    old = client.get(url("public_version", slug=notice.public_slug, number=1), {"lang": "en"}).content.decode()
    new = client.get(url("public_version", slug=notice.public_slug, number=2), {"lang": "en"}).content.decode()

    assert "Uusi otsikko" in latest
    assert first.rendered["en"]["title"] in old and "New title" not in old
    assert "New title" in new
    assert second.number == 2


@pytest.mark.parametrize(
    "path",
    [
        "/n/does-not-exist/",
        "/n/does-not-exist/v1/",
        "/n/does-not-exist.json",
        "/n/does-not-exist/v1.json",
        "/n/does-not-exist/fi.pdf",
        "/n/does-not-exist/versions/",
        "/n/does-not-exist/changes/",
    ],
)
def test_unknown_slugs_are_404(client, published, path):
    assert client.get(path).status_code == 404


def test_unknown_versions_and_languages_are_404(client, published):
    notice, _version = published
    slug = notice.public_slug
    assert client.get(url("public_version", slug=slug, number=2)).status_code == 404
    assert client.get(url("public_version_json", slug=slug, number=9)).status_code == 404
    assert client.get(url("public_notice", slug=slug), {"lang": "sv"}).status_code == 404
    assert client.get(url("public_version", slug=slug, number=1), {"lang": "xx"}).status_code == 404
    assert client.get(url("public_notice_pdf", slug=slug, lang="sv")).status_code == 404
    assert client.get(url("public_version_pdf", slug=slug, number=1, lang="de")).status_code == 404
    assert client.get(url("public_history", slug=slug), {"lang": "xx"}).status_code == 404


def test_an_unpublished_notice_has_no_public_page(client, user):
    notice = make_notice(user)
    assert client.get(url("public_notice", slug=notice.public_slug)).status_code == 404


def test_version_urls_are_immutable_and_latest_urls_revalidate(client, published):
    notice, version = published
    slug = notice.public_slug
    permanent = [
        client.get(url("public_version", slug=slug, number=1)),
        client.get(url("public_version_json", slug=slug, number=1)),
        client.get(url("public_version_pdf", slug=slug, number=1, lang="fi")),
    ]
    latest = [
        client.get(url("public_notice", slug=slug)),
        client.get(url("public_notice_json", slug=slug)),
        client.get(url("public_notice_pdf", slug=slug, lang="fi")),
    ]
    for response in permanent:
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        assert response["ETag"].startswith('"') and not response["ETag"].startswith("W/")
    for response, same in zip(latest, permanent, strict=True):
        assert response["Cache-Control"] == "public, max-age=300"
        assert response["ETag"] == same["ETag"]


def test_languages_have_different_etags(client, published):
    notice, _version = published
    fi = client.get(url("public_notice", slug=notice.public_slug), {"lang": "fi"})
    en = client.get(url("public_notice", slug=notice.public_slug), {"lang": "en"})
    assert fi["ETag"] != en["ETag"]


@pytest.mark.parametrize("name", ["public_notice", "public_notice_json", "public_version", "public_version_json"])
def test_matching_if_none_match_gets_304_with_one_query_and_no_body(client, published, django_assert_max_num_queries, name):
    notice, _version = published
    kwargs = {"slug": notice.public_slug} | ({"number": 1} if "version" in name else {})
    etag = client.get(url(name, **kwargs))["ETag"]

    with django_assert_max_num_queries(1) as queries:
        response = client.get(url(name, **kwargs), headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert all("rendered" not in query["sql"] for query in queries.captured_queries)


def test_pdf_304(client, published, django_assert_max_num_queries):
    notice, _version = published
    pdf_url = url("public_version_pdf", slug=notice.public_slug, number=1, lang="en")
    etag = client.get(pdf_url)["ETag"]
    with django_assert_max_num_queries(1) as queries:
        response = client.get(pdf_url, headers={"if-none-match": etag})
    assert response.status_code == 304
    assert all('"data"' not in query["sql"] for query in queries.captured_queries)


def test_a_stale_etag_gets_the_full_page(client, published):
    notice, _version = published
    response = client.get(url("public_notice", slug=notice.public_slug), headers={"if-none-match": '"stale"'})
    assert response.status_code == 200
    assert b"<h1" in response.content


@pytest.mark.parametrize(
    "name,extra",
    [
        ("public_notice", {}),
        ("public_version", {"number": 1}),
        ("public_notice_json", {}),
        ("public_version_json", {"number": 1}),
        ("public_notice_pdf", {"lang": "fi"}),
        ("public_version_pdf", {"number": 1, "lang": "en"}),
    ],
)
def test_reading_renders_no_template_and_makes_one_query(client, published, django_assert_max_num_queries, name, extra):
    notice, _version = published
    with django_assert_max_num_queries(1):
        response = client.get(url(name, slug=notice.public_slug, **extra))
    assert response.status_code == 200
    assert not response.templates


@pytest.mark.parametrize("logged_in", [False, True])
def test_public_pages_set_no_cookie_and_use_no_session(client, user, published, logged_in):
    notice, _version = published
    if logged_in:
        client.force_login(user)
    paths = [
        url("public_notice", slug=notice.public_slug),
        url("public_version", slug=notice.public_slug, number=1),
        url("public_notice_json", slug=notice.public_slug),
        url("public_version_pdf", slug=notice.public_slug, number=1, lang="fi"),
        url("public_history", slug=notice.public_slug),
        url("public_changes", slug=notice.public_slug),
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "Set-Cookie" not in response.headers, path
        assert not response.cookies, path
        assert "cookie" not in response.get("Vary", "").lower(), path


def test_json_validates_against_the_documented_schema(client, published):
    notice, version = published
    for path in [url("public_notice_json", slug=notice.public_slug), url("public_version_json", slug=notice.public_slug, number=1)]:
        response = client.get(path)
        assert response["Content-Type"] == "application/json; charset=utf-8"
        data = json.loads(response.content)
        jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
        assert data["version"]["number"] == 1
        assert data["controller"] == version.controller
        assert set(data["documents"]) == set(version.languages)
        assert data["documents"]["en"]["title"] == version.rendered["en"]["title"]
        assert "published_by" not in json.dumps(data)


def test_the_schema_rejects_a_wrong_shape(client, published):
    notice, _version = published
    data = json.loads(client.get(url("public_notice_json", slug=notice.public_slug)).content)
    data["documents"]["fi"]["sections"][0]["blocks"][0]["kind"] = "video"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_public_pages_refuse_writes(client, published):
    notice, _version = published
    for path in [url("public_notice", slug=notice.public_slug), url("public_version", slug=notice.public_slug, number=1)]:
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405
        assert client.put(path).status_code == 405


def test_page_is_accessible_in_structure(client, published):
    notice, _version = published
    html = client.get(url("public_notice", slug=notice.public_slug)).content.decode()
    assert h1s(html) == 1
    assert "<header" in html and '<main id="main"' in html and "<footer" in html
    assert 'name="viewport"' in html
    assert "<h3" not in html.split("<h2", 1)[0]  # no heading level skipped before the first h2
    assert "style=" not in html and "<script>" not in html


# --- Vary: the language comes from the URL, not from the browser --------------------------------


def _vary(response) -> set[str]:
    return {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}


def test_public_responses_do_not_vary_on_accept_language(client, published):
    notice, version = published
    slug = notice.public_slug
    paths = [
        url("public_notice", slug=slug),
        url("public_version", slug=slug, number=1),
        url("public_notice_json", slug=slug),
        url("public_version_json", slug=slug, number=1),
        url("public_notice_pdf", slug=slug, lang="fi"),
        url("public_version_pdf", slug=slug, number=1, lang="en"),
        url("public_history", slug=slug),
        url("public_changes", slug=slug),
    ]
    for path in paths:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200, path
        assert "accept-language" not in _vary(response), path
        conditional = client.get(path, HTTP_IF_NONE_MATCH=response.get("ETag", '"x"'), HTTP_ACCEPT_LANGUAGE="en")
        assert "accept-language" not in _vary(conditional), path


def test_public_content_language_is_the_pages_not_the_browsers(client, published):
    notice, _version = published

    page = client.get(url("public_notice", slug=notice.public_slug), HTTP_ACCEPT_LANGUAGE="en")
    pdf = client.get(url("public_notice_pdf", slug=notice.public_slug, lang="en"), HTTP_ACCEPT_LANGUAGE="fi")
    data = client.get(url("public_notice_json", slug=notice.public_slug), HTTP_ACCEPT_LANGUAGE="en")

    assert page["Content-Language"] == "fi"  # the notice's first language
    assert pdf["Content-Language"] == "en"
    assert "Content-Language" not in data  # the JSON holds every language


def test_pages_in_the_users_language_still_vary_on_it(client, user, published):
    notice, _version = published
    missing = client.get("/n/does-not-exist/", HTTP_ACCEPT_LANGUAGE="en")  # Django's 404 page is translated
    login = client.get(reverse("login"))
    client.force_login(user)
    dashboard = client.get(reverse("notices:dashboard"))

    for response in (missing, login, dashboard):
        assert "accept-language" in _vary(response)
    assert "cookie" in _vary(dashboard)  # the rest of Vary is left alone
