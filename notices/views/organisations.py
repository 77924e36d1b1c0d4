"""The dashboard and the organisation pages. Every object comes through .for_user(), so
another user's organisation is a 404, never a 403 that would confirm it exists."""

import logging
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import addresses, permissions, publishing, services, services_lifecycle, upkeep
from .. import status as note_status
from ..content import catalogues, steps
from ..content import languages as notice_languages
from ..content.adequacy import adequacy_from_db
from ..forms import OrganisationForm
from ..limits import LimitReached
from ..memo import RecentlyUsed
from ..models import AuditEvent, Notice, Organisation, PdfRender, PublishRequest, UpdateAlert
from .data import action_label
from .public import embed_context

logger = logging.getLogger(__name__)


@dataclass
class NoticeRow:
    notice: Notice
    latest_version: int | None
    completed: int
    total: int
    errors: int | None
    warnings: int | None
    # Publishing now would change the public text (None: unpublished, or not known).
    unpublished_changes: bool | None
    languages: list[str]
    # What the viewing member may do (notices/permissions.py decides, the template shows).
    may_edit: bool = True
    may_publish: bool = True
    may_request: bool = False
    may_delete: bool = True
    pending_request: object = None
    last_published_at: object = None
    # Keeping it current (notices.upkeep, notices.jobs): "update recommended" reasons,
    # the latest version's PDFs not stored yet ("preparing" or "failed"), review due.
    update_reasons: list[str] = field(default_factory=list)
    pdf_state: str = ""
    review_due: bool = False
    # Steps a template prefilled that the user has not confirmed yet: they block publishing.
    suggested: int = 0
    # The stored findings (notices/status.py), both languages.
    stored_findings: list[dict] = field(default_factory=list)

    # The links, the embed code and the findings in the page's language are made when the
    # row's HTML is (a dashboard row found in the row cache needs none of them).
    @cached_property
    def findings(self) -> list[dict]:
        """What still needs doing, each linking to the wizard step that fixes it."""
        language = (get_language() or "")[:2]
        found = []
        for finding in sorted(self.stored_findings, key=lambda f: (f["severity"] != "error", _step_index(f["step"]))):
            url = reverse("notices:wizard_step", kwargs={"pk": self.notice.pk, "step": finding["step"]}) if finding["step"] in steps.STEP_KEYS else ""
            label = steps.STEP_LABELS.get(finding["step"], "")
            # A stored finding holds its message under each language code (notices/status.py).
            found.append({"severity": finding["severity"], "message": notice_languages.pick(finding, language), "url": url, "step": label})
        return found

    @cached_property
    def wizard_url(self) -> str | None:
        return reverse("notices:wizard", kwargs={"pk": self.notice.pk}) if self.may_edit else None

    @cached_property
    def public_url(self) -> str | None:
        if self.latest_version and not self.notice.withdrawn_at:
            return reverse("notices:public_notice", kwargs={"slug": addresses.current_address(self.notice)})
        return None

    @cached_property
    def publish_url(self) -> str:
        return reverse("notices:notice_publish", kwargs={"pk": self.notice.pk})

    @cached_property
    def versions_url(self) -> str:
        return reverse("notices:notice_versions", kwargs={"pk": self.notice.pk})

    @cached_property
    def preview_url(self) -> str:
        return reverse("notices:preview", kwargs={"pk": self.notice.pk})

    @cached_property
    def request_url(self) -> str:
        return reverse("notices:publish_request_create", kwargs={"pk": self.notice.pk})

    @cached_property
    def review_url(self) -> str:
        return reverse("notices:notice_review", kwargs={"pk": self.notice.pk}) if self.latest_version else ""

    @cached_property
    def embed(self) -> dict | None:
        return embed_context(self.notice, self.latest_version) if self.latest_version else None

    @property
    def published(self) -> bool:
        return self.latest_version is not None

    @property
    def can_publish(self) -> bool:
        # A published notice offers a new version only when it would say something new;
        # if the comparison failed (None), the publish page decides.
        return self.errors == 0 and self.unpublished_changes is not False

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def percent_step(self) -> int:
        # Rounded to 5 % so the bar width can come from a CSS class (no inline styles).
        return 5 * round(self.percent / 5)


def upkeep_states(notices, language: str) -> dict[int, dict]:
    """The upkeep facts of the rows, in three queries whatever their number."""
    ids = [notice.pk for notice in notices]
    states = {pk: {"update_reasons": [], "pdf_state": "", "review_due": False} for pk in ids}
    for alert in UpdateAlert.objects.filter(notice_id__in=ids, resolved_at__isnull=True).order_by("detected_at"):
        states[alert.notice_id]["update_reasons"].append(alert.reason_in(language))
    latest = {notice.pk: notice.latest_version for notice in notices}
    renders = (
        PdfRender.objects.filter(version__notice_id__in=ids)
        .exclude(status=PdfRender.Status.DONE)
        .values_list("version__notice_id", "version__number", "status")
    )
    for notice_id, number, status in renders:
        if latest.get(notice_id) == number:
            failed = status == PdfRender.Status.FAILED
            states[notice_id]["pdf_state"] = "failed" if failed or states[notice_id]["pdf_state"] == "failed" else "preparing"
    now = timezone.now()
    for notice_id, reviewed_at in upkeep.last_reviewed([pk for pk in ids if latest.get(pk)]).items():
        states[notice_id]["review_due"] = now - reviewed_at >= upkeep.REVIEW_INTERVAL
    return states


def _notice_row(
    notice: Notice, controller: dict, adequacy, rights: permissions.Rights | None = None, state: dict | None = None, status: dict | None = None
) -> NoticeRow:
    """``notice`` comes from publishing.with_latest_version(); ``status`` is its stored
    status (notices/status.py: statuses_for reads them for a whole page at once), or None
    to compute it here from ``controller`` and ``adequacy`` (read once per page, so
    completeness and changes match what publish would do). ``rights`` are the viewing
    member's in the notice's organisation."""
    if status is None:
        status = note_status.compute_status(
            answers=notice.answers,
            controller=controller,
            adequacy=adequacy,
            latest_version=notice.latest_version,
            published=publishing.latest_documents(notice) if notice.latest_version is not None else None,
        )
    # The wizard's count (review included), so "5 of 13" here is "step 5 of 13" there:
    # the review step counts as done once every answer step is and nothing blocks publishing.
    total = len(steps.STEP_KEYS)
    completed = len(set(notice.completed_steps or []) & set(steps.ANSWER_STEP_KEYS))
    errors, warnings = status.get("errors"), status.get("warnings")
    if errors == 0 and completed == len(steps.ANSWER_STEP_KEYS):
        completed = total
    return NoticeRow(
        may_edit=rights.notice_edit if rights else True,
        may_publish=rights.notice_publish if rights else True,
        may_request=rights.notice_request_publish if rights else False,
        may_delete=rights.notice_delete if rights else True,
        notice=notice,
        latest_version=notice.latest_version,
        completed=completed,
        total=total,
        errors=errors,
        warnings=warnings,
        unpublished_changes=status.get("unpublished_changes") if notice.latest_version is not None else None,
        languages=status.get("languages", []),
        stored_findings=status.get("findings") or [],
        **(state or {}),
        suggested=status.get("suggested", 0),
    )


def pending_requests(notice_ids: list[int]) -> dict:
    """{notice id: its pending publish request}, in one query."""
    return {request.notice_id: request for request in PublishRequest.objects.filter(notice__in=notice_ids, status=PublishRequest.Status.PENDING)}


def with_pending_requests(rows: list[NoticeRow]) -> list[NoticeRow]:
    """Marks the rows whose notice waits for a publish approval (one query for all)."""
    pending = pending_requests([row.notice.pk for row in rows])
    for row in rows:
        row.pending_request = pending.get(row.notice.pk)
    return rows


def _step_index(step: str) -> int:
    return steps.STEP_KEYS.index(step) if step in steps.STEP_KEYS else len(steps.STEP_KEYS)


# The dashboard's rows as HTML, by everything a row shows (_row_key): a dashboard of 300
# notices renders only the rows that changed since this process last showed them (issue
# 14: a row through the templates cost ~0.6 ms). Per process, least recently used out.
_row_html = RecentlyUsed(5000)


def _row_key(notice: Notice, *, language: str, rights: tuple, state: dict, pending) -> tuple:
    return (
        notice.pk, language, rights, notice.title, notice.withdrawn_at, notice.updated_at, notice.latest_version,
        tuple(notice.completed_steps) if isinstance(notice.completed_steps, list) else (), notice.status_key,
        tuple(state["update_reasons"]), state["pdf_state"], state["review_due"], pending.pk if pending else None,
        addresses.current_address(notice) if notice.latest_version else "",
    )  # fmt: skip


class DashboardRows(list):
    """An organisation's NoticeRows, with their HTML (``html``) in the same order."""

    html: list


@login_required
def dashboard(request):
    organisations = list(Organisation.objects.for_user(request.user).order_by("name", "pk"))
    # The stored statuses (notices/status.py), so neither the answers nor the published
    # documents are loaded: the page's queries and cost do not grow with the notices.
    notices = addresses.with_current_address(
        publishing.with_latest_version(Notice.objects.for_user(request.user), documents=False)
        .select_related("organisation")
        .defer("answers")
        .order_by("title", "pk")
    )
    adequacy = adequacy_from_db()
    statuses = note_status.statuses_for(notices, adequacy=adequacy)
    states = upkeep_states(notices, request.LANGUAGE_CODE[:2])
    pending = pending_requests([notice.pk for notice in notices])
    by_organisation: dict[int, list[Notice]] = {}
    for notice in notices:
        by_organisation.setdefault(notice.organisation_id, []).append(notice)
    rows = []
    permissions.preload_roles(request.user)
    language = get_language() or ""
    for organisation in organisations:
        controller = organisation.snapshot()
        rights = permissions.Rights(request.user, organisation)
        flags = (rights.notice_edit, rights.notice_publish, rights.notice_request_publish, rights.notice_delete)
        notice_rows = DashboardRows()
        notice_rows.html = []
        for notice in by_organisation.get(organisation.pk, []):
            row = _notice_row(notice, controller, adequacy, rights, states[notice.pk], statuses[notice.pk])
            row.pending_request = pending.get(notice.pk)
            key = _row_key(notice, language=language, rights=flags, state=states[notice.pk], pending=row.pending_request)
            notice_rows.append(row)
            notice_rows.html.append(_row_html.get_or_make(key, lambda row=row: render_to_string("notices/_notice_row.html", {"row": row})))
        rows.append(
            {
                "organisation": organisation,
                "can": rights,
                "country": catalogues.COUNTRIES.label(organisation.country, request.LANGUAGE_CODE[:2]),
                "notices": notice_rows,
                "notice_create_url": reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}) if rights.notice_create else "",
            }
        )
    return render(request, "notices/dashboard.html", {"rows": rows, "step_count": len(steps.STEP_KEYS)})


def _warn_duplicate_business_id(request, organisation) -> None:
    """One company may keep two organisations on purpose, so this warns and does not refuse."""
    duplicates = services_lifecycle.duplicate_business_ids(business_id=organisation.business_id, user=request.user, exclude_pk=organisation.pk)
    if duplicates:
        messages.warning(
            request,
            _(
                "You already have an organisation with the business ID %(business_id)s: %(names)s. "
                "If it is the same company, keep its notices in one organisation."
            )
            % {"business_id": organisation.business_id, "names": ", ".join(other.name for other in duplicates)},
        )


@login_required
def organisation_create(request):
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(by=request.user, data=form.service_data)
        except LimitReached as reached:
            form.add_error(None, str(reached))
        else:
            messages.success(request, _("The organisation %(name)s was added.") % {"name": organisation.name})
            _warn_duplicate_business_id(request, organisation)
            return redirect("notices:dashboard")
    return render(request, "notices/organisation_form.html", {"form": form, "organisation": None})


@login_required
@require_http_methods(["GET", "POST"])
@permissions.org_view("organisation.edit")
def organisation_edit(request, pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    permissions.check(request, organisation)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        # The form must not save the instance itself: the service records the change.
        fresh = Organisation.objects.get(pk=organisation.pk)
        services.organisation_update(organisation=fresh, by=request.user, data=form.service_data)
        messages.success(request, _("The details were saved."))
        _warn_duplicate_business_id(request, fresh)
        return redirect("notices:organisation_detail", pk=organisation.pk)
    return render(request, "notices/organisation_form.html", {"form": form, "organisation": organisation})


def _event_text(event: AuditEvent) -> str:
    """The audit event as a sentence in the user's language; unknown actions as they are."""
    notice = event.notice.title if event.notice else (event.detail or {}).get("title", "")
    step = (event.detail or {}).get("step", "")
    texts = {
        "organisation_created": _("Added the organisation"),
        "organisation_updated": _("Changed the organisation's details"),
        "notice_created": _("Started the notice “%(notice)s”"),
        "notice_step_saved": _("Saved “%(step)s” in “%(notice)s”"),
        "notice_published": _("Published “%(notice)s”"),
        "publish_requested": _("Asked for “%(notice)s” to be published"),
        "publish_approved": _("Approved publishing “%(notice)s”"),
        "publish_rejected": _("Rejected publishing “%(notice)s”"),
        "notice_reviewed": _("Reviewed “%(notice)s”: nothing to change"),
        "review_reminder_sent": _("Sent the yearly review reminder for “%(notice)s”"),
        "version_took_effect": _("A scheduled version of “%(notice)s” took effect"),
    }
    text = texts.get(event.action)
    if text is None:
        return action_label(event.action)
    return text % {"notice": notice, "step": steps.STEP_LABELS.get(step, step)}


@login_required
@permissions.org_view("organisation.view")
def organisation_detail(request, pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    permissions.check(request, organisation)
    language = request.LANGUAGE_CODE[:2]
    notices = list(publishing.with_latest_version(organisation.notices.all(), documents=False).defer("answers").order_by("title", "pk"))
    for notice in notices:
        notice.organisation = organisation
    controller = organisation.snapshot()
    adequacy = adequacy_from_db()
    rights = permissions.Rights(request.user, organisation)
    states = upkeep_states(notices, language)
    statuses = note_status.statuses_for(notices, adequacy=adequacy)
    return render(
        request,
        "notices/organisation_detail.html",
        {
            "organisation": organisation,
            "can": rights,
            "country": catalogues.COUNTRIES.label(organisation.country, language),
            "outside_eu": catalogues.representative_needed(organisation.country),
            "members": organisation.memberships.select_related("user").order_by("created_at"),
            "notices": with_pending_requests([_notice_row(notice, controller, adequacy, rights, states[notice.pk], statuses[notice.pk]) for notice in notices]),
            "notice_create_url": reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}) if rights.notice_create else "",
            "events": [
                {"event": event, "text": _event_text(event)}
                for event in AuditEvent.objects.filter(organisation=organisation).select_related("notice").order_by("-created_at", "-pk")[:15]
            ],
        },
    )
