"""The tailored resume's context: the candidate's own facts, selected and ordered for the posting.

It reorders and selects what the resume already says (competencies in the posting's order and
wording, bullets by relevance) and never adds a skill, number, employer, title or date that is not
in the source resume. Pure functions over the models (plus the skill taxonomy): no spaCy, no clock.
"""

from __future__ import annotations

import re

from resume_kit.model.dates import format_month
from resume_kit.model.documents import Education, Posting, Resume, Role, SkillHit
from resume_kit.model.report import MatchReport, RequirementMatch
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.tailoring.context_common import (
    Link,
    TemplateContext,
    contact_links,
    format_dates,
    hits_by_id,
    join_words,
    met_requirements,
    metrics_in,
    resume_headline,
    sentence_case_verb,
    skill_spans,
    skills_in,
    years_of_experience,
)

__all__ = [
    "LEVEL_WEIGHT",
    "MAX_COMPETENCIES",
    "NAMED_CATEGORIES",
    "SUMMARY_COMPETENCIES",
    "ResumeContext",
    "RoleEntry",
    "build_resume_context",
    "competencies",
    "order_bullets",
]


LEVEL_WEIGHT = {"required": 3.0, "preferred": 2.0, "mentioned": 1.0}
MAX_COMPETENCIES = 15
SUMMARY_COMPETENCIES = 4
# Categories whose posting wording is a proper name worth copying ("Microsoft Project", "Jira");
# for responsibilities and soft skills the posting's words are phrases ("own project budgets").
NAMED_CATEGORIES = {"tool", "methodology", "technical", "certification"}


class RoleEntry(TemplateContext):
    """One role of the tailored resume."""

    title: str
    employer: str
    location: str
    dates: str
    bullets: list[str]


class ResumeContext(TemplateContext):
    """Variables of ``resume.md.j2``."""

    name: str
    headline: str
    contact: list[Link]
    summary: str
    competencies: list[str]
    experience: list[RoleEntry]
    skills: list[str]
    education: list[str]
    certifications: list[str]
    title: str
    author: str


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", text.lower()).strip()


def _names_of(skill_id: str, name: str) -> set[str]:
    """Every way the taxonomy writes a skill (name, aliases, an acronym in brackets), normalised."""
    names = {_norm(name)}
    meta = load_skill_meta().get(skill_id)
    if meta is not None:
        names |= {_norm(meta.name), *(_norm(alias) for alias in meta.aliases)}
    names |= {_norm(inner) for inner in re.findall(r"\(([^)]+)\)", name)}
    return names


def _posting_wording(posting: Posting, requirement: RequirementMatch, own: SkillHit) -> str:
    """The posting's own name for a skill the candidate has ("Microsoft Project" for "MS Project").

    Only for named things (tools, methods, certifications, technologies), and only when the
    posting writes one of the skill's names or aliases with a capital ("Scrum ceremonies" is a
    phrase, not a name); otherwise the canonical name.
    """
    hit = hits_by_id(posting.skills).get(requirement.skill)
    if hit is None or own.category not in NAMED_CATEGORIES:
        return requirement.name
    names = _names_of(requirement.skill, requirement.name)
    for mention in hit.mentions:
        text = " ".join(mention.text.split())
        key = _norm(text)
        # A name that holds a shorter name of the same skill is a phrase ("Scrum ceremonies").
        phrase = any(n != key and re.search(rf"\b{re.escape(n)}\b", key) for n in names if n)
        if any(ch.isupper() for ch in text) and key in names and not phrase:
            return text
    return requirement.name


def _bullet_score(
    resume: Resume,
    spans: list[tuple[int, int, str]],
    weights: dict[str, float],
    start: int,
    end: int,
) -> float:
    skills = skills_in(spans, start, end)
    score = sum(weights.get(skill, 0.0) for skill in skills)
    if metrics_in(resume, start, end):
        score += 1.0
    return score


def order_bullets(
    resume: Resume, role: Role, report: MatchReport, *, max_bullets: int | None = None
) -> list[str]:
    """A role's bullets, most relevant to the posting first, optionally trimmed.

    Relevance: the weight of each posting requirement the bullet shows (required 3, preferred 2,
    mentioned 1, as in the scorer) plus one for a number. Ties keep the resume's order.

    Args:
        resume: The extracted resume.
        role: One of its roles.
        report: The match report.
        max_bullets: Keep at most this many bullets per role (None keeps all).

    Returns:
        The bullets' text, unchanged.
    """
    spans = skill_spans(resume)
    weights = {r.skill: LEVEL_WEIGHT[r.level] for r in report.requirements if r.status == "met"}
    scored = [
        (-_bullet_score(resume, spans, weights, bullet.start, bullet.end), index, bullet.text)
        for index, bullet in enumerate(role.bullets)
    ]
    ordered = [text.strip() for _, _, text in sorted(scored)]
    return ordered[:max_bullets] if max_bullets is not None else ordered


def _strongest_bullet(resume: Resume, report: MatchReport) -> str | None:
    """The resume's most relevant bullet that carries a number (for the summary)."""
    spans = skill_spans(resume)
    weights = {r.skill: LEVEL_WEIGHT[r.level] for r in report.requirements if r.status == "met"}
    best: tuple[float, int, str] | None = None
    order = 0
    for rank, role in enumerate(resume.roles):
        recency = 1.0 if rank == 0 else 0.8 if rank == 1 else 0.6
        for bullet in role.bullets:
            order += 1
            if not metrics_in(resume, bullet.start, bullet.end):
                continue
            score = _bullet_score(resume, spans, weights, bullet.start, bullet.end) * recency
            if best is None or (-score, order) < (-best[0], best[1]):
                best = (score, order, bullet.text.strip())
    return best[2] if best else None


def competencies(resume: Resume, posting: Posting, report: MatchReport) -> list[str]:
    """Core competencies: the posting's met requirements first, in the posting's wording.

    Then the candidate's own listed skills that are not already named, as the resume writes them.
    Never a skill the resume does not show.
    """
    own = hits_by_id(resume.skills)
    names: list[str] = []
    covered: set[str] = set()
    for requirement in met_requirements(report, resume):
        hit = own[requirement.skill]
        if hit.category == "domain" and all(m.section == "education" for m in hit.mentions):
            continue  # a degree subject is not a competency
        name = _posting_wording(posting, requirement, hit)
        if _norm(name) not in {_norm(n) for n in names}:
            names.append(name)
        covered.add(requirement.skill)
    spans = skill_spans(resume)
    for item in resume.skills_listed:
        if len(names) >= MAX_COMPETENCIES:
            break
        start = resume.text.find(item)
        ids = skills_in(spans, start, start + len(item)) if start >= 0 else set()
        if ids and ids <= covered:
            continue
        if _norm(item) in {_norm(n) for n in names}:
            continue
        names.append(item)
        covered |= ids
    return names[:MAX_COMPETENCIES]


def _summary(resume: Resume, report: MatchReport, comps: list[str]) -> str:
    headline = resume_headline(resume, report) or "Professional"
    years = years_of_experience(resume, report)
    first = f"{headline} with {years} years of experience" if years else headline
    top = comps[:SUMMARY_COMPETENCIES]
    parts = [f"{first}{' in ' + join_words(top) if top else ''}."]
    held = [c.name for c in resume.certifications]
    if held:
        parts.append(f"Certifications: {join_words(held)}.")
    best = _strongest_bullet(resume, report)
    if best:
        parts.append(f"Recent result: {sentence_case_verb(best)}.")
    return " ".join(parts)


def _education_line(education: Education) -> str:
    parts = [education.degree or education.field or "", education.institution or ""]
    parts.append(format_month(education.end_date))
    return ", ".join(part for part in parts if part)


def build_resume_context(
    resume: Resume, posting: Posting, report: MatchReport, *, max_bullets: int | None = None
) -> ResumeContext:
    """The tailored resume: the candidate's own facts, selected and ordered for the posting.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        max_bullets: Keep at most this many bullets per role.

    Returns:
        The context of ``resume.md.j2``.
    """
    comps = competencies(resume, posting, report)
    named = {_norm(c) for c in comps}
    skills = [item for item in resume.skills_listed if _norm(item) not in named]
    name = resume.contact.name or ""
    company = posting.company or ""
    return ResumeContext(
        name=name,
        headline=resume_headline(resume, report),
        contact=contact_links(resume),
        summary=_summary(resume, report, comps),
        competencies=comps,
        experience=[
            RoleEntry(
                title=role.title or "",
                employer=role.employer or "",
                location=role.location or "",
                dates=format_dates(role),
                bullets=order_bullets(resume, role, report, max_bullets=max_bullets),
            )
            for role in resume.roles
        ],
        skills=skills,
        education=[line for line in map(_education_line, resume.education) if line],
        certifications=[
            ", ".join(p for p in (c.name, c.issuer or "", c.date or "") if p)
            for c in resume.certifications
        ],
        title=" – ".join(p for p in (f"{name} resume" if name else "Resume", company) if p),
        author=name,
    )
