"""A posting's structure: sections, title, company, location, hiring manager, years, degree.

Fields come from, in order of trust: JSON-LD or a job's JSON (:mod:`.job_data`), labelled
lines ("Job Title:", "Company:"), then the text ("About Acme", "Acme is hiring", a "we are looking
for a <title>" sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from resume_kit.formats.jsonresume_fields import first_text
from resume_kit.model.documents import (
    EducationLevel,
    Posting,
    Section,
    SourceText,
    YearsRequired,
)
from resume_kit.read.limits import check_time
from resume_kit.structure.contact import _header_pieces
from resume_kit.structure.education import _DEGREE_HINTS, degree_level
from resume_kit.structure.headings import (
    _POSTING_HEADS,
    _POSTING_INLINE,
    _POSTING_VOCAB,
    _find_sections,
)
from resume_kit.structure.job_data import job_jsonld, name_of, place_of
from resume_kit.structure.lines import (
    _folded,
    _Line,
    _section_lines,
    _split_lines,
)
from resume_kit.structure.places import _find_location
from resume_kit.structure.posting_company import company_from_text, company_shape
from resume_kit.structure.posting_title import (
    bounded_title,
    heading_title,
    title_from_text,
    title_shape,
)
from resume_kit.structure.requirements import classify_requirement
from resume_kit.structure.wordsearch import compile_word_alternatives, matches_at
from resume_kit.structure.years import _pick_years

__all__ = ["PostingOutline", "parse_posting", "posting_outline"]


def _degree_required(text: str, sections: list[Section]) -> EducationLevel | None:
    ordered = [s for s in sections if s.name == "requirements"] + [
        s for s in sections if s.name not in ("requirements", "preferred", "benefits")
    ]
    for section in ordered:
        chunk = text[section.start : section.end]
        done = -1  # end of the last line checked
        searched = 0  # where the search went on from to find this hint: none before it from there
        for hint in _DEGREE_HINTS.finditer(chunk):
            if done == len(chunk):
                break  # its last line was weighed: the hints left are on it (a one-line posting)
            if hint.start() < done:
                searched = hint.end()
                continue
            start = chunk.rfind("\n", 0, hint.start()) + 1
            end = chunk.find("\n", hint.start())
            done = len(chunk) if end == -1 else end
            line = chunk[start:done]
            # Every degree name is a hint, so none starts between ``searched`` and this hint: the
            # line's degree is looked for from the hint on (a flattened posting's line is all of
            # it), unless a hint before ran into the line.
            guess = degree_level(line, hint.start() - start if searched <= start else 0)
            searched = hint.end()
            if guess is None or (guess[0] == "diploma" and "diploma" not in line.lower()):
                continue
            if classify_requirement(line, section.name) == "preferred":
                continue  # "MBA preferred" is not a required degree
            return guess[0]
    return None


_FIELD_RE = re.compile(
    r"^\s*(?P<label>job title|position title|title|position|role|company|employer|organi[sz]ation|"
    r"hiring company|location|job location|work location|hiring manager|reports to|reporting to|"
    r"recruiter)\s*[:：]\s*(?P<value>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Fields a job board runs together on one header line ("Auto req ID: 1393BR Official Title:
# Product Manager - ERD Job Area: Sales"): the value ends where the next "Capitalised Label:"
# starts. Only these unambiguous labels are read mid-line.
_HEADER_LABELS = (
    r"official\s+title", r"job\s+title", r"position\s+title", r"professional\s+area",
    r"job\s+area", r"functional\s+area", r"job\s+function", r"job\s+family", r"job\s+category",
)  # fmt: skip
_HEADER_FIELD_THEN = (
    r"\s*[:：]\s*(?P<value>[^:：\n]{2,80}?)"
    r"(?=\s+(?-i:[A-Z][\w&]*(?:\s+(?:/\s+)?[A-Z][\w&]*)?)\s*[:：]|\s*$)"
)
# Any of the labels at a word start (IGNORECASE), then its value: built to skip to the labels'
# first letters (structure/wordsearch.py), as a flattened posting's first line is the whole text.
# The label is what comes before the colon.
_FAST_HEADER_FIELD_RE = compile_word_alternatives(
    ((label, True) for label in _HEADER_LABELS), then=_HEADER_FIELD_THEN
)
# The labels' first words: every match starts with one (tried only there: matches_at).
_HEADER_LABEL_WORDS = ("official", "job", "position", "professional", "functional")
_LABEL_END_RE = re.compile(r"\s*[:：]\s*$")
_PERSON_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'\-]+"
    r"(?:\s+[A-Z][a-zA-Z'\-]+)?)"
)
_NOT_PERSON_WORDS = frozenset(
    [
        "the",
        "our",
        "a",
        "an",
        "director",
        "head",
        "chief",
        "vice",
        "senior",
        "manager",
        "vp",
        "cio",
        "cto",
        "ceo",
        "coo",
        "cfo",
        "project",
        "program",
        "it",
        "information",
        "technology",
        "engineering",
        "operations",
        "delivery",
        "pmo",
        "business",
        "team",
        "department",
        "general",
        "group",
        "product",
    ]
)


_FIELD_KEYS = {
    "job title": "title",
    "position title": "title",
    "position": "title",
    "role": "title",
    "employer": "company",
    "organization": "company",
    "organisation": "company",
    "hiring company": "company",
    "job location": "location",
    "work location": "location",
    "reporting to": "reports to",
}


# The next label glued to a field's value by a lost line break: "Location: NYCDomain: Finance"
# holds "Domain:" right after "NYC", with no space between.
_GLUED_NEXT_LABEL_RE = re.compile(r"(?<=\S)(?=[A-Z][a-z]+(?: [A-Za-z]+)?\s?:(?:\s|$))")


def _has_colon(text: str) -> bool:
    return ":" in text or "：" in text


def _fields(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for match in _field_matches(text):
        label = match.group("label").lower()
        value = _GLUED_NEXT_LABEL_RE.split(match.group("value"), maxsplit=1)[0]
        values.setdefault(_FIELD_KEYS.get(label, label), value.strip())
    return values


def _field_matches(text: str) -> Iterator[re.Match[str]]:
    """``_FIELD_RE.finditer(text)``, tried only at the lines' starts (where its "^" can match):
    the search tried it at every character, which of a flattened posting are all one line's."""
    if not _has_colon(text):
        return  # every field has its colon
    at = 0  # a line's start: 0 or just after a line break
    while True:
        found = _FIELD_RE.match(text, at)
        if found is not None:
            yield found
            at = found.end()  # finditer goes on from there, to the next line's start
            if at and text[at - 1] == "\n":
                continue
        at = text.find("\n", at) + 1
        if not at:
            return


def _title_field_is_low(lines: list[_Line]) -> bool:
    """Whether the first "Job Title:" line comes after the posting's first three lines."""
    for index, line in enumerate(lines):
        # Every field has its colon: a line without one is passed without trying the labels.
        match = _FIELD_RE.match(line.text) if _has_colon(line.text) else None
        if match is not None and _FIELD_KEYS.get(match["label"].lower()) == "title":
            return index >= 3
    return False


def _header_fields(lines: list[_Line], text: str, folded_text: str) -> dict[str, str]:
    """Title and job area from the labelled fields of the first lines, even mid-line.

    ``folded_text`` is ``_folded(text)``: a flattened posting's line is its text (the same
    string), not lowercased again.
    """
    values: dict[str, str] = {}
    for line in lines[:3]:
        folded = folded_text if line.text is text else _folded(line.text)
        for match in matches_at(_FAST_HEADER_FIELD_RE, line.text, folded, _HEADER_LABEL_WORDS):
            label = line.text[match.start() : match.start("value")]
            key = "title" if _LABEL_END_RE.sub("", label).lower().endswith("title") else "area"
            value = match.group("value").strip(" -–—/&|,")
            if value:
                values.setdefault(key, value)
    return values


def _person(text: str) -> str | None:
    match = _PERSON_RE.match(text.strip())
    if match is None:
        return None
    words = match.group("name").split()
    if any(w.lower().strip(".") in _NOT_PERSON_WORDS for w in words):
        return None
    return match.group("name")


@dataclass(frozen=True)
class PostingOutline:
    """What a posting's points as a kind need: its lines, sections and years asked.

    :mod:`resume_kit.structure.kind` weighs a text of unknown kind on these alone; the title,
    company, location and the rest are read (:func:`parse_posting` with the outline) only when
    the text is a posting (they were a sixth of a resume's extraction time).
    """

    lines: list[_Line]
    sections: list[Section]
    years_required: YearsRequired | None
    folded: str  # the text lowercased (structure.lines._folded), where words are looked for


def posting_outline(source: SourceText) -> PostingOutline:
    """The lines, sections and years asked that :func:`parse_posting` finds in ``source``."""
    lines = _split_lines(source)
    check_time()  # between steps: how the time budget holds where no alarm can interrupt
    sections = _find_sections(
        source, lines, _POSTING_VOCAB, _POSTING_HEADS, "header", _POSTING_INLINE
    )
    check_time()
    folded = _folded(source.text)
    return PostingOutline(lines, sections, _pick_years(source.text, sections, folded), folded)


def parse_posting(source: SourceText, outline: PostingOutline | None = None) -> Posting:
    """Turn a reader's text into a structured :class:`Posting`.

    Fields come from, in order of trust: JSON-LD (``data["jsonld"]``) or a JSON job
    (``data["title"]``, ``data["company"]``...), labelled lines ("Job Title:", "Company:",
    "Location:", "Hiring manager:"), then the text ("About Acme", "Acme is hiring",
    "... at Acme", the first heading-like line as title, "report to Jane Doe").

    Args:
        source: The reader's output.
        outline: ``posting_outline(source)`` when the caller has it.

    Returns:
        The posting structure: sections, title, company, location, hiring manager, years of
        experience and degree asked for. Skills and requirement levels are left to extraction.
    """
    text = source.text
    if outline is None:
        outline = posting_outline(source)
    lines, sections = outline.lines, outline.sections
    data = source.data or {}
    jsonld = job_jsonld(data)
    fields = _fields(text)
    check_time()

    labelled = _header_fields(lines, text, outline.folded)
    title = (
        first_text(jsonld, "title")
        or first_text(data, "title", "jobTitle", "position")
        # A posting's heading beats a "Job Title:" line in its body: the body's may be the
        # employer's in-house name ("Medical Coder" / "JOB TITLE: Certified Coder").
        or (heading_title(lines) if _title_field_is_low(lines) else None)
        or fields.get("title")
        # A title read mid-line may have been cut short ("Job Title: Android Mobile
        # DeveloperLocation: ..." -> "Android Mobile"): kept only when it looks like one.
        or title_shape(labelled.get("title") or "")
    )
    title = bounded_title(title)
    if title is None:
        title = title_from_text(lines)
    area = first_text(jsonld, "occupationalCategory") or labelled.get("area")
    company = name_of(jsonld.get("hiringOrganization")) or name_of(
        data.get("company", data.get("hiringOrganization", data.get("employer")))
    )
    company = company or company_shape(fields.get("company"))
    if company is None:
        company = company_from_text(lines, title)
    # "IT Project Manager at Acme" -> "IT Project Manager". A pattern per company (compiled each
    # time: each one also pushed a pattern out of the re module's cache), only where it can match.
    if title and company and company in title:
        title = re.sub(rf"\s+(?:at|@|[-–—|])\s+{re.escape(company)}\s*$", "", title)
    location = (
        place_of(jsonld.get("jobLocation"))
        or place_of(data.get("location"))
        or fields.get("location")
    )
    if location is None:
        header = [
            ln.text for s in sections if s.name == "header" for ln in _section_lines(lines, s)
        ]
        location = _find_location(p for t in header for p in _header_pieces(t) if p)
    check_time()
    hiring_manager = _hiring_manager(data, fields, text, outline.folded)
    check_time()
    years_required = outline.years_required
    return Posting(
        source=source.source,
        text=text,
        sections=sections,
        title=title,
        area=area,
        company=company,
        location=location,
        hiring_manager=hiring_manager,
        years_required=years_required,
        degree_required=_degree_required(text, sections),
    )


def _hiring_manager(
    data: dict[str, Any], fields: dict[str, str], text: str, folded: str
) -> str | None:
    """A named person only: "report to the Director of IT" names nobody."""
    named = first_text(data, "hiring_manager", "hiringManager")
    if named:
        return _person(named) or named
    if "hiring manager" in fields:
        return _person(fields["hiring manager"]) or fields["hiring manager"]
    if "reports to" in fields and _person(fields["reports to"]):
        return _person(fields["reports to"])
    # Both patterns try every word of the text: they are tried only where their words are.
    for found in matches_at(_REPORTS_TO_RE, text, folded, ("report", "answer")):
        person = _person(found.group("rest"))
        if person:
            return person
    named_in_text = next(matches_at(_HIRING_MANAGER_IS_RE, text, folded, ("hiring manager",)), None)
    return _person(named_in_text.group("rest")) if named_in_text else None


_REPORTS_TO_RE = re.compile(
    r"\b(?i:report(?:s|ing)?|answer(?:s|ing)?)\s+(?:directly\s+)?to\s+(?P<rest>.+)"
)
_HIRING_MANAGER_IS_RE = re.compile(r"\b(?i:hiring manager)(?:\s+is|,)\s+(?P<rest>.+)")
