"""Teams in a real browser: an owner invites the accounting firm's accountant, who signs
up from the link in the e-mail, edits a step and asks for publishing; the owner approves
the request on its page (which shows what changes), and the notice is published."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from notices import publishing
from notices.models import Membership, NoticeVersion, PublishRequest, Role, User
from notices.tests.browser.helpers import PASSWORD, assert_accessible, fill, login, page_text
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice, publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ACCOUNTANT = "Kirjanpitaja@Tilitoimisto.example"


def test_owner_invites_an_accountant_who_edits_and_asks_and_the_owner_approves(browser, site, context, page, shots, monkeypatch, mailoutbox):
    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 test")
    owner = UserFactory(email="omistaja@kahvila.example")
    owner.set_password(PASSWORD)
    owner.save()
    notice = make_notice(owner)
    organisation = notice.organisation
    publish(notice, owner)  # version 1, before the team; the accountant's change becomes version 2

    # The owner turns on four eyes and invites the accountant as an editor.
    login(page, owner.email)
    page.goto(f"/organisations/{organisation.pk}/settings/")
    page.check("[name=requires_approval]")
    page.click("main form[method=post] button[type=submit]")
    page.goto(f"/organisations/{organisation.pk}/members/")
    fill(page, {"email": ACCOUNTANT, "role": "editor", "language": "fi"}, scope="form[method=post]:has([name=email])")
    page.click("form[method=post]:has([name=email]) button[type=submit]")
    expect(page.locator(".alert-success")).to_contain_text("kirjanpitaja@tilitoimisto.example")
    assert_accessible(page, "the members page")
    shots(page, "owner-invited")

    [invitation_mail] = mail.outbox
    assert "omistaja@kahvila.example" in invitation_mail.subject
    link = re.search(r"https?://\S+/invitations/\S+/", invitation_mail.body).group(0)

    # The accountant has no account: they sign up from the link.
    accountant_context = browser.new_context(base_url=site, locale="fi-FI", viewport={"width": 1280, "height": 900})
    accountant = accountant_context.new_page()
    accountant.goto(link)
    expect(accountant.locator(".invitation-from")).to_contain_text("omistaja@kahvila.example")
    assert_accessible(accountant, "the invitation page")
    accountant.fill("[name=password1]", PASSWORD)
    accountant.fill("[name=password2]", PASSWORD)
    accountant.click("main form[method=post] button[type=submit]")
    expect(accountant).to_have_url(re.compile(rf"/organisations/{organisation.pk}/$"))
    user = User.objects.get(email="kirjanpitaja@tilitoimisto.example")
    assert Membership.objects.get(user=user, organisation=organisation).role == Role.EDITOR

    # They edit a step of the notice.
    accountant.goto(f"/notices/{notice.pk}/wizard/rights/")
    fill(accountant, {"rights-changes_fi": "Kerromme muutoksista sähköpostilla.", "rights-changes_en": "We announce changes by e-mail."})
    accountant.click("form.wizard-form .wizard-actions button[name=action][value=continue]")
    expect(accountant).not_to_have_url(re.compile(r"/wizard/rights/$"))

    # An editor cannot publish; they ask for publishing from the organisation page.
    accountant.goto(f"/organisations/{organisation.pk}/")
    assert accountant.locator(f"a[href$='/notices/{notice.pk}/publish/']").count() == 0
    accountant.click(f"a[href$='/notices/{notice.pk}/request-publishing/']")
    accountant.fill("[name=note]", "Ensimmäinen versio")
    accountant.click("main form[method=post] button[type=submit]")
    expect(accountant.locator(".request-status")).to_contain_text("Odottaa hyväksyntää")
    shots(accountant, "accountant-requested")
    accountant_context.close()

    # The owner gets an e-mail with the request's address, sees what changes and approves.
    approval_mail = next(message for message in mail.outbox if message.to == [owner.email])
    request_link = re.search(r"https?://\S+/requests/\d+/", approval_mail.body).group(0)
    page.goto(request_link)
    expect(page.locator("#changes-heading")).to_be_visible()
    expect(page.locator(".change-list .pn-added")).to_contain_text("Kerromme muutoksista sähköpostilla.")
    assert "kirjanpitaja@tilitoimisto.example" in page_text(page)
    assert_accessible(page, "the publish request page")
    shots(page, "owner-reviews")
    page.click("form[action$='/approve/'] button[type=submit]")
    expect(page).to_have_url(re.compile(rf"/notices/{notice.pk}/versions/$"))

    version = NoticeVersion.objects.get(notice=notice, number=2)
    assert version.published_by == owner and version.note == "Ensimmäinen versio"
    assert version.answers["rights"]["changes"]["fi"] == "Kerromme muutoksista sähköpostilla."
    assert PublishRequest.objects.get().status == "approved"
    page.goto(f"/n/{notice.public_slug}/")
    expect(page.locator("body")).to_contain_text("Kerromme muutoksista sähköpostilla.")
    shots(page, "published")

    # The agency view lists the organisation with its state and last publish.
    page.goto("/overview/")
    expect(page.locator(".overview-row", has_text=organisation.name)).to_contain_text("ajan tasalla")
    assert_accessible(page, "the overview")
    shots(page, "overview")


def test_the_members_page_fits_a_phone_with_long_addresses(browser, site, shots, mailoutbox):
    from notices.services_teams import invitation_create
    from notices.tests.browser.test_public_layout import assert_fits
    from notices.tests.factories import MembershipFactory, OrganisationFactory

    owner = UserFactory(email="omistaja.jolla.on.tosi.pitka.osoite@hyvin-pitka-yrityksen-nimi.example")
    owner.set_password(PASSWORD)
    owner.save()
    organisation = OrganisationFactory()
    MembershipFactory(organisation=organisation, user=owner, role=Role.OWNER)
    MembershipFactory(organisation=organisation, user=UserFactory(email="k" * 40 + "@tilitoimisto.example"), role=Role.EDITOR)
    invitation_create(organisation=organisation, email="uusi.tyontekija.pitkalla.osoitteella@hyvin-pitka-yrityksen-nimi.example", role=Role.EDITOR, by=owner)
    phone = browser.new_context(base_url=site, locale="fi-FI", viewport={"width": 320, "height": 800})
    page = phone.new_page()
    login(page, owner.email)
    page.goto(f"/organisations/{organisation.pk}/members/")
    expect(page.locator(".member-row")).to_have_count(2)
    shots(page, "members-320")
    assert_fits(page, "the members page")
    phone.close()
