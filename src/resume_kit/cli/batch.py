"""What ``extract`` and ``rank`` share for batches: the inputs, the workers and the progress bar.

The progress bar is tqdm's (a dependency of spaCy, so installed with it; listed in our own
dependencies since we import it): rate and time left on stderr when stderr is a terminal, nothing
when it is piped or with ``-q``. The commands import this module when they run, not at start-up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from json.encoder import encode_basestring_ascii
from operator import attrgetter
from typing import Any

import orjson

from resume_kit.model.documents import Document, Posting
from resume_kit.nlp.workers import dask_client
from resume_kit.read.collection import count_jsonl, expand_paths, iter_jsonl

__all__ = [
    "BAR_MIN_INPUTS",
    "Progress",
    "backend",
    "bar_wanted",
    "batch_inputs",
    "document_json_line",
    "input_count",
    "progress_bar",
]

BAR_MIN_INPUTS = 50  # fewer inputs finish before a bar would tell anything


def batch_inputs(paths: Iterable[str], input_jsonl: str | None) -> Iterator[Any]:
    """The inputs named on the command line: files, folders and globs, then ``--input-jsonl``."""
    yield from expand_paths(paths)
    if input_jsonl is not None:
        yield from iter_jsonl(input_jsonl)


def input_count(paths: list[str], input_jsonl: str | None) -> int | None:
    """How many inputs the arguments name (for the bar's time left), None when unknown."""
    total = sum(1 for _ in expand_paths(paths))
    if input_jsonl is None:
        return total
    if input_jsonl == "-":
        return None
    lines = count_jsonl(input_jsonl)
    return None if lines is None else total + lines


def progress_bar(
    paths: list[str], input_jsonl: str | None, *, quiet: bool, label: str, stdout_too: bool = False
) -> Progress:
    """The progress bar of a batch over these inputs (see :func:`bar_wanted`).

    The inputs are counted (for the time left) only where a bar may show: counting goes through a
    ``--input-jsonl`` file once more (360 MB for 100k postings) and lists the folders twice.
    """
    if not bar_wanted(quiet, None, stdout_too=stdout_too):
        return Progress(None, label=label, shown=False)
    total = input_count(paths, input_jsonl)
    return Progress(total, label=label, shown=bar_wanted(quiet, total, stdout_too=stdout_too))


class Progress:
    """A tqdm bar on stderr that moves to a count of inputs done; a no-op when hidden."""

    def __init__(self, total: int | None, *, label: str, shown: bool) -> None:
        self.bar: Any = None
        if shown:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total, desc=label, unit=" inputs", file=sys.stderr, leave=False, delay=0.5
            )

    def __call__(self, done: int) -> None:
        if self.bar is not None:
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        """Remove the bar from the terminal."""
        if self.bar is not None:
            self.bar.close()


def bar_wanted(quiet: bool, total: int | None, *, stdout_too: bool = False) -> bool:
    """Whether to show a bar: stderr is a terminal, not ``-q``, and the batch is not tiny.

    ``stdout_too``: the results stream out while the bar runs, so a bar shows only when they go
    to a file or a pipe, not to the same terminal.
    """
    if quiet or not _isatty(sys.stderr) or (total is not None and total < BAR_MIN_INPUTS):
        return False
    return not (stdout_too and _isatty(sys.stdout))


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


@contextmanager
def backend(dask: str | None, jobs: int, *, model: str | None = None) -> Iterator[Any]:
    """The Dask client to send work to (``--dask``), or None to use ``--jobs`` processes here.

    With ``--dask local``, ``--jobs`` is the number of local worker processes (default: one per
    core), forked with ``model`` (``--model``; None: the blank pipeline) loaded already.
    """
    if dask is None:
        yield None
        return
    workers = jobs if jobs > 1 else (os.cpu_count() or 1)
    with dask_client(dask, workers=workers, model=model) as client:
        yield client


def document_json_line(document: Document) -> str:
    """The ``extract --json`` line of one document: the model, and a posting's shortcuts.

    orjson writes the models' fields as pydantic's serializer does (the same bytes: floats and
    escapes alike, tests/test_cli_batch.py compares), 1.5x faster; pydantic's own serializer
    (3x faster than ``json.dumps`` of ``model_dump``) writes what orjson refuses, and raises its
    own error for what neither can write (a lone surrogate). It runs in the workers, so only
    the line travels back.
    """
    try:
        line = orjson.dumps(document, default=_model_fields).decode()
    except TypeError:  # orjson.JSONEncodeError too
        line = document.model_dump_json()
    if not isinstance(document, Posting):
        return line
    # As json.dumps writes a list of strings (", " between items, ASCII escapes), without its
    # encoder's set-up for two short lists.
    required = ", ".join(map(encode_basestring_ascii, document.required))
    preferred = ", ".join(map(encode_basestring_ascii, document.preferred))
    return f'{line[:-1]},"required":[{required}],"preferred":[{preferred}]}}'


# A model's fields for orjson: its ``__dict__``, the field values in the order the model declares
# them (the models are validated or built in that order, and have no extra, private or computed
# fields). A C-level getter: orjson calls it once per model (tens of thousands a batch), and a
# Python function cost a quarter of the dump. A document's typed fields are JSON's own types or
# models; its free-form ``data`` (a JSON source's parsed fields) holds JSON's types only, as read.
# Anything else with a ``__dict__`` would be written as its attributes (pydantic would refuse
# it); anything without one makes orjson raise its TypeError, and pydantic writes the line.
_model_fields = attrgetter("__dict__")
