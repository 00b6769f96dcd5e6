"""Role fit: is the posting for the candidate's kind of role?

Two parts, weighed as the framework's ``role_fit`` says (title 2 : skills 1 as shipped): the
posting title's role against the candidate's (same 1, neighbour ``neighbour_credit``, other 0;
left out without a posting title or job area), and the share of the posting's hard-skill
requirement weight that the candidate's role framework names, pulled toward the neutral prior like
the requirements score. A finance controller posting can ask for skills a project manager shows
(budgets, stakeholders) and still be another job: its title says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from resume_kit.model.dates import YearMonth
from resume_kit.model.documents import Resume, latest_role
from resume_kit.model.framework import Framework
from resume_kit.model.report import RequirementMatch, RoleFitSummary
from resume_kit.scoring.tunables import ROLE_OUTSIDE_SHOWN
from resume_kit.scoring.weighting import Scored


def latest_title(resume: Resume, today: str | None = None) -> str | None:
    """The title that says what role the candidate is in: the latest role's.

    Args:
        resume: The extracted resume.
        today: ``YYYY-MM`` at which ongoing roles end (None: the newest date in the resume).

    Returns:
        The title, or None when the resume has no titled role.
    """
    latest = latest_role(resume.roles, YearMonth.parse(today))
    return latest.title if latest is not None else None


def _title_fit(
    mine: Framework,
    posting_role: tuple[Framework, str] | None,
    framework: Framework,
    posting_field: str,
) -> tuple[float | None, str]:
    """The title part's score (None: the posting has no title or job area) and its words."""
    theirs = posting_role[0] if posting_role is not None else None
    if theirs is None:
        return None, f"the posting has no title to tell its role (you read as {mine.name})"
    if theirs.name == mine.name:
        title_score, relation = 1.0, "your role"
    elif theirs.family and theirs.family == mine.family:
        title_score = framework.role_fit.neighbour_credit
        relation = f"a neighbouring role ({theirs.family})"
    else:
        title_score, relation = 0.0, "another role"
    return title_score, (
        f"the posting's {posting_field} reads as {theirs.name}, {relation} "
        f"({title_score:.0%}; you read as {mine.name})"
    )


def fit_role(
    matches: Sequence[RequirementMatch],
    categories: Mapping[str, str],
    framework: Framework,
    your_role: tuple[Framework, str] | None,
    posting_role: tuple[Framework, str] | None,
    *,
    posting_field: str = "title",
) -> tuple[RoleFitSummary, Scored]:
    """Whether the posting is for the candidate's kind of role (see the module docstring).

    Args:
        matches: The requirements answered.
        categories: Skill id -> category of the posting's skills (soft skills do not count).
        framework: The framework scoring the match (its prior and role-fit weights).
        your_role: The framework of the resume's latest title and why (None: left out).
        posting_role: The framework of the posting's title or job area and why (None: neither).
        posting_field: What ``posting_role`` was read from: "title" or "job area".
    """
    if your_role is None:
        return RoleFitSummary(), Scored(
            None,
            "Not scored: your resume has no job title to tell your role from.",
        )
    mine, my_basis = your_role
    hard = [m for m in matches if categories.get(m.skill) != "soft_skill"]
    hard_weight = sum(m.weight for m in hard)
    inside = sum(m.weight for m in hard if m.skill in mine.skill_ids)
    outside = [m.name for m in hard if m.skill not in mine.skill_ids][:ROLE_OUTSIDE_SHOWN]
    prior = framework.posting_prior
    shrink = prior.weight / (prior.weight + hard_weight) if prior.weight + hard_weight else 1.0
    share = inside / hard_weight if hard_weight else None
    skill_score = prior.score * shrink + (share or 0.0) * (1 - shrink)
    title_score, title_words = _title_fit(mine, posting_role, framework, posting_field)
    words = [title_words]
    if share is None:
        words.append(f"it names no hard skill, so that part is a neutral {prior.score:.0%}")
    else:
        blend = (
            f", blended {shrink:.0%} with a neutral {prior.score:.0%} -> {skill_score:.0%}"
            if shrink >= 0.005
            else ""
        )
        words.append(
            f"{share:.0%} of the weight of the hard skills it asks for is in the {mine.name} "
            f"framework{blend}" + (f" (outside it: {', '.join(outside)})" if outside else "")
        )
    weights = framework.role_fit
    if title_score is None or weights.title + weights.skills <= 0:
        value, how = skill_score, "."
    else:
        value = (weights.title * title_score + weights.skills * skill_score) / (
            weights.title + weights.skills
        )
        how = f"; the {posting_field} counts {weights.title:g}, the skills {weights.skills:g}."
    text = "; ".join(words) + how
    theirs, their_basis = posting_role if posting_role is not None else (None, "")
    summary = RoleFitSummary(
        your_role=mine.name,
        your_role_basis=my_basis,
        posting_role=theirs.name if theirs is not None else None,
        posting_role_basis=their_basis,
        title_score=title_score,
        hard_weight=round(hard_weight, 4),
        in_role_weight=round(inside, 4),
        skill_share=None if share is None else round(share, 3),
        skill_score=round(skill_score, 3),
        outside=outside,
    )
    return summary, Scored(value, text[0].upper() + text[1:])
