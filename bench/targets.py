"""The speed and memory targets, as ratios of two measurements from the same run (the
machine is shared and noisy, so absolute times move; ratios move much less), as query
counts, or as generous absolute ceilings. bench/README.md explains each."""

from dataclasses import dataclass

from bench.benchmarks import DASHBOARD, PDF, PUBLISH_REQUEST, WORST_PUBLISH


@dataclass(frozen=True)
class Target:
    text: str
    measured: callable  # results → the number compared with the limit
    limit: float
    kind: str = "max"  # "max": measured ≤ limit; "min": measured ≥ limit
    unit: str = "×"

    def check(self, results) -> tuple[float | None, bool]:
        try:
            value = self.measured(results)
        except KeyError:
            return None, False
        return value, (value <= self.limit if self.kind == "max" else value >= self.limit)


def v(results, name):
    return results[name].value


def ratio(a, b):
    return lambda r: v(r, a) / v(r, b)


def faster(fast, slow):
    """How many times faster ``fast`` is than ``slow``."""
    return lambda r: v(r, slow) / v(r, fast)


PUBLIC_QUERY_NAMES = [
    "public page (latest)", "public page (version)", "public page 304",
    "public JSON", "public PDF download", "public PDF 304",
]  # fmt: skip

TARGETS = [
    # Content: the builder and the checker run on every wizard page (preview, review,
    # dashboard), so they must stay far below the one slow thing we do, a PDF.
    Target("build_document (sample) < 1/20 of rendering its PDF", ratio("build_document, sample (fi)", PDF), 1 / 20),
    Target("check_notice (sample) < 1/20 of rendering its PDF", ratio("check_notice, sample", PDF), 1 / 20),
    Target("build_document stays linear: 200 vs 20 rows < 15×", ratio("build_document, 200 rows each (fi)", "build_document, 20 rows each (fi)"), 15),
    Target("check_notice stays linear: 200 vs 20 rows < 15×", ratio("check_notice, 200 rows each", "check_notice, 20 rows each"), 15),
    Target("build_document with 200 rows each < 1/2 of one PDF render", ratio("build_document, 200 rows each (fi)", PDF), 1 / 2),
    # Publishing: PDFs are the expensive part; everything else (check, HTML, writes) is small.
    Target("publish (2 languages) < 1.5× its PDF part", ratio("publish, whole (2 languages)", "publish, PDF part (2 PDFs)"), 1.5),
    # Issue 15: the request stores the version and leaves the PDFs to the worker.
    Target("publish request (2 languages) < 0.3× one PDF render", ratio(PUBLISH_REQUEST, PDF), 0.3),
    Target("publish HTML part (2 languages) < 1/4 of one PDF render", ratio("publish, HTML part (render_language ×2)", PDF), 1 / 4),
    # Bounded work (notices.limits): the largest notice accepted costs at most 10 typical ones.
    Target("worst-case publish (every limit) ≤ 10× the sample's publish", ratio(WORST_PUBLISH, "publish, whole (2 languages)"), 10),
    Target("peak Python memory of publishing 2 languages < 80 MiB", lambda r: v(r, "publish, peak Python memory (2 languages)"), 80, unit=" MiB"),
    # Public reads: stored strings and bytes, no template, at most one query.
    Target("public page (latest) ≥ 3× faster than the dashboard", faster("public page (latest)", DASHBOARD), 3, "min"),
    Target("public page (version) ≥ 3× faster than the dashboard", faster("public page (version)", DASHBOARD), 3, "min"),
    Target("public JSON ≥ 3× faster than the dashboard", faster("public JSON", DASHBOARD), 3, "min"),
    Target("public PDF download ≥ 3× faster than the dashboard", faster("public PDF download", DASHBOARD), 3, "min"),
    Target("public page 304 ≥ 1.5× faster than the full page", faster("public page 304", "public page (latest)"), 1.5, "min"),
    Target("public PDF 304 not slower than the download (≥ 0.8×)", faster("public PDF 304", "public PDF download"), 0.8, "min"),
    Target("a 304 never loads the page body or PDF bytes", lambda r: v(r, "304s that load the body"), 0, unit=" q"),
    *[Target(f"{name} makes ≤ 1 query", lambda r, n=name: v(r, f"queries: {n}"), 1, unit=" q") for name in PUBLIC_QUERY_NAMES],
    # The dashboard: the number of queries must not grow with the number of notices.
    Target(
        "dashboard queries, 30 vs 1 notice: no growth", lambda r: v(r, "queries: dashboard, 30 notices") - v(r, "queries: dashboard, 1 notice"), 0, unit=" q"
    ),
    Target("dashboard with 30 notices < 1/2 of one PDF render", ratio("dashboard, 30 notices", PDF), 1 / 2),
    # The wizard: saving a step must feel instant.
    Target("notice_save_step (service) < 100 ms", lambda r: 1000 * v(r, "notice_save_step service, purposes (7 rows)"), 100, unit=" ms"),
    Target("wizard step POST → 302 < 2× a dashboard GET", ratio("wizard view POST, purposes (7 rows) → 302", DASHBOARD), 2),
    Target("wizard step save ≤ 12 queries", lambda r: v(r, "queries: wizard view POST (save a step)"), 12, unit=" q"),
]
