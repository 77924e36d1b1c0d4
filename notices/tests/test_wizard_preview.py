"""Starting a notice, and the live preview beside the wizard."""

import pytest
from django.urls import reverse

from notices.content.samples import sample_answers
from notices.models import AuditEvent, Notice
from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user, client):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=sample_answers())


def test_a_notice_is_started_within_ones_organisation_and_opens_the_wizard(client, user):
    client.force_login(user)
    organisation = MembershipFactory(user=user).organisation
    url = reverse("notices:notice_create", kwargs={"org_pk": organisation.pk})
    assert client.get(url).status_code == 200
    response = client.post(url, {"title": "Rekrytointi", "languages": ["fi", "en"]})
    notice = Notice.objects.get(organisation=organisation, title="Rekrytointi")
    assert response["Location"] == reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "controller"})
    assert notice.answers["notice"]["languages"] == ["fi", "en"]
    assert notice.created_by == user
    assert AuditEvent.objects.filter(notice=notice, action="notice_created").exists()


def test_a_notice_without_a_title_is_not_started(client, user):
    client.force_login(user)
    organisation = MembershipFactory(user=user).organisation
    response = client.post(reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}), {"title": "", "languages": ["fi"]})
    assert response.status_code == 200
    assert not Notice.objects.filter(organisation=organisation).exists()


def _pane(client, notice, step, query=""):
    """The preview pane the step page loads beside the form (htmx, hx-trigger="load")."""
    return client.get(reverse("notices:preview", kwargs={"pk": notice.pk}) + f"?step={step}&pane=wizard{query}", HTTP_HX_REQUEST="true").content.decode()


def test_the_wizard_shows_the_notice_beside_the_form(client, notice):
    page = client.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})).content.decode()
    # The step page does not build the notice: its pane loads the preview after the page.
    pane_url = reverse("notices:preview", kwargs={"pk": notice.pk}) + "?step=purposes&amp;lang=fi&amp;pane=wizard"
    assert 'id="preview"' in page and f'hx-get="{pane_url}" hx-trigger="load"' in page
    assert "notice-document" not in page
    # Without JavaScript the pane links to the preview's own page.
    assert 'href="' + reverse("notices:preview", kwargs={"pk": notice.pk}) + '?step=purposes&amp;lang=fi"' in page
    pane = _pane(client, notice, "purposes", "&lang=fi")
    assert pane.strip().startswith('<aside id="preview"') and "hx-trigger" not in pane
    assert "Rekisterinpitäjä" in pane
    assert "notice-document" in pane
    # The pane keeps the wizard's own controls (the wider preview, its language links).
    assert "data-preview-expand" in pane and "pane=wizard" in pane


def test_the_preview_switches_language_without_javascript(client, notice):
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})
    page = client.get(url + "?preview=en").content.decode()
    preview_url = reverse("notices:preview", kwargs={"pk": notice.pk})
    assert f'href="{preview_url}?step=purposes&amp;lang=en"' in page
    page = client.get(preview_url + "?step=purposes&lang=en").content.decode()
    assert "<article class=\"notice-document" in page and "lang=\"en\">" in page.split("<article")[1]


def test_the_preview_switches_language_with_htmx_as_a_fragment(client, notice):
    url = reverse("notices:preview", kwargs={"pk": notice.pk})
    response = client.get(url + "?lang=en", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page
    assert page.strip().startswith('<aside id="preview"')
    assert 'lang="en"' in page
    # Without htmx the same URL is a whole page.
    assert "<html" in client.get(url + "?lang=fi").content.decode()


def test_the_preview_shows_saved_answers_after_a_save(client, notice):
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "security"})
    client.post(url, {"security-measures": ["mfa"], "security-other_fi": "Erikoinen suojaus 123"})
    assert "Erikoinen suojaus 123" in _pane(client, notice, "security")


def test_an_unchosen_preview_language_falls_back_to_a_chosen_one(client, user, notice):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["en"]}})
    response = client.get(reverse("notices:preview", kwargs={"pk": notice.pk}) + "?lang=fi", HTTP_HX_REQUEST="true")
    assert 'lang="en"' in response.content.decode()
