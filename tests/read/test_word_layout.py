"""Tests for the layout cues of resume_kit.read.word: headings by look (size, bold capitals,
capitals by formatting) in a python-docx resume laid out in a table, built at test time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from read_helpers import heading_texts, lines_of

from resume_kit.read import read_source


def _table_resume(path: Path) -> None:
    """A two-column resume made of a one-row table: a sidebar cell and a main cell, headings
    set by hand (no heading styles), as many Word templates and people do."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    name = document.add_paragraph().add_run("Jordan Rivera")
    name.font.size = Pt(24)
    document.add_paragraph("jordan@example.com | Denver, CO")
    table = document.add_table(rows=1, cols=2)
    side, main = table.rows[0].cells

    def bold(cell: Any, text: str, *, caps: bool = False) -> None:
        run = cell.add_paragraph().add_run(text)
        run.bold = True
        run.font.all_caps = caps

    side.paragraphs[0].add_run("SKILLS").bold = True  # typed capitals, bold
    side.add_paragraph("Agile and Scrum")
    side.add_paragraph("Risk management")
    main.paragraphs[0].add_run("Experience").bold = True
    main.paragraphs[0].runs[0].font.all_caps = True  # capitals by formatting, stored "Experience"
    bold(main, "Senior IT Project Manager")  # bold, not capitals: a role title, not a heading
    main.add_paragraph("Northwind Logistics, 2019 - Present")
    main.add_paragraph("Led fourteen infrastructure projects.", style="List Bullet")
    larger = document.add_paragraph().add_run("Education")  # larger than the body, plain
    larger.font.size = Pt(16)
    document.add_paragraph("BSc Computer Science, University of Colorado, 2012")
    document.save(str(path))


def test_short_paragraphs_that_look_like_headings_are_marked(tmp_path: Path) -> None:
    path = tmp_path / "table.docx"
    _table_resume(path)

    headings = heading_texts(read_source(path))

    assert {"SKILLS", "Experience", "Education"} <= set(headings)
    assert "Senior IT Project Manager" not in headings
    assert "Northwind Logistics, 2019 - Present" not in headings


def test_table_cells_are_read_whole_one_after_the_other(tmp_path: Path) -> None:
    path = tmp_path / "table.docx"
    _table_resume(path)

    lines = [line for line in lines_of(read_source(path)) if line]

    sidebar = lines.index("SKILLS")
    assert lines[sidebar : sidebar + 3] == ["SKILLS", "Agile and Scrum", "Risk management"]
    main = lines.index("Experience")
    assert lines[main : main + 4] == [
        "Experience",
        "Senior IT Project Manager",
        "Northwind Logistics, 2019 - Present",
        "• Led fourteen infrastructure projects.",
    ]
