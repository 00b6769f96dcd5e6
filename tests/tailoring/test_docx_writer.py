"""Markdown -> Word writer: styles, lists, links, tables, page breaks, reference .docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from resume_kit.errors import OutputError
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.markdown_tokens import PAGE_BREAK

SAMPLE = f"""# Jordan Rivera

Plain **bold** and *italic* with a [link](https://example.com/a?b=1).

## Experience

### Senior PM

- first bullet
- second bullet
  - nested bullet

1. one
2. two

{PAGE_BREAK}

1. again one

| Skill | Years |
| --- | --- |
| Jira | 5 |
"""


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def sample_docx() -> docx.document.Document:
    return _open(markdown_to_docx(SAMPLE, title="Résumé <draft>", author="Jordan Rivera"))


def test_headings_paragraphs_and_lists_get_word_styles(sample_docx: docx.document.Document) -> None:
    got = [(p.style.name, p.text) for p in sample_docx.paragraphs]
    assert got == [
        ("Heading 1", "Jordan Rivera"),
        ("Normal", "Plain bold and italic with a link."),
        ("Heading 2", "Experience"),
        ("Heading 3", "Senior PM"),
        ("List Bullet", "first bullet"),
        ("List Bullet", "second bullet"),
        ("List Bullet 2", "nested bullet"),
        ("List Number", "one"),
        ("List Number", "two"),
        ("List Number", "again one"),
    ]


def test_bold_italic_runs(sample_docx: docx.document.Document) -> None:
    runs = sample_docx.paragraphs[1].runs
    assert [r.text for r in runs if r.bold] == ["bold"]
    assert [r.text for r in runs if r.italic] == ["italic"]


def test_link_is_a_real_hyperlink(sample_docx: docx.document.Document) -> None:
    links = sample_docx.paragraphs[1].hyperlinks
    assert [(h.text, h.address) for h in links] == [("link", "https://example.com/a?b=1")]


def test_each_numbered_list_restarts(sample_docx: docx.document.Document) -> None:
    def num_id(paragraph: docx.text.paragraph.Paragraph) -> str | None:
        ppr = paragraph._p.pPr
        return None if ppr is None or ppr.numPr is None else ppr.numPr.numId.val

    numbered = [p for p in sample_docx.paragraphs if p.style.name == "List Number"]
    ids = [num_id(p) for p in numbered]
    assert ids[0] == ids[1] and ids[0] != ids[2] and None not in ids


def test_page_break_starts_the_next_block_on_a_new_page(
    sample_docx: docx.document.Document,
) -> None:
    broken = [p.text for p in sample_docx.paragraphs if p.paragraph_format.page_break_before]
    assert broken == ["again one"]
    assert all(PAGE_BREAK not in p.text for p in sample_docx.paragraphs)


def test_table_rows_and_header(sample_docx: docx.document.Document) -> None:
    (table,) = sample_docx.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [["Skill", "Years"], ["Jira", "5"]]
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)


def test_document_properties(sample_docx: docx.document.Document) -> None:
    assert sample_docx.core_properties.title == "Résumé <draft>"
    assert sample_docx.core_properties.author == "Jordan Rivera"


def test_reference_styles_are_used() -> None:
    document = _open(markdown_to_docx("text"))
    normal = document.styles["Normal"]
    assert normal.font.name == "Calibri" and normal.font.size.pt == 11
    assert len(document.sections) == 1 and document.sections[0].left_margin.inches == 0.8


def test_user_reference_docx_keeps_its_styles_and_drops_its_body(tmp_path: Path) -> None:
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    reference.add_paragraph("old body text that must go")
    path = tmp_path / "ref.docx"
    reference.save(str(path))
    document = _open(markdown_to_docx("# Name\n\nnew text", reference_docx=path))
    assert [p.text for p in document.paragraphs] == ["Name", "new text"]
    assert document.styles["Normal"].font.name == "Georgia"


def test_missing_reference_docx_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="reference"):
        markdown_to_docx("x", reference_docx=tmp_path / "nope.docx")


def test_a_roles_place_and_dates_line_stays_with_its_heading_and_first_bullet() -> None:
    # A role's header never ends a page alone. Its place-and-dates line goes into the heading, on
    # a line of its own and not bold, and the heading keeps with the first bullet: one link, which
    # LibreOffice (the PDF export) honours; a chain heading -> line -> bullet it broke, leaving the
    # heading alone at the foot of a page.
    data = markdown_to_docx(
        "## Experience\n\n### PM | Acme\n\n*Ohio | 2020*\n\n- Led it.\n\n"
        "### Analyst | Beta\n\nA plain line, *partly* emphasised.\n\n- Did it.\n\nText.\n"
    )
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    keep = {p.text: (p.style.name, p.paragraph_format.keep_with_next) for p in paragraphs}
    assert keep == {
        "Experience": ("Heading 2", None),
        "PM | Acme\nOhio | 2020": ("Heading 3", True),
        "Led it.": ("List Bullet", None),
        "Analyst | Beta": ("Heading 3", None),  # keeps with next by its style
        "A plain line, partly emphasised.": ("Normal", True),  # not a byline: its own paragraph
        "Did it.": ("List Bullet", None),
        "Text.": ("Normal", None),
    }
    byline = [run for run in paragraphs[1].runs if run.text == "Ohio | 2020"]
    assert len(byline) == 1 and byline[0].italic and byline[0].bold is False
