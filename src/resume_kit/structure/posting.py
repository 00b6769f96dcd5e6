"""A posting's structure: sections, title, company, location, hiring manager, years, degree.

Fields come from, in order of trust: JSON-LD or a job's JSON (:mod:`.job_data`), labelled
lines ("Job Title:", "Company:"), then the text ("About Acme", "Acme is hiring", a "we are looking
for a <title>" sentence).
"""

from __future__ import annotations

import re
from typing import Any

from resume_kit.formats.jsonresume_fields import first_text
from resume_kit.model.documents import EducationLevel, Posting, Section, SourceText
from resume_kit.read.limits import check_time
from resume_kit.structure.contact import _PIECE_SPLIT_RE, _has_url
from resume_kit.structure.education import _DEGREE_HINT_RE, degree_level
from resume_kit.structure.headings import (
    _POSTING_HEADS,
    _POSTING_INLINE,
    _POSTING_VOCAB,
    _find_sections,
    _heading_key,
)
from resume_kit.structure.job_data import job_jsonld, name_of, place_of
from resume_kit.structure.lines import (
    _folded,
    _is_bullet,
    _is_sentence,
    _Line,
    _section_lines,
    _split_lines,
    _split_pieces,
)
from resume_kit.structure.places import _find_location, _looks_location
from resume_kit.structure.requirements import classify_requirement
from resume_kit.structure.roles import _PLURAL_TITLE_WORD_RE, _TITLE_WORD_RE
from resume_kit.structure.years import _pick_years

__all__ = ["parse_posting"]


def _degree_required(text: str, sections: list[Section]) -> EducationLevel | None:
    ordered = [s for s in sections if s.name == "requirements"] + [
        s for s in sections if s.name not in ("requirements", "preferred", "benefits")
    ]
    for section in ordered:
        chunk = text[section.start : section.end]
        done = -1  # end of the last line checked
        for hint in _DEGREE_HINT_RE.finditer(chunk):
            if hint.start() < done:
                continue
            start = chunk.rfind("\n", 0, hint.start()) + 1
            end = chunk.find("\n", hint.start())
            done = len(chunk) if end == -1 else end
            line = chunk[start:done]
            guess = degree_level(line)
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
_HEADER_FIELD_RE = re.compile(
    r"\b(?P<label>official\s+title|job\s+title|position\s+title|professional\s+area|job\s+area|"
    r"functional\s+area|job\s+function|job\s+family|job\s+category)\s*[:：]\s*"
    r"(?P<value>[^:：\n]{2,80}?)"
    r"(?=\s+(?-i:[A-Z][\w&]*(?:\s+(?:/\s+)?[A-Z][\w&]*)?)\s*[:：]|\s*$)",
    re.IGNORECASE,
)
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


def _fields(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for match in _FIELD_RE.finditer(text):
        label = match.group("label").lower()
        key = {
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
        }.get(label, label)
        values.setdefault(key, match.group("value").strip())
    return values


def _header_fields(lines: list[_Line]) -> dict[str, str]:
    """Title and job area from the labelled fields of the first lines, even mid-line."""
    values: dict[str, str] = {}
    for line in lines[:3]:
        for match in _HEADER_FIELD_RE.finditer(line.text):
            key = "title" if match["label"].lower().endswith("title") else "area"
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


_ABOUT_RE = re.compile(
    r"^About\s+(?!us\b|the\b|you\b|this\b|our\b|the role\b)(?P<company>[A-Z0-9].{1,50})$"
)
_HIRING_RE = re.compile(
    r"(?P<company>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})\s+(?:is\s+(?:hiring|seeking|looking\s+for|"
    r"recruiting|searching\s+for)|are\s+(?:hiring|seeking|looking\s+for))"
)
_HIRING_VERBS = (
    "hiring",
    "seeking",
    "looking",
    "recruiting",
    "searching",
)  # as _HIRING_RE spells them
_AT_COMPANY_RE = re.compile(r"\s(?:at|@)\s+(?P<company>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})")


def parse_posting(source: SourceText) -> Posting:
    """Turn a reader's text into a structured :class:`Posting`.

    Fields come from, in order of trust: JSON-LD (``data["jsonld"]``) or a JSON job
    (``data["title"]``, ``data["company"]``...), labelled lines ("Job Title:", "Company:",
    "Location:", "Hiring manager:"), then the text ("About Acme", "Acme is hiring",
    "... at Acme", the first heading-like line as title, "report to Jane Doe").

    Args:
        source: The reader's output.

    Returns:
        The posting structure: sections, title, company, location, hiring manager, years of
        experience and degree asked for. Skills and requirement levels are left to extraction.
    """
    text = source.text
    lines = _split_lines(source)
    check_time()  # between steps: how the time budget holds where no alarm can interrupt
    sections = _find_sections(
        source, lines, _POSTING_VOCAB, _POSTING_HEADS, "header", _POSTING_INLINE
    )
    check_time()
    data = source.data or {}
    jsonld = job_jsonld(data)
    fields = _fields(text)
    check_time()

    labelled = _header_fields(lines)
    title = (
        first_text(jsonld, "title")
        or first_text(data, "title", "jobTitle", "position")
        or fields.get("title")
        or labelled.get("title")
    )
    if title is None:
        title = _title_from_text(lines)
    area = first_text(jsonld, "occupationalCategory") or labelled.get("area")
    company = name_of(jsonld.get("hiringOrganization")) or name_of(
        data.get("company", data.get("hiringOrganization", data.get("employer")))
    )
    company = company or fields.get("company")
    if company is None:
        company = _company_from_text(lines, title)
    if title and company:  # "IT Project Manager at Acme" -> "IT Project Manager"
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
        location = _find_location(p for t in header for p in _PIECE_SPLIT_RE.split(t) if p)
    check_time()
    hiring_manager = _hiring_manager(data, fields, text)
    check_time()
    years_required = _pick_years(text, sections)
    check_time()
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


# "We are looking for an experienced Project Manager to ...", "Acme is seeking a Scrum Master",
# "As a Delivery Manager you will ...": the words after the article, up to a title word.
_SEEKING_RE = re.compile(
    r"(?:\b(?:looking|searching)\s+for|\b(?:seeking|seeks?|hiring|recruiting|recruit)|"
    # "invites applications for a position as Professor", "available as Director Data Partner"
    r"\bapplications\s+for|\b(?:position|role|job|opening|vacancy|available)\s+as|^as|"
    # Questions that name the role: "Do you want to be the Knowledge Management Consultant ...?"
    r"(?P<question>\b(?:want|like)\s+to\s+(?:be|become)|^are\s+you))\s+"
    r"(?:(?:an?|the|our|one|two|\d+|(?:one\s+or\s+)?more|a\s+number\s+of)\s+)?"
    # A lookahead, so one match does not swallow the next ("want to be better! We are looking
    # for a ...").
    r"(?=(?P<rest>.{3,90}))",
    re.IGNORECASE,
)
# "A 3-year PhD scholarship in ...", "Postdoc position is available ...": academic posts name the
# post, not a title word.
_ACADEMIC_POST_RE = re.compile(
    r"\b(?P<post>(?:ph\.?\s?d|post-?doc(?:toral)?)\s+"
    r"(?:scholarship|position|fellowship|student(?:ship)?|stipend|researcher|project))\b",
    re.IGNORECASE,
)
# Words that may stand before a title word in a title ("Senior", "IT", ".NET", "Team", "-").
_TITLE_LEAD_WORD_RE = re.compile(r"^(?:[A-Z0-9.#+/&(][\w.#+/&()'’-]*|[-–—/&(),]|of|and|for|in)$")
# Words that open a sentence or end a title's phrase, never part of one ("to head the project").
_NOT_TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "as",
        "we",
        "you",
        "our",
        "your",
        "are",
        "is",
        "do",
        "can",
        "would",
        "will",
        "who",
        "which",
        "that",
        "to",
        "with",
        "at",
        "on",
        "by",
        "from",
        "join",
        "about",
        "if",
        "in",
        "for",
        "or",
    ]
)
_TITLE_MAX_WORDS = 8
# Words a hiring sentence may pass on its way to the title ("a maternity cover for our Warehouse
# Planner"); the other words above end it ("people to interview").
_PASS_BEFORE_TITLE = frozenset(["a", "an", "the", "our", "for"])
# "Organization Name: Cement Division": a labelled field, whatever its label.
_LABEL_LINE_RE = re.compile(r"^[A-Za-z][\w ./-]{0,30}:\s")
# Title words that alone are not a title ("As head of a department", "hiring support").
_NOT_ALONE_TITLE_WORDS = frozenset(
    [
        "head",
        "lead",
        "support",
        "delivery",
        "partner",
        "principal",
        "associate",
        "master",
        "owner",
        "expert",
        "chief",
        "executive",
        "fellow",
        "agent",
    ]
)
# Adjectives a seeking sentence puts before the title ("an experienced project manager").
_SEEKING_ADJECTIVES = frozenset(
    [
        "new",
        "experienced",
        "skilled",
        "talented",
        "motivated",
        "dedicated",
        "passionate",
        "driven",
        "ambitious",
        "seasoned",
        "proactive",
        "dynamic",
        "enthusiastic",
        "highly",
        "self-motivated",
        "qualified",
        "energetic",
        "strong",
        "great",
        "committed",
        "curious",
        "independent",
        "full-time",
        "part-time",
        "vacant",
        "and",
        ",",
    ]
)


def _title_prefix(words: list[str], *, any_case: bool) -> str | None:
    """The words up to the last title word among the first few, when all before it may lead one.

    "Senior Project Manager Acme Ltd London" -> "Senior Project Manager"; "Are you ..." -> None.
    With ``any_case`` (a sentence naming whom they hire) a plural title word counts too and is
    made singular: "full-stack developers" -> "full-stack developer".
    """
    start, end = 0, None
    words = words[:_TITLE_MAX_WORDS]
    for index, word in enumerate(words):
        bare = word.strip("()[],:;?.!")
        if _TITLE_WORD_RE.fullmatch(bare):
            words[index] = bare if index else word.rstrip(",:;?.!")
            end = index + 1
        elif any_case and _PLURAL_TITLE_WORD_RE.fullmatch(bare):
            words[index] = bare[:-1]
            end = index + 1
        elif any_case and end is None and bare.lower() == "as":
            start = index + 1  # "an appointment as postdoctoral researcher"
        elif (
            index == 0 or end is not None or (any_case and bare.lower() not in _PASS_BEFORE_TITLE)
        ) and bare.lower() in _NOT_TITLE_WORDS:
            break  # "As a ...", "Manager to head the project", "people to interview"
        elif not (any_case and re.fullmatch(r"[\w.#+/&'’-]+", word)) and not (
            _TITLE_LEAD_WORD_RE.match(word)
        ):
            break
    if end is None:
        return None
    kept = words[start:end]
    # "competent Project Manager" -> "Project Manager": a capitalised title drops lowercase words
    # before it.
    if any(w[:1].isupper() for w in kept):
        while kept and kept[0].islower():
            kept = kept[1:]
    return " ".join(kept).strip(" -–—/,(") or None


def _title_from_text(lines: list[_Line]) -> str | None:
    """A posting's title when no field names it: a short heading-like line near the top that holds
    a title word, else the title words a long first line opens with, else a "we are looking for a
    <title>" sentence near the top, else a short first line."""
    top = [
        line
        for line in lines[:6]
        # A line over 60 characters is no heading (as in _guess_heading); the key of a flat
        # posting's one long line cost more than the rest of this function.
        if (len(line.text) > 60 or _heading_key(line.text) not in _POSTING_VOCAB)
        and not _is_bullet(line.text)
        and not _FIELD_RE.match(line.text)
        and not _LABEL_LINE_RE.match(line.text)
        and not _has_url(line.text)
    ]
    short = [line for line in top if not _is_sentence(line.text) and len(line.text.split()) <= 10]
    for line in short:
        first = line.text.split()[0].lower()
        if _TITLE_WORD_RE.search(line.text) and first not in _NOT_TITLE_WORDS:
            return line.text.rstrip(":")
    if lines and lines[0] in top:
        prefix = _title_prefix(lines[0].text.split(), any_case=False)
        if prefix is not None:
            return prefix
    if lines:
        # "Angular Developer: Security Services Onboarding": a first line labelled by its title.
        label = _LABEL_LINE_RE.match(lines[0].text)
        if label is not None:
            words = label.group(0).rstrip(": \t").split()
            if _title_prefix(words, any_case=False) == " ".join(words):
                return " ".join(words)
    for line in lines[:8]:
        for found in _SEEKING_RE.finditer(line.text):
            words = found.group("rest").split()
            while words and (
                words[0].lower().strip(",") in _SEEKING_ADJECTIVES
                or re.fullmatch(r"\d+(?:-\d+)?", words[0])  # "2-3 assistant professors"
            ):
                words = words[1:]
            prefix = _title_prefix(words, any_case=True)
            if (
                prefix is not None
                and len(prefix.split()) <= 5
                and (prefix.lower() not in _NOT_ALONE_TITLE_WORDS)
                # A question names a role only in capitals: "Are you a Scrum Master?", not "Are
                # you a natural leader?".
                and not (found.group("question") and prefix[:1].islower())
            ):
                return prefix
        academic = _ACADEMIC_POST_RE.search(line.text)
        if academic is not None:
            return academic.group("post")
    if short and lines and short[0] is lines[0]:
        return short[0].text.rstrip(":")
    return None


_EMPLOYMENT_WORDS_RE = re.compile(
    r"^(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship|remote|"
    r"hybrid|on-?site|posted|apply|job|salary|\$|£|€)",
    re.IGNORECASE,
)


def _company_from_text(lines: list[_Line], title: str | None) -> str | None:
    for line in lines:
        match = _ABOUT_RE.match(line.text.rstrip(":"))
        if match and len(line.text.split()) <= 6:
            return match.group("company").strip()
    # The line under the title: "Cobalt Ridge Software, Inc." / "Fernhill Analytics – Denver, CO".
    title_index = next((i for i, ln in enumerate(lines[:6]) if ln.text.rstrip(":") == title), None)
    if title_index is not None and title_index + 1 < len(lines):
        line = lines[title_index + 1]
        if (
            not _is_sentence(line.text)
            and not _is_bullet(line.text)
            and not _FIELD_RE.match(line.text)
            and not re.search(r"[:：]\s", line.text)
            and _heading_key(line.text) not in _POSTING_VOCAB
            and len(line.text.split()) <= 12
        ):
            for piece in _split_pieces(line.text):
                piece = re.sub(r"[^\w).&'’]+$", "", piece).strip()
                if piece and not _looks_location(piece) and not _EMPLOYMENT_WORDS_RE.match(piece):
                    return piece
    for line in lines:
        # The regex tries a capitalised name at every word; only lines with its verbs can match.
        if not any(verb in line.text for verb in _HIRING_VERBS):
            continue
        match = _HIRING_RE.search(line.text)
        if match:
            words = match.group("company").split()
            while words and words[0].lower() in {"the", "our", "we", "at", "why", "join"}:
                words = words[1:]
            if words:
                return " ".join(words)
    if title:
        match = _AT_COMPANY_RE.search(title)
        if match:
            return match.group("company").strip()
    return None


def _hiring_manager(data: dict[str, Any], fields: dict[str, str], text: str) -> str | None:
    """A named person only: "report to the Director of IT" names nobody."""
    named = first_text(data, "hiring_manager", "hiringManager")
    if named:
        return _person(named) or named
    if "hiring manager" in fields:
        return _person(fields["hiring manager"]) or fields["hiring manager"]
    if "reports to" in fields and _person(fields["reports to"]):
        return _person(fields["reports to"])
    # Both patterns try every word of the text; a text without their words is passed at once.
    folded = _folded(text)
    if "report" in folded or "answer" in folded:
        for found in _REPORTS_TO_RE.finditer(text):
            person = _person(found.group("rest"))
            if person:
                return person
    named_in_text = _HIRING_MANAGER_IS_RE.search(text) if "hiring manager" in folded else None
    return _person(named_in_text.group("rest")) if named_in_text else None


_REPORTS_TO_RE = re.compile(
    r"\b(?i:report(?:s|ing)?|answer(?:s|ing)?)\s+(?:directly\s+)?to\s+(?P<rest>.+)"
)
_HIRING_MANAGER_IS_RE = re.compile(r"\b(?i:hiring manager)(?:\s+is|,)\s+(?P<rest>.+)")
