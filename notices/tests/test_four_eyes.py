"""Four eyes: an editor asks for publishing, someone else approves (which publishes) or
rejects; the request shows what changes; decisions are in the activity log and e-mailed
to the requester in their language; the approver is never the requester."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from notices import services, services_teams
from notices.models import AuditEvent, NoticeVersion, PublishRequest, Role
from notices.tests.factories import MembershipFactory, UserFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(quick_pdf):
    owner = UserFactory(email="omistaja@example.fi", language="fi")
    notice = make_notice(owner)
    organisation = notice.organisation
    organisation.requires_approval = True
    organisation.save()
    editor = MembershipFactory(organisation=organisation, role=Role.EDITOR, user=UserFactory(email="kirjanpitaja@example.fi", language="en")).user
    publisher = MembershipFactory(organisation=organisation, role=Role.PUBLISHER).user
    return {"owner": owner, "editor": editor, "publisher": publisher, "notice": notice, "organisation": organisation}


def request_url(request):
    return reverse("notices:publish_request", kwargs={"pk": request.notice_id, "request_pk": request.pk})


def test_an_owner_turns_approval_on_in_the_settings(client, team):
    organisation = team["organisation"]
    organisation.requires_approval = False
    organisation.save()
    client.force_login(team["owner"])
    client.post(reverse("notices:organisation_settings", kwargs={"pk": organisation.pk}), {"requires_approval": "on"})
    organisation.refresh_from_db()
    assert organisation.requires_approval
    assert AuditEvent.objects.filter(action="approval_setting_changed", actor=team["owner"]).exists()


def test_an_editor_requests_and_the_approvers_are_emailed(client, team, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(team["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("notices:publish_request_create", kwargs={"pk": team["notice"].pk}), {"note": "Uusi <rekisteri>"})
    request = PublishRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == request_url(request)
    assert (request.requested_by, request.status, request.note) == (team["editor"], "pending", "Uusi <rekisteri>")
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted([team["owner"].email, team["publisher"].email])
    finnish = next(mail for mail in mailoutbox if mail.to == [team["owner"].email])
    assert finnish.subject.startswith("Hyväksyttävänä:")
    assert request_url(request) in finnish.body
    assert "Uusi &lt;rekisteri&gt;" in finnish.alternatives[0][0]
    assert AuditEvent.objects.get(action="publish_requested").actor == team["editor"]


def test_the_request_page_shows_what_changes(client, team):
    publish_first_version(team)
    notice = edit_draft(team["notice"], text="Kerromme muutoksista kirjeellä.")
    request = services_teams.publish_request_create(notice=notice, by=team["editor"])
    client.force_login(team["owner"])
    html = client.get(request_url(request)).content.decode()
    assert "Kerromme muutoksista kirjeellä." in html
    assert reverse("notices:publish_request_approve", kwargs={"pk": notice.pk, "request_pk": request.pk}) in html


def publish_first_version(team):
    organisation = team["organisation"]
    organisation.requires_approval = False
    organisation.save()
    publish(team["notice"], team["owner"])
    organisation.requires_approval = True
    organisation.save()


def test_approving_publishes_and_is_recorded(client, team, mailoutbox, django_capture_on_commit_callbacks):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["editor"], note="Ensimmäinen")
    client.force_login(team["owner"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("notices:publish_request_approve", kwargs={"pk": team["notice"].pk, "request_pk": request.pk}))
    version = NoticeVersion.objects.get()
    assert (version.published_by, version.note) == (team["owner"], "Ensimmäinen")
    request.refresh_from_db()
    assert (request.status, request.decided_by, request.version) == ("approved", team["owner"], version)
    event = AuditEvent.objects.get(action="publish_approved")
    assert (event.actor, event.detail["requested_by"]) == (team["owner"], team["editor"].email)
    [mail] = mailoutbox
    assert mail.to == [team["editor"].email] and mail.subject.startswith("Published:")  # the editor reads English


def test_rejecting_is_recorded_and_tells_the_requester(client, team, mailoutbox, django_capture_on_commit_callbacks):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["editor"])
    client.force_login(team["publisher"])
    with django_capture_on_commit_callbacks(execute=True):
        url = reverse("notices:publish_request_reject", kwargs={"pk": team["notice"].pk, "request_pk": request.pk})
        client.post(url, {"reason": "Tarkista <säilytysajat>"})
    request.refresh_from_db()
    assert (request.status, request.decided_by, request.reason) == ("rejected", team["publisher"], "Tarkista <säilytysajat>")
    assert not NoticeVersion.objects.exists()
    assert AuditEvent.objects.get(action="publish_rejected").actor == team["publisher"]
    assert "Reason: Tarkista <säilytysajat>" in mailoutbox[0].body
    assert "&lt;säilytysajat&gt;" in mailoutbox[0].alternatives[0][0]


def test_the_approver_cannot_be_the_requester(client, team):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["publisher"])
    client.force_login(team["publisher"])
    html = client.get(request_url(request)).content.decode()
    assert "approve/" not in html
    assert client.post(reverse("notices:publish_request_approve", kwargs={"pk": team["notice"].pk, "request_pk": request.pk})).status_code == 403
    with pytest.raises(PermissionDenied):
        services_teams.publish_request_approve(request=request, by=team["publisher"])
    with pytest.raises(PermissionDenied):
        services.notice_publish(notice=team["notice"], by=team["publisher"], approval=request)
    assert not NoticeVersion.objects.exists()


def test_an_edit_after_the_request_cannot_be_approved(client, team):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["editor"])
    edit_draft(team["notice"], text="Jotain, mitä kukaan ei tarkistanut.")
    client.force_login(team["owner"])
    client.post(reverse("set_language"), {"language": "en"})
    html = client.get(request_url(request)).content.decode()
    assert "has changed since publishing was requested" in html
    assert "approve/" not in html
    with pytest.raises(services_teams.TeamError) as refused:
        services_teams.publish_request_approve(request=request, by=team["owner"])
    assert refused.value.code == "stale"
    assert not NoticeVersion.objects.exists()


def test_a_decided_request_cannot_be_decided_again(team):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["editor"])
    services_teams.publish_request_reject(request=request, by=team["owner"])
    with pytest.raises(services_teams.TeamError):
        services_teams.publish_request_approve(request=request, by=team["publisher"])
    assert not NoticeVersion.objects.exists()


def test_a_draft_with_errors_cannot_be_requested(team):
    notice = team["notice"]
    notice.answers = {}
    notice.save()
    with pytest.raises(services.PublishRefused):
        services_teams.publish_request_create(notice=notice, by=team["editor"])
    assert not PublishRequest.objects.exists()


def test_a_new_request_replaces_a_waiting_one(team):
    first = services_teams.publish_request_create(notice=team["notice"], by=team["editor"])
    second = services_teams.publish_request_create(notice=team["notice"], by=team["publisher"])
    first.refresh_from_db()
    assert first.status == "withdrawn" and second.status == "pending"


def test_someone_who_wrote_the_changes_cannot_approve_them(client, team):
    """A publisher who edits the draft and lets an editor ask would otherwise approve
    their own text."""
    publisher, notice = team["publisher"], team["notice"]
    services.notice_save_step(notice=notice, step="rights", data=notice.answers["rights"], by=publisher)
    request = services_teams.publish_request_create(notice=notice, by=team["editor"])
    client.force_login(publisher)
    assert "approve/" not in client.get(request_url(request)).content.decode()
    with pytest.raises(services_teams.TeamError) as refused:
        services_teams.publish_request_approve(request=request, by=publisher)
    assert refused.value.code == "author"
    # The owner, who changed nothing, approves.
    assert services_teams.publish_request_approve(request=request, by=team["owner"]).number == 1


def test_changes_published_earlier_do_not_count_against_an_approver(team):
    publisher, notice = team["publisher"], team["notice"]
    services.notice_save_step(notice=notice, step="rights", data=notice.answers["rights"], by=publisher)
    publish_first_version(team)
    edit_draft(notice)
    request = services_teams.publish_request_create(notice=notice, by=team["editor"])
    assert services_teams.publish_request_approve(request=request, by=publisher).number == 2


def test_every_step_of_the_flow_names_who_did_it(client, team):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["editor"])
    services_teams.publish_request_approve(request=request, by=team["owner"])
    events = list(AuditEvent.objects.filter(organisation=team["organisation"]))
    assert {event.action for event in events} >= {"publish_requested", "notice_published", "publish_approved"}
    assert all(event.actor_id and event.actor_email for event in events)


def test_the_versions_page_offers_a_request_to_those_who_may_not_publish(client, team):
    client.force_login(team["publisher"])  # approval is required: nobody publishes directly
    html = client.get(reverse("notices:notice_versions", kwargs={"pk": team["notice"].pk})).content.decode()
    assert reverse("notices:publish_request_create", kwargs={"pk": team["notice"].pk}) in html
    assert reverse("notices:notice_publish", kwargs={"pk": team["notice"].pk}) not in html


def test_the_requester_withdraws_and_nobody_else_can(client, team):
    request = services_teams.publish_request_create(notice=team["notice"], by=team["editor"])
    url = reverse("notices:publish_request_withdraw", kwargs={"pk": team["notice"].pk, "request_pk": request.pk})
    client.force_login(team["owner"])
    client.post(url)
    request.refresh_from_db()
    assert request.status == "pending"
    client.force_login(team["editor"])
    client.post(url)
    request.refresh_from_db()
    assert request.status == "withdrawn"
    assert AuditEvent.objects.get(action="publish_withdrawn").actor == team["editor"]
    with pytest.raises(services_teams.TeamError):
        services_teams.publish_request_approve(request=request, by=team["owner"])
