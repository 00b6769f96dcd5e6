"""A sound PDF's glyphs through PDFium (pypdfium2): the fast path of the PDF reader.

PDFium parses content streams in C, ten times faster than pdfminer.six on real resumes (see the
measurement at the top of :mod:`~resume_kit.read.pdf`). It is used only for a PDF that opens
cleanly and whose glyphs map to text; anything else (a password, a file cut short, fonts without
a text mapping, no text at all) returns None, and pdfminer.six reads the file with its
damage reports and error messages.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.read.limits import Limits, over_limit
from resume_kit.read.pdf_layout import Glyph, Laid, lay_out_page

# PDFium is not thread-safe: one document at a time in this process.
_LOCK = threading.Lock()
_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demibold", "demi")
_UNMAPPED = 0.3  # more unmapped glyphs than this share: leave the file to pdfminer's message


def pdfium_pages(
    data: bytes, name: str, limits: Limits, check_time: Callable[[], None]
) -> list[list[Laid]] | None:
    """Each page's lines in reading order, or None when PDFium should not read this file."""
    if b"%%EOF" not in data[-2048:]:
        return None  # cut short: pdfminer reads up to the cut and says what is missing
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - an install without the optional fast path
        return None
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception:  # a password, a broken file: pdfminer gives the right message
            return None
        try:
            count = len(document)
            limit = limits.max_pdf_pages
            if count > limit:
                raise over_limit("max_pdf_pages", f"has {count:,} pages", limit, "page", path=name)
            pages: list[list[Laid]] = []
            glyphs = unmapped = 0
            codes = _FontCodes(data)
            block = 0
            for index in range(count):
                check_time()
                page = document[index]
                try:
                    page_glyphs, missing = _page_glyphs(page, codes)
                    height = page.get_height()
                finally:
                    page.close()
                glyphs += len(page_glyphs)
                unmapped += missing
                lines = lay_out_page(page_glyphs, block, height)
                block = (lines[-1].block + 1) if lines else block
                pages.append(lines)
        except InputFileError:
            raise  # a limit
        except Exception:  # PDFium failed on this file: pdfminer reads it and says what is wrong
            return None
        finally:
            document.close()
    if not glyphs or unmapped > _UNMAPPED * (glyphs + unmapped):
        return None
    return pages


class _FontCodes:
    """The text of a font's own codes, as the fonts embedded in the PDF name them.

    A font without a text mapping reports its glyphs by code: TeX's subset fonts put their
    ligatures there ("Scienti\\x1cc" for "Scientific"), at slots that differ from font to font.
    pdfminer.six reads the embedded font program's encoding (glyph names such as /fi); only
    the fonts are read, not the pages' content, and only when such a glyph is met.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._table: dict[tuple[str, int], str] | None = None

    def text(self, font: bytes, code: int) -> str | None:
        """The text of ``code`` in the font named ``font`` (PDFium's name), or None."""
        if self._table is None:
            self._table = _font_table(self._data)
        return self._table.get((font.decode("latin-1"), code))


def _font_table(data: bytes) -> dict[tuple[str, int], str]:
    """(font name without its subset tag, code) -> text, for the codes below 0x20."""
    table: dict[tuple[str, int], str] = {}
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import resolve1

        manager = PDFResourceManager()
        seen: set[int | None] = set()
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for page in PDFPage.create_pages(document):
            fonts = resolve1((page.resources or {}).get("Font")) or {}
            for spec in fonts.values():
                objid = getattr(spec, "objid", None)
                if objid is not None and objid in seen:
                    continue
                seen.add(objid)
                font = manager.get_font(None, resolve1(spec))
                base = re.sub(r"^[A-Z]{6}\+", "", str(getattr(font, "basefont", "")))
                for code in range(0x20):
                    try:
                        text = font.to_unichr(code)
                    except Exception:  # no text for this code
                        continue
                    if text and text.isprintable():  # "ﬁ" as the letters "fi"
                        table[(base, code)] = unicodedata.normalize("NFKC", text)
    except Exception:  # a font pdfminer cannot read: those glyphs stay without text
        return table
    return table


def _page_glyphs(page: Any, codes: _FontCodes) -> tuple[list[Glyph], int]:
    """The glyphs of one page (top-down coordinates) and how many had no text mapping."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        height = page.get_height()
        rect = raw.FS_RECTF()
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        matrix = raw.FS_MATRIX()
        fonts: dict[bytes, bool] = {}
        out: list[Glyph] = []
        rotated: list[tuple[Glyph, float]] = []
        missing = 0
        space = False
        for index in range(raw.FPDFText_CountChars(handle)):
            code = raw.FPDFText_GetUnicode(handle, index)
            if code in (32, 9, 10, 13, 0xA0) or raw.FPDFText_IsGenerated(handle, index):
                space = space or code in (32, 9, 0xA0)
                continue
            raw.FPDFText_GetFontInfo(handle, index, name, len(name), flags)
            if code in (0, 0xFFFD) or raw.FPDFText_HasUnicodeMapError(handle, index) == 1:
                # A ligature of a font without a text mapping, inside a word: the font's
                # own encoding names it.
                found = codes.text(name.value, code) if 0 < code < 0x20 else None
                if found is None:
                    missing += 1
                    continue
                text = found
            else:
                text = "-" if code in (0xFFFE, 0x00AD, 0x02) else chr(code)
            raw.FPDFText_GetLooseCharBox(handle, index, rect)
            key = name.value
            bold = fonts.get(key)
            if bold is None:
                bold = _is_bold(raw, handle, index, key)
                fonts[key] = bold
            angle = raw.FPDFText_GetCharAngle(handle, index)
            upright = angle < 0 or min(angle, 2 * math.pi - angle) < 0.1
            # The size as drawn: the font size scaled by the glyph's matrix (a PDF may set a
            # 300-point font and shrink it, or a 1-point font and blow it up).
            size = raw.FPDFText_GetFontSize(handle, index)
            if raw.FPDFText_GetMatrix(handle, index, matrix):
                size *= math.hypot(matrix.c, matrix.d)
            top, bottom = height - rect.top, height - rect.bottom
            if (
                upright
                and size >= 2.0
                and raw.FPDFText_GetCharOrigin(handle, index, origin_x, origin_y)
            ):
                # Boxes from the baseline and the size, the same for every letter of a font:
                # PDFium's own boxes follow each glyph's ink ("e" is shorter than "d", a hyphen
                # is a sliver), which would split a row wherever a small glyph starts it.
                top, bottom = (
                    height - origin_y.value - 0.8 * size,
                    height - origin_y.value + 0.2 * size,
                )
            glyph = Glyph(
                text=text,
                x0=rect.left,
                x1=rect.right,
                top=top,
                bottom=bottom,
                bold=bold,
                space_before=space,
                seq=index,
            )
            space = False
            if upright:
                out.append(glyph)
            else:
                rotated.append((glyph, angle))
    finally:
        textpage.close()
    return out + _unrotated(rotated), missing


def _is_bold(raw: Any, handle: Any, index: int, font: bytes) -> bool:
    """Whether the font of glyph ``index`` (named ``font``) is bold: by weight or by name."""
    if raw.FPDFText_GetFontWeight(handle, index) >= 600:
        return True
    lowered = font.decode("latin-1", "replace").lower()
    return any(word in lowered for word in _BOLD_WORDS)


def _unrotated(glyphs: list[tuple[Glyph, float]]) -> list[Glyph]:
    """Rotated text (a heading turned 90° in the margin) laid flat where it starts: each run of
    turned glyphs becomes a line of its own, so its words read as words, not a letter a row."""
    columns: dict[int, list[tuple[Glyph, float]]] = {}
    for glyph, angle in glyphs:
        columns.setdefault(round(glyph.x0 / 4), []).append((glyph, angle))
    out: list[Glyph] = []
    for column in columns.values():
        upward = math.sin(column[0][1]) < 0  # turned left (PDFium's angles run clockwise)
        column.sort(key=lambda item: -item[0].bottom if upward else item[0].top)
        runs: list[list[Glyph]] = []
        for glyph, _ in column:
            edge = glyph.bottom if upward else glyph.top
            if runs:
                last = runs[-1][-1]
                gap = (last.top - edge) if upward else (edge - last.bottom)
                if gap <= last.x1 - last.x0:
                    runs[-1].append(glyph)
                    continue
            runs.append([glyph])
        for run in runs:
            size = max(g.x1 - g.x0 for g in run)
            top = min(g.top for g in run)
            x = run[0].x0
            for glyph in run:
                out.append(
                    Glyph(glyph.text, x, x + 0.6 * size, top, top + size, glyph.bold, alone=True)
                )
                x += 0.6 * size
    return out
