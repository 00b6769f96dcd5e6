"""Is a text a resume or a job posting? Both structures are weighed.

:func:`parse_either` returns the parsed document of the kind it guesses, so that reading a file of
unknown kind parses it once, not once to guess and again to keep. The resume's side is weighed in
stages, cheapest first, and stops as soon as the posting's points cannot be reached any more: on a
posting, finding a resume's contact details in a text with no resume headings was half the time of
``extract`` (the whole text is its "contact" part).
"""

from __future__ import annotations

import re

from resume_kit.model.documents import Document, DocumentKind, Resume, SourceText
from resume_kit.structure.contact import _EMAIL_RE, _URL_RE, _find_phone
from resume_kit.structure.headings import (
    _RESUME_HEADS,
    _RESUME_INLINE,
    _RESUME_VOCAB,
    _find_sections,
)
from resume_kit.structure.lines import _Line, _section_lines, _split_lines
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.resume import parse_resume
from resume_kit.structure.roles import _parse_roles

__all__ = ["guess_kind", "parse_either"]

_POSTING_SECTIONS = frozenset(
    {"about", "responsibilities", "requirements", "preferred", "benefits"}
)
_RESUME_SECTIONS = frozenset({"experience", "education", "skills", "certifications", "projects"})
# Phrases only a job ad uses about its reader; counted in the opening of the text.
_POSTING_CUES = re.compile(
    r"\b(you will|you'll|you have|we are (looking|seeking|hiring)|we offer|join (us|our)|apply|"
    r"(is|are) (looking|searching) for|(is|are) (wanted|hiring|seeking)|"
    r"successful (application|applicant|candidate)|requirements|qualifications|"
    r"the ideal candidate|equal opportunity|job (description|type)|the (job|position) is|"
    r"what you('ll| will) (do|bring))\b",
    re.IGNORECASE,
)
# The most the later stages can add to a resume's points: dated roles (2 each, 2 at most) and
# an email or a phone number (1).
_ROLE_POINTS = 4
_CONTACT_POINTS = 1


def guess_kind(source: SourceText) -> DocumentKind:
    """Guess whether a text is a resume or a job posting.

    Both structures are weighed: dated roles and resume headings against posting headings, an
    experience requirement and phrases addressed to an applicant. Ties go to resume.

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
    posting = parse_posting(source)
    points = 2 * len({s.name for s in posting.sections} & _POSTING_SECTIONS)
    points += 2 if posting.years_required else 0
    points += min(4, len(_POSTING_CUES.findall(source.text[:20_000])))
    if source.data is not None:  # a JSON document's roles and contact come from its fields
        resume = parse_resume(source)
        return posting if points > _resume_points(resume) else resume
    return posting if _beats_resume(source, points) else parse_resume(source)


def _resume_points(resume: Resume) -> int:
    score = len({s.name for s in resume.sections} & _RESUME_SECTIONS)
    score += 2 * min(2, sum(1 for r in resume.roles if r.start_date or r.end_date))
    return score + (1 if resume.contact.email or resume.contact.phone else 0)


def _beats_resume(source: SourceText, posting_points: int) -> bool:
    """Whether ``posting_points`` beat the text's points as a resume, weighed cheapest first.

    The same points as ``parse_resume`` gives (sections, dated roles, email or phone), but each
    stage is skipped once the posting's lead is out of reach of what the rest could add.
    """
    lines = _split_lines(source)
    sections = _find_sections(
        source, lines, _RESUME_VOCAB, _RESUME_HEADS, "contact", _RESUME_INLINE
    )
    points = len({s.name for s in sections} & _RESUME_SECTIONS)
    if posting_points > points + _CONTACT_POINTS + _ROLE_POINTS:
        return True

    def body(name: str) -> list[_Line]:
        return [ln for s in sections if s.name == name for ln in _section_lines(lines, s)]

    contact_lines = body("contact") if any(s.name == "contact" for s in sections) else lines[:6]
    points += _CONTACT_POINTS if _reachable(contact_lines) else 0
    if posting_points > points + _ROLE_POINTS:
        return True
    # Each experience section on its own, as parse_resume reads them.
    roles = [
        role
        for section in sections
        if section.name == "experience"
        for role in _parse_roles(_section_lines(lines, section))
    ]
    points += 2 * min(2, sum(1 for r in roles if r.start_date or r.end_date))
    return posting_points > points


def _reachable(lines: list[_Line]) -> bool:
    """Whether the contact part has an email or a phone number, as ``_parse_contact`` finds them."""
    text = "\n".join(line.text for line in lines)
    if _EMAIL_RE.search(text):
        return True
    # No email in it, so blanking emails out first (as _parse_contact does) would change nothing.
    return _find_phone(_URL_RE.sub(" ", text)) is not None
