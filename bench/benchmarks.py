"""The benchmark functions. Each takes the World (bench/world.py) and ``repeat`` (how
many timed runs the median is taken over) and returns {name: Measurement}. The runner
(bench/__main__.py) puts them in one table and checks bench/targets.py against them."""

from dataclasses import dataclass

from bench import bench_public
from bench.measure import median_seconds, median_seconds_prepared, peak_mib, queries
from bench.world import synthetic_answers

# Baselines measured in the same run; every time is shown as a ratio to one of them.
PDF = "PDF render, one language (fi)"
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
    out = {
        "build_document, sample (fi)": median_seconds(lambda: build_document(answers=answers, controller=controller, language="fi"), repeat * 10),
        "build_document, sample (en)": median_seconds(lambda: build_document(answers=answers, controller=controller, language="en"), repeat * 10),
        "check_notice, sample": median_seconds(lambda: check_notice(answers=answers, controller=controller), repeat * 10),
    }
    for rows in (20, 200):
        big = synthetic_answers(rows)
        out[f"build_document, {rows} rows each (fi)"] = median_seconds(lambda big=big: build_document(answers=big, controller=controller, language="fi"), repeat * 3)
        out[f"check_notice, {rows} rows each"] = median_seconds(lambda big=big: check_notice(answers=big, controller=controller), repeat * 3)
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
    from notices import publishing, services

    version = world.version
    pages = _render_languages(version)
    pdf_fi = median_seconds(lambda: publishing.pdf_bytes(pages["fi"].pdf_html, language="fi"), repeat)
    pdf_all = median_seconds(lambda: [publishing.pdf_bytes(page.pdf_html, language=lang) for lang, page in pages.items()], repeat, warmup=0)
    html_all = median_seconds(lambda: _render_languages(version), repeat * 3)

    edits = iter(range(1_000_000))

    def publish():
        # A publish that changes nothing is refused, so every run edits the draft first.
        from notices.tests.publishing_helpers import edit_draft

        edit_draft(world.notice, f"Muutos {next(edits)}")
        return services.notice_publish(notice=world.notice, by=world.user, note="bench")

    whole = median_seconds_prepared(lambda i: edit_draft(world.notice, f"w{i}"), publish, repeat)
    edit_draft(world.notice, "memory")
    memory = peak_mib(publish)
    languages = len(version.languages)
    return {
        PDF: Measurement(pdf_fi, "s", PDF, f"{len(publishing.pdf_bytes(pages['fi'].pdf_html, language='fi')) // 1024} KiB"),
        f"publish, whole ({languages} languages)": Measurement(whole, "s", PDF),
        f"publish, PDF part ({languages} PDFs)": Measurement(pdf_all, "s", PDF),
        f"publish, HTML part (render_language ×{languages})": Measurement(html_all, "s", PDF),
        f"publish, peak Python memory ({languages} languages)": Measurement(memory, "MiB", note="tracemalloc"),
    }


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


def bench_wizard(world, repeat: int) -> dict[str, Measurement]:
    from django.urls import reverse

    from notices import services

    notice = world.notice
    purposes = list(notice.answers["purposes"])
    service = median_seconds(
        lambda: services.notice_save_step(notice=notice, step="purposes", data=purposes, by=world.user, resume_at="categories"), repeat * 5
    )
    url = reverse("notices:wizard_step", kwargs={"pk": notice.pk, "step": "purposes"})
    data = step_post_data(notice, "purposes")

    def post():
        response = world.owner.post(url, data)
        assert response.status_code == 302, ("the step did not save", response.status_code)

    def get():
        assert world.owner.get(url).status_code == 200

    view_post = median_seconds(post, repeat * 3)
    view_get = median_seconds(get, repeat * 3)
    count, _ = queries(post)
    rows = len(purposes)
    return {
        f"notice_save_step service, purposes ({rows} rows)": Measurement(service, "s", DASHBOARD),
        f"wizard view POST, purposes ({rows} rows) → 302": Measurement(view_post, "s", DASHBOARD),
        f"wizard view GET, purposes ({rows} rows, with preview)": Measurement(view_get, "s", DASHBOARD),
        "queries: wizard view POST (save a step)": Measurement(count, "queries"),
    }


# --- Public reads (bench/bench_public.py) and the dashboard ---------------------------------------


def bench_public_reads(world, repeat: int) -> dict[str, Measurement]:
    out = {name: Measurement(seconds, "s", DASHBOARD) for name, seconds in bench_public.public_reads(world, repeat * 20).items()}
    for name, (count, sql) in bench_public.public_queries(world).items():
        if name.startswith("public"):
            out[f"queries: {name}"] = Measurement(count, "queries")
    # A 304 must be decided without loading the body (the page's HTML, the PDF's bytes).
    _, sql_304 = bench_public.public_queries(world)["public page 304"]
    _, sql_pdf_304 = bench_public.public_queries(world)["public PDF 304"]
    loads = sum('"rendered"' in query for query in sql_304) + sum('"data"' in query for query in sql_pdf_304)
    out["304s that load the body"] = Measurement(loads, "queries")
    return out


def bench_dashboard(world, repeat: int) -> dict[str, Measurement]:
    from django.urls import reverse

    url = reverse("notices:dashboard")
    out = {}
    for size, client in sorted(world.dashboards.items()):

        def get(client=client):
            assert client.get(url).status_code == 200

        out[f"dashboard, {size} notice{'s' if size != 1 else ''}"] = Measurement(median_seconds(get, repeat * 3), "s", DASHBOARD)
        count, _ = queries(get)
        out[f"queries: dashboard, {size} notice{'s' if size != 1 else ''}"] = Measurement(count, "queries")
    return out


BENCHMARKS = [bench_publish, bench_content, bench_public_reads, bench_dashboard, bench_wizard]


def run_all(world, repeat: int, *, progress=None) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}
    for benchmark in BENCHMARKS:
        if progress:
            progress(benchmark.__name__)
        results.update(benchmark(world, repeat))
    return results
