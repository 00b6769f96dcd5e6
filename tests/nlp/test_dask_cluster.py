"""The local Dask cluster (``--dask local``): its workers start with the pipeline already loaded,
and work sent before they are up waits for them instead of failing or running short-handed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from resume_kit.api import rank_many
from resume_kit.nlp.workers import dask_client, map_chunks

distributed = pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"


def _pipeline_loads() -> tuple[bool, int, int]:
    """In a worker: whether the server it was forked from loaded the pipeline, and how often the
    pipeline was built in its life (the server's part included) and is held."""
    import sys

    from resume_kit.nlp.pipeline import _build_nlp

    preload = sys.modules.get("resume_kit.nlp.fork_preload")  # imported by the server, if at all
    info = _build_nlp.cache_info()
    return preload is not None and bool(preload.LOADED), info.misses, info.currsize


def _spacy_command_line_loaded() -> bool:
    """In a worker: whether spaCy's own command line (typer, weasel, ...) was imported."""
    import sys

    return "spacy.cli" in sys.modules


def _double_all(chunk: list[int]) -> list[int]:
    return [2 * n for n in chunk]


def test_local_workers_start_with_the_pipeline_loaded_once() -> None:
    """Each worker of ``--dask local`` is forked from a server that loaded the pipeline: a ranking
    uses that copy (one load, in the server) instead of loading it again per worker."""
    with dask_client("local", workers=2) as client:
        result = rank_many(
            resume=RESUME, postings=[POSTING] * 4, today="2026-11", client=client, chunk_size=1
        )
        assert result.stats.count == 4
        loads = client.run(_pipeline_loads)
        command_line = client.run(_spacy_command_line_loaded)
    assert len(loads) == 2
    # The server imported spaCy as the command does: without spaCy's command line.
    assert list(command_line.values()) == [False, False]
    # Loaded in the server; one build in all, inherited from the server, none in the worker.
    assert all(loads_here == (True, 1, 1) for loads_here in loads.values())


def test_work_sent_before_any_worker_is_up_waits_and_uses_workers_as_they_join() -> None:
    """dask_client returns before the local workers are up: the chunks wait for the first one,
    and every chunk comes back, in order, once workers join (here a second later)."""
    with (
        distributed.LocalCluster(
            n_workers=0, processes=False, dashboard_address="127.0.0.1:0", silence_logs=50
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        later = threading.Timer(1.0, cluster.scale, args=(2,))
        later.start()
        try:
            stream = map_chunks(_double_all, iter(range(60)), chunk_size=5, client=client)
            values = [v for _, chunk in stream for v in chunk]
        finally:
            later.cancel()
        assert values == [2 * n for n in range(60)]
        assert len(client.nthreads()) == 2


_SERVER_WITH_MODEL = """
import os, sys
from resume_kit.nlp.workers import PRELOAD_MODEL_VARIABLE, dask_client

def preload():
    import sys
    module = sys.modules.get("resume_kit.nlp.fork_preload")
    return module is not None and module.LOADED

with dask_client("local", workers=1, model="no_such_pipeline_xyz") as client:
    client.wait_for_workers(1)
    print(list(client.run(preload).values()), PRELOAD_MODEL_VARIABLE in os.environ)
"""


def test_local_workers_preload_the_model_asked_for() -> None:
    """``--dask local --model X``: the fork server loads X, not the blank pipeline (here X is not
    installed, so its preload fails and a worker would report the missing model as its task's
    error), and the command's own environment is left as it was."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _SERVER_WITH_MODEL], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["[False]", "False"]
