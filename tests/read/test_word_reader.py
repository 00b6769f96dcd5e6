"""Tests for resume_kit.read.word: .docx files built at test time in tmp_path."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from read_helpers import (  # tests/read/read_helpers.py: shared by the reader tests
    _docx_bytes,
    _write,
    assert_in_order,
    assert_user_error,
    heading_texts,
    lines_of,
)

from resume_kit.errors import InputFileError
from resume_kit.read import read_source

# ------------------------------------------------------------------------------------ .docx

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box_run(text: str) -> str:
    """A run holding a text box the way Word writes it: DrawingML plus a VML fallback copy."""
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f"<w:r {_NS}><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:wsp><wps:txbx>{body}</wps:txbx></wps:wsp>"
        f"</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{body}</v:textbox></v:shape></w:pict>"
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _build_resume_docx(path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "linkedin.com/in/janedoe"
    document.add_heading("Jane Doe", level=0)

    contact = document.add_table(rows=2, cols=2)
    contact.cell(0, 0).text = "jane@example.com"
    contact.cell(0, 1).text = "+1 555 0100"
    merged = contact.cell(1, 0).merge(contact.cell(1, 1))
    merged.text = "Denver, CO"

    document.add_heading("Experience", level=1)
    document.add_paragraph("Senior IT Project Manager — Northwind")
    document.add_paragraph("Led 14 projects worth $8.5M", style="List Bullet")
    numbered = document.add_paragraph("Cut costs 30%", style="List Paragraph")
    numbered._p.get_or_add_pPr().append(
        parse_xml(f"<w:numPr {_NS}><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr>")
    )
    anchor = document.add_paragraph("Awards")
    anchor._p.append(parse_xml(_text_box_run("Certified ScrumMaster")))

    layout = document.add_table(rows=1, cols=1)
    inner = layout.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Nested left"
    inner.cell(0, 1).text = "Nested right"

    document.add_heading("Education", level=1)
    document.add_paragraph("BSc Computer Science\nUniversity of Colorado")
    document.save(str(path))


def test_docx_reads_body_tables_text_boxes_and_header_in_order(tmp_path: Path) -> None:
    path = tmp_path / "resume.docx"
    _build_resume_docx(path)

    source = read_source(path)

    assert source.format == "docx"
    lines = lines_of(source)
    assert lines[0] == "linkedin.com/in/janedoe"  # header text the body lacks, on top
    assert_in_order(
        source.text,
        "Jane Doe",
        "jane@example.com",
        "+1 555 0100",
        "Denver, CO",
        "Experience",
        "Senior IT Project Manager — Northwind",
        "• Led 14 projects worth $8.5M",
        "• Cut costs 30%",
        "Awards",
        "Certified ScrumMaster",
        "Nested left",
        "Nested right",
        "Education",
        "BSc Computer Science\nUniversity of Colorado",
    )
    assert source.text.count("Denver, CO") == 1  # merged cell read once
    assert source.text.count("Certified ScrumMaster") == 1  # the VML fallback copy is skipped
    assert source.text.count("linkedin.com/in/janedoe") == 1
    assert heading_texts(source) == ["Jane Doe", "Experience", "Education"]


def test_docx_header_already_in_body_is_not_repeated(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Doe"
    document.add_paragraph("Jane Doe")
    document.add_paragraph("Page 1 of 2")
    path = tmp_path / "resume.docx"
    document.save(str(path))

    assert read_source(path).text.count("Jane Doe") == 1


def test_docx_outline_levels_mark_headings_but_body_text_level_does_not(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for text, level in (("Profile", "0"), ("Plain body text", "9")):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:outlineLvl {_NS} w:val='{level}'/>"))
    path = tmp_path / "resume.docx"
    document.save(str(path))

    assert heading_texts(read_source(path)) == ["Profile"]


def test_macro_enabled_docx_is_refused_with_a_readable_message(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(b".document.main+xml", b".document.macroEnabled.main+xml")
            target.writestr(name, content)
    path = _write(tmp_path, "cv.docx", buffer.getvalue())

    with pytest.raises(InputFileError) as error:
        read_source(path)

    message = assert_user_error(error, path)
    assert "save it again as .docx" in message
    assert "object at 0x" not in message
