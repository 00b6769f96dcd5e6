"""Run the spaCy pipeline over many documents in one stream and fill in what it finds.

:func:`extract` takes loaded documents; :func:`extract_files` reads, loads and extracts files,
yielding each document as soon as it is ready.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, overload

from resume_kit.errors import ResumeKitError
from resume_kit.model.documents import Document, Posting, Resume, SourceText
from resume_kit.nlp.doc_text import TEXT_KEY
from resume_kit.nlp.extraction import enrich_document
from resume_kit.nlp.pipeline import METRICS_PIPE, build_nlp
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.read.inputs import InputArg, input_name
from resume_kit.read.limits import Limits, resolve_limits
from resume_kit.structure.documents import KindArg, load_document

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ErrorHandler", "extract", "extract_files", "iter_extracted", "zip_paths"]


@overload
def extract(documents: Resume, *, model: str | None = None) -> Resume: ...
@overload
def extract(documents: Posting, *, model: str | None = None) -> Posting: ...
@overload
def extract(documents: Iterable[Document], *, model: str | None = None) -> list[Document]: ...


def extract(
    documents: Document | Iterable[Document], *, model: str | None = None
) -> Document | list[Document]:
    """Find skills, certifications and quantified achievements in resumes and postings.

    Many documents go through spaCy's ``nlp.pipe`` in one stream, so a thousand postings cost one
    pipeline build.

    Args:
        documents: One Resume / Posting, or an iterable of them (e.g. from :func:`load_document`).
        model: An installed trained spaCy pipeline to use instead of the blank one.

    Returns:
        The same document(s), copied with ``skills`` and ``metrics`` (and, for postings,
        ``requirements`` and ``certifications_asked``) filled in.
    """
    if isinstance(documents, Resume | Posting):
        return next(iter_extracted([documents], model=model))
    return list(iter_extracted(documents, model=model))


def iter_extracted(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 64,
    metrics: bool = True,
) -> Iterator[Document]:
    """Like :func:`extract`, but yield each enriched document as soon as it is ready.

    ``metrics=False`` skips finding quantified achievements (``metrics`` stays empty): scoring
    reads them from the resume only, so ranking postings does without them.
    """
    nlp = build_nlp(model)
    meta = load_skill_meta()
    pending: deque[Document] = deque()

    def texts() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            # The readers already held the text to Limits.max_chars: spaCy must not refuse it.
            nlp.max_length = max(nlp.max_length, len(document.text) + 1)
            # Tokenized here so the components get the text itself: Doc.text rebuilds it from
            # every token (a tenth of ranking time).
            doc = nlp.make_doc(document.text)
            doc.user_data[TEXT_KEY] = document.text
            yield doc

    disable = [] if metrics else [METRICS_PIPE]
    for doc in nlp.pipe(texts(), batch_size=batch_size, disable=disable):
        yield enrich_document(doc, pending.popleft(), meta)


ErrorHandler = Callable[[str, ResumeKitError], None]


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

    Args:
        paths: The files (``"-"`` for standard input), or their bytes or open files.
        kind: ``"resume"``, ``"posting"`` or ``"auto"`` (guessed per file).
        model: An installed trained spaCy pipeline to use instead of the blank one.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.
        on_error: Called with the path and the error for each file that cannot be read; the rest
            go on. Without it the first error is raised.
        metrics: Find quantified achievements (False leaves ``metrics`` empty, for speed where
            nothing reads them).

    Yields:
        The enriched Resume / Posting of each readable file, in input order.
    """

    resolved = resolve_limits(limits, max_bytes)

    def loaded() -> Iterator[Document]:
        for path in paths:
            try:
                yield load_document(path, kind, limits=resolved)
            except ResumeKitError as exc:
                if on_error is None:
                    raise
                on_error(input_name(path), exc)

    yield from iter_extracted(loaded(), model=model, metrics=metrics)


def zip_paths(
    paths: Iterable[str | SourceText],
    kind: KindArg,
    *,
    model: str | None,
    on_error: ErrorHandler,
    limits: Limits,
    metrics: bool = True,
) -> Iterator[tuple[str, Document]]:
    """Like :func:`extract_files`, but yield ``(path, document)`` pairs."""
    read_ok: deque[str] = deque()

    def tracked() -> Iterator[str | SourceText]:
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
