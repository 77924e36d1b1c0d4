"""Keeping published notices current, run off the request path: "update recommended"
alerts when something a notice depends on changes, the owners' e-mail digest of them,
the yearly review reminder, and scheduled versions taking effect.

Everything periodic is called from one management command (`manage.py upkeep`, README
"Production"); changes staff make (the adequacy list, the service library) start a
recheck as a background task. Write-side functions: keyword-only, typed, <entity>_<action>.

An alert is computed, never guessed: the latest version's own answers are rendered again
with today's catalogues and wording, compared with what was published (the comparison the
dashboard's "unpublished changes" uses), and checked with today's completeness rules."""

import copy
import hashlib
import logging
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import permissions, publishing
from .content.adequacy import adequacy_from_db
from .content.checker import check_notice
from .models import AuditEvent, Membership, Notice, NoticeVersion, UpdateAlert, UpkeepState, User

logger = logging.getLogger(__name__)

# Every interface language: alert reasons are stored in each, e-mails go out in the user's.
UI_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
REVIEW_INTERVAL = timedelta(days=365)


# --- Update alerts ----------------------------------------------------------------------------

# What each kind of change is, in plain words; the caller adds what exactly changed.
# Alerts store the reason in every UI language (_in_each), so each owner reads their own.
KIND_REASONS = {
    UpdateAlert.Kind.ADEQUACY: gettext_lazy("The EU's list of countries whose data protection is found adequate has changed."),
    UpdateAlert.Kind.SERVICE: gettext_lazy("The service library's details of a service the notice names have changed."),
    UpdateAlert.Kind.WORDING: gettext_lazy("Seloste's notice wording has been updated."),
    UpdateAlert.Kind.RULE: gettext_lazy("The rules of the notice check have changed."),
}


def _in_each(make) -> dict[str, str]:
    """{language: make()} evaluated in each UI language (make uses gettext)."""
    texts = {}
    for ui in UI_LANGUAGES:
        with translation.override(ui):
            texts[ui] = str(make())
    return texts


def _latest_versions():
    """The latest version of every notice that has one (one query)."""
    latest = NoticeVersion.objects.values("notice_id").annotate(latest=Max("number"))
    numbers = {row["notice_id"]: row["latest"] for row in latest}
    versions = NoticeVersion.objects.filter(notice_id__in=numbers).select_related("notice").only(
        "id", "notice_id", "number", "languages", "answers", "controller", "rendered", "notice__id", "notice__title", "notice__organisation_id"
    )
    return [version for version in versions if numbers.get(version.notice_id) == version.number]


def notice_differences(*, version: NoticeVersion, adequacy, answers: dict | None = None) -> dict[str, list[str]]:
    """What rendering ``version``'s answers (or ``answers``, the same brought up to date)
    again would change, and what the check now says about them, per UI language:
    {"fi": [lines], "en": [lines]} (empty: nothing)."""
    if answers is None:
        answers = version.answers if isinstance(version.answers, dict) else {}
    controller = version.controller if isinstance(version.controller, dict) else {}
    changes = publishing.unpublished_changes(
        number=version.number,
        published=publishing.stored_documents(languages=version.languages, rendered=version.rendered),
        answers=answers,
        controller=controller,
        adequacy=adequacy,
    )
    findings = [finding for finding in check_notice(answers=answers, controller=controller, adequacy=adequacy) if finding.severity == "error"]
    lines = {}
    for ui in UI_LANGUAGES:
        parts = []
        with translation.override(ui):
            if not changes.is_empty:
                _shown_language, shown = changes.shown(ui)
                headings = [section.heading for section in (shown.sections if shown else [])]
                if shown and shown.title_changed:
                    headings.insert(0, shown.title_after)
                if headings:
                    parts.append(_("Published again, these parts would read differently: %(sections)s.") % {"sections": ", ".join(headings)})
                else:
                    parts.append(_("Published again, the notice would read differently."))
            if findings:
                parts.append(_("The check now points out: %(findings)s") % {"findings": " ".join(finding.message(ui) for finding in findings)})
        lines[ui] = parts
    return lines if any(lines.values()) else {}


def published_notices_recheck(*, kind: str, reason: dict | None = None, notice_ids=None, refresh=None) -> list[UpdateAlert]:
    """The hook every change calls: mark "update recommended" on exactly the published
    notices whose latest version would now read differently (or fail the check), with
    the reason in plain words; clear this kind's open alerts where nothing differs any
    more (e.g. a change undone). ``reason`` ({"fi", "en"}) says what changed; ``notice_ids``
    limits the recheck (e.g. to notices naming a service), None rechecks all. ``refresh``
    (answers → answers) brings facts that were copied into the answers up to date first,
    e.g. a library service's rows; without it the answers are rendered as published."""
    reason = reason or {}
    kind_reason = _in_each(lambda: KIND_REASONS[kind])
    adequacy = adequacy_from_db()
    now = timezone.now()
    alerts = []
    for version in _latest_versions():
        if notice_ids is not None and version.notice_id not in notice_ids:
            continue
        try:
            answers = refresh(copy.deepcopy(version.answers)) if refresh else None
            differences = notice_differences(version=version, adequacy=adequacy, answers=answers)
        except Exception:
            # One odd old version must not stop the others from being checked.
            logger.exception("Rechecking notice %s failed", version.notice_id)
            continue
        open_alerts = UpdateAlert.objects.filter(notice_id=version.notice_id, kind=kind, resolved_at__isnull=True)
        if not differences:
            open_alerts.update(resolved_at=now)
            continue
        text = {
            ui: " ".join(part for part in [reason.get(ui) or kind_reason[ui], *differences[ui]] if part) for ui in UI_LANGUAGES
        }
        if reason.get("service"):
            text["service"] = reason["service"]  # lets the owner take the new facts into the draft
        # One alert per change: the digest then lists every change once, and a recheck
        # that finds what it found before adds nothing.
        alert = open_alerts.filter(version_number=version.number, reason=text).first()
        if alert is None:
            alert = UpdateAlert.objects.create(notice_id=version.notice_id, version_number=version.number, kind=kind, reason=text)
        alerts.append(alert)
    return alerts


def published_notices_recheck_later(*, kind: str, reason: dict | None = None) -> None:
    """Start the recheck as a background task once the change that calls it commits."""
    from .tasks import recheck_published_notices

    transaction.on_commit(lambda: recheck_published_notices.enqueue(kind, reason or {}), robust=True)


def service_entry_changed_later(*, code: str) -> None:
    """Recheck the notices using a library service as a background task, after commit."""
    from .tasks import recheck_service

    transaction.on_commit(lambda: recheck_service.enqueue(code), robust=True)


def adequacy_changed(*, country: str, active: bool | None) -> None:
    """The adequacy list changed (admin): recheck every published notice."""
    from .content import catalogues

    def make():
        name = catalogues.COUNTRIES.label(country, translation.get_language())
        if active is None:
            what = _("The change concerns %(country)s.")
        elif active:
            what = _("%(country)s is on the list.")
        else:
            what = _("%(country)s is no longer on the list.")
        return f"{KIND_REASONS[UpdateAlert.Kind.ADEQUACY]} {what % {'country': name}}"

    reason = _in_each(make)
    published_notices_recheck_later(kind=UpdateAlert.Kind.ADEQUACY, reason=reason)


def service_entry_changed(*, code: str) -> list[UpdateAlert]:
    """A service-library entry changed (admin). The library's facts were copied into the
    answers when the service was chosen, so each published notice that uses it is
    rendered with that service's rows made again from today's entry, and compared with
    what was published: a notice is marked only when its text would really change."""
    from .content import service_library

    service = service_library.library_from_db().get(code)
    if service is None:
        return []  # no longer offered: notices that chose it keep what they published
    notice_ids = {version.notice_id for version in _latest_versions() if code in service_library.chosen_services(version.answers)}
    if not notice_ids:
        return []
    reason = _in_each(lambda: _("The service library's details of %(service)s have changed.") % {"service": service.name})
    reason["service"] = code
    return published_notices_recheck(
        kind=UpdateAlert.Kind.SERVICE, reason=reason, notice_ids=notice_ids, refresh=lambda answers: service_rows_refresh(answers, service)
    )


def alerted_services(notice: Notice) -> list[str]:
    """The library services whose change an open alert of ``notice`` reports."""
    reasons = UpdateAlert.objects.filter(notice=notice, kind=UpdateAlert.Kind.SERVICE, resolved_at__isnull=True).values_list("reason", flat=True)
    return list(dict.fromkeys(reason["service"] for reason in reasons if isinstance(reason, dict) and reason.get("service")))


@transaction.atomic
def notice_services_refresh(*, notice: Notice, by: User) -> list[str]:
    """Take today's library facts of the alerted services into the draft (the owner's
    click on the review page; the draft is never changed behind their back). Rows the
    user typed stay; their own answers in a service's rows stay where the library says
    nothing. Returns the codes refreshed."""
    from .content import service_library
    from .services import audit_record

    notice = Notice.objects.select_for_update().select_related("organisation").get(pk=notice.pk)
    permissions.require(by, "notice.edit", notice.organisation)
    library = service_library.library_from_db()
    answers = copy.deepcopy(notice.answers) if isinstance(notice.answers, dict) else {}
    codes = [code for code in alerted_services(notice) if code in library and code in service_library.chosen_services(answers)]
    for code in codes:
        answers = service_rows_refresh(answers, library[code])
    if codes:
        notice.answers = answers
        notice.save(update_fields=["answers", "updated_at"])
        audit_record(organisation=notice.organisation, actor=by, action="notice_services_refreshed", notice=notice, detail={"services": codes})
        from .status import notice_status_refresh

        notice_status_refresh(notice_id=notice.pk)
    return codes


def _fresh(new: dict, old: dict) -> dict:
    # The library's word replaces the old; where it says nothing (unknown), the user's
    # own answer for that row stays (e.g. a safeguard they chose for an unknown one).
    row = dict(new)
    for key, value in old.items():
        if key == "id" or row.get(key) in (None, "", [], {}):
            row[key] = value
    return row


def service_rows_refresh(answers: dict, service) -> dict:
    """``answers`` with the rows ``service`` generated made again from its entry, in
    place and with the same ids, so only what the library changed differs."""
    from .content import service_library

    recipients = (answers.get("recipients") or {}).get("items") or []
    old_recipient = next((row for row in recipients if isinstance(row, dict) and row.get("service") == service.code), None)
    if old_recipient is None:
        return answers
    counter = iter(range(1, 10_000))
    recipient, transfers, tools = service_library.service_rows(service, new_id=lambda: f"refresh-{next(counter)}")
    recipient = _fresh(recipient, old_recipient)
    answers["recipients"]["items"] = [recipient if row is old_recipient else row for row in recipients]
    old_transfers = {row.get("country"): row for row in _service_rows(answers, "transfers", "items", service.code)}
    fresh_transfers = [_fresh({**row, "recipient_id": recipient["id"]}, old_transfers.get(row["country"], {})) for row in transfers]
    answers = _replace_rows(answers, "transfers", "items", service.code, fresh_transfers)
    old_tools = {row.get("category"): row for row in _service_rows(answers, "cookies", "tools", service.code)}
    fresh_tools = [_fresh(row, old_tools.get(row["category"], {})) for row in tools]
    return _replace_rows(answers, "cookies", "tools", service.code, fresh_tools)


def _service_rows(answers: dict, part: str, key: str, code: str) -> list[dict]:
    return [row for row in (answers.get(part) or {}).get(key) or [] if isinstance(row, dict) and row.get("service") == code]


def _replace_rows(answers: dict, part: str, key: str, code: str, fresh: list[dict]) -> dict:
    """Put ``fresh`` where the service's old rows were (after the other rows if it had none)."""
    rows = (answers.get(part) or {}).get(key) or []
    if not fresh and not any(isinstance(row, dict) and row.get("service") == code for row in rows):
        return answers
    result, placed = [], False
    for row in rows:
        if isinstance(row, dict) and row.get("service") == code:
            if not placed:
                result.extend(fresh)
                placed = True
            continue
        result.append(row)
    if not placed:
        result.extend(fresh)
    answers.setdefault(part, {})[key] = result
    return answers


# What a published notice's text comes from (wording) and what the check runs (rules).
CONTENT_DIR = Path(__file__).resolve().parent / "content"
TEMPLATE_DIR = Path(settings.BASE_DIR) / "templates" / "notices"
FINGERPRINT_SOURCES = {
    UpdateAlert.Kind.WORDING: [
        *(path for path in sorted(CONTENT_DIR.glob("*.py")) if path.name != "checker.py"),
        TEMPLATE_DIR / "document.html",
        TEMPLATE_DIR / "public" / "page_body.html",
    ],
    UpdateAlert.Kind.RULE: [CONTENT_DIR / "checker.py"],
}


def content_fingerprints() -> dict[str, str]:
    fingerprints = {}
    for kind, paths in FINGERPRINT_SOURCES.items():
        digest = hashlib.sha256()
        for path in paths:
            if path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
        fingerprints[kind] = digest.hexdigest()
    return fingerprints


def content_changes_detect(*, fingerprints: dict[str, str] | None = None) -> list[str]:
    """After a deploy: if the notice wording or the check's rules are not the ones the
    published notices were last checked against, recheck them. The first run only
    remembers the fingerprints. Returns the kinds that were rechecked."""
    fingerprints = fingerprints or content_fingerprints()
    rechecked = []
    for kind, value in fingerprints.items():
        state, created = UpkeepState.objects.get_or_create(key=f"fingerprint:{kind}", defaults={"value": value})
        if created or state.value == value:
            continue
        published_notices_recheck(kind=kind)
        state.value = value
        state.save(update_fields=["value", "updated_at"])
        rechecked.append(kind)
    return rechecked


# --- E-mail ---------------------------------------------------------------------------------------


def _owners(organisation_ids) -> dict[int, list[User]]:
    """Each organisation's owners (all its members if it has no owner left)."""
    by_organisation: dict[int, list[User]] = defaultdict(list)
    memberships = Membership.objects.filter(organisation_id__in=set(organisation_ids), user__is_active=True).select_related("user").order_by("pk")
    members: dict[int, list[User]] = defaultdict(list)
    for membership in memberships:
        members[membership.organisation_id].append(membership.user)
        if membership.role == Membership.Role.OWNER:
            by_organisation[membership.organisation_id].append(membership.user)
    for organisation_id, users in members.items():
        by_organisation.setdefault(organisation_id, users)
    return by_organisation


def _send(*, user: User, template: str, context: dict) -> None:
    language = user.language if user.language in UI_LANGUAGES else "fi"
    with translation.override(language):
        context = {**context, "user": user, "site_url": settings.SITE_URL}
        subject = " ".join(render_to_string(f"notices/email/{template}_subject.txt", context).split())
        body = render_to_string(f"notices/email/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def update_digests_send(*, now=None) -> int:
    """One e-mail per owner with every notice of theirs marked "update recommended" since
    the last digest, grouped by notice; returns how many e-mails went out."""
    now = now or timezone.now()
    alerts = list(
        UpdateAlert.objects.filter(resolved_at__isnull=True, digested_at__isnull=True)
        .select_related("notice", "notice__organisation")
        .order_by("notice_id", "detected_at")
    )
    if not alerts:
        return 0
    owners = _owners(alert.notice.organisation_id for alert in alerts)
    per_user: dict[int, tuple[User, dict[int, list[UpdateAlert]]]] = {}
    for alert in alerts:
        for user in owners.get(alert.notice.organisation_id, []):
            per_user.setdefault(user.pk, (user, defaultdict(list)))[1][alert.notice_id].append(alert)
    sent = 0
    for user, by_notice in per_user.values():
        language = user.language if user.language in UI_LANGUAGES else "fi"
        items = [
            {
                "notice": notice_alerts[0].notice,
                "organisation": notice_alerts[0].notice.organisation,
                "reasons": [alert.reason_in(language) for alert in notice_alerts],
                "review_url": settings.SITE_URL + reverse("notices:notice_review", kwargs={"pk": notice_id}),
            }
            for notice_id, notice_alerts in by_notice.items()
        ]
        try:
            _send(user=user, template="update_digest", context={"items": items})
        except Exception:
            # Unsent alerts stay undigested and go out with the next run.
            logger.exception("Sending the update digest to user %s failed", user.pk)
            continue
        sent += 1
    UpdateAlert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(digested_at=now)
    return sent


# --- Yearly review ----------------------------------------------------------------------------------

REVIEW_ACTIONS = ("notice_published", "notice_reviewed")


@transaction.atomic
def notice_review(*, notice: Notice, by: User) -> AuditEvent:
    """"Reviewed, nothing to change": one click, recorded in the activity log; the next
    yearly reminder counts from now."""
    from .services import audit_record

    permissions.require(by, "notice.review", notice.organisation)
    latest = notice.versions.order_by("-number").values_list("number", flat=True).first()
    return audit_record(organisation=notice.organisation, actor=by, action="notice_reviewed", notice=notice, detail={"version": latest})


def last_reviewed(notice_ids) -> dict[int, object]:
    rows = AuditEvent.objects.filter(notice_id__in=notice_ids, action__in=REVIEW_ACTIONS).values("notice_id").annotate(at=Max("created_at"))
    return {row["notice_id"]: row["at"] for row in rows}


def review_reminders_send(*, now=None) -> int:
    """Remind owners of published notices nobody has reviewed (published or marked
    "reviewed, nothing to change") for 12 months; once per such period, one e-mail per
    owner listing all their notices due. Returns how many e-mails went out."""
    now = now or timezone.now()
    published = set(NoticeVersion.objects.values_list("notice_id", flat=True).distinct())
    reviewed = last_reviewed(published)
    reminded = {
        row["notice_id"]: row["at"]
        for row in AuditEvent.objects.filter(notice_id__in=published, action="review_reminder_sent").values("notice_id").annotate(at=Max("created_at"))
    }
    due_ids = []
    for notice_id in published:
        last = reviewed.get(notice_id)
        if last is None or now - last < REVIEW_INTERVAL:
            continue
        if reminded.get(notice_id) and reminded[notice_id] > last:
            continue
        due_ids.append(notice_id)
    if not due_ids:
        return 0
    notices = list(Notice.objects.filter(pk__in=due_ids).select_related("organisation").order_by("title", "pk"))
    owners = _owners(notice.organisation_id for notice in notices)
    per_user: dict[int, tuple[User, list[Notice]]] = {}
    for notice in notices:
        for user in owners.get(notice.organisation_id, []):
            per_user.setdefault(user.pk, (user, []))[1].append(notice)
    sent = 0
    for user, user_notices in per_user.values():
        items = [
            {
                "notice": notice,
                "organisation": notice.organisation,
                "last_reviewed": timezone.localtime(reviewed[notice.pk]).date(),
                "review_url": settings.SITE_URL + reverse("notices:notice_review", kwargs={"pk": notice.pk}),
            }
            for notice in user_notices
        ]
        try:
            _send(user=user, template="review_reminder", context={"items": items})
        except Exception:
            logger.exception("Sending the review reminder to user %s failed", user.pk)
            continue
        sent += 1
    AuditEvent.objects.bulk_create(
        [AuditEvent(organisation_id=notice.organisation_id, notice=notice, action="review_reminder_sent", detail={}, created_at=now) for notice in notices]
    )
    return sent


# --- Scheduled versions -----------------------------------------------------------------------------


def scheduled_versions_switch(*, today: date | None = None) -> list[NoticeVersion]:
    """Record, in the activity log, each scheduled version whose day has come. The public
    pages switch by themselves (they pick the version in force by date); this makes the
    switch visible to the owners and is safe to run any number of times."""
    today = today or timezone.localdate()
    due = list(
        NoticeVersion.objects.filter(effective_on__isnull=False, effective_on__lte=today)
        .select_related("notice")
        .only("id", "number", "effective_on", "notice__organisation_id", "notice__id")
    )
    recorded = {
        (event["notice_id"], (event["detail"] or {}).get("version"))
        for event in AuditEvent.objects.filter(action="version_took_effect", notice_id__in={v.notice_id for v in due}).values("notice_id", "detail")
    }
    switched = [version for version in due if (version.notice_id, version.number) not in recorded]
    AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                organisation_id=version.notice.organisation_id,
                notice_id=version.notice_id,
                action="version_took_effect",
                detail={"version": version.number, "effective_on": version.effective_on.isoformat()},
            )
            for version in switched
        ]
    )
    return switched
