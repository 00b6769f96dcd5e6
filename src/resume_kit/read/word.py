"""Word ``.docx`` files into lines: body paragraphs, tables and text boxes in document order,
then the page header and footer lines the body does not repeat.

The module is ``word``, not ``docx``, so that it is never mistaken for python-docx (the
``docx`` package it imports lazily).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.read.failures import failure_reason, warn_recovered
from resume_kit.read.limits import Limits, check_zip
from resume_kit.read.lines import Line, clean_line
from resume_kit.read.zip_salvage import read_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not body text of the paragraph being read: text boxes (read separately),
# the VML copy of a drawing, deleted or moved-away text, field instructions.
_DOCX_SKIP = {
    f"{_W}txbxContent",
    _MC_FALLBACK,
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_W}instrText",
    f"{_W}pPr",
    f"{_W}rPr",
}
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)


def is_docx_zip(data: bytes) -> bool:
    """True when ``data`` is a ZIP archive holding a Word document part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_docx(data: bytes, name: str, limits: Limits) -> list[Line]:
    """Body paragraphs, tables and text boxes in document order; header lines the body lacks.

    A damaged .docx (a part missing or corrupt, the file cut short) whose document part can
    still be read, whole or in part, is read from that part alone, with a warning.
    """
    kind = _package_kind(data)
    if kind != "package":
        reason = "its ZIP directory is missing: cut short or corrupt"
        salvaged = _salvage(data, name, limits, reason) if kind == "unreadable" else None
        if salvaged is None:
            raise InputFileError(
                "is not a readable Word .docx file (corrupt, truncated, or another ZIP archive); "
                "open it in Word and save it again as .docx",
                path=name,
            )
        return salvaged
    import docx

    try:
        # Before python-docx unzips and parses anything: a zip bomb stops here. (Its XML parser
        # resolves no entities and loads no DTD, so an external entity stays unresolved.)
        check_zip(data, limits, path=name)
        document = docx.Document(io.BytesIO(data))
        reader = _DocxReader(document)
        body = reader.read_blocks(document.element.body)
        header: list[Line] = []
        footer: list[Line] = []
        for section in document.sections:
            for top in (section.first_page_header, section.header):
                if not top.is_linked_to_previous:
                    header.extend(reader.read_blocks(top._element))
            for bottom in (section.first_page_footer, section.footer):
                if not bottom.is_linked_to_previous:
                    footer.extend(reader.read_blocks(bottom._element))
    except InputFileError:
        raise
    except Exception as exc:  # python-docx / lxml / zipfile raise many types on broken files
        salvaged = _salvage(data, name, limits, failure_reason(exc))
        if salvaged is not None:
            return salvaged
        raise InputFileError(
            f"is not a readable Word .docx file ({failure_reason(exc)}); "
            "open it in Word and save it again as .docx",
            path=name,
        ) from exc

    styled = reader.styled_headings()
    body, header, footer = (_mark(lines, styled) for lines in (body, header, footer))
    # Contact details often live in the page header: keep header lines the body does not repeat.
    body_text = "\n".join(text for text, _ in body)
    seen: set[str] = set()

    def extra(lines: list[Line]) -> list[Line]:
        kept: list[Line] = []
        for text, is_heading in lines:
            key = " ".join(text.split())
            if not key or key in seen or key in body_text or _PAGE_NUMBER.match(key):
                continue
            seen.add(key)
            kept.append((text, is_heading))
        return kept

    above = extra(header)
    below = extra(footer)
    return [*above, *([("", False)] if above else []), *body, ("", False), *below]


def _package_kind(data: bytes) -> str:
    """``package`` (a Word document, or a package naming its parts), ``other`` (another ZIP
    archive) or ``unreadable`` (no ZIP directory: cut short or corrupt)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "unreadable"
    return "package" if {"word/document.xml", "_rels/.rels"} & names else "other"


_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OVERRIDE = "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _salvage(data: bytes, name: str, limits: Limits, reason: str) -> list[Line] | None:
    """The text of a damaged .docx's document part alone, with a warning; None if unreadable.

    The part is read as far as it goes (:mod:`~resume_kit.read.zip_salvage`) and parsed by
    lxml in recovery mode, which keeps the elements before a cut or a corrupt spot. Like
    python-docx's, the parser resolves no entities, loads no DTD and fetches nothing.
    """
    main = _main_part(data, limits, name)
    found = None if main is None else read_part(data, main, limits, path=name)
    if found is None:
        return None
    xml, complete = found
    root, clean = _parse_recovering(xml)
    body = None if root is None else root.find(f"{_W}body")
    if body is None:
        return None
    reader = _DocxReader(None)
    lines = _mark(reader.read_blocks(body), reader.styled_headings())
    if not any(text.strip() for text, _ in lines):
        return None
    if complete and clean:
        what = "its text was read from the document part alone, without styles, headers or footers"
    else:
        what = "only the start of its text could be read; the rest is cut off or corrupt"
    warn_recovered(
        name,
        f"is a damaged Word file ({reason}); {what}; check the result, or open it in Word and "
        "save it again as .docx",
    )
    return lines


def _main_part(data: bytes, limits: Limits, name: str) -> str | None:
    """The name of the package's document part; None when the package says it is not a .docx
    (a macro-enabled document or a template, which are refused as python-docx refuses them)."""
    main = "word/document.xml"
    found = read_part(data, "_rels/.rels", limits, path=name)
    root = None if found is None else _parse_recovering(found[0])[0]
    if root is not None:
        for relationship in root.iter(_RELATIONSHIPS):
            if str(relationship.get("Type", "")).endswith("/officeDocument"):
                main = str(relationship.get("Target", "")).lstrip("/") or main
                break
    found = read_part(data, "[Content_Types].xml", limits, path=name)
    root = None if found is None else _parse_recovering(found[0])[0]
    if root is not None:
        for override in root.iter(_OVERRIDE):
            if str(override.get("PartName", "")).lstrip("/") == main:
                return main if override.get("ContentType") == _MAIN_TYPE else None
    return main


def _parse_recovering(xml: bytes) -> tuple[Any, bool]:
    """The root element lxml recovers from ``xml`` (None if nothing) and whether it was clean."""
    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
    )
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return None, False
    return root, not parser.error_log


class _DocxReader:
    """Walks WordprocessingML elements (lxml, via python-docx) into lines."""

    def __init__(self, document: Any | None) -> None:
        """``document``: python-docx's Document, or None for a bare document part (salvage)."""
        self._document = document
        self._style_cache: dict[str, tuple[bool, bool]] = {}
        self._styles: dict[str, Any] | None = None
        self._look_cache: dict[str | None, _Look] = {}
        self._sizes: dict[float, int] = {}  # characters per font size: the body size
        self._looks: list[tuple[str, _Look]] = []  # short paragraphs and how they look

    def read_blocks(self, container: Any) -> list[Line]:
        """Lines of the block-level children (paragraphs, tables, content controls) in order."""
        lines: list[Line] = []
        for child in container.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                lines.extend(self._paragraph(child))
            elif tag == f"{_W}tbl":
                lines.extend(self._table(child))
            elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                lines.extend(self.read_blocks(child))
        return lines

    def _table(self, tbl: Any) -> list[Line]:
        lines: list[Line] = []
        for row in tbl.iter(f"{_W}tr"):
            if row.getparent() is not tbl and row.getparent().getparent() is not tbl:
                continue  # a row of a nested table: read when its table is reached
            for cell in row.iter(f"{_W}tc"):
                if cell.getparent() is not row:
                    continue
                merge = cell.find(f"{_W}tcPr/{_W}vMerge")
                if merge is not None and merge.get(f"{_W}val") in (None, "continue"):
                    continue  # continuation of a vertically merged cell: its text was read above
                lines.extend(self.read_blocks(cell))
                lines.append(("", False))
        return lines

    def _paragraph(self, p: Any) -> list[Line]:
        parts: list[str] = []
        self._collect_text(p, parts)
        text = "".join(parts)
        is_heading, is_list = self._paragraph_kind(p)
        lines: list[Line] = []
        if text.strip():
            first, _, rest = text.partition("\n")
            cleaned = clean_line(first)
            if is_list and not is_heading and not cleaned.startswith("• "):
                cleaned = "• " + cleaned.lstrip()
            self._note_look(p, cleaned, bool(rest))
            lines.append((cleaned, is_heading))
            if rest:
                lines.append((rest, False))
        # Text boxes anchored in this paragraph, after it (python-docx does not expose them),
        # top to bottom and left to right as they are placed on the page.
        boxes = [
            box
            for box in p.iter(f"{_W}txbxContent")
            if not _inside(box, p, {f"{_W}txbxContent", _MC_FALLBACK})
        ]
        for box in sorted(boxes, key=_box_place) if len(boxes) > 1 else boxes:
            lines.extend(self.read_blocks(box))
        return lines

    def _collect_text(self, element: Any, parts: list[str]) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _DOCX_SKIP:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{_W}sym" and not "".join(parts).strip():
                parts.append("• ")  # a Symbol/Wingdings glyph typed before the text: a bullet
            else:
                self._collect_text(child, parts)

    def _note_look(self, p: Any, text: str, broken: bool) -> None:
        """Count the paragraph's characters by size; remember how a short one looks."""
        style_id = _style_id(p)
        base = self._style_look(style_id)
        sizes: dict[float, int] = {}
        bold = caps = letters = 0
        for run in p.iter(f"{_W}r"):
            chars = sum(len(t.text or "") for t in run.iterchildren(f"{_W}t"))
            if not chars or _inside(run, p, _DOCX_SKIP):
                # A text box anchored here has its own paragraphs, read and measured apart: its
                # runs would hide how this paragraph looks ("SKILLS" beside a box of body text).
                continue
            look = _run_look(run.find(f"{_W}rPr"), base)
            sizes[look.size] = sizes.get(look.size, 0) + chars
            self._sizes[look.size] = self._sizes.get(look.size, 0) + chars
            bold += chars * look.bold
            caps += chars * look.caps
            letters += chars
        if not letters or broken or not _heading_shaped(text):
            return
        size = max(sizes.items(), key=lambda item: item[1])[0]
        self._looks.append((text, _Look(size, bold >= 0.8 * letters, caps >= 0.8 * letters)))

    def styled_headings(self) -> set[str]:
        """Short paragraphs whose look makes them headings, beside those styled as headings.

        A heading is set larger than the body text (in the largest size that several short
        paragraphs share: a role title may be larger than the body but smaller than the section
        headings); where no such size stands out, also in bold capitals (typed, or capitals by
        formatting).
        """
        if not self._sizes:
            return set()
        body = max(self._sizes.items(), key=lambda item: item[1])[0]
        counts: dict[float, int] = {}
        for _, look in self._looks:
            if look.size >= 1.15 * body:
                counts[look.size] = counts.get(look.size, 0) + 1
        larger: float | None = None
        for least in (3, 2):
            shared = [size for size, count in counts.items() if count >= least]
            if shared:
                larger = max(1.15 * body, 0.93 * max(shared))
                break
        out: set[str] = set()
        for text, look in self._looks:
            letters = [c for c in text if c.isalpha()]
            caps = look.caps or (len(letters) >= 3 and not any(c.islower() for c in letters))
            if larger is not None:  # headings have a size of their own: bold capitals at the
                heading = look.size >= larger  # body's size are an entry's title
            else:
                heading = look.size >= 1.15 * body or (look.bold and caps)
            if heading:
                out.add(text)
        return out

    def _style_look(self, style_id: str | None) -> _Look:
        """Size, bold and capitals a paragraph style gives its runs (document defaults below)."""
        if style_id in self._look_cache:
            return self._look_cache[style_id]
        chain: list[Any] = []
        if self._document is not None:
            if self._styles is None:
                self._styles = {s.style_id: s for s in self._document.styles}
            style = self._styles.get(style_id) if style_id else None
            if style is None:
                style = next((s for s in self._styles.values() if _is_default_paragraph(s)), None)
            while style is not None and len(chain) < 10:
                chain.append(style.element.find(f"{_W}rPr"))
                style = style.base_style
            defaults = self._document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
            chain.append(defaults)
        look = _Look(11.0, False, False)
        for rpr in reversed(chain):  # defaults first, then each style over its base
            look = _run_look(rpr, look)
        self._look_cache[style_id] = look
        return look

    def _paragraph_kind(self, p: Any) -> tuple[bool, bool]:
        """(is a heading, is a list item) from direct formatting and the paragraph style."""
        ppr = p.find(f"{_W}pPr")
        style_id = None
        heading = False
        listed = False
        if ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            style_id = None if style is None else style.get(f"{_W}val")
            level = ppr.find(f"{_W}outlineLvl")
            heading = _outline_heading(level)
            num = ppr.find(f"{_W}numPr/{_W}numId")
            listed = num is not None and num.get(f"{_W}val") != "0"
        style_heading, style_list = self._style_kind(style_id)
        return heading or style_heading, listed or style_list

    def _style_kind(self, style_id: str | None) -> tuple[bool, bool]:
        if style_id is None:
            return False, False
        if self._document is None:  # no styles part: Word's own style ids say enough
            lowered = style_id.lower()
            listed = lowered.startswith("list") and "paragraph" not in lowered
            return lowered.startswith(("heading", "title")), listed
        if style_id not in self._style_cache:
            heading = listed = False
            if self._styles is None:
                self._styles = {s.style_id: s for s in self._document.styles}
            style = self._styles.get(style_id)
            depth = 0
            while style is not None and depth < 10:  # walk "based on" links, bounded
                name = (style.name or "").lower()
                element = style.element
                heading = heading or name.startswith(("heading", "title"))
                heading = heading or _outline_heading(element.find(f"{_W}pPr/{_W}outlineLvl"))
                listed = listed or (
                    name.startswith("list") and "paragraph" not in name and "continue" not in name
                )
                listed = listed or element.find(f"{_W}pPr/{_W}numPr/{_W}numId") is not None
                style = style.base_style
                depth += 1
            self._style_cache[style_id] = (heading, listed)
        return self._style_cache[style_id]


def _outline_heading(level: Any) -> bool:
    """An outline level 0-8 makes a heading; 9 is Word's "body text"."""
    return level is not None and level.get(f"{_W}val") in {
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
    }


def _inside(element: Any, stop: Any, tags: set[str]) -> bool:
    """True when an ancestor of ``element`` below ``stop`` has one of ``tags``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


@dataclass(frozen=True)
class _Look:
    """How a run of text looks: size in points, bold, capitals (typed or by formatting)."""

    size: float
    bold: bool
    caps: bool


def _toggle(rpr: Any, tag: str, inherited: bool) -> bool:
    """A run property that is on, off (``w:val="0"``/``false``) or inherited when absent."""
    element = rpr.find(f"{_W}{tag}")
    if element is None:
        return inherited
    return element.get(f"{_W}val", "true") not in ("0", "false", "off")


def _run_look(rpr: Any, base: _Look) -> _Look:
    """``base`` with the run properties ``rpr`` (may be None) applied."""
    if rpr is None:
        return base
    size = base.size
    sz = rpr.find(f"{_W}sz")
    value = "" if sz is None else str(sz.get(f"{_W}val", ""))
    if value.isdigit():
        size = int(value) / 2
    caps = _toggle(rpr, "caps", base.caps) or _toggle(rpr, "smallCaps", False)
    return _Look(size, _toggle(rpr, "b", base.bold), caps)


def _style_id(p: Any) -> str | None:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return None if style is None else style.get(f"{_W}val")


def _is_default_paragraph(style: Any) -> bool:
    element = style.element
    return bool(
        element.get(f"{_W}type") == "paragraph" and element.get(f"{_W}default") in ("1", "true")
    )


def _heading_shaped(text: str) -> bool:
    """Short, no bullet, no digits, no sentence end, no e-mail: what a heading's text is like."""
    text = text.strip()
    if not any(c.isalpha() for c in text) or len(text.split()) > 6 or len(text) > 50:
        return False
    if text.startswith("• ") or text.endswith((".", ",", ";")) or "@" in text:
        return False
    return not any(c.isdigit() for c in text)


def _mark(lines: list[Line], styled: set[str]) -> list[Line]:
    """``lines`` with those whose text looks like a heading marked as headings."""
    if not styled:
        return lines
    return [(text, is_heading or text in styled) for text, is_heading in lines]


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU_PER_POINT = 12700
_ALIGNED = {"top": 0.0, "left": 0.0, "inside": 0.0, "center": 300.0, "bottom": 700.0}
_ALIGNED |= {"right": 500.0, "outside": 500.0}
_VML_MARGIN = re.compile(r"margin-(top|left)\s*:\s*(-?[\d.]+)(pt|in|px)?", re.IGNORECASE)


def _box_place(box: Any) -> tuple[int, float]:
    """Where a text box sits, for reading boxes in order: (band of 36 points down, points
    across). Offsets are read as written (from the page, the margin or the anchor paragraph
    alike): boxes anchored in one paragraph are placed against the same reference."""
    parent = box.getparent()
    while parent is not None and parent.tag not in (f"{_WP}anchor", f"{_WP}inline"):
        if parent.tag.endswith("}shape") or parent.tag.endswith("}rect"):  # VML
            found = dict(
                (side.lower(), float(value) * (72 if unit == "in" else 1))
                for side, value, unit in _VML_MARGIN.findall(parent.get("style", ""))
            )
            return int(found.get("top", 0.0) // 36), found.get("left", 0.0)
        parent = parent.getparent()
    if parent is None or parent.tag == f"{_WP}inline":
        return 0, 0.0
    across = _offset(parent.find(f"{_WP}positionH"))
    down = _offset(parent.find(f"{_WP}positionV"))
    return int(down // 36), across


def _offset(position: Any) -> float:
    """A DrawingML position in points: its offset, or where its alignment puts it."""
    if position is None:
        return 0.0
    offset = position.find(f"{_WP}posOffset")
    if offset is not None and (offset.text or "").strip().lstrip("-").isdigit():
        return int((offset.text or "0").strip()) / _EMU_PER_POINT
    align = position.find(f"{_WP}align")
    return _ALIGNED.get((align.text or "").strip() if align is not None else "", 0.0)
