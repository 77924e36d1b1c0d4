"""Public notice reads in-process, and PDF render time: a quick look while working on
the public views.

    .venv/bin/python bench/bench_public.py [--repeat 200]

Runs in-process through Django's test client on a throwaway SQLite database. Prints
requests/s (from the median CPU time per request) for the public page (latest and
permanent URL), its 304, JSON and PDF download. These are not compared with a template
page any more (issue 14: an in-process SQLite read says little about serving); their
speed targets are measured over HTTP with gunicorn and PostgreSQL. The full suite
(bench/run) reuses ``public_queries`` from here for its exact query counts."""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.measure import interleaved_medians, median_seconds, queries  # noqa: E402


def public_requests(world) -> dict[str, tuple]:
    """name → (client, path, headers, expected status)."""
    from django.urls import reverse

    slug = world.slug
    anonymous = world.anonymous
    latest = reverse("notices:public_notice", kwargs={"slug": slug})
    etag = anonymous.get(latest)["ETag"]
    pdf_etag = anonymous.get(reverse("notices:public_notice_pdf", kwargs={"slug": slug, "lang": "fi"}))["ETag"]
    return {
        "public page (latest)": (anonymous, latest, {}, 200),
        "public page (version)": (anonymous, reverse("notices:public_version", kwargs={"slug": slug, "number": 1}), {}, 200),
        "public page 304": (anonymous, latest, {"If-None-Match": etag}, 304),
        "public JSON": (anonymous, reverse("notices:public_notice_json", kwargs={"slug": slug}), {}, 200),
        "public PDF download": (anonymous, reverse("notices:public_notice_pdf", kwargs={"slug": slug, "lang": "fi"}), {}, 200),
        "public PDF 304": (anonymous, reverse("notices:public_notice_pdf", kwargs={"slug": slug, "lang": "fi"}), {"If-None-Match": pdf_etag}, 304),
        "public history (template)": (anonymous, reverse("notices:public_history", kwargs={"slug": slug}), {}, 200),
    }


def _get(client, path, headers, expect):
    def call():
        response = client.get(path, headers=headers)
        assert response.status_code == expect, (path, response.status_code)
        return response

    return call


def public_reads(world, repeat: int, *, alongside=None) -> dict[str, float]:
    """name → median CPU seconds per request, the requests taken in turn (round-robin),
    with ``alongside`` ({name: callable}) timed in the same rounds."""
    funcs = {name: _get(*request) for name, request in public_requests(world).items()}
    return interleaved_medians({**funcs, **(alongside or {})}, repeat)


def public_queries(world) -> dict[str, tuple[int, list[str]]]:
    """name → (number of SQL queries, their text) for one request."""
    return {name: queries(_get(*request)) for name, request in public_requests(world).items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200, help="requests per view (median taken)")
    args = parser.parse_args()

    from bench import env

    env.setup()
    from bench.world import make_world
    from notices import publishing

    start = time.perf_counter()
    world = make_world(dashboard_sizes=())
    setup_seconds = time.perf_counter() - start
    version = world.version
    page = publishing.render_language(
        language="fi", languages=version.languages, answers=version.answers, controller=version.controller,
        slug=world.slug, number=version.number, published_at=version.published_at,
        drawn_up_on=publishing.local_date(version.published_at),
    )  # fmt: skip
    pdf = publishing.render_pdf(page.pdf_html)
    pdf_seconds = median_seconds(lambda: publishing.render_pdf(page.pdf_html), 3, warmup=0)

    results = public_reads(world, args.repeat)
    print(f"{'view':34} {'req/s':>9}")
    for name, seconds in results.items():
        print(f"{name:34} {1 / seconds:9.0f}")
    print()
    print(f"PDF render, one language ({len(pdf) // 1024} KiB): {pdf_seconds * 1000:.0f} ms")
    print(f"set-up including the first publish, {len(version.languages)} languages: {setup_seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
