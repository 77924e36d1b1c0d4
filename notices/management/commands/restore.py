"""Restore a backup made by ``manage.py backup`` into an EMPTY database (the one
DATABASE_URL points to), then bring its schema up to date. See README, "Backups and restore"."""

import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from .backup import pg_command_env, pg_tool_usable


def detect_format(path: Path) -> str:
    with path.open("rb") as file:
        head = file.read(16)
    if head.startswith(b"SQLite format 3\0"):
        return "sqlite"
    if head.startswith(b"PGDMP"):
        return "pg_dump"
    if head.lstrip()[:1] == b"[":
        return "json"
    raise CommandError(f"{path} is not a Seloste backup (SQLite file, pg_dump custom format or JSON).")


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file.")

    def handle(self, *args, path, **options):
        backup = Path(path)
        if not backup.is_file():
            raise CommandError(f"No such backup file: {backup}")
        format = detect_format(backup)
        vendor = connection.vendor
        if format == "sqlite" and vendor != "sqlite":
            raise CommandError("A SQLite backup restores into SQLite only. To move to PostgreSQL, make a backup with --format json.")
        if format == "pg_dump" and vendor != "postgresql":
            raise CommandError("A pg_dump backup restores into PostgreSQL only. To move to SQLite, make a backup with --format json.")

        connection.ensure_connection()
        tables = connection.introspection.table_names()
        # Never merge a backup into live data: restoring is for a fresh database.
        if format in {"sqlite", "pg_dump"} and tables:
            raise CommandError("The database is not empty. Restore into a fresh, empty database.")
        if format == "json" and tables and self._has_data():
            raise CommandError("The database is not empty. Restore into a fresh, empty database.")

        getattr(self, f"restore_{format}")(backup)
        # A backup from an older release gets the newer migrations.
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Restored {format} backup {backup}.")

    def _has_data(self) -> bool:
        from notices.models import Organisation, User

        return "notices_user" in connection.introspection.table_names() and (User.objects.exists() or Organisation.objects.exists())

    def restore_sqlite(self, backup: Path) -> None:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
        connection.close()

    def restore_pg_dump(self, backup: Path) -> None:
        if not pg_tool_usable("pg_restore"):
            raise CommandError("pg_restore (at least as new as the server) is needed to restore this backup.")
        args, env = pg_command_env(connection.settings_dict)
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", *args]
        command += ["--dbname", connection.settings_dict["NAME"], str(backup)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed: {result.stderr.strip()}")

    def restore_json(self, backup: Path) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        with tempfile.TemporaryDirectory() as folder, transaction.atomic():
            # loaddata goes by the file name's extension, whatever the backup was called.
            fixture = Path(folder) / "backup.json"
            shutil.copyfile(backup, fixture)
            call_command("loaddata", str(fixture), verbosity=0)
