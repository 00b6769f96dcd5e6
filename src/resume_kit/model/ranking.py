"""One line of a ranking."""

from __future__ import annotations

from pydantic import Field

from resume_kit.model.base import FrozenModel

__all__ = ["RankEntry"]


class RankEntry(FrozenModel):
    """One line of a ranking: a file and how well it fits, and why.

    ``role_fit`` is the role-fit component (0-1), ``occupation`` what the other side reads as
    (the posting's occupation when ranking postings, the candidate's when ranking resumes),
    ``shared_terms`` the shared words that weigh most in the text similarity.
    """

    path: str
    score: float
    framework: str
    title: str | None = None
    name: str | None = None
    met: int
    missing: int
    top_gaps: list[str]
    role_fit: float | None = None
    occupation: str | None = None
    shared_terms: list[str] = Field(default_factory=list)
