"""The benchmark functions. Each takes the World (bench/world.py) and ``repeat`` (how
many timed runs the median is taken over) and returns {name: Measurement}. The runner
(bench/__main__.py) puts them in one table and checks bench/targets.py against them.

Fair baselines (issue 14): PDF and content costs are compared with plain WeasyPrint
rendering a fixed document that is not ours (bench/prose.html, 8 pages of prose), in the
same run, so making our own PDF slower cannot hide behind itself; request costs are
compared with the dashboard of 5 notices, and growth (1 → 30 → 300 notices, 20 → 200 →
the worst case's rows) with the same measurement at the smaller size."""

import functools
import io
import statistics
from dataclasses import dataclass
from pathlib import Path

from bench import bench_public
from bench.measure import clock, interleaved_medians, median_seconds, peak_mib, queries
from bench.world import render_pdfs, synthetic_answers

PROSE = Path(__file__).with_name("prose.html")

# Baselines measured in the same run; every time is shown as a ratio to one of them.
RAW = "raw WeasyPrint, bench/prose.html"
RAW_PAGE = "raw WeasyPrint, per page"
PDF = "PDF render, sample notice (fi)"
PDF_PAGE = "PDF render per page, sample notice (fi)"
SUBSETTER = "font subsetter is HarfBuzz (hb-subset)"
PUBLISH_REQUEST = "publish request (owner's POST, 2 languages)"
DASHBOARD = "dashboard, 5 notices"
PER_NOTICE = "dashboard, cost per notice"
WIZARD_GET = "wizard view GET, purposes (7 rows, with preview)"
WIZARD_STEP = "wizard view GET, step "  # + the step's key: every step of the sample notice
HEAVIEST_STEP = "wizard view GET, heaviest step"
# The same with nothing remembered: the first view of a page after its rows changed.
AFRESH = ", rows written afresh"
HEAVIEST_AFRESH = HEAVIEST_STEP + AFRESH
DASHBOARD_AFRESH = DASHBOARD + AFRESH
WORST_PUBLISH = "publish with its PDFs, worst case (at every limit, 2 languages)"
WORST_PAGE = "publish with its PDFs, worst case, per PDF page"


@dataclass
class Measurement:
    value: float
    unit: str  # "s", "queries", "MiB" or "flag"
    baseline: str = ""  # the name of the measurement this one is compared with
    note: str = ""


def _sample():
    from notices.content import samples

    return samples.sample_answers(), samples.sample_controller()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def raw_weasyprint() -> bytes:
    """bench/prose.html through WeasyPrint as anyone would call it: no fetcher, no font
    configuration kept, no PDF/UA. Our PDFs must cost about what this costs per page."""
    from weasyprint import HTML

    return HTML(filename=str(PROSE)).write_pdf()


# --- PDF: ours against plain WeasyPrint -----------------------------------------------------------


def bench_pdf(world, repeat: int) -> dict[str, Measurement]:
    """Our sample PDF and the raw prose document, timed in the same rounds."""
    from notices import pdf as pdf_module
    from notices import publishing

    page = _render_languages(world.version)["fi"]
    ours = publishing.pdf_bytes(page.pdf_html, language="fi")
    raw = raw_weasyprint()
    times = interleaved_medians({RAW: raw_weasyprint, PDF: lambda: publishing.pdf_bytes(page.pdf_html, language="fi")}, max(1, repeat))
    raw_pages, our_pages = page_count(raw), page_count(ours)
    subsetter = pdf_module.font_subsetter()
    return {
        RAW: Measurement(times[RAW], "s", RAW, f"{raw_pages} pages, {len(raw) // 1024} KiB"),
        RAW_PAGE: Measurement(times[RAW] / raw_pages, "s", RAW_PAGE),
        PDF: Measurement(times[PDF], "s", RAW, f"{our_pages} pages, {len(ours) // 1024} KiB"),
        PDF_PAGE: Measurement(times[PDF] / our_pages, "s", RAW_PAGE),
        SUBSETTER: Measurement(1 if subsetter == "harfbuzz" else 0, "flag", note=f"WeasyPrint subsets fonts with {subsetter}"),
    }


# --- Content: build_document and check_notice --------------------------------------------------


def bench_content(world, repeat: int) -> dict[str, Measurement]:
    from notices.content.builder import build_document
    from notices.content.checker import check_notice

    answers, controller = _sample()
    calls = {
        "build_document, sample (fi)": lambda: build_document(answers=answers, controller=controller, language="fi"),
        "build_document, sample (en)": lambda: build_document(answers=answers, controller=controller, language="en"),
        "check_notice, sample": lambda: check_notice(answers=answers, controller=controller),
    }
    for rows in (20, 200):
        big = synthetic_answers(rows)
        calls[f"build_document, {rows} rows each (fi)"] = lambda big=big: build_document(answers=big, controller=controller, language="fi")
        calls[f"check_notice, {rows} rows each"] = lambda big=big: check_notice(answers=big, controller=controller)
    # Round-robin, so that the 20-row and 200-row runs meet the same load.
    out = interleaved_medians(calls, repeat * 10)
    return {name: Measurement(seconds, "s", RAW) for name, seconds in out.items()}


# --- Publishing: the whole service, its HTML part and its PDF part --------------------------------


def _render_languages(version, answers=None):
    from notices import publishing

    return {
        lang: publishing.render_language(
            language=lang, languages=version.languages, answers=answers or version.answers, controller=version.controller,
            slug=version.notice.public_slug, number=version.number, published_at=version.published_at,
            drawn_up_on=publishing.local_date(version.published_at),
        )
        for lang in version.languages
    }  # fmt: skip


def edit_draft(notice, mark: str) -> None:
    """Change a sentence of the draft, as a user would between two publishes (publishing
    an unchanged draft is refused)."""
    from notices.models import Notice

    answers = Notice.objects.get(pk=notice.pk).answers
    answers["rights"]["changes"] = {"fi": f"Kerromme muutoksista verkkosivuillamme ({mark}).", "en": f"We announce changes on our website ({mark})."}
    Notice.objects.filter(pk=notice.pk).update(answers=answers)


def bench_publish(world, repeat: int) -> dict[str, Measurement]:
    """Publish and its two PDFs timed in the same rounds, so a burst of load from another
    process lands on both sides of the ratio."""
    from django.urls import reverse

    from notices import publishing, services

    version = world.version
    pages = _render_languages(version)
    html_all = median_seconds(lambda: _render_languages(version), repeat * 3)
    whole, pdf_all = [], []
    # WeasyPrint is warm: the world's first publish rendered two PDFs.
    for index in range(max(1, repeat)):
        edit_draft(world.notice, f"w{index}")
        start = clock()
        services.notice_publish(notice=world.notice, by=world.user, note="bench")
        whole.append(clock() - start)
        start = clock()
        for lang, page in pages.items():
            publishing.pdf_bytes(page.pdf_html, language=lang)
        pdf_all.append(clock() - start)
    # The owner's publish request through the view (issue 15): the version is stored and
    # the PDF jobs are enqueued; the worker renders them later, outside the request.
    url = reverse("notices:notice_publish", kwargs={"pk": world.notice.pk})
    requests = []
    for index in range(max(1, repeat)):
        edit_draft(world.notice, f"r{index}")
        start = clock()
        response = world.owner.post(url, {"note": "bench"})
        requests.append(clock() - start)
        assert response.status_code == 302, response.status_code
    edit_draft(world.notice, "memory")
    memory = peak_mib(lambda: services.notice_publish(notice=world.notice, by=world.user, note="bench"))
    # The worker's part for the latest version (untimed): the public PDF reads need it.
    render_pdfs(world.notice.versions.order_by("-number").first())
    languages = len(version.languages)
    return {
        PUBLISH_REQUEST: Measurement(statistics.median(requests), "s", RAW, "POST → 302, PDFs left to the worker"),
        f"publish, whole ({languages} languages)": Measurement(statistics.median(whole), "s", RAW, "the service, PDFs left to the worker"),
        f"publish, PDF part ({languages} PDFs)": Measurement(statistics.median(pdf_all), "s", RAW),
        f"publish, HTML part (render_language ×{languages})": Measurement(html_all, "s", RAW),
        f"publish, peak Python memory ({languages} languages)": Measurement(memory, "MiB", note="tracemalloc"),
        **_publish_growth(world, repeat),
    }


def _pdf_of(world, answers) -> tuple[float, int]:
    """CPU time and pages of the Finnish PDF of ``answers`` as publishing makes it. Past
    the page limit too (a 200-row notice is refused at publish): growth is the question."""
    from django.test import override_settings

    from notices import publishing

    page = _render_languages(world.version, answers=answers)["fi"]
    with override_settings(SELOSTE_MAX_PDF_PAGES=10**6):
        start = clock()
        pdf = publishing.pdf_bytes(page.pdf_html, language="fi")
        return clock() - start, page_count(pdf)


def _publish_growth(world, repeat: int) -> dict[str, Measurement]:
    """The PDF of 20 and 200 rows each, and the worst case's whole publish with its PDFs:
    per page, the cost must not grow with the length of the tables (issue 14: WeasyPrint
    went superlinear on long tables)."""
    out = {}
    for rows in (20, 200):
        runs = [_pdf_of(world, synthetic_answers(rows)) for _ in range(max(1, repeat // 3))]
        seconds, pages = statistics.median(run[0] for run in runs), runs[0][1]
        out[f"PDF render, {rows} rows each (fi)"] = Measurement(seconds, "s", RAW, f"{pages} pages")
        out[f"PDF render per page, {rows} rows each (fi)"] = Measurement(seconds / pages, "s", RAW_PAGE)
    worst, pages = _worst_case_publish(world, repeat)
    out[WORST_PUBLISH] = Measurement(worst, "s", RAW, f"every limit of notices.limits; {pages} PDF pages")
    out[WORST_PAGE] = Measurement(worst / pages, "s", RAW_PAGE)
    return out


def _worst_case_publish(world, repeat: int) -> tuple[float, int]:
    """The most work one publish may cause (docs/security.md): a notice at the row and
    character limits, published and its PDFs rendered (the worker's job). Its own notice,
    so the sample's versions are not disturbed."""
    from bench.world import worst_case_answers
    from notices import jobs, services
    from notices.models import NoticeVersionFile, PdfRender
    from notices.tests.publishing_helpers import make_notice

    notice = make_notice(world.user, **worst_case_answers())
    times, pages = [], 0
    for index in range(max(1, repeat // 2)):
        edit_draft(notice, f"worst{index}")
        start = clock()
        version = services.notice_publish(notice=notice, by=world.user, note="bench")
        renders = list(PdfRender.objects.filter(version=version).values_list("pk", flat=True))
        for render_id in renders:
            jobs.pdf_render_run(render_id=render_id)
        times.append(clock() - start)
        pages = sum(page_count(bytes(data)) for data in NoticeVersionFile.objects.filter(version=version).values_list("data", flat=True))
    return statistics.median(times), pages


# --- The wizard: one step saved through the service and through the view --------------------------


def step_post_data(notice, step: str) -> dict:
    """The POST a browser sends when the user saves ``step`` unchanged: every field of
    the step's forms and formsets with its current value."""
    from notices import wizard

    step_forms = wizard.get_step(notice, step).build()
    bound = []
    for form in step_forms.forms.values():
        bound.extend(form)
    data: dict = {}
    for rows in step_forms.rows.values():
        bound.extend(rows.formset.management_form)
        for form in rows.formset.forms:
            bound.extend(form)
    for field in bound:
        value = field.value()
        if value is None or value is False:
            continue
        if value is True:
            value = "on"
        if isinstance(value, dict):  # a text in each language: one input per language
            data.update({f"{field.html_name}_{lang}": str(text) for lang, text in value.items()})
            continue
        data[field.html_name] = [str(item) for item in value] if isinstance(value, list | tuple) else str(value)
    return data


def _wizard_calls(world) -> dict:
    from django.urls import reverse

    from notices import services

    notice = world.notice
    purposes = list(notice.answers["purposes"])
    rows = len(purposes)
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})
    data = step_post_data(notice, "purposes")

    def save():
        services.notice_save_step(notice=notice, step="purposes", data=purposes, by=world.user, resume_at="categories")

    def post():
        response = world.owner.post(url, data)
        assert response.status_code == 302, ("the step did not save", response.status_code)

    def get(url=url):
        assert world.owner.get(url).status_code == 200

    from notices.content.steps import STEP_KEYS

    # Every step too: the target holds for the heaviest, not only for the one above.
    step_urls = {step: reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": step}) for step in STEP_KEYS}
    steps = {f"{WIZARD_STEP}{step}": functools.partial(get, step_url) for step, step_url in step_urls.items()}

    def afresh(step_url):
        forget_rows()
        get(step_url)

    steps.update({f"{WIZARD_STEP}{step}{AFRESH}": functools.partial(afresh, step_url) for step, step_url in step_urls.items()})
    return {
        f"notice_save_step service, purposes ({rows} rows)": save,
        f"wizard view POST, purposes ({rows} rows) → 302": post,
        f"wizard view GET, purposes ({rows} rows, with preview)": get,
        **steps,
    }


def forget_rows() -> None:
    """Empty the per-process memories of written rows (the dashboard's, the wizard's)."""
    from notices.templatetags import wizard_tags
    from notices.views import organisations

    wizard_tags._row_html.clear()
    organisations._row_html.clear()


def _dashboard_calls(world) -> dict:
    from django.urls import reverse

    url = reverse("notices:dashboard")
    calls = {}
    for size, client in sorted(world.dashboards.items()):

        def get(client=client):
            assert client.get(url).status_code == 200

        calls[f"dashboard, {size} notice{'s' if size != 1 else ''}"] = get

    def afresh(client=world.dashboards[5]):
        forget_rows()
        assert client.get(url).status_code == 200

    calls[DASHBOARD_AFRESH] = afresh
    return calls


WRITES = ("INSERT", "UPDATE", "DELETE")


def bench_requests(world, repeat: int) -> dict[str, Measurement]:
    """Dashboards and the wizard, taken in turn (round-robin) so that all of them meet the
    same load; compared with the dashboard of 5 notices and, for growth, with 1 notice."""
    wizard_calls, dashboard_calls = _wizard_calls(world), _dashboard_calls(world)
    every = {**dashboard_calls, **wizard_calls}
    # In two rounds: a call that empties the memories would make the next one in the same
    # round write its rows afresh too.
    times = interleaved_medians({name: call for name, call in every.items() if not name.endswith(AFRESH)}, repeat * 10)
    out = {name: Measurement(seconds, "s", DASHBOARD) for name, seconds in times.items()}
    afresh = interleaved_medians({name: call for name, call in every.items() if name.endswith(AFRESH)}, repeat * 10)
    out.update({name: Measurement(seconds, "s", DASHBOARD_AFRESH) for name, seconds in afresh.items()})
    times.update(afresh)
    heaviest = max((name for name in times if name.startswith(WIZARD_STEP) and not name.endswith(AFRESH)), key=times.get)
    out[HEAVIEST_STEP] = Measurement(times[heaviest], "s", DASHBOARD, note=heaviest.removeprefix(WIZARD_STEP))
    heaviest = max((name for name in times if name.startswith(WIZARD_STEP) and name.endswith(AFRESH)), key=times.get)
    out[HEAVIEST_AFRESH] = Measurement(times[heaviest], "s", DASHBOARD_AFRESH, note=heaviest.removeprefix(WIZARD_STEP).removesuffix(AFRESH))
    sizes = sorted(world.dashboards)
    smallest, largest = sizes[0], sizes[-1]
    first, last = times[f"dashboard, {smallest} notice{'s' if smallest != 1 else ''}"], times[f"dashboard, {largest} notices"]
    out[PER_NOTICE] = Measurement(
        max(0.0, last - first) / max(1, largest - smallest), "s", note=f"(dashboard of {largest} − dashboard of {smallest}) ÷ {largest - smallest}"
    )
    for name, call in dashboard_calls.items():
        if not name.endswith(AFRESH):
            out[f"queries: {name}"] = Measurement(queries(call)[0], "queries")
    out["queries: wizard view POST (save a step)"] = Measurement(queries(next(c for n, c in wizard_calls.items() if "POST" in n))[0], "queries")
    _count, sql = queries(wizard_calls[WIZARD_GET])
    out["writes: wizard view GET"] = Measurement(sum(query.lstrip().upper().startswith(WRITES) for query in sql), "queries")
    out.update(_public_queries(world))
    return out


def _public_queries(world) -> dict[str, Measurement]:
    """Query counts of the public reads (exact, not timed: their speed is measured over
    HTTP with PostgreSQL, not here against a template page)."""
    out = {}
    counted = bench_public.public_queries(world)
    for name, (count, _sql) in counted.items():
        out[f"queries: {name}"] = Measurement(count, "queries")
    # A 304 must be decided without loading the body (the page's HTML, the PDF's bytes).
    sql_304, sql_pdf_304 = counted["public page 304"][1], counted["public PDF 304"][1]
    loads = sum('"rendered"' in query for query in sql_304) + sum('"data"' in query for query in sql_pdf_304)
    out["304s that load the body"] = Measurement(loads, "queries")
    return out


BENCHMARKS = [bench_pdf, bench_publish, bench_content, bench_requests]


def run_all(world, repeat: int, *, progress=None) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}
    for benchmark in BENCHMARKS:
        if progress:
            progress(benchmark.__name__)
        results.update(benchmark(world, repeat))
    return results
