"""Many inputs named at once: paths, folders, globs and JSON Lines files of texts.

``rank`` and ``extract`` take any number of inputs. A shell cannot pass a hundred thousand file
names, so a folder stands for the files in it and a quoted glob (``'jobs/*.txt'``) for the files it
matches; ``--input-jsonl FILE`` reads one ``{"id": ..., "text": ...}`` object a line. Everything is
produced lazily, one input at a time, so a batch never holds every text at once.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from resume_kit.errors import InputFileError
from resume_kit.read.inputs import NamedText
from resume_kit.read.lines import STDIN_NAME
from resume_kit.read.source import SUPPORTED_EXTENSIONS

__all__ = ["count_jsonl", "expand_paths", "iter_jsonl"]

_GLOB_CHARS = frozenset("*?[")


def expand_paths(args: Iterable[str]) -> Iterator[str]:
    """The files the arguments name, in order.

    A folder stands for its files of a supported type (``.txt``, ``.docx``, ``.pdf``, ...), sorted
    by name, not descending into subfolders (a folder without any is passed on, for its reader to
    report); an argument that is no file but holds ``*``, ``?`` or
    ``[`` is a glob, its matches sorted (``**`` descends). Anything else is passed on as it is:
    ``"-"`` for standard input, or a missing file, which its reader reports.
    """
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            names = sorted(e.name for e in os.scandir(arg) if _supported_file(e))
            if not names:  # nothing to read in it: its reader says so ("is a directory")
                yield arg
            yield from (os.path.join(arg, name) for name in names)
        elif not os.path.exists(arg) and _GLOB_CHARS & set(arg):
            matches = sorted(p for p in glob.iglob(arg, recursive=True) if os.path.isfile(p))
            yield from matches if matches else [arg]  # nothing matched: "not found" says so
        else:
            yield arg


def _supported_file(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith("."):
        return False
    return Path(entry.name).suffix.lower() in SUPPORTED_EXTENSIONS and entry.is_file()


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[NamedText]:
    """The texts of a JSON Lines file, one ``{"id": ..., "text": ...}`` object a line.

    ``id`` (a string or a number) names the text in results and errors; without one the text is
    called ``FILE:LINE``. Blank lines are skipped; ``"-"`` reads standard input.

    Raises:
        InputFileError: The file cannot be opened, or a line is no such object (the error names
            the file and the line).
    """
    name = os.fspath(path)
    if name == "-":
        # Standard input stays open for whoever reads it next; decoded as UTF-8 whatever the locale.
        stdin = getattr(sys.stdin, "buffer", None)
        lines = codecs.getreader("utf-8")(stdin) if stdin is not None else sys.stdin
        yield from _records(lines, STDIN_NAME)
        return
    try:
        fh = open(name, encoding="utf-8")  # noqa: SIM115 (closed below; a generator holds it)
    except OSError as exc:
        raise InputFileError(f"cannot be read: {exc.strerror or exc}", path=name) from exc
    with fh:
        yield from _records(fh, name)


def _records(lines: Iterable[str], name: str) -> Iterator[NamedText]:
    number = 0
    try:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield _record(line, name, number)
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"line {number + 1}: is not UTF-8 text ({exc.reason}); save the file as UTF-8",
            path=name,
        ) from exc


def _record(line: str, name: str, number: int) -> NamedText:
    where = f"line {number}"
    try:
        value = json.loads(line)
    except ValueError as exc:
        raise InputFileError(
            f"{where}: is not JSON ({exc}); each line must be one "
            '{"id": ..., "text": ...} object',
            path=name,
        ) from exc
    if not isinstance(value, dict):
        raise InputFileError(
            f'{where}: is a JSON {type(value).__name__}, not an {{"id": ..., "text": ...}} object',
            path=name,
        )
    text = value.get("text")
    if not isinstance(text, str):
        raise InputFileError(f'{where}: has no "text" string', path=name)
    ident = value.get("id")
    if ident is None:
        return NamedText(f"{name}:{number}", text)
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        raise InputFileError(f'{where}: "id" must be a string or a number', path=name)
    return NamedText(str(ident), text)


def count_jsonl(path: str | os.PathLike[str]) -> int | None:
    """How many non-blank lines a JSON Lines file has (for a progress bar), None if unreadable."""
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return None
