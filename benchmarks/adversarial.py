"""How long do texts shaped to be slow take? Builds adversarial texts up to the default
``--max-chars`` (1,000,000 characters) and times, for each, reading + structure
(``resume_kit.load_resume`` / ``load_posting`` from bytes) and extraction (``resume_kit.extract``)
apart, next to the floor: bare ``spacy.blank("en")`` tokenizing the same text in the same process.

Target (issue 18): every shape finishes in under 3 s on the 2-core development machine, or stops
at the input time budget (``--max-seconds``, 3 s by default) with a clear error. The budget is
lifted unless ``--budget`` is given, so the table shows the work itself; ``--budget 3`` shows what
a user gets. The floor is measured after the run (in the same process), capped at 60 s.

Each shape runs in a process of its own (a stuck shape is killed after ``--timeout`` seconds and
shown as such, and memory does not pile up):

    python benchmarks/adversarial.py                    # every shape, both kinds, 1,000,000 chars
    python benchmarks/adversarial.py --budget 3         # with the default time budget
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
    # Markdown links never closed: the title cleaner's link pattern once rescanned to the end of
    # the line from every "[" (quadratic on a one-line posting).
    "unclosed links": _repeat("[a]( [b "),
    # spaCy's tokenizer splits a run of brackets or quotes one character at a time, copying the
    # rest each time: k^2 for a run of k (0.3 s for 2,000); a run it has seen before is cached.
    "distinct bracket runs": lambda size: _numbered("(" * (MAX_WORD - 8) + "{} ", size),
    "long lines near max-word": _repeat(("a" * 1_990 + " ") * 5 + "\n"),
    "repeated dates": _repeat("Jan 2020 – Present 2019-2020 "),
    # Years asked with no full stop or line break: each match once read the whole text around it.
    "years asked, no sentence end": _repeat(".5+ years"),
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


def _floor(text: str, cap: float) -> float | None:
    """Seconds for bare ``spacy.blank("en")`` to tokenize ``text``; None past ``cap`` seconds
    (runs of brackets cost spaCy's tokenizer k^2 each: minutes for a million characters)."""
    import spacy

    blank = spacy.blank("en")
    blank.max_length = len(text) + 1
    try:
        from resume_kit.read.limits import Limits, input_clock
    except ImportError:  # before the time budget existed: unbounded
        start = time.perf_counter()
        blank.make_doc(text)
        return time.perf_counter() - start
    from resume_kit.errors import LimitExceededError

    start = time.perf_counter()
    try:
        with input_clock(Limits(max_seconds=cap), path="floor"):
            blank.make_doc(text)
    except LimitExceededError:
        return None
    return time.perf_counter() - start


def run_one(shape: str, kind: str, size: int, budget: float) -> dict[str, object]:
    """Time one shape in this process; return the figures (or the error) as a dict.

    ``budget`` is the ``--max-seconds`` to apply, 0 to lift it (or before it existed).
    """
    import dataclasses
    import inspect

    import resume_kit
    from resume_kit.errors import ResumeKitError
    from resume_kit.read.limits import Limits

    text = SHAPES[shape](size)
    fields = {field.name for field in dataclasses.fields(Limits)}
    options: dict[str, float] = {}
    if "max_seconds" in fields:  # absent before the budget existed: the "before" figures
        options["max_seconds"] = budget or 10_000.0
    limits = Limits(**options)
    resume_kit.build_nlp()
    load = resume_kit.load_resume if kind == "resume" else resume_kit.load_posting
    # extract() takes ``limits`` (the budget) since the budget exists; not before.
    budgeted = "limits" in inspect.signature(resume_kit.extract).parameters
    extra = {"limits": limits} if budgeted else {}
    figures: dict[str, object] = {"chars": len(text)}
    start = time.perf_counter()
    try:
        document = load(text.encode("utf-8"), format="txt", name="x.txt", limits=limits)
        structure = time.perf_counter() - start
        figures["structure"] = structure
        resume_kit.extract(document, **extra)
        figures["extract"] = time.perf_counter() - start - structure
    except ResumeKitError as error:
        figures["error"] = str(error)
        figures["stopped after"] = time.perf_counter() - start
    # After the run, so the run does not find the tokenizer's cache filled.
    figures["floor"] = _floor(text, cap=60.0)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=MAX_CHARS, help="characters per text")
    parser.add_argument("--shape", action="append", help="only these shapes (repeatable)")
    parser.add_argument("--kind", choices=["resume", "posting"], action="append")
    parser.add_argument("--timeout", type=float, default=180.0, help="kill a shape after this")
    parser.add_argument(
        "--budget", type=float, default=0.0, help="--max-seconds to apply (default: lifted)"
    )
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], args.one[1], args.size, args.budget)))
        return

    shapes = args.shape or list(SHAPES)
    kinds = args.kind or ["resume", "posting"]
    budget = f"--max-seconds {args.budget:g}" if args.budget else "no time budget"
    print(f"{args.size:,} characters per text, {budget}; seconds; x floor = total / floor")
    header = (
        f"{'shape':<26} {'kind':<8} {'read+struct':>11} {'extract':>8} {'total':>7} "
        f"{'floor':>6} {'x floor':>8}"
    )
    print(header)
    print("-" * len(header))
    finished: list[float] = []
    stopped: list[float] = []
    for shape in shapes:
        for kind in kinds:
            command = [sys.executable, str(Path(__file__).resolve()), "--one", shape, kind]
            command += ["--size", str(args.size), "--budget", str(args.budget)]
            label = f"{shape:<26} {kind:<8}"
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=args.timeout, check=True
                )
            except subprocess.TimeoutExpired:
                print(f"{label} killed after {args.timeout:g} s")
                continue
            except subprocess.CalledProcessError as failed:
                print(f"{label} crashed: {failed.stderr.strip()[-300:]}")
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            floor = row["floor"]
            floor_text = f"{floor:>6.2f}" if floor is not None else "   >60"
            if "error" in row:
                stopped.append(float(row["stopped after"]))
                print(f"{label} stopped at {row['stopped after']:.2f} s {'':>14}{floor_text}  "
                      f"({row['error'].split(': ', 1)[1][:40]}...)")  # fmt: skip
                continue
            structure, extract = float(row["structure"]), float(row["extract"])
            total = structure + extract
            finished.append(total)
            ratio = f"{total / floor:>8.1f}" if floor else "       -"
            print(f"{label} {structure:>11.2f} {extract:>8.2f} {total:>7.2f} {floor_text} {ratio}")
    print(
        f"finished: {len(finished)}, the slowest in {max(finished, default=0):.2f} s; "
        f"stopped by the budget: {len(stopped)}, the latest at {max(stopped, default=0):.2f} s "
        "(target: under 3 s, or stopped at the budget)"
    )


if __name__ == "__main__":
    main()
