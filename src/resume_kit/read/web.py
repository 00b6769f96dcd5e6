"""Saved web pages (HTML) into lines: the visible main content, and the schema.org
JobPosting the page carries as JSON-LD.

The module is ``web``, not ``html``, so that it is never mistaken for the standard library's
``html`` package.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from resume_kit.read.lines import Line

_HTML_DROP = (
    "script", "style", "noscript", "nav", "aside", "form", "svg", "iframe", "template",
    "button", "select", "dialog", "object", "canvas",
)  # fmt: skip
_HTML_BLOCK = {
    "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "header", "hr", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "body",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def read_html(data: bytes | str) -> tuple[list[Line], dict[str, Any] | None]:
    """Visible text of a saved page (main content preferred) and its JSON-LD JobPosting.

    ``data`` is the page's bytes (BeautifulSoup finds their encoding) or text already decoded.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")  # lxml ships with python-docx; bs4 sniffs the charset
    jsonld = _find_job_posting(
        script.get_text() for script in soup.find_all("script", type="application/ld+json")
    )
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        # The site's banner and footer go; an article's own header (often the job title) stays.
        if tag.decomposed:
            continue
        if tag.find_parent(["main", "article"]) is None:
            tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        style = str(tag.get("style") or "").replace(" ", "").lower()
        hidden = tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
        if hidden or "display:none" in style or "visibility:hidden" in style:
            tag.decompose()

    body = soup.body or soup
    root = body
    candidates = soup.find_all("main") or soup.select('[role="main"]')
    candidates = candidates or soup.find_all("article")
    if candidates:
        best = max(candidates, key=lambda tag: len(tag.get_text(" ", strip=True)))
        # Prefer the main content unless it is a sliver of the page (a mis-marked widget).
        if len(best.get_text(" ", strip=True)) >= 0.3 * len(body.get_text(" ", strip=True)):
            root = best

    walker = _HtmlText()
    walker.walk(root)
    lines = walker.finish()
    if jsonld:
        # A page whose content is built by JavaScript shows little without it: when the JSON-LD
        # holds more words than the visible text, its title, company and description lead.
        posting = _job_posting_lines(jsonld)
        visible = sum(len(text.split()) for text, _ in lines)
        if visible < 0.5 * sum(len(text.split()) for text, _ in posting):
            lines = [*posting, ("", False), *lines]
    return lines, jsonld


def declared_charset(data: bytes) -> str | None:
    """The charset a page's ``<meta>`` (or XML declaration) declares, lower case, if any."""
    from bs4.dammit import EncodingDetector

    found = EncodingDetector.find_declared_encoding(data, is_html=True)
    return found.lower() if found else None


def _find_job_posting(scripts: Iterable[str]) -> dict[str, Any] | None:
    """The first schema.org JobPosting in the page's JSON-LD blocks, if any."""
    for script in scripts:
        body = script.strip().removeprefix("<!--").removesuffix("-->").strip()
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            continue  # a broken block on a saved page is not the user's problem
        stack: list[Any] = [value]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if "JobPosting" in kinds:
                    return item
                if "@graph" in item:
                    stack.append(item["@graph"])
    return None


def _job_posting_lines(posting: dict[str, Any]) -> list[Line]:
    lines: list[Line] = []
    if _text(posting.get("title")):
        lines.append((_text(posting.get("title")), True))
    org = posting.get("hiringOrganization")
    company = _text(org.get("name")) if isinstance(org, dict) else _text(org)
    if company:
        lines.append((company, False))
    description = _text(posting.get("description"))
    if description:
        from bs4 import BeautifulSoup

        walker = _HtmlText()
        walker.walk(BeautifulSoup(description, "lxml"))
        lines.extend(walker.finish())
    return lines


def _text(value: Any) -> str:
    """A JSON scalar as text ("" for missing, null or a container).

    The same rule as the JSON Resume reader's, repeated here so that reading a web page does not
    depend on the JSON Resume module.
    """
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


class _HtmlText:
    """Turns a BeautifulSoup tree into lines: block elements on their own lines."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._heading = False
        self._bullet = False
        self._pre = 0

    def walk(self, node: Any) -> None:
        """Append the text of ``node`` and its descendants."""
        from bs4.element import NavigableString, PreformattedString, Tag

        for child in node.children:
            if isinstance(child, PreformattedString):
                continue  # comments, doctype, CDATA
            if isinstance(child, NavigableString):
                self._buffer.append(str(child))
            elif isinstance(child, Tag):
                self._tag(child)

    def _tag(self, tag: Any) -> None:
        name = tag.name
        if name == "br":
            self._buffer.append("\n")
            return
        if name not in _HTML_BLOCK:
            self.walk(tag)
            return
        self.flush()
        saved = (self._heading, self._bullet)
        if name in _HTML_HEADINGS:
            self._heading = True
        if name == "li":
            self._bullet = True
        if name == "pre":
            self._pre += 1
        self.walk(tag)
        self.flush()
        if name == "pre":
            self._pre -= 1
        self._heading = saved[0]
        self._bullet = self._bullet and saved[1]
        if name in ("p", "table", "ul", "ol", "section", "article", "pre", "blockquote"):
            self.lines.append(("", False))

    def flush(self) -> None:
        """End the current line."""
        raw = "".join(self._buffer)
        self._buffer = []
        # Outside <pre>, whitespace collapses as a browser would; "\n" here came from <br>.
        chunks = raw.split("\n")
        if not self._pre:
            chunks = [" ".join(part.split()) for part in chunks]
        for chunk in chunks:
            if not chunk.strip():
                continue
            if self._bullet:
                chunk = "• " + chunk.lstrip()
                self._bullet = False  # only the item's first line carries the bullet
            self.lines.append((chunk, self._heading))

    def finish(self) -> list[Line]:
        """Flush what is left and return the lines."""
        self.flush()
        return self.lines
