"""Run one function over chunks of inputs: here, in worker processes, or on a Dask cluster.

:func:`map_chunks` is the engine under ``extract --jobs`` / ``rank --jobs`` and ``--dask``. Inputs
are taken from their iterable only as work is sent out, and at most a few chunks per worker are in
flight, so memory is bounded by the number of workers, not the number of inputs. A worker builds
the spaCy pipeline once (``build_nlp`` is cached per process, and loads the pickled pipeline) and
keeps it for every chunk it is given: a process pool's workers and Dask's worker processes both
live for the whole run.

Dask (``dask.distributed``) is optional (``pip install "resume-kit[dask]"``); it is imported only
when a Dask client is asked for.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from resume_kit.errors import ResumeKitError

__all__ = ["DASK_INSTALL", "chunked", "dask_client", "map_chunks"]

T = TypeVar("T")
R = TypeVar("R")

DASK_INSTALL = 'pip install "resume-kit[dask]"'
# Chunks in flight per worker: one running, one waiting, so a worker never idles between chunks.
_AHEAD = 2


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last one shorter), taken lazily."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def map_chunks(
    work: Callable[[list[T]], R],
    items: Iterable[T],
    *,
    chunk_size: int,
    jobs: int = 1,
    client: Any = None,
    ordered: bool = True,
    prepare: Callable[[], object] | None = None,
) -> Iterator[tuple[int, R]]:
    """Yield ``(len(chunk), work(chunk))`` for consecutive chunks of ``items``.

    Args:
        work: A picklable function of one chunk (a module-level function or a ``partial`` of one).
        items: The inputs, consumed lazily.
        chunk_size: Inputs per chunk: one task each.
        jobs: Worker processes when no ``client`` is given; 1 runs here, in this process.
        client: A ``dask.distributed.Client``: the chunks go to its workers.
        ordered: Yield in the order of the chunks (else as each finishes).
        prepare: What ``work`` loads once per process (e.g. the pipeline). Where worker processes
            start as forks of this one, it is called here first, so it is loaded once in all and
            its memory pages are shared; elsewhere each worker loads it on its first chunk.

    Yields:
        The size of each chunk and what ``work`` returned for it.
    """
    chunks = chunked(items, chunk_size)
    if client is not None:
        yield from _on_dask(work, chunks, client, ordered=ordered)
    elif jobs <= 1:
        for chunk in chunks:
            yield len(chunk), work(chunk)
    else:
        yield from _in_processes(work, chunks, jobs, ordered=ordered, prepare=prepare)


def _in_processes(
    work: Callable[[list[T]], R],
    chunks: Iterator[list[T]],
    jobs: int,
    *,
    ordered: bool,
    prepare: Callable[[], object] | None,
) -> Iterator[tuple[int, R]]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    context = multiprocessing.get_context()
    if prepare is not None and context.get_start_method() == "fork":
        # Loaded before the workers fork: once, not once per worker (0.3 s of CPU each for the
        # pipeline), and its pages stay shared between them.
        prepare()
        # The first chunk is worked here too, before the workers fork: what it fills in (spaCy's
        # vocabulary and tokenizer cache, the stages' caches of common words) is then theirs
        # already, not filled again in each of them.
        for chunk in itertools.islice(chunks, 1):
            yield len(chunk), work(chunk)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    running: deque[tuple[int, Future[R]]] = deque()
    try:
        for chunk in itertools.islice(chunks, jobs * _AHEAD):
            running.append((len(chunk), pool.submit(work, chunk)))
        while running:
            if ordered:
                size, future = running.popleft()
                result = future.result()
            else:
                wait([f for _, f in running], return_when=FIRST_COMPLETED)
                index = next(i for i, (_, f) in enumerate(running) if f.done())
                size, future = running[index]
                del running[index]
                result = future.result()
            for chunk in itertools.islice(chunks, 1):
                running.append((len(chunk), pool.submit(work, chunk)))
            yield size, result
    finally:
        # Stopped early (an error, --fail-fast, Ctrl-C): do not wait for work nobody will read.
        pool.shutdown(wait=True, cancel_futures=True)


def _on_dask(
    work: Callable[[list[T]], R], chunks: Iterator[list[T]], client: Any, *, ordered: bool
) -> Iterator[tuple[int, R]]:
    distributed = _distributed()
    numbers = itertools.count()
    sizes: dict[str, tuple[int, int]] = {}  # future key -> (chunk number, size)
    inputs: dict[str, Any] = {}  # future key -> the future of its chunk
    finished: dict[int, tuple[int, R]] = {}
    next_number = 0
    stream = distributed.as_completed()
    # A local cluster's workers may still be starting (dask_client does not wait for them, so
    # that they load while the command reads its own inputs): the chunks need one to go to.
    client.wait_for_workers(1)

    def window() -> int:
        # Chunks in flight: _AHEAD per worker thread the cluster has now, so the window grows as
        # workers join (the second local worker, or a cluster that scales up) and no worker idles.
        threads: dict[str, int] = client.nthreads()
        return max(1, sum(threads.values())) * _AHEAD

    # The work (a partial holding e.g. the resume every posting is scored against) goes to every
    # worker once. Sent inside every task, it was held by the scheduler (in the command's own
    # process with --dask local), whose memory then grew with the number of postings.
    shipped = client.scatter(work, broadcast=True, hash=False)

    def send(chunk: list[T]) -> None:
        # The chunk goes straight to a worker; the task names it. Inside the task it went through
        # the scheduler, which held on to the texts (70 MB more at 10k postings).
        [data] = client.scatter([chunk], hash=False)
        # pure=False: two equal chunks (a repeated input) are still two tasks with two results.
        future = client.submit(_apply, shipped, data, pure=False)
        sizes[future.key] = (next(numbers), len(chunk))
        inputs[future.key] = data
        stream.add(future)

    try:
        for chunk in itertools.islice(chunks, window()):
            send(chunk)
        for future in stream:
            number, size = sizes.pop(future.key)
            result = future.result()
            future.release()  # the result is here now: the cluster may forget it and the chunk
            inputs.pop(future.key).release()
            for chunk in itertools.islice(chunks, max(1, window() - len(sizes))):
                send(chunk)
            if not ordered:
                yield size, result
                continue
            finished[number] = (size, result)
            while next_number in finished:
                yield finished.pop(next_number)
                next_number += 1
    finally:
        for future in list(stream.futures):
            future.cancel()
        shipped.release()


def _apply(work: Callable[[list[T]], R], chunk: list[T]) -> R:
    """Run ``work`` (sent to the worker once) over one chunk."""
    return work(chunk)


@contextmanager
def dask_client(address: str, *, workers: int = 2, model: str | None = None) -> Iterator[Any]:
    """A ``dask.distributed.Client`` for ``address``; ``"local"`` starts a LocalCluster here.

    The local cluster's workers start in the background: the client is returned once the
    scheduler runs, and the work waits for the first worker (see :func:`map_chunks`).

    Args:
        address: A scheduler address (``tcp://host:8786``) or ``"local"``.
        workers: Worker processes of the local cluster (one thread each: spaCy work holds the GIL).
        model: The spaCy pipeline the local workers load before any work comes (``--model``;
            None: the blank one). A worker asked for another loads that one itself.

    Raises:
        ResumeKitError: dask.distributed is not installed, or the scheduler cannot be reached.
    """
    if address == "local":
        with _local_client(workers, model) as client:
            yield client
        return
    distributed = _distributed()
    try:
        client = distributed.Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ResumeKitError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


# What a cluster on this machine, for one command, does without.
_LOCAL_CONFIG = {
    # Fork each worker from a fork server that has loaded dask and the pipeline once (see
    # _start_fork_server) instead of spawning a fresh interpreter that imports and loads both.
    "distributed.worker.multiprocessing-method": "forkserver",
    # The statistical profiler samples each worker thread's stack every 10 ms, for a dashboard
    # nobody looks at here.
    "distributed.worker.profile.enabled": False,
    # Memory checks (a worker over its limit is paused, then restarted) every second instead of
    # ten times a second, and system metrics for the dashboard every 2 s instead of 0.5 s: with
    # both, an idle cluster's command took 2.3% of a core instead of 3.4%, each worker 1.8%
    # instead of 2.5%, and under load a run lasts long enough for that to count.
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}

# Imported by the fork server before it forks any worker.
_FORK_PRELOAD = ["distributed", "resume_kit.nlp.fork_preload"]
# The environment variable that names the fork server's pipeline (``--model``) to it.
PRELOAD_MODEL_VARIABLE = "RESUME_KIT_PRELOAD_MODEL"


@contextmanager
def _local_client(workers: int, model: str | None) -> Iterator[Any]:
    if importlib.util.find_spec("distributed") is not None:
        # First, so that the server loads dask and the pipeline while this process imports dask.
        _start_fork_server(model)
    distributed = _distributed()
    import dask

    with (
        dask.config.set(_LOCAL_CONFIG),
        distributed.LocalCluster(
            # No worker yet: scale() below starts them without waiting, so that they start while
            # the command imports the rest of itself and reads its first inputs.
            n_workers=0,
            threads_per_worker=1,
            processes=True,
            # The scheduler serves HTTP whatever this says (None means port 8787, which a second
            # cluster finds taken, and warns): any free port, on this machine only.
            dashboard_address="127.0.0.1:0",
            silence_logs=50,  # logging.CRITICAL: worker chatter, and the heartbeats that fail
            # while the cluster shuts down, are not the user's business
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        cluster.scale(workers)
        yield client


def _start_fork_server(model: str | None) -> None:
    """Start the fork server the local workers are forked from, loading _FORK_PRELOAD in it.

    The server is a fresh interpreter (forking the command itself would fork the threads of the
    scheduler that runs in it), started now so that it loads dask and the pipeline (``model``)
    at the same time as this process starts the scheduler; it ends with this process. Already
    running (a second cluster in one process): it is kept as it is, with its pipeline.
    """
    import multiprocessing
    import os
    from multiprocessing import forkserver

    # The server learns the model from its environment, which it copies when it starts (a
    # preload is a module name and takes no arguments); this process's own is put back after.
    saved = os.environ.pop(PRELOAD_MODEL_VARIABLE, None)
    if model is not None:
        os.environ[PRELOAD_MODEL_VARIABLE] = model
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(_FORK_PRELOAD)
        forkserver.ensure_running()
    finally:
        os.environ.pop(PRELOAD_MODEL_VARIABLE, None)
        if saved is not None:
            os.environ[PRELOAD_MODEL_VARIABLE] = saved


def _distributed() -> Any:
    """The ``dask.distributed`` module (typed loosely: dask's own annotations are partial).

    Raises:
        ResumeKitError: It is not installed; the message says how to install it.
    """
    try:
        return importlib.import_module("dask.distributed")
    except ImportError as exc:
        raise ResumeKitError(
            f"--dask needs dask.distributed, which is not installed: {DASK_INSTALL}"
        ) from exc
