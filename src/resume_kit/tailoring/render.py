"""Templates to Markdown, Markdown to Word / HTML / PDF, and safe output files.

Every document is first rendered to Markdown by a Jinja2 template (the template only lays out;
every string is decided in :mod:`resume_kit.tailoring.context`). One writer turns that Markdown
into a .docx:
markdown-it-py parses it and python-docx builds the document on top of a *reference* .docx whose
styles, page size and margins are kept and whose body is replaced, the way pandoc's
``--reference-doc`` works. The same Markdown is also written as ``.md`` and as a small
self-contained ``.html`` page.

Markdown supported by the Word writer: ``#``-``###`` headings, paragraphs, bullet and numbered
lists (Word's "List Bullet" / "List Number" styles, nested up to three levels), ``**bold**``,
``*italic*``, links (real Word hyperlinks), pipe tables, block quotes, ``---`` rules, hard line
breaks, :data:`PAGE_BREAK` (``\\newpage`` alone on a line) for a page break, and images
``![alt](name.png)`` whose ``name.png`` is a key of the ``images`` mapping the caller passes (the
bytes come from that mapping, never from a file or URL; any other image is written as its alt text).

Values are data, never template source: a context value is printed by the template through a
Markdown escaper, so ``{{ 7*7 }}``, ``*``, ``<`` or ``|`` in a resume come out as written.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import shutil
import subprocess
import tempfile
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from resume_kit.errors import OutputError, TemplateError
from resume_kit.resources import templates_file

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

PAGE_BREAK = "\\newpage"
"""A line holding only this (pandoc's convention) starts a new page in .docx and .pdf."""

REFERENCE_DOCX = "reference.docx"
SLUG_MAX = 60

# --- Text cleaning ---------------------------------------------------------------------------

# ANSI escape sequences (colour codes pasted from a terminal), then the characters XML 1.0 forbids:
# C0 controls other than tab / newline / carriage return, DEL-adjacent C1 is allowed by XML but
# invisible, so DEL alone is dropped; lone surrogates and the two non-characters U+FFFE/U+FFFF.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop what cannot go into a Word file: ANSI escapes, NUL and other C0 controls.

    Args:
        text: Any text.

    Returns:
        The text without ANSI escape sequences and XML-invalid characters (tab and newline kept,
        carriage returns turned into newlines).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_INVALID.sub("", _ANSI.sub("", text))


# --- Markdown escaping of values -------------------------------------------------------------

# Only what CommonMark (or GFM, for a .md opened elsewhere) would read as markup, so the .md file
# stays readable: "<" only before a tag or autolink, "_" only at a word edge (snake_case is text),
# ">" only where it would start a block quote.
_MD_INLINE = re.compile(r"[\\`*\[\]|~]|<(?=[A-Za-z/!?])|(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+[.)])(?=\s|$)")


def escape_markdown(value: object) -> str:
    """Print a value into Markdown as literal text.

    Whitespace runs (newlines included) become one space, so a value never changes the layout
    the template gives it; Markdown punctuation is backslash-escaped; something that would start
    a heading or a list at the start of a line is escaped too. :class:`markupsafe.Markup` values
    (``| safe`` in a template) pass through unchanged: that is how a template prints the output of
    its own macros.

    Args:
        value: Anything a template prints.

    Returns:
        Markdown that renders as exactly ``str(value)`` (whitespace collapsed).
    """
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(clean_text(str(value)).split())
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(0), text)
    text = re.sub(r"^>", r"\\>", text)
    text = _MD_ENTITY.sub("&amp;", text)
    # A backslash before "#", "-", "+" or "=" stops a heading or list; "1." needs "1\\.".
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", text)


# --- Jinja environment -----------------------------------------------------------------------


class _PackageLoader(jinja2.BaseLoader):
    """Loads the shipped templates through importlib.resources (works from a wheel or a zip)."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if "/" in template or "\\" in template or template.startswith("."):
            raise jinja2.TemplateNotFound(template)
        resource = templates_file(template)
        if not resource.is_file():
            raise jinja2.TemplateNotFound(template)
        return resource.read_text(encoding="utf-8"), str(resource), lambda: True


def build_environment(
    templates_dir: str | os.PathLike[str] | None = None, *, markdown: bool = True
) -> SandboxedEnvironment:
    """Build the sandboxed Jinja2 environment that renders the document templates.

    The user's ``templates_dir`` is searched first, one file at a time, then the shipped
    templates; an undefined variable is an error (``StrictUndefined``).

    Args:
        templates_dir: A folder of the user's own templates (any subset of the shipped ones).
        markdown: True for Markdown templates (every printed value is Markdown-escaped, no HTML
            autoescape); False for HTML templates (HTML autoescape).

    Returns:
        The environment.

    Raises:
        TemplateError: ``templates_dir`` is not a folder.
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        if not Path(templates_dir).is_dir():
            raise TemplateError(
                "the templates folder does not exist; give a folder holding your .j2 files",
                path=templates_dir,
            )
        loaders.append(jinja2.FileSystemLoader(os.fspath(templates_dir), encoding="utf-8"))
    loaders.append(_PackageLoader())
    return SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=not markdown,
        finalize=escape_markdown if markdown else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def _template_error(exc: Exception, name: str, env: jinja2.Environment) -> TemplateError:
    """Turn a Jinja error into a TemplateError naming the template file and line."""
    filename: str | None = None
    lineno: int | None = None
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename, lineno = exc.filename, exc.lineno
    else:
        # Jinja rewrites runtime tracebacks so template frames carry the template's own file
        # name and line; the last such frame is where the error happened.
        for frame in traceback.extract_tb(exc.__traceback__):
            if not frame.filename.endswith(".py"):
                filename, lineno = frame.filename, frame.lineno
    if filename is None:
        try:
            filename = env.loader.get_source(env, name)[1] if env.loader is not None else None
        except jinja2.TemplateNotFound:
            filename = None
    where = f"line {lineno}: " if lineno else ""
    if isinstance(exc, jinja2.TemplateNotFound):
        message = f"template {exc.name!r} not found in your templates folder or the shipped ones"
    else:
        message = f"{where}{type(exc).__name__}: {exc}"
    return TemplateError(
        f"{message} (fix the template, or delete it to use the shipped one)",
        path=filename or name,
    )


def render_template(
    name: str,
    context: Mapping[str, Any],
    *,
    templates_dir: str | os.PathLike[str] | None = None,
    environment: SandboxedEnvironment | None = None,
) -> str:
    """Render one Markdown template with a finished context.

    Args:
        name: Template file name, e.g. ``"resume.md.j2"``.
        context: The variables (see ``templates/README.md``).
        templates_dir: The user's templates folder, searched first.
        environment: An environment from :func:`build_environment` to reuse.

    Returns:
        The Markdown text, cleaned of XML-invalid characters.

    Raises:
        TemplateError: The template is missing, invalid or fails; names the file and line.
    """
    env = environment or build_environment(templates_dir)
    try:
        return clean_text(env.get_template(name).render(**context))
    except jinja2.TemplateError as exc:
        raise _template_error(exc, name, env) from None


# --- Markdown parsing ------------------------------------------------------------------------


def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Raw HTML off: "<script>" in Markdown is text, in .docx and in .html alike.
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _image_alt(token: Token) -> str:
    """The plain text of an image token's alt (its children hold the alt's inline markup)."""
    return "".join(child.content for child in token.children or [] if child.content)


def _known_images(tokens: Sequence[Token], images: Mapping[str, bytes], html_page: bool) -> None:
    """Point images at the caller's ``images`` (data: URIs in HTML); others become their alt."""
    import base64

    from markdown_it.token import Token

    for token in tokens:
        if token.type != "inline":
            continue
        for index, child in enumerate(token.children or []):
            if child.type != "image":
                continue
            src = str(child.attrs.get("src", ""))
            if src in images and html_page:
                encoded = base64.b64encode(images[src]).decode("ascii")
                child.attrs["src"] = f"data:{_image_type(images[src])};base64,{encoded}"
            elif src not in images:
                (token.children or [])[index] = Token("text", "", 0, content=_image_alt(child))


def _image_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    return "application/octet-stream"


def _is_page_break(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    return (
        token.type == "paragraph_open"
        and index + 1 < len(tokens)
        and tokens[index + 1].type == "inline"
        and tokens[index + 1].content.strip() == PAGE_BREAK
    )


# --- Markdown to HTML ------------------------------------------------------------------------

_HTML_STYLE = (
    "body{font-family:Calibri,Carlito,'Segoe UI',Arial,sans-serif;font-size:11pt;line-height:1.4;"
    "color:#222;max-width:46em;margin:2em auto;padding:0 1em}"
    "h1,h2,h3{color:#1f3864;line-height:1.2}h2{border-bottom:1px solid #c8d1e0}"
    "table{border-collapse:collapse}td,th{border:1px solid #c8d1e0;padding:.2em .5em}"
    ".page-break{break-after:page}@media print{body{margin:0}}"
)


def markdown_to_html(
    markdown: str,
    *,
    title: str,
    author: str | None = None,
    images: Mapping[str, bytes] | None = None,
) -> str:
    """Render Markdown as a minimal self-contained HTML page (no external assets).

    Args:
        markdown: The document.
        title: The page title (escaped).
        author: The author meta tag (escaped), if any.
        images: Image name -> PNG/JPEG bytes; ``![alt](name)`` embeds them as data: URIs.

    Returns:
        The HTML page.
    """
    from markdown_it.token import Token

    parser = _parser()
    tokens = parser.parse(clean_text(markdown))
    _known_images(tokens, images or {}, html_page=True)
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        if _is_page_break(tokens, index):
            marker = Token("html_block", "", 0)
            marker.content = '<div class="page-break"></div>\n'
            out.append(marker)
            index += 3
            continue
        out.append(tokens[index])
        index += 1
    body = parser.renderer.render(out, parser.options, {})
    meta = f'<meta name="author" content="{html.escape(author)}">\n' if author else ""
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{meta}<title>{html.escape(title)}</title>\n<style>{_HTML_STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


# --- Markdown to Word ------------------------------------------------------------------------


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


def _open_reference(reference_docx: str | os.PathLike[str] | None) -> Any:
    """Open the reference document and empty its body, keeping styles and section settings."""
    import docx
    from docx.oxml.ns import qn

    if reference_docx is None:
        source: Any = BytesIO(templates_file(REFERENCE_DOCX).read_bytes())
    else:
        source = os.fspath(reference_docx)
        if not Path(source).is_file():
            raise OutputError("the reference .docx does not exist", path=source)
    try:
        document = docx.Document(source)
    except Exception as exc:  # python-docx raises several unrelated types on bad files
        raise OutputError(
            f"cannot open the reference .docx ({type(exc).__name__}); give a Word .docx file",
            path=source if isinstance(source, str) else REFERENCE_DOCX,
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
            if _is_page_break(tokens, index):
                self.page_break_pending = True
                index += 3
                continue
            if kind == "heading_open":
                level = int(token.tag[1])
                paragraph = self.paragraph(f"Heading {min(level, 4)}")
                self.inline(paragraph, tokens[index + 1])
                index += 3
                continue
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
                else:
                    target = self.paragraph("Quote" if quote else self.body_style)
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
            elif kind == "image":  # only known ones are left (see _known_images)
                self.picture(paragraph, self.images[str(child.attrs["src"])], _image_alt(child))
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

    Returns:
        The .docx file's bytes.

    Raises:
        OutputError: The reference document cannot be opened.
    """
    document = _open_reference(reference_docx)
    writer = _WordWriter(document, body_style, images)
    tokens = _parser().parse(clean_text(markdown))
    _known_images(tokens, writer.images, html_page=False)
    writer.write(tokens)
    properties = document.core_properties
    properties.title = clean_text(title or "")
    properties.author = clean_text(author or "")
    properties.last_modified_by = clean_text(author or "")
    properties.comments = "Written by resume_kit"
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- PDF -------------------------------------------------------------------------------------


def find_soffice() -> str | None:
    """The LibreOffice command on PATH (``soffice`` or ``libreoffice``), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_bytes: bytes, *, name: str = "document", timeout: float = 180.0) -> bytes:
    """Convert a .docx to PDF with LibreOffice in headless mode.

    Args:
        docx_bytes: The Word document.
        name: A file name stem for LibreOffice's messages.
        timeout: Seconds to wait for LibreOffice.

    Returns:
        The PDF's bytes.

    Raises:
        OutputError: LibreOffice is not installed, or the conversion failed.
    """
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            "PDF output needs LibreOffice, which is not on PATH; install it (Debian/Ubuntu: "
            "apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice) "
            "or choose --format docx"
        )
    with tempfile.TemporaryDirectory(prefix="resume-kit-pdf-") as work:
        source = Path(work) / f"{name}.docx"
        source.write_bytes(docx_bytes)
        profile = Path(work, "profile").as_uri()  # own profile: no clash with a running office
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError(f"LibreOffice failed to convert {name}.docx to PDF: {exc}") from None
        target = source.with_suffix(".pdf")
        if not target.is_file():
            raise OutputError(f"LibreOffice did not produce a PDF for {name}.docx")
        return target.read_bytes()


# --- Output files ----------------------------------------------------------------------------


def slugify(text: str, *, max_length: int = SLUG_MAX, fallback: str = "document") -> str:
    """A safe file-name part: lowercase ASCII letters, digits and single hyphens.

    Accents are dropped to their base letter ("Montréal" -> "montreal"); the result is cut at a
    hyphen to at most ``max_length`` characters, and is never empty (``fallback``), never ``..``
    and never holds a path separator.

    Args:
        text: Any text (a name, a company).
        max_length: The longest result.
        fallback: What to return when nothing usable is left.

    Returns:
        The slug.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-") or fallback


def output_stem(candidate: str | None, company: str | None) -> str:
    """The common file-name prefix: ``jordan-rivera-acme-health`` (never empty)."""
    parts = [slugify(part, fallback="") for part in (candidate or "", company or "")]
    joined = "-".join(part for part in parts if part)
    return slugify(joined, fallback="candidate")


def _refuse_existing(paths: Iterable[Path]) -> None:
    for path in paths:
        if os.path.lexists(path):
            raise OutputError(
                "already exists; use --force (force=True) to overwrite it, or choose another "
                "output folder",
                path=path,
            )


def write_atomic(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write a file so that it is either complete or absent, never half-written.

    The bytes go to a temporary file in the same folder, are flushed to disk, then take the
    file's name in one step. A symlink at ``path`` is replaced, never followed.

    Args:
        path: Where to write.
        data: The content.
        force: Overwrite an existing file (or symlink); otherwise that is an error.

    Returns:
        The path written.

    Raises:
        OutputError: The file exists and ``force`` is False, or it cannot be written.
    """
    target = Path(path)
    if not force:
        _refuse_existing([target])
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644 & ~_umask())
        if force:
            os.replace(temporary, target)  # rename(2) replaces a symlink itself, not its target
        else:
            try:
                os.link(temporary, target)  # fails if the name was taken meanwhile
            except FileExistsError:
                raise OutputError(
                    "already exists; use --force (force=True) to overwrite it", path=target
                ) from None
            except OSError:  # a file system without hard links: check-then-rename
                _refuse_existing([target])
                os.replace(temporary, target)
    except OSError as exc:
        raise OutputError(f"cannot write the file: {exc.strerror or exc}", path=target) from None
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)
    _fsync_folder(target.parent)
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder or ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_outputs(
    files: Mapping[str, bytes], outdir: str | os.PathLike[str], *, force: bool = False
) -> list[Path]:
    """Write several finished files into a folder, checking them all before writing any.

    Args:
        files: File name (no folder part) -> content.
        outdir: The folder; created when missing.
        force: Overwrite existing files.

    Returns:
        The paths written, in the order given.

    Raises:
        OutputError: A name is unsafe, a file exists without ``force``, or writing failed. If
            writing fails or is interrupted part way, the files this call created are removed.
    """
    folder = Path(outdir)
    for name in files:
        if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
            raise OutputError(f"unsafe output file name {name!r}")
    targets = [folder / name for name in files]
    if not force:
        _refuse_existing(targets)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the output folder: {exc.strerror or exc}", path=folder
        ) from None
    if not folder.is_dir():
        raise OutputError("is not a folder; choose another --outdir", path=folder)
    written: list[Path] = []
    created: list[Path] = []
    try:
        for target in targets:
            existed = os.path.lexists(target)
            written.append(write_atomic(target, files[target.name], force=force))
            if not existed:
                created.append(target)
    except BaseException:
        # Ctrl-C, a crash or a full disk in the third file: remove the files this call created,
        # so a run leaves its whole set or nothing new (files replaced under force stay replaced).
        for path in created:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    return written


# What `resume-kit init-templates` copies: the documents' templates, the Word styles they are
# written with, the example Word design for --docx-template, and the variables' documentation.
STARTER_TEMPLATES = (
    "resume.md.j2",
    "cover_letter.md.j2",
    "interview_prep.md.j2",
    "reference.docx",
    "resume-template.docx",
    "README.md",
)


def copy_templates(folder: str | os.PathLike[str], *, force: bool = False) -> list[Path]:
    """Copy the shipped templates into ``folder`` for a user to edit.

    Args:
        folder: Where to put them; created when missing.
        force: Overwrite files of the same names already there.

    Returns:
        The paths written.

    Raises:
        OutputError: A file exists (without ``force``) or the folder cannot be written.
    """
    shipped = {name: templates_file(name).read_bytes() for name in STARTER_TEMPLATES}
    return write_outputs(shipped, folder, force=force)
