"""Lines of a reader's text, the unit of work of the structure stage.

Readers put each paragraph, list item and table cell on its own line and start list items with
``"• "``. Here: the non-blank lines with their offsets, bullets, sentences, the pieces a header
line is cut into, and the body lines of a section.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from resume_kit.model.dates import DateRange
from resume_kit.model.dates import find_date_range as _find_date_range
from resume_kit.model.documents import Section, SourceText
from resume_kit.model.folding import fold_case


@dataclass(frozen=True)
class _Line:
    """A non-blank line: its stripped text and the offsets of that text.

    ``split`` is True for a piece of a longer line cut where flattened text runs a heading, a
    date or a bullet into the text before it (see :mod:`resume_kit.structure.flat`);
    ``after_blank`` for a line with a blank line above it (a block starts).
    """

    text: str
    start: int
    end: int
    marked: bool
    split: bool = False
    after_blank: bool = False


def _line_start(line: _Line) -> int:
    return line.start


def _split_lines(source: SourceText) -> list[_Line]:
    """The non-blank lines of ``source``'s text.

    Guessing a text's kind reads it as a posting and as a resume, each from these lines: the
    last source's lines are remembered (a fresh list of the same frozen lines each time).
    """
    last = _LAST_SPLIT[0]  # one read of a pair: a thread's pair is never read half replaced
    if last is not None and last[0] is source:
        return list(last[1])
    lines = _compute_split_lines(source)
    _LAST_SPLIT[0] = (source, lines)  # holding the source: its id cannot go to another one
    return list(lines)


_LAST_SPLIT: list[tuple[SourceText, list[_Line]] | None] = [None]


def _compute_split_lines(source: SourceText) -> list[_Line]:
    marked = set(source.heading_lines)
    lines: list[_Line] = []
    offset = 0
    blank = False
    for raw in source.text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = offset + lead
            lines.append(
                _Line(
                    stripped,
                    start,
                    start + len(stripped),
                    offset in marked,
                    after_blank=blank and bool(lines),
                )
            )
        blank = not stripped
        offset += len(raw) + 1
    return lines


# A dash is a bullet before a space, or glued to a capitalised word ("-Conduct research ...").
_BULLET_RE = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►▶✓✔*]|[-–—](?=\s|[A-Z][a-z]))\s*")


def _is_bullet(text: str) -> bool:
    return bool(_BULLET_RE.match(text))


def _strip_bullet(text: str) -> str:
    return _BULLET_RE.sub("", text, count=1)


def _is_sentence(text: str) -> bool:
    """Prose rather than a header: ends with a full stop ("Acme Inc." aside) or is long."""
    text = text.rstrip()
    if text.endswith((".", "!", "?", "。", "！", "？")) and not _ABBREVIATION_END_RE.search(text):
        return True
    # More than 12 words with a letter. Taking the dates out puts " | " where they were and a
    # space for each "()" or "[]": a word more each at most, so a short line is no sentence.
    if len(text.split()) + 1 + text.count("(") + text.count("[") <= 12:
        return False
    # One search for the words (runs of non-spaces, as str.split cuts them) that hold an ASCII
    # letter, not one per word.
    return len(_LETTER_WORD_RE.findall(_without_dates(text))) > 12


_ABBREVIATION_END_RE = re.compile(r"\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St|U\.S|[A-Z])\.$")
_LETTER_WORD_RE = re.compile(r"[^\s]*?[A-Za-z]\S*")


def _trim(piece: str) -> str:
    """Strip separators and unbalanced brackets: "(2015" -> "2015", "Arts (MBA)" kept whole."""
    piece = piece.strip(" ,;[]")
    if piece.startswith("(") and piece.endswith(")"):
        piece = piece[1:-1]
    if piece.startswith("(") and piece.count("(") > piece.count(")"):
        piece = piece[1:]
    if piece.endswith(")") and piece.count(")") > piece.count("("):
        piece = piece[:-1]
    return piece.strip(" ,;")


_PIECE_RE = re.compile(r"\s*(?:[|·•\t]|\s[-–—]\s|[–—])\s*|\s{3,}")


def _split_pieces(text: str) -> list[str]:
    pieces = _PIECE_RE.split(text)
    return [t for t in (_trim(p) for p in pieces) if t]


def split_outside_brackets(text: str) -> list[str]:
    """Split a skills line on , ; | and bullets, but not inside brackets ("Cloud (AWS, Azure)").

    The items are returned as written (spaces kept, empty ones too).
    """
    if "(" not in text and "[" not in text:
        return _SKILL_SEPARATOR_RE.split(text)  # no bracket opens: every separator splits
    return split_walking_brackets(text)


def split_walking_brackets(text: str) -> list[str]:
    """:func:`split_outside_brackets` character by character, counting bracket depth (the way
    every text with a bracket goes; tests compare the bracket-free shortcut with it)."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;|•·●▪◦\t":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


_SKILL_SEPARATOR_RE = re.compile("[,;|•·●▪◦\t]")


def _split_top_level(text: str) -> list[str]:
    """A skills line's items (:func:`split_outside_brackets`), also split at a spaced dash."""
    return [
        piece
        for item in split_outside_brackets(text)
        for piece in (_SPACED_DASH_RE.split(item) if _has_dash(item) else (item,))
    ]


_SPACED_DASH_RE = re.compile(r"\s[-–—]\s")


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "—" in text


@lru_cache(maxsize=4096)
def find_date_range(text: str) -> DateRange | None:
    """:func:`resume_kit.model.dates.find_date_range`, remembered: a header line is looked at
    again as the headers around it grow (ten times a line on a long section), and again to tell
    whether it is a sentence."""
    return _find_date_range(text)


def _without_dates(text: str) -> str:
    found = find_date_range(text)
    if found is None:
        return text.strip()
    rest = text[: found.begin] + " | " + text[found.finish :]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    return rest.strip(" |,;–—-\t()")


def _section_lines(lines: list[_Line], section: Section) -> list[_Line]:
    """The body lines of a section (its heading line excluded unless the heading is inline).

    ``lines`` are in text order, so the section's lines are found by bisection: a scan of every
    line for every section was quadratic in a text of many headings.
    """
    lo = bisect_left(lines, section.start, key=_line_start)
    body = lines[lo : bisect_left(lines, section.end, lo=lo, key=_line_start)]
    if section.heading and body and body[0].start == section.start:
        first = body[0]
        rest = first.text[len(section.heading) :].lstrip(" :：\t")
        if rest:  # inline heading: keep the content after "Skills:"
            offset = first.end - len(rest)
            body[0] = _Line(rest, offset, first.end, False)
        else:
            body = body[1:]
    return body


# Lowercased as an IGNORECASE pattern compares text (model/folding.py), for a quick "can the
# pattern match at all?" test.
_folded = fold_case
