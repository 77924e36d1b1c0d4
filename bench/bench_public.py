"""Public notice read speed vs. an ordinary rendered page, and PDF render time.

    .venv/bin/python bench/bench_public.py [--seconds 3]

Runs in-process through Django's test client on a throwaway SQLite database (so the
numbers compare code paths, not a web server). Prints requests/s for the public page
(latest and permanent URL), its 304, JSON and PDF download, against the dashboard
(a logged-in, template-rendered page), and the time to render one PDF and to publish.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("AXES_ENABLED", "0")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

settings.ALLOWED_HOSTS = ["*"]
settings.DEBUG = False


def rate(client, path, seconds, headers=None, expect=200):
    response = client.get(path, headers=headers or {})
    assert response.status_code == expect, (path, response.status_code)
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        client.get(path, headers=headers or {})
        count += 1
    return count / elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    from notices import publishing, services
    from notices.models import User
    from notices.tests.publishing_helpers import make_notice

    user = User.objects.create_user("bench@example.fi", "bench-password-123")
    notice = make_notice(user)

    start = time.perf_counter()
    version = services.notice_publish(notice=notice, by=user, note="bench")
    publish_seconds = time.perf_counter() - start
    page = publishing.render_language(
        language="fi", languages=version.languages, answers=version.answers, controller=version.controller,
        slug=notice.public_slug, number=version.number, published_at=version.published_at,
        drawn_up_on=publishing.local_date(version.published_at),
    )  # fmt: skip
    runs = 3
    start = time.perf_counter()
    for _ in range(runs):
        pdf = publishing.render_pdf(page.pdf_html)
    pdf_seconds = (time.perf_counter() - start) / runs

    anonymous, owner = Client(), Client()
    owner.force_login(user)
    slug = notice.public_slug
    latest = reverse("notices:public_notice", kwargs={"slug": slug})
    etag = anonymous.get(latest)["ETag"]
    results = {
        "public page (latest)": rate(anonymous, latest, args.seconds),
        "public page (version)": rate(anonymous, reverse("notices:public_version", kwargs={"slug": slug, "number": 1}), args.seconds),
        "public page 304": rate(anonymous, latest, args.seconds, {"If-None-Match": etag}, expect=304),
        "public JSON": rate(anonymous, reverse("notices:public_notice_json", kwargs={"slug": slug}), args.seconds),
        "public PDF download": rate(anonymous, reverse("notices:public_notice_pdf", kwargs={"slug": slug, "lang": "fi"}), args.seconds),
        "public history (template)": rate(anonymous, reverse("notices:public_history", kwargs={"slug": slug}), args.seconds),
        "dashboard (logged in, template)": rate(owner, reverse("notices:dashboard"), args.seconds),
    }
    baseline = results["dashboard (logged in, template)"]
    print(f"{'view':34} {'req/s':>9} {'× dashboard':>12}")
    for name, value in results.items():
        print(f"{name:34} {value:9.0f} {value / baseline:11.1f}×")
    print()
    print(f"PDF render, one language ({len(pdf) // 1024} KiB): {pdf_seconds * 1000:.0f} ms")
    print(f"publish, {len(version.languages)} languages (HTML + PDF, one transaction): {publish_seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
