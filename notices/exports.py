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
import re
from pathlib import Path

import jsonschema
import tinyhtml5
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AuditEvent, Membership, Notice, NoticeVersion, NoticeVersionFile, Organisation
from .publishing import OUTPUT_LANGUAGES

FORMAT = "seloste-export"
VERSION = 1
SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "export-schema.json"
NOTICE_SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "notice-json-schema.json"

# Relations are written as *_self flags or list positions; ids and slugs belong to one database.
SKIP = {
    Organisation: set(),
    Membership: {"organisation", "user"},
    Notice: {"organisation", "created_by", "public_slug", "is_site_notice"},
    NoticeVersion: {"notice", "published_by"},
    NoticeVersionFile: {"version"},
    AuditEvent: {"organisation", "notice", "actor"},
}


class ImportRefused(Exception):
    """The file cannot be imported; the message says why, in the user's language."""


# A version's stored page body is served from our domain without escaping, so an imported
# one must be nothing but the markup the public page templates (page_body.html and what it
# includes) produce: otherwise anyone could host their own HTML here by importing a file.
PAGE_TAGS = {
    "html", "head", "body",  # added by the HTML parser around a fragment
    "a", "address", "article", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3",
    "header", "li", "main", "nav", "ol", "p", "section", "span", "table", "tbody", "td",
    "th", "thead", "tr", "ul", "wbr",
}  # fmt: skip
PAGE_ATTRIBUTES = {
    "aria-current", "aria-label", "aria-labelledby", "class", "data-label", "download", "href", "hreflang", "id", "lang", "rel", "scope",
}  # fmt: skip
PDF_CONTENT_TYPE = "application/pdf"


def _page_markup_problem(html: str, website: str = "") -> str | None:
    """What in ``html`` our templates could not have produced, or None. Parsed as a browser
    parses it (HTML5), so nothing can hide from the check in malformed markup. The one
    outside link a page has is the controller's own website (the header), exactly as the
    version's controller details give it."""
    for element in tinyhtml5.parse(html).iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.rpartition("}")[2]
        if tag not in PAGE_TAGS:
            return f"<{tag}>"
        for name, value in element.attrib.items():
            if name not in PAGE_ATTRIBUTES:
                return f"<{tag} {name}>"
            if name == "href" and not _local_link(value) and not (website and value == website):
                return f'<{tag} href="{value}">'
    return None


def _local_link(href: str) -> bool:
    # Our pages only link within the site (the notice's versions, PDFs, JSON, anchors).
    # Browsers read a backslash as a slash, so "/\\host" would leave it like "//host".
    # They also drop tabs and newlines anywhere and control characters around the URL.
    href = re.sub(r"[\t\n\r]", "", href).strip("".join(map(chr, range(33))))
    return href.startswith(("#", "?")) or (href.startswith("/") and not href.startswith("//") and "\\" not in href)


def _is_document(value) -> bool:
    """Whether ``value`` is a document as publishing stores it: the public JSON, history and
    "what changed" pages read it without further checks."""
    notice_schema = json.loads(NOTICE_SCHEMA_PATH.read_text())
    schema = {"$ref": "#/$defs/document", "$defs": notice_schema["$defs"]}
    return jsonschema.Draft202012Validator(schema).is_valid(value)


def _check_version(values: dict, files: list[dict], where: str) -> None:
    """A version must be servable as published versions are: every language rendered,
    a page body made of our own markup, and a PDF per language that is a PDF."""
    languages = values.get("languages")
    if not isinstance(languages, list) or not languages or len(set(languages)) != len(languages) or not set(languages) <= set(OUTPUT_LANGUAGES):
        raise ImportRefused(_("%(where)s: the languages must be fi and/or en.") % {"where": f"{where}.languages"})
    # The public pages send it inside an ETag header.
    if not re.fullmatch(r"[A-Za-z0-9_-]*", values.get("etag") or ""):
        raise ImportRefused(_("%(where)s: %(message)s") % {"where": f"{where}.etag", "message": _("invalid value")})
    rendered = values.get("rendered")
    for language in languages:
        page = rendered.get(language) if isinstance(rendered, dict) else None
        page_where = f"{where}.rendered.{language}"
        if not (isinstance(page, dict) and isinstance(page.get("html"), str) and isinstance(page.get("title"), str) and _is_document(page.get("json"))):
            raise ImportRefused(_("%(where)s: the published page is missing or incomplete.") % {"where": page_where})
        controller = values.get("controller") if isinstance(values.get("controller"), dict) else {}
        website = controller.get("website") if isinstance(controller.get("website"), str) else ""
        website = website if re.fullmatch(r"https?://[^\s\"'<>\\]+", website) else ""
        problem = _page_markup_problem(page["html"], website)
        if problem:
            message = _("%(where)s: the published page contains markup Seloste does not produce (%(markup)s).")
            raise ImportRefused(message % {"where": f"{page_where}.html", "markup": problem})
    for index, file in enumerate(files):
        file_where = f"{where}.files[{index}]"
        if file.get("language") not in languages or file.get("content_type") != PDF_CONTENT_TYPE or not bytes(file.get("data", b"")).startswith(b"%PDF-"):
            raise ImportRefused(_("%(where)s: this is not a PDF of one of the version's languages.") % {"where": file_where})


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
                version_values = _values(NoticeVersion, version_data, version_where)
                files = []
                for file_index, file_data in enumerate(version_data["files"]):
                    file_where = f"{version_where}.files[{file_index}]"
                    file_values = _values(NoticeVersionFile, file_data, file_where)
                    if hashlib.sha256(file_values["data"]).hexdigest() != file_values.get("sha256"):
                        raise ImportRefused(_("%(where)s: the PDF is damaged (its checksum does not match).") % {"where": file_where})
                    files.append(file_values)
                _check_version(version_values, files, version_where)
                version = NoticeVersion.objects.create(
                    notice=notice,
                    published_by=user if version_data.get("published_by_self") else None,
                    **version_values,
                )
                for file_values in files:
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
