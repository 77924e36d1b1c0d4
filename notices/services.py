"""Write-side logic. Every change to Seloste's data goes through a function here, called
alike by views, the wizard, the admin and management commands. Functions are keyword-only,
typed, named <entity>_<action>, and atomic."""

from django.db import transaction

from .models import AuditEvent, Notice, Organisation


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


# --- Notices and the wizard -----------------------------------------------------------


# --- Publishing ------------------------------------------------------------------------

__all__ = ["audit_record", "transaction"]
