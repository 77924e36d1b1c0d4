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
from pathlib import Path

import jsonschema
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation

FORMAT = "seloste-export"
VERSION = 1
SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "export-schema.json"

# Relations are written as *_self flags or list positions; ids and slugs belong to one database.
SKIP = {
    Organisation: set(),
    Membership: {"organisation", "user"},
    Notice: {"organisation", "created_by", "public_slug"},
    NoticeVersion: {"notice", "published_by"},
    NoticeVersionFile: {"version"},
    AuditEvent: {"organisation", "notice", "actor"},
}


class ImportRefused(Exception):
    """The file cannot be imported; the message says why, in the user's language."""


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
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "user": {"email": user.email, "full_name": user.full_name},
        "organisations": result,
    }


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
    errors = sorted(jsonschema.Draft202012Validator(load_schema()).iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        error = errors[0]
        problem = {"where": _where(error.absolute_path), "message": error.message}
        raise ImportRefused(_("The file is not a valid Seloste export (%(where)s: %(message)s).") % problem)


def account_import(*, user, data) -> list[Organisation]:
    """Recreate an export in an empty account. Call inside a transaction (services does)."""
    if Membership.objects.filter(user=user).exists():
        raise ImportRefused(_("Your account already has organisations. An export can only be imported into an empty account."))
    validate(data)
    created = []
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
            numbers = [version["number"] for version in notice_data["versions"]]
            if len(numbers) != len(set(numbers)):
                raise ImportRefused(_("%(where)s: two versions have the same number.") % {"where": notice_where})
            for version_index, version_data in enumerate(notice_data["versions"]):
                version_where = f"{notice_where}.versions[{version_index}]"
                version = NoticeVersion.objects.create(
                    notice=notice,
                    published_by=user if version_data.get("published_by_self") else None,
                    **_values(NoticeVersion, version_data, version_where),
                )
                for file_index, file_data in enumerate(version_data["files"]):
                    file_values = _values(NoticeVersionFile, file_data, f"{version_where}.files[{file_index}]")
                    if hashlib.sha256(file_values["data"]).hexdigest() != file_values.get("sha256"):
                        file_where = f"{version_where}.files[{file_index}]"
                        raise ImportRefused(_("%(where)s: the PDF is damaged (its checksum does not match).") % {"where": file_where})
                    NoticeVersionFile.objects.create(version=version, **file_values)
            notices.append(notice)
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
    return created


def _keep_times(model, pk, values: dict) -> None:
    automatic = [f.name for f in exported_fields(model) if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    stamped = {name: values[name] for name in automatic if name in values}
    if stamped:
        model.objects.filter(pk=pk).update(**stamped)
