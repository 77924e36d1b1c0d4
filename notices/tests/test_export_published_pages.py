"""Importing published versions (docs/export.md): nothing from the file is served as it
is. A version's page and PDFs are rendered again by Seloste from the version's answers
and controller snapshot, so a hand-made (or altered) file cannot put its own HTML, script,
fake alert boxes or PDF attachments on our domain."""

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

from notices import exports, services
from notices.models import NoticeVersion, NoticeVersionFile
from notices.tests.conftest import IMMEDIATE_TASKS
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice, publish

OUR_PDF = b"%PDF-1.7 test"  # what the quick_pdf fixture's renderer makes


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def published_export(django_db_setup, django_db_blocker):
    """A signed export of one really published notice (fi and en, with real PDFs)."""
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


def signed_with(data, change):
    """The export changed as an attacker would, and signed again: even a file this server
    signed (a leaked key, or a bug) must not bring its own bytes."""
    data = copy.deepcopy(data)
    change(version_of(data))
    return exports.sign(data)


def with_html(html):
    def change(version):
        for page in version["rendered"].values():
            page["html"] = page["html"].replace("</main>", html + "</main>")

    return change


def imported_version(user) -> NoticeVersion:
    return NoticeVersion.objects.get(notice__organisation__memberships__user=user)


@pytest.mark.django_db
def test_a_really_published_version_imports_and_is_served_as_rendered_again(client, quick_pdf, published_export):
    fresh = UserFactory()

    services.account_import(user=fresh, data=published_export)

    version = imported_version(fresh)
    original = version_of(published_export)
    assert version.published_at.isoformat() == original["published_at"] and version.number == 1
    assert version.rendered["fi"]["json"] == original["rendered"]["fi"]["json"]
    # The same page, at the notice's new address.
    old_slug = original["rendered"]["fi"]["html"].split("/n/")[1].split("/")[0]
    assert version.rendered["fi"]["html"] == original["rendered"]["fi"]["html"].replace(old_slug, version.notice.public_slug)
    response = client.get(reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug}))
    assert response.status_code == 200
    assert version.rendered["fi"]["html"] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        # The site's own alert box, as a fake "session expired" message with a login link.
        '<div class="alert alert-danger">Session expired. <a href="/accounts/login/?next=/phish">Log in again</a></div>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<a href="https://evil.example/login">x</a>',
    ],
)
def test_the_files_page_markup_is_never_served(client, quick_pdf, published_export, html):
    fresh = UserFactory()

    services.account_import(user=fresh, data=signed_with(published_export, with_html(html)))

    version = imported_version(fresh)
    assert html not in version.rendered["fi"]["html"] and html not in version.rendered["en"]["html"]
    page = client.get(reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug})).content.decode()
    assert html not in page
    assert "Session expired" not in page and "evil.example" not in page


def pdf_file(version, data: bytes, content_type="application/pdf"):
    version["files"][0].update(data=base64.b64encode(data).decode(), sha256=hashlib.sha256(data).hexdigest(), content_type=content_type)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.7\n<html><script>alert(1)</script></html>", id="html-in-a-pdf"),
        pytest.param(b"%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj", id="javascript-open-action"),
        pytest.param(b"%PDF-1.7\n1 0 obj << /EmbeddedFiles << >> /URI (https://evil.example) >> endobj", id="attachment-and-link"),
    ],
)
def test_the_files_pdfs_are_never_served(client, quick_pdf, published_export, data):
    fresh = UserFactory()

    services.account_import(user=fresh, data=signed_with(published_export, lambda version: pdf_file(version, data)))

    version = imported_version(fresh)
    assert {file.language: bytes(file.data) for file in NoticeVersionFile.objects.filter(version=version)} == {"fi": OUR_PDF, "en": OUR_PDF}
    response = client.get(reverse("notices:public_version_pdf", kwargs={"slug": version.notice.public_slug, "number": 1, "lang": "en"}))
    assert b"".join(response.streaming_content if response.streaming else [response.content]) == OUR_PDF


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        # Each once made the public pages fail (500) for the imported notice; now irrelevant.
        lambda v: v["rendered"].pop("en"),
        lambda v: v["rendered"]["fi"].update(json={"sections": ["not a section"]}),
        lambda v: v.update(etag='x"\r\nSet-Cookie: a=b'),
        lambda v: v.update(languages=["fi"]),
    ],
)
def test_stored_pages_languages_and_etag_come_from_the_answers_not_the_file(client, quick_pdf, published_export, change):
    fresh = UserFactory()

    services.account_import(user=fresh, data=signed_with(published_export, change))

    version = imported_version(fresh)
    assert version.languages == ["fi", "en"] and set(version.rendered) == {"fi", "en"}
    assert version.etag.isalnum()
    for lang in ("fi", "en"):
        response = client.get(reverse("notices:public_notice", kwargs={"slug": version.notice.public_slug}) + f"?lang={lang}")
        assert response.status_code == 200


@pytest.mark.django_db
def test_the_upload_of_an_altered_file_gives_drafts_and_says_so(client, settings, quick_pdf, published_export):
    fresh = UserFactory()
    client.force_login(fresh)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    altered = copy.deepcopy(published_export)
    with_html("<script>alert(1)</script>")(version_of(altered))  # not signed again
    content = json.dumps(altered).encode()

    response = client.post(reverse("notices:account_import"), {"file": SimpleUploadedFile("export.json", content)}, follow=True)

    assert response.status_code == 200
    assert "imported as drafts only" in response.content.decode()
    assert not NoticeVersion.objects.filter(notice__organisation__memberships__user=fresh).exists()
