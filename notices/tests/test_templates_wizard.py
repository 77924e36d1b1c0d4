"""Register templates through the wizard: "new notice" applies them, every prefilled step
is suggested until saved, publishing waits for that, saving a step unchanged keeps every
template answer (per-register rows included), and changing templates or duplicating a
notice loses nothing the user typed."""

import pytest
from django import forms
from django.urls import reverse

from notices import services
from notices import wizard as wz
from notices.content.builder import build_document
from notices.content.checker import check_notice
from notices.content.steps import STEP_KEYS
from notices.content.templates import PREFILLED_STEPS, TEMPLATES_BY_CODE
from notices.forms import OUTPUT_LANGUAGES
from notices.models import Notice
from notices.tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def _add_form(data: dict, form) -> None:
    for bound in form:
        value = bound.value()
        widget = bound.field.widget
        if isinstance(widget, forms.MultiWidget):
            for code, text in zip(OUTPUT_LANGUAGES, widget.decompress(value), strict=True):
                data[f"{bound.html_name}_{code}"] = text
        elif isinstance(bound.field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(item) for item in value]
        elif value is not None:
            data[bound.html_name] = str(value)


def unchanged_post(notice: Notice, step: str) -> dict:
    """What the browser posts when the user saves the step without changing anything."""
    step_forms = wz.get_step(notice, step).build()
    data = {"action": "continue"}
    for form in step_forms.forms.values():
        _add_form(data, form)
    for rows in step_forms.rows.values():
        _add_form(data, rows.formset.management_form)
        for form in rows.formset.forms:
            _add_form(data, form)
    return data


@pytest.fixture
def organisation(user):
    organisation = OrganisationFactory(name="Parturi Kiharat Oy", business_id="1234567-1")
    MembershipFactory(organisation=organisation, user=user)
    return organisation


def create(client, organisation, templates, languages=("fi", "en"), title=""):
    response = client.post(
        reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}),
        {"languages": list(languages), "templates": templates, "title": title},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Notice.objects.latest("pk")


def test_new_notice_offers_the_templates(logged_in, organisation):
    page = logged_in.get(reverse("notices:notice_create", kwargs={"org_pk": organisation.pk})).content.decode()
    for template in TEMPLATES_BY_CODE.values():
        assert f'value="{template.code}"' in page
    assert "Ajanvarausrekisteri" in page or "Appointment booking register" in page


def test_a_blank_notice_still_needs_a_name(logged_in, organisation):
    response = logged_in.post(reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}), {"languages": ["fi"], "templates": []})
    assert response.status_code == 200
    assert not Notice.objects.exists()


def test_templates_prefill_and_mark_steps_suggested(logged_in, organisation):
    notice = create(logged_in, organisation, ["booking", "marketing", "website"])
    assert notice.answers["templates"] == ["booking", "marketing", "website"]
    assert set(notice.answers["suggested"]) == set(PREFILLED_STEPS)
    assert [r["id"] for r in notice.answers["notice"]["registers"]] == ["tpl-booking", "tpl-marketing", "tpl-website"]
    page = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})).content.decode()
    assert "Suggested — check and confirm" in page or "Ehdotus – tarkista ja vahvista" in page


def test_publishing_waits_until_every_suggested_step_is_saved(logged_in, organisation, user, quick_pdf):
    notice = create(logged_in, organisation, ["booking", "marketing", "website"])
    with pytest.raises(services.PublishRefused) as refused:
        services.notice_publish(notice=notice, by=user)
    assert {f.step for f in refused.value.findings if f.code == "suggested_step_unconfirmed"} == set(PREFILLED_STEPS)

    before = Notice.objects.get(pk=notice.pk).answers
    for step in STEP_KEYS[:-1]:
        notice.refresh_from_db()
        response = logged_in.post(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step}), unchanged_post(notice, step))
        assert response.status_code == 302, (step, response.content.decode()[:3000])
    notice.refresh_from_db()
    assert notice.answers["suggested"] == []
    # Saving unchanged kept every template answer, each row still in its register.
    for key in ("purposes", "retention"):
        assert [(r["id"], r.get("register")) for r in notice.answers[key]] == [(r["id"], r.get("register")) for r in before[key]]
    def filled(rows):
        return [{key: value for key, value in row.items() if value} for row in rows]

    assert filled(notice.answers["recipients"]["items"]) == filled(before["recipients"]["items"])
    assert filled(notice.answers["retention"]) == filled(before["retention"])
    assert [(c["code"], c.get("register")) for c in notice.answers["categories"]["items"]] == [
        (c["code"], c.get("register")) for c in before["categories"]["items"]
    ]
    assert [p.get("direct_marketing") for p in notice.answers["purposes"]] == [p.get("direct_marketing") for p in before["purposes"]]

    version = services.notice_publish(notice=notice, by=user)
    assert version.languages == ["fi", "en"]
    text = version.rendered["en"]["html"]
    assert "Appointment booking register" in text and "Marketing and newsletter register" in text


def test_saving_a_step_confirms_only_that_step(logged_in, organisation):
    notice = create(logged_in, organisation, ["customers"])
    logged_in.post(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"}), unchanged_post(notice, "purposes"))
    notice.refresh_from_db()
    assert "purposes" not in notice.answers["suggested"]
    assert "retention" in notice.answers["suggested"]
    found = check_notice(answers=notice.answers, controller=notice.organisation.snapshot())
    assert "retention" in {f.step for f in found if f.code == "suggested_step_unconfirmed"}


def test_changing_templates_keeps_the_users_own_rows(logged_in, organisation):
    notice = create(logged_in, organisation, ["booking", "marketing"])
    answers = dict(notice.answers)
    own = {"id": "own1", "register": "", "description": {"fi": "Lahjakortit", "en": "Gift cards"}, "legal_basis": "contract"}
    answers["purposes"] = [*answers["purposes"], own]
    Notice.objects.filter(pk=notice.pk).update(answers=answers)
    response = logged_in.post(reverse("notices:notice_templates", kwargs={"pk": notice.pk}), {"templates": ["booking", "website"]})
    assert response.status_code == 302
    notice.refresh_from_db()
    ids = [p["id"] for p in notice.answers["purposes"]]
    assert "own1" in ids and "tpl-website-p1" in ids and "tpl-marketing-p1" not in ids
    assert notice.answers["templates"] == ["booking", "website"]


def test_duplicate_starts_a_new_draft_with_the_same_answers(logged_in, organisation, user, quick_pdf):
    notice = create(logged_in, organisation, ["customers"])
    response = logged_in.post(reverse("notices:notice_duplicate", kwargs={"pk": notice.pk}))
    copy = Notice.objects.latest("pk")
    assert response.status_code == 302 and copy.pk != notice.pk
    assert copy.public_slug != notice.public_slug
    assert copy.answers["purposes"] == notice.answers["purposes"]
    assert not copy.versions.exists()


def test_other_users_cannot_use_templates_or_duplicate(client, other_user, organisation, user):
    notice = services.notice_create(organisation=organisation, title="", templates=["customers"], by=user)
    client.force_login(other_user)
    assert client.post(reverse("notices:notice_templates", kwargs={"pk": notice.pk}), {"templates": []}).status_code == 404
    assert client.post(reverse("notices:notice_duplicate", kwargs={"pk": notice.pk})).status_code == 404


def test_review_shows_each_rows_register(logged_in, organisation):
    notice = create(logged_in, organisation, ["booking", "marketing"])
    page = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "review"})).content.decode()
    summary = {part["key"]: part["items"] for part in wz.summarise(notice)}
    purpose_lines = [lines for _label, lines in summary["purposes"]]
    assert any("Markkinointi- ja uutiskirjerekisteri" in line for lines in purpose_lines for line in lines)
    assert any("Ajanvarausrekisteri" in line for _label, lines in summary["retention"] for line in lines)
    assert any("Ajanvarausrekisteri" in line for _label, lines in summary["recipients"] for line in lines)
    assert any("Markkinointi- ja uutiskirjerekisteri" in line for _label, lines in summary["categories"] for line in lines) or any(
        "All registers" in line or "Kaikki rekisterit" in line for _label, lines in summary["categories"] for line in lines
    )
    assert "Markkinointi- ja uutiskirjerekisteri" in page


def test_only_one_language_asks_free_text_in_that_language_only(logged_in, organisation):
    notice = create(logged_in, organisation, ["customers"], languages=("fi",))
    page = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})).content.decode()
    assert 'name="purposes-0-description_fi"' in page
    assert '<textarea name="purposes-0-description_en"' not in page  # kept hidden, not asked
    document = build_document(answers=notice.answers, controller=notice.organisation.snapshot(), language="fi")
    assert document.title == TEMPLATES_BY_CODE["customers"].title["fi"]
    found = check_notice(answers=notice.answers, controller=notice.organisation.snapshot())
    # Whether the website sets cookies is the business's own fact: the customer template leaves it to ask.
    assert {f.code for f in found if f.severity == "error"} <= {"suggested_step_unconfirmed", "cookies_unanswered"}


def test_dashboard_says_why_a_templated_notice_cannot_be_published_yet(logged_in, organisation):
    create(logged_in, organisation, ["customers"])
    page = logged_in.get(reverse("notices:dashboard")).content.decode()
    assert "ehdotettua vaihetta tarkistettavana" in page or "suggested steps to check and confirm" in page


def test_recipients_step_opens_the_service_groups_the_templates_suggest(logged_in, organisation):
    notice = create(logged_in, organisation, ["booking", "marketing"])
    groups = {group["code"]: group["open"] for group in wz.get_step(notice, "recipients").extra_context()["service_groups"]}
    assert groups["booking"] and groups["payment"] and groups["newsletter"]
    assert not groups["recruitment"]


def test_review_gives_the_camera_sign_text(logged_in, organisation):
    notice = create(logged_in, organisation, ["camera"])
    page = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "review"})).content.decode()
    assert "Tallentava kameravalvonta. Rekisterinpitäjä: Parturi Kiharat Oy." in page
    assert f"/n/{notice.public_slug}/" in page
    assert "Recording CCTV in use." in page


def test_a_chosen_service_goes_to_the_register_its_template_suggests(logged_in, organisation, user, service_library):
    notice = create(logged_in, organisation, ["booking", "marketing"])
    services.notice_add_service(notice=notice, code="mailchimp", by=user)
    services.notice_add_service(notice=notice, code="paytrail", by=user)
    notice.refresh_from_db()
    registers = {row["service"]: row.get("register") for row in notice.answers["recipients"]["items"] if row.get("service")}
    assert registers == {"mailchimp": "tpl-marketing", "paytrail": "tpl-booking"}
    # The named services replace the templates' unnamed rows for the same kind of service.
    ids = [row["id"] for row in notice.answers["recipients"]["items"]]
    assert "tpl-marketing-x1" not in ids and "tpl-booking-x2" not in ids
    assert "tpl-booking-x1" in ids  # the booking system's row stays until a booking system is chosen
    # Saving the recipients step unchanged keeps the register.
    logged_in.post(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "recipients"}), unchanged_post(notice, "recipients"))
    notice.refresh_from_db()
    assert {row["service"]: row.get("register") for row in notice.answers["recipients"]["items"] if row.get("service")} == registers


def test_choosing_a_service_on_the_page_replaces_the_templates_row_for_good(logged_in, organisation, service_library):
    notice = create(logged_in, organisation, ["booking", "marketing"])
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "recipients"})
    posted = unchanged_post(notice, "recipients")
    posted.pop("action")
    page = logged_in.post(url, {**posted, "service_action": "add:paytrail"}).content.decode()
    assert 'value="tpl-booking-x2"' not in page and 'value="tpl-booking-x1"' in page
    notice.refresh_from_db()
    logged_in.post(url, unchanged_post(notice, "recipients"))
    notice.refresh_from_db()
    ids = [row["id"] for row in notice.answers["recipients"]["items"]]
    assert "tpl-booking-x2" not in ids
    assert any(row.get("service") == "paytrail" for row in notice.answers["recipients"]["items"])
