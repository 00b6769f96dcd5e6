"""The best K of a ranking and its statistics: the same whatever order the entries arrive in
(workers finish in any order), and the same as sorting everything."""

from __future__ import annotations

import random
import statistics

from resume_kit.model.ranking import RankEntry
from resume_kit.scoring.leaderboard import Leaderboard


def _entry(path: str, score: float) -> RankEntry:
    return RankEntry(path=path, score=score, framework="f", met=0, missing=0, top_gaps=[])


def _batches() -> list[list[RankEntry]]:
    rng = random.Random(7)
    # Scores with one decimal, like the scorer's, so ties are many; some paths repeat.
    entries = [_entry(f"p{rng.randrange(300)}", rng.randrange(1001) / 10) for _ in range(2000)]
    return [entries[i : i + 50] for i in range(0, len(entries), 50)]


def _fill(top: int | None, order: list[int]) -> Leaderboard:
    board = Leaderboard(top)
    batches = _batches()
    for number in order:
        board.add(batches[number], number)
    return board


def test_top_k_and_statistics_do_not_depend_on_arrival_order() -> None:
    order = list(range(40))
    first = _fill(10, order).result()
    random.Random(1).shuffle(order)
    assert _fill(10, order).result() == first  # entries and exact statistics alike


def test_top_k_is_the_head_of_the_full_sorted_list() -> None:
    everything = _fill(None, list(range(40))).result().entries
    scores = [e.score for e in everything]
    assert len(everything) == 2000 and scores == sorted(scores, reverse=True)
    assert _fill(25, list(range(40))).result().entries == everything[:25]


def test_statistics_match_the_whole_list() -> None:
    result = _fill(3, list(range(40))).result()
    scores = [e.score for batch in _batches() for e in batch]
    stats = result.stats
    assert stats.count == 2000 and stats.min == min(scores) and stats.max == max(scores)
    assert abs(stats.mean - statistics.fmean(scores)) < 1e-9  # type: ignore[operator]
    assert abs(stats.stdev - statistics.stdev(scores)) < 1e-9  # type: ignore[operator]
    assert sum(stats.histogram) == 2000
    assert stats.histogram[-1] == sum(1 for s in scores if s >= 90)


def test_empty_board_has_no_statistics() -> None:
    stats = Leaderboard(5).result().stats
    assert stats.count == 0 and stats.mean is None and stats.histogram == [0] * 10
