"""Never lose typing: the preview follows what is typed (nothing saved), and leaving a step
with unsaved changes through the sidebar asks first."""

import re

import pytest
from playwright.sync_api import expect

from notices.content.samples import sample_answers
from notices.content.steps import STEP_KEYS
from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

from .helpers import assert_accessible, login

pytestmark = pytest.mark.browser


@pytest.fixture
def notice(db):
    user = UserFactory()
    organisation = OrganisationFactory(name="Vihreä Oksa Oy")
    MembershipFactory(user=user, organisation=organisation)
    return user, NoticeFactory(organisation=organisation, title="Asiakasrekisteri", answers=sample_answers(), completed_steps=STEP_KEYS[:-1])


def test_live_preview_and_the_unsaved_changes_guard(page, shots, notice):
    user, draft = notice
    login(page, user.email, "correct horse battery staple")
    page.goto(f"/notices/{draft.pk}/wizard/rights/")
    field = page.locator("[name='rights-changes_fi']")
    field.fill("Ilmoitamme muutoksista kirjeellä.")
    # The preview follows the typing, and nothing is saved.
    expect(page.locator("#preview")).to_contain_text("Ilmoitamme muutoksista kirjeellä.")
    assert "kirjeellä" not in str(Notice.objects.get(pk=draft.pk).answers["rights"])

    # Wider preview, and still accessible.
    page.locator("[data-preview-expand]").click()
    expect(page.locator("#wizard")).to_have_class(re.compile(r"wizard-preview-wide"))
    assert_accessible(page, "the wizard with the wider preview")
    shots(page, "wide-preview", full_page=False)

    # Leaving through the sidebar asks; dismissing keeps the step and the typing.
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.locator("[data-preview-expand]").click()  # back to the sidebar layout
    sidebar_link = page.locator(".col-xl-2 .wizard-steps a[href$='/wizard/security/']")
    expect(sidebar_link).to_be_visible()
    page.once("dialog", dismiss)
    sidebar_link.click()
    expect(page).to_have_url(re.compile(r"/wizard/rights/$"))
    assert dialogs and "tallentamattomia" in dialogs[0]
    expect(field).to_have_value("Ilmoitamme muutoksista kirjeellä.")

    # Accepting leaves without saving.
    page.once("dialog", lambda dialog: dialog.accept())
    sidebar_link.click()
    expect(page).to_have_url(re.compile(r"/wizard/security/$"))
    assert "kirjeellä" not in str(Notice.objects.get(pk=draft.pk).answers["rights"])

    # Saving a step is not "leaving": no question asked.
    page.locator("[name='security-other_fi']").fill("Lukitut tilat")
    page.on("dialog", lambda dialog: pytest.fail(f"unexpected dialog: {dialog.message}"))
    page.locator("form.wizard-form button[value='continue'].btn-primary").click()
    expect(page).to_have_url(re.compile(r"/wizard/automated/$"))
