"""Score a resume against a posting: choose the framework, then explain the match."""

from __future__ import annotations

import datetime as dt

from resume_kit.model.documents import Posting, Resume
from resume_kit.model.framework import Framework
from resume_kit.model.report import MatchReport
from resume_kit.nlp.batch import load_extracted
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.read.inputs import InputArg
from resume_kit.read.limits import Limits
from resume_kit.scoring.frameworks import (
    choose_framework,
    choose_framework_by_skills,
    load_framework,
)
from resume_kit.scoring.match import score_match
from resume_kit.scoring.role_fit import latest_title
from resume_kit.scoring.tunables import LEVEL_WEIGHT

__all__ = ["current_month", "score"]


def current_month() -> str:
    """This month as ``YYYY-MM``: the end of a resume's current role when scoring."""
    return dt.date.today().strftime("%Y-%m")


def score(
    resume: InputArg | Resume,
    posting: InputArg | Posting,
    *,
    framework: str = "auto",
    model: str | None = None,
    today: str | None = None,
    limits: Limits | None = None,
) -> MatchReport:
    """Score how well a resume fits a posting, with every point explained.

    Args:
        resume: A resume file (path, bytes or open file) or a loaded (optionally extracted)
            Resume.
        posting: A posting file (path, bytes or open file) or a loaded Posting.
        framework: ``"auto"`` (chosen from the posting's title), a shipped framework's name (see
            ``resume-kit frameworks``) or the path of a framework YAML file.
        model: An installed trained spaCy pipeline to use instead of the blank one.
        today: ``YYYY-MM`` at which ongoing roles end; defaults to the current month. Pass it to
            make a report reproducible across months.
        limits: The input limits for files (defaults otherwise).

    Returns:
        The MatchReport (``report.model_dump_json()`` is deterministic for the same inputs).
    """
    resume_doc = load_extracted(resume, "resume", model=model, limits=limits)
    posting_doc = load_extracted(posting, "posting", model=model, limits=limits)
    assert isinstance(resume_doc, Resume) and isinstance(posting_doc, Posting)
    month = today or current_month()
    return _score_extracted(
        resume_doc, posting_doc, framework, month, _your_role(resume_doc, month)
    )


def _your_role(resume: Resume, month: str) -> tuple[Framework, str] | None:
    """The role of the resume's latest title (what role fit compares the posting's role with)."""
    your_title = latest_title(resume, month)
    return choose_framework(your_title) if your_title else None


def _score_extracted(
    resume_doc: Resume,
    posting_doc: Posting,
    framework: str,
    month: str,
    your_role: tuple[Framework, str] | None,
) -> MatchReport:
    """:func:`score` on extracted documents, given the resume's role (``rank`` finds it once)."""
    # A posting without a title may still name its job area ("Professional Area: Project
    # Management"), which says its role better than the skills it happens to list.
    posting_role = (
        choose_framework(posting_doc.title)
        if posting_doc.title
        else choose_framework(posting_doc.area, field="job area")
        if posting_doc.area
        else None
    )
    if framework == "auto" and posting_role is not None:
        chosen, reason = posting_role
    elif framework == "auto":
        chosen, reason = choose_framework_by_skills(_asked_weights(posting_doc))
    else:
        chosen, reason = load_framework(framework), f"chosen with --framework {framework}"
    # Role fit compares the roles the two titles name, whatever framework scores the match.
    return score_match(
        resume_doc,
        posting_doc,
        chosen,
        skill_meta=load_skill_meta(),
        today=month,
        framework_reason=reason,
        your_role=your_role,
        posting_role=posting_role,
    )


def _asked_weights(posting: Posting) -> dict[str, float]:
    """Requirement weight per skill the posting asks for (required 3, preferred 2, mentioned 1)."""
    weights: dict[str, float] = {}
    for requirement in posting.requirements:
        weights[requirement.id] = weights.get(requirement.id, 0.0) + LEVEL_WEIGHT[
            requirement.level
        ] * max(1, requirement.count)
    return weights
