"""The library's entry points: each calls the pipeline hops in order.

``load_*`` read a file into a structured model (no spaCy); :func:`extract` runs the spaCy pipeline
over many documents at once (``nlp.pipe``) and fills in skills, metrics and requirement levels.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Literal, overload

from resume_kit.errors import ResumeKitError, UsageError
from resume_kit.models import Document, DocumentKind, Posting, Resume, SourceText

PathArg = str | os.PathLike[str]
KindArg = Literal["resume", "posting", "auto"]

DEFAULT_MAX_BYTES = 20_000_000

# Words that say "this is a job ad" vs "this is someone's CV". Counted, not matched once, so one
# stray word does not decide; ties go to the resume (the more common input).
_POSTING_CUES = re.compile(
    r"\b(responsibilities|requirements|qualifications|what you('ll| will) (do|bring)|you will|"
    r"we are (looking|seeking|hiring)|we offer|benefits|nice to have|apply|the role|"
    r"about (us|the role|the team)|job (description|type)|salary|equal opportunity)\b",
    re.IGNORECASE,
)
_RESUME_CUES = re.compile(
    r"\b(professional experience|work history|employment history|experience|education|"
    r"certifications?|summary|skills|references|present)\b|@|\b(19|20)\d\d\s*[-–—]",
    re.IGNORECASE,
)


def guess_kind(source: SourceText) -> DocumentKind:
    """Guess whether a text is a resume or a job posting.

    Args:
        source: What a reader returned.

    Returns:
        ``"resume"`` or ``"posting"``.
    """
    if source.format == "json-resume":
        return "resume"
    if source.format == "json-job":
        return "posting"
    head = source.text[:20_000]
    posting = len(_POSTING_CUES.findall(head))
    resume = len(_RESUME_CUES.findall(head))
    return "posting" if posting > resume else "resume"


def read(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read any supported file (or ``"-"`` for stdin) into plain text with format hints."""
    from resume_kit.readers import read_source

    return read_source(path, max_bytes=max_bytes)


def load_resume(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Resume:
    """Read a resume file into a structured :class:`~resume_kit.models.Resume` (no skills yet).

    Args:
        path: A ``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.html`` or JSON Resume ``.json`` file, or
            ``"-"`` for standard input.
        max_bytes: Refuse larger files.

    Returns:
        The resume's text, sections, contact, roles, education and certifications.

    Raises:
        InputFileError: The file cannot be read; the message says why and what to do.
    """
    from resume_kit.sections import parse_resume

    return parse_resume(read(path, max_bytes=max_bytes))


def load_posting(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Posting:
    """Read a job posting file into a structured :class:`~resume_kit.models.Posting`.

    Args:
        path: A ``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.html`` (saved from a browser) or JSON
            Resume job ``.json`` file, or ``"-"`` for standard input.
        max_bytes: Refuse larger files.

    Returns:
        The posting's text, sections, title, company, years and degree asked (no skills yet).

    Raises:
        InputFileError: The file cannot be read; the message says why and what to do.
    """
    from resume_kit.sections import parse_posting

    return parse_posting(read(path, max_bytes=max_bytes))


def load_document(
    path: PathArg, kind: KindArg = "auto", *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a resume or a posting; with ``kind="auto"`` guess which from its content.

    Args:
        path: The file, or ``"-"`` for standard input.
        kind: ``"resume"``, ``"posting"`` or ``"auto"``.
        max_bytes: Refuse larger files.

    Returns:
        A Resume or a Posting.
    """
    from resume_kit.sections import parse_posting, parse_resume

    source = read(path, max_bytes=max_bytes)
    resolved = guess_kind(source) if kind == "auto" else kind
    if resolved == "resume":
        return parse_resume(source)
    if resolved == "posting":
        return parse_posting(source)
    raise UsageError(f"unknown kind {kind!r}; use resume, posting or auto")


@overload
def extract(documents: Resume, *, model: str | None = None) -> Resume: ...
@overload
def extract(documents: Posting, *, model: str | None = None) -> Posting: ...
@overload
def extract(
    documents: Iterable[Document], *, model: str | None = None
) -> list[Document]: ...


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
    documents: Iterable[Document], *, model: str | None = None, batch_size: int = 64
) -> Iterator[Document]:
    """Like :func:`extract`, but yield each enriched document as soon as it is ready."""
    from resume_kit.extract import enrich_document
    from resume_kit.keywords import load_skill_meta
    from resume_kit.nlp import build_nlp

    nlp = build_nlp(model)
    meta = load_skill_meta()
    pending: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            pending.append(document)
            yield document.text

    for doc in nlp.pipe(texts(), batch_size=batch_size):
        yield enrich_document(doc, pending.popleft(), meta)


ErrorHandler = Callable[[str, ResumeKitError], None]


def extract_files(
    paths: Iterable[PathArg],
    kind: KindArg = "auto",
    *,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Read and extract many files in one stream, yielding each document when it is ready.

    Args:
        paths: The files (``"-"`` for standard input).
        kind: ``"resume"``, ``"posting"`` or ``"auto"`` (guessed per file).
        model: An installed trained spaCy pipeline to use instead of the blank one.
        max_bytes: Refuse larger files.
        on_error: Called with the path and the error for each file that cannot be read; the rest
            go on. Without it the first error is raised.

    Yields:
        The enriched Resume / Posting of each readable file, in input order.
    """

    def loaded() -> Iterator[Document]:
        for path in paths:
            try:
                yield load_document(path, kind, max_bytes=max_bytes)
            except ResumeKitError as exc:
                if on_error is None:
                    raise
                on_error(os.fspath(path), exc)

    yield from iter_extracted(loaded(), model=model)
