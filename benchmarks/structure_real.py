"""How well resume structure is found in real resume files, against hand-checked labels.

Reads every file of ``<shared>/data/real-resumes/`` (PDF, DOCX, text: two columns, sidebars,
tables, LaTeX CVs, Word templates...) with :func:`resume_kit.load_resume` and compares the result
with ``gold.jsonl`` (see that folder's README for the labelling conventions):

* name, e-mail and phone: share of files where ours equals the gold value (case, spaces, dashes
  and quotes normalised; phones by their digits); a file whose gold value is null counts as right
  when we find nothing;
* section kinds: micro precision / recall / F1 of (heading, kind) pairs, headings normalised
  (case, emoji, punctuation, trailing colons dropped); the gold's kinds that the model has no
  kind for (awards, languages, publications, interests, references, volunteering) count as
  ``other``, the model's kind for them; "section F1, 14 kinds" scores them as labelled;
* roles: a role counts as found when its title, organisation and start year match a gold role
  (normalised; either title or organisation may contain the other); precision, recall, and
  start / end date accuracy over the found roles;
* education: recall of gold entries (institution or degree found in one of ours);
* time: read + structure per file (the slowest files are listed; target under 1 s).

Also reads the 65 DOCX CVs of ``vanetik-matching/original/CV/`` and the flat texts of
``real-resume-texts/`` for the time and failure figures only (they have no structure labels).

Usage::

    python benchmarks/structure_real.py            # the table and the worst files
    python benchmarks/structure_real.py --files    # a row for every labelled file
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

from _common import SHARED

import resume_kit
from resume_kit.errors import ResumeKitError
from resume_kit.model.documents import ResumeSection

DATA = SHARED / "data"
GOLD = DATA / "real-resumes" / "gold.jsonl"
TARGETS = {
    "name": 0.95,
    "email": 0.98,
    "section F1": 0.90,
    "role precision": 0.90,
    "role recall": 0.90,
    "role dates": 0.90,
    "education recall": 0.90,
}
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−\u00ad"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def normalise(text: str | None) -> str:
    """Lower case, dashes and quotes unified, every run of non-word characters one space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES).casefold()
    return " ".join(re.sub(r"[^\w@.+'-]+", " ", text).split()).strip(" .-:")


def heading_key(text: str) -> str:
    """A heading as compared: letters and digits only, lower case."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum())


def digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def year(date: str | None) -> str | None:
    found = re.match(r"\d{4}", date or "")
    return found.group(0) if found else None


def similar(ours: str | None, gold: str | None) -> bool:
    """Equal after normalising, or one contains the other (a location or team left attached)."""
    a, b = normalise(ours), normalise(gold)
    if not a and not b:
        return True
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 3 and (a in b or b in a))


@dataclass
class Tally:
    """Counts for one file (added up over the set)."""

    name: int = 0
    email: int = 0
    phone: int = 0
    sections_tp: int = 0
    sections_ours: int = 0
    sections_gold: int = 0
    fine_tp: int = 0
    roles_tp: int = 0
    roles_ours: int = 0
    roles_gold: int = 0
    dates_right: int = 0
    education_found: int = 0
    education_gold: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in vars(self):
            if name != "notes":
                setattr(self, name, getattr(self, name) + getattr(other, name))


# The kinds a resume's sections have (``ResumeSection``); the gold's finer kinds (awards,
# languages, publications...) are ``other`` sections here, told apart later by their heading.
MODEL_KINDS = frozenset(get_args(ResumeSection))


def match_sections(
    resume: resume_kit.Resume, gold: dict[str, object], *, fine: bool = False
) -> tuple[int, int, int]:
    """(hits, ours, gold) over (heading, kind) pairs; ``fine``: the gold's 14 kinds as they are."""
    ours = [(heading_key(s.heading), s.name) for s in resume.sections if heading_key(s.heading)]
    wanted = [
        (heading_key(str(s["heading"])), kind if fine or kind in MODEL_KINDS else "other")
        for s in gold["sections"]  # type: ignore[attr-defined]
        for kind in [str(s["kind"])]
    ]
    left = list(ours)
    hits = 0
    for pair in wanted:
        if pair in left:
            left.remove(pair)
            hits += 1
    return hits, len(ours), len(wanted)


def match_roles(resume: resume_kit.Resume, gold: dict[str, object]) -> tuple[int, int, int, int]:
    wanted = list(gold["roles"])  # type: ignore[call-overload]
    found = dates_right = 0
    for role in resume.roles:
        for candidate in wanted:
            if (
                similar(role.title, candidate["title"])
                and similar(role.employer, candidate["organization"])
                and year(role.start_date) == year(candidate["start"])
            ):
                wanted.remove(candidate)
                found += 1
                end = "present" if role.current else role.end_date
                dates_right += role.start_date == candidate["start"] and end == candidate["end"]
                break
    return found, len(resume.roles), len(gold["roles"]), dates_right  # type: ignore[arg-type]


def match_education(resume: resume_kit.Resume, gold: dict[str, object]) -> tuple[int, int]:
    entries = [" ".join(filter(None, (e.degree, e.field, e.institution))) for e in resume.education]
    found = 0
    for item in gold["education"]:  # type: ignore[attr-defined]
        keys = [normalise(item.get("institution")), normalise(item.get("degree"))]
        if any(
            k and any(k in normalise(e) or normalise(e) in k for e in entries if e) for k in keys
        ):
            found += 1
    return found, len(gold["education"])  # type: ignore[arg-type]


def score_file(path: Path, gold: dict[str, object]) -> Tally:
    tally = Tally()
    start = time.perf_counter()
    try:
        resume = resume_kit.load_resume(path)
    except ResumeKitError as error:
        tally.seconds = time.perf_counter() - start
        tally.notes.append(f"failed: {error}")
        tally.sections_gold = len(gold["sections"])  # type: ignore[arg-type]
        tally.roles_gold = len(gold["roles"])  # type: ignore[arg-type]
        tally.education_gold = len(gold["education"])  # type: ignore[arg-type]
        return tally
    tally.seconds = time.perf_counter() - start
    contact = resume.contact
    tally.name = normalise(contact.name) == normalise(gold["name"])  # type: ignore[arg-type]
    tally.email = normalise(contact.email) == normalise(gold["email"])  # type: ignore[arg-type]
    tally.phone = digits(contact.phone) == digits(gold["phone"])  # type: ignore[arg-type]
    tally.sections_tp, tally.sections_ours, tally.sections_gold = match_sections(resume, gold)
    tally.fine_tp = match_sections(resume, gold, fine=True)[0]
    tally.roles_tp, tally.roles_ours, tally.roles_gold, tally.dates_right = match_roles(
        resume, gold
    )
    tally.education_found, tally.education_gold = match_education(resume, gold)
    if not tally.name:
        tally.notes.append(f"name {contact.name!r} != {gold['name']!r}")
    return tally


def ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def time_other_files() -> tuple[int, int, float, list[tuple[float, str]], dict[str, list[int]]]:
    """Read + structure time for the unlabelled real files: (files, failures, worst, slowest,
    and per set [roles, roles with title, employer and start])."""
    paths: list[tuple[str, object]] = [
        (str(p), p) for p in sorted((DATA / "vanetik-matching" / "original" / "CV").iterdir())
    ]
    texts = DATA / "real-resume-texts"
    for name in ("resumes.jsonl", "resumes_more.jsonl", "resumes_pdf_other_categories.jsonl"):
        with (texts / name).open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                paths.append((f"{name}:{row['id']}", row["text"].encode("utf-8")))
    failures = 0
    times: list[tuple[float, str]] = []
    roles = {"DOCX CVs": [0, 0], "flat texts": [0, 0]}
    for label, value in paths:
        start = time.perf_counter()
        try:
            if isinstance(value, bytes):
                resume = resume_kit.load_resume(value, name=label + ".txt")
            else:
                resume = resume_kit.load_resume(value)  # type: ignore[arg-type]
        except ResumeKitError:
            failures += 1
            continue
        finally:
            times.append((time.perf_counter() - start, label))
        tally = roles["flat texts" if isinstance(value, bytes) else "DOCX CVs"]
        tally[0] += len(resume.roles)
        tally[1] += sum(1 for r in resume.roles if r.title and r.employer and r.start_date)
    times.sort(reverse=True)
    return len(paths), failures, times[0][0] if times else 0.0, times[:3], roles


def rows(golds: Iterable[dict[str, object]]) -> list[tuple[str, Tally]]:
    out = []
    for gold in golds:
        path = DATA / "real-resumes" / str(gold["file"])
        out.append((str(gold["file"]), score_file(path, gold)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", action="store_true", help="print a row for every file")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"{GOLD} not found: the benchmarks need ../shared beside the project")
    with GOLD.open(encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh]
    resume_kit.load_resume(b"warm up\n", name="warm.txt")
    results = rows(golds)
    total = Tally()
    for _, tally in results:
        total.add(tally)
    n = len(results)
    sp = ratio(total.sections_tp, total.sections_ours)
    sr = ratio(total.sections_tp, total.sections_gold)
    rp = ratio(total.roles_tp, total.roles_ours)
    rr = ratio(total.roles_tp, total.roles_gold)
    figures = {
        "name": total.name / n,
        "email": total.email / n,
        "phone": total.phone / n,
        "section precision": sp,
        "section recall": sr,
        "section F1": f1(sp, sr),
        "section F1, 14 kinds": f1(
            ratio(total.fine_tp, total.sections_ours), ratio(total.fine_tp, total.sections_gold)
        ),
        "role precision": rp,
        "role recall": rr,
        "role dates": ratio(total.dates_right, total.roles_tp),
        "education recall": ratio(total.education_found, total.education_gold),
    }
    print(
        f"real-resumes: {n} labelled files ({total.roles_gold} roles, "
        f"{total.sections_gold} sections, {total.education_gold} education entries)\n"
    )
    print(f"| {'figure':<18} | ours  | target |")
    print(f"| {'-' * 18} | ----- | ------ |")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = "" if target is None else (" ok" if value >= target else " below")
        shown = f"{target:.2f}" if target is not None else ""
        print(f"| {name:<18} | {value:.3f} | {shown:>6} |{mark}")
    slowest = max(results, key=lambda item: item[1].seconds)
    print(f"\nread + structure, labelled files: slowest {slowest[1].seconds:.2f} s ({slowest[0]})")
    count, failures, worst, top, roles = time_other_files()
    print(
        f"other real files (65 DOCX CVs, flat texts): {count} read, {failures} failed, "
        f"slowest {worst:.2f} s: " + ", ".join(f"{label} {s:.2f} s" for s, label in top)
    )
    print(
        "  roles with title, employer and start: "
        + ", ".join(f"{name} {full} of {found}" for name, (found, full) in roles.items())
    )
    worst_files = sorted(
        results,
        key=lambda item: (
            item[1].roles_tp - item[1].roles_gold,
            item[1].sections_tp - item[1].sections_gold,
        ),
    )
    print("\nworst files (roles found / gold, sections found / gold):")
    for name, tally in results if args.files else worst_files[:12]:
        print(
            f"  {name:<60} roles {tally.roles_tp}/{tally.roles_gold} (ours {tally.roles_ours})"
            f"  sections {tally.sections_tp}/{tally.sections_gold}"
            f"  name {'ok' if tally.name else 'no'}  {'; '.join(tally.notes)[:80]}"
        )


if __name__ == "__main__":
    main()
