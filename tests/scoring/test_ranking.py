"""Ranking many files: an input that runs out of its time budget is one error, in worker
processes too (``jobs=2``), and the rest are ranked."""

from __future__ import annotations

import shutil
from pathlib import Path

from resume_kit.api import rank
from resume_kit.errors import ResumeKitError
from resume_kit.read.limits import Limits

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"


def test_rank_with_workers_abandons_an_input_out_of_time_and_ranks_the_rest(
    tmp_path: Path,
) -> None:
    paths = []
    for number in range(55):  # two chunks of work, so two worker processes share them
        path = tmp_path / f"posting-{number:02d}.txt"
        shutil.copy(POSTING, path)
        paths.append(path)
    # Seconds of tokenizing (every word new to the vocabulary) in a worker: the alarm of the
    # worker's main thread stops it.
    slow = paths[52]
    slow.write_text(" ".join(f"w{i}" for i in range(120_000)), encoding="utf-8")
    errors: list[tuple[str, ResumeKitError]] = []
    entries = rank(
        resume=RESUME,
        postings=paths,
        jobs=2,
        today="2026-12",
        limits=Limits(max_seconds=1),
        on_error=lambda path, error: errors.append((path, error)),
    )
    assert [(path, "--max-seconds" in str(error)) for path, error in errors] == [(str(slow), True)]
    assert str(errors[0][1]).startswith(f"{slow}: took too long")
    assert len(entries) == 54 and len({entry.score for entry in entries}) == 1
