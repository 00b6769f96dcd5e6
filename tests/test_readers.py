"""Tests for the resume_kit.read readers: every input is built at test time in tmp_path."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_kit.errors import InputFileError
from resume_kit.model.documents import SourceText
from resume_kit.read import read_source


def lines_of(source: SourceText) -> list[str]:
    return source.text.split("\n")


def heading_texts(source: SourceText) -> list[str]:
    return [source.text[start:].split("\n", 1)[0] for start in source.heading_lines]


def assert_in_order(text: str, *parts: str) -> None:
    position = -1
    for part in parts:
        found = text.find(part, position + 1)
        assert found > position, f"{part!r} missing or out of order in:\n{text}"
        position = found


def assert_user_error(error: pytest.ExceptionInfo[InputFileError], path: Path | str) -> str:
    message = str(error.value)
    assert str(path) in message
    assert "\n" not in message
    return message


# ------------------------------------------------------------------------------------ plain text


def test_txt_normalises_line_endings_spaces_controls_and_bullets(tmp_path: Path) -> None:
    raw = (
        "Jane\u00a0Doe   \r\n"
        "Project\x00 Manager\x07\r"
        "- Led a team of 12\n"
        "* Cut costs 30%\n"
        "• Ran Scrum\n"
        "   ● Owned the roadmap\n"
        "▪ Managed vendors\n"
        "◦ Wrote reports\n"
        "– Hired staff\n"
        "o Trained users\n"
        "1. Delivered on time\n"
        "----------\n"
        "Tab\tkept\n"
    )
    path = tmp_path / "resume.txt"
    path.write_bytes(raw.encode("utf-8"))

    source = read_source(path)

    assert source.format == "txt"
    assert source.source == str(path)
    assert lines_of(source) == [
        "Jane Doe",
        "Project Manager",
        "• Led a team of 12",
        "• Cut costs 30%",
        "• Ran Scrum",
        "• Owned the roadmap",
        "• Managed vendors",
        "• Wrote reports",
        "• Hired staff",
        "• Trained users",
        "• Delivered on time",
        "",  # the ---- rule separates, it is not a bullet
        "Tab\tkept",
    ]
    assert source.heading_lines == []


def test_txt_joins_indented_continuation_of_a_wrapped_bullet(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("- Reduced hosting costs by 30% across\n  four data centres\nNext line\n")

    assert lines_of(read_source(path)) == [
        "• Reduced hosting costs by 30% across four data centres",
        "Next line",
    ]


@pytest.mark.parametrize(
    "encoded",
    [
        "\ufeffCafé résumé – “PMP”".encode(),
        "Café résumé – “PMP”".encode("utf-16"),  # BOM, native order
        b"\xff\xfe" + "Café résumé – “PMP”".encode("utf-16-le"),
        b"\xfe\xff" + "Café résumé – “PMP”".encode("utf-16-be"),
        "Café résumé – “PMP”".encode("cp1252"),
    ],
    ids=["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_txt_decodes_common_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes(encoded)

    assert read_source(path).text == "Café résumé – “PMP”"


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "RESUME.TXT"
    path.write_text("Jane Doe\n")

    assert read_source(path).format == "txt"


# ------------------------------------------------------------------------------------ Markdown


def test_markdown_is_reduced_to_plain_text_with_headings(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(
        "# Jane Doe\n"
        "jane@example.com | [portfolio](https://jane.dev)\n\n"
        "## Experience\n\n"
        "**Senior IT Project Manager** — *Northwind*\n\n"
        "- Led a **team of 12** to deliver the\n  ERP rollout\n"
        "* Cut costs `30%`\n\n"
        "1. First\n2. Second\n\n"
        "Skills\n------\n\n"
        "Agile, Scrum\n"
    )

    source = read_source(path)

    assert source.format == "md"
    assert lines_of(source) == [
        "Jane Doe",
        "jane@example.com | portfolio",
        "",
        "Experience",
        "Senior IT Project Manager — Northwind",
        "",
        "• Led a team of 12 to deliver the ERP rollout",
        "",  # "-" then "*": CommonMark starts a second list
        "• Cut costs 30%",
        "",
        "• First",
        "• Second",
        "",
        "Skills",
        "Agile, Scrum",
    ]
    assert heading_texts(source) == ["Jane Doe", "Experience", "Skills"]


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


# ------------------------------------------------------------------------------------ .pdf

SIDEBAR = ["Jordan Rivera", "jordan@example.com", "SKILLS", "Agile and Scrum", "Risk management"]
MAIN = [
    "EXPERIENCE",
    "Senior IT Project Manager — Northwind",
    "Mar 2019 – Present",
    "Led 14 infrastructure projects.",
    "Cut migration time by 35%.",
    "Managed a team of 12 engineers.",
]


def _two_column_rowwise_pdf(path: Path) -> None:
    """Sidebar and main column drawn row by row, so stream order interleaves them."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=LETTER)
    canvas.setFont("Helvetica", 9)
    y = LETTER[1] - 60
    for i in range(max(len(SIDEBAR), len(MAIN))):
        if i < len(SIDEBAR):
            canvas.drawString(50, y, SIDEBAR[i])
        if i < len(MAIN):
            canvas.drawString(230, y, MAIN[i])
        y -= 11
    canvas.save()


def test_pdf_two_columns_keep_each_column_together(tmp_path: Path) -> None:
    path = tmp_path / "resume.pdf"
    _two_column_rowwise_pdf(path)

    source = read_source(path)

    assert source.format == "pdf"
    lines = lines_of(source)
    for column in (SIDEBAR, MAIN):
        indexes = [lines.index(line) for line in column]
        assert indexes == list(range(indexes[0], indexes[0] + len(column))), source.text


def test_pdf_one_column_with_wrapped_bullets(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    long_bullet = (
        "Reduced data-centre migration time by 35% by introducing phased cutover plans, "
        "automated rollback checks and a weekly risk review with every vendor involved."
    )
    path = tmp_path / "resume.pdf"
    SimpleDocTemplate(str(path), pagesize=LETTER).build(
        [
            Paragraph("Jordan Rivera", styles["Title"]),
            Paragraph("EXPERIENCE", styles["Heading2"]),
            Paragraph(long_bullet, styles["Normal"], bulletText="•"),
            Paragraph("Managed a team of 12.", styles["Normal"], bulletText="•"),
        ]
    )

    source = read_source(path)

    assert_in_order(source.text, "Jordan Rivera", "EXPERIENCE")
    assert f"• {long_bullet}" in lines_of(source)
    assert "• Managed a team of 12." in lines_of(source)


def test_pdf_from_conftest_factory_reads_lines(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(["Jane Doe", "SUMMARY", "IT project manager with 10 years of delivery."])

    assert lines_of(read_source(path))[:2] == ["Jane Doe", "SUMMARY"]


def _encrypted_pdf(path: Path, user_password: str) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    encrypt = StandardEncryption(user_password, ownerPassword="owner-secret", strength=128)
    canvas = Canvas(str(path), encrypt=encrypt)
    canvas.drawString(72, 720, "Confidential resume text")
    canvas.save()


def test_pdf_with_a_user_password_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path, "open-sesame")

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert "password-protected" in assert_user_error(error, path)


def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    _encrypted_pdf(path, "")

    assert read_source(path).text == "Confidential resume text"


def test_scanned_pdf_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = Image.new("RGB", (200, 100), "white")
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.drawImage(ImageReader(image), 72, 600, width=200, height=100)
    canvas.save()

    with pytest.raises(InputFileError) as error:
        read_source(path)

    message = assert_user_error(error, path)
    assert "no text layer" in message
    assert "OCR" in message


def test_truncated_pdf_is_read_or_refused_never_crashes(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(["Jane Doe", "Project manager"])
    data = path.read_bytes()
    for cut in (len(data) // 4, len(data) // 2, len(data) - 40):
        path.write_bytes(data[:cut])
        try:
            read_source(path)
        except InputFileError as error:
            assert str(path) in str(error)


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


# ------------------------------------------------------------------------------------ JSON

_RESUME = {
    "basics": {
        "name": "Jane Doe",
        "label": "IT Project Manager",
        "email": "jane@example.com",
        "phone": "+1 555 0100",
        "summary": "Delivery-focused project manager.",
        "location": {"city": "Denver", "region": "CO", "countryCode": "US"},
        "profiles": [{"network": "LinkedIn", "url": "https://linkedin.com/in/jane"}],
    },
    "work": [
        {
            "name": "Northwind",
            "position": "Senior IT Project Manager",
            "startDate": "2019-03-01",
            "highlights": ["Led 14 projects worth $8.5M", "Cut costs 30%"],
        },
        {
            "name": "Contoso",
            "position": "Project Coordinator",
            "startDate": "2015-01",
            "endDate": "2019-02-28",
            "summary": "Coordinated EHR rollout.",
        },
    ],
    "education": [
        {
            "institution": "University of Colorado",
            "area": "Computer Science",
            "studyType": "Bachelor",
            "endDate": "2014",
        }
    ],
    "certificates": [{"name": "PMP", "issuer": "PMI", "date": "2018-06-01"}],
    "skills": [{"name": "Agile", "level": "Expert", "keywords": ["Scrum", "Kanban"]}],
    "projects": [{"name": "ERP consolidation", "highlights": ["Merged four systems"]}],
    "references": [{"name": "Boss", "reference": "Great at Kubernetes"}],
}


def test_json_resume_renders_canonical_text(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(_RESUME))

    source = read_source(path)

    assert source.format == "json-resume"
    assert source.data == _RESUME
    lines = lines_of(source)
    assert lines[:3] == [
        "Jane Doe",
        "IT Project Manager",
        "jane@example.com | +1 555 0100 | Denver, CO, US | https://linkedin.com/in/jane",
    ]
    assert_in_order(
        source.text,
        "SUMMARY\nDelivery-focused project manager.",
        "EXPERIENCE\nSenior IT Project Manager — Northwind\nMar 2019 – Present\n"
        "• Led 14 projects worth $8.5M\n• Cut costs 30%",
        "Project Coordinator — Contoso\nJan 2015 – Feb 2019\nCoordinated EHR rollout.",
        "EDUCATION\nBachelor in Computer Science — University of Colorado\n2014",
        "CERTIFICATIONS\n• PMP — PMI, Jun 2018",
        "SKILLS\n• Agile (Expert): Scrum, Kanban",
        "PROJECTS\nERP consolidation\n• Merged four systems",
    )
    assert "Kubernetes" not in source.text  # someone else's words are not the candidate's claims
    assert heading_texts(source) == [
        "SUMMARY",
        "EXPERIENCE",
        "EDUCATION",
        "CERTIFICATIONS",
        "SKILLS",
        "PROJECTS",
    ]


def test_json_job_renders_canonical_text(tmp_path: Path) -> None:
    job = {
        "title": "IT Project Manager",
        "company": "Contoso",
        "type": "Full-time",
        "location": {"city": "Denver", "region": "CO", "countryCode": "US"},
        "remote": "Hybrid",
        "description": "Lead infrastructure projects.",
        "responsibilities": ["Own the roadmap", "Run steering meetings"],
        "qualifications": ["PMP certification", "5+ years managing IT projects"],
        "skills": [{"name": "Agile", "keywords": ["Scrum"]}],
    }
    path = tmp_path / "job.json"
    path.write_text(json.dumps(job))

    source = read_source(path)

    assert source.format == "json-job"
    assert source.data == job
    assert_in_order(
        source.text,
        "IT Project Manager\nContoso\nDenver, CO, US | Remote: Hybrid\nType: Full-time",
        "ABOUT\nLead infrastructure projects.",
        "RESPONSIBILITIES\n• Own the roadmap\n• Run steering meetings",
        "QUALIFICATIONS\n• PMP certification\n• 5+ years managing IT projects",
        "SKILLS\n• Agile: Scrum",
    )
    assert heading_texts(source) == [
        "ABOUT",
        "RESPONSIBILITIES",
        "QUALIFICATIONS",
        "SKILLS",
    ]


def test_json_with_wrong_value_types_is_rendered_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        json.dumps({"basics": "Jane", "work": [{"position": 7, "highlights": "Led 3 teams"}, 5]})
    )

    source = read_source(path)

    assert "• Led 3 teams" in lines_of(source)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{\n  "basics": {"name": "Jane",}\n}')

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert "line 2, column" in assert_user_error(error, path)


@pytest.mark.parametrize("content", ['["a", "b"]', '{"name": "Jane"}'])
def test_json_that_is_neither_schema_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "data.json"
    path.write_text(content)

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert "JSON Resume" in assert_user_error(error, path)


# ------------------------------------------------------------------------------------ stdin


def test_stdin_text_is_sniffed_as_json_or_text() -> None:
    as_json = read_source("-", stdin_text=json.dumps(_RESUME))
    as_text = read_source("-", stdin_text="Jane Doe\r\n* Led a team\n")

    assert (as_json.source, as_json.format) == ("-", "json-resume")
    assert (as_text.format, as_text.text) == ("txt", "Jane Doe\n• Led a team")


def test_stdin_bytes_are_read_from_sys_stdin(
    monkeypatch: pytest.MonkeyPatch, make_pdf: Callable[..., Path]
) -> None:
    pdf = make_pdf(["Piped resume"]).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(pdf)))

    source = read_source("-")

    assert (source.source, source.format, source.text) == ("-", "pdf", "Piped resume")


def test_stdin_replaced_by_a_text_stream_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Jane Doe\n- PMP\n"))

    assert read_source("-").text == "Jane Doe\n• PMP"


def test_stdin_over_the_limit_is_refused() -> None:
    with pytest.raises(InputFileError) as error:
        read_source("-", stdin_text="x" * 50, max_bytes=10)

    assert "--max-bytes" in assert_user_error(error, "<stdin>")


# ------------------------------------------------------------------------------- lying extensions


def test_txt_that_is_really_a_pdf_or_docx_is_read_as_such(
    tmp_path: Path, make_pdf: Callable[..., Path], make_docx: Callable[..., Path]
) -> None:
    fake_pdf = tmp_path / "a.txt"
    fake_pdf.write_bytes(make_pdf(["Jane Doe"]).read_bytes())
    fake_docx = tmp_path / "b.txt"
    fake_docx.write_bytes(make_docx([("Jane Doe", None), ("Skills", "Heading 1")]).read_bytes())

    assert (read_source(fake_pdf).format, read_source(fake_pdf).text) == ("pdf", "Jane Doe")
    as_docx = read_source(fake_docx)
    assert (as_docx.format, as_docx.text) == ("docx", "Jane Doe\nSkills")
    assert heading_texts(as_docx) == ["Skills"]


def test_text_that_mentions_a_pdf_header_stays_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "notes.md", b"Files start with %PDF-1.7 in their header.\n")

    assert read_source(path).format == "md"


# ------------------------------------------------------------------------------------ bad input


def _zip_bytes(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (lambda d: d / "nope.txt", "not found"),
    "directory": (lambda d: _mkdir(d / "folder.txt"), "directory"),
    "unsupported": (lambda d: _write(d, "cv.xyz", b"text"), ".docx"),
    "old doc": (lambda d: _write(d, "cv.doc", b"\xd0\xcf\x11\xe0"), ".docx"),
    "empty": (lambda d: _write(d, "cv.txt", b""), "empty"),
    "blank": (lambda d: _write(d, "cv.md", b" \n\t\n"), "empty"),
    "no text": (lambda d: _write(d, "cv.html", b"<html><body><script>x</script></body></html>"),
                "no text"),
    "binary": (lambda d: _write(d, "cv.txt", random.Random(0).randbytes(4000)), "like text"),
    "truncated docx": (lambda d: _write(d, "cv.docx", _docx_bytes()[:500]), ".docx"),
    "zip not docx": (lambda d: _write(d, "cv.docx", _zip_bytes({"a.txt": "hi"})), ".docx"),
    "text as docx": (lambda d: _write(d, "cv.docx", b"plain text"), ".docx"),
    "broken docx xml": (lambda d: _write(d, "cv.docx", _zip_bytes(
        {"[Content_Types].xml": "<Types", "word/document.xml": "<w:document"})), ".docx"),
    "zip as txt": (lambda d: _write(d, "cv.txt", _zip_bytes({"a.txt": "hi"})), "ZIP"),
    "ole docx": (lambda d: _write(d, "cv.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
                 "password-protected"),
    "text as pdf": (lambda d: _write(d, "cv.pdf", b"just text"), "not a PDF"),
    "corrupt pdf": (lambda d: _write(d, "cv.pdf", b"%PDF-1.4\n1 0 obj <<< garbage"), "PDF"),
}  # fmt: skip


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _docx_bytes() -> bytes:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gives_one_line_error_naming_the_file(tmp_path: Path, case: str) -> None:
    make, expected = BAD_INPUTS[case]
    path = make(tmp_path)

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert expected in assert_user_error(error, path)


def test_file_over_max_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = _write(tmp_path, "cv.txt", b"x" * 100)

    with pytest.raises(InputFileError) as error:
        read_source(path, max_bytes=99)

    message = assert_user_error(error, path)
    assert "99" in message
    assert "--max-bytes" in message
    assert read_source(path, max_bytes=100).text == "x" * 100


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.binary(max_size=300),
    suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".docx", ".pdf"]),
)
def test_arbitrary_bytes_never_crash(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = _write(tmp_path, "fuzz" + suffix, content)
    try:
        result = read_source(path)
    except InputFileError as error:
        assert "\n" not in str(error)
    else:
        assert "\r" not in result.text
        assert all(result.text[i - 1] == "\n" for i in result.heading_lines if i)


# ------------------------------------------------------------------------------------ import cost


def test_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, resume_kit.read; "
        "print([m for m in ('docx', 'pdfminer', 'bs4', 'markdown_it') if m in sys.modules])"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src},
    )
    assert result.stdout.strip() == "[]"


# Lines that exercise each step of the line cleaning: bullets and list markers, rules, odd spaces,
# controls, terminal colours, zero-width characters, continuation indents.
_LINE_PARTS = [
    "• ", "- ", "* ", "1. ", "12) ", "٣. ", "\uf0b7 ", "o ", "~~~", "_ _ _", "---", "***", "===",
    "\u00a0", "\u3000", "\t", "\x00", "\x1b[31m", "\x7f", "\u200b", "\ufeff", "\u00ad", "\r\n",
    "\n", "\r", "\x0c", "\u2028", "  ", "Led", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS) | st.text(max_size=4), max_size=20))
def test_plain_text_cleaned_once_equals_cleaned_twice(parts: list[str]) -> None:
    # Plain text is cleaned line by line as it is read and not again when assembled; cleaning is
    # idempotent, and the ASCII fast path of _clean_line gives what the full substitutions give.
    from resume_kit.read.lines import _ANSI, _BULLET, _INVISIBLE, _RULE, _SPACES
    from resume_kit.read.lines import assemble_text as _assemble
    from resume_kit.read.lines import clean_line as _clean_line
    from resume_kit.read.plain import read_plain as _read_plain

    text = "".join(parts)
    lines = _read_plain(text)
    assert _assemble(lines, cleaned=True) == _assemble(lines)
    for line in text.splitlines():
        # The steps in full, without the shortcuts _clean_line takes.
        slow = _INVISIBLE.sub("", _ANSI.sub("", line.translate(_SPACES))).rstrip()
        bullet = _BULLET.match(slow)
        slow = "" if _RULE.match(slow) else "• " + slow[bullet.end() :] if bullet else slow
        assert _clean_line(line) == slow
