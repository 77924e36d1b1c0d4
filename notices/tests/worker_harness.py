"""Run Seloste in child processes on a throwaway SQLite file, with the database task
backend: what production does with `manage.py db_worker` beside the web server. The
tests read the file directly with sqlite3, so they need no Django database of their own."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = "django_tasks_db.DatabaseBackend"


def child_env(db_path: Path, **extra: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DATABASE_URL=f"sqlite:///{db_path}",
        TASKS_BACKEND=DB_TASKS,
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="0",
        AXES_ENABLED="0",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def manage(db_path: Path, *args: str, timeout: int = 600, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=child_env(db_path, **extra), capture_output=True, text=True, timeout=timeout
    )


def python(db_path: Path, code: str, *, timeout: int = 600, **extra: str) -> subprocess.CompletedProcess:
    prelude = "import django, json, sys, time\ndjango.setup()\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code], cwd=ROOT, env=child_env(db_path, **extra), capture_output=True, text=True, timeout=timeout
    )


def migrated_database(template: Path, target: Path) -> Path:
    """A migrated database: migrate once into ``template``, copy it for each test."""
    if not template.exists():
        result = manage(template, "migrate", "--noinput")
        assert result.returncode == 0, result.stderr
    shutil.copy(template, target)
    return target


PUBLISH = """
from notices import services
from notices.tests.factories import UserFactory
from notices.tests.publishing_helpers import make_notice
user = UserFactory()
notice = make_notice(user)
started = time.perf_counter()
version = services.notice_publish(notice=notice, by=user, note="worker test")
elapsed = time.perf_counter() - started
print(json.dumps({"version": version.pk, "languages": version.languages, "seconds": elapsed}))
"""


def publish_one(db_path: Path) -> dict:
    result = python(db_path, PUBLISH)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def rows(db_path: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db_path, timeout=20) as connection:
        return connection.execute(sql, params).fetchall()
