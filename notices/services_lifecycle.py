"""Account lifecycle: delete a draft, withdraw a published notice, delete an organisation,
delete an account, and the duplicate business-ID warning. Same conventions as
notices/services.py (keyword-only, typed, <entity>_<action>, atomic); kept in their own
module so the write-side library and this feature can change side by side.

Immutability: a published version is never changed. Withdrawing a notice changes nothing
in its versions — it only marks the notice, and the public views answer 410 Gone. Only
deleting a whole organisation (directly, or as part of deleting the account of its last
member) removes versions, because then the controller's data must go entirely (Art. 17
for our own users); that path lifts the PostgreSQL trigger for its own transaction only
(migration 0005) and bypasses the ORM guard on purpose, in one place: _delete_versions."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from . import permissions, public_pages
from .models import AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation, PdfRender, PublishedPage, PublishRequest, User
from .services import audit_record


class LifecycleRefused(Exception):
    """The action is not allowed in the notice's or organisation's current state."""


@transaction.atomic
def notice_delete_draft(*, notice: Notice, by: User) -> None:
    """Delete a notice that was never published. A published one is withdrawn instead,
    so the versions the public has seen stay on record."""
    permissions.require(by, "notice.delete", notice.organisation)
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    if NoticeVersion.objects.filter(notice=notice).exists():
        raise LifecycleRefused("A published notice cannot be deleted; withdraw it instead.")
    audit_record(organisation=notice.organisation, actor=by, action="notice_deleted", detail={"title": notice.title})
    notice.delete()


@transaction.atomic
def notice_withdraw(*, notice: Notice, by: User) -> Notice:
    """Take a published notice off the web: its public addresses answer 410 Gone. Its
    versions stay untouched in the owner's archive and export."""
    permissions.require(by, "notice.delete", notice.organisation)
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    if not NoticeVersion.objects.filter(notice=notice).exists():
        raise LifecycleRefused("Only a published notice can be withdrawn.")
    if notice.withdrawn_at is None:
        notice.withdrawn_at = timezone.now()
        notice.save(update_fields=["withdrawn_at", "updated_at"])
        audit_record(organisation=notice.organisation, notice=notice, actor=by, action="notice_withdrawn")
    # The stored public reads have no notion of withdrawal (one lookup by key): they go.
    public_pages.published_pages_forget(notice=notice)
    return notice


@transaction.atomic
def notice_restore(*, notice: Notice, by: User) -> Notice:
    """Put a withdrawn notice back on its public addresses."""
    permissions.require(by, "notice.delete", notice.organisation)
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    if notice.withdrawn_at is not None:
        notice.withdrawn_at = None
        notice.save(update_fields=["withdrawn_at", "updated_at"])
        audit_record(organisation=notice.organisation, notice=notice, actor=by, action="notice_restored")
        public_pages.published_pages_build(notice=notice, number=PublishedPage.LATEST)
    return notice


def _delete_versions(notice_ids: list[int]) -> None:
    """The one controlled path that deletes published versions (see the module docstring)."""
    if not notice_ids:
        return
    version_ids = list(NoticeVersion.objects.filter(notice_id__in=notice_ids).values_list("pk", flat=True))
    if not version_ids:
        return
    # Rows that point at the versions go first: raw deletes skip Django's on_delete.
    PdfRender.objects.filter(version_id__in=version_ids).delete()
    PublishRequest.objects.filter(version_id__in=version_ids).update(version=None)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL seloste.allow_version_delete = 'on'")
        # Raw deletes: the models' guard refuses delete() for everyone else.
        file_table, version_table = NoticeVersionFile._meta.db_table, NoticeVersion._meta.db_table
        placeholders = ", ".join(["%s"] * len(version_ids))
        cursor.execute(f"DELETE FROM {file_table} WHERE version_id IN ({placeholders})", version_ids)  # noqa: S608
        cursor.execute(f"DELETE FROM {version_table} WHERE id IN ({placeholders})", version_ids)  # noqa: S608
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL seloste.allow_version_delete = 'off'")


def organisation_delete_confirmation(organisation: Organisation) -> str:
    """What the owner types to confirm: the organisation's name."""
    return organisation.name.strip()


@transaction.atomic
def organisation_delete(*, organisation: Organisation, by: User, confirmation: str) -> None:
    """Delete an organisation and everything in it: notices, published versions and
    PDFs, addresses, memberships and its activity log. Only its owner may, after typing
    its name."""
    permissions.require(by, "organisation.delete", organisation)
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if not Membership.objects.filter(organisation=organisation, user=by, role=Membership.Role.OWNER).exists():
        raise LifecycleRefused("Only an owner can delete the organisation.")
    if confirmation.strip() != organisation_delete_confirmation(organisation):
        raise LifecycleRefused("The confirmation does not match the organisation's name.")
    _delete_versions(list(organisation.notices.values_list("pk", flat=True)))
    organisation.delete()  # cascades to notices, addresses, memberships and audit events


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete an account (Art. 17): the organisations where the user is the only member
    go entirely; in shared organisations the user's membership goes, and what others
    keep (activity log, versions) no longer names them."""
    user = User.objects.select_for_update().get(pk=user.pk)
    email = user.email
    for organisation in Organisation.objects.filter(memberships__user=user).distinct():
        others = Membership.objects.filter(organisation=organisation).exclude(user=user)
        if not others.exists():
            _delete_versions(list(organisation.notices.values_list("pk", flat=True)))
            organisation.delete()
    # Shared organisations: the records stay (the others need them) but lose the person.
    AuditEvent.objects.filter(Q(actor=user) | Q(actor_email__iexact=email)).update(actor=None, actor_email="")
    Notice.objects.filter(created_by=user).update(created_by=None)
    Membership.objects.filter(user=user).delete()
    # Login-protection records name the person by the e-mail they typed.
    AccessAttempt.objects.filter(username__iexact=email).delete()
    AccessLog.objects.filter(username__iexact=email).delete()
    AccessFailureLog.objects.filter(username__iexact=email).delete()
    if NoticeVersion.objects.filter(published_by=user).exists():
        # Versions another member keeps point at the account (PROTECT) and are immutable,
        # so the account row stays as an empty, inactive shell: no e-mail, name or
        # password. (The version's own published_by_email is part of the published
        # record the organisation must keep for accountability, Art. 5(2).)
        user.email = f"deleted-{user.pk}@deleted.invalid"
        user.full_name = ""
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.set_unusable_password()
        user.save()
        return
    user.delete()


def duplicate_business_ids(*, business_id: str, user: User, exclude_pk: int | None = None) -> list[Organisation]:
    """The user's other organisations with the same business ID (for a warning, not a refusal:
    one company may keep separate organisations on purpose)."""
    business_id = (business_id or "").strip()
    if not business_id:
        return []
    qs = Organisation.objects.for_user(user).filter(business_id__iexact=business_id)
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    return list(qs.distinct())
