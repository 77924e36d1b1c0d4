"""Write-side logic. Every change to Seloste's data goes through a function here, called
alike by views, the wizard, the admin and management commands. Functions are keyword-only,
typed, named <entity>_<action>, and atomic."""

from django.db import transaction

from .models import AuditEvent, Membership, Notice, Organisation, User


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
    from .content.catalogues import EU_COUNTRIES

    clean = {field: (data.get(field) or "") for field in ORGANISATION_FIELDS if field in data}
    country = clean.get("country") or "FI"
    # An EU representative (Art. 27) only exists for controllers outside the EU; a value
    # left over from an earlier country would end up in the notice by mistake.
    if country in EU_COUNTRIES:
        clean["representative_name"] = ""
        clean["representative_contact"] = ""
    return clean


@transaction.atomic
def user_signup(*, email: str, password: str, full_name: str = "") -> User:
    """Create an account that signs in with ``email``. The password must already have
    passed the password validators (the sign-up form does that)."""
    return User.objects.create_user(email=email.strip(), password=password, full_name=full_name.strip())


@transaction.atomic
def organisation_create(*, by: User, data: dict) -> Organisation:
    """Create an organisation (a controller); its creator becomes its owner."""
    organisation = Organisation.objects.create(**_organisation_clean_data(data))
    Membership.objects.create(organisation=organisation, user=by, role=Membership.Role.OWNER)
    audit_record(organisation=organisation, actor=by, action="organisation_created", detail={"name": organisation.name})
    return organisation


@transaction.atomic
def organisation_update(*, organisation: Organisation, by: User, data: dict) -> Organisation:
    """Change an organisation's details; records which fields changed."""
    clean = _organisation_clean_data({"country": organisation.country, **data})
    changed = [field for field, value in clean.items() if getattr(organisation, field) != value]
    for field in changed:
        setattr(organisation, field, clean[field])
    if changed:
        organisation.save()
        audit_record(organisation=organisation, actor=by, action="organisation_updated", detail={"fields": changed})
    return organisation



# --- Notices and the wizard -----------------------------------------------------------


# --- Publishing ------------------------------------------------------------------------

__all__ = ["audit_record", "transaction"]
