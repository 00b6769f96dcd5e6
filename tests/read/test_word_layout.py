"""Tests for the layout cues of resume_kit.read.word: headings by look (size, bold capitals,
capitals by formatting) in a python-docx resume laid out in a table, built at test time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from read_helpers import heading_texts, read_lines

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

    lines = read_lines(path)

    sidebar = lines.index("SKILLS")
    assert lines[sidebar : sidebar + 3] == ["SKILLS", "Agile and Scrum", "Risk management"]
    main = lines.index("Experience")
    assert lines[main : main + 4] == [
        "Experience",
        "Senior IT Project Manager",
        "Northwind Logistics, 2019 - Present",
        "• Led fourteen infrastructure projects.",
    ]


_ANCHOR_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _floating_box(lines: list[str], down: int, across: int) -> str:
    """A run holding a floating text box placed ``down`` and ``across`` points from its anchor."""
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f"<w:r {_ANCHOR_NS}><w:drawing><wp:anchor>"
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{across * 12700}</wp:posOffset>'
        f"</wp:positionH>"
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{down * 12700}</wp:posOffset>'
        f"</wp:positionV>"
        f"<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent>"
        f"</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_floating_text_boxes_are_read_in_their_place_on_the_page(tmp_path: Path) -> None:
    """Word templates keep the whole page in text boxes anchored to one paragraph, written in
    any order: the name at the top is read first, then the left box, then the right one."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph()._p
    for lines, down, across in [
        (["Experience", "Senior Analyst, Northwind, 2019 - 2023"], 120, 200),
        (["Skills", "SQL", "Power BI"], 122, 0),
        (["Jordan Rivera", "jordan@example.com"], -60, 0),
    ]:
        anchor.append(parse_xml(_floating_box(lines, down, across)))
    path = tmp_path / "boxes.docx"
    document.save(str(path))

    lines = read_lines(path)

    assert lines == [
        "Jordan Rivera",
        "jordan@example.com",
        "Skills",
        "SQL",
        "Power BI",
        "Experience",
        "Senior Analyst, Northwind, 2019 - 2023",
    ]


def test_a_heading_beside_an_anchored_text_box_keeps_its_look(tmp_path: Path) -> None:
    """A bold capitals heading whose paragraph anchors a text box of plain text: the box's runs
    are the box's own paragraphs, not part of how the heading looks."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Jordan Rivera")
    document.add_paragraph().add_run("EXPERIENCE").bold = True
    document.add_paragraph("Senior Analyst, Northwind, 2019 - 2023")
    heading = document.add_paragraph()
    box = ["Front-end work in plain text, long enough to outweigh the heading's own letters"]
    heading._p.append(parse_xml(_floating_box(box, 0, 300)))
    heading.add_run("SKILLS").bold = True
    document.add_paragraph("SQL, Power BI")
    path = tmp_path / "anchored.docx"
    document.save(str(path))

    assert {"EXPERIENCE", "SKILLS"} <= set(heading_texts(read_source(path)))
