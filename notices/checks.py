"""System checks. The service library's staleness reads the database, so it is registered
with the database tag: it runs with ``manage.py check --database default`` (e.g. in deploy
scripts), not on every management command."""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError
from django.utils import timezone


@register(Tags.database)
def service_library_stale(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []
    from .content.service_library import STALE_AFTER
    from .models import ServiceLibraryEntry

    before = timezone.localdate() - STALE_AFTER
    try:
        codes = [
            entry.code
            for entry in ServiceLibraryEntry.objects.filter(active=True).only("code", "checked_on")
            if entry.checked_on is None or entry.checked_on < before
        ]
    except DatabaseError:  # not migrated yet
        return []
    if not codes:
        return []
    return [
        Warning(
            f"{len(codes)} service-library entries were last checked over 12 months ago or never: {', '.join(codes[:10])}" + (" …" if len(codes) > 10 else ""),
            hint="Check their facts and sources in the admin (Service library, filter “checked”).",
            id="notices.W001",
        )
    ]
