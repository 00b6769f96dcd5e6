"""Tests for resume_kit.read.pdf: PDF files built at test time in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from read_helpers import (  # tests/read/read_helpers.py: shared by the reader tests
    assert_in_order,
    assert_user_error,
    lines_of,
)

from resume_kit.errors import InputFileError
from resume_kit.read import read_source

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
