"""Scenario 2: the three shared seed notices (Inmics, Insmat, Tietokeskus) typed into the
wizard through the browser, published, and checked fact by fact on the hosted page in
Finnish and in English."""

import pytest
from playwright.sync_api import expect

from notices.content.steps import STEP_KEYS
from notices.tests.factories import UserFactory

from .helpers import create_organisation, fill_step, login, page_text, publish, save_and_continue, start_notice
from .seeds import SEEDS, catalogue_facts, form_fields

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("seed", SEEDS, ids=[seed["key"] for seed in SEEDS])
def test_seed_notice_typed_in_published_and_checked_in_both_languages(page, shots, seed):
    user = UserFactory()
    login(page, user.email, "correct horse battery staple")
    create_organisation(page, seed["organisation"])
    start_notice(page, seed["organisation"]["name"], seed["title"])

    answers = seed["answers"]
    for step, next_step in zip(STEP_KEYS, STEP_KEYS[1:], strict=False):
        fill_step(page, form_fields("contact" if step == "controller" else step, answers["contact" if step == "controller" else step]))
        save_and_continue(page, next_step)
    # Every answer is there: the completeness check finds nothing that blocks publishing.
    expect(page.locator(".wizard-findings .alert-danger")).to_have_count(0)
    shots(page, "review")

    public_url = publish(page, f"{seed['organisation']['name']}: ensimmäinen versio")
    shots(page, "versions")
    for language, index in (("fi", 0), ("en", 1)):
        page.goto(f"{public_url}?lang={language}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        text = page_text(page)
        facts = [fact[index] for fact in seed["facts"]] + catalogue_facts(answers, language)
        missing = [fact for fact in facts if fact not in text]
        assert not missing, f"{seed['key']} ({language}): the hosted page lacks {missing}"
        shots(page, f"public-{language}", full_page=False)  # the top; the page is long
