"""The service picker in the browser: the owner finds Mailchimp by typing, adds it with one
click, and its recipient row appears beside the row they had typed but not saved; its
transfer is saved at once. Removing it takes exactly its rows away."""

import pytest
from playwright.sync_api import expect

from notices.models import Notice
from notices.tests.factories import MembershipFactory, NoticeFactory, OrganisationFactory, UserFactory

from .helpers import assert_accessible, field_value, fill, login, row_count

pytestmark = pytest.mark.browser


@pytest.fixture
def draft(db):
    user = UserFactory()
    organisation = OrganisationFactory(name="Parturi Saksi Oy")
    MembershipFactory(user=user, organisation=organisation)
    notice = NoticeFactory(organisation=organisation, title="Asiakasrekisteri", answers={"notice": {"languages": ["fi", "en"]}})
    return user, notice


def test_a_service_is_found_added_and_removed_without_losing_the_typed_row(page, shots, draft):
    user, notice = draft
    login(page, user.email, "correct horse battery staple")
    page.goto(f"/notices/{notice.pk}/wizard/recipients/")
    fill(page, {"recipients-0-kind": "accounting", "recipients-0-name": "Tilitoimisto Numerola Oy"})

    page.fill("[data-service-search]", "mailch")
    mailchimp = page.locator("button[name=service_action][value='add:mailchimp']")
    expect(mailchimp).to_be_visible()
    expect(page.locator("button[name=service_action][value='add:paytrail']")).to_be_hidden()
    assert_accessible(page, "the service picker")
    shots(page, "search")

    mailchimp.click()
    expect(page.locator("button[name=service_action][value='remove:mailchimp']")).to_be_visible()
    assert row_count(page, "recipients") == 2
    assert field_value(page, "recipients-0-name") == "Tilitoimisto Numerola Oy"
    assert field_value(page, "recipients-1-name") == "The Rocket Science Group LLC (Mailchimp)"
    transfers = Notice.objects.get(pk=notice.pk).answers["transfers"]["items"]
    assert [(t["country"], t["safeguard"], t["service"]) for t in transfers] == [("US", "dpf", "mailchimp")]
    shots(page, "added")

    page.click("button[name=service_action][value='remove:mailchimp']")
    expect(page.locator("button[name=service_action][value='add:mailchimp']")).to_be_attached()
    assert row_count(page, "recipients") == 1
    assert field_value(page, "recipients-0-name") == "Tilitoimisto Numerola Oy"
    assert Notice.objects.get(pk=notice.pk).answers["transfers"]["items"] == []
