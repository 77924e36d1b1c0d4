"""A user's whole account as one JSON document, and back (docs/export.md, docs/export-schema.json).

Model fields are exported by introspection so a field added later is carried along
(test_export checks the schema documents every one). Database ids, public slugs and other
users are not exported: references inside the file are positions in its own lists.
"""

import base64
import binascii
import datetime
import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

import jsonschema
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from . import publishing
from .content.adequacy import adequacy_from_db
from .limits import limit, notice_size_problem
from .models import AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation

FORMAT = "seloste-export"
VERSION = 1
SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "export-schema.json"

# Relations are written as *_self flags or list positions; ids and slugs belong to one database.
SKIP = {
    Organisation: set(),
    Membership: {"organisation", "user"},
    # The dashboard's status is derived (notices/status.py): recomputed after an import.
    Notice: {"organisation", "created_by", "public_slug", "is_site_notice", "status", "status_key"},
    NoticeVersion: {"notice", "published_by"},
    NoticeVersionFile: {"version"},
    AuditEvent: {"organisation", "notice", "actor"},
}


class ImportRefused(Exception):
    """The file cannot be imported; the message says why, in the user's language."""


PDF_CONTENT_TYPE = "application/pdf"
# The key for export signatures is derived from SECRET_KEY with this salt (docs/export.md).
SIGNATURE_SALT = "seloste.exports.signature.v1"
# Clock skew tolerated between "now" and a time in the file, e.g. an export made a moment ago.
FUTURE_TOLERANCE = datetime.timedelta(minutes=5)


@dataclass
class ImportResult:
    organisations: list[Organisation]
    # Whether this server signed the file: only then are published versions restored.
    signed: bool
    versions_restored: int
    versions_not_restored: int


# --- Signing -----------------------------------------------------------------------------------


def _canonical(data: dict) -> bytes:
    """The bytes a signature covers: the whole file but the signature, in one spelling
    (sorted keys, no spaces), so that re-indenting the file keeps it valid."""
    body = {key: value for key, value in data.items() if key != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _signature(data: dict, secret: str | bytes | None = None) -> str:
    return salted_hmac(SIGNATURE_SALT, _canonical(data), secret=secret, algorithm="sha256").hexdigest()


def sign(data: dict) -> dict:
    return {**data, "signature": _signature(data)}


def signed_here(data: dict) -> bool:
    """Whether this server (its SECRET_KEY, or a key it rotated from) signed ``data``
    exactly as it is."""
    signature = data.get("signature")
    if not isinstance(signature, str):
        return False
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(signature, _signature(data, secret)) for secret in secrets)


# --- What any JSON must pass before the database sees it ---------------------------------------


def check_json(data) -> None:
    """Refuse what json.loads accepts but the databases or the renderers cannot take:
    NaN and Infinity (not JSON; PostgreSQL's jsonb and SQLite's JSON refuse them), NUL
    characters (PostgreSQL text cannot hold them), lone surrogates (not UTF-8), and
    nesting deep enough to exhaust recursion in the validators and renderers. Iterative,
    so a 5,000-deep file cannot make it recurse either."""
    max_depth = limit("SELOSTE_MAX_IMPORT_DEPTH")
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > max_depth:
            raise ImportRefused(_("The file is nested too deeply to be a Seloste export."))
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key)
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            _check_text(value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ImportRefused(_("The file contains a number that is not a number (NaN or Infinity)."))


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise ImportRefused(_("The file contains a NUL character, which no text typed in Seloste can contain."))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ImportRefused(_("The file contains text that is not valid UTF-8.")) from error


def exported_fields(model) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key and not f.is_relation and f.name not in SKIP[model]]


def _dump(obj) -> dict:
    out = {}
    for field in exported_fields(type(obj)):
        value = getattr(obj, field.attname)
        if isinstance(field, models.BinaryField):
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif isinstance(value, datetime.datetime | datetime.date):
            value = value.isoformat()
        out[field.name] = value
    return out


def account_export(*, user) -> dict:
    organisations = Organisation.objects.for_user(user).order_by("name", "pk")
    result = []
    for organisation in organisations:
        membership = Membership.objects.get(organisation=organisation, user=user)
        notices = list(organisation.notices.order_by("pk"))
        notice_index = {notice.pk: index for index, notice in enumerate(notices)}
        notice_items = []
        for notice in notices:
            versions = []
            for version in notice.versions.order_by("number").prefetch_related("files"):
                files = [_dump(file) for file in sorted(version.files.all(), key=lambda file: file.language)]
                versions.append({**_dump(version), "published_by_self": version.published_by_id == user.pk, "files": files})
            notice_items.append({**_dump(notice), "created_by_self": notice.created_by_id == user.pk, "versions": versions})
        events = [
            {**_dump(event), "actor_self": event.actor_id == user.pk, "notice": notice_index.get(event.notice_id)}
            for event in organisation.audit_events.order_by("created_at", "pk")
        ]
        result.append({**_dump(organisation), "membership": _dump(membership), "notices": notice_items, "audit_events": events})
    return sign(
        {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": timezone.now().isoformat(),
            "user": {"email": user.email, "full_name": user.full_name},
            "organisations": result,
        }
    )


def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


def _where(path) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".") or _("the file")


def _values(model, data: dict, where: str) -> dict:
    """Model field values from the file, each checked by the field itself."""
    values = {}
    for field in exported_fields(model):
        if field.name not in data:
            continue
        raw = data[field.name]
        try:
            if isinstance(field, models.BinaryField):
                value = base64.b64decode(raw, validate=True)
            elif isinstance(field, models.DateTimeField):
                value = field.to_python(raw)
                if value is not None and timezone.is_naive(value):
                    raise ValidationError(_("A time must include its time zone."))
                if value is not None and value > timezone.now() + FUTURE_TOLERANCE:
                    raise ValidationError(_("A time cannot be in the future."))
            else:
                value = field.to_python(raw)
            if value in field.empty_values:
                if not field.blank:
                    raise ValidationError(_("This field cannot be empty."))
            else:
                field.run_validators(value)
            if field.choices and value not in field.empty_values:
                field.validate(value, None)
        except (ValidationError, binascii.Error, ValueError, TypeError) as error:
            message = "; ".join(error.messages) if isinstance(error, ValidationError) else _("invalid value")
            raise ImportRefused(_("%(where)s: %(message)s") % {"where": f"{where}.{field.name}", "message": message}) from error
        values[field.name] = value
    return values


def validate(data) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportRefused(_("This is not a Seloste export file."))
    if data.get("version") != VERSION:
        raise ImportRefused(_("This export file is from an unsupported version of Seloste."))
    check_json(data)
    errors = sorted(jsonschema.Draft202012Validator(load_schema()).iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        error = errors[0]
        problem = {"where": _where(error.absolute_path), "message": error.message}
        raise ImportRefused(_("The file is not a valid Seloste export (%(where)s: %(message)s).") % problem)
    _check_counts(data)


def _check_counts(data: dict) -> None:
    """The per-account limits (docs/security.md), before anything is written."""
    organisations = data["organisations"]
    if len(organisations) > limit("SELOSTE_MAX_ORGANISATIONS"):
        raise ImportRefused(_("The file has more organisations than an account may have (%(count)d).") % {"count": limit("SELOSTE_MAX_ORGANISATIONS")})
    versions = 0
    for org_index, org_data in enumerate(organisations):
        if len(org_data["notices"]) > limit("SELOSTE_MAX_NOTICES_PER_ORGANISATION"):
            message = _("%(where)s: more notices than an organisation may have (%(count)d).")
            raise ImportRefused(message % {"where": f"organisations[{org_index}]", "count": limit("SELOSTE_MAX_NOTICES_PER_ORGANISATION")})
        for notice_index, notice_data in enumerate(org_data["notices"]):
            answers = [notice_data.get("answers")] + [version.get("answers") for version in notice_data["versions"]]
            for value in answers:
                problem = notice_size_problem(value)
                if problem:
                    raise ImportRefused(_("%(where)s: %(message)s") % {"where": f"organisations[{org_index}].notices[{notice_index}]", "message": problem})
            versions += len(notice_data["versions"])
    if versions > limit("SELOSTE_MAX_IMPORT_VERSIONS"):
        message = _("The file has more published versions (%(found)d) than one import restores (%(count)d).")
        raise ImportRefused(message % {"found": versions, "count": limit("SELOSTE_MAX_IMPORT_VERSIONS")})


def _check_history(versions: list[dict], where: str) -> None:
    """A notice's versions are numbered 1..n and were published one after another."""
    numbers = [version["number"] for version in versions]
    if len(numbers) != len(set(numbers)):
        raise ImportRefused(_("%(where)s: two versions have the same number.") % {"where": where})
    if numbers != list(range(1, len(numbers) + 1)):
        raise ImportRefused(_("%(where)s: the versions must be numbered 1, 2, 3 … in order.") % {"where": where})
    times = [version["published_at"] for version in versions]
    if any(later <= earlier for earlier, later in zip(times, times[1:], strict=False)):
        raise ImportRefused(_("%(where)s: each version must be published after the one before it.") % {"where": where})


def rerender_version(*, notice: Notice, number: int, answers: dict, controller: dict, published_at, drawn_up_on, adequacy) -> dict:
    """A restored version's page, document and PDFs, made by our own renderer from its
    answers and controller snapshot as publishing makes them: an import never stores
    HTML or PDF bytes from the file. (One helper, so PDF rendering can move elsewhere.)"""
    languages = publishing.output_languages(answers)
    pages = publishing.render_languages(
        answers=answers, controller=controller, slug=notice.public_slug, number=number,
        published_at=published_at, drawn_up_on=drawn_up_on, adequacy=adequacy,
    )
    rendered = {lang: {"html": page.html, "json": page.document, "title": page.title} for lang, page in pages.items()}
    files = []
    for lang, page in pages.items():
        data = publishing.pdf_bytes(page.pdf_html, language=lang)
        files.append({"language": lang, "content_type": PDF_CONTENT_TYPE, "data": data, "sha256": hashlib.sha256(data).hexdigest()})
    return {"languages": languages, "rendered": rendered, "etag": publishing.content_etag(rendered, languages), "files": files}


def _drawn_up_on(answers: dict, first_published_at) -> datetime.date:
    try:
        return datetime.date.fromisoformat(str(answers.get("drawn_up_on")))
    except ValueError:
        return publishing.local_date(first_published_at)


def account_import(*, user, data) -> ImportResult:
    """Recreate an export in an empty account. Call inside a transaction (services does).

    Published versions are public statements with dates and names: they are restored only
    from a file this server signed, and even then re-rendered here. From any other file
    the notices come in as drafts, and the activity log (which the file could invent) is
    left out."""
    if Membership.objects.filter(user=user).exists():
        raise ImportRefused(_("Your account already has organisations. An export can only be imported into an empty account."))
    validate(data)
    signed = signed_here(data)
    adequacy = adequacy_from_db()
    created = []
    restored = skipped = 0
    for org_index, org_data in enumerate(data["organisations"]):
        where = f"organisations[{org_index}]"
        org_values = _values(Organisation, org_data, where)
        organisation = Organisation.objects.create(**org_values)
        membership_values = _values(Membership, org_data["membership"], f"{where}.membership")
        membership = Membership.objects.create(organisation=organisation, user=user, **membership_values)
        _keep_times(Membership, membership.pk, membership_values)
        notices = []
        for notice_index, notice_data in enumerate(org_data["notices"]):
            notice_where = f"{where}.notices[{notice_index}]"
            notice_values = _values(Notice, notice_data, notice_where)
            notice = Notice.objects.create(organisation=organisation, created_by=user if notice_data.get("created_by_self") else None, **notice_values)
            _keep_times(Notice, notice.pk, notice_values)
            versions = [_values(NoticeVersion, version_data, f"{notice_where}.versions[{index}]") for index, version_data in enumerate(notice_data["versions"])]
            _check_history(versions, notice_where)
            if not signed:
                skipped += len(versions)
                versions = []
            for version_values, version_data in zip(versions, notice_data["versions"], strict=False):
                answers = version_values.get("answers") if isinstance(version_values.get("answers"), dict) else {}
                controller = version_values.get("controller") if isinstance(version_values.get("controller"), dict) else {}
                try:
                    made = rerender_version(
                        notice=notice,
                        number=version_values["number"],
                        answers=answers,
                        controller=controller,
                        published_at=version_values["published_at"],
                        drawn_up_on=_drawn_up_on(answers, versions[0]["published_at"]),
                        adequacy=adequacy,
                    )
                except Exception as error:
                    message = _("%(where)s: this version could not be rendered again.")
                    raise ImportRefused(message % {"where": f"{notice_where}.versions[{version_values['number'] - 1}]"}) from error
                files = made.pop("files")
                version = NoticeVersion.objects.create(
                    notice=notice,
                    published_by=user if version_data.get("published_by_self") else None,
                    **{**version_values, **made},
                )
                for file_values in files:
                    NoticeVersionFile.objects.create(version=version, **file_values)
                restored += 1
            notices.append(notice)
        if signed:
            for event_index, event_data in enumerate(org_data["audit_events"]):
                position = event_data.get("notice")
                if position is not None and position >= len(notices):
                    raise ImportRefused(_("%(where)s: refers to a notice that is not in the file.") % {"where": f"{where}.audit_events[{event_index}]"})
                AuditEvent.objects.create(
                    organisation=organisation,
                    notice=notices[position] if position is not None else None,
                    actor=user if event_data.get("actor_self") else None,
                    **_values(AuditEvent, event_data, f"{where}.audit_events[{event_index}]"),
                )
        # Last: auto_now would otherwise stamp the import time over the exported one.
        _keep_times(Organisation, organisation.pk, org_values)
        created.append(organisation)
    return ImportResult(organisations=created, signed=signed, versions_restored=restored, versions_not_restored=skipped)


def _keep_times(model, pk, values: dict) -> None:
    automatic = [f.name for f in exported_fields(model) if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    stamped = {name: values[name] for name in automatic if name in values}
    if stamped:
        model.objects.filter(pk=pk).update(**stamped)
