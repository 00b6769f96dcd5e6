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
    slots = max(1, sum(client.nthreads().values())) * _AHEAD
    numbers = itertools.count()
    sizes: dict[str, tuple[int, int]] = {}  # future key -> (chunk number, size)
    inputs: dict[str, Any] = {}  # future key -> the future of its chunk
    finished: dict[int, tuple[int, R]] = {}
    next_number = 0
    stream = distributed.as_completed()

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
        for chunk in itertools.islice(chunks, slots):
            send(chunk)
        for future in stream:
            number, size = sizes.pop(future.key)
            result = future.result()
            future.release()  # the result is here now: the cluster may forget it and the chunk
            inputs.pop(future.key).release()
            for chunk in itertools.islice(chunks, 1):
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
def dask_client(address: str, *, workers: int = 2) -> Iterator[Any]:
    """A ``dask.distributed.Client`` for ``address``; ``"local"`` starts a LocalCluster here.

    Args:
        address: A scheduler address (``tcp://host:8786``) or ``"local"``.
        workers: Worker processes of the local cluster (one thread each: spaCy work holds the GIL).

    Raises:
        ResumeKitError: dask.distributed is not installed, or the scheduler cannot be reached.
    """
    distributed = _distributed()
    if address == "local":
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                # Any free port, on this machine only: a second run (or a test) never clashes.
                dashboard_address="127.0.0.1:0",
                silence_logs=50,  # logging.CRITICAL: worker chatter, and the heartbeats that fail
                # while the cluster shuts down, are not the user's business
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ResumeKitError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


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
