"""Scoring stage: an extracted Resume and Posting plus a competency framework -> a MatchReport.

:func:`score_match` explains one match, component by component (requirements, evidence, coverage,
experience, seniority, credentials, quantification, role fit; see :mod:`.match`), as a
:class:`~resume_kit.model.report.MatchReport`. It is pure: no I/O, no spaCy, no clock.
:func:`score` reads and extracts the two documents first and chooses the framework from the
posting's title; :func:`rank` scores many postings for one resume (or many resumes for one
posting) and orders them. Frameworks are YAML files loaded, validated and chosen by
:mod:`.frameworks`.

``score``, ``rank`` and ``current_month`` run the spaCy stage, so they are imported on first use
(PEP 562): ``resume-kit frameworks`` and the report models stay cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes
from resume_kit.model.framework import Framework
from resume_kit.model.ranking import RankEntry
from resume_kit.model.report import MatchReport
from resume_kit.scoring.frameworks import (
    choose_framework,
    choose_framework_by_skills,
    list_frameworks,
    load_framework,
    parse_framework,
)
from resume_kit.scoring.match import SkillInfo, score_match
from resume_kit.scoring.role_fit import latest_title

if TYPE_CHECKING:
    from resume_kit.scoring.ranking import rank
    from resume_kit.scoring.scorer import current_month, score

__all__ = [
    "Framework",
    "MatchReport",
    "RankEntry",
    "SkillInfo",
    "choose_framework",
    "choose_framework_by_skills",
    "current_month",
    "latest_title",
    "list_frameworks",
    "load_framework",
    "parse_framework",
    "rank",
    "score",
    "score_match",
]

# name -> module that defines it, imported on first use (each pulls in spaCy).
_LAZY = {
    "rank": "resume_kit.scoring.ranking",
    "current_month": "resume_kit.scoring.scorer",
    "score": "resume_kit.scoring.scorer",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
