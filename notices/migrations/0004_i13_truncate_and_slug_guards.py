"""On PostgreSQL, two more things the database refuses whatever code (or psql) asks:

- TRUNCATE of the version tables. It skips row-level triggers (0002), so it needs a
  statement-level one. ``TRUNCATE notices_notice CASCADE`` reaches the version tables
  too and is refused the same way. A maintenance job that must empty them (the test
  suite's flush between tests) sets ``seloste.allow_truncate = 'on'`` for its transaction.
- Changing the public slug of a notice that has a published version: every version's
  public URL and every embed would move. (Readable addresses are separate aliases.)

SQLite relies on the models' guards (notices.models)."""

from django.db import migrations

VERSION_TABLES = ["notices_noticeversion", "notices_noticeversionfile"]

CREATE_FUNCTIONS = """
CREATE OR REPLACE FUNCTION seloste_reject_version_truncate() RETURNS trigger AS $$
BEGIN
    IF current_setting('seloste.allow_truncate', true) = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'published versions cannot be deleted (TRUNCATE on %)', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION seloste_reject_published_slug_change() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM notices_noticeversion WHERE notice_id = OLD.id) THEN
        RAISE EXCEPTION 'the public address of a published notice cannot be changed (notice %)', OLD.id
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""


def create_guards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # No params: the bodies' % placeholders belong to RAISE, not to the driver.
    schema_editor.execute(CREATE_FUNCTIONS, params=None)
    for table in VERSION_TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        schema_editor.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION seloste_reject_version_truncate()"
        )
    schema_editor.execute("DROP TRIGGER IF EXISTS notices_notice_published_slug ON notices_notice")
    schema_editor.execute(
        "CREATE TRIGGER notices_notice_published_slug BEFORE UPDATE OF public_slug ON notices_notice "
        "FOR EACH ROW WHEN (OLD.public_slug IS DISTINCT FROM NEW.public_slug) "
        "EXECUTE FUNCTION seloste_reject_published_slug_change()"
    )


def drop_guards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in VERSION_TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    schema_editor.execute("DROP TRIGGER IF EXISTS notices_notice_published_slug ON notices_notice")
    schema_editor.execute("DROP FUNCTION IF EXISTS seloste_reject_version_truncate()")
    schema_editor.execute("DROP FUNCTION IF EXISTS seloste_reject_published_slug_change()")


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0003_seed_adequacy"),
    ]

    operations = [
        migrations.RunPython(create_guards, drop_guards, elidable=False),
    ]
