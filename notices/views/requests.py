"""Four eyes: asking for a notice to be published, and approving or rejecting the
request. The request page shows the same "what changes" comparison as the publish page
(notices/changes.py through publishing.unpublished_changes)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import permissions, publishing, services, services_teams
from ..content.adequacy import adequacy_from_db
from ..content.checker import check_notice, has_errors
from ..models import Notice, PublishRequest
from .members import team_error_message
from .public import PublishForm, _changes_context, _finding


class RejectForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Why not? (sent to the person who asked)"), max_length=500, required=False, widget=forms.TextInput())


def _notice(request, pk) -> Notice:
    notice = get_object_or_404(Notice.objects.for_user(request.user).select_related("organisation"), pk=pk)
    permissions.check(request, notice.organisation)
    return notice


def _request(notice, request_pk) -> PublishRequest:
    return get_object_or_404(PublishRequest.objects.select_related("notice__organisation"), notice=notice, pk=request_pk)


def _changes(notice) -> dict:
    """What publishing the draft now would change, as the publish page shows it."""
    adequacy = adequacy_from_db()
    controller = notice.organisation.snapshot()
    answers = notice.answers if isinstance(notice.answers, dict) else {}
    findings = check_notice(answers=answers, controller=controller, adequacy=adequacy)
    language = translation.get_language() or "fi"
    latest = notice.versions.only("number", "published_at", "languages", "rendered").order_by("-number").first()
    context = {
        "latest": latest,
        "blocked": has_errors(findings),
        "errors": [_finding(notice, f, language) for f in findings if f.severity == "error"],
        "warnings": [_finding(notice, f, language) for f in findings if f.severity != "error"],
    }
    if latest is not None:
        changes = publishing.unpublished_changes(
            number=latest.number,
            published=publishing.stored_documents(languages=latest.languages, rendered=latest.rendered),
            answers=answers,
            controller=controller,
            adequacy=adequacy,
        )
        context.update(_changes_context(changes, language[:2]))
    return context


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.request_publish")
def publish_request_create(request, pk):
    notice = _notice(request, pk)
    form = PublishForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = services_teams.publish_request_create(notice=notice, by=request.user, note=form.cleaned_data["note"])
        except services.PublishRefused:
            messages.error(request, _("The notice cannot be published yet. Fix the items listed below first."))
        else:
            messages.success(request, _("Publishing was requested. The owners and publishers were told by e-mail."))
            if not services_teams.approvers(notice.organisation, excluding=request.user):
                messages.warning(request, _("Nobody else in the organisation can approve it yet: invite a publisher or an owner."))
            return redirect("notices:publish_request", pk=notice.pk, request_pk=created.pk)
    pending = notice.publish_requests.filter(status=PublishRequest.Status.PENDING).first()
    return render(request, "notices/publish_request_form.html", {"notice": notice, "form": form, "pending": pending, **_changes(notice)})


@login_required
@require_GET
@permissions.org_view("notice.view")
def publish_request(request, pk, request_pk):
    notice = _notice(request, pk)
    publish_request = _request(notice, request_pk)
    rights = permissions.Rights(request.user, notice.organisation)
    pending = publish_request.status == PublishRequest.Status.PENDING
    # Four eyes: neither the requester nor anyone who wrote the changes decides.
    own = publish_request.requested_by_id == request.user.pk or (pending and request.user.pk in services_teams.draft_authors(notice))
    context = {
        "notice": notice,
        "publish_request": publish_request,
        "pending": pending,
        "stale": pending and services_teams.publish_request_is_stale(publish_request),
        "may_decide": pending and rights.notice_approve and not own,
        "own_request": own,
        "reject_form": RejectForm(),
    }
    if pending:
        context.update(_changes(notice))
    return render(request, "notices/publish_request.html", context)


@require_POST
@login_required
@permissions.org_view("notice.approve")
def publish_request_approve(request, pk, request_pk):
    notice = _notice(request, pk)
    publish_request = _request(notice, request_pk)
    try:
        version = services_teams.publish_request_approve(request=publish_request, by=request.user)
    except services_teams.TeamError as error:
        messages.error(request, team_error_message(error.code))
    except services.PublishRefused as refused:
        if refused.reason == services.PublishRefused.UNCHANGED:
            messages.error(request, _("The notice would read exactly like the version that is public now, so there is nothing to publish."))
        else:
            messages.error(request, _("The notice cannot be published yet. Fix the items listed below first."))
    else:
        messages.success(request, _("Approved: version %(number)s is published.") % {"number": version.number})
        return redirect("notices:notice_versions", pk=notice.pk)
    return redirect("notices:publish_request", pk=notice.pk, request_pk=publish_request.pk)


@require_POST
@login_required
@permissions.org_view("notice.request_publish")
def publish_request_withdraw(request, pk, request_pk):
    notice = _notice(request, pk)
    publish_request = _request(notice, request_pk)
    try:
        services_teams.publish_request_withdraw(request=publish_request, by=request.user)
    except services_teams.TeamError as error:
        messages.error(request, team_error_message(error.code))
    else:
        messages.success(request, _("You withdrew the request."))
    return redirect("notices:publish_request", pk=notice.pk, request_pk=publish_request.pk)


@require_POST
@login_required
@permissions.org_view("notice.approve")
def publish_request_reject(request, pk, request_pk):
    notice = _notice(request, pk)
    publish_request = _request(notice, request_pk)
    form = RejectForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services_teams.publish_request_reject(request=publish_request, by=request.user, reason=reason)
    except services_teams.TeamError as error:
        messages.error(request, team_error_message(error.code))
    else:
        messages.success(request, _("The request was rejected and the person who asked was told."))
    return redirect("notices:publish_request", pk=notice.pk, request_pk=publish_request.pk)
