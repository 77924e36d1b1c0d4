"""20 simultaneous publishes of one notice: never a server error, and the versions are
numbered 1, 2, 3, ... without a gap or a clash, on SQLite and on PostgreSQL."""

import json

import pytest

from notices.tests.concurrency import publish_concurrently
from notices.tests.publishing_helpers import make_notice
from notices.tests.worker_harness import python

CONCURRENT = 20

SQLITE_SCRIPT = f"""
from django.core.management import call_command
call_command("migrate", "--noinput", verbosity=0)
from notices.tests.concurrency import publish_concurrently
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice
user = UserFactory()
notice = make_notice(user)
print(json.dumps(publish_concurrently(notice_id=notice.pk, user_id=user.pk, count={CONCURRENT})))
"""


def assert_no_server_error_and_consecutive(result):
    assert result["errors"] == []
    assert len(result["statuses"]) == CONCURRENT
    assert all(status < 500 for status in result["statuses"]), result["statuses"]
    # 302: published; 200: the form again, "nothing changed" (another request already
    # published the same draft).
    assert set(result["statuses"]) <= {200, 302}
    published = result["statuses"].count(302)
    assert published >= 1
    assert result["numbers"] == list(range(1, published + 1))


def test_concurrent_publishes_on_sqlite(tmp_path):
    # A file database in child processes' style: SQLite's locking is what is tested,
    # and the in-memory test database would share one connection.
    result = python(tmp_path / "concurrent.sqlite3", SQLITE_SCRIPT, TASKS_BACKEND="django_tasks_db.DatabaseBackend")
    assert result.returncode == 0, result.stderr[-3000:]
    assert_no_server_error_and_consecutive(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_publishes_on_postgresql(user, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    notice = make_notice(user)

    result = publish_concurrently(notice_id=notice.pk, user_id=user.pk, count=CONCURRENT)

    assert_no_server_error_and_consecutive(result)
