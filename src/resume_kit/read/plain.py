"""Text bytes: decoding (BOMs, UTF-8, UTF-16, cp1252; damaged text repaired with a warning),
plain text and Markdown into lines."""

from __future__ import annotations

import codecs
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, NamedTuple

from resume_kit.errors import InputFileError
from resume_kit.read.failures import warn_recovered
from resume_kit.read.lines import Line, clean_line, split_lines


class Decoded(NamedTuple):
    """Text decoded from bytes, and whether the bytes were exactly text in one encoding."""

    text: str
    exact: bool
    """The bytes were valid UTF-8 (or UTF-16 / UTF-32 behind a BOM) and nothing was replaced,
    dropped or read as Windows-1252; False also when the encoding was guessed (UTF-16 without a
    BOM)."""


@dataclass
class _Tally:
    replaced: int = 0  # bytes no encoding could read, now U+FFFD
    legacy: int = 0  # bytes that were not UTF-8, read as Windows-1252


_TALLY: ContextVar[_Tally | None] = ContextVar("resume_kit_decode_tally", default=None)


def _replace(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for undecodable bytes, counted."""
    assert isinstance(error, UnicodeDecodeError)
    tally = _TALLY.get()
    if tally is not None:
        tally.replaced += error.end - error.start
    return "\ufffd", error.end


def _utf8_else_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler for UTF-8: bytes that are not UTF-8 are read as Windows-1252.

    Text pasted from a Windows program into a UTF-8 file keeps its "é" and curly quotes this
    way, where decoding the whole file as Windows-1252 would garble every UTF-8 character. An
    incomplete character at the very end (a file cut mid-character) is replaced instead, unless
    the file was Windows-1252 all along.
    """
    assert isinstance(error, UnicodeDecodeError)
    tally = _TALLY.get() or _Tally()
    bad = error.object[error.start : error.end]
    cut = error.reason == "unexpected end of data" and error.end == len(error.object)
    if cut and not tally.legacy:
        tally.replaced += len(bad)
        return "\ufffd", error.end
    text = bytes(bad).decode("cp1252", errors="replace")
    unmapped = text.count("\ufffd")  # the five bytes Windows-1252 leaves undefined
    tally.replaced += unmapped
    tally.legacy += len(bad) - unmapped
    return text, error.end


codecs.register_error("resume_kit.replace", _replace)
codecs.register_error("resume_kit.utf8_else_cp1252", _utf8_else_cp1252)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ASCII = bytes(range(128))
_NOT_TEXT = (
    "does not look like text (mostly control or undecodable bytes); "
    "check that this is the right file"
)


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode text bytes: BOMs, then UTF-8, BOM-less UTF-16, cp1252; refuse binary data.

    A damaged file is repaired where its text can be kept, with a warning saying how: bytes no
    encoding reads become U+FFFD, Windows-1252 bytes inside UTF-8 text are read as such, NUL
    bytes (padding after a cut download, or junk) are dropped, and a doubled BOM goes.

    Raises:
        InputFileError: The bytes do not look like text.
    """
    tally = _Tally()
    token = _TALLY.set(tally)
    try:
        text, guessed = _decode(data)
    finally:
        _TALLY.reset(token)
    body = text.rstrip("\x00")  # NUL padding does not make a text file binary
    if _looks_binary(body, tally.legacy > 0):
        raise InputFileError(_NOT_TEXT, path=name)
    nuls = len(text) - len(body) + body.count("\x00")
    text = body.replace("\x00", "").lstrip("\ufeff")
    # Some bytes were valid UTF-8 beyond ASCII too: two encodings mixed, not a legacy file.
    mixed = tally.legacy and len(data.translate(None, _ASCII)) > tally.legacy + tally.replaced
    if text.strip():
        _warn_repairs(name, tally.replaced, tally.legacy if mixed else 0, nuls)
    return Decoded(text, not (guessed or nuls or tally.replaced or tally.legacy))


def decode_encoded(text: str, name: str) -> Decoded:
    """What :func:`decode_text` gives for ``text.encode("utf-8")``, without the round trip.

    For a text that holds no NUL and no lone surrogate (the caller checks: those are the bytes
    :func:`decode_text` repairs or reads as UTF-16), the bytes are valid UTF-8 with no NUL, so
    decoding gives the text back: only the steps that can still change it are left, in the same
    order (a UTF-8 BOM, the binary check, further BOMs). tests/read/test_plain_reader.py compares
    the two.

    Raises:
        InputFileError: The text does not look like text.
    """
    body = text[1:] if text.startswith("\ufeff") else text  # decoded as utf-8-sig: one BOM goes
    if _looks_binary(body, False):
        raise InputFileError(_NOT_TEXT, path=name)
    return Decoded(body.lstrip("\ufeff"), True)


def _decode(data: bytes) -> tuple[str, bool]:
    """The text, and whether its encoding was guessed from the pattern of NUL bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="resume_kit.replace"), False
    sample = data.rstrip(b"\0")[:4096]  # NUL padding at the end is not UTF-16
    # UTF-16 without a BOM: ASCII text has a NUL in every other byte.
    if len(sample) >= 4 and sample[1::2].count(0) > 0.4 * len(sample) / 2:
        return data.decode("utf-16-le", errors="resume_kit.replace"), True
    if len(sample) >= 4 and sample[0::2].count(0) > 0.4 * len(sample) / 2:
        return data.decode("utf-16-be", errors="resume_kit.replace"), True
    return data.decode("utf-8", errors="resume_kit.utf8_else_cp1252"), False


def _warn_repairs(name: str, replaced: int, mixed: int, nuls: int) -> None:
    if replaced:
        warn_recovered(
            name,
            f"{_count(replaced, 'byte')} could not be decoded and "
            f"{'was' if replaced == 1 else 'were'} replaced by \ufffd; "
            "the file may be damaged or cut short, check the text around them",
        )
    if mixed:
        warn_recovered(
            name,
            f"{_count(mixed, 'byte')} {'was' if mixed == 1 else 'were'} not valid UTF-8 and "
            f"{'was' if mixed == 1 else 'were'} read as Windows-1252 (text pasted from another "
            "program, or damage); check the accented letters and quotes around them",
        )
    if nuls:
        warn_recovered(
            name,
            f"{_count(nuls, 'NUL byte')} {'was' if nuls == 1 else 'were'} dropped (the file "
            "may be damaged, or padded after a cut download); check that its text is complete",
        )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _looks_binary(text: str, legacy: bool) -> bool:
    """True when over 30% of a sample are control characters or undecodable bytes.

    For cp1252-decoded data (not valid UTF-8) non-letter high characters count too: in real
    Windows text they are the odd smart quote, in binary data a quarter of all bytes.
    """
    sample = text[:8192]
    if not sample:
        return False
    # Counted in C, not by a Python loop over characters (2 ms a file when ranking thousands of
    # postings) nor by a regex (a tenth of reading a posting): the controls are ASCII, so its
    # UTF-8 bytes less every other byte are the controls (what _CONTROL_RE finds, less U+FFFD).
    controls = sample.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL_BYTES)
    bad = len(controls) + sample.count("\ufffd")
    if legacy:
        bad += sum(1 for ch in _HIGH_RE.findall(sample) if not ch.isalpha())
    return bad > 0.3 * len(sample)


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")  # what counts as binary
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL_RE.match(chr(b)) or b > 0x7F)
_HIGH_RE = re.compile("[^\x00-\x7f\ufffd]")


def read_plain(text: str) -> list[Line]:
    """Plain text: one line per line; indented lines continuing a bullet are joined to it."""
    lines: list[Line] = []
    in_bullet = False
    for raw in split_lines(text):
        cleaned = clean_line(raw)
        continues = (
            in_bullet and raw[:1] in (" ", "\t") and cleaned.strip() and not cleaned.startswith("•")
        )
        if continues:
            lines[-1] = (lines[-1][0] + " " + cleaned.strip(), False)
            continue
        in_bullet = cleaned.startswith("• ")
        lines.append((cleaned, False))
    return lines


def read_markdown(text: str) -> list[Line]:
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
            lines.append((content, heading or (not list_depth and _bold_line(token, content))))
        elif kind in ("fence", "code_block", "html_block"):
            body = token.content
            if kind == "html_block":
                body = re.sub(r"<[^>]*>", " ", body)
            lines.extend((part, False) for part in body.split("\n"))
    return lines


def _bold_line(token: Any, content: str) -> bool:
    """A paragraph that is one short line in bold ("**Key Achievements**"): a heading's look;
    not a label ("**Machine Learning:**" above its list)."""
    kinds = [c.type for c in token.children or [] if c.type != "text" or c.content.strip()]
    return (
        len(kinds) >= 3
        and kinds[0] == "strong_open"
        and kinds[-1] == "strong_close"
        and kinds.count("strong_open") == 1
        and "\n" not in content
        and len(content.strip()) <= 60
        and not content.rstrip().endswith((":", "："))
    )


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
