"""Read a resume or job posting from disk (or stdin) into a
:class:`~resume_kit.model.documents.SourceText`.

Every format ends up as the same kind of plain text: ``\\n`` line endings, one paragraph, list item
or table cell per line, list items starting with ``"• "``, no control characters, no trailing
spaces; ``heading_lines`` holds the offsets of the lines the format itself marks as headings.

Supported: ``.txt``/``.text``, ``.md``/``.markdown``, ``.docx``, ``.pdf``, ``.html``/``.htm``,
``.json`` (JSON Resume, or the JSON Resume job schema). The content is sniffed as well, so a PDF or
Word file saved with the wrong extension is still read as what it is. Every problem with the input
becomes an :class:`~resume_kit.errors.InputFileError` whose message names the file and says what
to do; heavy libraries (python-docx, pdfminer.six, BeautifulSoup, markdown-it) are imported only by
the function that needs them, so importing this module stays cheap.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from resume_kit.errors import InputFileError, UsageError
from resume_kit.model.documents import SourceText
from resume_kit.read.limits import (
    Limits,
    check_text,
    check_zip,
    over_limit,
    pdf_clock,
    resolve_limits,
)

__all__ = ["SUPPORTED_EXTENSIONS", "read_bytes", "read_source"]

SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
"""Extension (lower case) -> reader format."""

# Formats people often have, with what to do about them.
_CONVERT_HINTS = {
    ".doc": "old Word .doc files are not supported; save it as .docx or PDF and try again",
    ".rtf": "RTF is not supported; save it as .docx or .txt and try again",
    ".odt": "OpenDocument files are not supported; save it as .docx or PDF and try again",
    ".pages": "Pages files are not supported; export it as .docx or PDF and try again",
}

_STDIN = "<stdin>"  # how errors name standard input
_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_EXTENSIONS))

Line = tuple[str, bool]
"""One output line and whether the format marks it as a heading."""


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
        result = _read_stdin(stdin_text, limits)
        check_text(result.text, limits, path=_STDIN)
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
        data = file.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot be read: {exc.strerror or exc}", path=source) from exc

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
    if len(data) > limits.max_bytes:
        raise over_limit(
            "max_bytes", f"is {len(data):,} bytes", limits.max_bytes, "byte", path=label
        )
    result = _read_bytes(data, source=label, declared=declared, limits=limits)
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
        if declared is None:
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
            if buffer is not None:
                data = buffer.read(max_bytes + 1)
            else:
                data = sys.stdin.read(max_bytes + 1).encode("utf-8")
        except (OSError, ValueError) as exc:
            raise InputFileError(f"cannot be read: {exc}", path=_STDIN) from exc
    if len(data) > max_bytes:
        raise over_limit("max_bytes", "is too large", max_bytes, "byte", path=_STDIN)
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
    lowered = head[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower():
        return "html"
    return "txt"


def _read_bytes(data: bytes, *, source: str, declared: str | None, limits: Limits) -> SourceText:
    """Parse ``data`` as the format its content shows, else the one its extension declares."""
    name = _STDIN if source == "-" else source
    if not data.strip():
        raise InputFileError("is empty; nothing to read", path=name)

    actual = _sniff(data, declared)
    if actual == "pdf":
        return _build(source, "pdf", _read_pdf(data, name, limits))
    if actual == "zip":
        if declared in (None, "docx") or _is_docx_zip(data):
            return _build(source, "docx", _read_docx(data, name, limits))
        raise InputFileError(f"is a ZIP archive, not a {declared} file", path=name)
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

    text = _decode_text(data, name)
    fmt = declared or _sniff_text_format(text)
    if fmt == "json":
        return _read_json(text, source, name)
    if fmt == "html":
        lines, jsonld = _read_html(data if declared else text.encode("utf-8"))
        return _build(source, "html", lines, {"jsonld": jsonld} if jsonld else None)
    if fmt == "md":
        return _build(source, "md", _read_markdown(text))
    return _build(source, "txt", _read_plain(text), cleaned=True)


def _build(
    source: str,
    fmt: str,
    lines: Iterable[Line],
    data: dict[str, Any] | None = None,
    *,
    cleaned: bool = False,
) -> SourceText:
    """Assemble normalised lines into a SourceText; refuse a document with no text.

    ``cleaned``: the lines are already split and passed through ``_clean_line`` (plain text
    is, to join bullet continuations), so they are not cleaned a second time.
    """
    text, headings = _assemble(lines, cleaned=cleaned)
    if not text.strip():
        name = _STDIN if source == "-" else source
        raise InputFileError("contains no text to read", path=name)
    return SourceText(source=source, format=fmt, text=text, heading_lines=headings, data=data)


# --------------------------------------------------------------------------------------------
# normalisation shared by every format

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " "})
# C0 controls except \t and \n, DEL, C1 controls, zero-width characters, soft hyphen, stray BOM.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# Terminal colour codes (text copied from a terminal): the whole sequence goes, not just the ESC.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# A bullet glyph (or Markdown/plain list marker) at the start of a line, followed by a space.
# Includes the private-use code points Word's Symbol/Wingdings bullets come out as in PDFs.
_BULLET = re.compile(
    r"^\s*(?:[-*+•●▪■◦○◘◙–—►▶▸➢➤✓✔❖♦◆·⁃\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]|o(?=\s)|\d{1,2}[.)])"
    r"\s+(?=\S)"
)
_RULE = re.compile(r"^\s*([-*_=~])(\s*\1){2,}\s*$")  # ---, ***, ===: separators, not bullets


def _clean_line(line: str) -> str:
    """Normalise one line (no line breaks in it): spaces, invisible characters, bullet glyph."""
    if line.isascii() and line.isprintable():
        # Most lines: no odd space, control or zero-width character to remove (all of them are
        # either non-ASCII or unprintable), so the three substitutions would change nothing.
        line = line.rstrip()
    else:
        line = _INVISIBLE.sub("", _ANSI.sub("", line.translate(_SPACES))).rstrip()
    # Both patterns start at the first non-space character: most lines open with a letter that
    # neither can start with, and skip both searches.
    first = line.lstrip()[:1]
    if first in _RULE_FIRST and _RULE.match(line):
        return ""
    match = _BULLET.match(line) if first in _BULLET_FIRST or first.isdigit() else None
    if match:
        return "• " + line[match.end() :]
    return line


_RULE_FIRST = frozenset("-*_=~")
_BULLET_FIRST = frozenset("-*+•●▪■◦○◘◙–—►▶▸➢➤✓✔❖♦◆·⁃\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8o")


def _split_lines(text: str) -> list[str]:
    return _LINE_BREAKS.sub("\n", text).split("\n")


def _assemble(lines: Iterable[Line], *, cleaned: bool = False) -> tuple[str, list[int]]:
    """Join lines into the final text: at most one blank line in a row, none at either end."""
    out: list[str] = []
    headings: list[int] = []
    offset = 0
    blank_pending = False
    for raw, is_heading in lines:
        for i, part in enumerate([raw] if cleaned else _split_lines(raw)):
            line = part if cleaned else _clean_line(part)
            if not line.strip():
                blank_pending = bool(out)
                continue
            if blank_pending:
                out.append("")
                offset += 1
                blank_pending = False
            if is_heading and i == 0:
                headings.append(offset)
            out.append(line)
            offset += len(line) + 1
    return "\n".join(out), headings


# --------------------------------------------------------------------------------------------
# plain text and Markdown


def _decode_text(data: bytes, name: str) -> str:
    """Decode text bytes: BOMs, then UTF-8, BOM-less UTF-16, cp1252; refuse binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    sample = data[:4096]
    # UTF-16 without a BOM: ASCII text has a NUL in every other byte.
    if len(sample) >= 4 and sample[1::2].count(0) > 0.4 * len(sample) / 2:
        return data.decode("utf-16-le", errors="replace")
    if len(sample) >= 4 and sample[0::2].count(0) > 0.4 * len(sample) / 2:
        return data.decode("utf-16-be", errors="replace")
    try:
        text = data.decode("utf-8")
        legacy = False
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        legacy = True
    if _looks_binary(text, legacy):
        raise InputFileError(
            "does not look like text (mostly control or undecodable bytes); "
            "check that this is the right file",
            path=name,
        )
    return text


def _looks_binary(text: str, legacy: bool) -> bool:
    """True when over 30% of a sample are control characters or undecodable bytes.

    For cp1252-decoded data (not valid UTF-8) non-letter high characters count too: in real
    Windows text they are the odd smart quote, in binary data a quarter of all bytes.
    """
    sample = text[:8192]
    if not sample:
        return False
    # Counted with a regex, not a Python loop over characters: 2 ms -> 0.1 ms a file when
    # ranking thousands of postings.
    bad = len(_CONTROL_RE.findall(sample))
    if legacy:
        bad += sum(1 for ch in _HIGH_RE.findall(sample) if not ch.isalpha())
    return bad > 0.3 * len(sample)


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_HIGH_RE = re.compile("[^\x00-\x7f\ufffd]")


def _read_plain(text: str) -> list[Line]:
    """Plain text: one line per line; indented lines continuing a bullet are joined to it."""
    lines: list[Line] = []
    in_bullet = False
    for raw in _split_lines(text):
        cleaned = _clean_line(raw)
        continues = (
            in_bullet and raw[:1] in (" ", "\t") and cleaned.strip() and not cleaned.startswith("•")
        )
        if continues:
            lines[-1] = (lines[-1][0] + " " + cleaned.strip(), False)
            continue
        in_bullet = cleaned.startswith("• ")
        lines.append((cleaned, False))
    return lines


def _read_markdown(text: str) -> list[Line]:
    """Markdown to plain lines: markup dropped, headings marked, list items bulleted."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    lines: list[Line] = []
    heading = False
    list_depth = 0
    bullet_pending = False
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if not list_depth:
                lines.append(("", False))
        elif kind == "list_item_open":
            bullet_pending = True
        elif kind in ("paragraph_close", "table_close", "blockquote_close") and not token.hidden:
            lines.append(("", False))
        elif kind == "inline":
            # Inside a list item a soft break is a wrapped line; elsewhere it is the author's line.
            soft = " " if list_depth else "\n"
            content = _markdown_inline(token.children or [], soft)
            if bullet_pending:
                content = "• " + content.lstrip()
                bullet_pending = False
            lines.append((content, heading))
        elif kind in ("fence", "code_block", "html_block"):
            body = token.content
            if kind == "html_block":
                body = re.sub(r"<[^>]*>", " ", body)
            lines.extend((part, False) for part in body.split("\n"))
    return lines


def _markdown_inline(children: list[Any], soft_break: str) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(soft_break)
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)  # the alt text
    return "".join(parts)


# --------------------------------------------------------------------------------------------
# .docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not body text of the paragraph being read: text boxes (read separately),
# the VML copy of a drawing, deleted or moved-away text, field instructions.
_DOCX_SKIP = {
    f"{_W}txbxContent",
    _MC_FALLBACK,
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_W}instrText",
    f"{_W}pPr",
    f"{_W}rPr",
}
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)


def _is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _read_docx(data: bytes, name: str, limits: Limits) -> list[Line]:
    """Body paragraphs, tables and text boxes in document order; header lines the body lacks."""
    if not _is_docx_zip(data):
        raise InputFileError(
            "is not a readable Word .docx file (corrupt, truncated, or another ZIP archive); "
            "open it in Word and save it again as .docx",
            path=name,
        )
    import docx

    try:
        # Before python-docx unzips and parses anything: a zip bomb stops here. (Its XML parser
        # resolves no entities and loads no DTD, so an external entity stays unresolved.)
        check_zip(data, limits, path=name)
        document = docx.Document(io.BytesIO(data))
        reader = _DocxReader(document)
        body = reader.read_blocks(document.element.body)
        header: list[Line] = []
        footer: list[Line] = []
        for section in document.sections:
            for top in (section.first_page_header, section.header):
                if not top.is_linked_to_previous:
                    header.extend(reader.read_blocks(top._element))
            for bottom in (section.first_page_footer, section.footer):
                if not bottom.is_linked_to_previous:
                    footer.extend(reader.read_blocks(bottom._element))
    except InputFileError:
        raise
    except Exception as exc:  # python-docx / lxml / zipfile raise many types on broken files
        raise InputFileError(
            f"is not a readable Word .docx file ({_reason(exc)}); "
            "open it in Word and save it again as .docx",
            path=name,
        ) from exc

    # Contact details often live in the page header: keep header lines the body does not repeat.
    body_text = "\n".join(text for text, _ in body)
    seen: set[str] = set()

    def extra(lines: list[Line]) -> list[Line]:
        kept: list[Line] = []
        for text, is_heading in lines:
            key = " ".join(text.split())
            if not key or key in seen or key in body_text or _PAGE_NUMBER.match(key):
                continue
            seen.add(key)
            kept.append((text, is_heading))
        return kept

    above = extra(header)
    below = extra(footer)
    return [*above, *([("", False)] if above else []), *body, ("", False), *below]


class _DocxReader:
    """Walks WordprocessingML elements (lxml, via python-docx) into lines."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._style_cache: dict[str, tuple[bool, bool]] = {}
        self._styles: dict[str, Any] | None = None

    def read_blocks(self, container: Any) -> list[Line]:
        """Lines of the block-level children (paragraphs, tables, content controls) in order."""
        lines: list[Line] = []
        for child in container.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                lines.extend(self._paragraph(child))
            elif tag == f"{_W}tbl":
                lines.extend(self._table(child))
            elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                lines.extend(self.read_blocks(child))
        return lines

    def _table(self, tbl: Any) -> list[Line]:
        lines: list[Line] = []
        for row in tbl.iter(f"{_W}tr"):
            if row.getparent() is not tbl and row.getparent().getparent() is not tbl:
                continue  # a row of a nested table: read when its table is reached
            for cell in row.iter(f"{_W}tc"):
                if cell.getparent() is not row:
                    continue
                merge = cell.find(f"{_W}tcPr/{_W}vMerge")
                if merge is not None and merge.get(f"{_W}val") in (None, "continue"):
                    continue  # continuation of a vertically merged cell: its text was read above
                lines.extend(self.read_blocks(cell))
                lines.append(("", False))
        return lines

    def _paragraph(self, p: Any) -> list[Line]:
        parts: list[str] = []
        self._collect_text(p, parts)
        text = "".join(parts)
        is_heading, is_list = self._paragraph_kind(p)
        lines: list[Line] = []
        if text.strip():
            first, _, rest = text.partition("\n")
            cleaned = _clean_line(first)
            if is_list and not cleaned.startswith("• "):
                cleaned = "• " + cleaned.lstrip()
            lines.append((cleaned, is_heading))
            if rest:
                lines.append((rest, False))
        # Text boxes anchored in this paragraph, after it (python-docx does not expose them).
        for box in p.iter(f"{_W}txbxContent"):
            if not _inside(box, p, {f"{_W}txbxContent", _MC_FALLBACK}):
                lines.extend(self.read_blocks(box))
        return lines

    def _collect_text(self, element: Any, parts: list[str]) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _DOCX_SKIP:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{_W}sym" and not "".join(parts).strip():
                parts.append("• ")  # a Symbol/Wingdings glyph typed before the text: a bullet
            else:
                self._collect_text(child, parts)

    def _paragraph_kind(self, p: Any) -> tuple[bool, bool]:
        """(is a heading, is a list item) from direct formatting and the paragraph style."""
        ppr = p.find(f"{_W}pPr")
        style_id = None
        heading = False
        listed = False
        if ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            style_id = None if style is None else style.get(f"{_W}val")
            level = ppr.find(f"{_W}outlineLvl")
            heading = _outline_heading(level)
            num = ppr.find(f"{_W}numPr/{_W}numId")
            listed = num is not None and num.get(f"{_W}val") != "0"
        style_heading, style_list = self._style_kind(style_id)
        return heading or style_heading, listed or style_list

    def _style_kind(self, style_id: str | None) -> tuple[bool, bool]:
        if style_id is None:
            return False, False
        if style_id not in self._style_cache:
            heading = listed = False
            if self._styles is None:
                self._styles = {s.style_id: s for s in self._document.styles}
            style = self._styles.get(style_id)
            depth = 0
            while style is not None and depth < 10:  # walk "based on" links, bounded
                name = (style.name or "").lower()
                element = style.element
                heading = heading or name.startswith(("heading", "title"))
                heading = heading or _outline_heading(element.find(f"{_W}pPr/{_W}outlineLvl"))
                listed = listed or (
                    name.startswith("list") and "paragraph" not in name and "continue" not in name
                )
                listed = listed or element.find(f"{_W}pPr/{_W}numPr/{_W}numId") is not None
                style = style.base_style
                depth += 1
            self._style_cache[style_id] = (heading, listed)
        return self._style_cache[style_id]


def _reason(exc: Exception) -> str:
    """A library exception as a short clause for a user message (no object reprs)."""
    text = re.sub(r"'?<_io\.\w+ object at 0x[0-9a-f]+>'?", "the file", str(exc))
    text = " ".join(text.split())
    if len(text) > 160:
        text = text[:157] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _outline_heading(level: Any) -> bool:
    """An outline level 0-8 makes a heading; 9 is Word's "body text"."""
    return level is not None and level.get(f"{_W}val") in {
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
    }


def _inside(element: Any, stop: Any, tags: set[str]) -> bool:
    """True when an ancestor of ``element`` below ``stop`` has one of ``tags``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


# --------------------------------------------------------------------------------------------
# .pdf
#
# Library chosen by measurement (benchmarks/pdf_readers.py: reportlab resumes with known text;
# word recall / share of consecutive lines in order / column switches beyond the one expected /
# ms per document, pypdf 7.1 vs pdfminer.six 20260107):
#
#   layout               pypdf (plain)             pypdf (layout mode)       pdfminer.six
#   one column           1.00 / 1.000 /  0 /  5    1.00 / 1.000 /  0 /  5    1.00 / 1.000 / 0 / 15
#   two columns          1.00 / 1.000 /  0 /  5    1.00 / 1.000 / 14 /  5    1.00 / 1.000 / 0 / 15
#   two columns, 2 pages 1.00 / 1.000 /  0 / 11    1.00 / 0.970 /  6 / 15    1.00 / 0.985 / 0 / 43
#   two columns drawn    1.00 / 1.000 / 26 /  3    1.00 / 1.000 / 26 /  3    1.00 / 1.000 / 0 / 12
#     row by row
#
# Both read every word. pypdf follows the content-stream order, so when a generator draws the
# columns row by row (sidebar line, main line, ...) it interleaves them on every line, which
# wrecks section detection; pdfminer's layout analysis groups text by position and keeps each
# column together. pdfminer costs ~15 ms a page instead of ~5: nothing for a resume. Chosen:
# pdfminer.six.


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs warnings about harmless oddities; they are noise on a CLI's stderr."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_pdf(data: bytes, name: str, limits: Limits) -> list[Line]:
    """Text of every page in reading order; wrapped bullet lines joined back together."""
    from pdfminer.layout import LTTextContainer
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with _quiet_pdfminer(), pdf_clock(limits, path=name) as check_time:
            pages = []
            for page in _pdf_pages(data, name, limits):
                check_time()
                pages.append(page)
    except InputFileError:
        raise  # a limit
    except PDFPasswordIncorrect as exc:
        raise InputFileError(
            "is password-protected; save an unprotected copy and try again", path=name
        ) from exc
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, TypeError... on bad files
        raise InputFileError(
            f"is not a readable PDF ({_reason(exc)}); "
            "it may be corrupt or truncated, export it again",
            path=name,
        ) from exc

    lines: list[Line] = []
    has_images = False
    glyphs = unmapped = 0
    for page in pages:
        for element in page:
            if isinstance(element, LTTextContainer):
                raw = element.get_text()
                glyphs += len(raw)
                unmapped += sum(len(m) for m in _CID.findall(raw))
                lines.extend(_join_pdf_lines(element))
                lines.append(("", False))
            else:
                has_images = has_images or _has_image(element)
    if glyphs and unmapped > 0.3 * glyphs:
        raise InputFileError(
            "uses fonts whose characters cannot be mapped back to text; export the PDF again "
            "from the original document (or use the .docx) and try again",
            path=name,
        )
    if not any(text.strip() for text, _ in lines):
        if pages and has_images:
            raise InputFileError(
                "has no text layer (it is a scanned image); OCR it first or use a .docx/.txt copy",
                path=name,
            )
        raise InputFileError("contains no text to read", path=name)
    return lines


def _pdf_pages(data: bytes, name: str, limits: Limits) -> Iterator[Any]:
    """Lay out each page (pdfminer's ``extract_pages``, with the page-count limit checked on the
    page tree's declared count first and on the pages actually found as they come)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    limit = limits.max_pdf_pages
    pages = resolve1(document.catalog.get("Pages"))
    declared = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    if isinstance(declared, int) and declared > limit:
        raise over_limit("max_pdf_pages", f"has {declared:,} pages", limit, "page", path=name)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.create_pages(document), 1):
        if number > limit:
            raise over_limit("max_pdf_pages", f"has over {limit:,} pages", limit, "page", path=name)
        interpreter.process_page(page)
        yield device.get_result()


def _has_image(element: Any) -> bool:
    from pdfminer.layout import LTContainer, LTImage

    if isinstance(element, LTImage):
        return True
    return isinstance(element, LTContainer) and any(_has_image(child) for child in element)


_CID = re.compile(r"\(cid:\d+\)")


def _pdf_line(text: str) -> str:
    """Undo PDF glyph quirks: undecodable glyphs, DEL or (cid:127) used as the bullet."""
    text = text.rstrip("\n")
    text = re.sub(r"^\s*(?:\(cid:127\)|\x7f)", "•", text)
    return _CID.sub("", text)


def _join_pdf_lines(box: Any) -> list[Line]:
    """Lines of one pdfminer text box, with lines a PDF wrapped put back together.

    A PDF breaks long bullets and paragraphs over several lines; later stages split sentences at
    line ends, so a line is joined to the previous one when that one runs (nearly) the full width
    of the box and this one starts in lower case, follows a dangling ``,`` ``—`` ``&``, or is
    indented past the bullet glyph of the bullet it continues (a hanging indent).
    """
    from pdfminer.layout import LTTextLine

    width = max(box.x1 - box.x0, 1.0)
    out: list[str] = []
    prev_full = False
    bullet_x: float | None = None
    for item in box:
        if not isinstance(item, LTTextLine):
            continue
        line = _clean_line(_pdf_line(item.get_text()))
        stripped = line.strip()
        if not stripped:
            continue
        if out and prev_full and not line.startswith("• "):
            last = out[-1].rstrip()
            hyphen = last.endswith("-") and stripped[:1].islower()
            dangling = last.endswith((",", "—", "–", "&", "/"))
            hanging = (
                bullet_x is not None
                and item.x0 > bullet_x + 2
                and not last.endswith((".", "!", "?", ":"))
            )
            if hyphen or dangling or hanging or stripped[:1].islower():
                out[-1] = last + ("" if hyphen else " ") + stripped
                prev_full = item.x1 - box.x0 >= 0.75 * width
                continue
        bullet_x = item.x0 if line.startswith("• ") else None
        out.append(line)
        prev_full = item.x1 - box.x0 >= 0.75 * width
    return [(line, False) for line in out]


# --------------------------------------------------------------------------------------------
# .html

_HTML_DROP = (
    "script", "style", "noscript", "nav", "aside", "form", "svg", "iframe", "template",
    "button", "select", "dialog", "object", "canvas",
)  # fmt: skip
_HTML_BLOCK = {
    "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "header", "hr", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "body",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _read_html(data: bytes) -> tuple[list[Line], dict[str, Any] | None]:
    """Visible text of a saved page (main content preferred) and its JSON-LD JobPosting."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")  # lxml ships with python-docx; bs4 sniffs the charset
    jsonld = _find_job_posting(
        script.get_text() for script in soup.find_all("script", type="application/ld+json")
    )
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        # The site's banner and footer go; an article's own header (often the job title) stays.
        if tag.decomposed:
            continue
        if tag.find_parent(["main", "article"]) is None:
            tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        style = str(tag.get("style") or "").replace(" ", "").lower()
        hidden = tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
        if hidden or "display:none" in style or "visibility:hidden" in style:
            tag.decompose()

    body = soup.body or soup
    root = body
    candidates = soup.find_all("main") or soup.select('[role="main"]')
    candidates = candidates or soup.find_all("article")
    if candidates:
        best = max(candidates, key=lambda tag: len(tag.get_text(" ", strip=True)))
        # Prefer the main content unless it is a sliver of the page (a mis-marked widget).
        if len(best.get_text(" ", strip=True)) >= 0.3 * len(body.get_text(" ", strip=True)):
            root = best

    walker = _HtmlText()
    walker.walk(root)
    lines = walker.finish()
    if jsonld:
        # A page whose content is built by JavaScript shows little without it: when the JSON-LD
        # holds more words than the visible text, its title, company and description lead.
        posting = _job_posting_lines(jsonld)
        visible = sum(len(text.split()) for text, _ in lines)
        if visible < 0.5 * sum(len(text.split()) for text, _ in posting):
            lines = [*posting, ("", False), *lines]
    return lines, jsonld


def _find_job_posting(scripts: Iterable[str]) -> dict[str, Any] | None:
    """The first schema.org JobPosting in the page's JSON-LD blocks, if any."""
    for script in scripts:
        body = script.strip().removeprefix("<!--").removesuffix("-->").strip()
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            continue  # a broken block on a saved page is not the user's problem
        stack: list[Any] = [value]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if "JobPosting" in kinds:
                    return item
                if "@graph" in item:
                    stack.append(item["@graph"])
    return None


def _job_posting_lines(posting: dict[str, Any]) -> list[Line]:
    lines: list[Line] = []
    if _text(posting.get("title")):
        lines.append((_text(posting.get("title")), True))
    org = posting.get("hiringOrganization")
    company = _text(org.get("name")) if isinstance(org, dict) else _text(org)
    if company:
        lines.append((company, False))
    description = _text(posting.get("description"))
    if description:
        from bs4 import BeautifulSoup

        walker = _HtmlText()
        walker.walk(BeautifulSoup(description, "lxml"))
        lines.extend(walker.finish())
    return lines


class _HtmlText:
    """Turns a BeautifulSoup tree into lines: block elements on their own lines."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._heading = False
        self._bullet = False
        self._pre = 0

    def walk(self, node: Any) -> None:
        """Append the text of ``node`` and its descendants."""
        from bs4.element import NavigableString, PreformattedString, Tag

        for child in node.children:
            if isinstance(child, PreformattedString):
                continue  # comments, doctype, CDATA
            if isinstance(child, NavigableString):
                self._buffer.append(str(child))
            elif isinstance(child, Tag):
                self._tag(child)

    def _tag(self, tag: Any) -> None:
        name = tag.name
        if name == "br":
            self._buffer.append("\n")
            return
        if name not in _HTML_BLOCK:
            self.walk(tag)
            return
        self.flush()
        saved = (self._heading, self._bullet)
        if name in _HTML_HEADINGS:
            self._heading = True
        if name == "li":
            self._bullet = True
        if name == "pre":
            self._pre += 1
        self.walk(tag)
        self.flush()
        if name == "pre":
            self._pre -= 1
        self._heading = saved[0]
        self._bullet = self._bullet and saved[1]
        if name in ("p", "table", "ul", "ol", "section", "article", "pre", "blockquote"):
            self.lines.append(("", False))

    def flush(self) -> None:
        """End the current line."""
        raw = "".join(self._buffer)
        self._buffer = []
        # Outside <pre>, whitespace collapses as a browser would; "\n" here came from <br>.
        chunks = raw.split("\n")
        if not self._pre:
            chunks = [" ".join(part.split()) for part in chunks]
        for chunk in chunks:
            if not chunk.strip():
                continue
            if self._bullet:
                chunk = "• " + chunk.lstrip()
                self._bullet = False  # only the item's first line carries the bullet
            self.lines.append((chunk, self._heading))

    def finish(self) -> list[Line]:
        """Flush what is left and return the lines."""
        self.flush()
        return self.lines


# --------------------------------------------------------------------------------------------
# .json: JSON Resume and the JSON Resume job schema

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _read_json(text: str, source: str, name: str) -> SourceText:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", path=name
        ) from exc
    except RecursionError:
        raise InputFileError(
            "nests JSON too deeply to be a JSON Resume; check that this is the right file",
            path=name,
        ) from None
    if not isinstance(value, dict):
        raise InputFileError(
            f"holds a JSON {type(value).__name__}, not an object; expected a JSON Resume "
            '(with "basics") or a JSON job description (with "title")',
            path=name,
        )
    if any(key in value for key in ("basics", "work")):
        return _build(source, "json-resume", _render_resume(value), value)
    if "title" in value and any(
        key in value
        for key in ("company", "description", "responsibilities", "qualifications", "skills")
    ):
        return _build(source, "json-job", _render_job(value), value)
    raise InputFileError(
        'is JSON but neither a JSON Resume (no "basics" or "work") nor a JSON job '
        'description (no "title" with "company" or "description"); see jsonresume.org/schema',
        path=name,
    )


def _text(value: Any) -> str:
    """A JSON scalar as text ("" for missing, null or a container)."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def _items(value: Any) -> list[Any]:
    """A JSON list (a lone string counts as a one-item list; anything else as empty)."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in _items(value) if isinstance(item, dict)]


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _format_date(value: Any) -> str:
    """ISO-8601 ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` -> ``Mon YYYY`` / ``YYYY``."""
    text = _text(value)
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?", text)
    if not match:
        return text
    year, month = match.groups()
    if month and 1 <= int(month) <= 12:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return year


def _date_range(item: dict[str, Any], *, ongoing: bool = True) -> str:
    start = _format_date(item.get("startDate"))
    end = _format_date(item.get("endDate"))
    if start:
        return f"{start} – {end or ('Present' if ongoing else '')}".rstrip(" –")
    return end


def _join(*parts: str, sep: str = " — ") -> str:
    return sep.join(part for part in parts if part)


def _location(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    loc = _obj(value)
    return _join(
        _text(loc.get("city")), _text(loc.get("region")), _text(loc.get("countryCode")), sep=", "
    )


def _bullets(values: Any) -> list[Line]:
    return [("• " + _text(item), False) for item in _items(values) if _text(item)]


def _credited_items(
    value: Any, name: str, by: str, date: str, *, summary: bool = False
) -> list[Line]:
    """Bullet lines "Name, By, Date[: summary]" for certificates, awards and publications."""
    lines: list[Line] = []
    for item in _dicts(value):
        if not _text(item.get(name)):
            continue
        text = _join(
            _text(item.get(name)),
            _join(_text(item.get(by)), _format_date(item.get(date)), sep=", "),
        )
        if summary and _text(item.get("summary")):
            text += f": {_text(item.get('summary'))}"
        lines.append(("• " + text, False))
    return lines


def _section(title: str, body: list[Line]) -> list[Line]:
    if not any(text.strip() for text, _ in body):
        return []
    return [("", False), (title, True), *body]


def _render_resume(resume: dict[str, Any]) -> list[Line]:
    """JSON Resume -> canonical resume text (name, contact, standard section headings)."""
    basics = _obj(resume.get("basics"))
    lines: list[Line] = []
    for key in ("name", "label"):
        if _text(basics.get(key)):
            lines.append((_text(basics.get(key)), False))
    contact = [_text(basics.get("email")), _text(basics.get("phone")), _text(basics.get("url"))]
    contact.append(_location(basics.get("location")))
    for profile in _dicts(basics.get("profiles")):
        contact.append(
            _text(profile.get("url"))
            or _join(_text(profile.get("network")), _text(profile.get("username")), sep=": ")
        )
    if any(contact):
        lines.append((_join(*contact, sep=" | "), False))

    summary = _text(basics.get("summary"))
    lines += _section("SUMMARY", [(summary, False)])

    def positions(entries: list[dict[str, Any]], org_keys: tuple[str, ...]) -> list[Line]:
        body: list[Line] = []
        for entry in entries:
            org = next((_text(entry.get(k)) for k in org_keys if _text(entry.get(k))), "")
            headline = _join(_text(entry.get("position")), org)
            if body:
                body.append(("", False))
            for line in (headline, _text(entry.get("location")), _date_range(entry)):
                if line:
                    body.append((line, False))
            if _text(entry.get("summary")):
                body.append((_text(entry.get("summary")), False))
            body += _bullets(entry.get("highlights"))
        return body

    lines += _section("EXPERIENCE", positions(_dicts(resume.get("work")), ("name", "company")))
    lines += _section(
        "VOLUNTEER EXPERIENCE",
        positions(_dicts(resume.get("volunteer")), ("organization", "name")),
    )

    education: list[Line] = []
    for entry in _dicts(resume.get("education")):
        degree = _join(_text(entry.get("studyType")), _text(entry.get("area")), sep=" in ")
        if education:
            education.append(("", False))
        for line in (
            _join(degree, _text(entry.get("institution"))),
            _date_range(entry, ongoing=False),
            _join("Score", _text(entry.get("score")), sep=": ") if entry.get("score") else "",
        ):
            if line:
                education.append((line, False))
        courses = ", ".join(_text(c) for c in _items(entry.get("courses")) if _text(c))
        if courses:
            education.append((f"Courses: {courses}", False))
    lines += _section("EDUCATION", education)

    certificates = _credited_items(resume.get("certificates"), "name", "issuer", "date")
    lines += _section("CERTIFICATIONS", certificates)

    awards = _credited_items(resume.get("awards"), "title", "awarder", "date", summary=True)
    lines += _section("AWARDS", awards)

    lines += _section("SKILLS", _named_keyword_lines(resume.get("skills")))

    projects: list[Line] = []
    for entry in _dicts(resume.get("projects")):
        if projects:
            projects.append(("", False))
        for line in (
            _text(entry.get("name")),
            _date_range(entry, ongoing=False),
            _text(entry.get("description")),
        ):
            if line:
                projects.append((line, False))
        projects += _bullets(entry.get("highlights"))
    lines += _section("PROJECTS", projects)

    publications = _credited_items(resume.get("publications"), "name", "publisher", "releaseDate")
    lines += _section("PUBLICATIONS", publications)

    languages = [
        ("• " + _text(lang.get("language")) + _paren(_text(lang.get("fluency"))), False)
        for lang in _dicts(resume.get("languages"))
        if _text(lang.get("language"))
    ]
    lines += _section("LANGUAGES", languages)
    lines += _section("INTERESTS", _named_keyword_lines(resume.get("interests"), level=False))
    # "references" are other people's words about the candidate: kept in data, not in the text,
    # so that nothing downstream mistakes them for the candidate's own claims.
    return lines


def _paren(text: str) -> str:
    return f" ({text})" if text else ""


def _named_keyword_lines(value: Any, *, level: bool = True) -> list[Line]:
    """``skills`` / ``interests`` entries as ``• Name (Level): kw1, kw2``."""
    lines: list[Line] = []
    for entry in _items(value):
        if isinstance(entry, str):
            lines.append(("• " + entry.strip(), False))
            continue
        if not isinstance(entry, dict):
            continue
        name = _text(entry.get("name"))
        keywords = ", ".join(_text(k) for k in _items(entry.get("keywords")) if _text(k))
        label = name + (_paren(_text(entry.get("level"))) if level else "")
        text = _join(label, keywords, sep=": ") if name else keywords
        if text:
            lines.append(("• " + text, False))
    return lines


def _render_job(job: dict[str, Any]) -> list[Line]:
    """JSON Resume job schema -> canonical posting text (title, company, standard headings)."""
    # The title line is not marked as a heading: it opens the untitled header part, as in a
    # posting pasted as text.
    lines: list[Line] = [(_text(job.get("title")), False)]
    if _text(job.get("company")):
        lines.append((_text(job.get("company")), False))
    location = _location(job.get("location"))
    remote = _text(job.get("remote"))
    if location or remote:
        lines.append((_join(location, f"Remote: {remote}" if remote else "", sep=" | "), False))
    for label, key in (("Type", "type"), ("Salary", "salary"), ("Posted", "date")):
        value = _format_date(job.get(key)) if key == "date" else _text(job.get(key))
        if value:
            lines.append((f"{label}: {value}", False))

    lines += _section("ABOUT", [(_text(job.get("description")), False)])
    lines += _section("RESPONSIBILITIES", _bullets(job.get("responsibilities")))
    qualifications = _bullets(job.get("qualifications"))
    if _text(job.get("experience")):
        qualifications.append((f"• Experience: {_text(job.get('experience'))}", False))
    lines += _section("QUALIFICATIONS", qualifications)
    lines += _section("SKILLS", _named_keyword_lines(job.get("skills")))
    return lines
