"""How long do texts shaped to be slow take? Builds adversarial texts up to the default
``--max-chars`` (1,000,000 characters) and times, for each, reading + structure
(``resume_kit.load_resume`` / ``load_posting`` from bytes) and extraction (``resume_kit.extract``)
apart, next to the floor: bare ``spacy.blank("en")`` tokenizing the same text in the same process.

Target (issue 18): every shape finishes in under 3 s on the 2-core development machine, or stops
at the input time budget (``--max-seconds``) with a clear error. The budget is lifted here (unless
``--budget`` is given) so the table shows the work itself; the last column says whether the default
budget would have stopped it.

Each shape runs in a process of its own (a stuck shape is killed after ``--timeout`` seconds and
shown as such, and memory does not pile up):

    python benchmarks/adversarial.py                    # every shape, both kinds, 1,000,000 chars
    python benchmarks/adversarial.py --size 200000      # smaller texts (linear: 1/5 of the time)
    python benchmarks/adversarial.py --shape "one-letter lines" --kind resume
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

MAX_CHARS = 1_000_000  # Limits.max_chars's default
MAX_WORD = 2_000  # Limits.max_word_chars's default


def _repeat(unit: str) -> Callable[[int], str]:
    """A text of ``unit`` repeated to just under ``size`` characters."""
    return lambda size: unit * max(1, (size - 1) // len(unit))


def _numbered(template: str, size: int) -> str:
    """``template`` filled with 0, 1, 2, ... to just under ``size`` characters (no two alike)."""
    parts: list[str] = []
    total = 0
    for number in itertools.count():
        part = template.format(number)
        if total + len(part) >= size:
            break
        parts.append(part)
        total += len(part)
    return "".join(parts)


# name -> text of about ``size`` characters. Each is a shape a real file never has, chosen to
# reach a part of the pipeline that scans lines, numbers, brackets or headings.
SHAPES: dict[str, Callable[[int], str]] = {
    "headings and role lines": _repeat(
        "EXPERIENCE\nSenior Project Manager, Acme Corp, Boston, MA\nJan 2019 - Present\n"
        "SKILLS\nEDUCATION\n"
    ),
    "one-letter lines": _repeat("a\n"),
    "lines of numbers": _repeat("12\n"),
    "lines of percentages": _repeat("5%\n"),
    "lines of money": _repeat("$2M\n"),
    "numbers on one line": _repeat("cut 5% and $2M "),
    "punctuation runs": _repeat("." * (MAX_WORD - 1) + " "),
    "spaced punctuation": _repeat(". , ; : ! ? - "),
    "digit runs": _repeat("7" * (MAX_WORD - 1) + " "),
    "spaced digits": _repeat("1 2 3 4 5 6 7 8 9 "),
    "bullets on one line": _repeat("• "),
    "bullet lines": _repeat("•\n"),
    "nested brackets": _repeat("(" * 999 + ")" * 999 + " "),
    "spaced brackets": _repeat("( [ { < "),
    "long lines near max-word": _repeat(("a" * 1_990 + " ") * 5 + "\n"),
    "repeated dates": _repeat("Jan 2020 – Present 2019-2020 "),
    "date lines": _repeat("Jan 2020 – Present\n"),
    "URLs": _repeat("https://example.com/a/b?c=d&e=f "),
    "emails": _repeat("jordan.rivera@example.com "),
    "commas on one line": _repeat("Scrum, Jira, Kanban, "),
    "skills, one per line": _repeat("Scrum\nJira\nKanban\nPMP\n"),
    "requirement lines": _repeat("5+ years of Scrum required; Jira preferred.\n"),
    "title-case lines": _repeat("Project Manager\n"),
    "colon lines": _repeat("Skills: a\n"),
    "headings only": _repeat("EXPERIENCE\n"),
    "role lines": lambda size: (
        "EXPERIENCE\n" + _repeat("Project Manager, Acme, 2019 - 2024\n")(size - 11)
    ),
    "distinct numbers": lambda size: _numbered("{}\n", size),
    "distinct URLs": lambda size: _numbered("https://example.com/p{} ", size),
    "distinct emails": lambda size: _numbered("user{}@example.com ", size),
    "distinct words": lambda size: _numbered("w{} ", size),
    "a date, then short lines": lambda size: (
        "EXPERIENCE\nJan 2019 - Present\n" + _repeat("Boston, MA\n")(size - 30)
    ),
    "distinct skills listed": lambda size: "SKILLS\n" + _numbered("skill{}, ", size - 7),
    "space runs": _repeat("Title: a" + " " * 5_000 + "5 years\n"),
    "one long space run": lambda size: "Title: a" + " " * (size - 20) + "b 2019",
    "example resume repeated": lambda size: _repeat(
        (Path(__file__).resolve().parents[1] / "examples" / "jordan-rivera-resume.txt").read_text(
            encoding="utf-8"
        )
        + "\n"
    )(size),
}


def run_one(shape: str, kind: str, size: int, budget: float | None) -> dict[str, object]:
    """Time one shape in this process; return the figures (or the error) as a dict."""
    import dataclasses
    import inspect

    import spacy

    import resume_kit
    from resume_kit.errors import ResumeKitError
    from resume_kit.read.limits import Limits

    text = SHAPES[shape](size)
    fields = {field.name for field in dataclasses.fields(Limits)}
    options: dict[str, float] = {}
    if "max_seconds" in fields:  # absent before the budget existed: the "before" figures
        options["max_seconds"] = budget if budget is not None else 10_000.0
    limits = Limits(**options)  # type: ignore[arg-type]
    resume_kit.build_nlp()
    blank = spacy.blank("en")
    blank.max_length = len(text) + 1
    start = time.perf_counter()
    blank.make_doc(text)
    floor = time.perf_counter() - start

    load = resume_kit.load_resume if kind == "resume" else resume_kit.load_posting
    # extract() takes ``limits`` (the budget) since the budget exists; not before.
    budgeted = "limits" in inspect.signature(resume_kit.extract).parameters
    extra = {"limits": limits} if budgeted else {}
    figures: dict[str, object] = {"chars": len(text), "floor": floor}
    start = time.perf_counter()
    try:
        document = load(text.encode("utf-8"), format="txt", name="x.txt", limits=limits)
        figures["structure"] = time.perf_counter() - start
        start = time.perf_counter()
        resume_kit.extract(document, **extra)
        figures["extract"] = time.perf_counter() - start
    except ResumeKitError as error:
        figures["error"] = str(error)
        figures["stopped after"] = time.perf_counter() - start + float(figures.get("structure", 0))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=MAX_CHARS, help="characters per text")
    parser.add_argument("--shape", action="append", help="only these shapes (repeatable)")
    parser.add_argument("--kind", choices=["resume", "posting"], action="append")
    parser.add_argument("--timeout", type=float, default=120.0, help="kill a shape after this")
    parser.add_argument("--budget", type=float, default=None, help="--max-seconds to apply")
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], args.one[1], args.size, args.budget)))
        return

    shapes = args.shape or list(SHAPES)
    kinds = args.kind or ["resume", "posting"]
    print(f"{args.size:,} characters per text; seconds; x floor = total / bare tokenizer")
    header = (
        f"{'shape':<26} {'kind':<8} {'read+struct':>11} {'extract':>8} {'total':>7} "
        f"{'floor':>6} {'x floor':>8}"
    )
    print(header)
    print("-" * len(header))
    worst = 0.0
    for shape in shapes:
        for kind in kinds:
            command = [sys.executable, str(Path(__file__).resolve()), "--one", shape, kind]
            command += ["--size", str(args.size)]
            if args.budget is not None:
                command += ["--budget", str(args.budget)]
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=args.timeout, check=True
                )
            except subprocess.TimeoutExpired:
                print(f"{shape:<26} {kind:<8} killed after {args.timeout:g} s")
                worst = max(worst, args.timeout)
                continue
            except subprocess.CalledProcessError as failed:
                print(f"{shape:<26} {kind:<8} crashed: {failed.stderr.strip()[-300:]}")
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            floor = float(row["floor"])
            if "error" in row:
                print(f"{shape:<26} {kind:<8} stopped after {row['stopped after']:.2f} s: "
                      f"{row['error']}")  # fmt: skip
                continue
            structure, extract = float(row["structure"]), float(row["extract"])
            total = structure + extract
            worst = max(worst, total)
            print(
                f"{shape:<26} {kind:<8} {structure:>11.2f} {extract:>8.2f} {total:>7.2f} "
                f"{floor:>6.2f} {total / floor:>8.1f}"
            )
    print(f"worst total: {worst:.2f} s (target: under 3 s, or stopped at the budget)")


if __name__ == "__main__":
    main()
