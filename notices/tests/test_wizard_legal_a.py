"""Wizard questions behind the legal-fidelity rules of issue 11 (items 1-10): each
structured answer is asked, saved and shown again."""

import re

import pytest
from django.urls import reverse

from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory
from notices.tests.test_wizard import management

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user, client):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi", "en"]}})


def url(notice, step):
    return reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step})


def purpose_post(**extra):
    return {
        **management("purposes", 1),
        "purposes-0-id": "p1", "purposes-0-description_fi": "Tarjoukset", "purposes-0-description_en": "Offers",
        "purposes-0-legal_basis": "legitimate_interests", "purposes-0-legitimate_interest_fi": "Myynti", "purposes-0-legitimate_interest_en": "Sales",
        **extra,
    }  # fmt: skip


def test_direct_marketing_and_its_channels_are_saved(client, notice):
    response = client.post(
        url(notice, "purposes"),
        purpose_post(
            **{"purposes-0-direct_marketing": "yes", "purposes-0-marketing_channels": ["sms", "post"], "purposes-0-marketing_existing_customers": "on"}
        ),
    )
    assert response.status_code == 302
    saved = Notice.objects.get(pk=notice.pk).answers["purposes"][0]
    assert saved["direct_marketing"] is True
    assert saved["marketing_channels"] == ["sms", "post"]
    assert saved["marketing_existing_customers"] is True
    page = client.get(url(notice, "purposes")).content.decode()
    assert re.search(r'name="purposes-0-direct_marketing" value="yes"[^>]*checked', page)
    assert re.search(r'name="purposes-0-marketing_channels" value="sms"[^>]*checked', page)
    assert "Tekstiviesti" in page


def test_direct_marketing_needs_a_channel(client, notice):
    response = client.post(url(notice, "purposes"), purpose_post(**{"purposes-0-direct_marketing": "yes"}))
    assert response.status_code == 200
    assert "Valitse vähintään yksi kanava." in response.content.decode()
    assert "purposes" not in Notice.objects.get(pk=notice.pk).answers


def test_unanswered_direct_marketing_stays_unanswered(client, notice):
    client.post(url(notice, "purposes"), purpose_post())
    saved = Notice.objects.get(pk=notice.pk).answers["purposes"][0]
    assert saved["direct_marketing"] is None
    assert saved["marketing_channels"] == []


def retention_post(**extra):
    return {
        **management("retention", 1),
        "retention-0-id": "r1", "retention-0-period_fi": "2 vuotta", "retention-0-period_en": "2 years",
        **extra,
    }  # fmt: skip


def test_a_retention_rule_is_linked_to_the_categories_it_covers(client, notice):
    notice.answers["categories"] = {"items": [{"id": "c1", "code": "basic"}, {"id": "c2", "code": "", "name": {"fi": "Kuvat", "en": "Photos"}}]}
    notice.save()
    page = client.get(url(notice, "retention")).content.decode()
    assert "Perustiedot" in page and "Kuvat" in page
    response = client.post(url(notice, "retention"), retention_post(**{"retention-0-categories": ["c2"]}))
    assert response.status_code == 302
    assert Notice.objects.get(pk=notice.pk).answers["retention"][0]["categories"] == ["c2"]


def test_a_retention_rule_cannot_name_an_unknown_category(client, notice):
    notice.answers["categories"] = {"items": [{"id": "c1", "code": "basic"}]}
    notice.save()
    response = client.post(url(notice, "retention"), retention_post(**{"retention-0-categories": ["nope"]}))
    assert response.status_code == 200
    assert "retention" not in Notice.objects.get(pk=notice.pk).answers


def cookies_post(**extra):
    return {**management("tools", 0), **extra}


def test_saving_the_cookie_step_unanswered_does_not_complete_it(client, notice):
    client.post(url(notice, "cookies"), cookies_post())
    notice.refresh_from_db()
    assert "cookies" in notice.answers and "cookies" not in notice.completed_steps
    client.post(url(notice, "cookies"), cookies_post(**{"cookies-used": "no"}))
    notice.refresh_from_db()
    assert "cookies" in notice.completed_steps


def test_cookie_consent_and_refusal_method_are_saved(client, notice):
    response = client.post(
        url(notice, "cookies"),
        cookies_post(**{"cookies-used": "yes", "cookies-categories": ["analytics"], "cookies-consent_asked": "yes", "cookies-refusal_method": "browser"}),
    )
    assert response.status_code == 302
    cookies = Notice.objects.get(pk=notice.pk).answers["cookies"]
    assert cookies["consent_asked"] is True and cookies["refusal_method"] == "browser"


def test_the_cookie_step_says_cookies_are_probable(client, notice):
    notice.answers["sources"] = {"items": ["data_subject", "observed"]}
    notice.save()
    assert "sivustosi käyttää luultavasti evästeitä" in client.get(url(notice, "cookies")).content.decode()


def automated_post(**extra):
    return {
        "automated-decisions": "yes", "automated-profiling": "no",
        "automated-logic_fi": "Pisteytys", "automated-logic_en": "Scoring",
        "automated-consequences_fi": "Hylkäys", "automated-consequences_en": "Refusal",
        **extra,
    }  # fmt: skip


def test_automated_decisions_need_their_art_22_2_exception(client, notice):
    response = client.post(url(notice, "automated"), automated_post())
    assert response.status_code == 200
    assert "Valitse poikkeus, joka sallii automaattiset päätökset." in response.content.decode()
    response = client.post(url(notice, "automated"), automated_post(**{"automated-exception": "law"}))
    assert response.status_code == 302
    assert Notice.objects.get(pk=notice.pk).answers["automated"]["exception"] == "law"


def test_the_review_shows_the_new_answers(client, notice):
    notice.answers.update(
        purposes=[{"id": "p", "description": {"fi": "Tarjoukset"}, "legal_basis": "consent", "direct_marketing": True, "marketing_channels": ["sms"]}],
        automated={"decisions": True, "profiling": False, "exception": "law"},
        cookies={"used": True, "consent_asked": False},
    )
    notice.save()
    from notices.wizard import summarise

    lines = {label: lines for section in summarise(notice) for label, lines in section["items"]}
    assert "Suoramarkkinointi: Tekstiviesti" in lines["Tarjoukset"]
    assert any("22 artiklan 2 kohdan b alakohta" in line for line in lines["Automaattiset päätökset"])
    assert lines["Suostumus kysytään"] == ["Ei"]
