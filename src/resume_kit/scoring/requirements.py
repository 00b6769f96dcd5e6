"""Requirements: each skill the posting asks for, answered from the resume, and their component.

A requirement weighs 3 when required, 2 preferred, 1 mentioned; half that for a soft skill, half
as much again when the posting's title names it, a quarter more for each further mention (up to
four). It is met when the resume shows the skill, partly met (half credit) when the resume shows a
skill that directly implies it (Scrum for Agile), missing otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from resume_kit.model.documents import Posting, Requirement, SkillHit
from resume_kit.model.report import Evidence, RequirementMatch, Status
from resume_kit.scoring.resume_view import ResumeView, SkillInfo
from resume_kit.scoring.suggestions import requirement_suggestion
from resume_kit.scoring.tunables import (
    EVIDENCE_PER_REQUIREMENT,
    LEVEL_WEIGHT,
    PARTIAL_CREDIT,
    REPEAT_CAP,
    REPEAT_STEP,
    SOFT_SKILL_FACTOR,
    TITLE_FACTOR,
)
from resume_kit.scoring.weighting import Scored


@dataclass(frozen=True)
class AskedSkills:
    """The skills the posting asks for, each answered, and the sums the components weigh.

    Attributes:
        requirements: One per skill id (by id), skills asked only as a degree's field left out.
        matches: How the resume answers each, heaviest first.
        total_weight: Their total weight.
        credited: The weight credited (met in full, partly met by half).
        evidence_weighted: Each weight times the strength of its best evidence (missing: 0).
        evidence_weight: The weight ``evidence_weighted`` is out of.
    """

    requirements: list[Requirement]
    matches: list[RequirementMatch]
    total_weight: float
    credited: float
    evidence_weighted: float
    evidence_weight: float


def skill_namer(
    meta: Mapping[str, SkillInfo], posting: Posting, resume_hits: Mapping[str, SkillHit]
) -> Callable[[str], str]:
    """Display names: the taxonomy's, else as the posting or the resume wrote it, else the id."""
    posting_hits = {hit.id: hit for hit in posting.skills}

    def name_of(skill_id: str) -> str:
        if skill_id in meta:
            return meta[skill_id].name
        hit = posting_hits.get(skill_id) or resume_hits.get(skill_id)
        return hit.name if hit else skill_id

    return name_of


def _merge_requirements(requirements: Iterable[Requirement]) -> list[Requirement]:
    """One requirement per skill id: strongest level, counts added, in-title if any was."""
    rank = {"required": 2, "preferred": 1, "mentioned": 0}
    merged: dict[str, Requirement] = {}
    for requirement in requirements:
        old = merged.get(requirement.id)
        if old is None:
            merged[requirement.id] = requirement
            continue
        level = max(old.level, requirement.level, key=lambda lv: rank[lv])
        merged[requirement.id] = Requirement(
            id=requirement.id,
            level=level,
            count=old.count + requirement.count,
            in_title=old.in_title or requirement.in_title,
        )
    return [merged[key] for key in sorted(merged)]


def _requirement_weight(requirement: Requirement, category: str | None) -> float:
    weight = LEVEL_WEIGHT[requirement.level]
    if category == "soft_skill":
        weight *= SOFT_SKILL_FACTOR
    if requirement.in_title:
        weight *= TITLE_FACTOR
    weight *= 1 + REPEAT_STEP * min(max(requirement.count - 1, 0), REPEAT_CAP)
    return round(weight, 4)


def _answer(skill_id: str, view: ResumeView) -> tuple[Status, str | None, list[Evidence], float]:
    """Status, the implying skill (when partly met), the evidence and the credit of one skill."""
    if skill_id in view.index.hits:
        return "met", None, view.evidence_by_skill[skill_id], 1.0
    sources = view.implied_by.get(skill_id, [])
    if sources:
        via = sorted(sources, key=lambda s: (-view.own_strength.get(s, 0.0), s))[0]
        return "partial", via, view.evidence_by_skill[via], PARTIAL_CREDIT
    return "missing", None, [], 0.0


def match_requirements(
    posting: Posting,
    view: ResumeView,
    name_of: Callable[[str], str],
    degree_fields: Collection[str],
) -> AskedSkills:
    """Answer each skill the posting asks for (but those asked only as a degree's field)."""
    posting_hits = {hit.id: hit for hit in posting.skills}
    requirements = [
        r for r in _merge_requirements(posting.requirements) if r.id not in degree_fields
    ]
    matches: list[RequirementMatch] = []
    total_weight = 0.0
    credited = 0.0
    evidence_weighted = 0.0
    evidence_weight = 0.0
    for requirement in requirements:
        hit = posting_hits.get(requirement.id)
        category = hit.category if hit else None
        weight = _requirement_weight(requirement, category)
        total_weight += weight
        name = name_of(requirement.id)
        status, via, items, credit = _answer(requirement.id, view)
        strength = items[0].strength if items else 0.0
        credited += weight * credit
        evidence_weighted += weight * strength  # a missing skill is shown with strength 0
        evidence_weight += weight
        matches.append(
            RequirementMatch(
                skill=requirement.id,
                name=name,
                level=requirement.level,
                count=requirement.count,
                in_title=requirement.in_title,
                weight=weight,
                status=status,
                via=via,
                via_name=name_of(via) if via else None,
                strength=strength,
                evidence=items[:EVIDENCE_PER_REQUIREMENT],
                suggestion=requirement_suggestion(
                    requirement,
                    name,
                    status,
                    via and name_of(via),
                    items,
                    view.index,
                    category=category,
                ),
            )
        )
    matches.sort(key=lambda m: (-m.weight, m.skill))
    return AskedSkills(
        requirements, matches, total_weight, credited, evidence_weighted, evidence_weight
    )


def measure_requirements(asked: AskedSkills) -> Scored:
    """The weighted share of the skills asked for that the resume shows, before the prior's pull."""
    n_req = len(asked.requirements)
    if n_req == 0:
        return Scored(None, "No skill the posting asks for was recognised")
    met = sum(1 for m in asked.matches if m.status == "met")
    partial = sum(1 for m in asked.matches if m.status == "partial")
    return Scored(
        asked.credited / asked.total_weight,
        f"{met} of {n_req} skills the posting asks for are in your resume"
        + (
            f", {partial} more through a skill that directly implies it (half credit)"
            if partial
            else ""
        )
        + "; required skills weigh 3, preferred 2, mentioned 1 (soft skills half), more in the "
        "title or repeated",
    )
