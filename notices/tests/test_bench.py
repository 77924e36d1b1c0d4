"""The benchmarks (bench/) are not run in CI; this runs each of them once, with one
repetition, so they keep working as the code changes. Timings are not asserted here:
bench/run checks them as ratios (bench/README.md)."""

import pytest

from bench import benchmarks, targets
from bench.world import make_world

pytestmark = pytest.mark.django_db


def test_every_benchmark_runs_and_every_target_finds_its_measurements():
    world = make_world(dashboard_sizes=(1, 5, 30))
    # The wizard benchmark posts what a browser sends for the unchanged step.
    data = benchmarks.step_post_data(world.notice, "purposes")
    assert data["purposes-TOTAL_FORMS"] == str(len(world.notice.answers["purposes"]))
    assert data["purposes-0-description_fi"] == world.notice.answers["purposes"][0]["description"]["fi"]

    results = {}
    for benchmark in benchmarks.BENCHMARKS:
        measured = benchmark(world, 1)
        assert measured, benchmark.__name__
        results.update(measured)

    assert all(m.value >= 0 and m.unit in ("s", "queries", "MiB", "flag") for m in results.values())
    assert all(m.baseline in results for m in results.values() if m.baseline)
    missing = [target.text for target in targets.TARGETS if target.check(results)[0] is None]
    assert missing == []
