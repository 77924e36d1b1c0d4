"""On PostgreSQL, the database itself refuses to change or delete a published version or
its PDF, whatever code (or person with psql) tries. INSERT stays allowed: publishing and
restoring a backup add rows. SQLite relies on the models' own guard."""

from django.db import migrations

TABLES = ["notices_noticeversion", "notices_noticeversionfile"]

CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION seloste_reject_version_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'published versions cannot be changed or deleted (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
"""


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # No params: the body's % placeholders belong to RAISE, not to the driver.
    schema_editor.execute(CREATE_FUNCTION, params=None)
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_immutable ON {table}")
        schema_editor.execute(
            f"CREATE TRIGGER {table}_immutable BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION seloste_reject_version_change()"
        )


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_immutable ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS seloste_reject_version_change()")


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_triggers, drop_triggers, elidable=False),
    ]
