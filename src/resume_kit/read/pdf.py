"""PDF files into lines, in reading order, with the layout's cues: columns read one at a time,
wrapped lines joined back together, headings marked (see :mod:`~resume_kit.read.pdf_layout`).

Glyphs come from PDFium (:mod:`~resume_kit.read.pdf_fast`) for a sound file, else from
pdfminer.six, which reads damaged, cut-short, password-protected and unmapped-font files and
says what is wrong with them; both go through the same layout code."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.read.failures import failure_reason, warn_recovered
from resume_kit.read.limits import Limits, over_limit, pdf_clock
from resume_kit.read.lines import Line
from resume_kit.read.pdf_fast import pdfium_pages
from resume_kit.read.pdf_layout import Glyph, Laid, finish_lines, lay_out_page

# Libraries chosen by measurement, on the 30 real PDFs of ../shared/data/real-resumes/ (LaTeX,
# Typst, Word, Chrome, LibreOffice exports; benchmarks/structure_real.py) with the same layout code
# (pdf_layout.py) fed by each library's glyphs (pdfplumber is pdfminer.six underneath: the same):
#
#   glyphs from                 section F1  roles P / R    education  read one PDF: median / max
#   pdfminer.six text boxes     0.553       0.29 / 0.26    0.54       280 ms / 2.0 s (before)
#   pdfminer.six glyphs         0.556       0.43 / 0.34    0.62       280 ms / 2.0 s
#   PDFium glyphs (pypdfium2)   0.588       0.43 / 0.37    0.66       100 ms / 0.4 s
#
# (times on a loaded 2-core machine; pdfminer parses content streams in Python, 2-3 s for a
# template that draws thousands of paths, PDFium in C.) PDFium also maps more glyphs (hyphens
# drawn as soft hyphens, line-end hyphens) and gives font weight and size. Chosen: PDFium for
# sound files, pdfminer.six for the rest. An earlier measurement (benchmarks/pdf_readers.py)
# showed why content-stream order (pypdf) is no option: it interleaves columns drawn row by row.


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


@dataclass
class _Damage:
    """What went wrong while reading a PDF that was read all the same."""

    cut_short: Exception | None = None  # the file ends early; it was read up to its last object
    failed: list[int] = field(default_factory=list)  # pages that could not be read
    broken_after: int | None = None  # the page tree could not be followed past this page
    first_error: Exception | None = None

    def lost(self, error: Exception, page: int, *, rest: bool = False) -> None:
        """Note that ``page`` (with ``rest``: every page after it) could not be read."""
        if rest:
            self.broken_after = page
        else:
            self.failed.append(page)
        self.first_error = self.first_error or error


def read_pdf(data: bytes, name: str, limits: Limits) -> list[Line]:
    """Text of every page in reading order; wrapped bullet lines joined back together.

    A damaged PDF is read as far as it goes: a file cut short is read up to its last complete
    object, a page that fails is skipped, and a warning says what is missing. It is refused only
    when no page could be read.
    """
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    with pdf_clock(limits, path=name) as check_time:
        fast = pdfium_pages(data, name, limits, check_time)
    if fast is not None:
        return finish_lines(fast)

    damage = _Damage()
    try:
        with _quiet_pdfminer(), pdf_clock(limits, path=name) as check_time:
            pages = []
            for page in _pdf_pages(data, name, limits, damage):
                check_time()
                pages.append(page)
            if not pages and damage.first_error is not None:
                raise damage.first_error
    except InputFileError:
        raise  # a limit
    except PDFPasswordIncorrect as exc:
        raise InputFileError(
            "is password-protected; save an unprotected copy and try again", path=name
        ) from exc
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, TypeError... on bad files
        raise _unreadable(exc, name) from exc

    laid: list[list[Laid]] = []
    has_images = False
    glyphs = unmapped = 0
    for page in pages:
        page_glyphs: list[Glyph] = []
        counts = [0, 0]
        has_images = _page_glyphs(page, page.y1, page_glyphs, counts) or has_images
        glyphs += counts[0]
        unmapped += counts[1]
        laid.append(lay_out_page(page_glyphs, sum(len(p) for p in laid), page.height))
    if glyphs and unmapped > 0.3 * glyphs:
        raise InputFileError(
            "uses fonts whose characters cannot be mapped back to text; export the PDF again "
            "from the original document (or use the .docx) and try again",
            path=name,
        )
    lines = finish_lines(laid)
    if not any(text.strip() for text, _ in lines):
        cause = damage.cut_short or damage.first_error
        if cause is not None:  # what could be read held nothing: the damage is the news
            raise _unreadable(cause, name) from cause
        if pages and has_images:
            raise InputFileError(
                "has no text layer (a scanned image?); run it through OCR, e.g. ocrmypdf, and "
                "try again, or use a .docx or .txt copy",
                path=name,
            )
        raise InputFileError(
            "contains no text to read (blank pages, or text drawn as shapes?); if it shows "
            "text, run it through OCR, e.g. ocrmypdf, or use a .docx or .txt copy",
            path=name,
        )
    _warn_damage(damage, len(pages), name)
    return lines


def _unreadable(exc: Exception, name: str) -> InputFileError:
    return InputFileError(
        f"is not a readable PDF ({failure_reason(exc)}); "
        "it may be corrupt or truncated, export it again",
        path=name,
    )


def _warn_damage(damage: _Damage, read: int, name: str) -> None:
    """Say which part of a damaged PDF could not be read (its text is missing)."""
    advice = "check the result, or get a complete copy of the PDF and try again"
    if damage.cut_short is not None:
        warn_recovered(
            name,
            f"ends early (cut short?); its text up to the cut was read ({_pages(read)}) and "
            f"the rest is missing; {advice}",
        )
        return
    if damage.failed:
        several = len(damage.failed) > 1
        warn_recovered(
            name,
            f"page{'s' if several else ''} {', '.join(map(str, damage.failed))} could not be "
            f"read ({failure_reason(damage.first_error or Exception())}); "
            f"{'their' if several else 'its'} text is missing; {advice}",
        )
    if damage.broken_after is not None:
        warn_recovered(
            name,
            f"its list of pages is damaged after page {damage.broken_after}; the text of any "
            "later page is "
            f"missing; {advice}",
        )


def _pages(count: int) -> str:
    return f"{count} page{'' if count == 1 else 's'}"


def _open_pdf(data: bytes, damage: _Damage) -> Any:
    """pdfminer's PDFDocument of ``data``; a file cut short is read up to its last object."""
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise
    except Exception as exc:
        mended = _end_cut_short_pdf(data)
        if mended is None:
            raise
        try:
            document = PDFDocument(PDFParser(io.BytesIO(mended)), password="")
        except Exception:
            raise exc from None
        damage.cut_short = exc
        return document


_CATALOG = re.compile(rb"(\d+)\s+(\d+)\s+obj\s*<<(?:(?!endobj).){0,400}?/Type\s*/Catalog\b", re.S)


def _end_cut_short_pdf(data: bytes) -> bytes | None:
    """A PDF cut short (a download that stopped), ended after its last complete object.

    What the cut removed is the cross-reference table and the trailer naming the document's
    catalog; pdfminer finds the objects without the table, so a trailer pointing at the catalog
    (or at a bare one added here, whose pages pdfminer then finds by scanning) is all it needs.
    None when the file is not cut short (it has its end marker) or holds no complete object.
    """
    if b"%%EOF" in data[-1024:]:
        return None
    end = data.rfind(b"endobj")
    if end < 0:
        return None
    body = data[: end + len(b"endobj")]
    catalog = _CATALOG.search(body)
    if catalog is not None:
        root = catalog.group(1) + b" " + catalog.group(2) + b" R"
    else:
        body += b"\n999999 0 obj\n<< /Type /Catalog >>\nendobj"
        root = b"999999 0 R"
    return body + b"\ntrailer\n<< /Root " + root + b" >>\n%%EOF\n"


def _pdf_pages(data: bytes, name: str, limits: Limits, damage: _Damage) -> Iterator[Any]:
    """Lay out each page (as pdfminer's ``extract_pages`` does), with the page-count limit
    checked on the page tree's declared count first and on the pages actually found as they come.

    A page that fails is noted in ``damage`` and skipped, and so is the rest of a page tree that
    breaks off; a failure before any page is raised.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    document = _open_pdf(data, damage)
    limit = limits.max_pdf_pages
    pages = resolve1(document.catalog.get("Pages"))
    declared = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    if isinstance(declared, int) and declared > limit:
        raise over_limit("max_pdf_pages", f"has {declared:,} pages", limit, "page", path=name)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)  # characters: laid out by pdf_layout
    interpreter = PDFPageInterpreter(manager, device)
    tree = PDFPage.create_pages(document)
    number = 0
    while True:
        try:
            page = next(tree, None)
        except Exception as exc:  # the page tree breaks off here
            if not number:
                raise
            damage.lost(exc, number, rest=True)
            return
        if page is None:
            return
        number += 1
        if number > limit:
            raise over_limit("max_pdf_pages", f"has over {limit:,} pages", limit, "page", path=name)
        try:
            interpreter.process_page(page)
        except Exception as exc:  # this page is damaged; the others may not be
            damage.lost(exc, number)
            continue
        yield device.get_result()


def _page_glyphs(container: Any, height: float, out: list[Glyph], counts: list[int]) -> bool:
    """Collect pdfminer's characters of ``container`` as glyphs (top-down coordinates).

    ``counts`` gets the characters seen and those without a text mapping ("(cid:N)"). Returns
    whether the container holds an image (a page with images and no text is a scan).
    """
    from pdfminer.layout import LTChar, LTContainer, LTImage

    has_image = False
    space = False
    for item in container:
        if isinstance(item, LTChar):
            text = item.get_text()
            counts[0] += len(text)
            if not text.strip():
                space = True
                continue
            if _CID.fullmatch(text):
                counts[1] += len(text)
                if text != "(cid:127)":  # DEL drawn as the bullet glyph
                    continue
                text = "•"
            text = "-" if text in ("\u00ad", "\ufffe") else text
            out.append(
                Glyph(
                    text=text,
                    x0=item.x0,
                    x1=item.x1,
                    top=height - item.y1,
                    bottom=height - item.y0,
                    bold=_bold_font(item.fontname),
                    space_before=space,
                    seq=len(out),
                )
            )
            space = False
        elif isinstance(item, LTImage):
            has_image = True
        elif isinstance(item, LTContainer):
            has_image = _page_glyphs(item, height, out, counts) or has_image
    return has_image


def _bold_font(fontname: str) -> bool:
    lowered = fontname.lower()
    return any(word in lowered for word in ("bold", "black", "heavy", "semibold", "demi"))


_CID = re.compile(r"\(cid:\d+\)")
