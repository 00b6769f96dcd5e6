"""Text bytes: decoding (BOMs, UTF-8, UTF-16, cp1252), plain text and Markdown into lines."""

from __future__ import annotations

import codecs
import re
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.read.lines import Line, clean_line, split_lines


def decode_text(data: bytes, name: str) -> str:
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
