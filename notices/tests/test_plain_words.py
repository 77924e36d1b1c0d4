"""Plain words first: legal choices are asked as questions about the business with the
legal term in small print; "help me choose" proposes a legal basis after at most three
questions; checker messages say what to do and cite the article separately."""

import pytest
from django.urls import reverse
from django.utils import translation

from notices.content import catalogues, plain
from notices.content.checker import check_notice
from notices.content.languages import CODES
from notices.forms import CategoriesForm, PurposeForm, RecipientForm, TransferForm
from notices.tests.factories import MembershipFactory, NoticeFactory


@pytest.mark.parametrize(
    ("answers", "basis"),
    [
        ({"law": "yes"}, "legal_obligation"),
        ({"law": "no", "order": "yes"}, "contract"),
        ({"law": "no", "order": "no", "expected": "yes"}, "legitimate_interests"),
        ({"law": "no", "order": "no", "expected": "no"}, "consent"),
        ({"law": "no"}, None),
        ({}, None),
    ],
)
def test_help_me_choose_proposes_a_basis_after_at_most_three_questions(answers, basis):
    assert plain.suggest_basis(answers) == basis
    assert len(plain.BASIS_HELPER_QUESTIONS) <= 3


def test_every_choice_has_a_plain_question_in_every_language():
    for table, catalogue in [
        (plain.LEGAL_BASIS_QUESTIONS, catalogues.LEGAL_BASES),
        (plain.RECIPIENT_ROLE_QUESTIONS, catalogues.RECIPIENT_ROLES),
        (plain.SPECIAL_CONDITION_QUESTIONS, catalogues.SPECIAL_CONDITIONS),
    ]:
        assert set(table) == set(catalogue.codes)
    assert set(plain.SAFEGUARD_QUESTIONS) == set(catalogues.SAFEGUARDS.codes) - {"privacy_shield"}
    for table in plain.PLAIN_QUESTIONS.values():
        for texts in table.values():
            assert all(texts.get(code) for code in CODES) and texts["fi"] != texts["en"]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_legal_basis_is_asked_in_plain_words_with_the_term_in_small_print(language):
    with translation.override(language):
        field = PurposeForm(languages=["fi"]).fields["legal_basis"]
        labels = dict(field.choices)
        assert labels["contract"] == plain.question(plain.LEGAL_BASIS_QUESTIONS, "contract", language)
        assert catalogues.LEGAL_BASES.label("contract", language) in field.help_map["contract"]
        assert "6(1)(b)" in field.help_map["contract"] or "6 artiklan 1 kohdan b alakohta" in field.help_map["contract"]
        # Roles, safeguards and Art. 9(2) conditions likewise.
        role = RecipientForm(languages=["fi"]).fields["role"]
        assert dict(role.choices)["processor"] == plain.question(plain.RECIPIENT_ROLE_QUESTIONS, "processor", language)
        assert role.help_map["processor"] == catalogues.RECIPIENT_ROLES.label("processor", language)
        safeguard = TransferForm(languages=["fi"]).fields["safeguard"]
        assert "privacy_shield" not in dict(safeguard.choices)
        assert dict(safeguard.choices)["scc"] == plain.question(plain.SAFEGUARD_QUESTIONS, "scc", language)
        condition = CategoriesForm(languages=["fi"]).fields["special_condition"]
        assert dict(condition.choices)["employment_law"] == plain.question(plain.SPECIAL_CONDITION_QUESTIONS, "employment_law", language)


def test_the_purpose_step_shows_the_questions_and_the_legal_terms(logged_in, user):
    notice = NoticeFactory(answers={"notice": {"languages": ["fi"]}})
    MembershipFactory(organisation=notice.organisation, user=user)
    with translation.override("en"):
        page = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"}), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "what the customer ordered" in page or "asiakas tilasi" in page
    assert reverse("notices:basis_helper", kwargs={"pk": notice.pk}) in page


@pytest.mark.django_db
def test_help_me_choose_works_as_a_small_form(logged_in, user):
    notice = NoticeFactory()
    MembershipFactory(organisation=notice.organisation, user=user)
    url = reverse("notices:basis_helper", kwargs={"pk": notice.pk})
    first = logged_in.get(url).content.decode()
    assert 'name="law"' in first and 'name="order"' not in first  # one question at a time
    second = logged_in.get(url, {"law": "no"}).content.decode()
    assert 'name="order"' in second
    done = logged_in.get(url, {"law": "no", "order": "yes"}).content.decode()
    assert catalogues.LEGAL_BASES.label("contract", "fi") in done or catalogues.LEGAL_BASES.label("contract", "en") in done


@pytest.mark.django_db
def test_help_me_choose_is_only_for_the_notices_own_users(client, other_user):
    notice = NoticeFactory()
    client.force_login(other_user)
    assert client.get(reverse("notices:basis_helper", kwargs={"pk": notice.pk})).status_code == 404


def test_checker_messages_say_what_to_do_and_cite_the_article_apart():
    findings = {f.code: f for f in check_notice(answers={"sources": {"items": ["data_subject"]}}, controller={})}
    requirement = findings["requirement_missing"]
    assert requirement.message("en") == "Say whether people must give their data."
    assert "Art." not in requirement.message("en") and "artikla" not in requirement.message("fi")
    assert requirement.article("en") == "GDPR Art. 13(2)(e)"
    assert requirement.article("fi") == "Tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohta"


def test_review_page_shows_the_article_in_small_print(logged_in, user):
    notice = NoticeFactory(answers={"sources": {"items": ["data_subject"]}})
    MembershipFactory(organisation=notice.organisation, user=user)
    page = logged_in.get(reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "review"})).content.decode()
    assert "13 artiklan 2 kohdan e alakohta" in page or "GDPR Art. 13(2)(e)" in page
