"""Repeated rows are added and removed in place: with htmx the response is just the rows
fragment, without JavaScript the whole step comes back; either way every typed value is
kept and nothing is saved until the user saves the step."""

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


def url(notice, step="purposes"):
    return reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step})


def two_purposes(**extra):
    return {
        **management("purposes", 2),
        "purposes-0-id": "first", "purposes-0-description_fi": "Ensimmäinen", "purposes-0-legal_basis": "contract",
        "purposes-1-id": "second", "purposes-1-description_fi": "Toinen", "purposes-1-legal_basis": "consent",
        **extra,
    }  # fmt: skip


@pytest.mark.parametrize("htmx", [False, True])
def test_adding_a_row_keeps_typed_values_and_saves_nothing(client, notice, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(url(notice), two_purposes(row_action="add:purposes"), **headers)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="purposes-TOTAL_FORMS" value="3"' in page
    assert "Ensimmäinen</textarea>" in page and "Toinen</textarea>" in page
    assert 'name="purposes-2-description_fi"' in page
    # htmx gets only the rows fragment; without JavaScript the whole page comes back.
    assert ("<html" in page) is not htmx
    assert page.count('id="rows-purposes"') == 1
    assert "purposes" not in Notice.objects.get(pk=notice.pk).answers


@pytest.mark.parametrize("htmx", [False, True])
def test_removing_a_row_renumbers_the_rest(client, notice, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(url(notice), two_purposes(row_action="remove:purposes:0"), **headers)
    page = response.content.decode()
    assert 'name="purposes-TOTAL_FORMS" value="1"' in page
    assert "Ensimmäinen" not in page
    assert re.search(r'<textarea name="purposes-0-description_fi"[^>]*>\s*Toinen</textarea>', page)
    assert 'name="purposes-0-id" value="second"' in page


def test_rows_have_stable_ids_through_add_remove_and_save(client, notice):
    client.post(url(notice), two_purposes())
    stored = Notice.objects.get(pk=notice.pk).answers["purposes"]
    assert [row["id"] for row in stored] == ["first", "second"]
    response = client.post(url(notice), two_purposes(row_action="remove:purposes:0"))
    data = {key: value for key, value in response.context["step_forms"].rows["purposes"].formset.data.items() if key != "row_action"}
    client.post(url(notice), data)
    assert [row["id"] for row in Notice.objects.get(pk=notice.pk).answers["purposes"]] == ["second"]


def test_a_new_row_gets_an_id_and_blank_rows_are_dropped_on_save(client, notice):
    client.post(url(notice), {**two_purposes(), **management("purposes", 3)})  # third row left blank
    stored = Notice.objects.get(pk=notice.pk).answers["purposes"]
    assert len(stored) == 2
    client.post(url(notice), {**management("purposes", 1), "purposes-0-description_fi": "Uusi", "purposes-0-legal_basis": "consent"})
    stored = Notice.objects.get(pk=notice.pk).answers["purposes"]
    assert stored[0]["id"] and len(stored[0]["id"]) >= 6


def test_a_statutory_retention_preset_can_be_added_with_one_click(client, notice):
    response = client.post(url(notice, "retention"), {**management("retention", 0), "row_action": "add:retention:accounting_vouchers"})
    assert '<option value="accounting_vouchers" selected>' in response.content.decode()


def test_a_new_recipient_row_does_not_invent_a_country(client, notice):
    # Issue 11: nothing invents "Suomi"; the user chooses the country (or leaves it open
    # for a recipient used only when needed).
    response = client.post(url(notice, "recipients"), {**management("recipients", 0), "row_action": "add:recipients"})
    assert '<option value="FI" selected>' not in response.content.decode()


def test_rows_cannot_grow_past_the_limit(client, notice):
    data = {**management("purposes", 30)}
    response = client.post(url(notice), {**data, "row_action": "add:purposes"})
    page = response.content.decode()
    assert 'name="purposes-TOTAL_FORMS" value="30"' in page
    assert "Voit lisätä enintään 30 riviä." in page


def test_every_row_kind_can_be_added_without_javascript(client, notice):
    for step, prefix in [("notice", "registers"), ("categories", "free"), ("sources", "other"), ("retention", "retention"),
                         ("recipients", "recipients"), ("transfers", "destinations"), ("cookies", "tools")]:  # fmt: skip
        response = client.post(url(notice, step), {**management(prefix, 0), "row_action": f"add:{prefix}"})
        assert response.status_code == 200
        assert f'name="{prefix}-TOTAL_FORMS" value="1"' in response.content.decode(), step


# --- Rows as a step first shows them are remembered (wizard_tags._row_html, issue 14) ----


def rows_html(notice, step, language="fi"):
    """Each kind of rows of the step as the page writes them before anything is posted."""
    from django.template import engines
    from django.test import RequestFactory
    from django.utils import translation

    from notices import wizard as wz

    engine = engines["django"].from_string("{% load wizard_tags %}{% wizard_rows rows %}")
    request = RequestFactory().get(url(notice, step))
    notice = Notice.objects.get(pk=notice.pk)
    with translation.override(language):
        rows = wz.get_step(notice, step).build().rows.values()
        return [engine.render({"rows": each, "notice": notice, "show_errors": False, "request": request}) for each in rows]


@pytest.fixture
def sample(user, client):
    from notices.content import samples

    client.force_login(user)
    client.cookies["django_language"] = "fi"
    return NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=samples.sample_answers())


@pytest.mark.parametrize("step", ["purposes", "categories", "retention", "recipients", "transfers", "cookies", "sources", "notice"])
def test_a_remembered_row_is_the_row_written_afresh(sample, step):
    from notices.templatetags import wizard_tags

    wizard_tags._row_html.clear()
    afresh = rows_html(sample, step)
    remembered = len(wizard_tags._row_html)
    assert rows_html(sample, step) == afresh
    wizard_tags._row_html.clear()
    assert rows_html(sample, step) == afresh
    if any('class="card wizard-row' in html for html in afresh):
        assert remembered  # the comparison is about something: rows were remembered


def test_a_saved_change_shows_at_once_on_the_step(client, sample):
    from notices import services

    recipients = Notice.objects.get(pk=sample.pk).answers["recipients"]
    old_name = recipients["items"][0]["name"]
    for _twice in range(2):  # written, then remembered
        assert f'value="{old_name}"' in client.get(url(sample, "recipients")).content.decode()
    recipients["items"][0]["name"] = "Uusi Nimi <Oy>"
    services.notice_save_step(notice=Notice.objects.get(pk=sample.pk), step="recipients", data=recipients, by=sample.organisation.memberships.first().user)
    page = client.get(url(sample, "recipients")).content.decode()
    assert 'value="Uusi Nimi &lt;Oy&gt;"' in page and f'value="{old_name}"' not in page


def test_rows_follow_the_language_and_the_registers(client, sample):
    from notices import services

    finnish = rows_html(sample, "purposes", "fi")[0]
    english = rows_html(sample, "purposes", "en")[0]
    assert "Poista" in finnish and "Remove" in english
    assert "Which of these fits best?" in english and "Which of these fits best?" not in finnish
    assert "Markkinointirekisteri" in finnish  # two registers: each row chooses one
    answers = Notice.objects.get(pk=sample.pk).answers["notice"]
    answers["registers"] = [{"id": "reg-customers", "name": {"fi": "Asiakkaat"}}]
    services.notice_save_step(notice=Notice.objects.get(pk=sample.pk), step="notice", data=answers, by=sample.organisation.memberships.first().user)
    assert 'name="purposes-0-register"' not in rows_html(sample, "purposes", "fi")[0]  # one register: no choice


def test_a_categorys_saved_details_show_at_once(client, sample):
    from notices import services

    client.get(url(sample, "categories"))  # written, and remembered
    categories = Notice.objects.get(pk=sample.pk).answers["categories"]
    assert categories["items"][0]["code"] == "basic"
    categories["items"][0]["details"] = {"fi": "Uusi tarkennus <b>"}
    services.notice_save_step(notice=Notice.objects.get(pk=sample.pk), step="categories", data=categories, by=sample.organisation.memberships.first().user)
    page = client.get(url(sample, "categories")).content.decode()
    assert "Uusi tarkennus &lt;b&gt;</textarea>" in page and "nimi ja asiointikieli</textarea>" not in page
