"""The speed and memory targets, as ratios of two measurements from the same run (the
machine is shared and noisy, so absolute times move; ratios move much less), as query
counts, or as generous absolute ceilings. bench/README.md explains each.

Issue 14 made them fair: PDF and content costs are compared with plain WeasyPrint
rendering bench/prose.html (not with our own PDF, which could grow and take every ratio
down with it), request costs with the dashboard of 5 notices, and growth with the same
measurement at a smaller size."""

from dataclasses import dataclass

from bench.benchmarks import (
    DASHBOARD,
    DASHBOARD_AFRESH,
    HEAVIEST_AFRESH,
    HEAVIEST_STEP,
    PDF_PAGE,
    PER_NOTICE,
    PUBLISH_REQUEST,
    RAW,
    RAW_PAGE,
    SUBSETTER,
    WIZARD_GET,
    WORST_PAGE,
)


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


def ms(name):
    return lambda r: 1000 * v(r, name)


PUBLIC_QUERY_NAMES = [
    "public page (latest)", "public page (version)", "public page 304",
    "public JSON", "public PDF download", "public PDF 304",
]  # fmt: skip

TARGETS = [
    # PDFs, against plain WeasyPrint on a fixed document that is not ours.
    Target("WeasyPrint subsets fonts with HarfBuzz (hb-subset), not fontTools", lambda r: v(r, SUBSETTER), 1, "min", unit=""),
    Target("our PDF per page ≤ 1.5× raw WeasyPrint's per page", ratio(PDF_PAGE, RAW_PAGE), 1.5),
    Target("PDF per page, 200 rows each ≤ 1.5× raw WeasyPrint's per page", ratio("PDF render per page, 200 rows each (fi)", RAW_PAGE), 1.5),
    Target(
        "PDF per page stays flat: 200 vs 20 rows ≤ 1.5×",
        ratio("PDF render per page, 200 rows each (fi)", "PDF render per page, 20 rows each (fi)"),
        1.5,
    ),
    Target("worst-case publish with its PDFs, per page ≤ 2× raw WeasyPrint's per page", ratio(WORST_PAGE, RAW_PAGE), 2),
    # Content: the builder and the checker run on every wizard page (preview, review),
    # at save and at publish, so they must stay far below a PDF.
    Target("build_document (sample) < 1/20 of raw WeasyPrint", ratio("build_document, sample (fi)", RAW), 1 / 20),
    Target("check_notice (sample) < 1/20 of raw WeasyPrint", ratio("check_notice, sample", RAW), 1 / 20),
    Target("build_document stays linear: 200 vs 20 rows < 15×", ratio("build_document, 200 rows each (fi)", "build_document, 20 rows each (fi)"), 15),
    Target("check_notice stays linear: 200 vs 20 rows < 15×", ratio("check_notice, 200 rows each", "check_notice, 20 rows each"), 15),
    Target("build_document with 200 rows each < 1/2 of raw WeasyPrint", ratio("build_document, 200 rows each (fi)", RAW), 1 / 2),
    # Publishing: the request stores the version and leaves the PDFs to the worker (issue 15).
    Target("publish (2 languages) < 1.5× its PDF part", ratio("publish, whole (2 languages)", "publish, PDF part (2 PDFs)"), 1.5),
    Target("publish request (2 languages) < 0.3× raw WeasyPrint", ratio(PUBLISH_REQUEST, RAW), 0.3),
    Target("publish HTML part (2 languages) < 1/4 of raw WeasyPrint", ratio("publish, HTML part (render_language ×2)", RAW), 1 / 4),
    Target("peak Python memory of publishing 2 languages < 80 MiB", lambda r: v(r, "publish, peak Python memory (2 languages)"), 80, unit=" MiB"),
    # Public reads: exact query counts (their speed is measured over HTTP, bench/README.md).
    Target("a 304 never loads the page body or PDF bytes", lambda r: v(r, "304s that load the body"), 0, unit=" q"),
    *[Target(f"{name} makes ≤ 1 query", lambda r, n=name: v(r, f"queries: {n}"), 1, unit=" q") for name in PUBLIC_QUERY_NAMES],
    # The dashboard: stored statuses (notices/status.py), nothing recomputed per notice.
    Target("dashboard cost per notice (1 → 300) ≤ 0.2 ms", ms(PER_NOTICE), 0.2, unit=" ms"),
    Target(
        "dashboard queries, 30 vs 1 notice: no growth", lambda r: v(r, "queries: dashboard, 30 notices") - v(r, "queries: dashboard, 1 notice"), 0, unit=" q"
    ),
    # The wizard: a step page costs no more than a small dashboard, and a GET writes nothing.
    Target("wizard step GET ≤ 1× a dashboard of 5 notices", ratio(WIZARD_GET, DASHBOARD), 1),
    Target("wizard step GET ≤ 15 ms CPU", ms(WIZARD_GET), 15, unit=" ms"),
    Target("every wizard step GET (the heaviest) ≤ 1× a dashboard of 5 notices", ratio(HEAVIEST_STEP, DASHBOARD), 1),
    Target("every wizard step GET (the heaviest) ≤ 15 ms CPU", ms(HEAVIEST_STEP), 15, unit=" ms"),
    # Rows are remembered per process, the dashboard's and the wizard's alike: both again
    # with nothing remembered, the first view after an edit, against each other.
    Target("heaviest step, rows written afresh ≤ 1× a dashboard of 5 written afresh", ratio(HEAVIEST_AFRESH, DASHBOARD_AFRESH), 1),
    Target("wizard step GET writes nothing", lambda r: v(r, "writes: wizard view GET"), 0, unit=" q"),
    Target("notice_save_step (service) < 100 ms", ms("notice_save_step service, purposes (7 rows)"), 100, unit=" ms"),
    Target("wizard step POST → 302 < 2× a dashboard of 5 notices", ratio("wizard view POST, purposes (7 rows) → 302", DASHBOARD), 2),
    Target("wizard step save ≤ 12 queries", lambda r: v(r, "queries: wizard view POST (save a step)"), 12, unit=" q"),
]
