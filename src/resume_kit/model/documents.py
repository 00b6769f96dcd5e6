"""Typed, immutable data models shared by every hop of the pipeline.

The flow is ``file -> Resume / Posting (structure) -> the same models enriched with skills and
metrics -> MatchReport``. All character offsets (``start`` / ``end``) index the model's ``text``
field, end exclusive, so ``text[start:end]`` is always the quoted string.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, Literal

from pydantic import Field

from resume_kit.model.base import FrozenModel
from resume_kit.model.dates import YearMonth, month_index

__all__ = [
    "Certification",
    "Contact",
    "Document",
    "DocumentKind",
    "Education",
    "EducationLevel",
    "InputFormat",
    "Mention",
    "Metric",
    "MetricDirection",
    "MetricKind",
    "Posting",
    "PostingSection",
    "Requirement",
    "RequirementLevel",
    "Resume",
    "ResumeSection",
    "Role",
    "Section",
    "SectionName",
    "SkillCategory",
    "SkillHit",
    "SourceText",
    "TextSpan",
    "YearsRequired",
    "latest_role",
    "role_end",
    "section_at",
    "section_finder",
]

SkillCategory = Literal[
    "methodology",
    "tool",
    "certification",
    "technical",
    "domain",
    "soft_skill",
    "responsibility",
]
"""The closed set of skill categories used in ``keywords/skills_meta.jsonl``."""

MetricKind = Literal[
    "percent",
    "money",
    "count",
    "team_size",
    "duration",
    "ratio",
    "rank",
]

MetricDirection = Literal["up", "down"]
"""Which way a change went: the value reached is above (``up``) or below (``down``) the start."""

RequirementLevel = Literal["required", "preferred", "mentioned"]

DocumentKind = Literal["resume", "posting"]

InputFormat = Literal["txt", "md", "docx", "pdf", "html", "json-resume", "json-job"]
"""What a reader read: the file format, JSON split into a JSON Resume and a JSON Resume job."""

ResumeSection = Literal[
    "contact", "summary", "experience", "education", "skills", "certifications", "projects", "other"
]
"""The canonical names of a resume's sections (the heading as written is kept beside it)."""

PostingSection = Literal[
    "header", "about", "responsibilities", "requirements", "preferred", "benefits", "other"
]
"""The canonical names of a job posting's sections."""

SectionName = ResumeSection | PostingSection

EducationLevel = Literal["doctorate", "master", "bachelor", "associate", "diploma", "other"]
"""A degree's level; ``other`` for an education entry that names no degree."""


class SourceText(FrozenModel):
    """What a reader gives back: the document's plain text plus the hints its format carried.

    Readers normalise line endings to ``\n``, put each paragraph, list item and table cell on its
    own     line, and start list items with ``"• "`` so later stages see bullets in every format.

    Attributes:
        source: The path as given by the user (``"-"`` for stdin).
        format: ``txt``, ``md``, ``docx``, ``pdf``, ``html``, ``json-resume``, ``json-job``.
        text: The plain text.
        heading_lines: Offsets of the lines the format itself marks as headings (Word heading
            styles, HTML ``h1``-``h6``, Markdown ``#``).
        data: The parsed JSON for JSON Resume / JSON job inputs, None otherwise.
    """

    source: str
    format: InputFormat
    text: str
    heading_lines: list[int] = Field(default_factory=list)
    data: dict[str, Any] | None = None


class TextSpan(FrozenModel):
    """A piece of the document text with its offsets."""

    text: str
    start: int
    end: int


class Section(FrozenModel):
    """A section of a document.

    Attributes:
        name: Canonical section name. Resumes: ``contact``, ``summary``, ``experience``,
            ``education``, ``skills``, ``certifications``, ``projects``, ``other``. Postings:
            ``header``, ``about``, ``responsibilities``, ``requirements``, ``preferred``,
            ``benefits``, ``other``.
        heading: The heading as written in the document ("" for the untitled top part).
        start: Offset of the section's first character (its heading line included).
        end: Offset one past its last character.
        confidence: How sure the parser is of the section's start and kind, 0 to 1: a known
            heading styled as one is near 1, a heading found inside flattened text or named by
            no vocabulary is lower, the untitled top part 0.6.
    """

    name: SectionName
    heading: str = ""
    start: int
    end: int
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Contact(FrozenModel):
    """How to reach the candidate."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    links: list[str] = Field(default_factory=list)
    location: str | None = None


class Role(FrozenModel):
    """One position held.

    Dates are normalised to ``YYYY-MM`` (or ``YYYY`` when no month is given); ``end`` is None and
    ``current`` True for a role that is ongoing ("Present", "Current", "Now"). ``start`` /
    ``end`` span the whole role, header to last line. ``confidence`` (0 to 1) says how sure the
    parser is that this is one role read right: dates, a title and an employer found, in a
    section whose heading was sure.
    """

    title: str | None = None
    employer: str | None = None
    location: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    current: bool = False
    bullets: list[TextSpan] = Field(default_factory=list)
    start: int
    end: int
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


def role_end(role: Role, today: int) -> int | None:
    """The month a role ends, as :func:`~resume_kit.model.dates.month_index` counts months.

    Args:
        role: The role.
        today: The month at which ongoing roles end.

    Returns:
        ``today`` for a current role, else the last month of its end date (or of its start date
        when it gives no end); None for an undated role.
    """
    if role.current:
        return today
    end = month_index(role.end_date, end=True)
    return end if end is not None else month_index(role.start_date, end=True)


def latest_role(roles: Sequence[Role], today: YearMonth | None = None) -> Role | None:
    """The role the candidate is in now: the current one, else the one that ended last.

    Resumes list roles newest first or oldest first, so the order is only the last tie-break.
    Ties go to the later start, then to the role listed first.

    Args:
        roles: The resume's roles.
        today: The month at which ongoing roles end; None: the newest date among the roles.

    Returns:
        The latest role, or None when there are no roles.
    """
    if today is None:
        dates = [
            month
            for role in roles
            for month in (month_index(role.start_date), month_index(role.end_date, end=True))
            if month is not None
        ]
        now = max(dates, default=0)
    else:
        now = today.index()
    best: tuple[int, int, int] | None = None
    chosen: Role | None = None
    for position, role in enumerate(roles):
        end = role_end(role, now)
        start = month_index(role.start_date)
        key = (end if end is not None else -1, start if start is not None else -1, -position)
        if best is None or key > best:
            best, chosen = key, role
    return chosen


class Education(FrozenModel):
    """A degree or course of study."""

    degree: str | None = None
    level: EducationLevel | None = None
    field: str | None = None
    institution: str | None = None
    end_date: str | None = None
    start: int
    end: int


class Certification(FrozenModel):
    """A certification as written in the resume (matched to a skill id by extraction)."""

    name: str
    issuer: str | None = None
    date: str | None = None
    start: int
    end: int


class Mention(FrozenModel):
    """One occurrence of a skill in the text."""

    text: str
    start: int
    end: int
    section: str
    sentence_start: int
    sentence_end: int


class SkillHit(FrozenModel):
    """A canonical skill found in a document, with every place it is mentioned."""

    id: str
    name: str
    category: SkillCategory
    mentions: list[Mention] = Field(default_factory=list)


class Metric(FrozenModel):
    """A quantified achievement.

    Attributes:
        text: The quantity as written ("$2.5M", "40%", "team of 12").
        value: The normalised number (``2500000.0`` for "$2.5M", ``40.0`` for "40%").
        unit: ``%``, an ISO currency code (``USD``, ``GBP``, ``EUR``...), ``people``, ``projects``,
            ``months``, ``x``... or None for a bare count.
        kind: What the number measures.
        baseline: For a change ("from 300 to 120"), the starting value (300), in the unit of
            ``value``; None otherwise.
        high: For a range ("$500K to $10M", "5-10 sites"), the upper end (``value`` is the lower
            end); None otherwise.
        direction: For a change, ``up`` or ``down`` (also when only the end is written: "cut
            onboarding to 4 weeks" is ``down``); None otherwise.
        out_of: For a rank "of N" ("#1 of 40", "top 52/2500"), N; None otherwise.
        sentence: The whole sentence (or bullet) that holds the metric.
        section: Canonical name of the section it is in.
        verb: The achievement's action verb, lemmatised ("reduce", "lead"), when present.
        skills: Ids of skills mentioned in the same sentence.
    """

    text: str
    value: float
    unit: str | None = None
    kind: MetricKind
    baseline: float | None = None
    high: float | None = None
    direction: MetricDirection | None = None
    out_of: float | None = None
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    section: str
    verb: str | None = None
    skills: list[str] = Field(default_factory=list)


class YearsRequired(FrozenModel):
    """Years of experience a posting asks for ("5+ years" -> min 5, max None)."""

    min: float
    max: float | None = None
    text: str
    skill: str | None = None


class Requirement(FrozenModel):
    """A skill a posting asks for, and how strongly."""

    id: str
    level: RequirementLevel
    count: int
    in_title: bool = False


class Resume(FrozenModel):
    """A candidate's resume: structure from the reader, skills and metrics from extraction."""

    kind: Literal["resume"] = "resume"
    source: str
    text: str
    sections: list[Section]
    contact: Contact = Field(default_factory=Contact)
    summary: str | None = None
    roles: list[Role] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills_listed: list[str] = Field(default_factory=list)
    # A JSON Resume's references ("Name: what they say"): other people's words about the
    # candidate, kept out of ``text`` so that no skill or claim is read from them, and written
    # back into the tailored resume and JSON Resume as they are.
    references: list[str] = Field(default_factory=list)
    skills: list[SkillHit] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)


class Posting(FrozenModel):
    """A job posting: structure from the reader, skills and requirement levels from extraction."""

    kind: Literal["posting"] = "posting"
    source: str
    text: str
    sections: list[Section]
    title: str | None = None
    # The job area a labelled field names ("Professional Area: Project Management"): tells the
    # posting's role when it has no title.
    area: str | None = None
    company: str | None = None
    location: str | None = None
    hiring_manager: str | None = None
    years_required: YearsRequired | None = None
    degree_required: EducationLevel | None = None
    certifications_asked: list[str] = Field(default_factory=list)
    skills: list[SkillHit] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)

    @property
    def required(self) -> list[str]:
        """Ids of the skills the posting requires."""
        return [r.id for r in self.requirements if r.level == "required"]

    @property
    def preferred(self) -> list[str]:
        """Ids of the skills the posting prefers (nice to have)."""
        return [r.id for r in self.requirements if r.level == "preferred"]


Document = Resume | Posting


def section_at(sections: list[Section], offset: int) -> str:
    """Name of the section that holds ``offset`` ("other" when none does).

    Args:
        sections: The document's sections, in text order.
        offset: A character offset into the document text.

    Returns:
        The canonical section name.
    """
    for section in sections:
        if section.start <= offset < section.end:
            return section.name
    return "other"


def section_finder(sections: list[Section]) -> Callable[[int], str]:
    """:func:`section_at` for many offsets into one document: the section is found by bisection
    when the sections are in text order without overlap (what the parsers make), so naming the
    section of every mention no longer costs mentions x sections.

    Args:
        sections: The document's sections.

    Returns:
        A function of an offset giving what ``section_at(sections, offset)`` gives.
    """
    starts = [section.start for section in sections]
    ordered = all(a.start <= a.end <= b.start for a, b in pairwise(sections))
    if not ordered:
        return lambda offset: section_at(sections, offset)

    def find(offset: int) -> str:
        at = bisect_right(starts, offset) - 1
        if at >= 0 and offset < sections[at].end:
            return sections[at].name
        return "other"

    return find
