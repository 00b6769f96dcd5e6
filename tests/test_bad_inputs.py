"""A corpus of bad inputs, built at test time: each one gets a one-line ``Error:``, never a crash.

For every case the CLI is run as a user would (``extract FILE`` and ``tailor FILE POSTING -o
OUT``) and the test checks the exit code, that stderr is one ``Error:`` line naming the file and
saying what is wrong, that no traceback appears, and that ``tailor`` left no output behind. The
count feeds the ``bad inputs: N tried, N handled`` line of the test run's summary.
"""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from file_builders import zip_bytes

from resume_kit.cli.commands import cli

ROOT = Path(__file__).resolve().parents[1]
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _docx_bytes(text: str = "Jane Doe\nProject Manager") -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes(
    pages: int = 1, *, size: tuple[float, float] = (612, 792), **canvas: object
) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=size, **canvas)  # type: ignore[arg-type]
    for number in range(pages):
        pdf.drawString(5, 5, f"Jane Doe page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return _pdf_bytes(encrypt=StandardEncryption("open-sesame", ownerPassword="o", strength=128))


def _zip_bomb_docx() -> bytes:
    """A real .docx plus a 210 MB part of zeros that compresses to under 1 MB."""
    buffer = io.BytesIO(_docx_bytes())
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("word/media/image1.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(210):
            part.write(bytes(1 << 20))
    return buffer.getvalue()


def _docx_lying_about_sizes() -> bytes:
    """A .docx whose document.xml says it unzips to 10 bytes (it is far larger)."""
    data = bytearray(_docx_bytes("word " * 5000))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    local = info.header_offset
    data[local + 22 : local + 26] = (10).to_bytes(4, "little")  # local header: uncompressed size
    name = info.filename.encode()
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:  # its central directory entry
        central = data.find(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    return bytes(data)


def _oversized(path: Path) -> Path:
    with path.open("wb") as handle:  # sparse: 20 MB + 1 byte without writing them
        handle.truncate(20_000_001)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


Make = Callable[[Path], Path]

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)  # old .doc / protected Office file
CP1252 = "Renée Dupré – Project Manager\nScrum “agile”".encode("cp1252")
UTF16 = "Jane Doe\nProject Manager\nScrum".encode("utf-16-le")
BROKEN_DOCX = {"[Content_Types].xml": "<Types", "word/document.xml": "<w:document"}
BROKEN_PDF = b"%PDF-1.7\n1 0 obj <<< /Type /Catalog >> garbage"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)

# name -> (build the file in a folder, what the error line must say; None: it must be read)
CORPUS: dict[str, tuple[Make, str | None]] = {
    "missing": (lambda d: d / "nope.txt", "not found"),
    "directory": (lambda d: _mkdir(d / "resumes.txt"), "is a directory"),
    "empty": (lambda d: _write(d / "cv.txt", b""), "is empty"),
    "whitespace only": (lambda d: _write(d / "cv.md", b" \n\t\r\n "), "is empty"),
    "binary": (lambda d: _write(d / "cv.txt", random.Random(1).randbytes(5000)), "like text"),
    "NUL bytes": (lambda d: _write(d / "cv.txt", b"\0" * 3000), "no text"),
    "truncated docx": (lambda d: _write(d / "cv.docx", _docx_bytes()[:700]), "Word .docx"),
    "corrupt docx xml": (lambda d: _write(d / "cv.docx", zip_bytes(BROKEN_DOCX)), "Word .docx"),
    "zip, not docx": (lambda d: _write(d / "cv.docx", zip_bytes({"a.txt": "hi"})), "Word .docx"),
    "text named .docx": (lambda d: _write(d / "cv.docx", "Jane Doe"), "not a Word .docx"),
    "docx lying about sizes": (
        lambda d: _write(d / "cv.docx", _docx_lying_about_sizes()), "Word .docx"),
    "zip-bomb docx": (
        lambda d: _write(d / "cv.docx", _zip_bomb_docx()), "--max-unzipped-bytes"),
    "old Word .doc": (lambda d: _write(d / "cv.doc", OLE), "old Word .doc"),
    "OLE named .docx": (lambda d: _write(d / "cv.docx", OLE), "password-protected"),
    "truncated pdf": (lambda d: _write(d / "cv.pdf", _pdf_bytes()[:400]), "PDF"),
    "corrupt pdf": (lambda d: _write(d / "cv.pdf", BROKEN_PDF), "PDF"),
    "encrypted pdf": (lambda d: _write(d / "cv.pdf", _encrypted_pdf()), "password-protected"),
    "png named .pdf": (lambda d: _write(d / "cv.pdf", PNG), "not a PDF"),
    "2,000-page pdf": (
        lambda d: _write(d / "cv.pdf", _pdf_bytes(2000, size=(72, 72))), "--max-pdf-pages"),
    "wrong extension": (lambda d: _write(d / "cv.exe", "Jane Doe"), "unsupported file type"),
    "OpenDocument": (lambda d: _write(d / "cv.odt", zip_bytes({"content.xml": "<x/>"})), ".docx"),
    "invalid JSON": (lambda d: _write(d / "cv.json", '{"basics": {"name": "J",'), "not valid JSON"),
    "JSON list": (lambda d: _write(d / "cv.json", "[1, 2, 3]"), "not an object"),
    "JSON of another schema": (
        lambda d: _write(d / "cv.json", '{"name": "x", "version": 2}'), "neither a JSON Resume"),
    "deeply nested JSON": (
        lambda d: _write(d / "cv.json", '{"basics": ' + "[" * 100_000), "too deeply"),
    "HTML with no text": (
        lambda d: _write(d / "job.html", "<html><body><script>x()</script>"), "no text"),
    "oversized file": (lambda d: _oversized(d / "cv.txt"), "--max-bytes"),
    "1 MB line without spaces": (
        lambda d: _write(d / "cv.txt", "a" * 1_000_000), "--max-word-chars"),
    "text over 1M characters": (
        lambda d: _write(d / "cv.txt", "Scrum Kanban. " * 80_000), "--max-chars"),
    "non-UTF-8 (cp1252) text": (lambda d: _write(d / "cv.txt", CP1252), None),
    "UTF-16 without BOM": (lambda d: _write(d / "cv.txt", UTF16), None),
}  # fmt: skip


def _one_error_line(stderr: str, path: Path, expected: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"Error: {path}: "), lines[0]
    assert expected.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in stderr


@pytest.mark.parametrize("case", list(CORPUS))
def test_bad_input_gets_one_error_line_and_leaves_nothing(
    case: str, tmp_path: Path, bad_input_tally: dict[str, int]
) -> None:
    bad_input_tally["tried"] += 1
    make, expected = CORPUS[case]
    folder = _mkdir(tmp_path / "in")
    path = make(folder)
    runner = CliRunner()

    result = runner.invoke(cli, ["extract", "--json", str(path)])

    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    if expected is None:  # readable after all: it must be read, not refused
        assert result.exit_code == 0, result.stderr
        document = json.loads(result.stdout)
        assert document["text"] and "\ufffd" not in document["text"]
        bad_input_tally["handled"] += 1
        return
    assert result.exit_code == 1
    assert result.stdout == ""
    _one_error_line(result.stderr, path, expected)

    out = tmp_path / "out"
    tailored = runner.invoke(cli, ["tailor", str(path), str(POSTING), "-o", str(out)])
    assert tailored.exit_code == 1
    assert tailored.exception is None or isinstance(tailored.exception, SystemExit)
    _one_error_line(tailored.stderr, path, expected)
    assert not out.exists() or not any(out.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == ([path.name] if path.exists() else [])
    bad_input_tally["handled"] += 1


def test_non_utf8_text_is_decoded_as_windows_1252(tmp_path: Path) -> None:
    make, _ = CORPUS["non-UTF-8 (cp1252) text"]
    from resume_kit.read import read_source

    text = read_source(make(tmp_path)).text
    assert text.startswith("Renée Dupré – Project Manager")
    assert re.search("Scrum “agile”", text)
