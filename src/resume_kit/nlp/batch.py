"""Run the spaCy pipeline over documents and fill in what it finds, one input's time budget each.

:func:`extract` takes loaded documents; :func:`extract_files` reads, loads and extracts files,
yielding each document as soon as it is ready; :func:`extract_many` does the same in worker
processes or on a Dask cluster; :func:`load_extracted` does one input. Reading,
structure and extraction of one input share one clock (``Limits.max_seconds``, see
:func:`~resume_kit.read.limits.input_clock`): an input that runs out of time is one error, and a
batch goes on with the next.
"""

from __future__ import annotations

import functools
import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar, overload

from resume_kit.errors import ResumeKitError, UsageError
from resume_kit.lazy import collector_paused
from resume_kit.model.documents import Document, DocumentKind, Posting, Resume, SourceText
from resume_kit.nlp.doc_text import TEXT_KEY, forget_written
from resume_kit.nlp.extraction import enrich_document
from resume_kit.nlp.pipeline import METRICS_PIPE, build_nlp
from resume_kit.nlp.taxonomy import SkillMeta, load_skill_meta
from resume_kit.nlp.token_cache import token_cache_filler
from resume_kit.nlp.workers import map_chunks
from resume_kit.read.inputs import (
    BYTES_NAME,
    FILE_NAME,
    InputArg,
    NamedText,
    clock_of,
    input_name,
    read_input,
)
from resume_kit.read.limits import Limits, alarm_kept, check_time, input_clock, resolve_limits
from resume_kit.structure.documents import KindArg, load_document

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "ErrorHandler",
    "extract",
    "extract_files",
    "extract_many",
    "iter_extracted",
    "load_extracted",
    "portable_inputs",
    "zip_paths",
]


@overload
def extract(
    documents: Resume, *, model: str | None = None, limits: Limits | None = None
) -> Resume: ...
@overload
def extract(
    documents: Posting, *, model: str | None = None, limits: Limits | None = None
) -> Posting: ...
@overload
def extract(
    documents: Iterable[Document], *, model: str | None = None, limits: Limits | None = None
) -> list[Document]: ...


def extract(
    documents: Document | Iterable[Document],
    *,
    model: str | None = None,
    limits: Limits | None = None,
) -> Document | list[Document]:
    """Find skills, certifications and quantified achievements in resumes and postings.

    The pipeline is built once per process, so a thousand postings cost one build; each document
    is extracted within its own time budget (``limits.max_seconds``).

    Args:
        documents: One Resume / Posting, or an iterable of them (e.g. from :func:`load_document`).
        model: An installed trained spaCy pipeline to use instead of the blank one.
        limits: The input limits; only the time budget applies here (the defaults when None).

    Returns:
        The same document(s), copied with ``skills`` and ``metrics`` (and, for postings,
        ``requirements`` and ``certifications_asked``) filled in.

    Raises:
        LimitExceededError: A document took longer than ``limits.max_seconds``.
    """
    if isinstance(documents, Resume | Posting):
        return next(iter_extracted([documents], model=model, limits=limits))
    return list(iter_extracted(documents, model=model, limits=limits))


def iter_extracted(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    metrics: bool = True,
    limits: Limits | None = None,
) -> Iterator[Document]:
    """Like :func:`extract`, but yield each enriched document as soon as it is ready.

    ``metrics=False`` skips finding quantified achievements (``metrics`` stays empty): scoring
    reads them from the resume only, so ranking postings does without them.
    """
    extract_one = _extractor(model, metrics)
    resolved = limits or Limits()
    for document in documents:
        with input_clock(resolved, path=document.source):
            enriched = extract_one(document)
        yield enriched  # outside the clock: the caller's time is not the input's


@functools.cache
def _freeze_loaded(model: str | None) -> None:
    """Freeze what is loaded now (the pipeline and the skill tables) out of the garbage collector.

    They live as long as the process: out of the collector's reach, the collections that
    extraction's many small objects set off no longer walk them (collector time per 1,000 real
    postings 95 -> 32 ms). Once per process and model, after a full collection: everything alive
    at a freeze stays for good, so freezing again for every chunk kept each chunk's uncollected
    garbage (ranking 10k postings grew to 1.3 GB).
    """
    gc.collect()
    gc.freeze()


def _extractor(model: str | None, metrics: bool) -> Callable[[Document], Document]:
    """A function running one document through the pipeline (built now, outside any clock).

    One document at a time, component by component, with the time checked between components:
    ``nlp.pipe`` would interleave documents in its batches, so the time one input takes could not
    be told apart, nor the stream go on after one input ran out of time.
    """
    nlp, meta = _load_pipeline(model)
    components = [proc for name, proc in nlp.pipeline if metrics or name != METRICS_PIPE]
    make_doc = token_cache_filler(nlp).make_doc

    def extract_one(document: Document) -> Document:
        # The readers already held the text to Limits.max_chars: spaCy must not refuse it.
        nlp.max_length = max(nlp.max_length, len(document.text) + 1)
        # Tokenized here so the components get the text itself: Doc.text rebuilds it from
        # every token (a tenth of ranking time).
        doc = make_doc(document.text)
        doc.user_data[TEXT_KEY] = document.text
        for component in components:
            check_time()
            doc = component(doc)
        check_time()
        try:
            return enrich_document(doc, document, meta)
        finally:
            forget_written()

    return extract_one


def load_extracted(
    document: InputArg | Document,
    kind: DocumentKind,
    *,
    model: str | None = None,
    limits: Limits | None = None,
) -> Document:
    """Read, structure and extract one input of a known kind, within one time budget.

    A Resume / Posting already loaded is checked for its kind and extracted unless it already
    holds skills or metrics.

    Raises:
        UsageError: A loaded document of the other kind.
        LimitExceededError: The input took longer than ``limits.max_seconds``, or is over
            another limit.
    """
    resolved = limits or Limits()
    if isinstance(document, Resume | Posting):
        if document.kind != kind:
            raise UsageError(f"expected a {kind}, got a {document.kind}")
        # Models straight from load_* have no skills or metrics yet: extract them.
        if document.skills or document.metrics:
            return document
        return extract(document, model=model, limits=resolved)
    extract_one = _extractor(model, metrics=True)
    with clock_of(document, resolved):
        return extract_one(load_document(document, kind, limits=resolved))


ErrorHandler = Callable[[str, ResumeKitError], None]
T = TypeVar("T")
EXTRACT_CHUNK = 16
"""Inputs per task of :func:`extract_many`: enough to hide the cost of sending work, few enough
that results flow out steadily."""


def extract_files(
    paths: Iterable[InputArg],
    kind: KindArg = "auto",
    *,
    model: str | None = None,
    max_bytes: int | None = None,
    on_error: ErrorHandler | None = None,
    limits: Limits | None = None,
    metrics: bool = True,
) -> Iterator[Document]:
    """Read and extract many files in one stream, yielding each document when it is ready.

    Each file is read, structured and extracted within its own time budget
    (``limits.max_seconds``); one that runs out is reported like an unreadable file.

    Args:
        paths: The files (``"-"`` for standard input), or their bytes or open files.
        kind: ``"resume"``, ``"posting"`` or ``"auto"`` (guessed per file).
        model: An installed trained spaCy pipeline to use instead of the blank one.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.
        on_error: Called with the path and the error for each file that cannot be read or runs
            out of time; the rest go on. Without it the first error is raised.
        metrics: Find quantified achievements (False leaves ``metrics`` empty, for speed where
            nothing reads them).

    Yields:
        The enriched Resume / Posting of each readable file, in input order.
    """
    resolved = resolve_limits(limits, max_bytes)
    extract_one = _extractor(model, metrics)
    for path in paths:
        try:
            with clock_of(path, resolved):
                document = extract_one(load_document(path, kind, limits=resolved))
        except ResumeKitError as exc:
            if on_error is None:
                raise
            on_error(input_name(path), exc)
            continue
        yield document


def zip_paths(
    paths: Iterable[InputArg],
    kind: KindArg,
    *,
    model: str | None,
    on_error: ErrorHandler,
    limits: Limits,
    metrics: bool = True,
) -> Iterator[tuple[str, Document]]:
    """Like :func:`extract_files`, but yield ``(path, document)`` pairs."""
    read_ok: deque[str] = deque()

    def tracked() -> Iterator[InputArg]:
        for path in paths:
            read_ok.append(input_name(path))
            yield path

    def on_failure(path: str, error: ResumeKitError) -> None:
        read_ok.remove(path)
        on_error(path, error)

    for document in extract_files(
        tracked(),
        kind,
        model=model,
        on_error=on_failure,
        limits=limits,
        metrics=metrics,
    ):
        yield read_ok.popleft(), document


def _same(document: Document) -> Document:
    return document


def extract_many(
    inputs: Iterable[InputArg],
    kind: KindArg = "auto",
    *,
    convert: Callable[[Document], Any] = _same,
    jobs: int = 1,
    client: Any = None,
    model: str | None = None,
    limits: Limits | None = None,
    metrics: bool = True,
    on_error: ErrorHandler | None = None,
    on_progress: Callable[[int], None] | None = None,
    chunk_size: int = EXTRACT_CHUNK,
) -> Iterator[Any]:
    """Like :func:`extract_files`, over any number of inputs, in workers or on a Dask cluster.

    Inputs are taken lazily and at most a few chunks per worker are in flight, so memory does not
    grow with the number of inputs. Results come out in input order, each chunk's as soon as it
    and those before it are done.

    Args:
        inputs: Paths, bytes, open files or :class:`~resume_kit.read.inputs.NamedText`.
        kind: ``"resume"``, ``"posting"`` or ``"auto"`` (guessed per input).
        convert: Applied to each document in the worker (a picklable module-level function), so
            only what is needed travels back, e.g. the JSON line to print.
        jobs: Worker processes (each loads the pipeline once); 1 works in this process.
        client: A ``dask.distributed.Client`` to send the work to instead.
        model: An installed trained spaCy pipeline to use instead of the blank one.
        limits: The input limits (each input's time budget included); the defaults when None.
        metrics: Find quantified achievements.
        on_error: Called with each input's name and error when it cannot be read or runs out of
            time; the rest go on. Without it the first error is raised.
        on_progress: Called with the number of inputs done (failed ones included) after each chunk.
        chunk_size: Inputs per task.

    Yields:
        ``convert(document)`` of each readable input, in input order.
    """
    resolved = limits or Limits()
    if jobs > 1 or client is not None:
        inputs = portable_inputs(inputs, limits=resolved, on_error=on_error)
    work = partial(
        _extract_chunk,
        kind=kind,
        convert=convert,
        model=model,
        limits=resolved,
        metrics=metrics,
    )
    done = 0
    chunks = map_chunks(
        work,
        inputs,
        chunk_size=chunk_size,
        jobs=jobs,
        client=client,
        prepare=partial(_load_pipeline, model),
    )
    for size, results in chunks:
        for name, value, error in results:
            if error is None:
                yield value
                continue
            failure = ResumeKitError(error)
            if on_error is None:
                raise failure
            on_error(name, failure)
        done += size
        if on_progress is not None:
            on_progress(done)


def _load_pipeline(model: str | None) -> tuple[Language, dict[str, SkillMeta]]:
    """Load what every extraction uses (both cached per process) and freeze it (once).

    The collector is paused while they load, which makes objects only (see
    :func:`~resume_kit.lazy.collector_paused`); the freeze's full collection comes after.
    """
    with collector_paused():
        nlp = build_nlp(model)
        meta = load_skill_meta()
    _freeze_loaded(model)
    return nlp, meta


def _extract_chunk(
    items: list[InputArg],
    *,
    kind: KindArg,
    convert: Callable[[Document], T],
    model: str | None,
    limits: Limits,
    metrics: bool,
) -> list[tuple[str, T | None, str | None]]:
    """Extract one chunk (in a worker): ``(name, convert(document), None)`` or
    ``(name, None, message)`` per input, in order."""
    out: list[tuple[str, T | None, str | None]] = []

    def note(name: str, error: ResumeKitError) -> None:
        out.append((name, None, str(error)))

    # Nothing but the inputs' work and convert runs between their clocks here.
    with alarm_kept():
        for name, document in zip_paths(
            items, kind, model=model, on_error=note, limits=limits, metrics=metrics
        ):
            out.append((name, convert(document), None))
    return out


def portable_inputs(
    values: Iterable[InputArg], *, limits: Limits, on_error: ErrorHandler | None
) -> Iterator[str | SourceText | NamedText]:
    """Inputs another process can read: paths and named texts go as they are (read there);
    standard input, bytes and open files are read here, now (they cannot travel)."""
    for number, value in enumerate(values, 1):
        if isinstance(value, NamedText | SourceText):
            yield value
            continue
        if isinstance(value, str | os.PathLike) and os.fspath(value) != "-":
            yield os.fspath(value)
            continue
        label = input_name(value)
        if label in (BYTES_NAME, FILE_NAME):  # unnamed: number them so results stay apart
            label = f"{label[:-1]} {number}>"
        try:
            source = read_input(value, name=label, limits=limits)
        except ResumeKitError as error:
            if on_error is None:
                raise
            on_error(label, error)
            continue
        yield source
