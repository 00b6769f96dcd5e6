"""Load a file into a structured Resume or Posting: read it, then find its structure (no spaCy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar

from resume_kit.errors import UsageError
from resume_kit.model.documents import Document, Posting, Resume, SourceText
from resume_kit.read.inputs import InputArg, clock_of, read_input
from resume_kit.read.limits import Limits, resolve_limits
from resume_kit.structure.kind import parse_either
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.resume import parse_resume

__all__ = ["KindArg", "load_document", "load_posting", "load_resume"]

KindArg = Literal["resume", "posting", "auto"]

_Parsed = TypeVar("_Parsed", bound=Document)
# What each kind is parsed with; "auto" parses once (the guess keeps what it parsed).
_PARSERS: dict[str, Callable[[SourceText], Document]] = {
    "resume": parse_resume,
    "posting": parse_posting,
    "auto": parse_either,
}


def _load(
    path: InputArg,
    parse: Callable[[SourceText], _Parsed],
    format: str | None,
    name: str | None,
    max_bytes: int | None,
    limits: Limits | None,
) -> _Parsed:
    """Read ``path`` and ``parse`` its text, both within the input's limits and time budget."""
    resolved = resolve_limits(limits, max_bytes)
    with clock_of(path, resolved, name=name):
        return parse(read_input(path, format=format, name=name, limits=resolved))


def load_resume(
    path: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Resume:
    """Read a resume file into a structured :class:`~resume_kit.model.Resume` (no skills yet).

    Args:
        path: A ``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.html`` or JSON Resume ``.json`` file, or
            ``"-"`` for standard input; or its bytes, or an open binary or text file.
        format: The format when the name and content do not tell (see :func:`resume_kit.api.read`).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md), among them the time budget of the input
            (``max_seconds``, spent on reading and structure here); the defaults when None.

    Returns:
        The resume's text, sections, contact, roles, education and certifications.

    Raises:
        InputFileError: The file cannot be read; the message says why and what to do.
        LimitExceededError: The file is over a limit or ran out of its time budget.
    """
    return _load(path, parse_resume, format, name, max_bytes, limits)


def load_posting(
    path: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Posting:
    """Read a job posting file into a structured :class:`~resume_kit.model.documents.Posting`.

    Args:
        path: A ``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.html`` (saved from a browser) or JSON
            Resume job ``.json`` file, or ``"-"`` for standard input; or its bytes, or an open
            binary or text file.
        format: The format when the name and content do not tell (see :func:`resume_kit.api.read`).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md), among them the time budget of the input
            (``max_seconds``, spent on reading and structure here); the defaults when None.

    Returns:
        The posting's text, sections, title, company, years and degree asked (no skills yet).

    Raises:
        InputFileError: The file cannot be read; the message says why and what to do.
        LimitExceededError: The file is over a limit or ran out of its time budget.
    """
    return _load(path, parse_posting, format, name, max_bytes, limits)


def load_document(
    path: InputArg,
    kind: KindArg = "auto",
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Document:
    """Read a resume or a posting; with ``kind="auto"`` guess which from its content.

    Args:
        path: The file, or ``"-"`` for standard input; or its bytes, or an open file.
        kind: ``"resume"``, ``"posting"`` or ``"auto"``.
        format: The format when the name and content do not tell (see :func:`resume_kit.api.read`).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md), among them the time budget of the input
            (``max_seconds``, spent on reading and structure here); the defaults when None.

    Returns:
        A Resume or a Posting.
    """
    if kind not in _PARSERS:
        raise UsageError(f"unknown kind {kind!r}; use resume, posting or auto")
    return _load(path, _PARSERS[kind], format, name, max_bytes, limits)
