"""The cover letter's context: the posting's top met requirements tied to the resume's evidence.

Every sentence is the candidate's own: an evidence sentence from a role's bullet, the resume's
stated years and latest title, or the candidate's own opening line. Pure functions over the
models: no spaCy, no clock (the letter's date is given).
"""

from __future__ import annotations

import datetime as dt
import re

from resume_kit.model.documents import Posting, Resume
from resume_kit.model.report import Evidence, MatchReport
from resume_kit.tailoring.context_common import (
    Link,
    TemplateContext,
    best_evidence,
    by_weight,
    contact_links,
    current_role,
    full_stop,
    join_words,
    met_requirements,
    resume_headline,
    sentence_case_verb,
    years_of_experience,
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


def _letter_paragraphs(
    report: MatchReport, resume: Resume, limit: int = LETTER_PARAGRAPHS
) -> list[str]:
    """Up to ``limit`` paragraphs, each one evidence sentence and the requirements it shows."""
    chosen: dict[tuple[int, int], tuple[Evidence, list[str]]] = {}
    for requirement in by_weight(met_requirements(report, resume)):
        evidence = best_evidence(requirement, resume)
        if evidence is None:
            continue
        key = (evidence.start, evidence.end)
        if key in chosen:
            chosen[key][1].append(requirement.name)
        elif len(chosen) < limit:
            chosen[key] = (evidence, [requirement.name])
    paragraphs = []
    previous: str | None = None
    for index, (evidence, names) in enumerate(chosen.values()):
        where = f"as {evidence.role_title}"
        if evidence.employer:
            where += f" at {evidence.employer}"
        lead = _LETTER_LEADS[index % len(_LETTER_LEADS)].format(skills=join_words(names))
        role_part = "In the same role" if where == previous else f"In my role {where}"
        previous = where
        paragraphs.append(
            f"{lead} {role_part}, I {sentence_case_verb(evidence.sentence.lstrip('•-* '))}."
        )
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
