"""The salon journey's interaction count and wall time (notices/tests/browser/test_salon_journey.py).

    .venv/bin/python bench/salon_journey.py          # print the last run's result
    .venv/bin/python bench/salon_journey.py --run    # run the browser test first (≈ 1 min)

The browser test writes artifacts/salon_journey.json; this prints it. Not part of
bench/run: it needs Chromium and a live server."""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULT = ROOT / "artifacts" / "salon_journey.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run the browser test first")
    args = parser.parse_args()
    if args.run:
        test = "notices/tests/browser/test_salon_journey.py"
        completed = subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", "browser", test], cwd=ROOT, check=False)
        if completed.returncode:
            print("the salon journey test failed", file=sys.stderr)
    if not RESULT.exists():
        print(f"no result yet: run with --run (writes {RESULT.relative_to(ROOT)})", file=sys.stderr)
        return 1
    result = json.loads(RESULT.read_text(encoding="utf-8"))
    print(f"salon journey: {result['interactions']} interactions (limit {result['limit']}), wall time {result['wall_time_s']:.1f} s")
    print(f"  templates: {', '.join(result['templates'])}")
    print(f"  services:  {', '.join(result['services']) or 'none (no service library)'}")
    return 0 if result["interactions"] <= result["limit"] else 1


if __name__ == "__main__":
    sys.exit(main())
