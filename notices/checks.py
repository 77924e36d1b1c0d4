"""System checks for running Seloste safely (``manage.py check``; the container's
``migrate`` runs them on every start). The service library's staleness reads the database,
so it is registered with the database tag: it runs with ``manage.py check --database
default`` (e.g. in deploy scripts), not on every management command."""

from django.conf import settings
from django.core.checks import Error, Info, Tags, Warning, register
from django.db import DatabaseError
from django.utils import timezone

# Caches whose counts live in one process: with several gunicorn workers each counts alone,
# so a limit of 10 sign-ups an hour becomes 10 per worker.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
DATABASE_CACHE = "django.core.cache.backends.db.DatabaseCache"


@register(Tags.caches)
def throttle_cache(app_configs, **kwargs):
    if not getattr(settings, "PRODUCTION", False):
        return []
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            Error(
                f"The cache ({backend}) is per process: sign-up and password-reset throttles would count per worker.",
                hint="Set REDIS_URL, or leave it unset to use the database cache.",
                id="notices.E001",
            )
        ]
    if backend == DATABASE_CACHE:
        return [
            Info(
                "Throttles count in the database cache (no REDIS_URL): shared by every worker, one query per counted request.",
                hint="Set REDIS_URL for a faster shared cache; SELOSTE_CACHE_FALLBACK=refuse makes Redis required.",
                id="notices.I001",
            )
        ]
    return []


@register()
def pdf_font_subsetter(app_configs, **kwargs):
    """Without HarfBuzz's subsetter (libharfbuzz-subset0) WeasyPrint falls back to
    fontTools and every PDF costs ~2.75× as much (issue 14); nothing else would tell."""
    from .pdf import font_subsetter

    try:
        subsetter = font_subsetter()
    except (ImportError, OSError) as failed:  # WeasyPrint's native libraries missing altogether
        return [Error(f"WeasyPrint cannot load its libraries: {failed}", hint="Install Pango (see the Dockerfile).", id="notices.E003")]
    if subsetter != "harfbuzz":
        return [
            Error(
                "WeasyPrint has no HarfBuzz subsetter (hb-subset ≥ 4.1): it would subset fonts with fontTools, and every PDF would cost about 3× as much.",
                hint="Install libharfbuzz-subset0 (Debian/Ubuntu) or harfbuzz ≥ 4.1 with its subset library.",
                id="notices.E002",
            )
        ]
    return []


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
