"""Accessibility: axe-core finds no serious or critical violation on the dashboard, every
wizard step (filled in, so rows and follow-up questions are on screen), the review page
and the publish page; the public notice is checked in test_journey after publishing. And
the wizard can be completed with the keyboard alone, up to a notice ready to publish."""

import re

import pytest
from playwright.sync_api import expect

from notices.content.samples import sample_answers
from notices.content.steps import STEP_KEYS
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

from .helpers import assert_accessible, current_step, login, tab_to

pytestmark = pytest.mark.browser


@pytest.fixture
def owner(db):
    user = UserFactory()
    organisation = OrganisationFactory(name="Vihreä Oksa Oy")
    MembershipFactory(user=user, organisation=organisation)
    return user, organisation


@pytest.mark.parametrize("ui_language", ["fi", "en"])
def test_dashboard_every_wizard_step_and_review_have_no_serious_violations(browser, site, shots, owner, ui_language):
    user, organisation = owner
    notice = NoticeFactory(organisation=organisation, title="Asiakasrekisteri", answers=sample_answers(), completed_steps=STEP_KEYS[:6])
    context = browser.new_context(base_url=site, locale="fi-FI" if ui_language == "fi" else "en-GB", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        login(page, user.email, "correct horse battery staple")
        expect(page.locator("html")).to_have_attribute("lang", ui_language)
        assert_accessible(page, "the dashboard")
        shots(page, "dashboard")
        # Every step in the default (Finnish) UI; in English the steps with the most
        # varied markup (rows, follow-up questions, the summary) — the markup is the same.
        steps = STEP_KEYS if ui_language == "fi" else ["purposes", "categories", "cookies", "review"]
        for step in steps:
            page.goto(f"/notices/{notice.pk}/wizard/{step}/")
            assert_accessible(page, f"wizard step {step!r}")
            if step in ("purposes", "review"):
                shots(page, f"step-{step}")
        page.goto(f"/notices/{notice.pk}/publish/")
        assert_accessible(page, "the publish page")
    finally:
        context.close()


def press_until_checked(page, name: str, value: str) -> None:
    """In a focused radio group, arrow keys move the choice (as a keyboard user does)."""
    if not page.locator(f"[name='{name}']:checked").count():
        # Nothing chosen yet: Space picks the focused option, arrows then move the choice.
        page.keyboard.press("Space")
    for _press in range(8):
        if page.locator(f"[name='{name}'][value='{value}']").is_checked():
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{name}={value} cannot be chosen with the arrow keys")


def continue_with_keyboard(page, next_step: str) -> None:
    tab_to(page, "form.wizard-form .wizard-actions button[value=continue]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/wizard/{next_step}/$"))


def test_the_wizard_can_be_completed_with_the_keyboard_alone(page, shots, owner):
    user, organisation = owner
    notice = NoticeFactory(organisation=organisation, title="Asiakasrekisteri", answers={"notice": {"languages": ["fi"]}})
    login(page, user.email, "correct horse battery staple")
    page.goto(f"/notices/{notice.pk}/wizard/controller/")
    keyboard = page.keyboard

    def type_into(name: str, text: str) -> None:
        tab_to(page, f"[name='{name}']")
        keyboard.type(text)

    def select_next(name: str, value: str) -> None:
        tab_to(page, f"[name='{name}']")
        for _press in range(20):
            if page.locator(f"[name='{name}']").input_value() == value:
                return
            keyboard.press("ArrowDown")
        raise AssertionError(f"{name}={value} cannot be chosen with the arrow keys")

    def choose(name: str, value: str) -> None:
        tab_to(page, f"[name='{name}']")
        if page.locator(f"[name='{name}'][value='{value}']").get_attribute("type") == "checkbox":
            tab_to(page, f"[name='{name}'][value='{value}']")
            keyboard.press("Space")
            expect(page.locator(f"[name='{name}'][value='{value}']")).to_be_checked()
        else:
            press_until_checked(page, name, value)

    # 1 The organisation's details are complete; name the contact person.
    type_into("contact-name", "Laura Virtanen")
    continue_with_keyboard(page, "notice")
    # 2 A register, added with the keyboard (Enter on the add button, htmx swaps the rows).
    type_into("registers-0-name_fi", "Asiakasrekisteri")
    tab_to(page, "button[value='add:registers']")
    keyboard.press("Enter")
    expect(page.locator("[name='registers-1-name_fi']")).to_be_attached()
    type_into("registers-1-name_fi", "Markkinointirekisteri")
    choose("notice-data_subjects", "customers")
    continue_with_keyboard(page, "purposes")
    # 3 A purpose and its legal basis.
    type_into("purposes-0-description_fi", "Tilausten toimittaminen")
    choose("purposes-0-legal_basis", "contract")
    continue_with_keyboard(page, "categories")
    # 4 Personal data.
    choose("categories-codes", "basic")
    choose("categories-special", "no")
    choose("categories-criminal", "no")
    continue_with_keyboard(page, "sources")
    # 5 Sources.
    choose("sources-items", "data_subject")
    choose("sources-requirement", "contractual")
    type_into("sources-consequences_fi", "Ilman tietoja emme voi toimittaa tilausta.")
    continue_with_keyboard(page, "retention")
    # 6 Retention: a statutory preset.
    type_into("retention-0-applies_to_fi", "Kirjanpitoaineisto")
    select_next("retention-0-preset", "accounting_vouchers")
    continue_with_keyboard(page, "recipients")
    # 7 No regular recipients.
    continue_with_keyboard(page, "transfers")
    # 8–11 Yes/no questions.
    choose("transfers-any", "no")
    continue_with_keyboard(page, "security")
    choose("security-measures", "access_control")
    continue_with_keyboard(page, "automated")
    choose("automated-decisions", "no")
    choose("automated-profiling", "no")
    continue_with_keyboard(page, "cookies")
    choose("cookies-used", "no")
    continue_with_keyboard(page, "rights")
    # 12 Requests go to the organisation's e-mail (prefilled).
    continue_with_keyboard(page, "review")

    assert current_step(page) == "review"
    expect(page.locator(".wizard-findings .alert-danger")).to_have_count(0)
    shots(page, "review")
    # Ready to publish: the review step's link leads to the publish form, nothing blocks it.
    tab_to(page, "form.wizard-form .wizard-actions a[href$='/publish/']")
    keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/notices/{notice.pk}/publish/$"))
    expect(page.locator("form[method=post] [name=note]")).to_be_visible()
