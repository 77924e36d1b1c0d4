"""A self-contained Django for the benchmarks: a throwaway SQLite database in a temp
dir, migrated once, with production-like settings (DEBUG off, quiet logs, no axes).

Under pytest (the smoke test) Django is already configured with its test database;
``setup()`` then changes nothing, so the benchmark functions run against that."""

import os
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_ready = False


def setup() -> None:
    global _ready
    if _ready:
        return
    from django.conf import settings

    if settings.configured:
        _ready = True  # pytest-django or another caller owns the database
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    database = Path(tempfile.mkdtemp(prefix="seloste-bench-")) / "bench.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DEBUG"] = "0"
    os.environ["AXES_ENABLED"] = "0"
    os.environ["LOG_LEVEL"] = "WARNING"

    # whitenoise warns once that collectstatic has not run; the finders serve static files.
    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
    import django

    django.setup()
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["*"]
    # The benchmark user publishes far more often than an account may in a day.
    settings.SELOSTE_MAX_VERSIONS_PER_DAY = 10**9
    call_command("migrate", verbosity=0)
    _ready = True
