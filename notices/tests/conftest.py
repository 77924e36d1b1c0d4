import pytest


def pytest_configure(config):
    # Tests that use the real database (live_server, transactional_db) are emptied with
    # TRUNCATE after each test, which the version tables refuse on PostgreSQL (migration
    # 0004_i13) unless the transaction allows it.
    from django.db.backends.postgresql.operations import DatabaseOperations

    original = DatabaseOperations.sql_flush
    if getattr(original, "allows_truncate", False):
        return

    def sql_flush(self, style, tables, **kwargs):
        statements = original(self, style, tables, **kwargs)
        return ["SET LOCAL seloste.allow_truncate = 'on'", *statements] if statements else statements

    sql_flush.allows_truncate = True
    DatabaseOperations.sql_flush = sql_flush


def pytest_collection_modifyitems(config, items):
    # Tests marked "postgres" prove PostgreSQL-only protections (e.g. the version trigger).
    # They are deselected, not skipped, on SQLite; CI's PostgreSQL pass runs them.
    from django.conf import settings

    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
        config.hook.pytest_deselected(items=deselected)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Hashing with the real hasher makes every login take ~0.3 s.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    # Background tasks run at once, in the test's own process. Tests of the real worker
    # (test_background_jobs.py) switch to the database backend themselves.
    settings.TASKS = IMMEDIATE_TASKS


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The sign-up/password-reset throttles count in the cache; one test's posts must
    # not use up the next test's allowance.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def user(db):
    from notices.tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def logged_in(client, user):
    """The test client, logged in as ``user``."""
    client.force_login(user)
    return client


@pytest.fixture
def other_user(db):
    from notices.tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def quick_pdf(monkeypatch):
    """Publishing without WeasyPrint (test_pdf.py tests the real PDF): stored bytes only."""
    from notices import publishing

    monkeypatch.setattr(publishing, "render_pdf", lambda html: b"%PDF-1.7 test")


@pytest.fixture
def version(user, quick_pdf):
    """The first published version of a publishable notice owned by ``user``."""
    from notices.tests.publishing_helpers import make_notice, publish

    return publish(make_notice(user), user)


def seed_service_library() -> None:
    """The service library as its data migration seeds it; a flushed table (live-server
    tests, TransactionTestCase) has lost it."""
    import importlib

    from django.apps import apps

    from notices.models import ServiceLibraryEntry

    if not ServiceLibraryEntry.objects.exists():
        importlib.import_module("notices.migrations.0005_i10a_seed_service_library").seed(apps, None)


@pytest.fixture
def service_library(db):
    seed_service_library()
