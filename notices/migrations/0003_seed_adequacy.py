"""Seed the AdequacyDecision table from the catalogue's dated list. Staff keep it current
in the admin afterwards; existing rows are left alone."""

from django.db import migrations


def seed(apps, schema_editor):
    from notices.content import catalogues

    AdequacyDecision = apps.get_model("notices", "AdequacyDecision")
    for entry in catalogues.ADEQUACY:
        if len(entry.code) > 2:
            # The country column is two characters wide until 0004 widens it for
            # international organisations (EPO); 0004 adds those rows itself.
            continue
        AdequacyDecision.objects.get_or_create(
            country=entry.code,
            defaults={
                "scope": {"fi": entry.label("fi"), "en": entry.label("en")},
                "decided_on": entry.attrs.get("decided_on"),
                "listed_on": catalogues.ADEQUACY_LIST_DATE,
                "source": catalogues.ADEQUACY_SOURCE,
                "active": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0002_version_immutability_trigger"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
