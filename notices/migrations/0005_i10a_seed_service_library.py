"""Seed the ServiceLibraryEntry table from service_library.json. Staff keep it current in
the admin afterwards; existing rows are left alone."""

from django.db import migrations


def seed(apps, schema_editor):
    from notices.content import service_library

    Entry = apps.get_model("notices", "ServiceLibraryEntry")
    for data in service_library.load_file():
        service = service_library.service_from_dict(data)
        Entry.objects.get_or_create(
            code=service.code,
            defaults={
                "name": service.name,
                "group": service.group,
                "kind": service.kind,
                "description": service.description,
                "entity": service.entity or "",
                "country": service.country or "",
                "role": service.role or "",
                "categories": service.categories,
                "transfers": service.transfers,
                "cookies": service.cookies,
                "privacy_url": service.privacy_url or "",
                "sources": service.sources,
                # The historical model has no custom save(): compute the date here.
                "checked_on": service.checked_on,
                "active": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0004_i10a_service_library"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
