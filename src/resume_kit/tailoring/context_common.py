"""What the three document contexts share: the context base class, wording and evidence helpers.

Pure functions over the models: no spaCy, no clock. The document contexts themselves are built in
:mod:`~resume_kit.tailoring.resume_context`, :mod:`~resume_kit.tailoring.letter_context` and
:mod:`~resume_kit.tailoring.prep_context`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from resume_kit.model.base import FrozenModel
from resume_kit.model.dates import YearMonth, format_month
from resume_kit.model.documents import Resume, Role, SkillHit, latest_role
from resume_kit.model.report import MatchReport, RequirementMatch
from resume_kit.structure.roles import reads_as_job_title

__all__ = [
    "Link",
    "TemplateContext",
    "by_weight",
    "contact_links",
    "current_role",
    "format_dates",
    "full_stop",
    "hits_by_id",
    "join_words",
    "met_requirements",
    "metrics_in",
    "resume_headline",
    "sentence_case_verb",
    "skill_spans",
    "skills_in",
    "stated_years",
    "years_of_experience",
]


class TemplateContext(FrozenModel):
    """Base of every template context: frozen, no unknown fields."""

    def variables(self) -> dict[str, Any]:
        """The template variables (plain dicts, lists and strings)."""
        return self.model_dump()


class Link(TemplateContext):
    """A piece of contact text, with a URL when it is an address or a web link."""

    text: str
    url: str | None = None


def format_dates(role: Role) -> str:
    """A role's dates as written on a resume: ``Mar 2021 – Present``."""
    start = format_month(role.start_date)
    end = "Present" if role.current else format_month(role.end_date)
    if start and end:
        return f"{start} – {end}"
    return start or end


def join_words(items: Sequence[str]) -> str:
    """``["a", "b", "c"]`` -> ``"a, b and c"``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def sentence_case_verb(sentence: str) -> str:
    """Lowercase a bullet's first letter to continue a sentence ("Led" -> "led"), not acronyms."""
    sentence = sentence.strip().rstrip(".")
    if len(sentence) > 1 and sentence[0].isupper() and sentence[1].islower():
        return sentence[0].lower() + sentence[1:]
    return sentence


def full_stop(text: str) -> str:
    """End a sentence with a full stop unless it already ends with one, "!" or "?"."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def contact_links(resume: Resume) -> list[Link]:
    """The resume's contact line: location, phone, e-mail and links (those two with URLs)."""
    contact = resume.contact
    items: list[Link] = []
    if contact.location:
        items.append(Link(text=contact.location))
    if contact.phone:
        items.append(Link(text=contact.phone))
    if contact.email:
        items.append(Link(text=contact.email, url=f"mailto:{contact.email}"))
    for link in contact.links:
        url = link if re.match(r"^[a-z][a-z0-9+.-]*://", link, re.IGNORECASE) else f"https://{link}"
        items.append(Link(text=link, url=url))
    return items


def current_role(resume: Resume, report: MatchReport) -> Role | None:
    """The resume's latest role as the report counts it (current, else the last to end)."""
    return latest_role(resume.roles, YearMonth.parse(report.today))


def resume_headline(resume: Resume, report: MatchReport) -> str:
    """The title of the latest role when it reads as a job title, else ``""``."""
    role = current_role(resume, report)
    title = " ".join((role.title or "").split()) if role else ""
    return title if reads_as_job_title(title) else ""


def skill_spans(resume: Resume) -> list[tuple[int, int, str]]:
    """``(start, end, skill id)`` of every skill mention in the resume."""
    return [(m.start, m.end, hit.id) for hit in resume.skills for m in hit.mentions]


def skills_in(spans: Iterable[tuple[int, int, str]], start: int, end: int) -> set[str]:
    """The skill ids mentioned in ``[start, end)`` of the text."""
    return {skill for s, e, skill in spans if start <= s < end}


def metrics_in(resume: Resume, start: int, end: int) -> list[str]:
    """The numbers (metrics) the resume states in ``[start, end)`` of its text."""
    return [m.text for m in resume.metrics if start <= m.start < end]


def stated_years(resume: Resume) -> str | None:
    """The years of experience the resume itself states in its summary ("12 years")."""
    for metric in resume.metrics:
        if (
            metric.kind == "duration"
            and metric.section == "summary"
            and metric.unit
            in (
                "years",
                "year",
                None,
            )
        ):
            found = re.match(r"(\d+)\+?\s*(?:years?|yrs?)\b", metric.text, re.IGNORECASE)
            if found:
                return found.group(1)
    if resume.summary:
        found = re.search(r"\b(\d{1,2})\+?\s*years?\b", resume.summary, re.IGNORECASE)
        if found:
            return found.group(1)
    return None


def years_of_experience(resume: Resume, report: MatchReport) -> str | None:
    """Years of experience: as the resume states them, else counted from the dated roles."""
    stated = stated_years(resume)
    if stated:
        return stated
    total = int(report.experience.years_total)
    return str(total) if total >= 1 else None


def hits_by_id(hits: Iterable[SkillHit]) -> dict[str, SkillHit]:
    """Skill hits by skill id."""
    return {hit.id: hit for hit in hits}


def met_requirements(report: MatchReport, resume: Resume) -> list[RequirementMatch]:
    """Requirements the resume itself shows (implied "partial" matches are not claimed)."""
    held = {hit.id for hit in resume.skills}
    return [r for r in report.requirements if r.status == "met" and r.skill in held]


def by_weight(requirements: Iterable[RequirementMatch]) -> list[RequirementMatch]:
    """The requirements, heaviest first."""
    return sorted(requirements, key=lambda r: -r.weight)  # stable: ties keep the posting's order
