"""Importing published versions (docs/export.md): a version's stored page is served from
our domain as it is, so an import only accepts pages made of the markup Seloste's own
templates produce, and PDFs that are PDFs. Otherwise anyone could host their own HTML
here by importing a hand-made file into their own account."""

import base64
import copy
import hashlib
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from notices import services
from notices.exports import ImportRefused
from notices.models import NoticeVersion, Organisation
from notices.tests.conftest import IMMEDIATE_TASKS
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice, publish


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def published_export(django_db_setup, django_db_blocker):
    """An export of one really published notice (fi and en, with PDFs)."""
    # Published once for the module (PDFs are slow), then rolled back: tests start empty.
    # Module scope runs before the per-test settings: run the PDF jobs at once here too.
    with django_db_blocker.unblock(), override_settings(TASKS=IMMEDIATE_TASKS), transaction.atomic():
        owner = UserFactory()
        notice = make_notice(owner)
        publish(notice, owner)
        data = json.loads(json.dumps(services.account_export(user=owner)))
        transaction.set_rollback(True)
    return data


def version_of(data):
    return data["organisations"][0]["notices"][0]["versions"][0]


def tampered(data, change):
    data = copy.deepcopy(data)
    change(version_of(data))
    return data


def with_html(html):
    def change(version):
        version["rendered"]["fi"]["html"] = version["rendered"]["fi"]["html"].replace("</main>", html + "</main>")

    return change


@pytest.mark.django_db
def test_a_really_published_version_imports_and_is_served_as_published(client, published_export):
    fresh = UserFactory()

    services.account_import(user=fresh, data=published_export)

    version = NoticeVersion.objects.get(notice__organisation__memberships__user=fresh)
    assert version.rendered == version_of(published_export)["rendered"]
    response = client.get(reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug}))
    assert response.status_code == 200
    assert version.rendered["fi"]["html"] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "html, markup",
    [
        ("<script>alert(1)</script>", "<script>"),
        ("</body></html><script src=/static/js/x.js></script>", "<script>"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example">', "<meta>"),
        ('<iframe src="https://evil.example"></iframe>', "<iframe>"),
        ('<form action="/accounts/login/"><input name="password"></form>', "<form>"),
        ('<p onclick="alert(1)">x</p>', "onclick"),
        ('<p style="position:fixed">x</p>', "style"),
        ('<img src=x onerror="alert(1)"', "<img>"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<a href="https://evil.example/login">x</a>', "https://evil.example"),
        ('<a href="//evil.example">x</a>', "//evil.example"),
        ('<a href="/\\evil.example">x</a>', "evil.example"),
        ('<a href="/\t/evil.example">x</a>', "evil.example"),
        ('<svg><a href="/x">x</a></svg>', "<svg>"),
    ],
)
def test_a_page_with_markup_seloste_does_not_produce_is_refused(published_export, html, markup):
    fresh = UserFactory()

    with pytest.raises(ImportRefused, match="markup Seloste does not produce") as refused:
        services.account_import(user=fresh, data=tampered(published_export, with_html(html)))

    assert markup in str(refused.value)
    assert "rendered.fi.html" in str(refused.value)
    assert not Organisation.objects.for_user(fresh).exists()


def pdf_file(version, data: bytes, content_type="application/pdf"):
    version["files"][0].update(data=base64.b64encode(data).decode(), sha256=hashlib.sha256(data).hexdigest(), content_type=content_type)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda v: pdf_file(v, b"<html><script>alert(1)</script></html>", "text/html"), id="html-as-pdf"),
        pytest.param(lambda v: pdf_file(v, b"<html><script>alert(1)</script></html>"), id="not-a-pdf"),
        pytest.param(lambda v: pdf_file(v, base64.b64decode(v["files"][0]["data"]), "text/html"), id="pdf-served-as-html"),
        pytest.param(lambda v: v["files"][0].update(language="sv"), id="language-not-in-version"),
    ],
)
def test_a_file_that_is_not_a_pdf_of_the_version_is_refused(published_export, change):
    fresh = UserFactory()

    with pytest.raises(ImportRefused, match=r"versions\[0\]\.files\[0\]: this is not a PDF"):
        services.account_import(user=fresh, data=tampered(published_export, change))

    assert not Organisation.objects.for_user(fresh).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change, where",
    [
        # Each would make the public pages fail (500) for the imported notice.
        (lambda v: v["rendered"].pop("en"), "rendered.en"),
        (lambda v: v["rendered"]["fi"].update(html=["not", "text"]), "rendered.fi"),
        (lambda v: v["rendered"]["fi"].pop("json"), "rendered.fi"),
        (lambda v: v["rendered"]["fi"].update(json={"sections": ["not a section"]}), "rendered.fi"),
        (lambda v: v.update(languages=["sv"]), "languages"),
        (lambda v: v.update(languages=[]), "languages"),
        (lambda v: v.update(etag='x"\r\nSet-Cookie: a=b'), "etag"),
    ],
)
def test_a_version_that_could_not_be_served_is_refused(published_export, change, where):
    fresh = UserFactory()

    with pytest.raises(ImportRefused, match=rf"versions\[0\]\.{where}"):
        services.account_import(user=fresh, data=tampered(published_export, change))

    assert not Organisation.objects.for_user(fresh).exists()


@pytest.mark.django_db
def test_the_refusal_reaches_the_user_next_to_the_file_field(client, settings, published_export):
    fresh = UserFactory()
    client.force_login(fresh)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = json.dumps(tampered(published_export, with_html("<script>alert(1)</script>"))).encode()

    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("export.json", content)})

    assert response.status_code == 400
    assert "markup Seloste does not produce (&lt;script&gt;)" in response.content.decode()
    assert not Organisation.objects.for_user(fresh).exists()
