"""Roles: every URL of the URLconf, GET and POST, as each role and as a non-member. The
expected outcome comes from the same table as docs/roles.md (notices/permissions.py):
allowed → neither 403 nor 404; a member without the right → 403; a non-member → 404.
A URL added later is walked too, and must either declare its permission
(permissions.org_view) or be listed below as needing only an account or nothing."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from notices import permissions, services, services_teams
from notices.models import AuditEvent, Invitation, Membership, Notice, NoticeVersion, Organisation, PublishRequest, Role
from notices.tests.factories import MembershipFactory, UserFactory
from notices.tests.publishing_helpers import edit_draft, make_notice, publish

pytestmark = pytest.mark.django_db

ROLES = [Role.OWNER, Role.PUBLISHER, Role.EDITOR, Role.VIEWER]
# URLs about no organisation: they need an account (or nothing) and show only the user's own.
NOT_ORGANISATION_URLS = {
    "notices:dashboard", "notices:organisation_create", "notices:export", "notices:export_download",
    "notices:account_import", "notices:overview", "notices:client_create", "notices:invitation",
    "notices:public_notice", "notices:public_notice_json", "notices:public_notice_pdf",
    "notices:public_version", "notices:public_version_json", "notices:public_version_pdf",
    "notices:public_history", "notices:public_changes", "notices:public_brand_css", "notices:public_logo",
    "notices:home", "notices:privacy", "notices:terms", "notices:sample_notice", "notices:account_delete",
    "signup", "login", "logout", "password_change", "password_change_done", "password_reset",
    "password_reset_done", "password_reset_confirm", "password_reset_complete", "set_language",
    "signup_sent", "signup_confirm", "account_unlock",
    "notices:public_version_jsonld", "notices:public_notice_jsonld", "notices:public_feed",
}  # fmt: skip


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route.startswith("admin/"):
                continue  # Django's admin has its own staff permissions
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, route, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", route, entry.callback


URLS = sorted({name: (route, callback) for name, route, callback in _walk(get_resolver().url_patterns)}.items())
ORGANISATION_URLS = [(name, route, callback) for name, (route, callback) in URLS if hasattr(callback, "permissions")]


def test_every_url_is_classified():
    unclassified = [name for name, (_route, callback) in URLS if not hasattr(callback, "permissions") and name not in NOT_ORGANISATION_URLS]
    assert unclassified == [], "declare the permission with permissions.org_view, or list the URL as needing no organisation"
    assert len(ORGANISATION_URLS) >= 20


def test_the_documented_table_is_the_table_in_force():
    text = (Path(settings.BASE_DIR) / "docs" / "roles.md").read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.startswith("| permission |"))
    columns = [cell.strip() for cell in header.strip("|").split("|")][1:5]
    documented = {}
    for line in text.splitlines():
        match = re.match(r"\| `([a-z_.]+)` \|", line)
        if match:
            cells = [cell.strip() for cell in line.strip("|").split("|")][1:5]
            documented[match.group(1)] = {role for role, cell in zip(columns, cells, strict=True) if cell == "✓"}
    assert documented == {name: set(roles) for name, roles in permissions.PERMISSIONS.items()}


class World:
    """One organisation with a publishable draft, a member of every role, a member to act
    on, an open invitation and a publish request by someone else; plus an outsider."""

    def __init__(self, *, requires_approval=False):
        self.owner = UserFactory()
        self.notice = make_notice(self.owner)
        self.organisation = self.notice.organisation
        # A first version, so version pages have something to show; the draft then
        # changes again, so there is something to request and to publish.
        publish(self.notice, self.owner)
        edit_draft(self.notice)
        self.organisation.requires_approval = requires_approval
        self.organisation.save()
        self.members = {Role.OWNER: self.owner}
        for role in (Role.PUBLISHER, Role.EDITOR, Role.VIEWER):
            self.members[role] = MembershipFactory(organisation=self.organisation, role=role).user
        self.target = MembershipFactory(organisation=self.organisation, role=Role.EDITOR)
        requester = MembershipFactory(organisation=self.organisation, role=Role.EDITOR).user
        self.request = services_teams.publish_request_create(notice=self.notice, by=requester)
        self.invitation, _token = services_teams.invitation_create(organisation=self.organisation, email="new@example.fi", role=Role.VIEWER, by=self.owner)
        self.outsider = MembershipFactory(role=Role.OWNER).user  # owns another organisation

    def url(self, name, route):
        values = {
            "pk": self.organisation.pk if route.startswith("organisations/") else self.notice.pk,
            "org_pk": self.organisation.pk,
            "member_pk": self.target.pk,
            "invitation_pk": self.invitation.pk,
            "request_pk": self.request.pk,
            "step": "controller",
            "number": 1,
            "lang": "fi",
            "uidb64": "MQ",
            "token": "not-a-token",
        }
        wanted = re.findall(r"<(?:\w+:)?(\w+)>", route)
        return reverse(name, kwargs={key: values[key] for key in wanted})

    def state(self):
        """Everything a request could change."""
        notice = Notice.objects.get(pk=self.notice.pk)
        organisation = Organisation.objects.get(pk=self.organisation.pk)
        return {
            "events": AuditEvent.objects.count(),
            "versions": NoticeVersion.objects.count(),
            "memberships": sorted(Membership.objects.values_list("pk", "role")),
            "invitations": sorted(Invitation.objects.values_list("pk", "revoked_at", "accepted_at")),
            "requests": sorted(PublishRequest.objects.values_list("pk", "status")),
            "notices": Notice.objects.count(),
            "answers": notice.answers,
            "organisation": organisation.snapshot(),
            "approval": organisation.requires_approval,
        }


@pytest.fixture
def world(quick_pdf, mailoutbox):
    return World()


CASES = [(name, route, method) for name, route, _callback in ORGANISATION_URLS for method in ("GET", "POST")]


def _request(client, method, url):
    return client.get(url) if method == "GET" else client.post(url, {})


@pytest.mark.parametrize("who", [*ROLES, "non-member"])
@pytest.mark.parametrize(("name", "route", "method"), CASES, ids=[f"{name}-{method}" for name, _r, method in CASES])
def test_every_organisation_url_as_every_role(client, world, who, name, route, method):
    callback = dict(URLS)[name][1]
    permission = callback.permissions[method]
    url = world.url(name, route)
    client.force_login(world.outsider if who == "non-member" else world.members[who])
    status = _request(client, method, url).status_code
    if status == 405:
        # The view does not take this method at all; the same for everyone, owner included.
        owner = type(client)()
        owner.force_login(world.owner)
        assert _request(owner, method, url).status_code == 405
        return
    if who == "non-member":
        assert status == 404
    elif permissions.role_allows(who, permission):
        assert status not in (403, 404), f"{who} may {permission}"
        assert status < 500
    else:
        assert status == 403, f"{who} may not {permission}"


@pytest.mark.parametrize("name", sorted(NOT_ORGANISATION_URLS - {"password_reset_confirm", "logout", "set_language"}))
def test_urls_without_an_organisation_serve_a_member_without_error(client, world, name):
    route = dict(URLS)[name][0]
    samples = {"slug": "no-such-notice", "lang": "fi", "number": 1, "token": "no-such-token", "uidb64": "MQ"}
    kwargs = {key: samples[key] for key in re.findall(r"<(?:\w+:)?(\w+)>", route)}
    client.force_login(world.members[Role.VIEWER])
    assert client.get(reverse(name, kwargs=kwargs)).status_code < 500


def test_a_viewer_never_changes_anything(client, world):
    client.force_login(world.members[Role.VIEWER])
    before = world.state()
    for name, route, _callback in ORGANISATION_URLS:
        if name == "notices:organisation_leave":
            continue  # leaving is the one change a viewer may make (their own membership)
        client.post(world.url(name, route), {"role": Role.OWNER, "requires_approval": "on", "note": "x", "email": "x@example.fi", "name": "Hacked Oy"})
    assert world.state() == before


def test_an_editor_never_publishes_when_approval_is_required(client, quick_pdf, mailoutbox):
    world = World(requires_approval=True)
    editor = world.members[Role.EDITOR]
    client.force_login(editor)
    for name, route, _callback in ORGANISATION_URLS:
        if name != "notices:organisation_leave":
            client.post(world.url(name, route), {"note": "x"})
    assert NoticeVersion.objects.count() == 1  # only the first version World made
    # Not even by approving their own request.
    own = services_teams.publish_request_create(notice=world.notice, by=editor)
    assert client.post(reverse("notices:publish_request_approve", kwargs={"pk": world.notice.pk, "request_pk": own.pk})).status_code == 403
    with pytest.raises(PermissionDenied):
        services.notice_publish(notice=world.notice, by=editor)
    assert NoticeVersion.objects.count() == 1


def test_when_approval_is_required_nobody_publishes_directly(client, quick_pdf, mailoutbox):
    world = World(requires_approval=True)
    for role in (Role.OWNER, Role.PUBLISHER):
        client.force_login(world.members[role])
        assert client.post(reverse("notices:notice_publish", kwargs={"pk": world.notice.pk}), {"note": "x"}).status_code == 403
    assert NoticeVersion.objects.count() == 1


# --- The services refuse on their own ---------------------------------------------------------


def test_services_refuse_a_viewer(world):
    viewer = world.members[Role.VIEWER]
    refused = [
        lambda: services.organisation_update(organisation=world.organisation, by=viewer, data={"name": "Hacked Oy"}),
        lambda: services.notice_create(organisation=world.organisation, title="x", by=viewer),
        lambda: services.notice_save_step(notice=world.notice, step="rights", data={}, by=viewer),
        lambda: services.notice_publish(notice=world.notice, by=viewer),
        lambda: services_teams.invitation_create(organisation=world.organisation, email="a@example.fi", role=Role.OWNER, by=viewer),
        lambda: services_teams.member_change_role(membership=Membership.objects.get(user=viewer), role=Role.OWNER, by=viewer),
        lambda: services_teams.member_remove(membership=world.target, by=viewer),
        lambda: services_teams.ownership_transfer(membership=world.target, by=viewer),
        lambda: services_teams.organisation_set_approval(organisation=world.organisation, requires_approval=True, by=viewer),
        lambda: services_teams.publish_request_create(notice=world.notice, by=viewer),
        lambda: services_teams.publish_request_approve(request=world.request, by=viewer),
        lambda: services_teams.publish_request_reject(request=world.request, by=viewer),
    ]
    before = world.state()
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()
    assert world.state() == before


def test_services_refuse_a_non_member(world):
    with pytest.raises(PermissionDenied):
        services.notice_save_step(notice=world.notice, step="rights", data={}, by=world.outsider)
    with pytest.raises(PermissionDenied):
        services.notice_publish(notice=world.notice, by=world.outsider)


def test_a_publisher_publishes_directly_when_no_approval_is_required(world):
    version = services.notice_publish(notice=world.notice, by=world.members[Role.PUBLISHER])
    assert version.number == 2


def test_templates_offer_only_what_the_role_may_do(client, world):
    client.force_login(world.members[Role.VIEWER])
    html = client.get(reverse("notices:organisation_detail", kwargs={"pk": world.organisation.pk})).content.decode()
    assert reverse("notices:organisation_edit", kwargs={"pk": world.organisation.pk}) not in html
    assert reverse("notices:wizard", kwargs={"pk": world.notice.pk}) not in html
    assert reverse("notices:preview", kwargs={"pk": world.notice.pk}) in html
    client.force_login(world.members[Role.EDITOR])
    html = client.get(reverse("notices:organisation_detail", kwargs={"pk": world.organisation.pk})).content.decode()
    assert reverse("notices:wizard", kwargs={"pk": world.notice.pk}) in html
    assert reverse("notices:notice_publish", kwargs={"pk": world.notice.pk}) not in html
