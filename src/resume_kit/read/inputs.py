"""What the library accepts as a document: a path, the file's bytes, or an open file.

Every ``load_*`` function, :func:`~resume_kit.api.score`,
:func:`~resume_kit.tailoring.application.tailor` and :func:`~resume_kit.api.rank` take an
:data:`InputArg`:

* ``str`` or :class:`os.PathLike`: a file path (``"-"`` is standard input);
* ``bytes`` / ``bytearray`` / ``memoryview``: the file's content. PDF, Word, JSON and HTML are
  recognised from the content; anything else is read as plain text unless ``format=`` (or a
  ``name=`` with an extension) says otherwise, e.g. ``format="md"`` for Markdown;
* an open file, binary (``open(p, "rb")``, :class:`io.BytesIO`, an upload) or text
  (``open(p)``, :class:`io.StringIO`): read from its current position; its ``name``, when it has
  one, names it in errors and declares the format by its extension;
* a :class:`~resume_kit.model.documents.SourceText` already read (passed through);
* a :class:`NamedText`: a text and what to call it (a line of ``--input-jsonl``), read like a file
  of unknown type (plain text unless its content is HTML or JSON).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import IO, NamedTuple, TypeAlias

from resume_kit.errors import InputFileError
from resume_kit.model.documents import SourceText
from resume_kit.read.limits import DEFAULT_LIMITS, Limits, clock_paused, input_clock
from resume_kit.read.lines import STDIN_NAME
from resume_kit.read.source import read_bytes, read_named_text, read_source


class NamedText(NamedTuple):
    """A document's text and its name (a line of a JSON Lines file of texts)."""

    name: str
    text: str


InputArg: TypeAlias = (
    str
    | os.PathLike[str]
    | bytes
    | bytearray
    | memoryview
    | IO[bytes]
    | IO[str]
    | SourceText
    | NamedText
)
"""A document as the library accepts it (see the module docstring)."""

BYTES_NAME = "<bytes>"
FILE_NAME = "<file>"


def _file_name(value: object) -> str | None:
    name = getattr(value, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    return name if isinstance(name, str) and name else None


def input_name(value: InputArg, *, name: str | None = None) -> str:
    """How to call an input in messages and rankings: its path, its file's name, or a label."""
    if name:
        return name
    if isinstance(value, str | os.PathLike):
        return os.fspath(value)
    if isinstance(value, SourceText):
        return value.source
    if isinstance(value, NamedText):
        return value.name
    if isinstance(value, bytes | bytearray | memoryview):
        return BYTES_NAME
    return _file_name(value) or FILE_NAME


def clock_of(
    value: InputArg, limits: Limits, *, name: str | None = None
) -> AbstractContextManager[Callable[[], None]]:
    """The clock of one input (its ``Limits.max_seconds`` budget), named as its errors are.

    Reading, structure and extraction of the input run inside it; see
    :func:`~resume_kit.read.limits.input_clock`.
    """
    label = input_name(value, name=name)
    return input_clock(limits, path=STDIN_NAME if label == "-" else label)


def read_input(
    value: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    limits: Limits | None = None,
) -> SourceText:
    """Read any accepted input into normalised text (see the module docstring).

    Args:
        value: A path, the file's bytes, an open file (binary or text) or a SourceText.
        format: ``txt``, ``md``, ``docx``, ``pdf``, ``html`` or ``json``, for content whose name
            and bytes do not tell (mainly Markdown). For a path it overrides the extension.
        name: What to call bytes or a file object in errors and ``source`` (default: the file's
            ``name``, else ``"<bytes>"`` / ``"<file>"``).
        limits: The input limits (see SECURITY.md; the public functions resolve their
            ``max_bytes`` shortcut into it); the defaults when None.

    Returns:
        The text, its format and hints.

    Raises:
        InputFileError: The input cannot be read; the message names it and says why.
        UsageError: ``format`` is unknown.
        TypeError: ``value`` is none of the accepted types.
    """
    limits = limits or DEFAULT_LIMITS
    if isinstance(value, SourceText):
        return value
    if isinstance(value, NamedText):
        return read_named_text(value.text, name=name or value.name, limits=limits)
    if isinstance(value, str | os.PathLike):
        return read_source(value, format=format, limits=limits)
    if isinstance(value, bytes | bytearray | memoryview):
        return read_bytes(bytes(value), name=name or BYTES_NAME, format=format, limits=limits)
    read = getattr(value, "read", None)
    if not callable(read):
        raise TypeError(f"expected a path, bytes or an open file, not {type(value).__name__}")
    label = input_name(value, name=name)
    try:
        with clock_paused():  # a pipe or an upload may still be arriving: waiting is not work
            content = read(limits.max_bytes + 1)
    except (OSError, ValueError) as exc:  # closed file, unreadable stream
        raise InputFileError(f"cannot be read: {exc}", path=label) from exc
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    return read_bytes(data, name=label, format=format, limits=limits)
