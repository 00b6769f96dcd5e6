"""One line of a ranking."""

from __future__ import annotations

from resume_kit.model.base import FrozenModel

__all__ = ["RankEntry"]


class RankEntry(FrozenModel):
    """One line of a ranking: a file and how well it fits."""

    path: str
    score: float
    framework: str
    title: str | None = None
    name: str | None = None
    met: int
    missing: int
    top_gaps: list[str]
