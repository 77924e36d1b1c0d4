# ruff: noqa: E501  (the table of step posts reads best one answer per line)
"""The notice wizard, end to end through the views: every step saves at once, the user
can go back and forth and resume later, bad input is shown again with messages and never
gives a server error, and rows are added/removed with htmx and without JavaScript."""

import re

import pytest
from django.urls import reverse

from notices.content.steps import STEP_KEYS
from notices.models import AuditEvent, Notice
from notices.tests.factories import MembershipFactory, NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(user):
    membership = MembershipFactory(user=user)
    return NoticeFactory(organisation=membership.organisation, answers={"notice": {"languages": ["fi", "en"], "style": "register"}})


@pytest.fixture
def client_fi(client, user):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    return client


def step_url(notice, step):
    return reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step})


def management(prefix, total, initial=0):
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": str(initial), f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def purposes_post(**extra):
    data = {
        **management("purposes", 1),
        "purposes-0-id": "p1",
        "purposes-0-description_fi": "Asiakassuhteen hoito",
        "purposes-0-description_en": "Managing the customer relationship",
        "purposes-0-legal_basis": "contract",
    }
    data.update(extra)
    return data


# One valid POST per step, and what it must store (see content/answers.py).
STEP_POSTS = {
    "controller": (
        {
            "org-name": "Uusi Nimi Oy", "org-country": "FI", "org-business_id": "0204687-0", "org-street_address": "Katu 2",
            "org-postal_code": "00200", "org-city": "Espoo", "org-email": "info@uusi.fi", "org-phone": "+358 9 123 4567",
            "org-website": "https://uusi.fi", "contact-name": "Maija Meikäläinen", "contact-email": "maija@uusi.fi",
        },
        lambda notice: notice.organisation.name == "Uusi Nimi Oy"
        and notice.organisation.business_id == "0204687-0"
        and notice.answers["contact"] == {"name": "Maija Meikäläinen", "email": "maija@uusi.fi"},
    ),
    "notice": (
        {
            "notice-title_fi": "Asiakasrekisterin seloste", "notice-title_en": "Customer register notice", "notice-languages": ["fi", "en"],
            "notice-style": "statement", "notice-data_subjects": ["customers", "website_visitors"],
            **management("registers", 1), "registers-0-id": "r1", "registers-0-name_fi": "Asiakasrekisteri", "registers-0-name_en": "Customer register",
        },
        lambda notice: notice.answers["notice"]["style"] == "statement"
        and notice.answers["notice"]["registers"] == [{"id": "r1", "name": {"fi": "Asiakasrekisteri", "en": "Customer register"}}]
        and notice.answers["notice"]["data_subjects"] == ["customers", "website_visitors"]
        and notice.title == "Asiakasrekisterin seloste",
    ),
    "purposes": (
        purposes_post(),
        lambda notice: notice.answers["purposes"]
        == [{"id": "p1", "register": "", "description": {"fi": "Asiakassuhteen hoito", "en": "Managing the customer relationship"}, "legal_basis": "contract", "legitimate_interest": {},
            "direct_marketing": None, "marketing_channels": [], "marketing_existing_customers": False}],
    ),
    "categories": (
        {
            "categories-codes": ["basic", "contact"], "categories-special": "no", "categories-criminal": "no",
            **management("free", 1), "free-0-name_fi": "Ajoneuvotiedot", "free-0-name_en": "Vehicle data",
        },
        lambda notice: [item.get("code") for item in notice.answers["categories"]["items"]] == ["basic", "contact", ""]
        and notice.answers["categories"]["items"][2]["name"] == {"fi": "Ajoneuvotiedot", "en": "Vehicle data"}
        and notice.answers["categories"]["special"] is False,
    ),
    "sources": (
        {"sources-items": ["data_subject", "posti"], "sources-requirement": "contractual", "sources-consequences_fi": "Muuten emme voi toimittaa tilausta.", **management("other", 0)},
        lambda notice: notice.answers["sources"]["items"] == ["data_subject", "posti"] and notice.answers["sources"]["requirement"] == "contractual",
    ),
    "retention": (
        {**management("retention", 2), "retention-0-preset": "accounting_vouchers", "retention-1-applies_to_fi": "Asiakastiedot", "retention-1-period_fi": "2 vuotta"},
        lambda notice: [rule["preset"] for rule in notice.answers["retention"]] == ["accounting_vouchers", ""]
        and notice.answers["retention"][1]["period"] == {"fi": "2 vuotta"},
    ),
    "recipients": (
        {**management("recipients", 1), "recipients-0-kind": "accounting", "recipients-0-name": "Tilitoimisto Oy", "recipients-0-role": "processor", "recipients-0-country": "FI"},
        lambda notice: notice.answers["recipients"]["items"][0]["name"] == "Tilitoimisto Oy",
    ),
    "transfers": (
        {"transfers-any": "yes", **management("destinations", 1), "destinations-0-country": "US", "destinations-0-recipient": "Mailer Inc", "destinations-0-safeguard": "scc"},
        lambda notice: notice.answers["transfers"]["any"] is True and notice.answers["transfers"]["items"][0]["safeguard"] == "scc",
    ),
    "security": (
        {"security-measures": ["access_control", "backups"], "security-other_fi": "Lukitut tilat"},
        lambda notice: notice.answers["security"]["measures"] == ["access_control", "backups"],
    ),
    "automated": (
        {"automated-decisions": "no", "automated-profiling": "no"},
        lambda notice: notice.answers["automated"]["decisions"] is False and notice.answers["automated"]["profiling"] is False,
    ),
    "cookies": (
        {"cookies-used": "yes", "cookies-categories": ["necessary", "analytics"], **management("tools", 1), "tools-0-name": "Matomo", "tools-0-category": "analytics"},
        lambda notice: notice.answers["cookies"]["used"] is True and notice.answers["cookies"]["tools"][0]["name"] == "Matomo",
    ),
    "rights": (
        {"rights-request_email": "tietosuoja@example.fi", "rights-changes_fi": "Verkkosivuilla.", "rights-laws": ["gdpr"]},
        lambda notice: notice.answers["rights"]["request_email"] == "tietosuoja@example.fi" and notice.answers["rights"]["laws"] == ["gdpr"],
    ),
}  # fmt: skip


def test_every_step_but_review_has_a_test_post():
    assert set(STEP_POSTS) == set(STEP_KEYS) - {"review"}


@pytest.mark.parametrize("step", list(STEP_POSTS))
def test_each_step_saves_at_once_and_moves_on(client_fi, notice, step):
    data, stored = STEP_POSTS[step]
    response = client_fi.post(step_url(notice, step), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    next_step = STEP_KEYS[STEP_KEYS.index(step) + 1]
    assert response["Location"] == step_url(notice, next_step)
    notice = Notice.objects.select_related("organisation").get(pk=notice.pk)
    assert stored(notice)
    assert step in notice.completed_steps
    assert notice.current_step == next_step
    assert AuditEvent.objects.filter(notice=notice, action="notice_step_saved", detail__step=step).exists()


@pytest.mark.parametrize("step", STEP_KEYS)
def test_each_step_shows_step_n_of_m_and_the_saved_answers(client_fi, notice, step):
    if step in STEP_POSTS:
        client_fi.post(step_url(notice, step), STEP_POSTS[step][0])
    response = client_fi.get(step_url(notice, step))
    assert response.status_code == 200
    page = response.content.decode()
    number = STEP_KEYS.index(step) + 1
    assert f"Vaihe {number}/{len(STEP_KEYS)}" in page
    if step == "purposes":
        assert "Asiakassuhteen hoito</textarea>" in page


def test_back_saves_and_goes_to_the_previous_step(client_fi, notice):
    response = client_fi.post(step_url(notice, "purposes"), {**purposes_post(), "action": "back"})
    assert response["Location"] == step_url(notice, "notice")
    notice.refresh_from_db()
    assert notice.answers["purposes"][0]["legal_basis"] == "contract"
    # The nav links let the user jump anywhere, forwards too.
    assert client_fi.get(step_url(notice, "cookies")).status_code == 200


def test_save_and_exit_saves_and_goes_to_the_dashboard(client_fi, notice):
    response = client_fi.post(step_url(notice, "purposes"), {**purposes_post(), "action": "exit"})
    assert response["Location"] == reverse("notices:dashboard")
    notice.refresh_from_db()
    assert notice.answers["purposes"]
    assert notice.current_step == "purposes"


def test_save_and_exit_over_htmx_asks_the_browser_to_load_the_dashboard(client_fi, notice):
    response = client_fi.post(step_url(notice, "purposes"), {**purposes_post(), "action": "exit"}, HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == reverse("notices:dashboard")


def test_a_returning_user_resumes_where_they_left_off(client, user, notice):
    client.force_login(user)
    client.post(step_url(notice, "purposes"), purposes_post())
    client.logout()
    assert client.get(reverse("notices:wizard", kwargs={"pk": notice.pk})).status_code == 302  # to the login page
    client.force_login(user)
    response = client.get(reverse("notices:wizard", kwargs={"pk": notice.pk}))
    assert response["Location"] == step_url(notice, "categories")
    page = client.get(step_url(notice, "purposes")).content.decode()
    assert "Managing the customer relationship</textarea>" in page


def test_a_failing_step_keeps_every_typed_value_and_explains_each_error(client_fi, notice):
    data = {
        **management("purposes", 2),
        "purposes-0-description_fi": "Markkinointi <b>uutiskirjeellä</b> 🌱",
        "purposes-0-description_en": "Marketing",
        "purposes-0-legal_basis": "legitimate_interests",  # but no interest described
        "purposes-1-description_fi": "Laskutus",
        "purposes-1-legal_basis": "",  # no basis
    }
    response = client_fi.post(step_url(notice, "purposes"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Markkinointi &lt;b&gt;uutiskirjeellä&lt;/b&gt; 🌱" in page
    assert "Laskutus</textarea>" in page
    assert "Kuvaa oikeutettu etu" in page
    assert "Valitse tälle käsittelyn tarkoitukselle oikeusperuste." in page
    notice.refresh_from_db()
    assert "purposes" not in notice.answers


def test_a_wrong_business_id_is_refused_next_to_the_field(client_fi, notice):
    data = {**STEP_POSTS["controller"][0], "org-business_id": "0204687-1"}
    response = client_fi.post(step_url(notice, "controller"), data)
    assert response.status_code == 200
    assert "0204687-1" in response.content.decode()
    notice.organisation.refresh_from_db()
    assert notice.organisation.business_id == "0849585-3"


def test_a_foreign_controller_gives_its_own_registration_number_and_eu_representative(client_fi, notice):
    data = {
        **STEP_POSTS["controller"][0], "org-country": "US", "org-business_id": "DE-REG 12345",
        "org-representative_name": "EU Rep GmbH", "org-postal_code": "94105",
    }  # fmt: skip
    assert client_fi.post(step_url(notice, "controller"), data).status_code == 302
    notice.organisation.refresh_from_db()
    assert notice.organisation.business_id == "DE-REG 12345"
    assert notice.organisation.representative_name == "EU Rep GmbH"


def test_an_eu_controller_has_no_eu_representative(client_fi, notice):
    data = {**STEP_POSTS["controller"][0], "org-representative_name": "Should not be kept"}
    client_fi.post(step_url(notice, "controller"), data)
    notice.organisation.refresh_from_db()
    assert notice.organisation.representative_name == ""


def test_transfers_need_a_destination_and_a_valid_safeguard_each(client_fi, notice):
    page = client_fi.post(step_url(notice, "transfers"), {"transfers-any": "yes", **management("destinations", 0)}).content.decode()
    assert "Lisää alle vähintään yksi kohdemaa" in page
    data = {"transfers-any": "yes", **management("destinations", 1), "destinations-0-country": "CN", "destinations-0-safeguard": "adequacy"}
    page = client_fi.post(step_url(notice, "transfers"), data).content.decode()
    assert "Maalla ei ole riittävyyspäätöstä" in page
    data["destinations-0-safeguard"] = "privacy_shield"
    response = client_fi.post(step_url(notice, "transfers"), data)
    assert response.status_code == 200
    notice.refresh_from_db()
    assert "transfers" not in notice.answers


def test_special_categories_need_the_article_9_condition(client_fi, notice):
    response = client_fi.post(step_url(notice, "categories"), {"categories-special": "yes", "categories-special_description_fi": "Terveystiedot", **management("free", 0)})
    assert response.status_code == 200
    assert "9 artiklan 2 kohdan" in response.content.decode() or "9(2)" in response.content.decode()


def test_review_summarises_answers_with_edit_links_and_checker_findings(client_fi, notice):
    client_fi.post(step_url(notice, "security"), STEP_POSTS["security"][0])
    page = client_fi.get(step_url(notice, "review")).content.decode()
    for step in STEP_KEYS[:-1]:
        assert f'href="{step_url(notice, step)}"' in page
    assert "Käyttöoikeudet henkilökohtaisin tunnuksin" in page
    # The checker reports the missing purposes, linking to the step that fixes them.
    assert "alert-danger" in page
    # The last step leads on to publishing, which refuses while anything is missing.
    assert reverse("notices:notice_publish", kwargs={"pk": notice.pk}) in page


def test_the_ui_is_in_finnish_and_in_english(client, user, notice):
    client.force_login(user)
    client.cookies["django_language"] = "fi"
    page = client.get(step_url(notice, "categories")).content.decode()
    assert "Tallenna ja jatka" in page and "Perustiedot" in page and "Suomeksi" in page
    client.cookies["django_language"] = "en"
    page = client.get(step_url(notice, "categories")).content.decode()
    assert "Save and continue" in page and "Basic details" in page and "In Finnish" in page


def test_free_text_is_asked_in_the_chosen_languages_only(client_fi, user):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi"]}})
    page = client_fi.get(step_url(notice, "security")).content.decode()
    assert 'name="security-other_fi"' in page
    assert 'type="hidden" name="security-other_en"' in page


def test_an_unknown_step_is_404(client_fi, notice):
    assert client_fi.get(step_url(notice, "nonsense")).status_code == 404


def test_wizard_requires_login(client, notice):
    response = client.get(step_url(notice, "purposes"))
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize(
    ("step", "multiline", "single_line"),
    [
        ("purposes", "purposes-0-description_fi", None),
        ("categories", "free-0-details_fi", "free-0-name_fi"),
        ("retention", "retention-0-period_fi", "retention-0-applies_to_fi"),
        ("recipients", "recipients-0-description_fi", "recipients-0-name"),
        ("rights", "rights-request_other_fi", "rights-request_email"),
    ],
)
def test_descriptions_are_growing_textareas_and_names_single_lines(client_fi, notice, step, multiline, single_line):
    page = client_fi.get(step_url(notice, step)).content.decode()
    textarea = re.search(rf'<textarea name="{multiline}"[^>]*>', page)
    assert textarea and 'rows="2"' in textarea.group() and "data-autosize" in textarea.group()
    if single_line:
        assert f'<input type="text" name="{single_line}"' in page or f'<input type="email" name="{single_line}"' in page


@pytest.mark.parametrize("step", [key for key in STEP_KEYS if key != "review"])
def test_a_new_notice_explains_each_step_in_plain_words(client_fi, user, step):
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers={"notice": {"languages": ["fi"]}})
    page = client_fi.get(step_url(notice, step)).content.decode()
    form = page.split('class="wizard-form"', 1)[1]
    intro = form.split("</h2>", 1)[1].lstrip()
    assert intro.startswith(('<p class="text-body-secondary">', '<div class="alert alert-info')), intro[:200]


def test_on_a_phone_the_preview_opens_on_its_own_page(client_fi, notice):
    page = client_fi.get(step_url(notice, "purposes")).content.decode()
    preview_url = reverse("notices:preview", kwargs={"pk": notice.pk})
    assert f'href="{preview_url}?step=purposes"' in page
    assert '<div class="col-lg-6 col-xl-5 d-none d-lg-block wizard-preview-column">' in page  # wider since issue 12
    assert client_fi.get(f"{preview_url}?step=purposes").status_code == 200


def test_review_checks_transfers_against_the_adequacy_list_staff_keep(client_fi, user):
    # Publishing uses the admin-maintained list; the review must flag exactly what publish would.
    from datetime import date

    from notices.models import AdequacyDecision

    answers = {"notice": {"languages": ["fi"]}, "transfers": {"any": True, "items": [{"id": "t1", "country": "SG", "recipient": "Ltda", "safeguard": "adequacy"}]}}
    notice = NoticeFactory(organisation=MembershipFactory(user=user).organisation, answers=answers)
    review = step_url(notice, "review")
    findings = [f["message"] for f in client_fi.get(review).context["findings"]]
    assert any("Ltda" in message and "riittävyyspäätöstä" in message for message in findings)
    AdequacyDecision.objects.create(country="SG", scope={"fi": "Singapore", "en": "Singapore"}, listed_on=date(2026, 3, 1))
    findings = [f["message"] for f in client_fi.get(review).context["findings"]]
    assert not any("Ltda" in message for message in findings)
