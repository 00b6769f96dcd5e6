"""resume_kit: an offline, honest job-application assistant.

Public API (imported lazily so that ``import resume_kit`` stays cheap; spaCy loads only when a
function that needs it is called)::

    import resume_kit
    resume = resume_kit.load_resume("resume.docx")
    posting = resume_kit.load_posting("posting.txt")
    resume, posting = resume_kit.extract([resume, posting])
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from resume_kit.errors import ResumeKitError

__version__ = "0.1.0"

# name -> module that defines it; resolved on first attribute access (PEP 562).
_LAZY = {
    "load_resume": "resume_kit.api",
    "load_posting": "resume_kit.api",
    "load_document": "resume_kit.api",
    "extract": "resume_kit.api",
    "score": "resume_kit.api",
    "rank": "resume_kit.api",
    "build_nlp": "resume_kit.nlp",
    "Resume": "resume_kit.models",
    "Posting": "resume_kit.models",
    "SkillHit": "resume_kit.models",
    "Metric": "resume_kit.models",
}

__all__ = [
    "Metric",
    "Posting",
    "Resume",
    "ResumeKitError",
    "SkillHit",
    "__version__",
    "build_nlp",
    "extract",
    "load_document",
    "load_posting",
    "load_resume",
    "rank",
    "score",
]

if TYPE_CHECKING:
    from resume_kit.api import extract, load_document, load_posting, load_resume, rank, score
    from resume_kit.models import Metric, Posting, Resume, SkillHit
    from resume_kit.nlp import build_nlp


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'resume_kit' has no attribute {name!r}")
    return getattr(import_module(module), name)
