"""How well quantified achievements are found in real resume lines, against hand labels.

The labels are the metric development set, ``benchmarks/data/metrics_dev.jsonl`` (keys only, no
text; ``benchmarks/data/README.md`` says how the lines were cut, chosen and labelled). Each
labelled line is found again in ``../shared/data`` and run through resume_kit on its own, the way a
user's file is run: ``load_resume`` on a one-line text, then ``extract`` (the whole pipeline, in one
batch). The public path and not ``nlp.metrics.find_metrics`` directly, so the figures are those of
``Resume.metrics`` as a user gets them (normalised value, unit, baseline), with the pipeline's own
tokenizer and sentences; one batch of ~600 one-line documents costs a few seconds.

What is counted:

* an expected metric is **found** when a found metric's span overlaps its labelled span (each found
  metric is matched to at most one expected metric, the one it overlaps most);
* **kind right**: the found kind is the labelled one (resume_kit's ``ratio`` is the issue's
  ``multiplier``);
* **value right**: the found value is the labelled one (1e-6 relative); for a change ("from 300 to
  120") the value is the end, the baseline the start and the direction (``up`` / ``down``) the
  labelled one, also when only the end is written ("cut ... to 4 weeks" is ``down``); for a range
  ("$500K to $10M") the value is the low end and ``high`` the high end; a metric labelled with
  neither must carry no direction and no high end; money must carry the labelled currency when the
  label has one; durations compare in seconds (so "2 hours" = "120 minutes"). Run against a
  resume_kit whose ``Metric`` has no ``high`` / ``direction`` (before issue 19), those read as
  None;
* a **negative** line (no metric, a ``negative_type``: years of experience, grade, version...)
  has a **false metric** when anything is found in it;
* found metrics that match no label on a line that has labels are printed as extras.

Targets (issue 19): at least 95% of the expected metrics found with the right value; at most 2%
of the negative lines with a false metric.

The shipped fixtures (``examples/`` and the resumes of ``tests/fixtures/``) have no metric labels:
the project's tests only assert that ``jordan-rivera-resume.txt`` yields at least 10 metrics,
percent and money among them. Their figures are the metrics found per file, and that check.

Usage::

    python benchmarks/metrics_real.py              # the tables
    python benchmarks/metrics_real.py --show 40    # and the first 40 misses and false metrics,
                                                   # with their line (read from ../shared, shown
                                                   # on the terminal only)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from _common import ROOT
from _metrics_dev import DATA, DEV_SET, load_dev_set, resolve

import resume_kit
from resume_kit.model.documents import Metric, Resume, SourceText

TARGET_FOUND_RIGHT = 0.95
TARGET_FALSE_NEGATIVES = 0.02
KINDS = ("percent", "money", "team_size", "count", "duration", "multiplier", "rank")
PROJECT_KIND = {"ratio": "multiplier"}  # resume_kit's names -> the issue's
FIXTURES = (
    "examples/jordan-rivera-resume.txt",
    "examples/jordan-rivera-resume.docx",
    "tests/fixtures/software-engineer-resume.txt",
    "tests/fixtures/few-matches-resume.txt",
    "tests/fixtures/resume-title-case.md",
    "tests/fixtures/resume.json",
    "tests/fixtures/tricky-resume.txt",
)
# Seconds per time unit, singular and plural, as labels and resume_kit write them.
_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629746.0,
    "quarter": 7889238.0,
    "year": 31556952.0,
}
# A number glued to a word, as PDF extraction leaves them ("from$25,000", "$1million", "4hrs").
_RUN_TOGETHER = re.compile(
    r"\b(?:from|by|to|of)\$?\d|\d(?:million|billion|mil|hrs|mins|percent)\b", re.IGNORECASE
)
_ABBREVIATIONS = {"s": "second", "sec": "second", "min": "minute", "hr": "hour", "yr": "year"}


@dataclass
class Row:
    """One line of a table: expected metrics and how many were found, of the right kind / value."""

    expected: int = 0
    found: int = 0
    kind_right: int = 0
    value_right: int = 0


@dataclass
class Outcome:
    """Everything the development set measured."""

    by_kind: dict[str, Row] = field(default_factory=lambda: defaultdict(Row))
    by_shape: dict[str, Row] = field(default_factory=lambda: defaultdict(Row))
    negatives: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    false_kinds: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    extras: Counter[str] = field(default_factory=Counter)
    ranges: list[int] = field(default_factory=lambda: [0, 0])  # found, high end right
    changes: list[int] = field(default_factory=lambda: [0, 0])  # found, direction right
    extra_lines: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_metrics: list[str] = field(default_factory=list)


def seconds_per(unit: str | None) -> float | None:
    """Seconds in one ``unit`` ("hours", "mins", "day"...), None for a unit that is not time."""
    if not unit:
        return None
    word = re.sub(r"^(?:person|man)[- ]", "", unit.lower().rstrip("."))  # person-hours: hours
    word = _ABBREVIATIONS.get(word, _ABBREVIATIONS.get(word.rstrip("s"), word))
    return _SECONDS.get(word, _SECONDS.get(word.rstrip("s")))


def same(a: float | None, b: float | None) -> bool:
    """Two numbers equal to 1e-6 relative (both None counts as equal)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def in_seconds(value: float | None, unit: str | None) -> float | None:
    per = seconds_per(unit)
    return None if value is None or per is None else value * per


def value_right(label: dict[str, object], found: Metric) -> bool:
    """Whether a found metric carries the labelled value (see the module docstring)."""
    return number_right(label, found) and ends_right(label, found)


def ends_right(label: dict[str, object], found: Metric) -> bool:
    """A range's high end and a change's direction, as labelled (None when not labelled)."""
    high = getattr(found, "high", None)
    direction = getattr(found, "direction", None)
    if label["high"] is None:
        if high is not None:
            return False
    elif label["kind"] == "duration" and seconds_per(str(label["unit"])) is not None:
        unit = str(label["unit"])
        if not same(in_seconds(high, found.unit), in_seconds(float(label["high"]), unit)):
            return False
    elif not same(high, float(label["high"])):  # type: ignore[arg-type]
        return False
    return direction == label["direction"]


def number_right(label: dict[str, object], found: Metric) -> bool:
    """The value (a change's end, a range's low end), the currency and the baseline."""
    before = label["before"]
    if before is not None:
        expected, baseline = label["after"], before
    elif label["low"] is not None:
        expected, baseline = label["low"], None
    else:
        expected, baseline = label["value"], None
    if label["kind"] == "duration" and seconds_per(str(label["unit"])) is not None:
        unit = str(label["unit"])
        if not same(in_seconds(found.value, found.unit), in_seconds(float(expected), unit)):
            return False
        if baseline is None:
            return True
        return same(in_seconds(found.baseline, found.unit), in_seconds(float(baseline), unit))
    if not same(found.value, float(expected)):
        return False
    if label["kind"] == "money" and label["unit"] and found.unit != label["unit"]:
        return False
    return baseline is None or same(found.baseline, float(baseline))


def shapes(label: dict[str, object], surface: str) -> list[str]:
    """The shapes of a labelled metric, for the table by shape (a metric can have several)."""
    out = []
    if label["before"] is not None or label["direction"] is not None:
        out.append("change (from A to B)")
    if label["low"] is not None:
        out.append("range (A to B)")
    if not re.search(r"\d", surface):
        out.append("number in words")
    if re.search(r"\d\s*(?:k|mm?|mil|b|bn|million|billion)\b", surface, re.IGNORECASE):
        out.append("scaled (k, M, million...)")
    if re.search(r"[~+]|\bover\b|\bmore than\b", surface):
        out.append("approximate or open (~, +)")
    if _RUN_TOGETHER.search(surface):
        out.append("run together")
    return out or ["plain"]


def match(labels: list[dict[str, object]], found: list[Metric]) -> list[Metric | None]:
    """For each label, the found metric overlapping it most (each found metric used once)."""
    taken: set[int] = set()
    matched: list[Metric | None] = []
    for label in labels:
        start, end = int(label["start"]), int(label["end"])  # type: ignore[call-overload]
        best, best_overlap = None, 0
        for i, metric in enumerate(found):
            overlap = min(end, metric.end) - max(start, metric.start)
            if i not in taken and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            taken.add(best)
        matched.append(found[best] if best is not None else None)
    return matched


def describe(metric: Metric) -> str:
    baseline = f" from {metric.baseline:g}" if metric.baseline is not None else ""
    high = getattr(metric, "high", None)
    direction = getattr(metric, "direction", None)
    high_text = f" to {high:g}" if high is not None else ""
    went = f" ({direction})" if direction else ""
    text = f"{metric.text!r} {metric.kind} {metric.value:g}{high_text}{baseline}{went}"
    return f"{text} {metric.unit or ''}".rstrip()


def run_dev_set(entries: list[dict[str, object]]) -> tuple[Outcome, float]:
    """Extract every labelled line and compare; the outcome and the extraction time."""
    lines = []
    for entry in entries:
        line, why = resolve(entry)
        if line is None:
            raise SystemExit(
                f"Error: {entry['source']} line {entry['line_index']}: {why}; "
                "run benchmarks/metrics_dev_check.py"
            )
        lines.append(line)
    start = time.perf_counter()
    documents = [
        resume_kit.load_resume(SourceText(source=f"dev-{i}", format="txt", text=line))
        for i, line in enumerate(lines)
    ]
    extracted: list[Resume] = resume_kit.extract(documents)
    seconds = time.perf_counter() - start
    outcome = Outcome()
    for entry, line, document in zip(entries, lines, extracted, strict=True):
        if document.text != line:
            raise SystemExit(f"Error: the reader changed line {entry['line_index']}: spans differ")
        labels: list[dict[str, object]] = entry["metrics"]  # type: ignore[assignment]
        found = document.metrics
        where = f"{entry['source']}:{entry['line_index']}"
        if not labels:
            tally = outcome.negatives[str(entry["negative_type"])]
            tally[0] += 1
            if found:
                tally[1] += 1
                outcome.false_kinds[str(entry["negative_type"])].update(m.kind for m in found)
                outcome.false_metrics.append(
                    f"  [{entry['negative_type']}] {where}: {line}\n"
                    f"      found {'; '.join(describe(m) for m in found)}"
                )
            continue
        matched = match(labels, found)
        used = {id(m) for m in matched if m is not None}
        unmatched = [m for m in found if id(m) not in used]
        outcome.extras.update(m.kind for m in unmatched)
        if unmatched:
            outcome.extra_lines.append(
                f"  {where}: {line}\n      extra {'; '.join(describe(m) for m in unmatched)}"
            )
        for label, metric in zip(labels, matched, strict=True):
            surface = line[int(label["start"]) : int(label["end"])]  # type: ignore[call-overload]
            rows = [outcome.by_kind[str(label["kind"])]]
            rows += [outcome.by_shape[shape] for shape in shapes(label, surface)]
            right = metric is not None and value_right(label, metric)
            kind = PROJECT_KIND.get(metric.kind, metric.kind) if metric is not None else None
            kind_ok = kind == label["kind"]
            for row in rows:
                row.expected += 1
                row.found += metric is not None
                row.kind_right += kind_ok
                row.value_right += right
            if label["low"] is not None and metric is not None:
                outcome.ranges[0] += 1
                outcome.ranges[1] += ends_right(label, metric)
            if label["direction"] is not None and metric is not None:
                outcome.changes[0] += 1
                outcome.changes[1] += ends_right(label, metric)
            if not right:
                got = "nothing" if metric is None else describe(metric)
                keys = ("value", "unit", "low", "high", "before", "direction")
                want = {k: label[k] for k in keys}
                want = {k: v for k, v in want.items() if v is not None}
                outcome.misses.append(
                    f"  {where}: {line}\n      expected {surface!r} {label['kind']} {want}; "
                    f"found {got}"
                )
    return outcome, seconds


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def print_rows(title: str, rows: dict[str, Row], order: list[str]) -> Row:
    print(f"{title:<28}{'expected':>9}{'found':>14}{'kind right':>14}{'value right':>15}")
    total = Row()
    for name in order:
        row = rows.get(name, Row())
        print(
            f"  {name:<26}{row.expected:>9}{row.found:>7} {pct(row.found, row.expected)}"
            f"{row.kind_right:>7} {pct(row.kind_right, row.found)}"
            f"{row.value_right:>7} {pct(row.value_right, row.expected)}"
        )
        for attr in ("expected", "found", "kind_right", "value_right"):
            setattr(total, attr, getattr(total, attr) + getattr(row, attr))
    return total


def report_dev_set(outcome: Outcome, entries: list[dict[str, object]], seconds: float) -> bool:
    """Print the development-set tables; True when both targets are met."""
    positives = sum(1 for e in entries if e["metrics"])
    metrics = sum(len(e["metrics"]) for e in entries)  # type: ignore[arg-type]
    print(
        f"Metric development set: {len(entries)} lines ({positives} with metrics, "
        f"{len(entries) - positives} hard negatives), {metrics} metrics; "
        f"extracted in {seconds:.1f} s\n"
    )
    total = print_rows("by kind", outcome.by_kind, list(KINDS))
    print(
        f"  {'all':<26}{total.expected:>9}{total.found:>7} {pct(total.found, total.expected)}"
        f"{total.kind_right:>7} {pct(total.kind_right, total.found)}"
        f"{total.value_right:>7} {pct(total.value_right, total.expected)}"
    )
    print("  (found: % of expected; kind right: % of found; value right: % of expected)")
    found, right = outcome.ranges
    print(f"  ranges found: {found}, high end right: {right}")
    found, right = outcome.changes
    print(f"  changes found: {found}, direction right: {right}\n")
    shapes_seen = sorted(outcome.by_shape, key=lambda s: -outcome.by_shape[s].expected)
    print_rows("by shape (a metric may count twice)", outcome.by_shape, shapes_seen)
    print()
    print(f"{'negatives by type':<28}{'lines':>9}{'with a false metric':>24}   kinds found")
    lines_total = false_total = 0
    for kind, (lines, false) in sorted(outcome.negatives.items(), key=lambda kv: -kv[1][0]):
        kinds = ", ".join(f"{k} {n}" for k, n in outcome.false_kinds[kind].most_common())
        print(f"  {kind:<26}{lines:>9}{false:>15} {pct(false, lines)}   {kinds}".rstrip())
        lines_total += lines
        false_total += false
    print(f"  {'all':<26}{lines_total:>9}{false_total:>15} {pct(false_total, lines_total)}\n")
    extras = ", ".join(f"{k} {n}" for k, n in outcome.extras.most_common())
    print(
        f"extra metrics on labelled lines (found, not labelled): "
        f"{sum(outcome.extras.values())} ({extras or 'none'})\n"
    )
    found_right = total.value_right / total.expected if total.expected else 0.0
    false_rate = false_total / lines_total if lines_total else 0.0
    met_found = found_right >= TARGET_FOUND_RIGHT
    met_false = false_rate <= TARGET_FALSE_NEGATIVES
    print("targets (issue 19)")
    print(
        f"  found with the right value    {100 * found_right:5.1f}%  target >= "
        f"{100 * TARGET_FOUND_RIGHT:.0f}%  {'met' if met_found else 'NOT MET'}"
    )
    print(
        f"  negatives with a false metric {100 * false_rate:5.1f}%  target <= "
        f"{100 * TARGET_FALSE_NEGATIVES:.0f}%   {'met' if met_false else 'NOT MET'}\n"
    )
    return met_found and met_false


def report_fixtures() -> None:
    """Metrics found in the shipped example and fixture resumes, and the tests' one assertion."""
    print("shipped fixtures (no labels; the tests assert jordan-rivera-resume.txt has >= 10")
    print("metrics, percent and money among them)")
    paths = [ROOT / name for name in FIXTURES if (ROOT / name).exists()]
    extracted = resume_kit.extract([resume_kit.load_resume(path) for path in paths])
    total: Counter[str] = Counter()
    for path, document in zip(paths, extracted, strict=True):
        kinds = Counter(PROJECT_KIND.get(m.kind, m.kind) for m in document.metrics)
        total.update(kinds)
        listed = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
        name = path.relative_to(ROOT).as_posix()
        print(f"  {name:<44}{len(document.metrics):>4}   {listed}")
        if path.name == "jordan-rivera-resume.txt":
            ok = len(document.metrics) >= 10 and {"percent", "money"} <= kinds.keys()
            print(f"  {'':<44}      the tests' assertion: {'holds' if ok else 'FAILS'}")
    listed = ", ".join(f"{k} {n}" for k, n in total.most_common())
    print(f"  {'all':<44}{sum(total.values()):>4}   {listed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEV_SET, help="the labelled JSONL file")
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="print N misses and N false metrics"
    )
    parser.add_argument("--no-fixtures", action="store_true", help="skip the shipped fixtures")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"Error: {DATA} not found: the measure needs ../shared beside the project")
        return 1
    entries = load_dev_set(args.set)
    outcome, seconds = run_dev_set(entries)
    report_dev_set(outcome, entries, seconds)
    if args.show:
        print(f"misses ({len(outcome.misses)}; first {args.show}):")
        print("\n".join(outcome.misses[: args.show]))
        print(f"\nfalse metrics on negatives ({len(outcome.false_metrics)}; first {args.show}):")
        print("\n".join(outcome.false_metrics[: args.show]))
        print(f"\nextra metrics on labelled lines ({len(outcome.extra_lines)}; first {args.show}):")
        print("\n".join(outcome.extra_lines[: args.show]))
        print()
    if not args.no_fixtures:
        report_fixtures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
