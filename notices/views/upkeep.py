"""The owner's side of keeping a notice current: the review page that the yearly
reminder and the "update recommended" digest link to."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import permissions, upkeep
from ..models import Notice, UpdateAlert


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("notice.view", "notice.review")
def notice_review(request, pk):
    notice = get_object_or_404(Notice.objects.for_user(request.user).select_related("organisation"), pk=pk)
    permissions.check(request, notice.organisation)
    latest = notice.versions.only("number", "published_at", "effective_on").order_by("-number").first()
    if request.method == "POST" and latest is not None:
        if request.POST.get("action") == "refresh_services":
            # Taking the library's details into the draft edits it.
            permissions.require(request.user, "notice.edit", notice.organisation)
            if upkeep.notice_services_refresh(notice=notice, by=request.user):
                messages.success(request, _("The service library's current details are now in the draft. Check what changes, then publish."))
            return redirect("notices:notice_publish", pk=notice.pk)
        upkeep.notice_review(notice=notice, by=request.user)
        messages.success(request, _("Recorded: “%(notice)s” was reviewed and needs no changes.") % {"notice": notice.title})
        return redirect("notices:dashboard")
    language = (translation.get_language() or "fi")[:2]
    alerts = UpdateAlert.objects.filter(notice=notice, resolved_at__isnull=True).order_by("detected_at")
    return render(
        request,
        "notices/review.html",
        {
            "notice": notice,
            "latest": latest,
            "alerts": [alert.reason_in(language) for alert in alerts],
            "last_reviewed": upkeep.last_reviewed([notice.pk]).get(notice.pk),
            "services_to_refresh": upkeep.alerted_services(notice),
        },
    )
