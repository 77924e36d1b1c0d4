"""Timing, query counting and memory helpers. Medians of repeated runs, because the
machine is shared and noisy; one warm-up call first so imports, template loading and
font discovery are not charged to the first repetition.

Times are this process's CPU time (time.process_time), not wall time: on a shared
machine another process's burst then does not count against us, and what is measured
is what a worker spends. Everything measured runs in this one thread."""

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext

clock = time.process_time


def median_seconds(func: Callable[[], object], repeat: int, *, warmup: int = 1) -> float:
    """Median CPU time of ``func()`` over ``repeat`` runs."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(max(1, repeat)):
        start = clock()
        func()
        times.append(clock() - start)
    return statistics.median(times)


def interleaved_medians(funcs: dict[str, Callable[[], object]], repeat: int, *, warmup: int = 1) -> dict[str, float]:
    """Median time of each function, run round-robin: a burst of load from another
    process then slows all of them alike, so ratios between them stay meaningful."""
    for _ in range(warmup):
        for func in funcs.values():
            func()
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(max(1, repeat)):
        for name, func in funcs.items():
            start = clock()
            func()
            times[name].append(clock() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def queries(func: Callable[[], object]) -> tuple[int, list[str]]:
    """How many SQL queries ``func()`` makes, and their text."""
    with CaptureQueriesContext(connection) as captured:
        func()
    return len(captured.captured_queries), [query["sql"] for query in captured.captured_queries]


def peak_mib(func: Callable[[], object]) -> float:
    """Peak Python heap allocated while ``func()`` runs (tracemalloc), in MiB.
    Native allocations (Pango, HarfBuzz) are not seen; it measures what our code and
    WeasyPrint's Python side keep alive at once."""
    gc.collect()
    already = tracemalloc.is_tracing()
    if not already:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    try:
        func()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        if not already:
            tracemalloc.stop()
    return (peak - base) / (1024 * 1024)
