"""Competency coverage: how the resume shows each area of the framework, tilted by the posting.

An area's best-shown skill counts fully and its second adds a quarter (a skill only implied by
one shown counts half its strength); an area weighs more the more of the posting's requirement
weight falls in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from resume_kit.model.framework import Framework
from resume_kit.model.report import AreaCoverage, RequirementMatch
from resume_kit.scoring.tunables import AREA_BREADTH, EMPHASIS_BOOST, PARTIAL_CREDIT
from resume_kit.scoring.weighting import Scored


def cover_areas(
    framework: Framework,
    matches: Sequence[RequirementMatch],
    total_weight: float,
    own_strength: Mapping[str, float],
    implied_by: Mapping[str, Sequence[str]],
) -> tuple[list[AreaCoverage], Scored]:
    """Each area's coverage, and the coverage component before the prior's pull.

    Args:
        framework: The framework whose areas are covered.
        matches: The requirements answered (their weights say the posting's emphasis).
        total_weight: The requirements' total weight.
        own_strength: The strength of each resume skill's best evidence.
        implied_by: Skill id -> the resume skills that directly imply it.
    """
    reports: list[AreaCoverage] = []
    weighted = 0.0
    weights = 0.0
    for area in framework.areas:
        members = set(area.skills)
        asked = sum(m.weight for m in matches if m.skill in members)
        emphasis = asked / total_weight if total_weight else 0.0
        strengths: list[float] = []
        shown: list[str] = []
        for skill in area.skills:
            strength = own_strength.get(skill, 0.0)
            if strength:
                shown.append(skill)
            else:
                sources = implied_by.get(skill, [])
                strength = PARTIAL_CREDIT * max(
                    (own_strength.get(s, 0.0) for s in sources), default=0
                )
            strengths.append(strength)
        ranked = [*sorted(strengths, reverse=True), 0.0]
        coverage = min(1.0, ranked[0] + AREA_BREADTH * ranked[1])
        effective = area.weight * (1 + EMPHASIS_BOOST * emphasis)
        weighted += effective * coverage
        weights += effective
        reports.append(
            AreaCoverage(
                area=area.id,
                name=area.name,
                weight=area.weight,
                emphasis=round(emphasis, 3),
                skills_shown=sorted(shown),
                coverage=round(coverage, 3),
                what_counts=area.evidence,
            )
        )
    covered = sum(1 for a in reports if a.coverage >= 0.5)
    return reports, Scored(
        weighted / weights if weights else 0.0,
        f"{covered} of {len(reports)} competency areas of {framework.name} are well shown; "
        "areas the posting stresses weigh more",
    )
