"""Run every benchmark, print one table of ratios to in-run baselines, check the targets.

    bench/run [--quick] [--repeat N] [--only NAME ...]

Exit status 1 when a target is missed (see bench/targets.py and bench/README.md)."""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def format_value(m) -> str:
    if m.unit == "s":
        return f"{m.value * 1000:10.3f} ms"
    if m.unit == "MiB":
        return f"{m.value:10.1f} MiB"
    if m.unit == "flag":
        return f"{'yes' if m.value else 'NO':>10}   "
    return f"{m.value:10.0f} q"


def print_table(results) -> None:
    width = max(len(name) for name in results) + 2
    print(f"{'measurement (median CPU time)':{width}} {'median':>13}  {'÷ baseline':>11}  baseline")
    for name, m in results.items():
        base = results.get(m.baseline)
        if m.unit == "s" and base is not None and m.baseline != name:
            r = m.value / base.value
            shown = f"{r:11.4f}" if r < 0.01 else f"{r:11.3f}"
            speed = f"  ({1 / r:.1f}× faster)" if r < 1 else ""
            print(f"{name:{width}} {format_value(m)}  {shown}  {m.baseline}{speed}{'  ' + m.note if m.note else ''}")
        elif m.unit == "s" and m.baseline == name:
            print(f"{name:{width}} {format_value(m)}  {'1':>11}  (baseline){'  ' + m.note if m.note else ''}")
        else:
            print(f"{name:{width}} {format_value(m)}  {'':11}  {m.note}")


def check_targets(results) -> int:
    from bench.targets import TARGETS

    missed = 0
    width = max(len(t.text) for t in TARGETS) + 2
    print(f"\n{'target':{width}} {'measured':>12} {'limit':>12}  result")
    for target in TARGETS:
        value, ok = target.check(results)
        sign = "≤" if target.kind == "max" else "≥"
        shown = "n/a" if value is None else (f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}")
        limit = f"{target.limit:.3f}" if abs(target.limit) < 10 else f"{target.limit:.0f}"
        print(f"{target.text:{width}} {shown + target.unit:>12} {sign + ' ' + limit + target.unit:>12}  {'ok' if ok else 'MISSED'}")
        missed += not ok
    return missed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="scale of repetitions (medians); default 5")
    parser.add_argument("--quick", action="store_true", help="one repetition each: checks the benchmarks run, numbers are rough")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else args.repeat

    from bench import env

    started = time.perf_counter()
    env.setup()
    from bench.benchmarks import run_all
    from bench.world import make_world
    from notices.pdf import font_subsetter

    world = make_world()
    print(f"set-up (migrate, fixtures, first publish): {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(f"WeasyPrint's font subsetter in this run: {font_subsetter()}")
    results = run_all(world, repeat, progress=lambda name: print(f"running {name} …", file=sys.stderr))
    print()
    print_table(results)
    missed = check_targets(results)
    print(f"\n{len(results)} measurements in {time.perf_counter() - started:.0f} s; {missed} target(s) missed.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
