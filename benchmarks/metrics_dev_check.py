"""Check that every key of the metric development set still finds its line in ``../shared/data``.

``benchmarks/data/metrics_dev.jsonl`` holds no text: each entry names a source, a line index and
the hash of that line (see ``benchmarks/data/README.md``). This script cuts every source into lines
again (``_metrics_dev.split_lines``), and for each entry checks that the source is there, that the
index is inside it, that the line's hash is the one stored, and that every metric's character span
lies inside the line. It also checks that each entry is well formed (a known kind, a number for a
value, a negative line with a ``negative_type`` and no metric).

Prints ``N keys resolve, M do not`` and lists the ones that do not; exit status 1 when any does not
(or when an entry is malformed), 0 otherwise.

Usage::

    python benchmarks/metrics_dev_check.py [--set PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _metrics_dev import DATA, DEV_SET, load_dev_set, resolve

KINDS = frozenset(
    {"percent", "money", "team_size", "count", "duration", "multiplier", "rank", "ratio"}
)
DIRECTIONS = frozenset({"up", "down", None})
_NUMBER_FIELDS = ("low", "high", "before", "after")


def malformed(entry: dict[str, object]) -> str | None:
    """Why an entry breaks the format of the README, or None when it does not."""
    for key in ("source", "line_hash", "line_index", "metrics", "negative_type"):
        if key not in entry:
            return f"no {key!r}"
    metrics = entry["metrics"]
    if not isinstance(metrics, list):
        return "metrics is not a list"
    if not metrics and not entry["negative_type"]:
        return "no metric and no negative_type"
    if metrics and entry["negative_type"]:
        return "metrics and a negative_type"
    for metric in metrics:
        if metric.get("kind") not in KINDS:
            return f"unknown kind {metric.get('kind')!r}"
        if not isinstance(metric.get("value"), int | float):
            return f"value {metric.get('value')!r} is not a number"
        if metric.get("direction") not in DIRECTIONS:
            return f"direction {metric.get('direction')!r}"
        for key in _NUMBER_FIELDS:
            if metric.get(key) is not None and not isinstance(metric[key], int | float):
                return f"{key} {metric[key]!r} is not a number"
        if not isinstance(metric.get("start"), int) or not isinstance(metric.get("end"), int):
            return "start / end are not integers"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEV_SET, help="the JSONL file to check")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"Error: {DATA} not found: the check needs ../shared beside the project")
        return 1
    entries = load_dev_set(args.set)
    resolved, failures, bad = 0, [], []
    seen: set[tuple[object, object]] = set()
    for number, entry in enumerate(entries, 1):
        problem = malformed(entry)
        key = (entry.get("source"), entry.get("line_index"))
        if problem is None and key in seen:
            problem = "the same line twice"
        seen.add(key)
        if problem is not None:
            bad.append(
                f"  entry {number} ({entry.get('source')}:{entry.get('line_index')}): {problem}"
            )
            continue
        line, why = resolve(entry)
        if line is None:
            failures.append(f"  {entry['source']} line {entry['line_index']}: {why}")
        else:
            resolved += 1
    print(f"{resolved} keys resolve, {len(failures)} do not")
    if failures:
        print("\n".join(failures))
    if bad:
        print(f"{len(bad)} entries are malformed:")
        print("\n".join(bad))
    return 1 if failures or bad else 0


if __name__ == "__main__":
    sys.exit(main())
