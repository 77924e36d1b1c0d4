"""Invitations: the link in the e-mail, with and without an account, and its edge cases
(expired, reused, cancelled, wrong account, e-mail case, address that signs up later,
rate limit); members: roles, removal, leaving, handing over ownership, the last owner."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from notices import services_teams
from notices.models import AuditEvent, Invitation, Membership, Role, User
from notices.tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "Tietosuoja-2026!"


@pytest.fixture
def owner(db):
    return UserFactory(email="omistaja@example.fi")


@pytest.fixture
def organisation(owner):
    return MembershipFactory(user=owner, role=Role.OWNER, organisation=OrganisationFactory(name="Kahvila <Ääkkönen> & Co")).organisation


def invite(organisation, owner, email="kirjanpitaja@example.fi", role=Role.EDITOR, language="fi"):
    return services_teams.invitation_create(organisation=organisation, email=email, role=role, by=owner, language=language)


def link(token):
    return reverse("notices:invitation", kwargs={"token": token})


def test_an_owner_invites_by_email_from_the_members_page(client, owner, organisation, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("notices:members", kwargs={"pk": organisation.pk}), {"email": "Kirjanpitaja@Example.FI", "role": "editor", "language": "en"}
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.invited_by) == ("kirjanpitaja@example.fi", "editor", owner)
    assert invitation.expires_at - invitation.created_at == timedelta(days=7)
    [mail] = mailoutbox
    assert mail.to == ["kirjanpitaja@example.fi"]
    # In the language chosen for someone without an account, naming who invited them.
    assert mail.subject == "omistaja@example.fi invited you to Kahvila <Ääkkönen> & Co on Seloste"
    assert "Your role: editor." in mail.body
    html = mail.alternatives[0][0]
    assert "Kahvila &lt;Ääkkönen&gt; &amp; Co" in html and "<Ääkkönen>" not in html
    assert AuditEvent.objects.filter(action="member_invited", actor=owner).exists()


def test_the_token_is_not_stored_and_the_link_is_in_the_email(owner, organisation, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation, token = invite(organisation, owner)
    assert token not in invitation.token_hash
    assert link(token) in mailoutbox[0].body
    # Finnish e-mail for a Finnish invitation
    assert "kutsui sinut" in mailoutbox[0].subject


def test_an_existing_user_gets_the_email_in_their_own_language(owner, organisation, mailoutbox, django_capture_on_commit_callbacks):
    UserFactory(email="english@example.fi", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        invite(organisation, owner, email="english@example.fi", language="fi")
    assert "invited you" in mailoutbox[0].subject


def test_signing_up_from_the_link_joins_with_the_role(client, owner, organisation):
    _invitation, token = invite(organisation, owner)
    page = client.get(link(token))
    assert page.status_code == 200
    assert "omistaja@example.fi" in page.content.decode()  # who invited
    response = client.post(link(token), {"password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 302
    user = User.objects.get(email="kirjanpitaja@example.fi")
    assert Membership.objects.get(user=user, organisation=organisation).role == Role.EDITOR
    assert user.language == "fi"
    assert client.get(reverse("notices:organisation_detail", kwargs={"pk": organisation.pk})).status_code == 200
    event = AuditEvent.objects.get(action="member_joined")
    assert (event.actor, event.detail["invited_by"]) == (user, "omistaja@example.fi")


def test_a_bad_password_on_the_signup_keeps_the_link_usable(client, owner, organisation):
    _invitation, token = invite(organisation, owner)
    response = client.post(link(token), {"password1": "123", "password2": "123"})
    assert response.status_code == 400
    assert not User.objects.filter(email="kirjanpitaja@example.fi").exists()
    assert Invitation.objects.get().is_open


def test_a_logged_in_invitee_accepts(client, owner, organisation):
    invitee = UserFactory(email="kirjanpitaja@example.fi")
    _invitation, token = invite(organisation, owner, role=Role.PUBLISHER)
    client.force_login(invitee)
    assert client.post(link(token)).status_code == 302
    assert Membership.objects.get(user=invitee, organisation=organisation).role == Role.PUBLISHER


def test_a_logged_out_invitee_with_an_account_is_asked_to_log_in(client, owner, organisation):
    UserFactory(email="kirjanpitaja@example.fi")
    _invitation, token = invite(organisation, owner)
    html = client.get(link(token)).content.decode()
    assert reverse("login") + "?next=" + link(token) in html
    assert 'name="password1"' not in html


def test_the_email_is_compared_without_case(client, owner, organisation):
    invitee = UserFactory(email="Kirjanpitaja@Example.fi")
    _invitation, token = invite(organisation, owner, email="KIRJANPITAJA@example.FI")
    client.force_login(invitee)
    assert client.post(link(token)).status_code == 302
    assert Membership.objects.filter(user=invitee, organisation=organisation).exists()


def test_an_address_that_signs_up_later_can_still_accept(client, owner, organisation):
    _invitation, token = invite(organisation, owner)
    # They signed up on their own but never followed the confirmation e-mail.
    client.post(reverse("signup"), {"email": "kirjanpitaja@example.fi", "password1": "Toinen-salasana-42", "password2": "Toinen-salasana-42"})
    user = User.objects.get(email="kirjanpitaja@example.fi")
    assert not user.is_active and not Membership.objects.filter(user=user).exists()
    # The invitation link reached their mailbox: choosing a password there accepts it.
    assert client.post(link(token), {"password1": PASSWORD, "password2": PASSWORD}).status_code == 302
    user.refresh_from_db()
    assert user.is_active and user.check_password(PASSWORD) and not user.check_password("Toinen-salasana-42")
    assert Membership.objects.get(user=user).organisation == organisation


def test_an_address_with_a_confirmed_account_logs_in_to_accept(client, owner, organisation):
    _invitation, token = invite(organisation, owner)
    user = UserFactory(email="kirjanpitaja@example.fi")
    assert client.post(link(token), {"password1": PASSWORD, "password2": PASSWORD}).status_code == 302  # to the log-in page
    assert not Membership.objects.filter(user=user).exists()
    client.force_login(user)
    assert client.post(link(token)).status_code == 302
    assert Membership.objects.get(user=user).organisation == organisation


def test_an_expired_link_is_refused(client, owner, organisation):
    invitation, token = invite(organisation, owner)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(link(token))
    assert response.status_code == 410
    assert "expired" in response.content.decode() or "vanhentunut" in response.content.decode()
    assert client.post(link(token), {"password1": PASSWORD, "password2": PASSWORD}).status_code == 410
    assert not User.objects.filter(email="kirjanpitaja@example.fi").exists()


def test_a_link_works_once(client, owner, organisation):
    _invitation, token = invite(organisation, owner)
    client.post(link(token), {"password1": PASSWORD, "password2": PASSWORD})
    client.logout()
    other = UserFactory(email="kirjanpitaja2@example.fi")
    client.force_login(other)
    assert client.post(link(token)).status_code == 410
    assert not Membership.objects.filter(user=other).exists()
    with pytest.raises(services_teams.TeamError) as refused:
        services_teams.invitation_accept(token=token, user=User.objects.get(email="kirjanpitaja@example.fi"))
    assert refused.value.code == "used"


def test_a_cancelled_or_replaced_link_is_refused(client, owner, organisation):
    first, first_token = invite(organisation, owner)
    _second, second_token = invite(organisation, owner, role=Role.VIEWER)
    assert client.get(link(first_token)).status_code == 410  # the newer invitation replaced it
    services_teams.invitation_revoke(invitation=Invitation.objects.get(token_hash=services_teams._token_hash(second_token)), by=owner)
    assert client.get(link(second_token)).status_code == 410
    assert client.get(link("made-up-token")).status_code == 410


def test_the_wrong_account_gets_a_clear_message_and_nothing_happens(client, owner, organisation):
    _invitation, token = invite(organisation, owner)
    stranger = UserFactory(email="joku@example.fi")
    client.force_login(stranger)
    client.post(reverse("set_language"), {"language": "en"})
    page = client.get(link(token)).content.decode()
    assert "sent to a different e-mail address" in page
    assert "kirjanpitaja@example.fi" in page and "joku@example.fi" in page
    client.post(link(token))
    assert not Membership.objects.filter(user=stranger).exists()
    assert Invitation.objects.get().is_open  # the right person can still use it


def test_invitations_are_rate_limited(client, owner, organisation, settings):
    settings.INVITATION_RATE_PER_HOUR = 3
    client.force_login(owner)
    url = reverse("notices:members", kwargs={"pk": organisation.pk})
    for n in range(3):
        assert client.post(url, {"email": f"p{n}@example.fi", "role": "viewer", "language": "fi"}).status_code == 302
    response = client.post(url, {"email": "p9@example.fi", "role": "viewer", "language": "fi"})
    assert response.status_code == 400
    assert "many invitations" in response.content.decode() or "useita kutsuja" in response.content.decode()
    assert Invitation.objects.count() == 3


def test_an_invitation_never_demotes_an_existing_member(owner, organisation):
    member = MembershipFactory(organisation=organisation, role=Role.PUBLISHER).user
    with pytest.raises(services_teams.TeamError):
        invite(organisation, owner, email=member.email.upper(), role=Role.VIEWER)


# --- Members ------------------------------------------------------------------------------


def test_owners_change_roles_and_remove_members(client, owner, organisation):
    member = MembershipFactory(organisation=organisation, role=Role.EDITOR)
    client.force_login(owner)
    client.post(reverse("notices:member_role", kwargs={"pk": organisation.pk, "member_pk": member.pk}), {"role": "publisher"})
    member.refresh_from_db()
    assert member.role == Role.PUBLISHER
    client.post(reverse("notices:member_remove", kwargs={"pk": organisation.pk, "member_pk": member.pk}))
    assert not Membership.objects.filter(pk=member.pk).exists()
    actions = list(AuditEvent.objects.filter(actor=owner).values_list("action", flat=True))
    assert "member_role_changed" in actions and "member_removed" in actions


def test_the_last_owner_cannot_leave_or_be_demoted(client, owner, organisation):
    mine = Membership.objects.get(user=owner)
    client.force_login(owner)
    client.post(reverse("notices:organisation_leave", kwargs={"pk": organisation.pk}))
    client.post(reverse("notices:member_role", kwargs={"pk": organisation.pk, "member_pk": mine.pk}), {"role": "viewer"})
    mine.refresh_from_db()
    assert mine.role == Role.OWNER
    with pytest.raises(services_teams.TeamError):
        services_teams.member_remove(membership=mine, by=owner)
    with pytest.raises(services_teams.TeamError):
        services_teams.member_change_role(membership=mine, role=Role.EDITOR, by=owner)


def test_handing_over_ownership(client, owner, organisation):
    successor = MembershipFactory(organisation=organisation, role=Role.EDITOR)
    client.force_login(owner)
    client.post(reverse("notices:member_transfer", kwargs={"pk": organisation.pk, "member_pk": successor.pk}), {"new_role": "viewer"})
    successor.refresh_from_db()
    assert successor.role == Role.OWNER
    assert Membership.objects.get(user=owner).role == Role.VIEWER
    # Now the former owner may leave: the organisation still has an owner.
    client.post(reverse("notices:organisation_leave", kwargs={"pk": organisation.pk}))
    assert not Membership.objects.filter(user=owner).exists()


def test_a_member_may_leave(client, organisation):
    member = MembershipFactory(organisation=organisation, role=Role.VIEWER)
    client.force_login(member.user)
    assert client.post(reverse("notices:organisation_leave", kwargs={"pk": organisation.pk})).status_code == 302
    assert not Membership.objects.filter(pk=member.pk).exists()
    assert AuditEvent.objects.get(action="member_left").actor == member.user


def test_an_agency_creates_a_client_and_invites_its_owner_in_one_flow(client, mailoutbox, django_capture_on_commit_callbacks):
    agency = UserFactory(email="toimisto@example.fi")
    client.force_login(agency)
    data = {
        "name": "Asiakas Oy", "country": "FI", "business_id": "0849585-3", "email": "info@asiakas.fi",
        "owner_email": "Asiakas@Example.fi", "owner_language": "fi",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("notices:client_create"), data)
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.organisation.name, invitation.email, invitation.role) == ("Asiakas Oy", "asiakas@example.fi", Role.OWNER)
    assert Membership.objects.get(user=agency, organisation=invitation.organisation).role == Role.OWNER
    assert mailoutbox[0].to == ["asiakas@example.fi"]


def test_a_client_flow_with_a_bad_field_creates_nothing(client):
    client.force_login(UserFactory())
    response = client.post(reverse("notices:client_create"), {"name": "Asiakas Oy", "country": "FI", "owner_email": "not-an-address"})
    assert response.status_code == 400
    assert not Invitation.objects.exists()
    assert "Asiakas Oy" in response.content.decode()  # nothing typed is lost


def test_a_mail_server_failure_keeps_the_invitation(client, owner, organisation, monkeypatch, django_capture_on_commit_callbacks):
    from django.core.mail import EmailMultiAlternatives

    def broken(self, fail_silently=False):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr(EmailMultiAlternatives, "send", broken)
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("notices:members", kwargs={"pk": organisation.pk}), {"email": "x@example.fi", "role": "viewer", "language": "fi"})
    assert response.status_code == 302
    assert Invitation.objects.get().email == "x@example.fi"


def test_sole_owned_organisations(owner, organisation):
    shared = MembershipFactory(user=owner, role=Role.OWNER).organisation
    MembershipFactory(organisation=shared, role=Role.OWNER)
    MembershipFactory(user=owner, role=Role.EDITOR)
    assert services_teams.sole_owned_organisations(owner) == [organisation]


def test_only_our_own_link_is_clickable_in_the_html_email(owner, mailoutbox, django_capture_on_commit_callbacks):
    organisation = MembershipFactory(user=owner, role=Role.OWNER, organisation=OrganisationFactory(name="https://evil.example/login")).organisation
    with django_capture_on_commit_callbacks(execute=True):
        _invitation, token = invite(organisation, owner)
    html = mailoutbox[0].alternatives[0][0]
    assert html.count("<a ") == 1
    assert f'{link(token)}">' in html
    assert "evil.example/login</a>" not in html
