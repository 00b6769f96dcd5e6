"""Markdown to Word: the .docx writer on top of a reference document's styles.

markdown-it-py parses the Markdown and python-docx builds the document on top of a *reference*
.docx whose styles, page size and margins are kept and whose body is replaced, the way pandoc's
``--reference-doc`` works.

Markdown supported: ``#``-``###`` headings, paragraphs, bullet and numbered lists (Word's "List
Bullet" / "List Number" styles, nested up to three levels), ``**bold**``, ``*italic*``, links (real
Word hyperlinks), pipe tables, block quotes, ``---`` rules, hard line breaks,
:data:`~resume_kit.tailoring.markdown_tokens.PAGE_BREAK` (``\\newpage`` alone on a line) for a page
break, and images ``![alt](name.png)`` whose ``name.png`` is a key of the ``images`` mapping the
caller passes (the bytes come from that mapping, never from a file or URL; any other image is
written as its alt text).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any

from resume_kit.errors import OutputError
from resume_kit.read.limits import Limits
from resume_kit.resources import templates_file
from resume_kit.tailoring.markdown_tokens import (
    build_parser,
    image_alt,
    is_page_break,
    resolve_images,
)
from resume_kit.tailoring.templating import clean_text
from resume_kit.tailoring.user_docx import read_user_docx

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["REFERENCE_DOCX", "markdown_to_docx"]


REFERENCE_DOCX = "reference.docx"
_WHAT = "the reference .docx (--reference-docx)"


@dataclass
class _Styles:
    """Style objects resolved once per document (lookup by name dominates build time)."""

    paragraph: dict[str, Any]
    hyperlink: Any | None
    table: Any | None


_WANTED = (
    "Normal",
    "Body Text",
    "Title",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Heading 4",
    "Quote",
    "List Bullet",
    "List Bullet 2",
    "List Bullet 3",
    "List Number",
    "List Number 2",
    "List Number 3",
)


def _resolve_styles(document: Any) -> _Styles:
    from docx.enum.style import WD_STYLE_TYPE

    by_name: dict[str, Any] = {}
    hyperlink = table = None
    for style in document.styles:
        name = style.name
        if style.type == WD_STYLE_TYPE.PARAGRAPH and name in _WANTED:
            by_name[name] = style
        elif style.type == WD_STYLE_TYPE.CHARACTER and name == "Hyperlink":
            hyperlink = style
        elif style.type == WD_STYLE_TYPE.TABLE and name == "Table Grid":
            table = style
    normal = by_name.get("Normal")
    paragraph = {name: by_name.get(name, normal) for name in _WANTED}
    # A missing level falls back to the level above (a user's reference may lack "List Bullet 3").
    for base in ("List Bullet", "List Number", "Heading"):
        for level in (2, 3, 4) if base == "Heading" else (2, 3):
            name = f"{base} {level}"
            if by_name.get(name) is None:
                paragraph[name] = paragraph[f"{base} {level - 1}" if level > 1 else base]
    return _Styles(paragraph=paragraph, hyperlink=hyperlink, table=table)


def _open_reference(reference_docx: str | os.PathLike[str] | None, limits: Limits | None) -> Any:
    """Open the reference document and empty its body, keeping styles and section settings."""
    import docx
    from docx.oxml.ns import qn

    if reference_docx is None:
        data = templates_file(REFERENCE_DOCX).read_bytes()
        shown = REFERENCE_DOCX
    else:  # the user's file: the zip checks an input .docx gets, before python-docx opens it
        shown = os.fspath(reference_docx)
        data = read_user_docx(shown, what=_WHAT, limits=limits, error=OutputError)
    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types on bad files
        raise OutputError(
            f"cannot open the reference .docx ({type(exc).__name__}); give a Word .docx file",
            path=shown,
        ) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


class _WordWriter:
    """Walks markdown-it tokens, appending paragraphs, lists and tables to a Word document."""

    def __init__(
        self,
        document: Any,
        body_style: str = "Normal",
        images: Mapping[str, bytes] | None = None,
    ) -> None:
        self.document = document
        self.images = images or {}
        self.styles = _resolve_styles(document)
        self.body_style = body_style if body_style in _WANTED else "Normal"
        self.lists: list[tuple[str, int | None]] = []  # ("bullet" | "ordered", numId) per level
        self.page_break_pending = False
        # The line under a sub-heading (a role's "place | dates") stays with what follows it,
        # so that a role's header never ends a page without its first bullet.
        self.under_subheading = False
        self.subheading: Any = None  # the last level-3+ heading's paragraph, for its byline

    # - numbering -------------------------------------------------------------------------------

    def _restart_numbering(self, style: Any) -> int | None:
        """A fresh w:num for a numbered list so each list counts from 1, as in pandoc."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        p_pr = style.element.pPr
        num_pr = None if p_pr is None else p_pr.numPr
        if num_pr is None or num_pr.numId is None:
            return None
        base_id = int(num_pr.numId.val)
        try:
            numbering = self.document.part.numbering_part.element
        except NotImplementedError:
            return None
        abstract = None
        for num in numbering.findall(qn("w:num")):
            if int(num.get(qn("w:numId"))) == base_id:
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        if abstract is None:
            return None
        new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(new_id))
        abstract_ref = OxmlElement("w:abstractNumId")
        abstract_ref.set(qn("w:val"), abstract)
        num.append(abstract_ref)
        override = OxmlElement("w:lvlOverride")
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        override.set(qn("w:ilvl"), str(level))
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        numbering.append(num)
        return new_id

    # - blocks ----------------------------------------------------------------------------------

    def paragraph(self, style_name: str) -> Any:
        paragraph = self.document.add_paragraph()
        style = self.styles.paragraph[style_name]
        if style is not None and style is not self.styles.paragraph["Normal"]:
            # Set the style id directly: python-docx's setter looks up the default style on
            # every call, which was most of the build time.
            paragraph._p.style = style.style_id
        if self.page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self.page_break_pending = False
        return paragraph

    def list_paragraph(self) -> Any:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        kind, num_id = self.lists[-1]
        depth = min(len(self.lists), 3)
        base = "List Bullet" if kind == "bullet" else "List Number"
        paragraph = self.paragraph(base if depth == 1 else f"{base} {depth}")
        if num_id is not None:
            p_pr = paragraph._p.get_or_add_pPr()
            num_pr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            num = OxmlElement("w:numId")
            num.set(qn("w:val"), str(num_id))
            num_pr.append(ilvl)
            num_pr.append(num)
            p_pr.append(num_pr)
        return paragraph

    def write(self, tokens: Sequence[Token]) -> None:
        index = 0
        item_paragraph: Any = None  # the paragraph of the current list item (tight lists)
        quote = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if is_page_break(tokens, index):
                self.page_break_pending = True
                index += 3
                continue
            if kind == "heading_open":
                level = int(token.tag[1])
                paragraph = self.paragraph(f"Heading {min(level, 4)}")
                self.inline(paragraph, tokens[index + 1])
                self.under_subheading = level >= 3
                self.subheading = paragraph if level >= 3 else None
                index += 3
                continue
            keep = self.under_subheading and kind == "paragraph_open" and not self.lists
            self.under_subheading = False
            if kind == "bullet_list_open":
                self.lists.append(("bullet", None))
            elif kind == "ordered_list_open":
                depth = min(len(self.lists) + 1, 3)
                name = "List Number" if depth == 1 else f"List Number {depth}"
                style = self.styles.paragraph[name]
                self.lists.append(("ordered", self._restart_numbering(style)))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                item_paragraph = None
            elif kind == "paragraph_open":
                inline = tokens[index + 1]
                if self.lists:
                    if item_paragraph is None:
                        item_paragraph = self.list_paragraph()
                        target = item_paragraph
                    else:  # a second paragraph in one item continues it on a new line
                        item_paragraph.add_run().add_break()
                        target = item_paragraph
                elif keep and not quote and self.subheading is not None and _is_byline(inline):
                    self.join_byline(self.subheading, inline)
                    index += 3
                    continue
                else:
                    target = self.paragraph("Quote" if quote else self.body_style)
                    if keep:
                        target.paragraph_format.keep_with_next = True
                self.inline(target, inline)
                index += 3
                continue
            elif kind == "blockquote_open":
                quote += 1
            elif kind == "blockquote_close":
                quote -= 1
            elif kind == "table_open":
                index = self.table(tokens, index)
                continue
            elif kind in ("fence", "code_block"):
                for line in token.content.rstrip("\n").split("\n"):
                    self.paragraph("Normal").add_run(line)
            elif kind == "hr":
                self.rule()
            index += 1

    def rule(self) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        paragraph = self.paragraph("Normal")
        p_pr = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
            bottom.set(qn(f"w:{key}"), value)
        borders.append(bottom)
        p_pr.append(borders)

    def table(self, tokens: Sequence[Token], index: int) -> int:
        rows: list[list[tuple[Token, bool]]] = []
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline":
                rows[-1].append((token, tokens[index - 1].type == "th_open"))
            index += 1
        if rows:
            if self.page_break_pending:
                self.paragraph("Normal")  # carries the break: a table cannot
            columns = max(len(row) for row in rows)
            table = self.document.add_table(rows=len(rows), cols=columns)
            if self.styles.table is not None:
                table.style = self.styles.table
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, (inline, header) in zip(row.cells, cells, strict=False):
                    self.inline(cell.paragraphs[0], inline, bold=header)
        return index + 1

    # - inline ----------------------------------------------------------------------------------

    def join_byline(self, heading: Any, inline: Token) -> None:
        """Put a role's place-and-dates line into its heading, on a line of its own, not bold.

        Kept as a paragraph of its own with "keep with next" (heading -> byline -> first bullet),
        LibreOffice (and so the PDF export) honours only the last link of that chain and leaves
        the heading alone at the foot of a page; one heading paragraph keeping with the first
        bullet is a single link, which it honours (as Word does either way).
        """
        first = len(heading.runs)
        heading.add_run().add_break()
        self.inline(heading, inline)
        body = self.styles.paragraph["Normal"]
        colour = body.font.color.rgb if body is not None else None
        for run in heading.runs[first + 1 :]:
            run.bold = False
            if colour is not None:  # it reads as the body's line it was, not as the heading
                run.font.color.rgb = colour
        heading.paragraph_format.keep_with_next = True  # a user's reference may not say so

    def inline(self, paragraph: Any, token: Token, *, bold: bool = False) -> None:
        strong = 1 if bold else 0
        emphasis = 0
        link: Any = None
        for child in token.children or []:
            kind = child.type
            if kind == "strong_open":
                strong += 1
            elif kind == "strong_close":
                strong -= 1
            elif kind == "em_open":
                emphasis += 1
            elif kind == "em_close":
                emphasis -= 1
            elif kind == "link_open":
                link = self.hyperlink(paragraph, str(child.attrs.get("href", "")))
            elif kind == "link_close":
                link = None
            elif kind == "softbreak":
                self.run(paragraph, " ", strong, emphasis, link)
            elif kind == "hardbreak":
                paragraph.add_run().add_break()
            elif kind == "image":  # only known ones are left (see resolve_images)
                self.picture(paragraph, self.images[str(child.attrs["src"])], image_alt(child))
            elif kind in ("text", "code_inline", "html_inline"):
                self.run(paragraph, child.content, strong, emphasis, link)

    def run(self, paragraph: Any, text: str, strong: int, emphasis: int, link: Any) -> None:
        if not text:
            return
        run = paragraph.add_run(text)
        if strong:
            run.bold = True
        if emphasis:
            run.italic = True
        if link is not None:
            if self.styles.hyperlink is not None:
                run._r.style = self.styles.hyperlink.style_id
            else:  # a user's reference without a Hyperlink style: look like one anyway
                from docx.shared import RGBColor

                run.font.underline = True
                run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            link.append(run._r)  # moves the run inside the w:hyperlink element

    def picture(self, paragraph: Any, data: bytes, alt: str) -> None:
        """An inline picture as wide as the text column at most, with its alt text."""
        from docx.image.exceptions import UnrecognizedImageError

        section = self.document.sections[-1]
        text_width = section.page_width - section.left_margin - section.right_margin
        try:
            shape = paragraph.add_run().add_picture(BytesIO(data))
        except UnrecognizedImageError:
            self.run(paragraph, alt, 0, 0, None)
            return
        if shape.width > text_width:
            shape.height = int(shape.height * text_width / shape.width)
            shape.width = text_width
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", alt)  # what screen readers and Word's "Alt Text" show

    def hyperlink(self, paragraph: Any, url: str) -> Any:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        element = OxmlElement("w:hyperlink")
        if url.startswith("#"):
            element.set(qn("w:anchor"), url[1:])
        else:
            r_id = self.document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            element.set(qn("r:id"), r_id)
        paragraph._p.append(element)
        return element


def markdown_to_docx(
    markdown: str,
    *,
    title: str | None = None,
    author: str | None = None,
    reference_docx: str | os.PathLike[str] | None = None,
    body_style: str = "Normal",
    images: Mapping[str, bytes] | None = None,
    limits: Limits | None = None,
) -> bytes:
    """Build a Word document from Markdown, styled by a reference .docx.

    Args:
        markdown: The document (see the module docstring for what is supported).
        title: The document's Title property.
        author: The document's Author property (also "last modified by").
        reference_docx: A .docx whose styles, page size, margins, headers and footers are used
            (its body text is dropped); the shipped ``templates/reference.docx`` by default.
        body_style: The style of plain paragraphs: ``"Normal"``, or ``"Body Text"`` (a letter's
            roomier spacing in the shipped reference; Normal when the reference lacks it).
        images: Image name -> PNG/JPEG bytes; ``![alt](name)`` places that picture (scaled down
            to the text width) with its alt text. Images not in the mapping become their alt text.
        limits: The input limits a ``reference_docx`` is read within (``max_bytes``,
            ``max_unzipped_bytes``; see SECURITY.md); the defaults when None.

    Returns:
        The .docx file's bytes.

    Raises:
        OutputError: The reference document is missing or cannot be opened.
        LimitExceededError: The reference document, or what it unzips to, is over a limit.
    """
    document = _open_reference(reference_docx, limits)
    writer = _WordWriter(document, body_style, images)
    tokens = build_parser().parse(clean_text(markdown))
    resolve_images(tokens, writer.images, html_page=False)
    writer.write(tokens)
    properties = document.core_properties
    properties.title = clean_text(title or "")
    properties.author = clean_text(author or "")
    properties.last_modified_by = clean_text(author or "")
    properties.comments = "Written by resume_kit"
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _is_byline(inline: Token) -> bool:
    """A short line wholly in one emphasis, right under a sub-heading: a role's place and dates,
    or a prep sheet's question under its topic."""
    children = inline.children or []
    return (
        len(inline.content) <= 120
        and len(children) >= 3
        and children[0].type == "em_open"
        and children[-1].type == "em_close"
        and sum(child.type == "em_open" for child in children) == 1
    )
