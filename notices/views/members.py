"""Teams: an organisation's members and invitations, its approval setting, accepting an
invitation (with or without an account), and the agency overview of every organisation
a user belongs to. Thin views over notices/services_teams.py; rights come from
notices/permissions.py (declared with org_view, checked once the organisation is loaded)."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Max
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import permissions, publishing, services_teams
from .. import status as note_status
from ..content.adequacy import adequacy_from_db
from ..forms_teams import ApprovalSettingForm, ClientOrganisationForm, InvitedSignupForm, InviteForm, RoleForm, TransferForm
from ..models import Invitation, Membership, Notice, NoticeVersion, Organisation, PublishRequest, Role, User
from .organisations import _notice_row


def team_error_message(code: str) -> str:
    texts = {
        "last_owner": _("An organisation needs at least one owner. Make someone else an owner first."),
        "already_member": _("This person is already a member of the organisation."),
        "rate_limited": _("You have sent many invitations in a short time. Try again in an hour."),
        "bad_role": _("Choose a role from the list."),
        "invalid": _("This invitation link is not valid. Check that you copied the whole link from the e-mail."),
        "used": _("This invitation has already been used. Each link works once."),
        "revoked": _("This invitation was cancelled. Ask the person who invited you for a new one."),
        "expired": _("This invitation has expired. Invitations are valid for 7 days: ask the person who invited you for a new one."),
        "wrong_account": _("This invitation was sent to a different e-mail address than the one you are logged in with."),
        "decided": _("This request has already been decided."),
        "not_yours": _("Only the person who asked can withdraw the request."),
        "author": _("You changed this draft yourself, so someone else must approve or reject it."),
        "stale": _("The draft has changed since publishing was requested. Ask for publishing again so that what is approved is what is published."),
    }
    return str(texts.get(code, code))


def _organisation(request, pk) -> Organisation:
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    permissions.check(request, organisation)
    return organisation


def _membership(organisation, member_pk) -> Membership:
    return get_object_or_404(Membership.objects.select_related("user", "organisation"), organisation=organisation, pk=member_pk)


def _members_page(request, organisation, invite_form, status=200):
    rights = permissions.Rights(request.user, organisation)
    members = list(organisation.memberships.select_related("user").order_by("created_at", "pk"))
    invitations = [i for i in organisation.invitations.filter(accepted_at=None, revoked_at=None).order_by("-created_at") if i.is_open]
    return render(
        request,
        "notices/members.html",
        {
            "organisation": organisation,
            "can": rights,
            "members": members,
            "owner_count": sum(1 for m in members if m.role == Role.OWNER),
            "invitations": invitations if rights.members_manage else [],
            "invite_form": invite_form,
            "role_choices": Role.choices,
            "transfer_form": TransferForm(),
            "my_membership": next((m for m in members if m.user_id == request.user.pk), None),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("organisation.view", post="members.manage")
def members(request, pk):
    """The people of an organisation; an owner invites from here (POST)."""
    organisation = _organisation(request, pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                invitation, _token = services_teams.invitation_create(
                    organisation=organisation,
                    email=form.cleaned_data["email"],
                    role=form.cleaned_data["role"],
                    language=form.cleaned_data["language"],
                    by=request.user,
                )
            except services_teams.TeamError as error:
                form.add_error("email", team_error_message(error.code))
            else:
                messages.success(request, _("An invitation was sent to %(email)s.") % {"email": invitation.email})
                return redirect("notices:members", pk=organisation.pk)
        return _members_page(request, organisation, form, status=400)
    return _members_page(request, organisation, form)


def _team_change(request, organisation, change, success: str):
    try:
        change()
    except services_teams.TeamError as error:
        messages.error(request, team_error_message(error.code))
    else:
        messages.success(request, success)
    # After stepping down or leaving, the members page may no longer be theirs to manage.
    if Membership.objects.filter(organisation=organisation, user=request.user).exists():
        return redirect("notices:members", pk=organisation.pk)
    return redirect("notices:dashboard")


@require_POST
@login_required
@permissions.org_view("members.manage")
def member_role(request, pk, member_pk):
    organisation = _organisation(request, pk)
    membership = _membership(organisation, member_pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, team_error_message("bad_role"))
        return redirect("notices:members", pk=organisation.pk)
    return _team_change(
        request,
        organisation,
        lambda: services_teams.member_change_role(membership=membership, role=form.cleaned_data["role"], by=request.user),
        _("The role of %(email)s was changed.") % {"email": membership.user.email},
    )


@require_POST
@login_required
@permissions.org_view("members.manage")
def member_remove(request, pk, member_pk):
    organisation = _organisation(request, pk)
    membership = _membership(organisation, member_pk)
    return _team_change(
        request,
        organisation,
        lambda: services_teams.member_remove(membership=membership, by=request.user),
        _("%(email)s was removed from the organisation.") % {"email": membership.user.email},
    )


@require_POST
@login_required
@permissions.org_view("members.manage")
def member_transfer(request, pk, member_pk):
    organisation = _organisation(request, pk)
    membership = _membership(organisation, member_pk)
    form = TransferForm(request.POST)
    new_role = form.cleaned_data["new_role"] if form.is_valid() else Role.PUBLISHER
    return _team_change(
        request,
        organisation,
        lambda: services_teams.ownership_transfer(membership=membership, by=request.user, new_role=new_role),
        _("%(email)s is now an owner.") % {"email": membership.user.email},
    )


@require_POST
@login_required
@permissions.org_view("organisation.view")
def organisation_leave(request, pk):
    organisation = _organisation(request, pk)
    membership = _membership(organisation, Membership.objects.get(organisation=organisation, user=request.user).pk)
    return _team_change(
        request,
        organisation,
        lambda: services_teams.member_remove(membership=membership, by=request.user),
        _("You left %(name)s.") % {"name": organisation.name},
    )


@require_POST
@login_required
@permissions.org_view("members.manage")
def invitation_revoke(request, pk, invitation_pk):
    organisation = _organisation(request, pk)
    invitation = get_object_or_404(Invitation, organisation=organisation, pk=invitation_pk)
    services_teams.invitation_revoke(invitation=invitation, by=request.user)
    messages.success(request, _("The invitation to %(email)s was cancelled.") % {"email": invitation.email})
    return redirect("notices:members", pk=organisation.pk)


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("organisation.settings")
def organisation_settings(request, pk):
    organisation = _organisation(request, pk)
    form = ApprovalSettingForm(request.POST or None, initial={"requires_approval": organisation.requires_approval})
    if request.method == "POST" and form.is_valid():
        services_teams.organisation_set_approval(organisation=organisation, requires_approval=form.cleaned_data["requires_approval"], by=request.user)
        messages.success(request, _("The settings were saved."))
        return redirect("notices:organisation_detail", pk=organisation.pk)
    return render(request, "notices/organisation_settings.html", {"organisation": organisation, "form": form})


# --- Accepting an invitation ------------------------------------------------------------------


@sensitive_post_parameters("password1", "password2")
@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """The link in the invitation e-mail. Logged in as the invitee: accept. Logged out:
    sign up with the invited address (or log in, if that address has an account).
    Logged in as someone else: say so, and offer to log out."""
    found = services_teams.invitation_find(token=token)
    problem = services_teams.invitation_problem(found, request.user)
    context = {"invitation": found, "problem": team_error_message(problem) if problem else "", "problem_code": problem or "", "token": token}
    if found is not None:
        context["role_label"] = Role(found.role).label if found.role in Role.values else found.role
    if problem:
        return render(request, "notices/invitation.html", context, status=200 if problem == "wrong_account" else 410)
    if request.user.is_authenticated:
        if request.method == "POST":
            try:
                membership = services_teams.invitation_accept(token=token, user=request.user)
            except services_teams.TeamError as error:
                messages.error(request, team_error_message(error.code))
                return redirect("notices:invitation", token=token)
            messages.success(request, _("Welcome to %(name)s.") % {"name": membership.organisation.name})
            return redirect("notices:organisation_detail", pk=membership.organisation_id)
        return render(request, "notices/invitation.html", context)
    # An unconfirmed sign-up proves nothing (notices.accounts): the invitation link, which
    # reached the mailbox, lets its owner choose the password instead.
    if User.objects.filter(email__iexact=found.email, is_active=True).exists():
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        context["login_url"] = reverse("login") + "?next=" + reverse("notices:invitation", kwargs={"token": token})
        return render(request, "notices/invitation.html", context)
    form = InvitedSignupForm(request.POST or None, email=found.email)
    if request.method == "POST" and form.is_valid():
        try:
            user, membership = services_teams.user_signup_invited(token=token, password=form.cleaned_data["password1"])
        except services_teams.TeamError as error:
            messages.error(request, team_error_message(error.code))
            return redirect("notices:invitation", token=token)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Seloste and to %(name)s.") % {"name": membership.organisation.name})
        return redirect("notices:organisation_detail", pk=membership.organisation_id)
    context["form"] = form
    return render(request, "notices/invitation.html", context, status=400 if form.is_bound else 200)


# --- The agency overview ----------------------------------------------------------------------

STATE_FILTERS = {
    "draft": lambda row: not row.published,
    "published": lambda row: row.published and row.unpublished_changes is False,
    "changed": lambda row: row.published and bool(row.unpublished_changes),
    "waiting": lambda row: row.pending_request is not None,
}
FINDING_FILTERS = {
    "missing": lambda row: bool(row.errors),
    "ready": lambda row: row.errors == 0,
}


@login_required
@require_GET
def overview(request):
    """Every organisation the user is a member of and each notice's state, open findings
    and last publish, in one list; filtered by state, findings and name."""
    state = request.GET.get("state", "")
    findings = request.GET.get("findings", "")
    query = (request.GET.get("q") or "").strip()
    organisations = list(Organisation.objects.for_user(request.user).order_by("name", "pk"))
    permissions.preload_roles(request.user)
    roles = request.user._seloste_roles
    notices = list(
        publishing.with_latest_version(Notice.objects.filter(organisation__in=organisations), documents=False).defer("answers").order_by("title", "pk")
    )
    by_pk = {organisation.pk: organisation for organisation in organisations}
    for notice in notices:
        notice.organisation = by_pk[notice.organisation_id]
    last_published = dict(
        NoticeVersion.objects.filter(notice__in=notices).values("notice_id").annotate(last=Max("published_at")).values_list("notice_id", "last")
    )
    pending = {
        request_.notice_id: request_ for request_ in PublishRequest.objects.filter(notice__organisation__in=organisations, status=PublishRequest.Status.PENDING)
    }
    adequacy = adequacy_from_db()
    statuses = note_status.statuses_for(notices, adequacy=adequacy)
    by_organisation: dict[int, list[Notice]] = {}
    for notice in notices:
        by_organisation.setdefault(notice.organisation_id, []).append(notice)
    items = []
    for organisation in organisations:
        rights = permissions.Rights(request.user, organisation)
        controller = organisation.snapshot()
        rows = []
        name_matches = query.lower() in organisation.name.lower()
        if query and not name_matches and not any(query.lower() in n.title.lower() for n in by_organisation.get(organisation.pk, [])):
            continue
        for notice in by_organisation.get(organisation.pk, []):
            if query and not name_matches and query.lower() not in notice.title.lower():
                continue
            row = _notice_row(notice, controller, adequacy, rights=rights, status=statuses[notice.pk])
            row.pending_request = pending.get(notice.pk)
            row.last_published_at = last_published.get(notice.pk)
            if state in STATE_FILTERS and not STATE_FILTERS[state](row):
                continue
            if findings in FINDING_FILTERS and not FINDING_FILTERS[findings](row):
                continue
            rows.append(row)
        if (state or findings) and not rows:
            continue
        role = roles.get(organisation.pk)
        items.append({"organisation": organisation, "role": Role(role).label if role in Role.values else "", "rows": rows})
    return render(
        request,
        "notices/overview.html",
        {
            "items": items,
            "state": state,
            "findings": findings,
            "q": query,
            "state_choices": [
                ("", _("Any state")),
                ("draft", _("Draft, never published")),
                ("published", _("Published, up to date")),
                ("changed", _("Unpublished changes")),
                ("waiting", _("Waiting for approval")),
            ],
            "finding_choices": [("", _("Any")), ("missing", _("Items missing")), ("ready", _("Nothing missing"))],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def client_create(request):
    """One flow for an agency: the client's organisation, and its owner invited."""
    form = ClientOrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation, invitation = services_teams.client_organisation_create(
                by=request.user, data=form.service_data, owner_email=form.cleaned_data["owner_email"], language=form.cleaned_data["owner_language"]
            )
        except services_teams.TeamError as error:
            form.add_error("owner_email", team_error_message(error.code))
        else:
            messages.success(request, _("%(name)s was added and %(email)s was invited as its owner.") % {"name": organisation.name, "email": invitation.email})
            return redirect("notices:organisation_detail", pk=organisation.pk)
    return render(request, "notices/client_form.html", {"form": form}, status=400 if form.is_bound else 200)
