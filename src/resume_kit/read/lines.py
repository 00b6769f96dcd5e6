"""Lines: what every reader produces, and how lines become the text of a ``SourceText``.

Every format ends up as the same kind of plain text: ``\\n`` line endings, one paragraph, list item
or table cell per line, list items starting with ``"• "``, no control characters, no trailing
spaces; ``heading_lines`` holds the offsets of the lines the format itself marks as headings.
A reader yields :data:`Line` pairs; :func:`clean_line` normalises one line and
:func:`build_source_text` assembles them into the final text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.model.documents import InputFormat, SourceText

STDIN_NAME = "<stdin>"  # how errors name standard input


Line = tuple[str, bool]
"""One output line and whether the format marks it as a heading."""


_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_ODD_SPACES = ("\u00a0", "\u2007", "\u202f", "\u3000")  # read as a plain space
_SPACES = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))  # the same as one table
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


def clean_line(line: str) -> str:
    """Normalise one line (no line breaks in it): spaces, invisible characters, bullet glyph."""
    if line.isprintable():
        # Most lines: no odd space, control or zero-width character to remove (all of them are
        # unprintable: tests/read/test_lines.py checks), so the substitutions would change nothing.
        line = line.rstrip()
    else:
        # Each odd space replaced only where it occurs: str.translate looks every character up
        # in its table (a tenth of reading a long pasted posting); a colour code needs an ESC.
        for space in _ODD_SPACES:
            if space in line:
                line = line.replace(space, " ")
        if "\x1b" in line:
            line = _ANSI.sub("", line)
        line = _INVISIBLE.sub("", line).rstrip()
    # Both patterns start at the first non-space character: most lines open with a letter that
    # neither can start with, and skip both searches. (Only a line opening with a space needs
    # the copy lstrip makes to find it.)
    first = line[:1]
    if first.isspace():
        first = line.lstrip()[:1]
    if first in _RULE_FIRST and _RULE.match(line):
        return ""
    if "____" in line:  # "EDUCATION_________": a rule typed after a heading is no text
        line = _TRAILING_RULE.sub("", line)
        if _RULE.match(line):  # "~~~____": what the rule followed is a rule too
            return ""
    match = _BULLET.match(line) if first in _BULLET_FIRST or first.isdigit() else None
    if match:
        return "• " + line[match.end() :]
    return line


_RULE_FIRST = frozenset("-*_=~")
_TRAILING_RULE = re.compile(r"(?<=\S)[\s_]*_{4,}[\s_]*$")
_BULLET_FIRST = frozenset("-*+•●▪■◦○◘◙–—►▶▸➢➤✓✔❖♦◆·⁃\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8o")


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, split at any line break (CRLF, CR, form feed, U+2028...)."""
    # Most texts break lines with "\n" only: looking for each other break is far cheaper than
    # the substitution (a fifth of reading a pasted posting).
    if any(mark in text for mark in _OTHER_BREAKS):
        text = _LINE_BREAKS.sub("\n", text)
    return text.split("\n")


_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")  # _LINE_BREAKS but "\n"


def assemble_text(lines: Iterable[Line], *, cleaned: bool = False) -> tuple[str, list[int]]:
    """Join lines into the final text: at most one blank line in a row, none at either end."""
    out: list[str] = []
    headings: list[int] = []
    offset = 0
    blank_pending = False
    for line, is_heading in lines if cleaned else _cleaned_lines(lines):
        if not line.strip():
            blank_pending = bool(out)
            continue
        if blank_pending:
            out.append("")
            offset += 1
            blank_pending = False
        if is_heading:
            headings.append(offset)
        out.append(line)
        offset += len(line) + 1
    return "\n".join(out), headings


def _cleaned_lines(lines: Iterable[Line]) -> Iterator[Line]:
    """Each line split at its breaks and cleaned; a heading's flag stays on its first part."""
    for raw, is_heading in lines:
        for i, part in enumerate(split_lines(raw)):
            yield clean_line(part), is_heading and i == 0


def build_source_text(
    source: str,
    fmt: InputFormat,
    lines: Iterable[Line],
    data: dict[str, Any] | None = None,
    *,
    cleaned: bool = False,
) -> SourceText:
    """Assemble normalised lines into a SourceText; refuse a document with no text.

    ``cleaned``: the lines are already split and passed through ``clean_line`` (plain text
    is, to join bullet continuations), so they are not cleaned a second time.
    """
    text, headings = assemble_text(lines, cleaned=cleaned)
    if not text.strip():
        name = STDIN_NAME if source == "-" else source
        raise InputFileError(
            "contains no text to read; check that this is the right file", path=name
        )
    return SourceText(source=source, format=fmt, text=text, heading_lines=headings, data=data)
