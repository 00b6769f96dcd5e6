"""Does the tailored resume keep the candidate's work, on real resume files and real postings?

Runs :func:`resume_kit.tailor` (Word output, no chart) for every resume file of
``<shared>/data/real-resumes/`` and every 10th flat text of ``real-resume-texts/`` against three
real IT project-management postings of ``real-postings/`` (one of each of the flattened Dice, the
composed EMSCAD and the Markdown RemoteWLB sources), and prints:

* runs that failed (any exception, with its type);
* the share of the source's distinct words (contact section aside) found in the tailored resume
  .docx, read back with docx2python (an independent reader): median and worst;
* Core Competencies entries that are not skills of the source resume (a canonical skill the
  resume mentions, or a requirement the report finds met, under any of the taxonomy's names for
  it: the posting's wording "Database" names the skill "Databases"): the junk count;
* summaries present (the tailored resume's summary section: the resume's own or a tailored
  sentence), and summaries that are only filler ("Professional ...");
* cover letters with at least one evidence paragraph (of the runs with an experience section, and
  of the runs whose resume has any statement of work to cite), prep sheets with stories, and the
  resumes with nothing to cite at all;
* empty or dangling fields in the generated resume, letter and prep sheet (an empty heading or
  bullet, "None", template braces, "at .", a double space, "( )"...): the count by kind;
* on all 576 postings: the posting title and company against the gold labels (title accuracy
  where ``title_in_text``; titles over 80 characters; company accuracy where the gold has one).

Targets (the tailoring issue): every run succeeds; median kept >= 0.98, worst >= 0.95; no junk
competency; every letter has an evidence paragraph when the resume has experience text; title
accuracy >= 0.90 where the title is in the text, and never a title over 80 characters.

Usage::

    python benchmarks/tailor_real.py
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from _common import SHARED

import resume_kit
from resume_kit.model import MatchReport, Posting, Resume
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.tailoring.contexts import build_contexts
from resume_kit.tailoring.resume_evidence import citable_sentences

DATA = SHARED / "data"
TODAY = dt.date(2026, 12, 1)
_WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)


def words(text: str) -> set[str]:
    """Distinct word forms of a text, case- and accent-folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return set(_WORD.findall(folded))


def normalise(text: str | None) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def docx_text(path: Path) -> str:
    try:
        from docx2python import docx2python
    except ImportError:
        sys.exit('docx2python is missing: pip install -e ".[test]"')
    with docx2python(path) as document:
        return str(document.text)


def source_words(resume: Resume) -> set[str]:
    """Words of the resume outside its contact section (name, e-mail, phone are not 'work')."""
    parts = [resume.text[s.start : s.end] for s in resume.sections if s.name != "contact"]
    return words("\n".join(parts)) if parts else words(resume.text)


def competencies(markdown: str) -> list[str]:
    found = re.search(r"^## Core Competencies\s*\n+(.+)$", markdown, re.MULTILINE)
    if not found:
        return []
    return [item.strip() for item in found.group(1).split("|") if item.strip()]


def skill_names(resume: Resume, report: MatchReport) -> set[str]:
    """Every name (canonical and alias) of the resume's skills and of the met requirements."""
    meta = load_skill_meta()
    ids = {hit.id for hit in resume.skills}
    ids |= {r.skill for r in report.requirements if r.status != "missing"}
    names = {hit.name.casefold() for hit in resume.skills}
    names |= {r.name.casefold() for r in report.requirements if r.status != "missing"}
    for skill in ids:
        if skill in meta:
            names |= {meta[skill].name.casefold(), *(a.casefold() for a in meta[skill].aliases)}
    return names


# What a generated line must never hold: a placeholder left empty or unfilled.
_EMPTY_FIELDS = {
    "empty heading": re.compile(r"^#+[ \t]*$", re.MULTILINE),
    "empty bullet": re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]*$", re.MULTILINE),
    "None": re.compile(r"\bNone\b"),
    "template braces": re.compile(r"\{\{|\}\}|\{%|%\}"),
    "word before nothing": re.compile(
        r"\b(?:at|as|in|for|with|of|from|by|and|or|the)[ \t]*[.,;:](?!\w)"
    ),
    "double space": re.compile(r"\S[ \t]{2,}(?=\S)"),
    "empty list item": re.compile(r",[ \t]*,|\([ \t]*\)|\[[ \t]*\]|\*\*[ \t]*\*\*"),
    "space before stop": re.compile(r"\w[ \t]+[.,;:](?:[ \t]|$)", re.MULTILINE),
}


def empty_fields(markdown: str, source: str) -> list[tuple[str, str]]:
    """``(kind, the line)`` for each empty or dangling field of a generated document.

    Headings with nothing under them before the next heading of the same or a higher level
    count too. Image lines are skipped (their brackets are syntax), and so is a match the
    resume itself writes ("1st floor , 1700" is the candidate's typography, kept as written).
    """
    own = " ".join(unicodedata.normalize("NFKC", source).split())
    found: list[tuple[str, str]] = []
    lines = markdown.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("!["):
            continue
        for kind, pattern in _EMPTY_FIELDS.items():
            for match in pattern.finditer(line):
                around = line[max(0, match.start() - 12) : match.end() + 12]
                # Markdown escapes and the " | " that joins a source's lines are not its words.
                around = re.sub(r"\s*\\?\|\s*|\\(?=\W)", " ", around)
                around = " ".join(unicodedata.normalize("NFKC", around).split())
                if around.strip("-*# ") not in own:
                    found.append((kind, line.strip()))
                    break
        heading = re.match(r"^(#+)\s+\S", line)
        if heading:
            rest = [x for x in lines[number + 1 :] if x.strip()]
            following = re.match(r"^(#+)\s", rest[0]) if rest else None
            if not rest or (following and len(following.group(1)) <= len(heading.group(1))):
                found.append(("heading with nothing under it", line.strip()))
    return found


def pick_postings() -> list[dict[str, object]]:
    with (DATA / "real-postings" / "postings.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    chosen = []
    for source in ("dice", "emscad", "rwlb"):
        chosen.append(
            next(
                r
                for r in rows
                if r["source"] == source
                and r["role_group"] == "it-project-management"
                and r["gold"]["title_in_text"]
            )
        )
    return chosen


def resume_inputs() -> list[tuple[str, Path | bytes]]:
    inputs: list[tuple[str, Path | bytes]] = []
    for folder in ("pdf", "docx", "txt"):
        for path in sorted((DATA / "real-resumes" / folder).iterdir()):
            inputs.append((f"{folder}/{path.name}", path))
    folder = DATA / "real-resume-texts"
    for name in ("resumes.jsonl", "resumes_more.jsonl", "resumes_pdf_other_categories.jsonl"):
        with (folder / name).open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for row in rows[::10]:
            inputs.append((f"{name}:{row['id']}", str(row["text"]).encode("utf-8")))
    return inputs


def posting_headers() -> None:
    """Title and company against the gold labels of every real posting."""
    with (DATA / "real-postings" / "postings.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    in_text = right = too_long = companies = companies_right = 0
    for row in rows:
        posting = resume_kit.load_posting(str(row["text"]).encode("utf-8"), name="posting.txt")
        gold = row["gold"]
        title = posting.title or ""
        too_long += len(title) > 80
        if gold["title_in_text"]:
            in_text += 1
            a, b = normalise(title), normalise(gold["title"])
            right += bool(a) and (a == b or (len(a) >= 4 and (a in b or b in a)))
        if gold.get("company"):
            companies += 1
            a, b = normalise(posting.company), normalise(gold["company"])
            companies_right += bool(a) and (a == b or (len(a) >= 3 and (a in b or b in a)))
    print(
        f"posting titles: {right}/{in_text} right where the title is in the text "
        f"({right / in_text:.2f}; target 0.90), {too_long} over 80 characters (target 0); "
        f"companies: {companies_right}/{companies} right"
    )


def main() -> None:
    if not (DATA / "real-resumes").exists():
        sys.exit(f"{DATA} not found: the benchmarks need ../shared beside the project")
    # Each run's "kept as written" warning is for a user; here the figures below count it all.
    logging.getLogger("resume_kit").setLevel(logging.ERROR)
    start = time.perf_counter()
    postings = [
        resume_kit.extract(resume_kit.load_posting(str(p["text"]).encode(), name="posting.txt"))
        for p in pick_postings()
    ]
    failed: list[str] = []
    kept: list[tuple[float, str]] = []
    junk: list[tuple[str, str]] = []
    runs = summaries = filler = letters = letters_owed = letters_any = citable = 0
    nothing_to_cite: list[str] = []
    stories = 0
    empties: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, value in resume_inputs():
            try:
                loaded = (
                    resume_kit.load_resume(value, name="resume.txt")
                    if isinstance(value, bytes)
                    else resume_kit.load_resume(value)
                )
                resume = resume_kit.extract(loaded)
            except resume_kit.ResumeKitError as error:
                failed.append(f"{label}: {error}")
                continue
            own = source_words(resume)
            has_sentences = bool(citable_sentences(resume))
            if not has_sentences:
                nothing_to_cite.append(label)
            for number, posting in enumerate(postings):
                runs += 1
                outdir = Path(tmp) / f"run{runs}"
                try:
                    result = resume_kit.tailor(
                        resume, posting, outdir=outdir, formats=("docx",), today=TODAY,
                        chart=False,
                    )  # fmt: skip
                except Exception as error:  # a benchmark reports every failure
                    failed.append(f"{label} x posting {number}: {type(error).__name__}: {error}")
                    continue
                docx = next(p for p in result.paths if p.name.endswith("-resume.docx"))
                tailored = words(docx_text(docx))
                kept.append((len(own & tailored) / len(own) if own else 1.0, label))
                names = skill_names(resume, result.report)
                junk += [(label, c) for c in competencies(result.resume_markdown)
                         if c.casefold() not in names]  # fmt: skip
                assert isinstance(posting, Posting)
                contexts = build_contexts(resume, posting, result.report, today=TODAY)
                text = contexts.resume.summary_text()
                summaries += bool(text)
                filler += text.startswith("Professional ") or text == "Professional."
                has_experience = any(s.name == "experience" for s in resume.sections)
                letters_owed += has_experience
                letters += has_experience and bool(contexts.cover_letter.body)
                citable += has_sentences
                letters_any += has_sentences and bool(contexts.cover_letter.body)
                stories += bool(contexts.interview_prep.stories)
                for document, markdown in (
                    ("resume", result.resume_markdown),
                    ("letter", result.cover_letter_markdown),
                    ("prep", result.interview_prep_markdown),
                ):
                    for kind, line in empty_fields(markdown, resume.text):
                        empties.setdefault(f"{document}: {kind}", []).append(f"{label}: {line}")
    shares = sorted(kept)
    print(f"tailor runs: {runs}, failed: {len(failed)}")
    for line in failed[:10]:
        print(f"  {line}")
    if shares:
        median = statistics.median(s for s, _ in shares)
        print(
            f"source words kept in the tailored .docx: median {median:.3f} (target 0.98), "
            f"worst {shares[0][0]:.3f} (target 0.95): "
            + ", ".join(f"{label} {share:.2f}" for share, label in shares[:5])
        )
        below = sum(1 for s, _ in shares if s < 0.95)
        print(f"  runs under 0.95: {below} of {len(shares)}; under 0.5: "
              f"{sum(1 for s, _ in shares if s < 0.5)}")  # fmt: skip
    print(
        f"competency entries that are not skills of the resume: {len(junk)} (target 0) in "
        f"{len({label for label, _ in junk})} resumes, e.g. "
        + "; ".join(repr(c) for _, c in junk[:8])
    )
    print(f"summaries: {summaries} of {len(shares)} runs, {filler} of them filler ('Professional')")
    print(f"letters with an evidence paragraph: {letters} of {letters_owed} with experience text")
    print(
        f"letters citing the resume's own sentences: {letters_any} of {citable} runs whose resume "
        f"has a statement of work to cite; prep sheets with stories: {stories} of {len(shares)}; "
        f"resumes with nothing to cite at all: {len(nothing_to_cite)}"
        + (f" ({', '.join(nothing_to_cite[:6])}...)" if nothing_to_cite else "")
    )
    total = sum(len(v) for v in empties.values())
    print(f"empty or dangling fields in generated documents: {total} (target 0)")
    for kind, where in sorted(empties.items(), key=lambda kv: -len(kv[1])):
        print(f"  {kind}: {len(where)}, e.g. " + "; ".join(repr(w[:150]) for w in where[:3]))
    posting_headers()
    print(f"done in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
