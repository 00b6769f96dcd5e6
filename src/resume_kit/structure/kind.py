"""Is a text a resume or a job posting? Both structures are weighed.

:func:`parse_either` returns the parsed document of the kind it guesses, so that reading a file of
unknown kind parses it once, not once to guess and again to keep. The resume's side is weighed in
stages, cheapest first, and stops as soon as the posting's points cannot be reached any more: on a
posting, finding a resume's contact details in a text with no resume headings was half the time of
``extract`` (the whole text is its "contact" part).
"""

from __future__ import annotations

from itertools import islice

from resume_kit.model.documents import Document, DocumentKind, Resume, SourceText
from resume_kit.structure.contact import (
    _EMAIL_RE,
    _PHONE_RE,
    _URL_CUES,
    _URL_RE,
    _phone_score,
)
from resume_kit.structure.headings import (
    _RESUME_VOCAB,
    _heading_key,
)
from resume_kit.structure.lines import _folded, _Line, _section_lines
from resume_kit.structure.posting import PostingOutline, parse_posting, posting_outline
from resume_kit.structure.resume import ResumeDraft, parse_resume, resume_lines, resume_sections
from resume_kit.structure.roles import _parse_roles
from resume_kit.structure.wordsearch import compile_word_alternatives

__all__ = ["guess_kind", "parse_either"]

_POSTING_SECTIONS = frozenset(
    {"about", "responsibilities", "requirements", "preferred", "benefits"}
)
_RESUME_SECTIONS = frozenset({"experience", "education", "skills", "certifications", "projects"})
# Phrases only a job ad uses about its reader; counted in the opening of the text. Built to skip
# to the phrases' first letters (structure/wordsearch.py: 1.8x faster than the plain alternation,
# same matches).
_POSTING_CUES = compile_word_alternatives(
    [
        (phrase, True)
        for phrase in (
            "you will", "you'll", "you have", "we are (?:looking|seeking|hiring)", "we offer",
            "join (?:us|our)", "apply", "is (?:looking|searching) for",
            "are (?:looking|searching) for", "is (?:wanted|hiring|seeking)",
            "are (?:wanted|hiring|seeking)", "successful (?:application|applicant|candidate)",
            "requirements", "qualifications", "the ideal candidate", "equal opportunity",
            "job (?:description|type)", "the (?:job|position) is",
            "what you(?:'ll| will) (?:do|bring)",
        )
    ],
    then=r"\b",
)  # fmt: skip
# The most the later stages can add to a resume's points: dated roles (2 each, 2 at most) and
# an email or a phone number (1).
_ROLE_POINTS = 4
_CONTACT_POINTS = 1
# A posting talks to its reader about "our team"; resumes leave the pronouns out.
_ADDRESS_RE = compile_word_alternatives(
    [(word, True) for word in ("you", "your", "you'll", "you're", "we", "we're", "our")], then=r"\b"
)


def guess_kind(source: SourceText) -> DocumentKind:
    """Guess whether a text is a resume or a job posting.

    Both structures are weighed: dated roles, resume headings and contact details at the top
    against headings only postings write, the years asked (against fewer than two dated roles),
    phrases addressed to an applicant (each once) and "you" / "our". Ties go to resume.

    Args:
        source: What a reader returned.

    Returns:
        ``"resume"`` or ``"posting"``.
    """
    if source.format == "json-resume":
        return "resume"
    if source.format == "json-job":
        return "posting"
    return parse_either(source).kind


def parse_either(source: SourceText) -> Document:
    """Parse ``source`` as the kind :func:`guess_kind` tells: a Resume or a Posting.

    Args:
        source: What a reader returned.

    Returns:
        ``parse_resume(source)`` or ``parse_posting(source)``, whichever the text is.
    """
    if source.format == "json-resume":
        return parse_resume(source)
    if source.format == "json-job":
        return parse_posting(source)
    outline = posting_outline(source)
    points, years = _posting_points(source, outline)
    if source.data is not None:  # a JSON document's roles and contact come from its fields
        resume = parse_resume(source)
        dated = sum(1 for r in resume.roles if r.start_date or r.end_date)
        points += years if dated < 2 else 0
        return parse_posting(source, outline) if points > _resume_points(source, resume) else resume
    draft = _resume_draft(source, points, years)
    return parse_posting(source, outline) if draft is None else parse_resume(source, draft)


def _posting_points(source: SourceText, posting: PostingOutline) -> tuple[int, int]:
    """A text's points as a posting, and the points its years asked add (when the resume side
    has fewer than two dated roles: "Sixteen years of experience" is also a resume's claim)."""
    # A heading both kinds write ("Summary", "Skills", "Experience") tells neither apart.
    posting_only = {
        s.name for s in posting.sections if _heading_key(s.heading) not in _RESUME_VOCAB
    }
    points = 2 * len(posting_only & _POSTING_SECTIONS)
    opening = source.text[:20_000]
    # Distinct phrases (a resume may say "requirements" often), four at most: the search stops
    # at the fourth, as the count of "you" / "our" stops at the eighth.
    cues: set[str] = set()
    for cue in _POSTING_CUES.finditer(opening):
        cues.add(cue.group().lower())
        if len(cues) == 4:
            break
    points += len(cues)
    talk = sum(1 for _ in islice(_ADDRESS_RE.finditer(opening), 8))
    points += 2 if talk >= 8 else 1 if talk >= 3 else 0
    return points, 2 if posting.years_required else 0


def _resume_points(source: SourceText, resume: Resume) -> int:
    score = len({s.name for s in resume.sections} & _RESUME_SECTIONS)
    score += 2 * min(2, sum(1 for r in resume.roles if r.start_date or r.end_date))
    # Contact details at the top count: a posting's recruiter address is further down.
    top = resume.sections[0] if resume.sections and resume.sections[0].name == "contact" else None
    head = source.text[top.start : top.end] if top else ""
    contact = [value for value in (resume.contact.email, resume.contact.phone) if value]
    return score + (1 if any(value in head for value in contact) else 0)


def _resume_draft(source: SourceText, posting_points: int, years: int) -> ResumeDraft | None:
    """None when the posting's points beat the text's points as a resume, weighed cheapest
    first; else the resume's lines, sections and experience roles, for ``parse_resume``.

    The same points as ``parse_resume`` gives (sections, dated roles, email or phone at the top;
    the lines cut as it cuts them), but each stage is skipped once the posting's lead is out of
    reach of what the rest could add. ``years`` count for the posting only against fewer than
    two dated roles.
    """
    if posting_points > len(_RESUME_SECTIONS) + _CONTACT_POINTS + _ROLE_POINTS:
        return None  # more than the resume could score at all: its lines need no cutting
    lines = resume_lines(source)
    sections = resume_sections(source, lines)
    points = len({s.name for s in sections} & _RESUME_SECTIONS)
    if posting_points > points + _CONTACT_POINTS + _ROLE_POINTS:
        return None

    def body(name: str) -> list[_Line]:
        return [ln for s in sections if s.name == name for ln in _section_lines(lines, s)]

    points += _CONTACT_POINTS if _reachable(body("contact")) else 0
    if posting_points > points + _ROLE_POINTS:
        return None
    # Each experience section on its own, as parse_resume reads them (and keeps them).
    roles = {
        index: _parse_roles(_section_lines(lines, section))
        for index, section in enumerate(sections)
        if section.name == "experience"
    }
    dated = sum(1 for found in roles.values() for r in found if r.start_date or r.end_date)
    points += 2 * min(2, dated)
    if posting_points + (years if dated < 2 else 0) > points:
        return None
    return ResumeDraft(lines, sections, roles)


def _reachable(lines: list[_Line]) -> bool:
    """Whether the contact part has an email or a phone number, as ``_parse_contact`` finds them."""
    text = "\n".join(line.text for line in lines)
    if "@" in text and _EMAIL_RE.search(text):
        return True
    # No email in it, so blanking emails out first (as _parse_contact does) would change nothing.
    # Links are blanked out only where there may be one (the search tries every word).
    folded = _folded(text)
    if any(cue in folded for cue in _URL_CUES):
        text = _URL_RE.sub(" ", text)
    return _has_phone(text)


def _has_phone(text: str) -> bool:
    """Whether ``_find_phone(text)`` finds a number: the first one it would weigh is enough."""
    for line in text.split("\n"):
        for match in _PHONE_RE.finditer(line):
            candidate = match.group().strip(" .-–")
            if _phone_score(line, match.start(), match.end(), candidate) is not None:
                return True
    return False
