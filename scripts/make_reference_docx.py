"""Build the shipped Word designs: templates/reference.docx and templates/styles/*.docx.

resume_kit opens one of these files, drops its body and writes the document with its styles, the
way pandoc's ``--reference-doc`` works. Three designs ship (``resume-kit tailor --style NAME``):

* ``classic`` (the default, written to ``templates/reference.docx``): Calibri 11, headings in a
  restrained navy with a thin rule under each section heading, 0.8" margins.
* ``modern`` (``templates/styles/modern.docx``): Arial 10.5 in charcoal, a large light name,
  section headings in small spaced capitals in a teal accent, no rules, generous white space.
* ``compact`` (``templates/styles/compact.docx``): Cambria 10 in black, small-capital section
  headings over a hairline rule, 0.5" margins and tight spacing: the most on one page.

All are ATS-safe: US Letter, one column, explicit standard fonts (no theme fonts) with a declared
fallback family in the font table, real "Heading 1"-"Heading 4" styles (capitals are a display
property, the text stays as written), no text boxes and no tables for layout, real "List Bullet"
/ "List Number" styles and a "Hyperlink" character style. Give your own with ``--reference-docx``
(any .docx whose styles you like).

The output is byte-for-byte reproducible (fixed core properties and zip timestamps)::

    python scripts/make_reference_docx.py          # rewrites the three files
    python scripts/make_reference_docx.py --check  # exits 1 if a file is out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from lxml import etree

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
OUT = TEMPLATES / "reference.docx"
FIXED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

# Schema order of the children that follow w:pBdr in w:pPr and w:spacing in w:rPr: Word rejects
# a document whose elements are out of order, so new ones are inserted before these.
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_RSPACING = (
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)


@dataclass(frozen=True)
class Heading:
    """How one heading level looks."""

    size: float
    before: float
    after: float
    color: str  # hex RGB
    bold: bool = True
    caps: bool = False  # all capitals (display only: the text keeps its case)
    small_caps: bool = False
    tracking: float = 0.0  # extra space between letters, in points
    rule: str | None = None  # hex colour of a thin rule under the heading


@dataclass(frozen=True)
class Design:
    """One shipped Word design: fonts, colours, spacing and page margins."""

    name: str
    out: Path
    font: str
    family: str  # the font table's generic family ("swiss" sans, "roman" serif): the fallback
    alt_font: str  # the metric-compatible free font a reader without ``font`` should use
    size: float
    color: str
    line_spacing: float
    space_after: float
    margin: float  # inches, all four sides
    headings: dict[str, Heading]
    list_space_after: float
    link: str  # hex colour of hyperlinks (always underlined)
    description: str


CLASSIC = Design(
    name="classic",
    out=OUT,
    font="Calibri",
    family="swiss",
    alt_font="Carlito",
    size=11,
    color="222222",
    line_spacing=1.08,
    space_after=4,
    margin=0.8,
    headings={
        # dark navy: reads as black in greyscale print, not loud
        "Title": Heading(22, 0, 2, "1F3864"),
        "Heading 1": Heading(18, 0, 2, "1F3864"),
        "Heading 2": Heading(12.5, 12, 4, "1F3864", rule="1F3864"),
        "Heading 3": Heading(11, 8, 2, "1F3864"),
        "Heading 4": Heading(11, 6, 0, "222222"),
    },
    list_space_after=2,
    link="0563C1",
    description="Calibri, navy headings over a thin rule (the default)",
)

MODERN = Design(
    name="modern",
    out=TEMPLATES / "styles" / "modern.docx",
    font="Arial",
    family="swiss",
    alt_font="Liberation Sans",
    size=10.5,
    color="333333",
    line_spacing=1.15,
    space_after=5,
    margin=0.9,
    headings={
        "Title": Heading(26, 0, 4, "1B1B1B", bold=False),
        "Heading 1": Heading(26, 0, 2, "1B1B1B", bold=False),
        "Heading 2": Heading(10.5, 16, 6, "1A6E6A", caps=True, tracking=1.5),
        "Heading 3": Heading(11, 10, 1, "1B1B1B"),
        "Heading 4": Heading(10.5, 6, 0, "1A6E6A"),
    },
    list_space_after=3,
    link="1A6E6A",
    description="Arial, a large light name, spaced teal capitals for sections, no rules",
)

COMPACT = Design(
    name="compact",
    out=TEMPLATES / "styles" / "compact.docx",
    font="Cambria",
    family="roman",
    alt_font="Caladea",
    size=10,
    color="000000",
    line_spacing=1.0,
    space_after=1,
    margin=0.5,
    headings={
        "Title": Heading(16, 0, 1, "000000"),
        "Heading 1": Heading(16, 0, 1, "000000"),
        "Heading 2": Heading(11, 6, 2, "000000", small_caps=True, tracking=0.5, rule="7F7F7F"),
        "Heading 3": Heading(10, 4, 0, "000000"),
        "Heading 4": Heading(10, 4, 0, "000000"),
    },
    list_space_after=0,
    link="1F1F1F",
    description="Cambria 10, black, small-capital sections over a hairline, tight margins",
)

DESIGNS = (CLASSIC, MODERN, COMPACT)


def set_font(style: Any, design: Design, size: float, color: str, *, bold: bool | None) -> None:
    """Set an explicit font (theme font attributes removed, so every reader agrees)."""
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = None
    style.font.color.rgb = RGBColor.from_string(color)
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), design.font)


def bottom_border(style: Any, color: str) -> None:
    """A thin rule under section headings (a paragraph border: ATS parsers ignore it)."""
    p_pr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", color)):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p_pr.insert_element_before(borders, *_AFTER_PBDR)


def letter_spacing(style: Any, points: float) -> None:
    """Extra space between letters (w:spacing in twentieths of a point)."""
    r_pr = style.element.get_or_add_rPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(round(points * 20)))
    r_pr.insert_element_before(spacing, *_AFTER_RSPACING)


def declare_font(document: Any, design: Design) -> None:
    """List the design's font in the font table with its generic family and free twin.

    A reader that lacks the font substitutes one of the same family (sans or serif) and pitch;
    ``w:altName`` names the metric-compatible free font, so line breaks stay where they were.
    """
    part = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    table = parse_xml(part.blob)
    for font in table.findall(qn("w:font")):
        if font.get(qn("w:name")) == design.font:
            table.remove(font)
    font = OxmlElement("w:font")
    font.set(qn("w:name"), design.font)
    for tag, value in (
        ("altName", design.alt_font),
        ("family", design.family),
        ("pitch", "variable"),
    ):
        child = OxmlElement(f"w:{tag}")
        child.set(qn("w:val"), value)
        font.append(child)
    table.insert(0, font)
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def build(design: Design = CLASSIC) -> bytes:
    """Return one design's reference document bytes."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(design.margin))

    styles = document.styles
    normal = styles["Normal"]
    set_font(normal, design, design.size, design.color, bold=None)
    normal.paragraph_format.space_after = Pt(design.space_after)
    normal.paragraph_format.line_spacing = design.line_spacing

    for name, look in design.headings.items():
        style = styles[name]
        set_font(style, design, look.size, look.color, bold=look.bold)
        style.font.all_caps = look.caps or None
        style.font.small_caps = look.small_caps or None
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
        fmt.keep_with_next = True
        if look.tracking:
            letter_spacing(style, look.tracking)
        if look.rule:
            bottom_border(style, look.rule)
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
        set_font(style, design, design.size, design.color, bold=None)
        style.paragraph_format.space_after = Pt(design.list_space_after)
    styles["Quote"].font.italic = True

    # Letters: the cover letter's paragraphs use "Body Text", with a blank line's worth of space
    # between paragraphs as in a printed business letter (the resume stays compact in Normal).
    body_text = styles["Body Text"]
    body_text.base_style = normal
    set_font(body_text, design, design.size, design.color, bold=None)
    body_text.paragraph_format.space_before = Pt(0)
    body_text.paragraph_format.space_after = Pt(design.size)
    body_text.paragraph_format.line_spacing = 1.15

    hyperlink = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    hyperlink.base_style = styles["Default Paragraph Font"]
    hyperlink.font.color.rgb = RGBColor.from_string(design.link)
    hyperlink.font.underline = True
    hyperlink.unhide_when_used = True
    declare_font(document, design)

    properties = document.core_properties
    properties.author = "resume_kit"
    properties.last_modified_by = "resume_kit"
    properties.title = f"resume_kit {design.name} styles"
    properties.comments = (
        f"Styles for resume_kit documents, {design.name} design: {design.description} "
        "(scripts/make_reference_docx.py)"
    )
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
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is out of date")
    args = parser.parse_args()
    stale = 0
    for design in DESIGNS:
        data = build(design)
        if args.check:
            current = design.out.read_bytes() if design.out.exists() else b""
            if current != data:
                print(f"{design.out} is out of date: run python scripts/make_reference_docx.py")
                stale += 1
            else:
                print(f"{design.out} is up to date")
            continue
        design.out.parent.mkdir(parents=True, exist_ok=True)
        design.out.write_bytes(data)
        print(f"wrote {design.out} ({len(data):,} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
