"""Swedish for the service library rows seeded before Swedish existed: a row's
description and cookie lifetimes get the file's Swedish text, but only where staff have
not changed the Finnish and English the row was seeded with (an edited row is theirs)."""

from django.db import migrations


def _with_swedish(stored, shipped):
    if not isinstance(stored, dict) or not isinstance(shipped, dict) or stored.get("sv") or not shipped.get("sv"):
        return None
    if any(stored.get(code) != shipped.get(code) for code in ("fi", "en")):
        return None
    return {**stored, "sv": shipped["sv"]}


def add_swedish(apps, schema_editor):
    from notices.content import service_library

    Entry = apps.get_model("notices", "ServiceLibraryEntry")
    shipped = {data.get("code"): data for data in service_library.load_file()}
    for row in Entry.objects.filter(code__in=list(shipped)):
        data = shipped[row.code]
        changed = []
        description = _with_swedish(row.description, data.get("description"))
        if description:
            row.description = description
            changed.append("description")
        if isinstance(row.cookies, list) and isinstance(data.get("cookies"), list):
            by_name = {cookie.get("name"): cookie for cookie in data["cookies"] if isinstance(cookie, dict)}
            cookies = []
            for cookie in row.cookies:
                lifetime = _with_swedish(cookie.get("lifetime"), (by_name.get(cookie.get("name")) or {}).get("lifetime")) if isinstance(cookie, dict) else None
                cookies.append({**cookie, "lifetime": lifetime} if lifetime else cookie)
            if cookies != row.cookies:
                row.cookies = cookies
                changed.append("cookies")
        if changed:
            row.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0010_merge_i13"),
    ]

    operations = [
        migrations.RunPython(add_swedish, migrations.RunPython.noop),
    ]
