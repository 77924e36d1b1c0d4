"""The dashboard and the organisation pages. Every object comes through .for_user(), so
another user's organisation is a 404, never a 403 that would confirm it exists."""

import logging
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import publishing, services
from .content import catalogues, checker, steps
from .content.adequacy import adequacy_from_db
from .forms import OrganisationForm
from .models import AuditEvent, Notice, Organisation
from .views_public import embed_context

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
    wizard_url: str | None
    public_url: str | None
    languages: list[str]
    publish_url: str = ""
    versions_url: str = ""
    embed: dict | None = None
    # Steps a template prefilled that the user has not confirmed yet: they block publishing.
    suggested: int = 0

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


def _languages(answers) -> list[str]:
    # Drafts are partial and may hold anything: read defensively (answers.py rules).
    part = answers.get("notice") if isinstance(answers, dict) else None
    chosen = part.get("languages") if isinstance(part, dict) else None
    if not isinstance(chosen, list):
        return []
    return [code for code in chosen if code in ("fi", "en")]


def _notice_row(notice: Notice, controller: dict, adequacy) -> NoticeRow:
    """``notice`` comes from publishing.with_latest_version(); ``adequacy`` is read once
    per page (adequacy_from_db) so completeness and changes match what publish would do."""
    total = len(steps.ANSWER_STEP_KEYS)
    completed = len(set(notice.completed_steps or []) & set(steps.ANSWER_STEP_KEYS))
    answers = notice.answers if isinstance(notice.answers, dict) else {}
    try:
        findings = checker.check_notice(answers=answers, controller=controller, adequacy=adequacy)
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = sum(1 for f in findings if f.severity == "warning")
    except Exception:
        # A checker bug on one odd draft must not take the whole dashboard down.
        logger.exception("check_notice failed for notice %s", notice.pk)
        errors = warnings = None
    unpublished_changes = None
    if notice.latest_version is not None:
        try:
            changes = publishing.unpublished_changes(
                number=notice.latest_version,
                published=publishing.latest_documents(notice),
                answers=answers,
                controller=controller,
                adequacy=adequacy,
            )
            unpublished_changes = not changes.is_empty
        except Exception:
            logger.exception("Comparing notice %s with its latest version failed", notice.pk)
    return NoticeRow(
        notice=notice,
        latest_version=notice.latest_version,
        completed=completed,
        total=total,
        errors=errors,
        warnings=warnings,
        unpublished_changes=unpublished_changes,
        wizard_url=reverse("notices:wizard", kwargs={"pk": notice.pk}),
        public_url=reverse("notices:public_notice", kwargs={"slug": notice.public_slug}) if notice.latest_version else None,
        languages=_languages(notice.answers),
        publish_url=reverse("notices:notice_publish", kwargs={"pk": notice.pk}),
        versions_url=reverse("notices:notice_versions", kwargs={"pk": notice.pk}),
        embed=embed_context(notice, notice.latest_version) if notice.latest_version else None,
        suggested=len(answers.get("suggested")) if isinstance(answers.get("suggested"), list) else 0,
    )


@login_required
def dashboard(request):
    organisations = list(Organisation.objects.for_user(request.user).order_by("name", "pk"))
    notices = publishing.with_latest_version(Notice.objects.for_user(request.user)).order_by("title", "pk")
    adequacy = adequacy_from_db()
    by_organisation: dict[int, list[Notice]] = {}
    for notice in notices:
        by_organisation.setdefault(notice.organisation_id, []).append(notice)
    rows = []
    for organisation in organisations:
        controller = organisation.snapshot()
        rows.append(
            {
                "organisation": organisation,
                "country": catalogues.COUNTRIES.label(organisation.country, request.LANGUAGE_CODE[:2]),
                "notices": [_notice_row(notice, controller, adequacy) for notice in by_organisation.get(organisation.pk, [])],
                "notice_create_url": reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}),
            }
        )
    return render(request, "notices/dashboard.html", {"rows": rows, "step_count": len(steps.ANSWER_STEP_KEYS)})


@login_required
def organisation_create(request):
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        organisation = services.organisation_create(by=request.user, data=form.service_data)
        messages.success(request, _("The organisation %(name)s was added.") % {"name": organisation.name})
        return redirect("notices:dashboard")
    return render(request, "notices/organisation_form.html", {"form": form, "organisation": None})


@login_required
def organisation_edit(request, pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        # The form must not save the instance itself: the service records the change.
        fresh = Organisation.objects.get(pk=organisation.pk)
        services.organisation_update(organisation=fresh, by=request.user, data=form.service_data)
        messages.success(request, _("The details were saved."))
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
    }
    text = texts.get(event.action)
    if text is None:
        return event.action
    return text % {"notice": notice, "step": steps.STEP_LABELS.get(step, step)}


@login_required
def organisation_detail(request, pk):
    organisation = get_object_or_404(Organisation.objects.for_user(request.user), pk=pk)
    language = request.LANGUAGE_CODE[:2]
    notices = publishing.with_latest_version(organisation.notices.all()).order_by("title", "pk")
    controller = organisation.snapshot()
    adequacy = adequacy_from_db()
    return render(
        request,
        "notices/organisation_detail.html",
        {
            "organisation": organisation,
            "country": catalogues.COUNTRIES.label(organisation.country, language),
            "outside_eu": organisation.country not in catalogues.EU_COUNTRIES,
            "members": organisation.memberships.select_related("user").order_by("created_at"),
            "notices": [_notice_row(notice, controller, adequacy) for notice in notices],
            "notice_create_url": reverse("notices:notice_create", kwargs={"org_pk": organisation.pk}),
            "events": [
                {"event": event, "text": _event_text(event)}
                for event in AuditEvent.objects.filter(organisation=organisation).select_related("notice").order_by("-created_at", "-pk")[:15]
            ],
        },
    )
