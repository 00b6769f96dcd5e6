"""Batches in worker processes and on Dask: the same results as one process, inputs taken only as
work goes out, and a clear error when Dask is not installed."""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_kit.api import rank_many
from resume_kit.cli.commands import cli
from resume_kit.nlp import workers
from resume_kit.nlp.workers import map_chunks

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTINGS = [
    ROOT / "examples" / "posting-it-project-manager.txt",
    ROOT / "tests" / "fixtures" / "posting-backend-engineer.txt",
    ROOT / "tests" / "fixtures" / "tricky-posting.txt",
    ROOT / "tests" / "fixtures" / "posting-saved.html",
]


def _square_all(chunk: list[int]) -> list[int]:
    return [n * n for n in chunk]


def _postings(folder: Path, count: int) -> list[Path]:
    """``count`` posting files cycling through the fixtures (equal scores tie on path)."""
    paths = []
    for number in range(count):
        source = POSTINGS[number % len(POSTINGS)]
        path = folder / f"job-{number:03d}{source.suffix}"
        shutil.copy(source, path)
        paths.append(path)
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_chunks_come_back_in_order_and_inputs_are_taken_only_as_work_goes_out(jobs: int) -> None:
    taken: list[int] = []

    def numbers() -> Iterator[int]:
        for n in range(100):
            taken.append(n)
            yield n

    stream = map_chunks(_square_all, numbers(), chunk_size=10, jobs=jobs)
    size, first = next(stream)
    assert (size, first) == (10, [n * n for n in range(10)])
    # One process takes one chunk at a time; two hold at most two chunks each in flight.
    assert len(taken) <= (10 if jobs == 1 else 10 * 2 * jobs + 10)
    rest = [value for _, chunk in stream for value in chunk]
    assert first + rest == [n * n for n in range(100)]


def test_dask_local_cluster_ranks_exactly_as_one_process(tmp_path: Path) -> None:
    """The issue's promise: --dask gives output identical to --jobs 1 (a LocalCluster of two
    worker processes, in the CLI, JSON Lines, every entry)."""
    folder = tmp_path / "jobs"
    folder.mkdir()
    _postings(folder, 60)  # two chunks of work, one per worker; copies tie on score
    runner = CliRunner()
    common = ["rank", "--json", "--all", "--today", "2026-11", "--resume", str(RESUME)]
    alone = runner.invoke(cli, [*common, str(folder)])
    assert alone.exit_code == 0, alone.output
    on_dask = runner.invoke(cli, [*common, "--dask", "local", "--jobs", "2", str(folder)])
    assert on_dask.exit_code == 0, on_dask.output
    assert on_dask.stdout == alone.stdout
    assert on_dask.stderr == alone.stderr  # the statistics line too
    rows = [json.loads(line) for line in alone.stdout.splitlines()]
    assert len(rows) == 60 and rows == sorted(rows, key=lambda r: (-r["score"], r["path"]))


def test_rank_many_in_processes_keeps_the_same_top_and_statistics(tmp_path: Path) -> None:
    paths = _postings(tmp_path, 60)  # two chunks of work at least
    alone = rank_many(resume=RESUME, postings=paths, top=7, today="2026-11")
    pooled = rank_many(resume=RESUME, postings=iter(paths), top=7, today="2026-11", jobs=2)
    assert pooled == alone
    assert len(alone.entries) == 7 and alone.stats.count == 60 and alone.stats.failed == 0


def test_dask_option_without_dask_installed_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.import_module

    def no_dask(name: str, package: str | None = None) -> object:
        if name.startswith("dask"):
            raise ImportError("No module named 'dask'")
        return real(name, package)

    monkeypatch.setattr(workers.importlib, "import_module", no_dask)
    result = CliRunner().invoke(
        cli, ["rank", "--dask", "local", "--resume", str(RESUME), str(POSTINGS[0])]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: --dask needs dask.distributed, which is not installed: "
        'pip install "resume-kit[dask]"'
    ]


def test_dask_results_come_back_in_input_order_when_asked() -> None:
    """extract's path on Dask: chunks finish in any order, come out in input order (a cluster of
    threads here: the same client code as processes, started in a second)."""
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=False, dashboard_address="127.0.0.1:0", silence_logs=50
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        stream = map_chunks(_square_all, iter(range(100)), chunk_size=7, client=client)
        assert [v for _, chunk in stream for v in chunk] == [n * n for n in range(100)]
        unordered = map_chunks(_square_all, range(100), chunk_size=7, client=client, ordered=False)
        sizes = []
        values = []
        for size, chunk in unordered:
            sizes.append(size)
            values += chunk
        assert sorted(values) == [n * n for n in range(100)] and sum(sizes) == 100


_LOADED_IN: list[int] = []


def _load() -> None:
    _LOADED_IN.append(os.getpid())


def _loaded_in(chunk: list[int]) -> list[int]:
    return list(_LOADED_IN)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers are forks only with fork"
)
def test_forked_workers_share_what_was_loaded_once_before_they_started() -> None:
    # The pipeline is loaded by the command before the workers fork (once, its memory shared),
    # not once per worker.
    _LOADED_IN.clear()
    results = [
        seen for _, seen in map_chunks(_loaded_in, range(6), chunk_size=1, jobs=2, prepare=_load)
    ]
    assert results == [[os.getpid()]] * 6


_FILLED: list[int] = []


def _fill(chunk: list[int]) -> list[int]:
    """A worker's cache-like state: what it has seen in this process, before the chunk."""
    seen = list(_FILLED)
    _FILLED.extend(chunk)
    return seen


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers are forks only with fork"
)
def test_forked_workers_start_with_what_the_first_chunk_filled_in() -> None:
    # The first chunk is worked before the workers fork, so what it fills in (spaCy's vocabulary,
    # the stages' caches) is theirs already instead of filled again in each.
    _FILLED.clear()
    results = [seen for _, seen in map_chunks(_fill, range(8), chunk_size=2, jobs=2, prepare=_load)]
    assert results[0] == []
    assert all(seen[:2] == [0, 1] for seen in results[1:])
    assert _FILLED == [0, 1]  # the rest was worked in the workers
