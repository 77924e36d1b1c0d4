"""Seloste's own privacy notice is a real published notice, made from a fixture."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from notices.models import Notice
from notices.site_notice import site_notice

OPERATOR = {"name": "Seloste-palvelu Oy", "email": "tietosuoja@seloste.example", "country": "FI", "business_id": "1234567-1",
            "street_address": "Esimerkkikatu 1", "postal_code": "00100", "city": "Helsinki"}  # fmt: skip


@pytest.fixture
def operator(settings):
    settings.SELOSTE_OPERATOR = dict(OPERATOR)


def test_the_command_publishes_the_site_notice_and_is_idempotent(db, operator, client):
    call_command("publish_site_notice")
    notice = site_notice()
    assert notice is not None and notice.versions.count() == 1
    page = client.get(reverse("notices:public_notice", kwargs={"slug": notice.public_slug}))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Seloste-palvelun tietosuojaseloste" in text and "Seloste-palvelu Oy" in text
    assert "tietosuoja@seloste.example" in text
    call_command("publish_site_notice")  # nothing changed: no new version
    assert notice.versions.count() == 1
    assert Notice.objects.filter(is_site_notice=True).count() == 1


def test_a_changed_operator_publishes_a_new_version(db, operator, settings):
    call_command("publish_site_notice")
    settings.SELOSTE_OPERATOR = {**OPERATOR, "email": "privacy@seloste.example"}
    call_command("publish_site_notice")
    assert site_notice().versions.count() == 2


def test_without_an_operator_the_command_says_what_to_set(db, settings):
    settings.SELOSTE_OPERATOR = {"name": "", "email": ""}
    with pytest.raises(CommandError, match="SELOSTE_OPERATOR_NAME"):
        call_command("publish_site_notice")
    assert site_notice() is None
