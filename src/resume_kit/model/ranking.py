"""One line of a ranking."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["RankEntry"]


class RankEntry(BaseModel):
    """One line of a ranking: a file and how well it fits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    score: float
    framework: str
    title: str | None = None
    name: str | None = None
    met: int
    missing: int
    top_gaps: list[str]
