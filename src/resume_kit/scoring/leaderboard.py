"""The best K entries of a ranking and running statistics of every score, in bounded memory.

A ranking of a hundred thousand postings keeps only the ``top`` entries it will print and a few
numbers about the rest. Everything here gives the same answer whatever order the entries arrive
in (one process, workers, a Dask cluster): ties are broken by path and then by the input's place,
and sums are kept exactly (Shewchuk's partials, as :func:`math.fsum`), not by adding floats in
arrival order.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable

from resume_kit.model.base import FrozenModel
from resume_kit.model.ranking import RankEntry

__all__ = ["Leaderboard", "RankResult", "ScoreStats"]

HISTOGRAM_WIDTH = 10  # score points per histogram bar: 0-10, 10-20, ..., 90-100


class ScoreStats(FrozenModel):
    """Statistics of every score of a ranking (not only the entries kept).

    Attributes:
        count: Inputs scored.
        failed: Inputs that could not be read or scored.
        mean: Mean score (None when nothing was scored); likewise ``stdev`` (sample), ``min``
            and ``max``.
        histogram: How many scores fall in 0-10, 10-20, ..., 90-100 (100 counts in the last).
    """

    count: int
    failed: int
    mean: float | None
    stdev: float | None
    min: float | None
    max: float | None
    histogram: list[int]


class RankResult(FrozenModel):
    """What :func:`~resume_kit.scoring.ranking.rank_many` returns.

    Attributes:
        entries: The best entries, best first (all of them when no ``top`` was asked).
        stats: Statistics of every score.
    """

    entries: list[RankEntry]
    stats: ScoreStats


class _ExactSum:
    """A float sum independent of the order of its terms (the partials of Python's ``fsum``)."""

    def __init__(self) -> None:
        self.partials: list[float] = []

    def add(self, value: float) -> None:
        kept = 0
        for partial in self.partials:
            if abs(value) < abs(partial):
                value, partial = partial, value
            high = value + partial
            low = partial - (high - value)
            if low:
                self.partials[kept] = low
                kept += 1
            value = high
        self.partials[kept:] = [value]

    def total(self) -> float:
        return math.fsum(self.partials)


class Leaderboard:
    """Collects ranked entries; keeps the best ``top`` (all when None) and statistics of all.

    Args:
        top: How many of the best entries to keep; None keeps every entry (memory grows with them).
    """

    def __init__(self, top: int | None = None) -> None:
        self.top = top
        self._kept: list[tuple[tuple[float, str, int, int], RankEntry]] = []
        self._count = 0
        self.failed = 0
        self._sum = _ExactSum()
        self._squares = _ExactSum()
        self._min = math.inf
        self._max = -math.inf
        self._histogram = [0] * (100 // HISTOGRAM_WIDTH)

    def add(self, entries: Iterable[RankEntry], batch: int) -> None:
        """Add the entries of one batch of inputs (``batch`` is its number, in input order)."""
        for place, entry in enumerate(entries):
            self._note(entry.score)
            # Best first: the higher score, then the path, then where the input came.
            key = (-entry.score, entry.path, batch, place)
            if self.top is not None and len(self._kept) >= self.top:
                if self.top == 0 or key >= self._kept[-1][0]:
                    continue
                self._kept.pop()
            bisect.insort(self._kept, (key, entry), key=lambda item: item[0])

    def _note(self, score: float) -> None:
        self._count += 1
        self._sum.add(score)
        self._squares.add(score * score)
        self._min = min(self._min, score)
        self._max = max(self._max, score)
        bar = min(len(self._histogram) - 1, max(0, int(score // HISTOGRAM_WIDTH)))
        self._histogram[bar] += 1

    def result(self) -> RankResult:
        """The kept entries, best first, and the statistics so far."""
        return RankResult(entries=[entry for _, entry in self._kept], stats=self.stats())

    def stats(self) -> ScoreStats:
        """Statistics of every score added so far."""
        count = self._count
        if not count:
            return ScoreStats(
                count=0,
                failed=self.failed,
                mean=None,
                stdev=None,
                min=None,
                max=None,
                histogram=list(self._histogram),
            )
        total = self._sum.total()
        mean = total / count
        stdev = None
        if count > 1:
            variance = max(0.0, (self._squares.total() - total * mean) / (count - 1))
            stdev = math.sqrt(variance)
        return ScoreStats(
            count=count,
            failed=self.failed,
            mean=mean,
            stdev=stdev,
            min=self._min,
            max=self._max,
            histogram=list(self._histogram),
        )
