"""The live preview follows the unsaved form (nothing is saved), and the wizard page
carries what the unsaved-changes guard needs."""

import pytest
from django.urls import reverse

from notices.content.samples import sample_answers
from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user, client):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=sample_answers())


def live(client, notice, step, data, language="fi"):
    return client.post(reverse("notices:live_preview", kwargs={"pk": notice.pk, "step": step}), {**data, "preview_lang": language})


def test_the_preview_shows_typed_text_and_saves_nothing(client, notice):
    before = Notice.objects.get(pk=notice.pk).answers
    typed = {"rights-request_email": "uusi@example.fi", "rights-changes_fi": "Kirjoitettu juuri nyt.", "rights-laws": ["gdpr"]}
    response = live(client, notice, "rights", typed)
    html = response.content.decode()
    assert response.status_code == 200 and html.strip().startswith('<aside id="preview"')
    assert "Kirjoitettu juuri nyt." in html and "uusi@example.fi" in html
    assert "Mitään ei tallenneta" in html
    assert Notice.objects.get(pk=notice.pk).answers == before


def test_an_incomplete_step_previews_the_saved_answers_and_says_so(client, notice):
    response = live(client, notice, "rights", {"rights-request_email": "not an address", "rights-changes_fi": "Uusi teksti", "rights-laws": ["gdpr"]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "tietosuoja@vihreaoksa.fi" in html and "Uusi teksti" not in html  # the saved answers
    assert "kunnes tämän vaiheen vastaukset ovat valmiit" in html


def test_the_controller_step_previews_an_unsaved_organisation_name(client, notice):
    organisation = notice.organisation
    data = {
        "org-name": "Kirjoitettu Nimi Oy", "org-country": "FI", "org-business_id": "0204687-0", "org-street_address": "Katu 2",
        "org-postal_code": "00200", "org-city": "Espoo", "org-email": "info@uusi.fi", "contact-name": "Maija", "contact-email": "maija@uusi.fi",
    }  # fmt: skip
    html = live(client, notice, "controller", data).content.decode()
    assert "Kirjoitettu Nimi Oy" in html
    organisation.refresh_from_db()
    assert organisation.name != "Kirjoitettu Nimi Oy"


def test_the_preview_is_in_the_asked_language(client, notice):
    html = live(client, notice, "rights", {"rights-changes_fi": "x", "rights-changes_en": "Typed in English.", "rights-laws": ["gdpr"]}, "en").content.decode()
    assert 'lang="en"' in html and "Typed in English." in html


def test_someone_elses_notice_is_404(client, notice):
    other = NoticeFactory()
    assert live(client, other, "rights", {}).status_code == 404


def test_the_step_page_carries_the_guard_and_the_live_preview_url(client, notice):
    html = client.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "rights"})).content.decode()
    assert "data-unsaved-guard" in html
    assert f'data-live-preview="{reverse("notices:live_preview", kwargs={"pk": notice.pk, "step": "rights"})}"' in html
    assert "js/unsaved.js" in html and "data-preview-expand" in html
