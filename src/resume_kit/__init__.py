"""resume_kit: an offline, honest job-application assistant.

Public API (imported lazily so that ``import resume_kit`` stays cheap; spaCy loads only when a
function that needs it is called)::

    import resume_kit
    resume = resume_kit.load_resume("resume.docx")
    posting = resume_kit.load_posting("posting.txt")
    resume, posting = resume_kit.extract([resume, posting])
    report = resume_kit.score(resume, posting)            # a MatchReport
    result = resume_kit.tailor("resume.docx", "posting.txt", outdir="tailored")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_kit.errors import ResumeKitError
from resume_kit.lazy import lazy_attributes
from resume_kit.version import __version__

# name -> module that defines it; resolved on first attribute access (PEP 562).
_LAZY = {
    "load_resume": "resume_kit.api",
    "load_posting": "resume_kit.api",
    "load_document": "resume_kit.api",
    "extract": "resume_kit.api",
    "score": "resume_kit.api",
    "rank": "resume_kit.api",
    "rank_many": "resume_kit.api",
    "tailor": "resume_kit.tailoring.application",
    "TailorResult": "resume_kit.model.tailored",
    "MatchReport": "resume_kit.model.report",
    "build_json_resume": "resume_kit.formats.jsonresume",
    "build_nlp": "resume_kit.nlp.pipeline",
    "Resume": "resume_kit.model.documents",
    "Posting": "resume_kit.model.documents",
    "SkillHit": "resume_kit.model.documents",
    "Metric": "resume_kit.model.documents",
}

__all__ = [
    "MatchReport",
    "Metric",
    "Posting",
    "Resume",
    "ResumeKitError",
    "SkillHit",
    "TailorResult",
    "__version__",
    "build_json_resume",
    "build_nlp",
    "extract",
    "load_document",
    "load_posting",
    "load_resume",
    "rank",
    "rank_many",
    "score",
    "tailor",
]

if TYPE_CHECKING:
    from resume_kit.api import (
        extract,
        load_document,
        load_posting,
        load_resume,
        rank,
        rank_many,
        score,
    )
    from resume_kit.formats.jsonresume import build_json_resume
    from resume_kit.model.documents import Metric, Posting, Resume, SkillHit
    from resume_kit.model.report import MatchReport
    from resume_kit.model.tailored import TailorResult
    from resume_kit.nlp.pipeline import build_nlp
    from resume_kit.tailoring.application import tailor


__getattr__ = lazy_attributes(__name__, _LAZY)
