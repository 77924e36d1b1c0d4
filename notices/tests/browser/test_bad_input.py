"""Scenario 3: bad input typed in the browser — a Y-tunnus with a wrong check digit, text
longer than allowed, and HTML where plain text belongs. Each mistake is told next to its
field, in the user's language, and nothing the user typed is lost; HTML stays text."""

import pytest
from playwright.sync_api import expect

from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

from .helpers import assert_accessible, field_error, field_value, fill, login, save_and_continue, submit_expecting_errors

pytestmark = pytest.mark.browser

HTML_NAME = '<b>Kaisa</b> <script>alert("x")</script>'
HTML_EMAIL = "<img src=x onerror=alert(1)>"
LONG_TITLE = ("Pitkä otsikko " * 20).strip()  # 279 characters; a title may have 200


@pytest.fixture
def draft(db):
    user = UserFactory()
    organisation = OrganisationFactory(name="Kahvila Kaneli Oy")
    MembershipFactory(user=user, organisation=organisation)
    notice = NoticeFactory(organisation=organisation, title="Asiakasrekisteri", answers={"notice": {"languages": ["fi", "en"]}})
    return user, notice


def test_bad_input_gets_a_message_next_to_the_field_and_nothing_typed_is_lost(page, shots, draft):
    user, notice = draft
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    login(page, user.email, "correct horse battery staple")
    page.goto(f"/notices/{notice.pk}/wizard/controller/")

    # A wrong check digit, HTML in a name and in an e-mail address.
    typed = {
        "org-business_id": "0849585-4",
        "org-city": "Jyväskylä",
        "contact-name": HTML_NAME,
        "contact-email": HTML_EMAIL,
        "contact-phone": "040 123 4567",
    }
    fill(page, typed)
    submit_expecting_errors(page)
    shots(page, "controller-errors")
    # The Finnish UI says it in Finnish, above the form too.
    expect(page.locator(".alert-danger").first).to_contain_text("korjat")
    expect(field_error(page, "org-business_id")).to_contain_text("tarkistusmerkki")
    expect(page.locator("[name='org-business_id']")).to_have_attribute("aria-invalid", "true")
    expect(field_error(page, "contact-email")).to_be_visible()
    # Exactly the two bad fields are marked; everything typed is still there, HTML as text.
    expect(page.locator("form.wizard-form .invalid-feedback")).to_have_count(2)
    for name, value in typed.items():
        assert field_value(page, name) == value, name
    assert_accessible(page, "the controller step showing errors")

    fill(page, {"org-business_id": "0849585-3", "contact-email": "kaisa@kahvilakaneli.fi"})
    save_and_continue(page, "notice")
    # The HTML name was saved as text: the preview shows the characters, not markup.
    expect(page.locator("#preview")).to_contain_text(HTML_NAME)
    expect(page.locator("#preview b, #preview script")).to_have_count(0)

    # Over-long text.
    typed = {
        "notice-title_fi": LONG_TITLE,
        "notice-title_en": "Kahvila Kaneli privacy notice",
        "registers-0-name_fi": "Asiakasrekisteri <i>kursiivi</i>",
        "notice-intro_fi": "Johdanto, jossa on myös emoji ☕ ja rivinvaihto.\nToinen rivi.",
    }
    fill(page, typed)
    submit_expecting_errors(page)
    shots(page, "notice-too-long")
    expect(field_error(page, "notice-title_fi")).to_contain_text(f"{len(LONG_TITLE)}")
    expect(field_error(page, "notice-title_fi")).to_contain_text("200")
    expect(page.locator("form.wizard-form .invalid-feedback")).to_have_count(1)
    for name, value in typed.items():
        assert field_value(page, name) == value, name

    fill(page, {"notice-title_fi": "Kahvila Kanelin tietosuojaseloste"})
    save_and_continue(page, "purposes")
    page.goto(f"/notices/{notice.pk}/wizard/notice/")
    assert field_value(page, "registers-0-name_fi") == "Asiakasrekisteri <i>kursiivi</i>"
    assert field_value(page, "notice-intro_fi") == typed["notice-intro_fi"]
    expect(page.locator("#preview i")).to_have_count(0)
    assert not dialogs, f"user text ran as script: {dialogs}"
