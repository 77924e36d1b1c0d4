"""`manage.py backup` and `manage.py restore`: a backup restored into a fresh database
holds every published version, byte for byte. Runs on SQLite and on PostgreSQL."""

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from notices.models import AuditEvent, NoticeVersion, NoticeVersionFile, User
from notices.services import audit_record
from notices.tests.factories import MembershipFactory, NoticeFactory

ROOT = Path(__file__).resolve().parents[2]

VERSIONS_AS_JSON = """
import json
from notices.models import NoticeVersion, AuditEvent, User
print(json.dumps({
    "versions": [
        {"notice": v.notice.title, "organisation": v.notice.organisation.name, "number": v.number,
         "published_at": v.published_at.isoformat(), "published_by": v.published_by.email, "answers": v.answers,
         "controller": v.controller, "rendered": v.rendered, "note": v.note,
         "files": {f.language: bytes(f.data).hex() for f in v.files.all()}}
        for v in NoticeVersion.objects.order_by("notice__title", "number")
    ],
    "audit": sorted(AuditEvent.objects.values_list("action", flat=True)),
    "users": sorted(User.objects.values_list("email", flat=True)),
}))
"""


def expected_state() -> dict:
    return {
        "versions": [
            {
                "notice": v.notice.title,
                "organisation": v.notice.organisation.name,
                "number": v.number,
                "published_at": v.published_at.isoformat(),
                "published_by": v.published_by.email,
                "answers": v.answers,
                "controller": v.controller,
                "rendered": v.rendered,
                "note": v.note,
                "files": {f.language: bytes(f.data).hex() for f in v.files.all()},
            }
            for v in NoticeVersion.objects.order_by("notice__title", "number")
        ],
        "audit": sorted(AuditEvent.objects.values_list("action", flat=True)),
        "users": sorted(User.objects.values_list("email", flat=True)),
    }


def publish_versions():
    membership = MembershipFactory(organisation__name="Kahvila Ääkkönen Oy")
    user = membership.user
    for title in ["Asiakasrekisteri", "Työnhakijarekisteri <b>"]:
        notice = NoticeFactory(organisation=membership.organisation, title=title, answers={"notice": {"languages": ["fi", "en"]}})
        for number in (1, 2):
            version = NoticeVersion.objects.create(
                notice=notice,
                number=number,
                published_at=timezone.now() - timezone.timedelta(days=10 - number),
                published_by=user,
                published_by_email=user.email,
                note=f"versio {number} 🙂",
                languages=["fi", "en"],
                answers={"notice": {"title": {"fi": title}}, "n": number},
                controller=membership.organisation.snapshot(),
                rendered={"fi": {"html": f"<h1>{title}</h1>", "json": {"n": number}}},
            )
            for language in ["fi", "en"]:
                data = b"%PDF-1.7\n" + os.urandom(2048) + bytes(range(256))
                NoticeVersionFile.objects.create(version=version, language=language, data=data, sha256=hashlib.sha256(data).hexdigest())
        audit_record(organisation=membership.organisation, actor=user, action="notice_published", notice=notice)
    return user


class FreshDatabase:
    """An empty database of the same kind as the test database, for restoring into."""

    def __init__(self, tmp_path: Path):
        self.settings = connection.settings_dict
        if connection.vendor == "sqlite":
            self.url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
            self.name = None
        else:
            self.name = f"{self.settings['NAME']}_restore_{uuid.uuid4().hex[:8]}"
            self._admin(f'CREATE DATABASE "{self.name}"')
            s = self.settings
            self.url = f"postgres://{s['USER']}:{s['PASSWORD'] or ''}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{self.name}"

    def _admin(self, sql: str):
        import psycopg

        s = self.settings
        params = {"host": s["HOST"] or None, "port": s["PORT"] or None, "user": s["USER"], "password": s["PASSWORD"] or None}
        with psycopg.connect(**params, dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        env = {key: value for key, value in os.environ.items() if key != "SELOSTE_ENV"}
        env["DATABASE_URL"] = self.url
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    def drop(self):
        if self.name:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture
def fresh_database(tmp_path):
    database = FreshDatabase(tmp_path)
    yield database
    database.drop()


@pytest.mark.parametrize("backup_format", ["auto", "json"])
def test_backup_restores_into_a_fresh_database_with_every_version(transactional_db, tmp_path, fresh_database, backup_format):
    publish_versions()
    before = expected_state()
    assert len(before["versions"]) == 4

    backup = tmp_path / "backup.bin"
    call_command("backup", output=str(backup), format=backup_format)
    assert backup.stat().st_size > 0
    assert not list(tmp_path.glob("*.partial"))

    result = fresh_database.manage("restore", str(backup))
    assert result.returncode == 0, result.stderr
    result = fresh_database.manage("shell", "-c", VERSIONS_AS_JSON)
    assert result.returncode == 0, result.stderr
    after = json.loads(result.stdout.strip().splitlines()[-1])

    assert after == json.loads(json.dumps(before))
    # The restored database is complete and current: nothing left to migrate.
    check = fresh_database.manage("migrate", "--check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_auto_format_is_the_databases_own(transactional_db, tmp_path):
    backup = tmp_path / "backup"
    call_command("backup", output=str(backup))
    head = backup.read_bytes()[:16]
    if connection.vendor == "sqlite":
        assert head.startswith(b"SQLite format 3\0")
    else:
        assert head.startswith(b"PGDMP")


def test_restore_refuses_a_database_that_has_data(transactional_db, tmp_path):
    publish_versions()
    backup = tmp_path / "backup.json"
    call_command("backup", output=str(backup), format="json")
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(backup))
    assert NoticeVersion.objects.count() == 4


def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(CommandError, match="not a Seloste backup"):
        call_command("restore", str(path))
