"""The finished contexts of the three document templates, built from one match.

Templates only lay out; every string is decided here, from the candidate's own facts:

* the tailored resume reorders and selects what the resume already says and never adds a skill,
  number, employer, title or date that is not in the source resume
  (:mod:`~resume_kit.tailoring.resume_context`);
* the cover letter ties the posting's top met requirements to the resume's own evidence sentences
  (:mod:`~resume_kit.tailoring.letter_context`);
* the interview-prep sheet lists questions, story seeds, gaps, salary figures and certification
  notes (:mod:`~resume_kit.tailoring.prep_context`).

Pure functions over the models (plus the shipped salary table): no spaCy, no clock.
"""

from __future__ import annotations

import datetime as dt

from resume_kit.model.documents import Posting, Resume
from resume_kit.model.report import MatchReport
from resume_kit.tailoring.context_common import TemplateContext
from resume_kit.tailoring.letter_context import LetterContext, build_letter_context
from resume_kit.tailoring.prep_context import PrepContext, build_prep_context
from resume_kit.tailoring.resume_context import ResumeContext, build_resume_context, plan_resume

__all__ = ["DocumentContexts", "build_contexts"]


class DocumentContexts(TemplateContext):
    """The three contexts built from one match."""

    resume: ResumeContext
    cover_letter: LetterContext
    interview_prep: PrepContext


def build_contexts(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    today: dt.date,
    hiring_manager: str | None = None,
    motivation: str | None = None,
    max_bullets: int | None = None,
    address_gaps: bool = False,
) -> DocumentContexts:
    """All three document contexts for one match (see the ``build_*_context`` functions).

    The prep sheet lists the bullets ``max_bullets`` left out of the resume.
    """
    plan = plan_resume(resume, posting, report, max_bullets=max_bullets)
    return DocumentContexts(
        resume=build_resume_context(resume, posting, report, plan=plan),
        cover_letter=build_letter_context(
            resume,
            posting,
            report,
            today=today,
            hiring_manager=hiring_manager,
            motivation=motivation,
            address_gaps=address_gaps,
        ),
        interview_prep=build_prep_context(resume, posting, report, left_out=plan.left_out),
    )
