"""The rendered Markdown parsed into markdown-it tokens, as the Word and HTML writers read it.

Raw HTML is off (``<script>`` in Markdown is text), pipe tables are on; :data:`PAGE_BREAK`
(``\\newpage`` alone on a line) marks a page break, and ``![alt](name.png)`` images are resolved
against the ``images`` mapping the caller passes (the bytes come from that mapping, never from a
file or URL; any other image is written as its alt text).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["PAGE_BREAK", "build_parser", "image_alt", "is_page_break", "resolve_images"]


PAGE_BREAK = "\\newpage"
"""A line holding only this (pandoc's convention) starts a new page in .docx and .pdf."""


def build_parser() -> MarkdownIt:
    """The CommonMark parser (with tables) both writers use."""
    from markdown_it import MarkdownIt

    # Raw HTML off: "<script>" in Markdown is text, in .docx and in .html alike.
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def image_alt(token: Token) -> str:
    """The plain text of an image token's alt (its children hold the alt's inline markup)."""
    return "".join(child.content for child in token.children or [] if child.content)


def resolve_images(tokens: Sequence[Token], images: Mapping[str, bytes], html_page: bool) -> None:
    """Point images at the caller's ``images`` (data: URIs in HTML); others become their alt."""
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
                (token.children or [])[index] = Token("text", "", 0, content=image_alt(child))


def _image_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    return "application/octet-stream"


def is_page_break(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` opens a paragraph holding only :data:`PAGE_BREAK`."""
    token = tokens[index]
    return (
        token.type == "paragraph_open"
        and index + 1 < len(tokens)
        and tokens[index + 1].type == "inline"
        and tokens[index + 1].content.strip() == PAGE_BREAK
    )
