"""A consistent backup of the whole database, on SQLite or PostgreSQL.

Formats (``--format``, default ``auto``):
- ``sqlite``: SQLite's online backup API, a copy of the database file taken in one step.
- ``pg_dump``: PostgreSQL's custom-format dump (one snapshot), when a pg_dump at least as
  new as the server is installed.
- ``json``: every row as a Django fixture, read inside one REPEATABLE READ READ ONLY
  transaction so it is consistent too; restores into either database.

``auto`` picks sqlite on SQLite, pg_dump on PostgreSQL when usable, otherwise json.
Restore with ``manage.py restore FILE`` (see README, "Backups and restore").
"""

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

EXTENSIONS = {"sqlite": "sqlite3", "pg_dump": "pgdump", "json": "json"}
# Rebuilt on restore by migrate, or worthless in a restored copy.
JSON_EXCLUDE = ["contenttypes", "auth.permission", "sessions"]


def pg_command_env(settings_dict: dict) -> tuple[list[str], dict]:
    """Connection arguments for pg_dump/pg_restore; the password goes in the environment."""
    import os

    args = []
    if settings_dict.get("HOST"):
        args += ["--host", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def pg_tool_usable(tool: str) -> bool:
    """pg_dump refuses a newer server; then the JSON format is the consistent fallback."""
    path = shutil.which(tool)
    if not path:
        return False
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=False).stdout  # noqa: S603
    match = re.search(r"(\d+)(?:\.\d+)?", output)
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    return bool(match) and int(match.group(1)) >= server_major


class Command(BaseCommand):
    help = "Write a consistent backup of the database (SQLite or PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: backups/seloste-<time>.<ext>).")
        parser.add_argument("--format", choices=["auto", *EXTENSIONS], default="auto")

    def handle(self, *args, output=None, format="auto", **options):
        vendor = connection.vendor
        if format == "auto":
            if vendor == "sqlite":
                format = "sqlite"
            elif vendor == "postgresql" and pg_tool_usable("pg_dump"):
                format = "pg_dump"
            else:
                format = "json"
        if format == "sqlite" and vendor != "sqlite":
            raise CommandError("The sqlite format needs a SQLite database; use --format json.")
        if format == "pg_dump" and (vendor != "postgresql" or not pg_tool_usable("pg_dump")):
            raise CommandError("The pg_dump format needs PostgreSQL and a pg_dump at least as new as the server; use --format json.")

        if output:
            path = Path(output)
        else:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            path = Path(settings.BASE_DIR) / "backups" / f"seloste-{stamp}.{EXTENSIONS[format]}"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)

        getattr(self, f"backup_{format}")(partial)
        # Only a complete backup gets the real name, so a crash never leaves a file that
        # looks like a good backup.
        partial.replace(path)
        self.stdout.write(f"{format} backup written to {path} ({path.stat().st_size} bytes)")
        return None

    def backup_sqlite(self, path: Path) -> None:
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            with target:
                connection.connection.backup(target)
        finally:
            target.close()

    def backup_pg_dump(self, path: Path) -> None:
        args, env = pg_command_env(connection.settings_dict)
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(path), *args, connection.settings_dict["NAME"]]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0:
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")

    def backup_json(self, path: Path) -> None:
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    # Every table read from the same snapshot, without blocking writers.
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            serializers.register_serializer("json_precise", "notices.management.backup_json")
            call_command("dumpdata", format="json_precise", natural_foreign=True, exclude=JSON_EXCLUDE, output=str(path), verbosity=0)
