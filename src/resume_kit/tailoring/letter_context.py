"""The cover letter's context: the posting's top met requirements tied to the resume's evidence.

Every sentence is the candidate's own: a whole sentence of the resume put in the first person
(:mod:`~resume_kit.tailoring.resume_evidence`: from a role's bullet, or from the text as written
when no role was recognised), the resume's stated years and latest title, or the candidate's own
opening line. When no requirement is shown word for word, the letter argues from the resume's
statements of work closest to the posting, naming no requirement. Pure functions over the
models: no spaCy, no clock (the letter's date is given).
"""

from __future__ import annotations

import datetime as dt
import re

from resume_kit.model.documents import Posting, Resume
from resume_kit.model.report import MatchReport
from resume_kit.tailoring.context_common import (
    Link,
    TemplateContext,
    by_weight,
    contact_links,
    current_role,
    full_stop,
    join_words,
    met_requirements,
    resume_headline,
    years_of_experience,
)
from resume_kit.tailoring.resume_evidence import (
    Citation,
    citable_sentences,
    closest_citations,
    first_person,
    requirement_citation,
    role_label,
)

__all__ = ["LETTER_PARAGRAPHS", "LetterContext", "build_letter_context", "format_letter_date"]


LETTER_PARAGRAPHS = 3
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class LetterContext(TemplateContext):
    """Variables of ``cover_letter.md.j2``."""

    name: str
    contact: list[Link]
    date: str
    recipient: list[str]
    salutation: str
    subject: str
    opening: str
    body: list[str]
    gap: str | None
    closing: str
    sign_off: str
    title: str
    author: str


def format_letter_date(today: dt.date) -> str:
    """``2025-06-02`` -> ``June 2, 2025``."""
    return f"{_MONTH_NAMES[today.month - 1]} {today.day}, {today.year}"


# Lead-ins for the letter's evidence paragraphs, in turn, so three paragraphs do not all open
# with the same words.
_LETTER_LEADS = (
    "You are looking for {skills}.",
    "Your posting also asks for {skills}.",
    "You also mention {skills}.",
)
# Lead-ins for the resume's own statements closest to the posting, when they show no requirement
# word for word: they name no requirement, so they claim none.
_WORK_LEADS = (
    "One example of the work I would bring:",
    "Another example:",
    "And one more:",
)
# A letter argues from at least this many of the resume's statements when it has them.
_MIN_PARAGRAPHS = 2


def _where(citation: Citation) -> str:
    """``"as Project Manager at Acme"`` or ``""`` (no role, or one read wrongly)."""
    label = role_label(citation.role)
    return f"as {label}" if label else ""


def _with_place(clause: str, where: str, previous: str | None) -> str:
    """``"I led X."`` -> ``"In my role as PM at Acme, I led X."`` (or "In the same role")."""
    if not where:
        return clause
    place = "In the same role" if where == previous else f"In my role {where}"
    if clause.startswith("My "):
        clause = clause[:1].lower() + clause[1:]
    return f"{place}, {clause}"


def _chosen_citations(
    report: MatchReport, resume: Resume, limit: int
) -> list[tuple[Citation, list[str]]]:
    """Up to ``limit`` sentences, each with the met requirements it shows (none: closest work).

    The heaviest met requirements first, each with the best sentence that mentions it (a
    sentence already chosen names every requirement it shows); then, if fewer than two were
    found, the resume's statements of work closest to the posting.
    """
    citations = citable_sentences(resume)
    chosen: list[tuple[Citation, list[str]]] = []
    taken: set[int] = set()
    for requirement in by_weight(met_requirements(report, resume)):
        same = next((names for c, names in chosen if requirement.skill in c.skills), None)
        if same is not None:
            same.append(requirement.name)
            continue
        if len(chosen) >= limit:
            continue
        citation = requirement_citation(requirement, citations, taken)
        if citation is not None:
            chosen.append((citation, [requirement.name]))
            taken.add(citation.start)
    wanted = min(limit, _MIN_PARAGRAPHS) - len(chosen)
    if wanted > 0:
        chosen += [(c, []) for c in closest_citations(report, citations, wanted, taken)]
    return chosen


def _letter_paragraphs(
    report: MatchReport, resume: Resume, limit: int = LETTER_PARAGRAPHS
) -> list[str]:
    """Up to ``limit`` paragraphs, each one of the resume's sentences and what it shows."""
    paragraphs = []
    previous: str | None = None
    shown = work = 0
    for citation, names in _chosen_citations(report, resume, limit):
        where = _where(citation)
        clause = _with_place(first_person(citation), where, previous)
        previous = where or None
        if names:
            lead = _LETTER_LEADS[shown % len(_LETTER_LEADS)].format(skills=join_words(names))
            shown += 1
            paragraphs.append(f"{lead} {clause}")
        else:
            lead = _WORK_LEADS[work % len(_WORK_LEADS)]
            work += 1
            if not clause.startswith("I "):
                clause = clause[:1].lower() + clause[1:]  # "In my role ..." after a colon
            paragraphs.append(f"{lead} {clause}")
    return paragraphs


def build_letter_context(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    today: dt.date,
    hiring_manager: str | None = None,
    motivation: str | None = None,
    address_gaps: bool = False,
) -> LetterContext:
    """A one-page cover letter tying the posting's top requirements to the resume's evidence.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        today: The letter's date.
        hiring_manager: Whom to address (overrides the posting's hiring manager).
        motivation: The candidate's own opening sentence(s), used as written.
        address_gaps: Add one honest line about the most important missing requirement.

    Returns:
        The context of ``cover_letter.md.j2``.
    """
    name = resume.contact.name or ""
    role = posting.title or "the advertised"
    company = posting.company or ""
    manager = (hiring_manager or posting.hiring_manager or "").strip()
    at = f" at {company}" if company else ""
    headline = resume_headline(resume, report)
    years = years_of_experience(resume, report)
    if motivation and motivation.strip():
        opening = full_stop(" ".join(motivation.split()))
    else:
        background = ""
        latest = current_role(resume, report)
        if latest and latest.employer and headline:
            headline = f"{headline} at {latest.employer}"
        if headline and years:
            background = f" I bring {years} years of experience, most recently as {headline}."
        elif headline:
            background = f" I am currently working as {headline}."
        opening = full_stop(f"I am writing to apply for the {role} position{at}") + background
    gap = None
    if address_gaps:
        missing = [
            r for r in report.requirements if r.status == "missing" and r.level == "required"
        ]
        if missing:
            gap = (
                f"Your posting also asks for {missing[0].name}, which I have not used in a "
                "professional role yet; I would rather say so plainly, and I am ready to learn it."
            )
    reach = [x for x in (resume.contact.email, resume.contact.phone) if x]
    closing = (
        f"I would welcome the chance to discuss how I can help{' ' + company if company else ''}"
        " deliver its projects."
    )
    if reach:
        closing += f" You can reach me at {' or '.join(reach)}."
    recipient = [manager] if manager else []
    if company:
        recipient.append(company)
    if posting.location:
        place = re.sub(r"\s*\([^)]*\)", "", posting.location).strip(" ,;")
        recipient.append(place or posting.location)
    return LetterContext(
        name=name,
        contact=contact_links(resume),
        date=format_letter_date(today),
        recipient=recipient,
        salutation=f"Dear {manager}," if manager else "Dear Hiring Manager,",
        subject=f"Application for {role}{at}" if posting.title else f"Application{at}",
        opening=opening,
        body=_letter_paragraphs(report, resume),
        gap=gap,
        closing=closing,
        sign_off="Sincerely,",
        title=" – ".join(p for p in (f"Cover letter for {role}", company) if p),
        author=name,
    )
