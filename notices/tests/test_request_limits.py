"""Bounded request bodies (issue 13, items 6 and 7)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def multipart(size: int) -> tuple[bytes, str]:
    boundary = "BOUNDARY"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="username"\r\n\r\na@example.com\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + b"x" * size
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def test_the_anonymous_login_refuses_a_40_mb_multipart_body(client):
    body, content_type = multipart(40 * 1024 * 1024)
    response = client.post(reverse("login"), body, content_type=content_type)
    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_an_ordinary_login_post_is_not_affected(client, user):
    response = client.post(reverse("login"), {"username": user.email, "password": "wrong"})
    assert response.status_code == 200


def test_an_import_larger_than_the_cap_is_refused_with_a_message(logged_in, settings):
    settings.SELOSTE_MAX_IMPORT_BYTES = 100_000
    upload = SimpleUploadedFile("export.json", json.dumps({"x": "y" * 120_000}).encode(), content_type="application/json")
    response = logged_in.post(reverse("notices:account_import"), {"file": upload})
    assert response.status_code in (400, 413)
    assert "too large" in response.content.decode()


def test_the_import_cap_is_a_few_megabytes(settings):
    assert 1024 * 1024 <= settings.SELOSTE_MAX_IMPORT_BYTES <= 10 * 1024 * 1024
    # Django's own limit for form fields is set, and not above the request limit.
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= settings.SELOSTE_MAX_REQUEST_BYTES
