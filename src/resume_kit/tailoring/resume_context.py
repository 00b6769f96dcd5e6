"""The tailored resume's context: the candidate's own facts, selected and ordered for the posting.

It reorders and selects what the resume already says and never adds a skill, number, employer,
title or date that is not in the source resume; it never drops one either. Core Competencies are
canonical skills the resume shows in its own words, the posting's heaviest first (in the
posting's wording for named tools and methods); every section of the resume follows, laid out by
:mod:`~resume_kit.tailoring.resume_sections`. Pure functions over the models (plus the skill
taxonomy): no spaCy, no clock.
"""

from __future__ import annotations

import re

from resume_kit.formats.jsonresume import resume_label
from resume_kit.log import logger
from resume_kit.model.documents import Posting, Resume, SkillHit
from resume_kit.model.report import MatchReport, RequirementMatch
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.structure.roles import reads_as_job_title
from resume_kit.tailoring.context_common import (
    Link,
    TemplateContext,
    by_weight,
    contact_links,
    current_role,
    hits_by_id,
    join_words,
    met_requirements,
    metrics_in,
    sentence_case_verb,
    skill_spans,
    years_of_experience,
)
from resume_kit.tailoring.resume_sections import (
    LEVEL_WEIGHT,
    Block,
    SectionEntry,
    SectionPlan,
    display_heading,
    order_bullets,
    plan_sections,
    role_bullets,
)
from resume_kit.tailoring.source_lines import clean_display

__all__ = [
    "LEVEL_WEIGHT",
    "MAX_COMPETENCIES",
    "NAMED_CATEGORIES",
    "SUMMARY_COMPETENCIES",
    "Block",
    "ResumeContext",
    "SectionEntry",
    "build_resume_context",
    "competencies",
    "order_bullets",
    "plan_resume",
    "tailored_headline",
]


MAX_COMPETENCIES = 15
SUMMARY_COMPETENCIES = 4
# Categories whose posting wording is a proper name worth copying ("Microsoft Project", "Jira");
# for responsibilities and soft skills the posting's words are phrases ("own project budgets").
NAMED_CATEGORIES = {"tool", "methodology", "technical", "certification"}


class ResumeContext(TemplateContext):
    """Variables of ``resume.md.j2``."""

    name: str
    headline: str
    contact: list[Link]
    competencies: list[str]
    sections: list[SectionEntry]
    title: str
    author: str

    def summary_text(self) -> str:
        """The summary section's text as one paragraph ("" when there is none)."""
        for section in self.sections:
            if section.kind == "summary":
                return " ".join(block.text for block in section.blocks if block.text)
        return ""

    def roles(self) -> list[Block]:
        """The roles of the experience sections, in the resume's order."""
        return [
            block
            for section in self.sections
            if section.kind == "experience"
            for block in section.blocks
            if block.kind == "role"
        ]


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


def _shown_in_own_words(hit: SkillHit) -> bool:
    """A skill the resume names itself, and not only as the subject of a degree."""
    if not hit.mentions:
        return False
    return not (hit.category == "domain" and all(m.section == "education" for m in hit.mentions))


def competencies(resume: Resume, posting: Posting, report: MatchReport) -> list[str]:
    """Core Competencies: canonical skills the resume shows, the posting's heaviest first.

    First the posting's requirements the resume mentions itself, by the posting's weight (in the
    posting's wording for named tools and methods), then the resume's other skills (those its
    skills section lists first, the most mentioned first). Only taxonomy skills with a mention in
    the resume's own words: never a date, a place, a number or a fragment of a sentence.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.

    Returns:
        At most :data:`MAX_COMPETENCIES` names.
    """
    own = hits_by_id(resume.skills)
    names: list[str] = []
    covered: set[str] = set()

    def add(name: str, skill: str) -> None:
        if _norm(name) not in {_norm(n) for n in names}:
            names.append(name)
        covered.add(skill)

    for requirement in by_weight(met_requirements(report, resume)):
        hit = own[requirement.skill]
        if _shown_in_own_words(hit):
            add(_posting_wording(posting, requirement, hit), requirement.skill)
    others = [hit for hit in resume.skills if hit.id not in covered and _shown_in_own_words(hit)]
    # Ties go by name, not by place: the same resume in another layout gives the same list.
    others.sort(
        key=lambda hit: (
            not any(m.section == "skills" for m in hit.mentions),
            -len(hit.mentions),
            hit.name.casefold(),
        )
    )
    for hit in others:
        add(hit.name, hit.id)
    return names[:MAX_COMPETENCIES]


def _strongest_bullet(resume: Resume, report: MatchReport) -> str | None:
    """The resume's most relevant whole-sentence bullet that carries a number (for the summary)."""
    spans = skill_spans(resume)
    weights = {r.skill: LEVEL_WEIGHT[r.level] for r in report.requirements if r.status == "met"}
    best: tuple[float, int, str] | None = None
    order = 0
    for rank, role in enumerate(resume.roles):
        recency = 1.0 if rank == 0 else 0.8 if rank == 1 else 0.6
        for piece in role_bullets(resume, role):
            order += 1
            text = piece.text
            if len(text.split()) < 6 or not text[:1].isupper() or text.endswith((",", ";")):
                continue  # a fragment, not a result to quote
            if not metrics_in(resume, piece.start, piece.end):
                continue
            found = {skill for s, _, skill in spans if piece.start <= s < piece.end}
            score = (sum(weights.get(skill, 0.0) for skill in found) + 1.0) * recency
            if best is None or (-score, order) < (-best[0], best[1]):
                best = (score, order, text)
    return best[2] if best else None


def tailored_headline(resume: Resume, report: MatchReport) -> str:
    """The headline under the name: the resume's own headline, else the latest role's title.

    Either only when it reads as a job title (``""`` otherwise). The resume's own comes first: it
    is what the candidate chose to be seen as, and the latest title is in the experience anyway.
    """
    role = current_role(resume, report)
    for candidate in (resume_label(resume), role.title if role else None):
        if candidate and reads_as_job_title(clean_display(candidate)):
            return display_heading(candidate)  # "SOFTWARE ENGINEER" -> "Software Engineer"
    return ""


def _summary(resume: Resume, report: MatchReport, comps: list[str]) -> str:
    """A summary sentence from the resume's facts; "" when they are too few to make one.

    The headline (a job title), the years of experience and the top competencies; then the
    certifications the resume names and its strongest bullet with a number.
    """
    headline = tailored_headline(resume, report)
    years = years_of_experience(resume, report)
    top = comps[:SUMMARY_COMPETENCIES]
    if not headline or not (years or top):
        return ""
    first = f"{headline} with {years} years of experience" if years else headline
    parts = [
        f"{first}{' in ' if years else ' skilled in '}{join_words(top)}." if top else f"{first}."
    ]
    held = [
        hit.name
        for hit in resume.skills
        if hit.category == "certification" and hit.mentions and hit.name not in top
    ]
    if held:
        parts.append(f"Certifications: {join_words(held)}.")
    best = _strongest_bullet(resume, report)
    if best:
        parts.append(f"Recent result: {sentence_case_verb(best)}.")
    return " ".join(parts)


def plan_resume(
    resume: Resume, posting: Posting, report: MatchReport, *, max_bullets: int | None = None
) -> SectionPlan:
    """The tailored resume's competencies and sections (:func:`plan_sections`).

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        max_bullets: Keep at most this many bullets per role.

    Returns:
        The plan; its ``left_out`` lists the bullets ``max_bullets`` trimmed.
    """
    comps = competencies(resume, posting, report)
    return plan_sections(
        resume,
        posting,
        report,
        competencies=comps,
        summary=_summary(resume, report, comps),
        headline=tailored_headline(resume, report),
        max_bullets=max_bullets,
    )


def build_resume_context(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    max_bullets: int | None = None,
    plan: SectionPlan | None = None,
) -> ResumeContext:
    """The tailored resume: every section of the resume, selected and ordered for the posting.

    What a normally structured section kept as written (a role header that could not be read, an
    experience section with no role recognised) is named in one warning of the ``resume_kit``
    logger.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        max_bullets: Keep at most this many bullets per role.
        plan: The plan already made by :func:`plan_resume` (made here when None).

    Returns:
        The context of ``resume.md.j2``.
    """
    if plan is None:
        plan = plan_resume(resume, posting, report, max_bullets=max_bullets)
    if plan.kept_as_written:
        logger.warning(
            "%s: the tailored resume keeps these as written, not structured: %s",
            resume.source,
            "; ".join(plan.kept_as_written),
        )
    name = clean_display(resume.contact.name or "")
    company = posting.company or ""
    return ResumeContext(
        name=name,
        headline=tailored_headline(resume, report),
        contact=contact_links(resume),
        competencies=plan.competencies,
        sections=plan.sections,
        title=" – ".join(p for p in (f"{name} resume" if name else "Resume", company) if p),
        author=name,
    )
