"""The benchmark functions. Each takes the World (bench/world.py) and ``repeat`` (how
many timed runs the median is taken over) and returns {name: Measurement}. The runner
(bench/__main__.py) puts them in one table and checks bench/targets.py against them."""

import statistics
import time
from dataclasses import dataclass

from bench import bench_public
from bench.measure import interleaved_medians, median_seconds, peak_mib, queries
from bench.world import render_pdfs, synthetic_answers

# Baselines measured in the same run; every time is shown as a ratio to one of them.
PDF = "PDF render, one language (fi)"
PUBLISH_REQUEST = "publish request (owner's POST, 2 languages)"
DASHBOARD = "dashboard (logged in, template)"


@dataclass
class Measurement:
    value: float
    unit: str  # "s", "queries" or "MiB"
    baseline: str = ""  # the name of the measurement this one is compared with
    note: str = ""


def _sample():
    from notices.content import samples

    return samples.sample_answers(), samples.sample_controller()


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
    return {name: Measurement(seconds, "s", PDF) for name, seconds in out.items()}


# --- Publishing: the whole service, its HTML part and its PDF part --------------------------------


def _render_languages(version):
    from notices import publishing

    return {
        lang: publishing.render_language(
            language=lang, languages=version.languages, answers=version.answers, controller=version.controller,
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
    pdf = b""
    whole, pdf_fi, pdf_all = [], [], []
    # WeasyPrint is warm: the world's first publish rendered two PDFs.
    for index in range(max(1, repeat)):
        edit_draft(world.notice, f"w{index}")
        start = time.perf_counter()
        services.notice_publish(notice=world.notice, by=world.user, note="bench")
        whole.append(time.perf_counter() - start)
        total = 0.0
        for lang, page in pages.items():
            start = time.perf_counter()
            pdf = publishing.pdf_bytes(page.pdf_html, language=lang)
            elapsed = time.perf_counter() - start
            total += elapsed
            if lang == "fi":
                pdf_fi.append(elapsed)
        pdf_all.append(total)
    # The owner's publish request through the view (issue 15): the version is stored and
    # the PDF jobs are enqueued; the worker renders them later, outside the request.
    url = reverse("notices:notice_publish", kwargs={"pk": world.notice.pk})
    requests = []
    for index in range(max(1, repeat)):
        edit_draft(world.notice, f"r{index}")
        start = time.perf_counter()
        response = world.owner.post(url, {"note": "bench"})
        requests.append(time.perf_counter() - start)
        assert response.status_code == 302, response.status_code
    worst = _worst_case_publish(world, repeat)
    edit_draft(world.notice, "memory")
    memory = peak_mib(lambda: services.notice_publish(notice=world.notice, by=world.user, note="bench"))
    # The worker's part for the latest version (untimed): the public PDF reads need it.
    render_pdfs(world.notice.versions.order_by("-number").first())
    languages = len(version.languages)
    return {
        PDF: Measurement(statistics.median(pdf_fi), "s", PDF, f"{len(pdf) // 1024} KiB"),
        PUBLISH_REQUEST: Measurement(statistics.median(requests), "s", PDF, "POST → 302, PDFs left to the worker"),
        f"publish, whole ({languages} languages)": Measurement(statistics.median(whole), "s", PDF, "the service, PDFs left to the worker"),
        # Before issue 15 the request rendered the PDFs itself: the service plus its PDF part.
        f"publish with its PDFs in the request (before, {languages} languages)": Measurement(
            statistics.median(whole) + statistics.median(pdf_all), "s", PDF, "service + PDF part"
        ),
        f"publish, PDF part ({languages} PDFs)": Measurement(statistics.median(pdf_all), "s", PDF),
        f"publish, HTML part (render_language ×{languages})": Measurement(html_all, "s", PDF),
        f"publish, peak Python memory ({languages} languages)": Measurement(memory, "MiB", note="tracemalloc"),
        WORST_PUBLISH: Measurement(worst, "s", PDF, "every limit of notices.limits"),
    }


WORST_PUBLISH = "publish, worst case (at every limit, 2 languages)"


def _worst_case_publish(world, repeat: int) -> float:
    """The most work one publish may cause (docs/security.md): a notice at the row and
    character limits. Its own notice, so the sample's versions are not disturbed."""
    from bench.world import worst_case_answers
    from notices import services
    from notices.tests.publishing_helpers import make_notice

    notice = make_notice(world.user, **worst_case_answers())
    times = []
    for index in range(max(1, repeat // 2)):
        edit_draft(notice, f"worst{index}")
        start = time.perf_counter()
        services.notice_publish(notice=notice, by=world.user, note="bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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

    def get():
        assert world.owner.get(url).status_code == 200

    return {
        f"notice_save_step service, purposes ({rows} rows)": save,
        f"wizard view POST, purposes ({rows} rows) → 302": post,
        f"wizard view GET, purposes ({rows} rows, with preview)": get,
    }


def _dashboard_calls(world) -> dict:
    from django.urls import reverse

    url = reverse("notices:dashboard")
    calls = {}
    for size, client in sorted(world.dashboards.items()):

        def get(client=client):
            assert client.get(url).status_code == 200

        calls[f"dashboard, {size} notice{'s' if size != 1 else ''}"] = get
    return calls


def bench_requests(world, repeat: int) -> dict[str, Measurement]:
    """Public reads (bench/bench_public.py), dashboards and the wizard, taken in turn
    (round-robin) so that all of them share one baseline: the dashboard GET."""
    wizard_calls, dashboard_calls = _wizard_calls(world), _dashboard_calls(world)
    times = bench_public.public_reads(world, repeat * 10, alongside={**dashboard_calls, **wizard_calls})
    out = {name: Measurement(seconds, "s", DASHBOARD) for name, seconds in times.items()}
    counted = bench_public.public_queries(world)
    for name, (count, _sql) in counted.items():
        if name.startswith("public"):
            out[f"queries: {name}"] = Measurement(count, "queries")
    # A 304 must be decided without loading the body (the page's HTML, the PDF's bytes).
    sql_304, sql_pdf_304 = counted["public page 304"][1], counted["public PDF 304"][1]
    loads = sum('"rendered"' in query for query in sql_304) + sum('"data"' in query for query in sql_pdf_304)
    out["304s that load the body"] = Measurement(loads, "queries")
    for name, call in dashboard_calls.items():
        out[f"queries: {name}"] = Measurement(queries(call)[0], "queries")
    out["queries: wizard view POST (save a step)"] = Measurement(queries(next(c for n, c in wizard_calls.items() if "POST" in n))[0], "queries")
    return out


BENCHMARKS = [bench_publish, bench_content, bench_requests]


def run_all(world, repeat: int, *, progress=None) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}
    for benchmark in BENCHMARKS:
        if progress:
            progress(benchmark.__name__)
        results.update(benchmark(world, repeat))
    return results
