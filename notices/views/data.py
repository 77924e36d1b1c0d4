"""The account's data: the organisation audit log, and export/import of everything."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from .. import permissions, services
from ..exports import ImportRefused
from ..limits import limit
from ..models import Membership, Organisation

# The audit actions the services record, as users read them.
ACTION_LABELS = {
    "organisation_created": _("Created the organisation"),
    "organisation_updated": _("Edited the organisation's details"),
    "notice_created": _("Created a notice"),
    "notice_step_saved": _("Saved a step of a notice"),
    "notice_updated": _("Edited a notice"),
    "notice_published": _("Published a notice"),
    "notice_deleted": _("Deleted a notice"),
    "member_added": _("Added a member"),
    "member_removed": _("Removed a member"),
    # Teams (notices/services_teams.py)
    "member_invited": _("Invited a member"),
    "invitation_revoked": _("Cancelled an invitation"),
    "member_joined": _("Joined the organisation"),
    "member_left": _("Left the organisation"),
    "member_role_changed": _("Changed a member's role"),
    "ownership_transferred": _("Handed over ownership"),
    "approval_setting_changed": _("Changed the approval setting"),
    "publish_requested": _("Asked for a notice to be published"),
    "publish_approved": _("Approved publishing a notice"),
    "publish_rejected": _("Rejected publishing a notice"),
    "publish_withdrawn": _("Withdrew a publish request"),
    "notice_reviewed": _("Reviewed a notice: nothing to change"),
    "review_reminder_sent": _("Sent the yearly review reminder"),
    "version_took_effect": _("A scheduled version took effect"),
    "notice_services_refreshed": _("Took the service library's current details into a notice"),
}
AUDIT_PAGE_SIZE = 50


def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action.replace("_", " ").capitalize()))


@login_required
@require_GET
@permissions.org_view("audit.view")
def audit_log(request, org_pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=org_pk)
    permissions.check(request, organisation)
    events = organisation.audit_events.select_related("notice").order_by("-created_at", "-pk")
    page = Paginator(events, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [{"event": event, "label": action_label(event.action)} for event in page]
    return render(request, "notices/audit_log.html", {"organisation": organisation, "page": page, "rows": rows})


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Export file (.json)"),
        help_text=_("A file downloaded from Seloste's “Download all my data”."),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        maximum = limit("SELOSTE_MAX_IMPORT_BYTES")
        if upload.size > maximum:
            message = _("The file is too large to be a Seloste export (at most %(size)d MB).")
            raise forms.ValidationError(message % {"size": maximum // (1024 * 1024)})
        try:
            return json.loads(upload.read().decode("utf-8"), parse_constant=_refuse_constant)
        except _NotANumber as error:
            raise forms.ValidationError(_("The file contains a number that is not a number (NaN or Infinity).")) from error
        except RecursionError as error:
            raise forms.ValidationError(_("The file is nested too deeply to be a Seloste export.")) from error
        except (UnicodeDecodeError, ValueError) as error:
            # ValueError: JSONDecodeError, and integers too long to read (over 4,300 digits).
            raise forms.ValidationError(_("The file is not a JSON file. Choose the .json file you downloaded from Seloste.")) from error


class _NotANumber(Exception):
    pass


def _refuse_constant(name: str):
    # json.loads turns NaN, Infinity and -Infinity (not JSON) into floats no database stores.
    raise _NotANumber(name)


def _export_page(request, form, status=200):
    can_import = not Membership.objects.filter(user=request.user).exists()
    return render(request, "notices/export.html", {"form": form, "can_import": can_import}, status=status)


@login_required
@require_GET
def export(request):
    return _export_page(request, ImportForm())


@login_required
@require_GET
def export_download(request):
    data = services.account_export(user=request.user)
    filename = f"seloste-export-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["POST"])
def account_import(request):
    form = ImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            result = services.account_import(user=request.user, data=form.cleaned_data["file"])
        except ImportRefused as refusal:
            form.add_error("file", str(refusal))
        else:
            count = len(result.organisations)
            text = ngettext("Import complete: %(count)d organisation restored.", "Import complete: %(count)d organisations restored.", count)
            messages.success(request, text % {"count": count})
            if not result.signed:
                messages.warning(
                    request,
                    _(
                        "This file was not made by this Seloste server (or was changed after it was made), so it was imported as drafts only:"
                        " no published versions and no activity log. Check the notices and publish them again."
                    ),
                )
            return redirect("notices:dashboard")
    return _export_page(request, form, status=400)
