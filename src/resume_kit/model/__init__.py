"""Model: the typed, immutable data every stage of the pipeline passes on.

The bottom layer: it imports nothing of resume_kit's but its own modules, so every stage may use
it. ``documents`` (what a reader gives back, Resume, Posting, their parts, skills and metrics;
the Literal types of the fixed sets: section names, input formats, education levels;
:func:`latest_role`), ``dates`` (:class:`YearMonth`, the one reader of ``YYYY-MM`` dates, and
dates as resumes write them), ``report`` (the explained MatchReport), ``framework`` (competency
frameworks as data), ``ranking`` (RankEntry), ``tailored`` (TailorResult) and ``base``
(FrozenModel, the one base class).
"""

from resume_kit.model.base import FrozenModel
from resume_kit.model.dates import YearMonth, format_month, month_index
from resume_kit.model.documents import (
    Certification,
    Contact,
    Document,
    DocumentKind,
    Education,
    EducationLevel,
    InputFormat,
    Metric,
    Posting,
    PostingSection,
    Requirement,
    RequirementLevel,
    Resume,
    ResumeSection,
    Role,
    Section,
    SectionName,
    SkillHit,
    SourceText,
    latest_role,
    role_end,
)
from resume_kit.model.framework import ComponentName, Framework
from resume_kit.model.ranking import RankEntry
from resume_kit.model.report import MatchReport
from resume_kit.model.tailored import TailorResult

__all__ = [
    "Certification",
    "ComponentName",
    "Contact",
    "Document",
    "DocumentKind",
    "Education",
    "EducationLevel",
    "Framework",
    "FrozenModel",
    "InputFormat",
    "MatchReport",
    "Metric",
    "Posting",
    "PostingSection",
    "RankEntry",
    "Requirement",
    "RequirementLevel",
    "Resume",
    "ResumeSection",
    "Role",
    "Section",
    "SectionName",
    "SkillHit",
    "SourceText",
    "TailorResult",
    "YearMonth",
    "format_month",
    "latest_role",
    "month_index",
    "role_end",
]
