"""Build templates/reference.docx: the styles every generated Word document uses.

A tasteful, ATS-safe default: US Letter, one column, 0.8" margins, Calibri 11 body text, headings in
Calibri with a restrained navy colour (no theme fonts, no text boxes, no tables for layout), real
"List Bullet" / "List Number" styles and a "Hyperlink" character style. resume_kit opens this file,
drops its body and writes the document with its styles, the way pandoc's ``--reference-doc`` works.
Give your own with ``--reference-docx`` (any .docx whose styles you like).

The output is byte-for-byte reproducible (fixed core properties and zip timestamps)::

    python scripts/make_reference_docx.py          # rewrites templates/reference.docx
    python scripts/make_reference_docx.py --check  # exits 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "templates" / "reference.docx"
FIXED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
FONT = "Calibri"
ACCENT = RGBColor(0x1F, 0x38, 0x64)  # dark navy: reads as black in greyscale print, not loud
BODY = RGBColor(0x22, 0x22, 0x22)


def set_font(style: Any, size: float, *, bold: bool | None = None, color: RGBColor = BODY) -> None:
    """Set an explicit font (theme font attributes removed, so every reader agrees)."""
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = None
    style.font.color.rgb = color
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), FONT)


def bottom_border(style: Any) -> None:
    """A thin rule under section headings (a paragraph border: ATS parsers ignore it)."""
    p_pr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "1F3864")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p_pr.append(borders)


def build() -> bytes:
    """Return the reference document's bytes."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(0.8))

    styles = document.styles
    normal = styles["Normal"]
    set_font(normal, 11)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.08

    for name, size, before, after in (
        ("Title", 22, 0, 2),
        ("Heading 1", 18, 0, 2),
        ("Heading 2", 12.5, 12, 4),
        ("Heading 3", 11, 8, 2),
        ("Heading 4", 11, 6, 0),
    ):
        style = styles[name]
        set_font(style, size, bold=True, color=ACCENT if name != "Heading 4" else BODY)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = True
    bottom_border(styles["Heading 2"])
    # Title has a theme border and spacing in the default template; keep it plain.
    title_ppr = styles["Title"].element.pPr
    if title_ppr is not None:
        for border in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(border)

    for name in (
        "List Bullet",
        "List Bullet 2",
        "List Bullet 3",
        "List Number",
        "List Number 2",
        "List Number 3",
        "Quote",
    ):
        style = styles[name]
        set_font(style, 11, color=BODY)
        style.paragraph_format.space_after = Pt(2)
    styles["Quote"].font.italic = True

    # Letters: the cover letter's paragraphs use "Body Text", with a blank line's worth of space
    # between paragraphs as in a printed business letter (the resume stays compact in Normal).
    body_text = styles["Body Text"]
    body_text.base_style = normal
    set_font(body_text, 11, color=BODY)
    body_text.paragraph_format.space_before = Pt(0)
    body_text.paragraph_format.space_after = Pt(11)
    body_text.paragraph_format.line_spacing = 1.15

    hyperlink = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    hyperlink.base_style = styles["Default Paragraph Font"]
    hyperlink.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    hyperlink.font.underline = True
    hyperlink.unhide_when_used = True

    properties = document.core_properties
    properties.author = "resume_kit"
    properties.last_modified_by = "resume_kit"
    properties.title = "resume_kit reference styles"
    properties.comments = "Styles for resume_kit documents (scripts/make_reference_docx.py)"
    properties.created = properties.modified = FIXED
    properties.last_printed = FIXED
    properties.revision = 1

    raw = BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so the bytes are reproducible."""
    out = BytesIO()
    with (
        zipfile.ZipFile(BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build()
    if args.check:
        current = args.out.read_bytes() if args.out.exists() else b""
        if current != data:
            print(f"{args.out} is out of date: run python scripts/make_reference_docx.py")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
