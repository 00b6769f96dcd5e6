"""Is a text a resume or a job posting? Both structures are weighed.

:func:`parse_either` returns the parsed document of the kind it guesses, so that reading a file of
unknown kind parses it once, not once to guess and again to keep. The resume's side is weighed in
stages, cheapest first, and stops as soon as the posting's points cannot be reached any more: on a
posting, finding a resume's contact details in a text with no resume headings was half the time of
``extract`` (the whole text is its "contact" part). What the text holds at all bounds the resume's
points before its lines are cut (no year, no dated role; no "@", link or run of digits, no contact
details), and the posting's phrases are counted only while a comparison is open: most postings are
told apart without cutting their lines as a resume's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from resume_kit.model.documents import Document, DocumentKind, Resume, SourceText
from resume_kit.structure.contact import (
    _EMAIL_RE,
    _PHONE_DIGITS,
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
from resume_kit.structure.wordsearch import WordSearch, compile_word_alternatives

__all__ = ["guess_kind", "parse_either"]

_POSTING_SECTIONS = frozenset(
    {"about", "responsibilities", "requirements", "preferred", "benefits"}
)
_RESUME_SECTIONS = frozenset({"experience", "education", "skills", "certifications", "projects"})
# Phrases only a job ad uses about its reader; counted in the opening of the text. Built to skip
# to the phrases' first letters (structure/wordsearch.py: 1.8x faster than the plain alternation,
# same matches), and keyed: a resume's or a short posting's opening is read to its end for four
# distinct phrases, which one Aho-Corasick pass finds the starts of (counting the points took
# 68 ms per 1,000 postings, 48 ms keyed; the "you" / "our" below stop at the eighth, sooner
# searched than keyed).
_POSTING_CUES = WordSearch(
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
    keyed=True,
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
    lead = _PostingPoints(source, outline)
    if source.data is not None:  # a JSON document's roles and contact come from its fields
        resume = parse_resume(source)
        dated = sum(1 for r in resume.roles if r.start_date or r.end_date)
        years = lead.years if dated < 2 else 0
        posting = lead.exceeds(_resume_points(source, resume) - years)
        return parse_posting(source, outline) if posting else resume
    draft = _resume_draft(source, lead)
    return parse_posting(source, outline) if draft is None else parse_resume(source, draft)


class _PostingPoints:
    """A text's points as a posting, counted only as far as a comparison needs them.

    Its sections' points are known at once; the phrases addressed to an applicant and the
    "you" / "our" of the opening are searched for only while a comparison is still open (most
    postings win by their headings alone against what a resume could score at most).
    ``years`` are the points of the years asked, which count only against fewer than two dated
    roles ("Sixteen years of experience" is also a resume's claim).
    """

    def __init__(self, source: SourceText, outline: PostingOutline) -> None:
        # A heading both kinds write ("Summary", "Skills", "Experience") tells neither apart.
        posting_only = {
            s.name for s in outline.sections if _heading_key(s.heading) not in _RESUME_VOCAB
        }
        self.points = 2 * len(posting_only & _POSTING_SECTIONS)  # counted so far
        self.most = self.points + _TALK_POINTS + _CUE_POINTS  # what the rest may add
        self.years = 2 if outline.years_required else 0
        self.folded = outline.folded  # the text lowercased, as _may_reach looks at it
        self._steps = self._count(source.text[:20_000])

    def exceeds(self, bound: int) -> bool:
        """Whether the points are more than ``bound`` (counting on only while undecided)."""
        while self.points <= bound < self.most:
            next(self._steps, None)
        return self.points > bound

    def _count(self, opening: str) -> Iterator[None]:
        """Count on, stopping after each change of ``points`` or ``most``."""
        # "you" / "our": 1 point at the third, 2 at the eighth (the search stops there).
        talk = 0
        for _ in islice(_ADDRESS_RE.finditer(opening), 8):
            talk += 1
            if talk in (3, 8):
                self.points += 1
                yield
        self.most -= _TALK_POINTS - (2 if talk >= 8 else 1 if talk >= 3 else 0)
        yield
        # Distinct phrases (a resume may say "requirements" often), four at most: the search
        # stops at the fourth.
        cues: set[str] = set()
        for cue in _POSTING_CUES.finditer(opening):
            phrase = cue.group().lower()
            if phrase not in cues:
                cues.add(phrase)
                self.points += 1
                if len(cues) == _CUE_POINTS:
                    break
                yield
        self.most = self.points


_TALK_POINTS = 2
_CUE_POINTS = 4


def _resume_points(source: SourceText, resume: Resume) -> int:
    score = len({s.name for s in resume.sections} & _RESUME_SECTIONS)
    score += 2 * min(2, sum(1 for r in resume.roles if r.start_date or r.end_date))
    # Contact details at the top count: a posting's recruiter address is further down.
    top = resume.sections[0] if resume.sections and resume.sections[0].name == "contact" else None
    head = source.text[top.start : top.end] if top else ""
    contact = [value for value in (resume.contact.email, resume.contact.phone) if value]
    return score + (1 if any(value in head for value in contact) else 0)


# Every date names a year as find_date_range reads one: a text without any has no dated role.
# (Without the look-ahead of the dates' own pattern: a line's year is a year of the text.)
# Written to start with one set of characters, that the engine skips to (3x faster than the
# plain "19[5-9]\d|20\d\d|['’‘]\d\d", the same matches).
_ANY_YEAR_RE = re.compile(r"[12'’‘](?:(?<=1)9[5-9]|(?<=2)0\d|(?<=['’‘])\d)\d")
# The run of digits, dots, dashes and spaces every phone number _PHONE_RE finds is made of
# (its optional area code and country code before it aside).
_PHONE_CORE_RE = re.compile(rf"\d{_PHONE_DIGITS}")


def _resume_draft(source: SourceText, lead: _PostingPoints) -> ResumeDraft | None:
    """None when the posting's points beat the text's points as a resume, weighed cheapest
    first; else the resume's lines, sections and experience roles, for ``parse_resume``.

    The same points as ``parse_resume`` gives (sections, dated roles, email or phone at the top;
    the lines cut as it cuts them), but each stage is skipped once the posting's lead is out of
    reach of what the rest could add. Before any line is cut, what the text holds at all bounds
    the rest: no year anywhere, no dated role; no "@", link or run of digits, no contact
    details. The years asked count for the posting only against fewer than two dated roles.
    """
    text = source.text
    roles_most = _ROLE_POINTS if _ANY_YEAR_RE.search(text) else 0
    years = 0 if roles_most else lead.years  # no dated role at all: the years count
    if lead.exceeds(len(_RESUME_SECTIONS) + _CONTACT_POINTS + roles_most - years):
        return None  # more than the resume could score at all: its lines need no cutting
    # Whether contact details may be found at all (a third of the bounds' time before the
    # lines are cut) is asked only where its point decides: most postings beat the resume's
    # points with or without it.
    contact_most: int | None = None
    if lead.exceeds(len(_RESUME_SECTIONS) + roles_most - years):
        contact_most = _CONTACT_POINTS if _may_reach(text, lead.folded) else 0
        if not contact_most:
            return None
    lines = resume_lines(source)
    sections = resume_sections(source, lines)
    points = len({s.name for s in sections} & _RESUME_SECTIONS)
    if lead.exceeds(
        points + (_CONTACT_POINTS if contact_most is None else contact_most) + roles_most - years
    ):
        return None  # beaten even with the contact point: it need not be asked for
    if contact_most is None:
        contact_most = _CONTACT_POINTS if _may_reach(text, lead.folded) else 0
        if not contact_most and lead.exceeds(points + roles_most - years):
            return None

    def body(name: str) -> list[_Line]:
        return [ln for s in sections if s.name == name for ln in _section_lines(lines, s)]

    if contact_most:
        points += _CONTACT_POINTS if _reachable(body("contact")) else 0
        if lead.exceeds(points + roles_most - years):
            return None
    if not roles_most:
        return ResumeDraft(lines, sections)
    # Each experience section on its own, as parse_resume reads them (and keeps them).
    roles = {
        index: _parse_roles(_section_lines(lines, section))
        for index, section in enumerate(sections)
        if section.name == "experience"
    }
    dated = sum(1 for found in roles.values() for r in found if r.start_date or r.end_date)
    points += 2 * min(2, dated)
    if lead.exceeds(points - (lead.years if dated < 2 else 0)):
        return None
    return ResumeDraft(lines, sections, roles)


def _may_reach(text: str, folded: str | None = None) -> bool:
    """Whether :func:`_reachable` can find anything in lines of ``text``: an "@", a link (whose
    blanking could join digits) or a run of digits a phone number is made of.

    ``folded`` is ``_folded(text)`` when the caller has it (the posting's outline holds it: its
    lowering was a third of this test).
    """
    if "@" in text:
        return True
    if folded is None:
        folded = _folded(text)
    return any(cue in folded for cue in _URL_CUES) or _PHONE_CORE_RE.search(text) is not None


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
