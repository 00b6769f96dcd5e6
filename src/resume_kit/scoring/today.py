"""The month the scorer counts "current" roles and recency up to."""

from __future__ import annotations

import re
from typing import NamedTuple

from resume_kit.errors import UsageError
from resume_kit.model.dates import month_index
from resume_kit.model.documents import Posting, Resume

_TEXT_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


class Today(NamedTuple):
    """The month to score at, where it came from, and a note for the report (if any)."""

    month: int
    basis: str
    note: str | None = None


def infer_today(resume: Resume, posting: Posting) -> tuple[int, str]:
    """The month to count "current" roles up to, when the caller gives none.

    Deterministic on purpose (never the wall clock): the newest of the resume's role, education
    and certification dates and of the years written in the posting text (a year alone counts as
    its January). A resume whose newest date is the start of its current role therefore counts
    that role short; callers that know the date should pass ``today``.

    Returns:
        The month (months since year 0) and a sentence saying where it came from.
    """
    candidates: list[tuple[int, str]] = []
    for role in resume.roles:
        for date, is_end in ((role.start_date, False), (role.end_date, True)):
            month = month_index(date, end=is_end)
            if month is not None:
                candidates.append((month, "the newest date in the resume"))
    dates = [e.end_date for e in resume.education] + [c.date for c in resume.certifications]
    for date in dates:
        month = month_index(date, end=True)
        if month is not None:
            candidates.append((month, "the newest date in the resume"))
    for year in _TEXT_YEAR.findall(posting.text):
        candidates.append((int(year) * 12, "the newest year in the posting"))
    if not candidates:
        return 0, "no date found in either document"
    month, where = max(candidates)
    return month, where


def resolve_today(today: str | None, resume: Resume, posting: Posting) -> Today:
    """The caller's ``YYYY-MM``, else the newest date in the documents (:func:`infer_today`).

    Raises:
        UsageError: ``today`` is not ``YYYY-MM``.
    """
    if today is not None:
        month = month_index(today)
        if month is None or not re.fullmatch(r"\d{4}-\d{2}", today):
            raise UsageError(f"today must be a month written YYYY-MM, not {today!r}")
        return Today(month, "given by the caller")
    month, basis = infer_today(resume, posting)
    if month == 0:
        return Today(
            month, basis, "No dates were found, so years of experience could not be counted."
        )
    return Today(month, basis)
