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


def test_ranking_puts_your_kind_of_job_first_and_says_why(tmp_path: Path) -> None:
    """A PM resume: the PM posting above a developer posting asking for the same skills, and
    each entry names the role fit, the posting's occupation and the shared words."""
    pm = tmp_path / "pm.txt"
    pm.write_text(POSTING.read_text(encoding="utf-8"), encoding="utf-8")
    dev = tmp_path / "dev.txt"
    body = POSTING.read_text(encoding="utf-8").split("\n", 1)[1]
    dev.write_text("Senior Java Developer\n" + body, encoding="utf-8")
    entries = rank(resume=RESUME, postings=[dev, pm], today="2026-12")
    assert [Path(e.path).name for e in entries] == ["pm.txt", "dev.txt"]
    first, second = entries
    assert first.role_fit is not None and second.role_fit is not None
    assert first.role_fit > 0.7 > 0.4 > second.role_fit
    assert first.occupation and "Project Manager" in first.occupation
    assert second.occupation and "Programmers" in second.occupation
    assert first.shared_terms and len(first.shared_terms) <= 5
