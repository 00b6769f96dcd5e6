"""Markdown to a small self-contained HTML page (``tailor --format html``).

The page has its styles inline and loads nothing: images are embedded as ``data:`` URIs and a
:data:`~resume_kit.tailoring.markdown_tokens.PAGE_BREAK` becomes a CSS page break for printing.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from resume_kit.tailoring.markdown_tokens import build_parser, is_page_break, resolve_images
from resume_kit.tailoring.templating import clean_text

__all__ = ["markdown_to_html"]


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

    parser = build_parser()
    tokens = parser.parse(clean_text(markdown))
    resolve_images(tokens, images or {}, html_page=True)
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        if is_page_break(tokens, index):
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
