"""The front page, the sample notice, the terms, and the public base URL."""

import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.checks import run_checks
from django.test import RequestFactory, override_settings
from django.urls import reverse

from notices.site_url import SiteURLMiddleware

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "expected"), [("fi", "Näin se toimii"), ("en", "How it works")])
def test_front_page_explains_seloste_in_the_visitors_language(client, language, expected):
    client.cookies["django_language"] = language
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert expected in html
    for name in ("signup", "login"):
        assert f'href="{reverse(name)}"' in html
    for code in ("fi", "sv", "en"):
        assert reverse("notices:sample_notice") + f"?lang={code}" in html
    assert reverse("notices:terms") in html


def test_front_page_names_the_operator_only_when_configured(client, settings):
    settings.SELOSTE_OPERATOR = {"name": "", "email": ""}
    assert "has not published its details" in client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    settings.SELOSTE_OPERATOR = {"name": "Palvelu Oy", "email": "info@palvelu.example", "business_id": "1234567-1"}
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Palvelu Oy" in html and "info@palvelu.example" in html and "1234567-1" in html


def test_a_logged_in_user_goes_from_the_front_page_to_the_dashboard(client, user):
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == reverse("notices:dashboard")


@pytest.mark.parametrize(("language", "title"), [("fi", "Tietosuojaseloste – asiakkaat ja markkinointi"), ("en", "Privacy notice – customers and marketing")])
def test_sample_notice_is_built_by_the_same_template(client, language, title):
    response = client.get(reverse("notices:sample_notice") + f"?lang={language}")
    html = response.content.decode()
    assert response.status_code == 200 and title in html
    assert 'class="notice-document' in html and 'href="#notice-rights"' in html
    assert response["Content-Language"] == language


def test_terms_page_and_privacy_link(client):
    assert client.get(reverse("notices:terms")).status_code == 200
    # Before publish_site_notice has run there is nothing to redirect to.
    assert client.get(reverse("notices:privacy")).status_code == 404


# --- Public base URL ---------------------------------------------------------------------


def test_development_server_links_follow_the_request_host(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:8123")
    with override_settings(SITE_URL_FROM_REQUEST=True, ALLOWED_HOSTS=["127.0.0.1"]):
        SiteURLMiddleware(lambda request: None)(request)
        assert django_settings.SITE_URL == "http://127.0.0.1:8123"


def test_configured_site_url_is_kept(settings):
    settings.SITE_URL = "https://seloste.example.fi"
    with override_settings(SITE_URL_FROM_REQUEST=False):
        SiteURLMiddleware(lambda request: None)(RequestFactory().get("/"))
        assert django_settings.SITE_URL == "https://seloste.example.fi"


def test_production_refuses_to_start_without_site_url():
    env = {"SELOSTE_ENV": "production", "SECRET_KEY": "x" * 60, "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", "import config.settings"], cwd=django_settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "SITE_URL must be set in production" in result.stderr


def test_system_check_warns_when_production_site_url_is_not_https(settings):
    settings.PRODUCTION = True
    settings.SITE_URL = "http://seloste.example.fi"
    assert "seloste.W001" in [message.id for message in run_checks()]
    settings.SITE_URL = "https://seloste.example.fi"
    assert "seloste.W001" not in [message.id for message in run_checks()]
