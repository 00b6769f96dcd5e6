"""Tests for resume_kit.read.pdf_layout: reading order, wrapped lines and heading cues of PDFs
drawn at test time with reportlab (both back ends: PDFium and the pdfminer.six fallback)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from read_helpers import heading_texts, lines_of, read_lines

from resume_kit.read import read_source

_TOP = 760.0


def _canvas(path: Path) -> Any:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(str(path), pagesize=LETTER)


@pytest.fixture(params=["pdfium", "pdfminer"])
def back_end(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test on the fast path and again with PDFium declining (pdfminer.six reads)."""
    if request.param == "pdfminer":
        monkeypatch.setattr("resume_kit.read.pdf.pdfium_pages", lambda *args: None)
    return str(request.param)


SIDEBAR = ["SKILLS", "Agile and Scrum", "Risk management", "LANGUAGES", "English", "Spanish"]
MAIN_ROWS = [
    ("Helvetica-Bold", "EXPERIENCE"),
    ("Helvetica-Bold", "Senior IT Project Manager, Northwind Logistics"),
    ("Helvetica", "Mar 2019 - Present"),
    ("Helvetica", "• Led a portfolio of fourteen infrastructure projects with a combined"),
    ("Helvetica", "budget of $8.5M across three regions and two data centres."),
    ("Helvetica", "• Implemented scalable release pipelines for the customer portal team."),
    ("Helvetica", "• Managed a cross-functional team of twelve engineers and analysts."),
]


def _two_column_pdf(path: Path) -> None:
    """A full-width header over a sidebar and a main column, drawn row by row (the stream
    order alternates between the columns on every line)."""
    canvas = _canvas(path)
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(40, _TOP, "Jordan Rivera")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(
        40, _TOP - 18, "IT Project Manager | jordan@example.com | +1 555 010 2000 | Denver, CO"
    )
    y = _TOP - 50
    for i in range(max(len(SIDEBAR), len(MAIN_ROWS))):
        if i < len(SIDEBAR):
            bold = SIDEBAR[i].isupper()
            canvas.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            canvas.drawString(40, y, SIDEBAR[i])
        if i < len(MAIN_ROWS):
            font, text = MAIN_ROWS[i]
            # A wrapped line starts under the text of its bullet (a hanging indent).
            indent = canvas.stringWidth("• ", "Helvetica", 9)
            x = 200.0 if text.startswith("•") or i < 3 else 200.0 + indent
            canvas.setFont(font, 9)
            canvas.drawString(x, y, text)
        y -= 12
    canvas.save()


def test_a_sidebar_is_read_as_its_own_block_never_inside_role_bullets(
    tmp_path: Path, back_end: str
) -> None:
    path = tmp_path / "two-columns.pdf"
    _two_column_pdf(path)

    lines = lines_of(read_source(path))

    at = [lines.index(item) for item in SIDEBAR]
    assert at == list(range(at[0], at[0] + len(SIDEBAR))), lines  # the sidebar, whole, in order
    bullets = [line for line in lines if line.startswith("• ")]
    assert bullets == [
        "• Led a portfolio of fourteen infrastructure projects with a combined budget of $8.5M "
        "across three regions and two data centres.",
        "• Implemented scalable release pipelines for the customer portal team.",
        "• Managed a cross-functional team of twelve engineers and analysts.",
    ]
    assert lines.index("Jordan Rivera") < at[0]  # the header above both columns comes first


def test_the_headings_of_both_columns_are_marked(tmp_path: Path, back_end: str) -> None:
    path = tmp_path / "two-columns.pdf"
    _two_column_pdf(path)

    headings = heading_texts(read_source(path))

    assert {"SKILLS", "LANGUAGES", "EXPERIENCE"} <= set(headings)
    assert "Senior IT Project Manager, Northwind Logistics" not in headings


def _letter_spaced_pdf(path: Path) -> None:
    """Headings as designers set them: tracked capitals, and small capitals drawn as a large
    first letter followed by smaller capitals."""
    canvas = _canvas(path)
    y = _TOP

    def tracked(text: str) -> None:
        nonlocal y
        y -= 8  # space above a heading
        line = canvas.beginText(60, y)
        line.setFont("Helvetica", 11)
        line.setCharSpace(3.5)
        line.textOut(text)
        line.setCharSpace(0)
        canvas.drawText(line)
        y -= 22

    def small_caps(words: list[str]) -> None:
        nonlocal y
        y -= 8
        x = 60.0
        for word in words:
            canvas.setFont("Helvetica", 12)
            canvas.drawString(x, y, word[0])
            x += canvas.stringWidth(word[0], "Helvetica", 12)
            canvas.setFont("Helvetica", 9)
            canvas.drawString(x, y, word[1:])
            x += canvas.stringWidth(word[1:] + " ", "Helvetica", 9)
        y -= 22

    def body(text: str) -> None:
        nonlocal y
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, y, text)
        y -= 13

    tracked("WORK EXPERIENCE")
    body("Data Analyst, Contoso Health, 2019 - 2023")
    body("Built the weekly clinic dashboards in Power BI.")
    small_caps(["RESEARCH", "EXPERIENCE"])
    body("Research Assistant, University of Colorado, 2017 - 2019")
    body("Ran survey analysis in R for two published studies.")
    tracked("E D U C A T I O N")  # typed with a space between letters, as some people do
    body("BSc Statistics, University of Colorado, 2017")
    canvas.save()


def test_letter_spaced_and_small_caps_headings_are_rejoined_and_marked(
    tmp_path: Path, back_end: str
) -> None:
    path = tmp_path / "spaced.pdf"
    _letter_spaced_pdf(path)

    source = read_source(path)

    headings = heading_texts(source)
    assert headings == ["WORK EXPERIENCE", "RESEARCH EXPERIENCE", "EDUCATION"], source.text
    assert "Built the weekly clinic dashboards in Power BI." in lines_of(source)


def _wrapped_bullets_pdf(path: Path) -> None:
    """Bullets wrapped over several lines with a hanging indent, broken inside words."""
    rows = [
        "• Migrated forty reporting jobs to the new warehouse and rewrote each T-SQL procedure "
        "by devel-",
        "oping a regression harness that compares every report with the old system's output "
        "end-to-",
        "end, before and after each release, and flags any difference to the owning analyst team.",
        "• Implemented scalable ingestion for twelve source systems with Kafka Connect and Spark, "
        "cutting",
        "Nightly load time from six hours to forty minutes while keeping every audit trail "
        "complete.",
        "• Mentored four junior engineers.",
    ]
    canvas = _canvas(path)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(60, _TOP, "EXPERIENCE")
    canvas.setFont("Helvetica", 9)
    y = _TOP - 24
    for row in rows:
        if row.startswith("• "):
            canvas.drawString(60, y, "•")
            canvas.drawString(70, y, row[2:])
        else:
            canvas.drawString(70, y, row)
        y -= 11
    canvas.save()


def test_a_wrapped_bullet_is_one_line_and_a_hyphen_at_a_break_goes_only_inside_a_word(
    tmp_path: Path, back_end: str
) -> None:
    path = tmp_path / "bullets.pdf"
    _wrapped_bullets_pdf(path)

    bullets = [line for line in lines_of(read_source(path)) if line.startswith("•")]

    assert bullets == [
        "• Migrated forty reporting jobs to the new warehouse and rewrote each T-SQL procedure by "
        "developing a regression harness that compares every report with the old system's output "
        "end-to-end, before and after each release, and flags any difference to the owning "
        "analyst team.",
        "• Implemented scalable ingestion for twelve source systems with Kafka Connect and Spark, "
        "cutting Nightly load time from six hours to forty minutes while keeping every audit "
        "trail complete.",
        "• Mentored four junior engineers.",
    ]


def _sized_headings_pdf(path: Path) -> None:
    """Section headings in the largest repeated size; role titles larger than the body but
    smaller than the headings; the name largest of all."""
    canvas = _canvas(path)
    rows = [
        ("Helvetica-Bold", 22, "Jordan Rivera"),
        ("Helvetica", 14, "Experience"),
        ("Helvetica", 11.5, "Senior Analyst"),
        ("Helvetica", 10, "Northwind Logistics, 2019 - 2023"),
        ("Helvetica", 10, "Built the pricing model used by every sales region."),
        ("Helvetica", 11.5, "Analyst"),
        ("Helvetica", 10, "Contoso Health, 2016 - 2019"),
        ("Helvetica", 14, "Education"),
        ("Helvetica", 10, "BSc Economics, University of Denver, 2016"),
        ("Helvetica", 14, "Skills"),
        ("Helvetica", 10, "SQL, Python, Power BI, Excel, forecasting and budgeting."),
    ]
    y = _TOP
    for font, size, text in rows:
        y -= size * 1.6
        canvas.setFont(font, size)
        canvas.drawString(60, y, text)
    canvas.save()


def test_headings_are_the_larger_lines_in_the_size_section_headings_share(
    tmp_path: Path, back_end: str
) -> None:
    path = tmp_path / "sized.pdf"
    _sized_headings_pdf(path)

    headings = heading_texts(read_source(path))

    assert {"Experience", "Education", "Skills"} <= set(headings)
    assert "Senior Analyst" not in headings and "Analyst" not in headings


def _dates_column_pdf(path: Path) -> None:
    """Entries whose place and dates sit in a narrow column at the right margin, level with the
    entry's title and first bullet (as LaTeX and Typst templates set them)."""
    canvas = _canvas(path)
    entries = [
        ("Northwind Logistics, Senior Analyst", "Denver, CO", "Mar 2019 - Present"),
        ("Contoso Health, Analyst", "Boulder, CO", "Jan 2016 - Feb 2019"),
    ]
    bullets = [
        "• Built the pricing model used by every sales region and cut quoting time in half.",
        "• Automated the monthly close reports for the finance team with Python and SQL.",
        "• Trained six new analysts on the forecasting process and its review checklist.",
    ]
    y = _TOP
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(60, y, "Experience")
    for title, place, dates in entries:
        y -= 24
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(60, y, title)
        canvas.setFont("Helvetica", 10)
        canvas.drawRightString(550, y, place)
        canvas.drawRightString(550, y - 13, dates)
        for bullet in bullets:
            y -= 13
            canvas.drawString(60, y, bullet)
    canvas.save()


def test_dates_in_a_column_at_the_margin_stay_with_their_entry(
    tmp_path: Path, back_end: str
) -> None:
    path = tmp_path / "dates.pdf"
    _dates_column_pdf(path)

    lines = read_lines(path)

    first = lines.index("Northwind Logistics, Senior Analyst\tDenver, CO")
    assert lines[first + 1] == "Mar 2019 - Present"
    assert lines[first + 2].startswith("• Built the pricing model")
    second = lines.index("Contoso Health, Analyst\tBoulder, CO")
    assert lines[second + 1] == "Jan 2016 - Feb 2019"


def test_a_running_footer_is_kept_once_and_page_numbers_go(tmp_path: Path, back_end: str) -> None:
    path = tmp_path / "pages.pdf"
    canvas = _canvas(path)
    for page, lines in enumerate([["EXPERIENCE", "Senior Analyst, Northwind"], ["EDUCATION"]]):
        canvas.setFont("Helvetica", 10)
        for i, line in enumerate(lines):
            canvas.drawString(60, _TOP - 14 * i, line)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(60, 30, f"Jordan Rivera - Resume - updated {2024 + page}")
        canvas.drawRightString(550, 30, f"{page + 1}")
        canvas.showPage()
    canvas.save()

    lines = read_lines(path)

    assert lines == [
        "EXPERIENCE",
        "Senior Analyst, Northwind",
        "Jordan Rivera - Resume - updated 2024",
        "EDUCATION",
    ]


def test_a_label_beside_its_list_reads_as_a_table_row_of_two_cells(
    tmp_path: Path, back_end: str
) -> None:
    path = tmp_path / "skills.pdf"
    canvas = _canvas(path)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(60, _TOP, "Technical Skills")
    canvas.setFont("Helvetica", 10)
    rows = [("Project tools", "Jira, Confluence, Smartsheet"), ("Cloud", "AWS, Azure, VMware")]
    for i, (label, items) in enumerate(rows):
        canvas.drawString(60, _TOP - 20 - 14 * i, label)
        canvas.drawString(200, _TOP - 20 - 14 * i, items)
    canvas.save()

    lines = read_lines(path)

    assert lines == [
        "Technical Skills",
        "Project tools",
        "Jira, Confluence, Smartsheet",
        "Cloud",
        "AWS, Azure, VMware",
    ]


def test_an_accent_drawn_over_its_letter_is_one_letter(tmp_path: Path, back_end: str) -> None:
    """TeX sets "ü" as "u" with a "¨" glyph drawn over it: the employer's name must read
    "Institut für Solare Energie", not "fu ¨r" (drawn before or after the letter)."""
    path = tmp_path / "accents.pdf"
    canvas = _canvas(path)
    canvas.setFont("Helvetica", 11)
    text = "Institut fur Solare Marz 2020"
    canvas.drawString(60, _TOP, text)

    def over(at: int) -> float:
        return 60 + canvas.stringWidth(text[:at], "Helvetica", 11)

    canvas.drawString(over(text.index("ur")), _TOP, "\u00a8")  # drawn after its letter
    canvas.drawString(over(text.index("arz")), _TOP + 0.5, "\u00a8")  # and slightly raised
    canvas.save()

    lines = read_lines(path)

    assert lines == ["Institut für Solare März 2020"]


def _pdf_with_font_codes(path: Path, glyph_name: str) -> None:
    """A page whose font names code 28 ``glyph_name``, drawn inside a word ("Scienti\\034c")."""
    content = b"BT /F1 12 Tf 72 700 Td (Scienti\\034c Employee) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
        b" /Encoding << /Type /Encoding /Differences [28 /%s] >> >>" % glyph_name.encode(),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


def test_the_fonts_own_codes_are_read_from_the_pdf(tmp_path: Path) -> None:
    from resume_kit.read.pdf_fast import _font_table

    path = tmp_path / "codes.pdf"
    _pdf_with_font_codes(path, "fi")

    assert _font_table(path.read_bytes())[("Helvetica", 28)] == "fi"


def test_a_ligature_without_a_text_mapping_reads_as_the_font_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PDFium gives a TeX subset font's ligature by its code ("Scienti\\x1cc"); the embedded
    font program names it (stood in for here: its glyph name is one PDFium does not know)."""
    path = tmp_path / "ligature.pdf"
    _pdf_with_font_codes(path, "g28")
    monkeypatch.setattr(
        "resume_kit.read.pdf_fast._font_table", lambda data: {("Helvetica", 28): "fi"}
    )

    assert lines_of(read_source(path))[0] == "Scientific Employee"
