"""The resume's own lines as the tailored resume writes them: bullets and paragraphs, unwrapped.

Readers give one line per paragraph, list item or table cell, but a PDF gives one line per *printed*
line: a bullet wrapped over two lines arrives as a bullet and a loose line ("...using Backbone,
Jade," / "Stylus and Require"). Here the lines of a part of the resume's text are read back into
the pieces the candidate wrote (:func:`pieces`), each a bullet or a paragraph, with wrapped lines
joined and the glyphs a PDF leaves behind (private-use icon code points, a bullet alone on its
line, "ﬁ" ligatures) cleaned away, so that nothing is split mid-sentence when bullets are
reordered. The words are never changed: :func:`words` is how the tailoring checks that.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "Piece",
    "SourceLine",
    "clean_display",
    "keeps_words",
    "pieces",
    "source_lines",
    "words",
]

# Readers turn a bullet glyph at the start of a line into "• "; these are the markers left.
# Word's Symbol and Wingdings bullets come out of a PDF as private-use code points.
_BULLET = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►▶✓✔*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]|[-–—](?=\s))\s*")
# Private-use code points: icon fonts (phone, e-mail, LinkedIn logos in LaTeX and Word CVs) and
# Symbol-font bullets. They print as boxes in any other font.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_WORD = re.compile(r"[^\W_]{2,}")
# A line ending so: the sentence goes on on the next line.
_OPEN_END = re.compile(
    r"(?:[,;&/+(\-–—]|\b(?:and|or|of|to|the|a|an|in|on|for|with|from|by|at|as|into|via|per|"
    r"including|across|over|under|using|through|between|within|while|which|that|who))$",
    re.IGNORECASE,
)
_CLOSED_END = re.compile(r"[.!?:;]['\"”’)]?$")


def words(text: str) -> set[str]:
    """The distinct words of ``text`` (two letters or more), case- and compatibility-folded."""
    return set(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def keeps_words(source: str, rendered: str) -> bool:
    """Whether ``rendered`` holds every word of ``source``, as many times as ``source`` does."""
    wanted = Counter(_WORD.findall(unicodedata.normalize("NFKC", source).casefold()))
    wanted.subtract(_WORD.findall(unicodedata.normalize("NFKC", rendered).casefold()))
    return all(count <= 0 for count in wanted.values())


def _icon(char: str) -> bool:
    """A glyph an icon font left in front of a line ("☎", "¢", "#" before a phone or a name)."""
    return char in "@#[†‡§¶/:‰" or unicodedata.category(char) in ("So", "Sk", "Sc", "Co")


def clean_display(text: str) -> str:
    """A piece of resume text as it is printed: icon glyphs dropped, ligatures spelt out.

    Args:
        text: Text from the resume.

    Returns:
        The same words, whitespace runs made one space.
    """
    text = " ".join(_PRIVATE_USE.sub(" ", text.translate(_LIGATURES)).split())
    if len(text) > 2 and text[1] == " " and _icon(text[0]) and text[2].isalpha():
        text = text[2:]
    return text


@dataclass(frozen=True)
class SourceLine:
    """A non-blank line of the resume's text.

    Attributes:
        start: Offset of the line's first non-blank character in the resume's text.
        end: Offset one past its last non-blank character.
        bullet: The line starts with a bullet marker.
        content: The line without its bullet marker, cleaned for display.
    """

    start: int
    end: int
    bullet: bool
    content: str


def source_lines(text: str, start: int, end: int) -> list[SourceLine]:
    """The non-blank lines that start in ``text[start:end]``.

    A line holding nothing but a bullet marker (a PDF draws the glyph apart from its text) marks
    the next line as a bullet instead of being a line itself; a line of glyphs alone ("○ ○ ○", a
    level drawn as dots) is no line.

    Args:
        text: The resume's text.
        start: Where to begin (a line's start, or inside a line: the rest of it is read).
        end: Where to stop.

    Returns:
        The lines in text order.
    """
    lines: list[SourceLine] = []
    offset = start
    pending_bullet = False
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        begin = offset + len(raw) - len(raw.lstrip())
        offset += len(raw) + 1
        if not stripped:
            continue
        marker = _BULLET.match(stripped)
        content = clean_display(stripped[marker.end() :] if marker else stripped)
        # "○ ○ ○" (a level drawn in glyphs) or a lone "e" (an icon font's letter for an icon).
        if not any(char.isalnum() for char in content) or (len(content) == 1 and content.islower()):
            pending_bullet = pending_bullet or (bool(marker) and not content)
            continue
        lines.append(
            SourceLine(begin, begin + len(stripped), bool(marker) or pending_bullet, content)
        )
        pending_bullet = False
    return lines


@dataclass(frozen=True)
class Piece:
    """A bullet or paragraph as the candidate wrote it: one or more wrapped lines joined.

    Attributes:
        text: The joined text.
        bullet: Whether it is a bullet.
        start: Offset of its first line in the resume's text.
        end: Offset one past its last line.
    """

    text: str
    bullet: bool
    start: int
    end: int


def _continues(previous: str, line: SourceLine) -> bool:
    """Whether ``line`` is the rest of the sentence ``previous`` began (a wrapped line).

    A line in capitals or starting a new sentence after a finished-looking one ("...Training" /
    "KEY PROJECTS") is not: only a lower-case start or an open end ("by", ",") joins.
    """
    if line.bullet or _CLOSED_END.search(previous):
        return False
    return line.content[:1].islower() or bool(_OPEN_END.search(previous))


def _join(previous: str, rest: str) -> str:
    if re.search(r"[^\W\d_]-$", previous) and rest[:1].islower():
        return previous + rest  # "communi-" + "cation": a word hyphenated at the line's end
    return f"{previous} {rest}"


def pieces(lines: Iterable[SourceLine]) -> list[Piece]:
    """The bullets and paragraphs that ``lines`` hold, wrapped lines joined.

    A line continues the one before when it is not a bullet, the one before does not end its
    sentence, and either it starts in lower case or the one before ends on a comma or a word
    such as "and" or "by".

    Args:
        lines: Lines in text order (:func:`source_lines`).

    Returns:
        The pieces in text order; every line's words are in exactly one piece.
    """
    out: list[Piece] = []
    for line in lines:
        if out and _continues(out[-1].text, line):
            last = out[-1]
            out[-1] = Piece(_join(last.text, line.content), last.bullet, last.start, line.end)
            continue
        out.append(Piece(line.content, line.bullet, line.start, line.end))
    return out
