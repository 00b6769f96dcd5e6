"""A PDF page's glyphs into lines in reading order, with the layout cues a heading shows.

Both PDF back ends (:mod:`~resume_kit.read.pdf_fast` and :mod:`~resume_kit.read.pdf`) hand over
the same thing: every glyph with its box, and whether its font is bold. From there:

1. **rows**: glyphs whose vertical centres agree, sorted left to right; overprinted copies
   (fake bold, shadows) dropped;
2. **pieces**: a row is cut where the gap is wider than two line heights (a sidebar next to the
   main column, a date pushed to the right margin), or than one and three usual word spaces (the
   cells of a table row); spaces go where a gap is wider than the piece's usual gap between
   letters, so letter-spaced headings ("E D U C A T I O N", small caps drawn as "R ESEARCH")
   come out as words;
3. **reading order**: the page is cut at a vertical gutter that few pieces cross, where between
   two pieces that cross it both sides hold several rows: a sidebar or a second column, each read
   whole, left first (a short box at the top right, the contact details beside the name, stays
   in the page's head). A narrow side of dates and places level with the other side's entries is
   no column: its notes stay on their rows. Elsewhere rows are read top to bottom, the pieces of
   one row joined by a tab (the structure stage splits header pieces at tabs); a label beside its
   list, or a note beside a sentence bullet, becomes a line of its own;
4. **lines**: a line wrapped by the PDF is joined back to the one it continues (same column, no
   extra space above, the previous line runs to the column's right edge or the next starts in
   lower case, and the next is indented like the previous line's text, not a new bullet); a hyphen
   at the break inside a word goes ("Devel-" + "oping"), a real one stays ("end-to-" + "end",
   "self-" + "managed"); page numbers and repeated running headers and footers go;
5. **headings**: a short line is marked as a heading when it is letter-spaced or set in the size
   section headings share (the largest size above the body's that several short lines have);
   where no such size stands out, also when it is larger than the body, or in capitals and bold,
   or in capitals with space above it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from resume_kit.read.lines import Line, clean_line


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character drawn on a page; ``top`` < ``bottom`` (y grows downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    space_before: bool = False  # the PDF drew a space glyph just before this one
    seq: int = 0  # drawing order: the letters of a ligature ("ffi") share a box and are adjacent
    alone: bool = False  # rotated text laid flat: a line of its own, never joined to a row

    @property
    def height(self) -> float:
        """The glyph box's height: the text size as drawn (scaling included)."""
        return max(self.bottom - self.top, 0.1)


@dataclass(slots=True)
class _Piece:
    """Glyphs of one row with no wide gap between them: a run of text in one column."""

    glyphs: list[Glyph]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    spaced: bool = False  # letter-spaced
    sized_caps: bool = False  # capitals of two sizes: small caps

    def finish(self) -> _Piece:
        glyphs = self.glyphs
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        self.size = statistics.median(g.height for g in glyphs)
        letters = [g for g in glyphs if g.text.isalpha()]
        self.bold = bool(letters) and sum(g.bold for g in letters) >= 0.8 * len(letters)
        self.text, self.spaced = _spell(glyphs)
        heights = {round(g.height) for g in letters if g.text.isupper()}
        self.sized_caps = len(heights) > 1 and all(not g.text.islower() for g in letters)
        return self


@dataclass(slots=True)
class Laid:
    """A line of text placed on the page, with the cues its look gives."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    spaced: bool
    sized_caps: bool
    block: int  # lines of one column stretch share a block; wrapped lines join only inside one
    right: float = 0.0  # the right edge of the block's text
    space_above: float = 0.0
    leading: float = 0.0  # the usual space between lines of the block: more above starts anew
    parts: int = 1  # pieces joined on this row (a tab-joined header row is never a paragraph)
    heading: bool = False
    text_x0: float = field(default=0.0)  # where the text starts after a bullet glyph
    last_x0: float = 0.0  # where the row's last piece starts (the value of "Label:  value")
    note: bool = False  # a date or place split off the row of a bullet (see _laid_lines)
    margin: bool = False  # in the page's top or bottom margin: a running header or footer?


_ROW_TOLERANCE = 0.4  # centres within this share of a glyph's height: the same row
_PIECE_GAP = 2.0  # a gap wider than this many line heights cuts a row into pieces
_CELL_GAP = 1.0  # ... and one wider than this and three usual spaces between words
_SPACE_GAP = 0.12  # a gap this many line heights wider than the usual one is a space
_LETTER_SPACED = 0.07  # a usual gap between letters this wide: letter-spaced text
_BULLETS = frozenset("•●▪■◦○◘◙►▶▸➢➤✓✔❖♦◆·⁃–—-*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\x7f")


# Spacing accents TeX draws over a letter as a glyph of their own ("u" + "¨" for "ü"), and the
# combining marks they stand for.
_ACCENTS = {
    "\u00a8": "\u0308", "\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302",
    "\u02dc": "\u0303", "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02da": "\u030a",
    "\u00af": "\u0304", "\u02d8": "\u0306", "\u02d9": "\u0307", "\u02dd": "\u030b",
}  # fmt: skip


def _with_accents(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Glyphs with each accent drawn over a letter put on that letter ("fu ¨r" -> "für").

    An accent glyph whose box lies mostly over the letter before or after it (in x order; the
    PDF may draw it first or last) becomes that letter's combining mark, composed where Unicode
    has the letter ("ü"); elsewhere (a lone "´" in the text) it stays as it is.
    """
    out = list(glyphs)
    i = 0
    while i < len(out):
        mark = _ACCENTS.get(out[i].text)
        if mark is None:
            i += 1
            continue
        accent = out[i]
        width = max(accent.x1 - accent.x0, 0.1)
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or not out[j].text[-1:].isalpha():
                continue
            letter = out[j]
            if min(accent.x1, letter.x1) - max(accent.x0, letter.x0) >= 0.5 * width:
                text = unicodedata.normalize("NFC", letter.text + mark)
                out[j] = dataclasses.replace(letter, text=text)
                del out[i]
                break
        else:
            i += 1
    return out


def _spell(glyphs: Sequence[Glyph]) -> tuple[str, bool]:
    """The text of a piece's glyphs, with spaces where the gaps say words end."""
    if any(g.text in _ACCENTS for g in glyphs):
        glyphs = _with_accents(glyphs)
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(glyphs)]
    height = statistics.median(g.height for g in glyphs)
    inner = [
        gap
        for gap, a, b in zip(gaps, glyphs, glyphs[1:], strict=False)
        if a.text.isalnum() and b.text.isalnum()
    ]
    usual = statistics.median(inner) if len(inner) >= 3 else 0.0
    spaced = usual > _LETTER_SPACED * height and len(inner) >= 3
    # Letter-spaced text: the PDF's own space glyphs sit between every letter, so only a gap
    # clearly wider than the usual one ends a word.
    threshold = max(usual, 0.0) + _SPACE_GAP * height
    out = [glyphs[0].text]
    for gap, glyph in zip(gaps, glyphs[1:], strict=False):
        wide = gap > threshold
        if (wide or (glyph.space_before and not spaced)) and out[-1] != " ":
            out.append(" ")
        out.append(glyph.text)
    return "".join(out), spaced


def _rows(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into rows (vertical centres agree), each sorted left to right."""
    ordered = sorted(glyphs, key=lambda g: (g.top + g.bottom) / 2)
    rows: list[list[Glyph]] = []
    anchor = (0.0, 0.0)  # centre and height of the row's first glyph
    for glyph in ordered:
        centre = (glyph.top + glyph.bottom) / 2
        if rows and centre - anchor[0] <= _ROW_TOLERANCE * min(glyph.height, anchor[1]):
            rows[-1].append(glyph)
            continue
        rows.append([glyph])
        anchor = (centre, glyph.height)
    for row in rows:
        row.sort(key=lambda g: g.x0)
    return rows


def _pieces(row: list[Glyph]) -> list[_Piece]:
    """A row cut at wide gaps; overprinted glyphs (bold faked by drawing twice) dropped.

    A gap cuts when it is wider than two line heights (a date pushed to the margin, the next
    column), or wider than one and three times the row's usual space between words (the cells
    of a table row, "Label   value"); a justified line's wide spaces are all alike and cut
    nothing.
    """
    glyphs: list[Glyph] = []
    for glyph in row:
        last = glyphs[-1] if glyphs else None
        if (
            last is not None
            and glyph.text == last.text
            and abs(glyph.x0 - last.x0) < 0.3
            and abs(glyph.seq - last.seq) > 2
        ):
            continue
        glyphs.append(glyph)
    gaps = [(b.x0 - a.x1) / max(a.height, b.height) for a, b in itertools.pairwise(glyphs)]
    spaces = [gap for gap in gaps if gap > 0.15]
    cell = max(_CELL_GAP, 3 * statistics.median(spaces)) if spaces else _PIECE_GAP
    pieces: list[list[Glyph]] = [glyphs[:1]] if glyphs else []
    for gap, glyph in zip(gaps, glyphs[1:], strict=True):
        last = pieces[-1][-1]
        lone_bullet = len(pieces[-1]) == 1 and last.text in _BULLETS
        wide = gap > _PIECE_GAP or gap > cell
        if (wide and not lone_bullet) or glyph.alone != last.alone:
            pieces.append([glyph])
        else:
            pieces[-1].append(glyph)
    return [_Piece(run).finish() for run in pieces]


def _gutter(pieces: Sequence[_Piece]) -> float | None:
    """The x of a vertical gutter that splits ``pieces`` into two real columns, if any.

    A gutter is crossed by few pieces and has, between two pieces that cross it, a stretch
    where both sides hold several rows of text: a sidebar or a second column. A date pushed to
    the right margin of a one-column page is no column: bullets cross its gutter every few lines,
    or its dates sit on the rows of the entries they belong to (:func:`_columns`).
    """
    if len(pieces) < 6:
        return None
    left = min(p.x0 for p in pieces)
    right = max(p.x1 for p in pieces)
    width = right - left
    if width <= 0:
        return None
    candidates = sorted({p.x1 + 1.0 for p in pieces} | {p.x0 - 1.0 for p in pieces})
    scored: list[tuple[int, float]] = []
    for x in candidates:
        if left + 0.12 * width < x < right - 0.12 * width:
            scored.append((sum(1 for p in pieces if p.x0 < x < p.x1), x))
    tried: set[int] = set()
    for crossing, x in sorted(scored):
        if crossing > 0.3 * len(pieces) or len(tried) >= 6:
            break
        split = sum(1 for p in pieces if p.x1 <= x)  # the same split as a gutter tried already
        if split in tried:
            continue
        tried.add(split)
        if any(_columns(a, b) for a, b in _stretches(pieces, x)):
            return x
    return None


def _columns(left: list[_Piece], right: list[_Piece]) -> bool:
    """Whether the two sides of a stretch are columns to read one after the other, rather than
    one column with notes on its rows (dates, places) to read row by row."""
    if len(left) < 3 or len(right) < 3:
        return False
    return not (_attached(left, right) or _attached(right, left))


def _attached(side: list[_Piece], other: list[_Piece]) -> bool:
    """A side is attached to the other when it is much shorter, holds dates and places, and
    nearly all of its pieces sit on a row of the other side: the notes beside each entry's
    title."""
    if sum(len(p.text) for p in side) > 0.35 * sum(len(p.text) for p in other):
        return False
    if len(side) > 0.8 * len(other):
        return False  # a note for most rows: a sidebar drawn on the main column's grid
    notes = sum(1 for p in side if any(c.isdigit() or c == "," for c in p.text))
    if notes < 0.4 * len(side):
        return False  # dates and places, not a list of skills
    aligned = sum(1 for p in side if any(_same_row(p, q) for q in other))
    return aligned >= 0.7 * len(side)


def _stretches(pieces: Sequence[_Piece], x: float) -> list[tuple[list[_Piece], list[_Piece]]]:
    """The (left, right) pieces of each stretch between pieces that cross ``x``, top down."""
    out: list[tuple[list[_Piece], list[_Piece]]] = [([], [])]
    for piece in sorted(pieces, key=lambda p: p.top):
        if piece.x0 < x < piece.x1:
            out.append(([], []))
            continue
        (out[-1][0] if piece.x1 <= x else out[-1][1]).append(piece)
    return out


def _order(pieces: list[_Piece], depth: int = 0) -> list[list[_Piece]]:
    """Pieces in reading order, as blocks: a column stretch is a block, and so is a run of rows.

    The pieces of one row inside a block come out together (the caller joins them by a tab).
    """
    x = _gutter(pieces) if depth < 3 else None
    if x is None:
        return [sorted(pieces, key=lambda p: (p.top, p.x0))] if pieces else []
    blocks: list[list[_Piece]] = []
    rows: list[_Piece] = []  # rows that span the gutter and short stretches: read row by row
    by_top = sorted(pieces, key=lambda p: p.top)
    stretch_left: list[_Piece] = []
    stretch_right: list[_Piece] = []

    def flush() -> None:
        nonlocal stretch_left, stretch_right
        if _columns(stretch_left, stretch_right):
            if rows:
                blocks.append(sorted(rows, key=lambda p: (p.top, p.x0)))
                rows.clear()
            blocks.extend(_columns_in_order(stretch_left, stretch_right, depth + 1))
        else:
            rows.extend(stretch_left + stretch_right)
        stretch_left, stretch_right = [], []

    for piece in by_top:
        if piece.x0 < x < piece.x1:
            flush()
            rows.append(piece)
        elif piece.x1 <= x:
            stretch_left.append(piece)
        else:
            stretch_right.append(piece)
    flush()
    if rows:
        blocks.append(sorted(rows, key=lambda p: (p.top, p.x0)))
    return blocks


def _columns_in_order(left: list[_Piece], right: list[_Piece], depth: int) -> list[list[_Piece]]:
    """Two columns of a stretch as blocks: the left one, then the right one.

    A short box at the top right (the contact details beside the name) is no sidebar: the
    left column's lines beside it come first, then the box, then the rest of the left column,
    so the box stays in the page's head instead of landing after the left column's sections.
    """
    top = min(p.top for p in left)
    height = max(p.bottom for p in left) - top
    box_bottom = max(p.bottom for p in right)
    if min(p.top for p in right) <= top + 0.1 * height and box_bottom < top + 0.25 * height:
        beside = [p for p in left if p.top < box_bottom]
        below = [p for p in left if p.top >= box_bottom]
        return [*_order(beside, depth), *_order(right, depth), *_order(below, depth)]
    return [*_order(left, depth), *_order(right, depth)]


def _laid_lines(blocks: list[list[_Piece]], first_block: int) -> list[Laid]:
    """Each block's rows as lines (pieces of a row joined by a tab).

    A note beside a sentence bullet or a wrapped line (a date or place in a column of its own,
    level with the entry's first bullet) becomes a line of its own: before a bullet, so that it
    follows the entry's header, and after a wrapped line, so that the line still joins its
    bullet.
    """
    out: list[Laid] = []
    for number, block in enumerate(blocks, start=first_block):
        rows: list[list[_Piece]] = []
        for piece in block:
            if rows and _same_row(rows[-1][0], piece):
                rows[-1].append(piece)
            else:
                rows.append([piece])
        lines: list[Laid] = []
        for row in rows:
            row.sort(key=lambda p: p.x0)
            first = row[0].text.lstrip()
            # A short bulleted line with a note is an entry's header ("• Google  Mountain
            # View, CA"), kept whole; a bullet that reads as a sentence gives its note away.
            if len(row) > 1 and first[:1] in _BULLETS and len(first.split()) > 6:
                lines += [_laid(row[1:], number, note=True), _laid(row[:1], number)]
            elif len(row) > 1 and first[:1].islower():
                lines += [_laid(row[:1], number), _laid(row[1:], number, note=True)]
            elif _label_and_list(row):
                # "Cloud and infrastructure    AWS, Azure, VMware": a table's label cell and its
                # list, each a line, as a Word table's cells are read.
                lines += [_laid(row[:1], number), _laid(row[1:], number)]
            else:
                lines.append(_laid(row, number))
        right = _right_edge(lines)
        for line in lines:
            line.right = right
        out += lines
    return out


def _same_row(a: _Piece, b: _Piece) -> bool:
    if a.glyphs[0].alone or b.glyphs[0].alone:
        return False
    centre_a = (a.top + a.bottom) / 2
    centre_b = (b.top + b.bottom) / 2
    return abs(centre_a - centre_b) <= _ROW_TOLERANCE * min(a.size, b.size)


def _label_and_list(row: list[_Piece]) -> bool:
    """A row of two pieces: a short label (no digits, no punctuation) and a list after it."""
    if len(row) != 2:
        return False
    label, items = row[0].text.strip(), row[1].text
    words = label.split()
    return (
        1 <= len(words) <= 4
        and not any(c.isdigit() for c in label)
        and label[-1:].isalpha()
        and items.count(",") >= 2
    )


def _right_edge(lines: list[Laid]) -> float:
    """Where the block's text lines end when full: the 90th percentile of the right ends of its
    prose-long lines (a footer or a date at the page's edge is not the column's edge)."""
    ends = sorted(
        line.x1 for line in lines if line.parts == 1 and not line.note and len(line.text) >= 30
    )
    if not ends:
        return max(line.x1 for line in lines)
    return ends[min(len(ends) - 1, int(0.9 * len(ends)))]


def _laid(row: list[_Piece], block: int, *, note: bool = False) -> Laid:
    text = "\t".join(p.text.strip() for p in row)
    first = row[0]
    glyphs = first.glyphs
    text_x0 = first.x0
    if glyphs[0].text in _BULLETS and len(glyphs) > 1:
        text_x0 = next((g.x0 for g in glyphs[1:] if g.text.strip()), first.x0)
    letters = sum(len(p.text) for p in row)
    return Laid(
        text=text,
        x0=first.x0,
        x1=max(p.x1 for p in row),
        top=min(p.top for p in row),
        bottom=max(p.bottom for p in row),
        size=max(row, key=lambda p: len(p.text)).size,
        bold=sum(len(p.text) for p in row if p.bold) >= 0.8 * letters,
        spaced=any(p.spaced for p in row),
        sized_caps=any(p.sized_caps for p in row),
        block=block,
        parts=len(row),
        text_x0=text_x0,
        last_x0=row[-1].x0,
        note=note,
    )


def _distinct(pieces: list[_Piece]) -> list[_Piece]:
    """Pieces with text, less copies drawn over one another (a shadow or outline effect draws a
    word two or three times, a point or two apart)."""
    out: list[_Piece] = []
    drawn: dict[str, list[_Piece]] = {}
    for piece in pieces:
        text = piece.text.strip()
        if not text:
            continue
        copies = drawn.setdefault(text, [])
        near = 0.5 * piece.size
        if any(abs(c.x0 - piece.x0) < near and abs(c.top - piece.top) < near for c in copies):
            continue
        copies.append(piece)
        out.append(piece)
    return out


def lay_out_page(
    glyphs: Iterable[Glyph], first_block: int = 0, height: float | None = None
) -> list[Laid]:
    """One page's glyphs as lines in reading order (blocks numbered from ``first_block``);
    ``height``, the page's, tells which lines sit in its top or bottom margin."""
    pieces = _distinct([piece for row in _rows(glyphs) for piece in _pieces(row)])
    lines = _laid_lines(_order(pieces), first_block)
    previous: Laid | None = None
    for line in lines:
        if height:
            line.margin = line.bottom < 0.08 * height or line.top > 0.92 * height
        if previous is not None and previous.block == line.block:
            line.space_above = line.top - previous.bottom
        else:
            line.space_above = line.size  # a block's first line stands apart
        if not line.note:  # a note sits beside the lines around it, not above them
            previous = line
    gaps: dict[int, list[float]] = {}
    for before, line in itertools.pairwise(lines):
        if before.block == line.block and not line.note and line.space_above >= 0:
            gaps.setdefault(line.block, []).append(line.space_above)
    for line in lines:
        found = gaps.get(line.block)
        # A low quantile: most gaps are between the lines of a paragraph, but a short block
        # may hold as many headings and entries, each with space above, as wrapped lines.
        line.leading = sorted(found)[len(found) // 4] if found else 0.2 * line.size
    return lines


_WORD_HYPHEN = re.compile(r"(?<![-\w])([A-Za-z]+)-$")
_SENTENCE_END = (".", "!", "?", ":", ";")
_NOT_PROSE = re.compile(
    r"\S*@|https?:|www\.|(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
# Words that start a hyphenated compound far more often than they are split syllables: a hyphen
# after one at a line break is kept ("self-" + "managed", "cross-" + "functional").
_COMPOUND_FIRST = frozenset(
    re.findall(
        r"\w+",
        "self well cross non multi high low full part long short real third end fast open "
        "data cloud user client team front back best state award hands world large small",
    )
)


def finish_lines(pages: Sequence[Sequence[Laid]]) -> list[Line]:
    """Lines of every page with wrapped lines joined, headings marked, blank lines between
    blocks and paragraphs."""
    every = _without_running_lines(pages)
    if not every:
        return []
    body = _body_size(every)
    larger = _heading_size(every, body)
    out: list[Line] = []
    previous: Laid | None = None
    for line in every:
        line.heading = _looks_like_heading(line, body, larger)
        if previous is not None and _continues(previous, line, body):
            joined = _join(out[-1][0], clean_line(line.text))
            out[-1] = (joined, False)
            # The next line continues this physical line: its end and text are what count.
            previous.x1, previous.bottom, previous.text = line.x1, line.bottom, line.text
            continue
        if previous is not None and (previous.block != line.block or _apart(line, 0.4 * body)):
            out.append(("", False))
        out.append((clean_line(line.text), line.heading))
        previous = line
    return out


_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^[\W_]*(?:page\s*)?#(?:\s*(?:of|/)\s*#)?[\W_]*$", re.IGNORECASE)


def _without_running_lines(pages: Sequence[Sequence[Laid]]) -> list[Laid]:
    """Every page's lines, less page numbers and the copies of a running header or footer
    (a margin line whose text, numbers aside, is on an earlier page's margin too): the first
    copy stays, so a name or a link in a footer is not lost."""
    out: list[Laid] = []
    seen: set[str] = set()
    for page in pages:
        for line in page:
            if line.margin and len(pages) > 1:
                parts = [
                    part
                    for part in line.text.split("\t")
                    if not _PAGE_NUMBER.match(_DIGITS.sub("#", part.strip()))
                ]
                key = _DIGITS.sub("#", " ".join("\t".join(parts).lower().split()))
                if not parts or key in seen:
                    continue
                seen.add(key)
                line.text, line.parts = "\t".join(parts), len(parts)
            out.append(line)
    return out


def _body_size(lines: Sequence[Laid]) -> float:
    """The size most of the text is set in (weighted by characters)."""
    weights: dict[float, int] = {}
    for line in lines:
        key = round(line.size * 2) / 2
        weights[key] = weights.get(key, 0) + len(line.text)
    return max(weights.items(), key=lambda item: item[1])[0]


def _heading_size(lines: Sequence[Laid], body: float) -> float | None:
    """The size section headings are set in: the largest size above the body's that at least
    three short lines share (two if none do); None when no such size stands out. Role titles
    are often larger than the body too, but smaller than the section headings, and the name is
    larger still but appears once."""
    counts: dict[float, int] = {}
    for line in lines:
        if line.size >= 1.15 * body and _heading_shaped(line):
            key = round(line.size * 2) / 2
            counts[key] = counts.get(key, 0) + 1
    for least in (3, 2):
        sizes = [size for size, count in counts.items() if count >= least]
        if sizes:
            return 0.93 * max(sizes)
    return None


def _heading_shaped(line: Laid) -> bool:
    """Short, one piece, no bullet, no digits, no sentence end: what a heading's text is like."""
    text = line.text.strip()
    words = text.split()
    if not any(c.isalpha() for c in text) or len(words) > 6 or len(text) > 50 or line.parts > 1:
        return False
    if text[0] in _BULLETS or text.endswith((".", ",", ";")) or "@" in text:
        return False
    return not any(c.isdigit() for c in text)


def _looks_like_heading(line: Laid, body: float, heading_size: float | None) -> bool:
    """A short line set larger than the body, or letter-spaced; where no heading size stands
    out, also one in bold capitals, or in capitals with space above it. Where headings have a
    size of their own, bold capitals at the body's size are an entry's title ("CORNELL
    UNIVERSITY"), not a section's heading."""
    text = line.text.strip()
    if not _heading_shaped(line):
        return False
    letters = [c for c in text if c.isalpha()]
    caps = all(not c.islower() for c in letters) and len(letters) >= 3
    apart = _apart(line, 0.3 * body)
    if line.spaced and len(letters) >= 4:
        return True
    if heading_size is not None:
        return line.size >= heading_size
    if line.size >= 1.15 * body and (apart or caps or line.bold):
        return True
    return (caps or line.sized_caps) and (line.bold or apart)


def _apart(line: Laid, extra: float) -> bool:
    """Whether ``line`` has ``extra`` more space above it than the block's lines usually have."""
    return line.space_above > line.leading + extra


def _continues(previous: Laid, line: Laid, body: float) -> bool:
    """Whether ``line`` is the wrapped rest of ``previous`` (see the module's step 4)."""
    if previous.block != line.block or previous.heading or line.heading:
        return False
    if previous.note or line.note:
        return False
    text = line.text.lstrip()
    if line.parts > 1:
        return False
    if previous.parts > 1:
        # "Fields:   Project Management, Software Develop-" / "ment, Consulting": the value
        # of a label wraps under itself.
        last = previous.text.rstrip()
        under = abs(line.x0 - previous.last_x0) <= 0.6 * body
        wrapped = text[:1].islower() or last.endswith((",", "-", "&", "/"))
        return under and wrapped and not _apart(line, 0.4 * line.size)
    if not text or text[0] in _BULLETS:
        return False
    if abs(previous.size - line.size) > 0.15 * body:
        return False
    if _apart(line, 0.4 * max(previous.size, line.size)):
        return False  # space above: a new paragraph
    # Under the text of the line above (a hanging indent), or flush with its start.
    indent = min(abs(line.x0 - previous.text_x0), abs(line.x0 - previous.x0)) <= 0.6 * body
    if not indent or previous.bold != line.bold:
        return False  # a bold title above plain text: a header, not a wrapped line
    width = max(previous.right - previous.x0, 1.0)
    full = previous.right - previous.x1 <= 0.12 * width
    most = previous.right - previous.x1 <= 0.4 * width
    last = previous.text.rstrip()
    hanging = previous.text_x0 > previous.x0 + 0.3 * body  # under a bullet's text, not its glyph
    if last.endswith(_SENTENCE_END) and text[:1].isupper() and not (hanging and full):
        return False
    if _NOT_PROSE.match(text):
        return False  # an e-mail, a link or a date starts a line of its own
    if _WORD_HYPHEN.search(last) and text[:1].islower():
        return True  # "re-" / "quest)": a word broken at the line's end, however short the line
    if text[:1].islower() or last.endswith((",", "-", "–", "—", "&", "/")):
        return most
    # Wrapped before a capital: the line before was full and is prose-long, not a short title
    # that happens to be the widest line of a small block.
    return full and (hanging or sum(w.isalpha() for w in last.split()) >= 6)


def _join(first: str, rest: str) -> str:
    """Join a wrapped line to its start; a hyphen that broke a word goes ("Devel-" "oping")."""
    first = first.rstrip()
    rest = rest.strip()
    match = _WORD_HYPHEN.search(first)
    if match and rest[:1].islower() and match.group(1).lower() not in _COMPOUND_FIRST:
        return first[:-1] + rest  # "Devel-" + "oping"; "end-to-" is kept by the pattern
    if first.endswith(("-", "/")):
        return first + rest
    return first + " " + rest
