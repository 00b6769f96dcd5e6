"""What tailoring wrote: the files, the match report and the three documents as Markdown."""

from __future__ import annotations

from pathlib import Path

from resume_kit.model.base import FrozenModel

# MatchReport still lives in scoring here; on h-scoring it is resume_kit.model.report.MatchReport.
from resume_kit.model.report import MatchReport

__all__ = ["TailorResult"]


class TailorResult(FrozenModel):
    """What :func:`~resume_kit.tailoring.application.tailor` wrote.

    Attributes:
        paths: Every file written, in order (documents by format, then the match report).
        report: The MatchReport the documents were built from.
        resume_markdown: The tailored resume as Markdown.
        cover_letter_markdown: The cover letter as Markdown.
        interview_prep_markdown: The interview-prep sheet as Markdown.
    """

    paths: list[Path]
    report: MatchReport
    resume_markdown: str
    cover_letter_markdown: str
    interview_prep_markdown: str
