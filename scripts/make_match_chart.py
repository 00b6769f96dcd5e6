"""Draw the README's match-report chart from the shipped example resume and posting.

The chart is :func:`resume_kit.tailoring.chart.draw_chart` of the example match, scored as of a
fixed month so the figures do not move with the calendar. The PNG is byte-for-byte reproducible for
a given matplotlib version (a different version may shift anti-aliasing, and then ``--check`` says
so).

Usage::

    python scripts/make_match_chart.py          # rewrite docs/match-report.png
    python scripts/make_match_chart.py --check  # exit 1 if docs/match-report.png is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resume_kit.api import score
from resume_kit.tailoring.chart import draw_chart

ROOT = Path(__file__).resolve().parent.parent
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
CHART = ROOT / "docs" / "match-report.png"
TODAY = "2025-06"  # the month ongoing roles end, fixed so the chart is reproducible


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the README chart; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    png = draw_chart(score(RESUME, POSTING, today=TODAY))
    if args.check:
        if not CHART.is_file() or CHART.read_bytes() != png:
            print(f"{CHART} is stale: run python scripts/make_match_chart.py", file=sys.stderr)
            return 1
        return 0
    CHART.parent.mkdir(exist_ok=True)
    CHART.write_bytes(png)
    print(f"wrote {CHART.relative_to(ROOT)} ({len(png):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
