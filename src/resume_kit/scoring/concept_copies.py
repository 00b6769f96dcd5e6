"""The scorer's own copies of concepts that other stages own, each in one small function.

Kept apart so that each is easy to swap for the shared version:

- :func:`_month` / :func:`_format_month` (a month as months since year 0)
  -> ``resume_kit.model.dates.YearMonth``
- :func:`_role_end` / :func:`_latest_role` -> one shared ``latest_role``
- :func:`_degree_level` with ``_DEGREE_WORDS`` -> ``resume_kit.structure.education.degree_level``
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume_kit.model.documents import Role

# --- Dates ------------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def _month(date: str | None, *, end: bool = False) -> int | None:
    """``YYYY-MM`` -> months since year 0; ``YYYY`` -> January (or December for an end date)."""
    if not date:
        return None
    found = _DATE.match(date.strip())
    if not found:
        return None
    year = int(found.group(1))
    if found.group(2):
        month = int(found.group(2))
        if not 1 <= month <= 12:
            return None
    else:
        month = 12 if end else 1
    return year * 12 + month - 1


def _format_month(months: int) -> str:
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


# --- Roles ------------------------------------------------------------------------------------


def _role_end(role: Role, today: int) -> int | None:
    """The month a role ends: ``today`` when current, else its end (or start) date's last month."""
    if role.current:
        return today
    end = _month(role.end_date, end=True)
    return end if end is not None else _month(role.start_date, end=True)


def _latest_role(roles: Sequence[Role], today: int) -> Role | None:
    """The current role, else the one that ended last (ties: first in the resume)."""
    best: tuple[int, int, int] | None = None
    chosen: Role | None = None
    for position, role in enumerate(roles):
        end = _role_end(role, today)
        start = _month(role.start_date)
        key = (end if end is not None else -1, start if start is not None else -1, -position)
        if best is None or key > best:
            best, chosen = key, role
    return chosen


# --- Degrees ----------------------------------------------------------------------------------

_DEGREE_WORDS: tuple[tuple[str, str], ...] = (
    (r"\b(ph\.?\s?d|doctorate|doctoral)\b", "doctorate"),
    (r"\b(master'?s?|msc|m\.s\.?|mba|ms)\b", "master"),
    (r"\b(bachelor'?s?|bsc|b\.s\.?|ba|b\.a\.?|undergraduate|four[- ]year degree)\b", "bachelor"),
    (r"\b(associate'?s? degree|associate of)\b", "associate"),
    (r"\b(diploma|high school|ged)\b", "diploma"),
)


def _degree_level(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.casefold()
    for pattern, level in _DEGREE_WORDS:
        if re.search(pattern, lowered):
            return level
    return None
