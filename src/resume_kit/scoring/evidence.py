"""Evidence: where the resume shows a skill, how strongly, and the evidence-strength component."""

from __future__ import annotations

from resume_kit.model.documents import Mention
from resume_kit.model.report import Evidence
from resume_kit.scoring.resume_index import ResumeIndex
from resume_kit.scoring.tunables import (
    NO_METRIC_FACTOR,
    STRENGTH_BULLET,
    STRENGTH_CERT_LISTED,
    STRENGTH_OTHER,
    STRENGTH_PROJECTS,
    STRENGTH_ROLE_TEXT,
    STRENGTH_SKILLS_LIST,
    STRENGTH_SUMMARY,
)
from resume_kit.scoring.weighting import Scored


def mention_evidence(index: ResumeIndex, mention: Mention, category: str) -> Evidence:
    """Where a mention is, and how strongly it shows the skill."""
    text = index.resume.text
    role = index.role_at(mention.start)
    start, end = mention.sentence_start, mention.sentence_end
    has_metric = False
    if role is not None:
        bullet = index.bullet_at(role, mention.start)
        if bullet is not None:
            start, end = bullet
            base = STRENGTH_BULLET
        else:
            base = STRENGTH_ROLE_TEXT
        has_metric = index.has_metric(start, end)
        strength = base * index.recency(role) * (1.0 if has_metric else NO_METRIC_FACTOR)
    elif mention.section in ("projects", "experience"):
        has_metric = index.has_metric(start, end)
        strength = STRENGTH_PROJECTS * (1.0 if has_metric else NO_METRIC_FACTOR)
    elif mention.section == "summary":
        strength = STRENGTH_SUMMARY
    elif mention.section == "skills":
        strength = STRENGTH_SKILLS_LIST
    elif mention.section == "certifications" and category == "certification":
        strength = STRENGTH_CERT_LISTED
    else:
        strength = STRENGTH_OTHER
    return Evidence(
        sentence=" ".join(text[start:end].split()),
        start=start,
        end=end,
        section=mention.section,
        role_title=role.title if role else None,
        employer=role.employer if role else None,
        has_metric=has_metric,
        strength=round(strength, 3),
    )


def skill_evidence(index: ResumeIndex, skill_id: str) -> list[Evidence]:
    """Every place the resume shows ``skill_id``, strongest first (one per sentence)."""
    hit = index.hits.get(skill_id)
    if hit is None:
        return []
    by_place: dict[tuple[int, int], Evidence] = {}
    for mention in hit.mentions:
        item = mention_evidence(index, mention, hit.category)
        key = (item.start, item.end)
        if key not in by_place or item.strength > by_place[key].strength:
            by_place[key] = item
    return sorted(by_place.values(), key=lambda e: (-e.strength, e.start, e.end))


def measure_evidence(weighted: float, weight: float) -> Scored:
    """How strongly the skills asked for are shown: their strengths, weighted like requirements.

    Args:
        weighted: Sum of requirement weight x the strength of its best evidence (0 if missing).
        weight: Sum of the requirement weights.

    Returns:
        The measured score (None when the posting named no skill), before the prior's pull.
    """
    if weight > 0:
        return Scored(
            weighted / weight,
            "How strongly the skills the posting asks for are shown: a recent experience bullet "
            "with a number counts 1, without a number 0.8, an older role less, the Skills list "
            "0.35, a missing skill 0",
        )
    return Scored(None, "The posting named no skills whose evidence could be weighed")
