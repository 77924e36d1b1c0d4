"""Write-side logic. Every change to Seloste's data goes through a function here, called
alike by views, the wizard, the admin and management commands. Functions are keyword-only,
typed, named <entity>_<action>, and atomic."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import accounts, exports, jobs, permissions, public_pages, publishing
from . import status as notice_status
from .changes import draft_changes
from .content import languages as notice_languages
from .content.adequacy import adequacy_from_db
from .content.catalogues import representative_needed
from .content.checker import check_notice, has_errors
from .content.service_library import add_service, chosen_services, library_from_db, remove_service
from .content.steps import STEP_KEYS, step_is_complete
from .content.templates import apply_templates, assign_service_register
from .forms import new_row_id
from .limits import LimitReached, limit, notice_size_problem
from .models import AuditEvent, Membership, Notice, NoticeVersion, Organisation, UpdateAlert, User


def audit_record(*, organisation: Organisation, actor, action: str, notice: Notice | None = None, detail: dict | None = None) -> AuditEvent:
    """Record who did what. Called by the other services inside their transaction."""
    return AuditEvent.objects.create(
        organisation=organisation,
        notice=notice,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        actor_email=getattr(actor, "email", "") or "",
        action=action,
        detail=detail or {},
    )


# --- Organisations and accounts ------------------------------------------------------

# The organisation fields a user may set; anything else in ``data`` is ignored so a
# tampered form cannot reach e.g. ``id`` or ``members``.
ORGANISATION_FIELDS = (
    "name", "country", "business_id", "street_address", "postal_code", "city",
    "email", "phone", "website", "dpo_name", "dpo_email", "dpo_phone",
    "representative_name", "representative_contact",
)  # fmt: skip


def _organisation_clean_data(data: dict) -> dict:
    clean = {field: (data.get(field) or "") for field in ORGANISATION_FIELDS if field in data}
    country = clean.get("country") or "FI"
    # An EU representative (Art. 27) only exists for controllers outside the EU; a value
    # left over from an earlier country would end up in the notice by mistake.
    if not representative_needed(country):
        clean["representative_name"] = ""
        clean["representative_contact"] = ""
    return clean


@transaction.atomic
def user_signup_request(*, email: str, password: str, language: str = "fi") -> None:
    """A sign-up from the form: the same answer whether or not ``email`` has an account
    (notices.accounts); the account is created inactive until its e-mail link is used."""
    accounts.signup_requested(email=email.strip().lower(), password=password, language=language)


@transaction.atomic
def user_signup_confirm(*, user: User) -> User:
    """The sign-up link was followed: the address is the user's, the account is usable."""
    User.objects.filter(pk=user.pk).update(is_active=True)
    user.is_active = True
    return user


@transaction.atomic
def user_signup(*, email: str, password: str, full_name: str = "", language: str = "fi") -> User:
    """Create an account that signs in with ``email``. The password must already have
    passed the password validators (the sign-up form does that). ``language`` is the one
    Seloste's e-mails to this person are written in."""
    return User.objects.create_user(email=email.strip(), password=password, full_name=full_name.strip(), language=language)


@transaction.atomic
def organisation_create(*, by: User, data: dict) -> Organisation:
    """Create an organisation (a controller); its creator becomes its owner."""
    maximum = limit("SELOSTE_MAX_ORGANISATIONS")
    if Membership.objects.filter(user=by).count() >= maximum:
        raise LimitReached(_("An account can have at most %(count)d organisations.") % {"count": maximum})
    organisation = Organisation.objects.create(**_organisation_clean_data(data))
    Membership.objects.create(organisation=organisation, user=by, role=Membership.Role.OWNER)
    audit_record(organisation=organisation, actor=by, action="organisation_created", detail={"name": organisation.name})
    return organisation


@transaction.atomic
def organisation_update(*, organisation: Organisation, by: User, data: dict, via_admin: bool = False) -> Organisation:
    """Change an organisation's details; records which fields changed. Staff editing in
    the admin (``via_admin``) are governed by Django's model permissions, not by roles."""
    if not via_admin:
        permissions.require(by, "organisation.edit", organisation)
    clean = _organisation_clean_data({"country": organisation.country, **data})
    changed = [field for field, value in clean.items() if getattr(organisation, field) != value]
    for field in changed:
        setattr(organisation, field, clean[field])
    if changed:
        organisation.save()
        audit_record(organisation=organisation, actor=by, action="organisation_updated", detail={"fields": changed})
    return organisation


# --- Notices and the wizard -----------------------------------------------------------


@transaction.atomic
def notice_create(
    *, organisation: Organisation, title: str, by, languages: list[str] | None = None, templates: list[str] | None = None
) -> Notice:
    """Start a draft notice; the wizard then fills in its answers step by step. With
    ``templates`` (content/templates.py codes) it starts prefilled, every prefilled step
    marked suggested until the user confirms it."""
    permissions.require(by, "notice.create", organisation)
    maximum = limit("SELOSTE_MAX_NOTICES_PER_ORGANISATION")
    if organisation.notices.count() >= maximum:
        raise LimitReached(_("An organisation can have at most %(count)d notices.") % {"count": maximum})
    languages = notice_languages.ordered(languages) or [notice_languages.DEFAULT]
    title = title.strip()[:200]
    part = {"languages": languages, "style": "register"}
    if title:
        part["title"] = {languages[0]: title}
    notice = Notice.objects.create(
        organisation=organisation,
        title=title,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        answers={"notice": part},
        current_step="controller",
    )
    audit_record(organisation=organisation, actor=by, action="notice_created", notice=notice, detail={"title": title})
    if templates:
        notice = notice_apply_templates(notice=notice, templates=templates, by=by)
    else:
        notice_status.notice_status_refresh(notice_id=notice.pk)
    return notice


def _title_from(answers: dict) -> str:
    part = answers.get("notice") if isinstance(answers.get("notice"), dict) else {}
    title = part.get("title") if isinstance(part.get("title"), dict) else {}
    languages = part.get("languages") if isinstance(part.get("languages"), list) else [notice_languages.DEFAULT]
    return (next((title[code] for code in languages if title.get(code)), "") or next(iter(title.values()), ""))[:200]


@transaction.atomic
def notice_apply_templates(*, notice: Notice, templates: list[str], by) -> Notice:
    """Use these register templates (replacing the ones used before). The user's own rows
    and texts stay; the steps whose content changed become suggested again."""
    notice = Notice.objects.select_for_update().select_related("organisation").get(pk=notice.pk)
    permissions.require(by, "notice.edit", notice.organisation)
    answers, changed = apply_templates(notice.answers if isinstance(notice.answers, dict) else {}, templates)
    suggested = [step for step in answers.get("suggested", []) if isinstance(step, str)] if isinstance(answers.get("suggested"), list) else []
    answers["suggested"] = [key for key in STEP_KEYS if key in suggested or key in changed]
    notice.answers = answers
    notice.title = _title_from(answers) or notice.title
    notice.save(update_fields=["answers", "title", "updated_at"])
    audit_record(organisation=notice.organisation, actor=by, action="notice_templates_applied", notice=notice, detail={"templates": answers["templates"]})
    notice_status.notice_status_refresh(notice_id=notice.pk, notice=notice)
    return notice


@transaction.atomic
def notice_duplicate(*, notice: Notice, by) -> Notice:
    """A new draft with the answers of ``notice`` (a draft or a published one's current
    answers); it has its own public address and no versions."""
    source = Notice.objects.select_related("organisation").get(pk=notice.pk)
    permissions.require(by, "notice.create", source.organisation)
    maximum = limit("SELOSTE_MAX_NOTICES_PER_ORGANISATION")
    if source.organisation.notices.count() >= maximum:
        raise LimitReached(_("An organisation can have at most %(count)d notices.") % {"count": maximum})
    answers = dict(source.answers) if isinstance(source.answers, dict) else {}
    answers.pop("drawn_up_on", None)
    copy = Notice.objects.create(
        organisation=source.organisation,
        title=source.title,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        answers=answers,
        completed_steps=list(source.completed_steps) if isinstance(source.completed_steps, list) else [],
        current_step="controller",
    )
    audit_record(organisation=source.organisation, actor=by, action="notice_duplicated", notice=copy, detail={"from": source.pk, "title": source.title})
    notice_status.notice_status_refresh(notice_id=copy.pk)
    return copy


@transaction.atomic
def notice_save_step(*, notice: Notice, step: str, data, by, resume_at: str | None = None) -> Notice:
    """Store one wizard step's answers at once (see content/answers.py for their shape),
    mark the step done, and remember where the user continues (``resume_at``).

    The controller step's ``data`` is {"organisation": {...}, "contact": {...}}: the
    organisation's own fields are changed, the contact person goes to answers["contact"].
    """
    if step not in STEP_KEYS:
        raise ValueError(f"unknown wizard step {step!r}")
    # Lock the row: two tabs saving different steps must not overwrite each other's answers.
    notice = Notice.objects.select_for_update().select_related("organisation").get(pk=notice.pk)
    permissions.require(by, "notice.edit", notice.organisation)
    answers = dict(notice.answers) if isinstance(notice.answers, dict) else {}
    if step == "controller":
        organisation_update(organisation=notice.organisation, by=by, data=data.get("organisation") or {})
        answers["contact"] = data.get("contact") or {}
    elif step != "review":
        before = set(chosen_services(answers)) if step == "recipients" else set()
        answers[step] = data
        # A library service's recipient row removed by hand takes its transfer and cookie rows with it.
        for code in before - set(chosen_services(answers)):
            answers = remove_service(answers, code)
    if isinstance(answers.get("suggested"), list):
        # Saving a step is the user's confirmation of what a template suggested in it.
        answers["suggested"] = [key for key in answers["suggested"] if key != step]
    if step == "notice":
        title = data.get("title") or {}
        languages = data.get("languages") or [notice_languages.DEFAULT]
        new_title = next((title[code] for code in languages if title.get(code)), "") or next(iter(title.values()), "")
        if new_title:
            notice.title = new_title[:200]
    notice.answers = answers
    completed = list(notice.completed_steps) if isinstance(notice.completed_steps, list) else []
    if step not in completed:
        completed.append(step)
    if not step_is_complete(step, data):
        completed.remove(step)  # saved, but a required yes/no is still unanswered
    notice.completed_steps = [key for key in STEP_KEYS if key in completed]
    notice.current_step = resume_at if resume_at in STEP_KEYS else step
    notice.save(update_fields=["answers", "completed_steps", "current_step", "title", "updated_at"])
    audit_record(organisation=notice.organisation, actor=by, action="notice_step_saved", notice=notice, detail={"step": step})
    # The dashboard's status is computed here, once per save, not on every page view.
    notice_status.notice_status_refresh(notice_id=notice.pk, notice=notice)
    return notice


class UnknownService(ValueError):
    """The code is not an active entry of the service library."""


@transaction.atomic
def notice_add_service(*, notice: Notice, code: str, by) -> dict | None:
    """Choose a library service: its recipient row, at most one transfer row per destination
    and its cookie rows are added at once. Returns the new recipient row, or None when the
    service was already chosen (choosing twice never enters it twice)."""
    service = library_from_db().get(code)
    if service is None:
        raise UnknownService(code)
    notice = Notice.objects.select_for_update().select_related("organisation").get(pk=notice.pk)
    answers = notice.answers if isinstance(notice.answers, dict) else {}
    if code in chosen_services(answers):
        return None
    notice.answers = assign_service_register(add_service(answers, service, new_id=new_row_id), code=code, group=service.group)
    notice.save(update_fields=["answers", "updated_at"])
    audit_record(organisation=notice.organisation, actor=by, action="notice_service_added", notice=notice, detail={"service": code})
    notice_status.notice_status_refresh(notice_id=notice.pk, notice=notice)
    return next(row for row in notice.answers["recipients"]["items"] if row.get("service") == code)


@transaction.atomic
def notice_remove_service(*, notice: Notice, code: str, by) -> bool:
    """Remove exactly the rows the service generated; rows the user typed stay. Returns
    whether anything was removed."""
    notice = Notice.objects.select_for_update().select_related("organisation").get(pk=notice.pk)
    answers = notice.answers if isinstance(notice.answers, dict) else {}
    if code not in chosen_services(answers):
        return False
    notice.answers = remove_service(answers, code)
    notice.save(update_fields=["answers", "updated_at"])
    audit_record(organisation=notice.organisation, actor=by, action="notice_service_removed", notice=notice, detail={"service": code})
    notice_status.notice_status_refresh(notice_id=notice.pk, notice=notice)
    return True


# --- Publishing ------------------------------------------------------------------------


class PublishRefused(Exception):
    """Publishing was refused. ``reason`` is ERRORS (the completeness check found errors;
    ``findings`` says what to fix and where) or UNCHANGED (the notice would read exactly
    like the latest version, which would only confuse readers of the version history)."""

    ERRORS = "errors"
    UNCHANGED = "unchanged"
    LIMIT = "limit"  # a limit of docs/security.md; ``message`` says which, for the user

    def __init__(self, findings, *, reason: str = ERRORS, number: int | None = None, message: str = ""):
        self.findings = findings
        self.reason = reason
        self.number = number  # the latest version, for UNCHANGED
        self.message = message
        if reason == self.UNCHANGED:
            super().__init__(f"Nothing has changed since version {number}.")
        elif reason == self.LIMIT:
            super().__init__(message)
        else:
            super().__init__("The notice has errors that must be fixed before publishing.")


@transaction.atomic
def notice_publish(*, notice: Notice, by: User, note: str = "", effective_on: date | None = None, approval=None) -> NoticeVersion:
    """Freeze the notice as its next immutable version: answers, controller details and
    the public page of every language, in one short transaction. The PDFs are rendered
    by a background job once this commits (notices.jobs); their addresses say "being
    prepared" until then. ``effective_on`` (a future day) publishes ahead of time: the
    public address switches to this version on that day and announces it before.
    ``approval`` is the PublishRequest being approved (services_teams.publish_request_approve),
    the only way to publish when the organisation requires approval."""
    # The row lock serialises concurrent publishes of one notice, so numbers never clash.
    notice = Notice.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=notice.pk)
    permissions.require_publish(by, notice, approval)
    controller = notice.organisation.snapshot()
    answers = dict(notice.answers or {})
    # The admin-maintained adequacy list, read once so check and text agree.
    adequacy = adequacy_from_db()
    findings = check_notice(answers=answers, controller=controller, adequacy=adequacy)
    if has_errors(findings):
        raise PublishRefused(findings)
    # Bounded work: what one publish may cost, and how often an account may publish.
    too_large = notice_size_problem(answers)
    if too_large:
        raise PublishRefused([], reason=PublishRefused.LIMIT, message=too_large)
    per_day = limit("SELOSTE_MAX_VERSIONS_PER_DAY")
    since = timezone.now() - timedelta(days=1)
    if getattr(by, "is_authenticated", False) and NoticeVersion.objects.filter(published_by=by, published_at__gte=since).count() >= per_day:
        message = _("You can publish at most %(count)d versions a day. Try again tomorrow.") % {"count": per_day}
        raise PublishRefused([], reason=PublishRefused.LIMIT, message=message)

    previous = list(notice.versions.order_by("number").values_list("number", "published_at"))
    number = previous[-1][0] + 1 if previous else 1
    published_at = timezone.now()
    if effective_on is not None and (not previous or effective_on <= publishing.local_date(published_at)):
        # The first version has nothing to replace; a past or present day is "now".
        effective_on = None
    drawn_up_on = publishing.local_date(previous[0][1] if previous else published_at)
    answers["drawn_up_on"] = drawn_up_on.isoformat()
    languages = publishing.output_languages(answers)

    pages = publishing.render_languages(
        answers=answers, controller=controller, slug=notice.public_slug, number=number,
        published_at=published_at, drawn_up_on=drawn_up_on, adequacy=adequacy,
    )
    if previous:
        latest = notice.versions.only("languages", "rendered").get(number=previous[-1][0])
        published = publishing.stored_documents(languages=latest.languages, rendered=latest.rendered)
        draft = {lang: page.document for lang, page in pages.items()}
        if draft_changes(number=latest.number, published=published, draft=draft).is_empty:
            raise PublishRefused([], reason=PublishRefused.UNCHANGED, number=latest.number)
    rendered = {lang: {"html": page.html, "json": page.document, "title": page.title} for lang, page in pages.items()}
    version = NoticeVersion(
        notice=notice,
        number=number,
        published_at=published_at,
        published_by=by if getattr(by, "is_authenticated", False) else None,
        published_by_email=getattr(by, "email", "") or "",
        note=(note or "").strip()[:500],
        languages=languages,
        answers=answers,
        controller=controller,
        rendered=rendered,
        effective_on=effective_on,
    )
    version.etag = publishing.content_etag(rendered, languages)
    version.save()
    jobs.pdf_renders_create(version=version, html={lang: page.pdf_html for lang, page in pages.items()})
    # The public reads' ready-to-send rows (one statement per read, notices.public_pages).
    public_pages.published_pages_refresh(notice=notice, number=number)
    # Publishing again answers every "update recommended" raised against older versions.
    UpdateAlert.objects.filter(notice=notice, resolved_at__isnull=True).update(resolved_at=published_at)
    detail = {"version": number, "note": version.note}
    if effective_on is not None:
        detail["effective_on"] = effective_on.isoformat()
    audit_record(organisation=notice.organisation, actor=by, action="notice_published", notice=notice, detail=detail)
    notice_status.store_published(notice=notice, number=number, found=findings, answers=notice.answers, adequacy=adequacy)
    return version


# --- Export and import (docs/export.md) ------------------------------------------------------


def account_export(*, user: User) -> dict:
    """Everything the user's account holds, as one JSON-ready document."""
    return exports.account_export(user=user)


@transaction.atomic
def account_import(*, user: User, data: dict) -> exports.ImportResult:
    """Recreate an export in an empty account, all or nothing. Raises
    exports.ImportRefused with a message for the user when it cannot. Published versions
    come back only from a file this server signed (``result.signed``)."""
    return exports.account_import(user=user, data=data)
