"""Seloste's own privacy notice, published with Seloste itself from a fixture
(notices/fixtures/site_notice.json), so the notice the front page links to is a real,
current published notice like any customer's."""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from . import services
from .models import Membership, Notice, Organisation, User

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "site_notice.json"
# The organisation is owned by an internal account nobody can log in to.
SYSTEM_EMAIL = "site-notice@seloste.invalid"


class OperatorMissing(Exception):
    """SELOSTE_OPERATOR_NAME and SELOSTE_OPERATOR_EMAIL say who runs this instance."""


def load_fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def operator() -> dict:
    details = {key: value for key, value in (getattr(settings, "SELOSTE_OPERATOR", None) or {}).items() if value}
    if not details.get("name") or not details.get("email"):
        raise OperatorMissing("Set SELOSTE_OPERATOR_NAME and SELOSTE_OPERATOR_EMAIL: who runs this Seloste instance and how to reach them.")
    details.setdefault("country", "FI")
    return details


def site_notice() -> Notice | None:
    """The published site notice (None until publish_site_notice has run)."""
    return Notice.objects.filter(is_site_notice=True, withdrawn_at__isnull=True, versions__isnull=False).order_by("pk").first()


@transaction.atomic
def site_notice_publish() -> tuple[Notice, int | None]:
    """Create or update the site notice from the fixture and the operator settings and
    publish it. Returns (notice, new version number or None when nothing changed)."""
    controller = operator()
    fixture = load_fixture()
    system = User.objects.filter(email=SYSTEM_EMAIL).first()
    if system is None:
        system = User.objects.create_user(email=SYSTEM_EMAIL, password=None, full_name="Seloste", is_active=False)
    notice = Notice.objects.filter(is_site_notice=True).select_related("organisation").order_by("pk").first()
    if notice is None:
        organisation = services.organisation_create(by=system, data=controller)
        notice = Notice.objects.create(organisation=organisation, title=fixture["title"], is_site_notice=True, created_by=None)
    else:
        organisation = notice.organisation
        services.organisation_update(organisation=organisation, by=system, data=controller)
        if not Membership.objects.filter(organisation=organisation, user=system).exists():
            Membership.objects.create(organisation=organisation, user=system, role=Membership.Role.OWNER)
    answers = json.loads(json.dumps(fixture["answers"]))
    answers["contact"] = {"name": controller["name"], "email": controller["email"]}
    answers.setdefault("rights", {})["request_email"] = controller["email"]
    notice.answers = answers
    notice.withdrawn_at = None
    notice.save()
    try:
        version = services.notice_publish(notice=notice, by=system, note="Seloste")
    except services.PublishRefused as refused:
        if refused.reason == services.PublishRefused.UNCHANGED:
            return notice, None
        raise
    return notice, version.number


def is_site_organisation(organisation: Organisation) -> bool:
    return organisation.notices.filter(is_site_notice=True).exists()
