"""Published versions stay immutable, but deleting an organisation (or an account, Art. 17)
must remove its data entirely. The trigger of 0002 keeps refusing every UPDATE, and every
DELETE unless the deleting transaction has said ``SET LOCAL seloste.allow_version_delete =
'on'`` — which only notices.services_lifecycle does, for the whole organisation at once.
SET LOCAL ends with the transaction, so nothing else can inherit the permission."""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION seloste_reject_version_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('seloste.allow_version_delete', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'published versions cannot be changed or deleted (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
"""

ORIGINAL = """
CREATE OR REPLACE FUNCTION seloste_reject_version_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'published versions cannot be changed or deleted (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ORIGINAL, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0004_i12_withdrawal_site_notice_addresses"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
