"""Markdown -> a self-contained HTML page."""

from __future__ import annotations

from resume_kit.tailoring.html_page import markdown_to_html


def test_html_page_is_self_contained_with_escaped_title() -> None:
    page = markdown_to_html("# Hi\n\n\\newpage\n\ntext", title="A & B <C>", author='"Q"')
    assert "<title>A &amp; B &lt;C&gt;</title>" in page
    assert 'content="&quot;Q&quot;"' in page
    assert "http" not in page.split("<main>")[0]  # no external stylesheet or script
    assert 'class="page-break"' in page
