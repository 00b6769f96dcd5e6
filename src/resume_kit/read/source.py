"""Read a resume or job posting from disk (or stdin, or bytes in memory) into a
:class:`~resume_kit.model.documents.SourceText`: the declared format, the format the content
shows (sniffing), and dispatch to the reader of that format.

Supported: ``.txt``/``.text``, ``.md``/``.markdown``, ``.docx``, ``.doc`` (through LibreOffice),
``.pdf``, ``.html``/``.htm``, ``.json`` (JSON Resume, or the JSON Resume job schema). The content
is sniffed as well, so a PDF or Word file saved with the wrong extension is still read as what it
is. Every problem with the input becomes an :class:`~resume_kit.errors.InputFileError` whose
message names the file and says what to do; heavy libraries (python-docx, pdfminer.six,
BeautifulSoup, markdown-it) are imported only by the function that needs them, so importing this
module stays cheap; so are the readers of PDF, Word, HTML and JSON themselves (their patterns and
tables are a tenth of a command's start, and plain text, the usual batch input, needs none).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from resume_kit.errors import InputFileError, UsageError
from resume_kit.model.documents import SourceText
from resume_kit.read.failures import warnings_when_read
from resume_kit.read.limits import (
    DEFAULT_LIMITS,
    Limits,
    check_text,
    clock_paused,
    input_clock,
    over_limit,
    resolve_limits,
)
from resume_kit.read.lines import STDIN_NAME, build_source_text
from resume_kit.read.plain import decode_encoded, decode_text, read_plain

__all__ = ["SUPPORTED_EXTENSIONS", "read_bytes", "read_named_text", "read_source"]

SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
"""Extension (lower case) -> reader format."""

# Formats people often have, with what to do about them.
_CONVERT_HINTS = {
    ".rtf": "RTF is not supported; save it as .docx or .txt and try again",
    ".odt": "OpenDocument files are not supported; save it as .docx or PDF and try again",
    ".pages": "Pages files are not supported; export it as .docx or PDF and try again",
}

_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_EXTENSIONS))


# --------------------------------------------------------------------------------------------
# entry point


def read_source(
    path: str | os.PathLike[str],
    *,
    stdin_text: str | None = None,
    format: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> SourceText:
    """Read a resume or posting file into normalised plain text.

    Args:
        path: The file to read; ``"-"`` reads standard input (its format is sniffed: a JSON
            object, a PDF, a .docx, HTML, or else plain text).
        stdin_text: Text to use instead of reading ``sys.stdin`` when ``path`` is ``"-"``
            (for tests and callers that already hold the text).
        format: The format, overriding the file's extension (see :func:`read_bytes`).
        max_bytes: Refuse files larger than this many bytes (checked before reading); a
            shortcut for ``limits.max_bytes``, which it overrides.
        limits: The :class:`~resume_kit.read.limits.Limits` to read within (defaults otherwise).

    Returns:
        The text, its format (``txt``, ``md``, ``docx``, ``pdf``, ``html``, ``json-resume`` or
        ``json-job``), the offsets of heading lines and, for JSON and HTML with JSON-LD, the
        parsed data.

    Raises:
        InputFileError: The file is missing, unreadable, too large, empty, of an unsupported
            type, corrupt, encrypted, or holds no text. The message names the file.
        LimitExceededError: The file is over one of the limits (an InputFileError too).
    """
    source = os.fspath(path)
    limits = resolve_limits(limits, max_bytes)
    if source == "-":
        with warnings_when_read():
            result = _read_stdin(stdin_text, limits)
            check_text(result.text, limits, path=STDIN_NAME)
        return result

    file = Path(source)
    if not file.exists():
        raise InputFileError("not found; check the path", path=source)
    if file.is_dir():
        raise InputFileError("is a directory, not a file; give the path of a file", path=source)
    suffix = file.suffix.lower()
    declared = _declared_format(format, suffix, source)
    if format is None and suffix and suffix not in SUPPORTED_EXTENSIONS:
        raise InputFileError(
            f"unsupported file type {suffix!r}; supported: {_SUPPORTED_LIST}", path=source
        )
    try:
        size = file.stat().st_size
        if size > limits.max_bytes:
            raise over_limit(
                "max_bytes", f"is {size:,} bytes", limits.max_bytes, "byte", path=source
            )
        with clock_paused():  # fetching the bytes is not work on them
            data = file.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot be read: {exc.strerror or exc}", path=source) from exc

    with warnings_when_read():
        result = _read_bytes(data, source=source, declared=declared, limits=limits)
        check_text(result.text, limits, path=source)
    return result


def read_bytes(
    data: bytes,
    *,
    name: str | None = None,
    format: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> SourceText:
    """Read a file's content already in memory, as :func:`read_source` reads the file.

    Args:
        data: The file's bytes.
        name: What to call it in errors and ``SourceText.source`` (default ``"<bytes>"``); its
            extension, if supported, declares the format.
        format: The format when neither the name nor the content tells: ``txt``, ``md``,
            ``docx``, ``pdf``, ``html`` or ``json`` (or an extension such as ``".md"``). PDF,
            Word, JSON and HTML content is recognised without it; Markdown is not.
        max_bytes: Refuse more bytes than this (a shortcut for ``limits.max_bytes``).
        limits: The :class:`~resume_kit.read.limits.Limits` to read within (defaults otherwise).

    Returns:
        The text, its format and hints, as :func:`read_source` returns them.

    Raises:
        InputFileError: The content is too large, empty, unsupported, corrupt or holds no text.
        UsageError: ``format`` is not one of the supported formats.
    """
    limits = resolve_limits(limits, max_bytes)
    label = name or "<bytes>"
    declared = _declared_format(format, Path(name).suffix.lower() if name else "", label)
    return _read_within_limits(data, label=label, declared=declared, limits=limits)


def read_named_text(text: str, *, name: str, limits: Limits | None = None) -> SourceText:
    """Read a document given as text, as a file of unknown type is read (standard input's way).

    The name only names it: an id such as ``"job.pdf"`` declares no format.

    Raises:
        InputFileError: The text is over a limit, empty or holds no text.
    """
    limits = limits or DEFAULT_LIMITS
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")  # a lone surrogate becomes "?"
        given = None
    else:
        # Its bytes are valid UTF-8: decoding them gives the text back unless a NUL in it makes
        # them look like UTF-16, so it is not decoded again (see decode_encoded).
        given = None if "\x00" in text else text
    return _read_within_limits(data, label=name, declared=None, limits=limits, text=given)


def _read_within_limits(
    data: bytes, *, label: str, declared: str | None, limits: Limits, text: str | None = None
) -> SourceText:
    """``data`` read as ``declared`` (None: sniffed), refused over the byte or text limits;
    ``text``: what ``data`` decodes to, when known (see :func:`_parse_bytes`)."""
    if len(data) > limits.max_bytes:
        raise over_limit(
            "max_bytes", f"is {len(data):,} bytes", limits.max_bytes, "byte", path=label
        )
    with warnings_when_read():
        result = _read_bytes(data, source=label, declared=declared, limits=limits, text=text)
        check_text(result.text, limits, path=label)
    return result


def _declared_format(format: str | None, suffix: str, label: str) -> str | None:
    """The format a caller's ``format`` names, else the one a file name's ``suffix`` declares.

    Raises:
        UsageError: ``format`` is not a supported format.
        InputFileError: The suffix is a format to convert first (e.g. ``.doc``).
    """
    if format is not None:
        key = format.lower() if format.startswith(".") else "." + format.lower()
        declared = SUPPORTED_EXTENSIONS.get(key)
        if declared is None or declared == "doc":  # an old .doc is known by its name or content
            raise UsageError(f"unknown format {format!r}; use txt, md, docx, pdf, html or json")
        return declared
    if suffix in _CONVERT_HINTS:
        raise InputFileError(_CONVERT_HINTS[suffix], path=label)
    return SUPPORTED_EXTENSIONS.get(suffix)


def _read_stdin(stdin_text: str | None, limits: Limits) -> SourceText:
    max_bytes = limits.max_bytes
    if stdin_text is not None:
        data = stdin_text.encode("utf-8", "replace")  # a lone surrogate becomes "?"
    else:
        try:
            buffer = getattr(sys.stdin, "buffer", None)  # absent when stdin was replaced by text
            with clock_paused():  # waiting for a producer is not work on the input
                if buffer is not None:
                    data = buffer.read(max_bytes + 1)
                else:
                    data = sys.stdin.read(max_bytes + 1).encode("utf-8")
        except (OSError, ValueError) as exc:
            raise InputFileError(f"cannot be read: {exc}", path=STDIN_NAME) from exc
    if len(data) > max_bytes:
        raise over_limit("max_bytes", "is too large", max_bytes, "byte", path=STDIN_NAME)
    return _read_bytes(data, source="-", declared=None, limits=limits)


# --------------------------------------------------------------------------------------------
# dispatch


def _sniff(data: bytes, declared: str | None) -> str | None:
    """What the bytes really are, when their signature says so (``pdf``, ``zip``, ``ole``)."""
    if data.lstrip().startswith(b"%PDF-"):
        return "pdf"
    if declared == "pdf" and b"%PDF-" in data[:1024]:  # readers accept junk before the header
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    return None


def _sniff_text_format(text: str) -> str:
    """Guess ``json``, ``html`` or ``txt`` for text of unknown type (stdin, no extension)."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        try:
            if isinstance(json.loads(text.lstrip("\ufeff")), dict):
                return "json"
        except (ValueError, RecursionError):
            pass
    # Lowering only a text with a "<" where it is looked at: no character lowers to "<".
    if head.startswith("<") and head[:200].lower().startswith(("<!doctype html", "<html")):
        return "html"
    if _BODY_TAG_RE.search(text, 0, 5000) is not None:
        return "html"
    return "txt"


# "<body" in any case among the first 5,000 characters, as ``"<body" in text[:5000].lower()``
# finds it: only "<" and the ASCII letters lower to those characters (tests/read checks every
# character), so the text is searched where it lies, not copied and lowered (2.5 us a posting).
_BODY_TAG_RE = re.compile(r"<(?i:body)")


def _read_bytes(
    data: bytes, *, source: str, declared: str | None, limits: Limits, text: str | None = None
) -> SourceText:
    """Parse ``data`` as the format its content shows, else the one its extension declares,
    within the input's time budget (``Limits.max_seconds``, shared with structure and
    extraction when they run it)."""
    with input_clock(limits, path=STDIN_NAME if source == "-" else source):
        return _parse_bytes(data, source=source, declared=declared, limits=limits, text=text)


def _parse_bytes(
    data: bytes, *, source: str, declared: str | None, limits: Limits, text: str | None = None
) -> SourceText:
    """``text``: the str ``data`` is the UTF-8 encoding of, when it holds no NUL (a text given
    as such): its bytes are not decoded again."""
    name = STDIN_NAME if source == "-" else source
    if not data.strip():
        raise InputFileError("is empty; nothing to read", path=name)

    actual = _sniff(data, declared)
    if actual == "pdf":
        from resume_kit.read.pdf import read_pdf

        return build_source_text(source, "pdf", read_pdf(data, name, limits))
    if actual == "zip":
        from resume_kit.read.word import is_docx_zip, read_docx

        if declared in (None, "docx") or is_docx_zip(data):
            return build_source_text(source, "docx", read_docx(data, name, limits))
        raise InputFileError(f"is a ZIP archive, not a {declared} file", path=name)
    if actual == "ole" or (declared == "doc" and actual is None):
        from resume_kit.read.legacy_word import is_word_binary, read_doc

        if actual == "ole" and is_word_binary(data):
            return build_source_text(source, "docx", read_doc(data, name, limits))
        if declared == "doc" and actual is None:
            # Word 2003 XML (or RTF, or HTML) saved with the .doc extension: LibreOffice reads them.
            return build_source_text(source, "docx", read_doc(data, name, limits))
    if actual == "ole":
        raise InputFileError(
            "is an old Word .doc file or a password-protected document; "
            "save an unprotected .docx or PDF copy and try again",
            path=name,
        )
    if declared == "pdf":
        raise InputFileError(
            "is not a PDF (no %PDF header); it may be corrupt or another type of file", path=name
        )
    if declared == "docx":
        raise InputFileError(
            "is not a Word .docx file (it is not a ZIP package); save it again as .docx",
            path=name,
        )

    decoded = decode_text(data, name) if text is None else decode_encoded(text, name)
    text = decoded.text
    fmt = declared or _sniff_text_format(text)
    if fmt == "json":
        from resume_kit.read.json_input import read_json

        return read_json(text, source, name)
    if fmt == "html":
        from resume_kit.read.web import declared_charset, read_html

        # The page's bytes when they are UTF-8 or declare their own charset (BeautifulSoup honours
        # it); else the text as decoded here, with any Windows-1252 bytes in UTF-8 read as such.
        as_bytes = declared and (decoded.exact or declared_charset(data) not in (None, "utf-8"))
        lines, jsonld = read_html(data if as_bytes else text)
        return build_source_text(source, "html", lines, {"jsonld": jsonld} if jsonld else None)
    if fmt == "md":
        from resume_kit.read.plain import read_markdown

        return build_source_text(source, "md", read_markdown(text))
    return build_source_text(source, "txt", read_plain(text), cleaned=True)
