"""Who may do what in an organisation: the one place roles are turned into rights.

Views call ``require`` (through ``org_view``) and the services call it again with the
acting user, so a view that forgets a check still cannot change anything. The table is
the same as docs/roles.md (a test compares them). Templates never decide: views pass
``can`` (a ``Rights`` object) and templates only show or hide what it allows.

A non-member never gets here: views look organisations up through ``.for_user()``
(404, so an organisation's existence is not confirmed); a member without the right gets
PermissionDenied (403)."""

from dataclasses import dataclass
from functools import wraps

from django.core.exceptions import PermissionDenied

from .models import Membership, Organisation, Role

OWNER, EDITOR, PUBLISHER, VIEWER = Role.OWNER, Role.EDITOR, Role.PUBLISHER, Role.VIEWER
ALL = frozenset({OWNER, EDITOR, PUBLISHER, VIEWER})
WRITERS = frozenset({OWNER, EDITOR, PUBLISHER})

# permission -> the roles that have it. Keep docs/roles.md in step (test_roles checks it).
PERMISSIONS: dict[str, frozenset[str]] = {
    # Reading: drafts, previews, versions, members and the activity log.
    "organisation.view": ALL,
    "notice.view": ALL,
    "audit.view": ALL,
    # Writing drafts and the controller details the notice shows.
    "organisation.edit": WRITERS,
    "notice.create": WRITERS,
    "notice.edit": WRITERS,
    # Marking a notice as reviewed (issue 15's "reviewed" action) changes no text.
    "notice.review": WRITERS,
    "notice.request_publish": WRITERS,
    # Publishing directly. When the organisation requires approval, nobody has this:
    # a publish then happens only through an approved request.
    "notice.publish": frozenset({OWNER, PUBLISHER}),
    "notice.approve": frozenset({OWNER, PUBLISHER}),
    # Owners only: people, settings, deletion.
    "organisation.settings": frozenset({OWNER}),
    "organisation.delete": frozenset({OWNER}),
    "notice.delete": frozenset({OWNER}),
    "members.manage": frozenset({OWNER}),
}

# Rights that the organisation's four-eyes setting takes away from every role.
NEEDS_NO_APPROVAL = frozenset({"notice.publish"})


def role_of(user, organisation: Organisation) -> str | None:
    if not getattr(user, "is_authenticated", False):
        return None
    cache = getattr(user, "_seloste_roles", None)
    if cache is None:
        cache = user._seloste_roles = {}
    if organisation.pk not in cache:
        cache[organisation.pk] = Membership.objects.filter(organisation=organisation, user=user).values_list("role", flat=True).first()
    return cache[organisation.pk]


def remember_role(user, organisation: Organisation, role: str | None) -> None:
    """The user's role in ``organisation`` as the caller has just read it from their
    membership (e.g. joined to the notice it loaded): role_of then needs no query."""
    if getattr(user, "is_authenticated", False):
        cache = getattr(user, "_seloste_roles", None)
        if cache is None:
            cache = user._seloste_roles = {}
        cache[organisation.pk] = role


def preload_roles(user) -> None:
    """One query for the user's role in every organisation (for pages that list them all)."""
    if getattr(user, "is_authenticated", False):
        user._seloste_roles = dict(Membership.objects.filter(user=user).values_list("organisation_id", "role"))


def forget_roles(user) -> None:
    """Roles are remembered per user object for one request; a role change clears them."""
    if hasattr(user, "_seloste_roles"):
        del user._seloste_roles


def role_allows(role: str | None, permission: str, *, requires_approval: bool = False) -> bool:
    """The table itself, without the database: what tests and docs are checked against."""
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    if role is None:
        return False
    if requires_approval and permission in NEEDS_NO_APPROVAL:
        return False
    return role in PERMISSIONS[permission]


def can(user, permission: str, organisation: Organisation) -> bool:
    return role_allows(role_of(user, organisation), permission, requires_approval=organisation.requires_approval)


def require(user, permission: str, organisation: Organisation) -> None:
    """Raise PermissionDenied (403) unless ``user`` has ``permission`` in ``organisation``."""
    if not can(user, permission, organisation):
        raise PermissionDenied(permission)


@dataclass(frozen=True)
class Rights:
    """For templates: ``{% if can.notice_edit %}``; names are permissions with _ for ."""

    user: object
    organisation: Organisation

    def __getattr__(self, name: str) -> bool:
        permission = name.replace("_", ".", 1)
        if permission not in PERMISSIONS:
            raise AttributeError(name)
        return can(self.user, permission, self.organisation)


def org_view(get: str, post: str | None = None):
    """Declares the permission a view needs for GET and for POST (the URL walk in
    test_roles.py reads ``view.permissions``). The check itself happens where the view
    has loaded the organisation, by calling ``check(request, organisation)``."""

    def decorator(view):
        permissions = {"GET": get, "POST": post or get}

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            request.required_permission = permissions.get(request.method, get)
            return view(request, *args, **kwargs)

        wrapped.permissions = permissions
        return wrapped

    return decorator


def check(request, organisation: Organisation) -> None:
    """The check org_view declared, for the organisation the view has just loaded."""
    require(request.user, request.required_permission, organisation)


def require_publish(user, notice, approval=None) -> None:
    """Publishing directly needs notice.publish; publishing by approving a request needs
    notice.approve, a pending request for this notice, and an approver who is not the
    person who asked (four eyes)."""
    organisation = notice.organisation
    if approval is None:
        require(user, "notice.publish", organisation)
        return
    require(user, "notice.approve", organisation)
    if approval.notice_id != notice.pk or approval.status != approval.Status.PENDING:
        raise PermissionDenied("no pending request")
    if approval.requested_by_id is not None and approval.requested_by_id == getattr(user, "pk", None):
        raise PermissionDenied("the approver must be someone other than the requester")
