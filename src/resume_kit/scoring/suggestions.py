"""What to change: one concrete suggestion per gap, with the points of the score it is about."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from resume_kit.model.documents import Requirement
from resume_kit.model.framework import ComponentName
from resume_kit.model.report import (
    ComponentScore,
    CredentialSummary,
    Evidence,
    ExperienceSummary,
    QuantificationSummary,
    RequirementMatch,
    Status,
    Suggestion,
)
from resume_kit.scoring.resume_index import ResumeIndex
from resume_kit.scoring.tunables import MAX_SUGGESTIONS, PARTIAL_CREDIT
from resume_kit.scoring.weighting import score_gain


def _times(count: int) -> str:
    if count <= 1:
        return ""
    return " twice" if count == 2 else f" {count} times"


def requirement_suggestion(
    requirement: Requirement,
    name: str,
    status: Status,
    via_name: str | None,
    items: Sequence[Evidence],
    index: ResumeIndex,
    *,
    category: str | None = None,
) -> str | None:
    """What to change so that the resume answers one requirement better (None: nothing)."""
    asked = f"The posting asks for {name}{_times(requirement.count)} ({requirement.level})"
    if status == "missing" and category == "certification":
        # A certification is held or not: "add it where you used it" would invite a false claim.
        return (
            f"{asked}; your resume does not list it. If you hold it, add it to your "
            "certifications with the year you earned it; if not, it is a gap to speak to."
        )
    if status == "missing":
        return (
            f"{asked}; your resume never mentions it. If you have used it, add it to the bullet "
            "where you did."
        )
    if status == "partial":
        return (
            f"{asked}; your resume shows {via_name}, which directly implies it but does not say "
            "it (half credit). "
            f"If you worked with {name}, name it in that bullet."
        )
    best = items[0] if items else None
    if best is None:
        return None
    if best.role_title is None and best.section == "skills":
        return f"{name} appears only in your Skills list; show it in a bullet with a result."
    if best.role_title is None and best.section in ("summary", "other", "education"):
        return (
            f"{name} appears only in your {best.section}; show it in an experience bullet with "
            "a result."
        )
    role = index.role_at(best.start)
    if role is not None and index.recency(role) < 1.0:
        return (
            f"{name} shows only in an older role ({best.role_title}); if you used it recently, "
            "say so in your current role."
        )
    # Only a bullet is asked for a number: a role's heading ("Senior IT Project Manager") shows
    # the skill by itself, and "add the result" would point at the wrong line.
    if role is not None and not best.has_metric and index.bullet_at(role, best.start) is not None:
        return (
            f"{name} is in a bullet without a number; add the result it brought (time or money "
            "saved, people, %)."
        )
    return None


def suggest_changes(
    matches: Sequence[RequirementMatch],
    components: Sequence[ComponentScore],
    credentials: CredentialSummary,
    experience: ExperienceSummary,
    quantification: QuantificationSummary,
    blend: float | None = None,
) -> list[Suggestion]:
    """Concrete changes, most points at stake first (at most ``MAX_SUGGESTIONS``).

    Each suggestion's points are what it could add to the blend of the components; given the
    ``blend`` they become what it could add to the overall score on its calibrated scale.
    """
    by_name = {c.name: c for c in components}
    out = [
        *_requirement_suggestions(matches, by_name),
        *_credential_suggestions(credentials, by_name["credentials"]),
        *_resume_suggestions(experience, quantification, by_name),
    ]
    if blend is not None:
        out = [s.model_copy(update={"points": score_gain(blend, s.points)}) for s in out]
    out.sort(key=lambda s: (-s.points, s.text))
    return out[:MAX_SUGGESTIONS]


def _requirement_suggestions(
    matches: Sequence[RequirementMatch], by_name: Mapping[ComponentName, ComponentScore]
) -> list[Suggestion]:
    """Each requirement's suggestion, with the requirements or evidence points it could gain."""
    out: list[Suggestion] = []
    req_points = by_name["requirements"].effective_weight
    ev_points = by_name["evidence"].effective_weight
    total = sum(m.weight for m in matches)
    shown_total = sum(m.weight for m in matches if m.status != "missing")
    for match in matches:
        if match.suggestion is None:
            continue
        if match.status == "missing":
            points = req_points * match.weight / total
        elif match.status == "partial":
            points = req_points * match.weight / total * (1 - PARTIAL_CREDIT)
        else:
            points = ev_points * match.weight / shown_total * (1 - match.strength)
        out.append(Suggestion(text=match.suggestion, points=round(points, 2), skill=match.skill))
    return out


def _credential_suggestions(
    credentials: CredentialSummary, cred: ComponentScore
) -> list[Suggestion]:
    """Certifications and a degree asked for that the resume does not list."""
    out: list[Suggestion] = []
    for name in credentials.certifications_missing:
        out.append(
            Suggestion(
                text=(
                    f"The posting asks for {name}; your resume does not list it. If you hold it, "
                    "add it under Certifications with the year."
                ),
                points=round(
                    cred.effective_weight / 2 / max(1, len(credentials.certifications_asked)), 2
                ),
            )
        )
    if credentials.degree_met is False:
        out.append(
            Suggestion(
                text=(
                    f"The posting asks for {credentials.degree_asked}; your resume shows "
                    + (
                        f"a {credentials.degree_held_level} degree"
                        if credentials.degree_held_level
                        else "no degree"
                    )
                    + ". If you have one, list it under Education."
                ),
                points=round(cred.effective_weight / 2, 2),
            )
        )
    return out


def _resume_suggestions(
    experience: ExperienceSummary,
    quantification: QuantificationSummary,
    by_name: Mapping[ComponentName, ComponentScore],
) -> list[Suggestion]:
    """Numbers in bullets, dated roles, and seniority said out loud."""
    out: list[Suggestion] = []
    quant = by_name["quantification"]
    if quantification.bullets and quant.score < 1:
        out.append(
            Suggestion(
                text=(
                    f"Only {quantification.with_metric} of {quantification.bullets} experience "
                    f"bullets carry a number; aim for {quantification.target:.0%}: add budgets, "
                    "team sizes, percentages or time saved."
                ),
                points=round(quant.effective_weight * (1 - quant.score), 2),
            )
        )
    exp = by_name["experience"]
    if experience.undated_roles:
        out.append(
            Suggestion(
                text=(
                    "Give every role a start and end month (e.g. 03/2019 - 06/2022) so its years "
                    "count."
                ),
                points=round(exp.effective_weight * (1 - exp.score), 2),
            )
        )
    sen = by_name["seniority"]
    if sen.included and sen.score < 1 and experience.seniority_asked:
        out.append(
            Suggestion(
                text=(
                    f"The posting is {experience.seniority_asked} level and your latest role "
                    f"reads as {experience.seniority_held or 'unknown'}; where you led at that "
                    "level, say so in the bullets (team size, budget, number of projects)."
                ),
                points=round(sen.effective_weight * (1 - sen.score), 2),
            )
        )
    return out
