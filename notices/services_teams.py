"""Write-side logic for teams: invitations, members and their roles, and publish
requests (four eyes). Same conventions as services.py: keyword-only, typed,
<entity>_<action>, atomic, and every function takes the acting user and refuses
(PermissionDenied) what notices/permissions.py does not allow them."""

import hashlib
import json
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import emails, permissions, services
from .content.adequacy import adequacy_from_db
from .content.checker import check_notice, has_errors
from .models import INVITATION_VALID_DAYS, AuditEvent, Invitation, Membership, Notice, NoticeVersion, Organisation, PublishRequest, Role, User


class TeamError(Exception):
    """A refused team change, with a ``code`` the views turn into a message."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


# --- Invitations --------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_find(*, token: str) -> Invitation | None:
    return Invitation.objects.select_related("organisation").filter(token_hash=_token_hash(token or "")).first()


def _language(value: str | None) -> str:
    codes = [code for code, _name in settings.LANGUAGES]
    return value if value in codes else codes[0]


@transaction.atomic
def invitation_create(*, organisation: Organisation, email: str, role: str, by: User, language: str | None = None) -> tuple[Invitation, str]:
    """Invite ``email`` with ``role`` and send the link. Returns the invitation and the
    link's token (which is stored only as a hash). A second invitation to the same
    address replaces the first, so only the newest link works."""
    permissions.require(by, "members.manage", organisation)
    if role not in Role.values:
        raise TeamError("bad_role")
    email = email.strip().lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise TeamError("already_member")
    # Counted in the database, not the cache: the limit must hold across processes and restarts.
    hour_ago = timezone.now() - timedelta(hours=1)
    if Invitation.objects.filter(invited_by=by, created_at__gte=hour_ago).count() >= settings.INVITATION_RATE_PER_HOUR:
        raise TeamError("rate_limited")
    invitee = User.objects.filter(email__iexact=email).first()
    Invitation.objects.filter(organisation=organisation, email__iexact=email, accepted_at=None, revoked_at=None).update(revoked_at=timezone.now())
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation = Invitation.objects.create(
        created_at=now,
        expires_at=now + timedelta(days=INVITATION_VALID_DAYS),
        organisation=organisation,
        email=email,
        role=role,
        language=_language(invitee.language if invitee else language),
        token_hash=_token_hash(token),
        invited_by=by,
        invited_by_email=by.email,
    )
    services.audit_record(organisation=organisation, actor=by, action="member_invited", detail={"email": email, "role": role})
    transaction.on_commit(lambda: emails.send_invitation(invitation=invitation, token=token))
    return invitation, token


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: User) -> None:
    permissions.require(by, "members.manage", invitation.organisation)
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        services.audit_record(organisation=invitation.organisation, actor=by, action="invitation_revoked", detail={"email": invitation.email})


def invitation_problem(invitation: Invitation | None, user=None) -> str | None:
    """Why this link cannot be used (now, by ``user``), or None when it can."""
    if invitation is None:
        return "invalid"
    if invitation.accepted_at is not None:
        return "used"
    if invitation.revoked_at is not None:
        return "revoked"
    if invitation.expires_at <= timezone.now():
        return "expired"
    if user is not None and getattr(user, "is_authenticated", False) and user.email.lower() != invitation.email.lower():
        return "wrong_account"
    return None


@transaction.atomic
def invitation_accept(*, token: str, user: User) -> Membership:
    """Join the organisation with the invited role. The link is used up; an existing
    member keeps the role they have (an invitation never demotes anyone)."""
    invitation = Invitation.objects.select_for_update().filter(token_hash=_token_hash(token or "")).first()
    problem = invitation_problem(invitation, user)
    if problem:
        raise TeamError(problem)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    membership, created = Membership.objects.get_or_create(organisation=invitation.organisation, user=user, defaults={"role": invitation.role})
    permissions.forget_roles(user)
    if created:
        services.audit_record(
            organisation=invitation.organisation,
            actor=user,
            action="member_joined",
            detail={"email": user.email, "role": invitation.role, "invited_by": invitation.invited_by_email},
        )
    return membership


@transaction.atomic
def user_signup_invited(*, token: str, password: str, full_name: str = "") -> tuple[User, Membership]:
    """Create the account the invitation was sent to and accept it, all or nothing. The
    link came to that mailbox, so the address needs no further check."""
    invitation = invitation_find(token=token)
    problem = invitation_problem(invitation)
    if problem:
        raise TeamError(problem)
    unconfirmed = User.objects.filter(email__iexact=invitation.email, is_active=False, last_login__isnull=True).first()
    if unconfirmed is not None:
        # Someone signed up with this address but never followed the e-mailed link: that
        # password proved nothing, so the one chosen here replaces it.
        unconfirmed.set_password(password)
        unconfirmed.full_name = full_name.strip() or unconfirmed.full_name
        unconfirmed.language = invitation.language
        unconfirmed.is_active = True
        unconfirmed.save(update_fields=["password", "full_name", "language", "is_active"])
        user = unconfirmed
    else:
        user = services.user_signup(email=invitation.email, password=password, full_name=full_name, language=invitation.language)
    return user, invitation_accept(token=token, user=user)


# --- Members ------------------------------------------------------------------------------


def _locked_members(organisation: Organisation) -> list[Membership]:
    # Locks every membership of the organisation: two owners demoting each other at the
    # same time must not leave it without one.
    return list(Membership.objects.select_for_update().filter(organisation=organisation).order_by("pk"))


def _owners_after(members: list[Membership], changed: Membership, new_role: str | None) -> int:
    return sum(1 for m in members if (new_role if m.pk == changed.pk else m.role) == Role.OWNER)


def sole_owned_organisations(user: User) -> list[Organisation]:
    """The organisations ``user`` is the only owner of: deleting the account (or leaving)
    would leave them without one, so that must be handed over or the organisation deleted."""
    owned = Organisation.objects.filter(memberships__user=user, memberships__role=Role.OWNER)
    return [org for org in owned.order_by("name", "pk") if org.memberships.filter(role=Role.OWNER).count() == 1]


@transaction.atomic
def member_change_role(*, membership: Membership, role: str, by: User) -> Membership:
    permissions.require(by, "members.manage", membership.organisation)
    if role not in Role.values:
        raise TeamError("bad_role")
    members = _locked_members(membership.organisation)
    membership = next(m for m in members if m.pk == membership.pk)
    if membership.role == role:
        return membership
    if _owners_after(members, membership, role) == 0:
        raise TeamError("last_owner")
    old = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    permissions.forget_roles(by)
    services.audit_record(
        organisation=membership.organisation, actor=by, action="member_role_changed", detail={"email": membership.user.email, "from": old, "to": role}
    )
    return membership


@transaction.atomic
def member_remove(*, membership: Membership, by: User) -> None:
    """An owner removes a member, or a member leaves (``by`` is the member)."""
    leaving = membership.user_id == by.pk
    if not leaving:
        permissions.require(by, "members.manage", membership.organisation)
    else:
        permissions.require(by, "organisation.view", membership.organisation)
    members = _locked_members(membership.organisation)
    membership = next(m for m in members if m.pk == membership.pk)
    if _owners_after(members, membership, None) == 0:
        raise TeamError("last_owner")
    email = membership.user.email
    membership.delete()
    permissions.forget_roles(by)
    services.audit_record(organisation=membership.organisation, actor=by, action="member_left" if leaving else "member_removed", detail={"email": email})


@transaction.atomic
def ownership_transfer(*, membership: Membership, by: User, new_role: str = Role.PUBLISHER) -> Membership:
    """Make ``membership`` an owner and step down to ``new_role``, in one step."""
    organisation = membership.organisation
    permissions.require(by, "members.manage", organisation)
    if new_role not in Role.values or membership.user_id == by.pk:
        raise TeamError("bad_role")
    members = _locked_members(organisation)
    target = next(m for m in members if m.pk == membership.pk)
    mine = next(m for m in members if m.user_id == by.pk)
    target.role = Role.OWNER
    target.save(update_fields=["role"])
    mine.role = new_role
    mine.save(update_fields=["role"])
    permissions.forget_roles(by)
    services.audit_record(organisation=organisation, actor=by, action="ownership_transferred", detail={"email": target.user.email, "own_new_role": new_role})
    return target


@transaction.atomic
def organisation_set_approval(*, organisation: Organisation, requires_approval: bool, by: User) -> Organisation:
    permissions.require(by, "organisation.settings", organisation)
    if organisation.requires_approval != requires_approval:
        organisation.requires_approval = requires_approval
        organisation.save(update_fields=["requires_approval", "updated_at"])
        services.audit_record(organisation=organisation, actor=by, action="approval_setting_changed", detail={"requires_approval": requires_approval})
    return organisation


@transaction.atomic
def client_organisation_create(*, by: User, data: dict, owner_email: str, language: str | None = None) -> tuple[Organisation, Invitation]:
    """An agency adds a client: the organisation (the agency's user becomes an owner, to
    be able to invite) and the client's owner invited, together or not at all."""
    organisation = services.organisation_create(by=by, data=data)
    permissions.forget_roles(by)
    invitation, _token = invitation_create(organisation=organisation, email=owner_email, role=Role.OWNER, by=by, language=language)
    return organisation, invitation


# --- Publish requests (four eyes) -----------------------------------------------------------


def draft_fingerprint(notice: Notice) -> str:
    """What a request is about: the answers and the controller details the notice would
    be published with. Any edit after the request changes it."""
    payload = {"answers": notice.answers or {}, "controller": notice.organisation.snapshot()}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def approvers(organisation: Organisation, *, excluding: User | None = None) -> list[User]:
    roles = [role for role in Role.values if permissions.role_allows(role, "notice.approve")]
    users = User.objects.filter(memberships__organisation=organisation, memberships__role__in=roles, is_active=True)
    if excluding is not None:
        users = users.exclude(pk=excluding.pk)
    return list(users.order_by("email"))


@transaction.atomic
def publish_request_create(*, notice: Notice, by: User, note: str = "") -> PublishRequest:
    """Ask for the draft to be published as it is now. A newer request replaces an older
    one still waiting. A draft that publishing would refuse cannot be asked for."""
    notice = Notice.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=notice.pk)
    permissions.require(by, "notice.request_publish", notice.organisation)
    findings = check_notice(answers=notice.answers or {}, controller=notice.organisation.snapshot(), adequacy=adequacy_from_db())
    if has_errors(findings):
        raise services.PublishRefused(findings)
    notice.publish_requests.filter(status=PublishRequest.Status.PENDING).update(status=PublishRequest.Status.WITHDRAWN, decided_at=timezone.now())
    request = PublishRequest.objects.create(
        notice=notice, requested_by=by, requested_by_email=by.email, note=(note or "").strip()[:500], fingerprint=draft_fingerprint(notice)
    )
    services.audit_record(organisation=notice.organisation, actor=by, action="publish_requested", notice=notice, detail={"request": request.pk})
    recipients = approvers(notice.organisation, excluding=by)
    transaction.on_commit(lambda: emails.send_approval_request(request=request, recipients=recipients))
    return request


def publish_request_is_stale(request: PublishRequest) -> bool:
    return request.fingerprint != draft_fingerprint(request.notice)


def _locked_pending(request: PublishRequest) -> PublishRequest:
    request = PublishRequest.objects.select_for_update().select_related("notice__organisation").get(pk=request.pk)
    if request.status != PublishRequest.Status.PENDING:
        raise TeamError("decided")
    return request


def draft_authors(notice: Notice) -> set[int]:
    """Who changed what the next version would say since the latest one was published:
    the notice's answers, or the organisation's details that every notice shows."""
    latest = notice.versions.order_by("-number").values_list("published_at", flat=True).first()
    events = AuditEvent.objects.filter(organisation=notice.organisation, actor__isnull=False).filter(
        Q(action="notice_step_saved", notice=notice) | Q(action="organisation_updated")
    )
    if latest is not None:
        events = events.filter(created_at__gt=latest)
    return set(events.values_list("actor_id", flat=True))


def _require_other_decider(request: PublishRequest, by: User) -> None:
    """Four eyes: the decider is neither the requester nor anyone who wrote the changes."""
    permissions.require(by, "notice.approve", request.notice.organisation)
    if request.requested_by_id == by.pk:
        raise PermissionDenied("the approver must be someone other than the requester")
    if by.pk in draft_authors(request.notice):
        raise TeamError("author")


@transaction.atomic
def publish_request_approve(*, request: PublishRequest, by: User) -> NoticeVersion:
    """Publish the draft the request was about, as ``by``; never the draft of a later edit."""
    request = _locked_pending(request)
    _require_other_decider(request, by)
    if publish_request_is_stale(request):
        raise TeamError("stale")
    version = services.notice_publish(notice=request.notice, by=by, note=request.note, approval=request)
    request.status = PublishRequest.Status.APPROVED
    request.decided_by, request.decided_by_email, request.decided_at = by, by.email, timezone.now()
    request.version = version
    request.save()
    services.audit_record(
        organisation=request.notice.organisation,
        actor=by,
        action="publish_approved",
        notice=request.notice,
        detail={"request": request.pk, "version": version.number, "requested_by": request.requested_by_email},
    )
    transaction.on_commit(lambda: emails.send_decision(request=request))
    return version


@transaction.atomic
def publish_request_withdraw(*, request: PublishRequest, by: User) -> PublishRequest:
    """The member who asked takes the request back (to edit more, say)."""
    request = _locked_pending(request)
    permissions.require(by, "notice.request_publish", request.notice.organisation)
    if request.requested_by_id != by.pk:
        raise TeamError("not_yours")
    request.status = PublishRequest.Status.WITHDRAWN
    request.decided_by, request.decided_by_email, request.decided_at = by, by.email, timezone.now()
    request.save()
    services.audit_record(organisation=request.notice.organisation, actor=by, action="publish_withdrawn", notice=request.notice, detail={"request": request.pk})
    return request


@transaction.atomic
def publish_request_reject(*, request: PublishRequest, by: User, reason: str = "") -> PublishRequest:
    request = _locked_pending(request)
    _require_other_decider(request, by)
    request.status = PublishRequest.Status.REJECTED
    request.decided_by, request.decided_by_email, request.decided_at = by, by.email, timezone.now()
    request.reason = (reason or "").strip()[:500]
    request.save()
    services.audit_record(
        organisation=request.notice.organisation,
        actor=by,
        action="publish_rejected",
        notice=request.notice,
        detail={"request": request.pk, "reason": request.reason, "requested_by": request.requested_by_email},
    )
    transaction.on_commit(lambda: emails.send_decision(request=request))
    return request
