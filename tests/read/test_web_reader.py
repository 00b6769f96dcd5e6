"""Tests for resume_kit.read.web: saved HTML pages built at test time in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

from read_helpers import (  # tests/read/read_helpers.py: shared by the reader tests
    assert_in_order,
    heading_texts,
    lines_of,
)

from resume_kit.read import read_source

# ------------------------------------------------------------------------------------ .html

_JOB_JSONLD = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "IT Project Manager",
    "hiringOrganization": {"@type": "Organization", "name": "Contoso"},
    "jobLocation": {"@type": "Place", "address": {"addressLocality": "Denver"}},
    "description": "<p>Lead <b>infrastructure</b> projects.</p><ul><li>PMP preferred</li></ul>",
}


def test_html_keeps_main_content_and_parses_jsonld(tmp_path: Path) -> None:
    page = f"""<!doctype html><html><head><title>Jobs at Contoso</title>
    <script type="application/ld+json">{json.dumps(_JOB_JSONLD)}</script>
    <style>.x {{ color: red }}</style></head>
    <body>
      <header><a href="/">Contoso careers home</a></header>
      <nav><ul><li>All jobs</li><li>Sign in</li></ul></nav>
      <main>
        <article>
          <header><h1>IT Project&nbsp;Manager</h1></header>
          <p>Contoso is hiring in <b>Denver</b>.<br>Hybrid, 3 days on site.</p>
          <h2>Responsibilities</h2>
          <ul><li>Lead projects</li><li><p>Report to the <i>PMO</i></p></li></ul>
          <div hidden>Hidden tracking text</div>
          <script>var tracking = "do not read";</script>
          <table><tr><td>Salary</td><td>$120k</td></tr></table>
        </article>
      </main>
      <aside>Similar jobs</aside>
      <footer>© Contoso</footer>
    </body></html>"""
    path = tmp_path / "posting.html"
    path.write_text(page, encoding="utf-8")

    source = read_source(path)

    assert source.format == "html"
    assert lines_of(source)[0] == "IT Project Manager"
    assert_in_order(
        source.text,
        "IT Project Manager",
        "Contoso is hiring in Denver.\nHybrid, 3 days on site.",
        "Responsibilities",
        "• Lead projects",
        "• Report to the PMO",
        "Salary\n$120k",
    )
    for gone in ("careers home", "All jobs", "Similar jobs", "tracking", "color"):
        assert gone not in source.text
    assert "© Contoso" not in source.text
    assert heading_texts(source) == ["IT Project Manager", "Responsibilities"]
    assert source.data is not None
    assert source.data["jsonld"]["title"] == "IT Project Manager"
    assert source.data["jsonld"]["hiringOrganization"]["name"] == "Contoso"


def test_html_built_by_javascript_falls_back_to_jsonld(tmp_path: Path) -> None:
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, _JOB_JSONLD]}
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps(graph)
        + '</script></head><body><div id="app"></div><noscript>Enable JS</noscript></body></html>'
    )
    path = tmp_path / "posting.htm"
    path.write_text(page, encoding="utf-8")

    source = read_source(path)

    assert_in_order(source.text, "IT Project Manager", "Contoso", "Lead infrastructure projects.")
    assert "• PMP preferred" in lines_of(source)
    assert "Enable JS" not in source.text
    assert source.data == {"jsonld": _JOB_JSONLD}
