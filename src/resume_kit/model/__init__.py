"""Model: the typed, immutable data every stage of the pipeline passes on.

The bottom layer: it imports nothing of resume_kit's but its own modules, so every stage may use
it. ``documents`` (what a reader gives back, Resume, Posting, their parts, skills and metrics;
the Literal types of the fixed sets: section names, input formats, education levels;
:func:`latest_role`), ``dates`` (:class:`YearMonth`, the one reader of ``YYYY-MM`` dates, and
dates as resumes write them), ``report`` (the explained MatchReport), ``framework`` (competency
frameworks as data), ``ranking`` (RankEntry), ``tailored`` (TailorResult) and ``base``
(FrozenModel, the one base class).
"""

from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes

if TYPE_CHECKING:
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

# Imported on first use: extraction needs the documents and dates, and a command that extracts
# must not pay for the report, framework, ranking and tailoring models it never builds.
__getattr__ = lazy_attributes(
    __name__,
    {
        "FrozenModel": "resume_kit.model.base",
        "YearMonth": "resume_kit.model.dates",
        "format_month": "resume_kit.model.dates",
        "month_index": "resume_kit.model.dates",
        "Certification": "resume_kit.model.documents",
        "Contact": "resume_kit.model.documents",
        "Document": "resume_kit.model.documents",
        "DocumentKind": "resume_kit.model.documents",
        "Education": "resume_kit.model.documents",
        "EducationLevel": "resume_kit.model.documents",
        "InputFormat": "resume_kit.model.documents",
        "Metric": "resume_kit.model.documents",
        "Posting": "resume_kit.model.documents",
        "PostingSection": "resume_kit.model.documents",
        "Requirement": "resume_kit.model.documents",
        "RequirementLevel": "resume_kit.model.documents",
        "Resume": "resume_kit.model.documents",
        "ResumeSection": "resume_kit.model.documents",
        "Role": "resume_kit.model.documents",
        "Section": "resume_kit.model.documents",
        "SectionName": "resume_kit.model.documents",
        "SkillHit": "resume_kit.model.documents",
        "SourceText": "resume_kit.model.documents",
        "latest_role": "resume_kit.model.documents",
        "role_end": "resume_kit.model.documents",
        "ComponentName": "resume_kit.model.framework",
        "Framework": "resume_kit.model.framework",
        "RankEntry": "resume_kit.model.ranking",
        "MatchReport": "resume_kit.model.report",
        "TailorResult": "resume_kit.model.tailored",
    },
)

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
