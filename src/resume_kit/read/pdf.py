"""PDF files into lines, in reading order, with lines the PDF wrapped joined back together."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.read.failures import failure_reason
from resume_kit.read.limits import Limits, over_limit, pdf_clock
from resume_kit.read.lines import Line, clean_line

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


def read_pdf(data: bytes, name: str, limits: Limits) -> list[Line]:
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
            f"is not a readable PDF ({failure_reason(exc)}); "
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
        line = clean_line(_pdf_line(item.get_text()))
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
