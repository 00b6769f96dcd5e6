"""Tests for resume_kit.read.source: stdin, sniffing lying extensions, bad input, import cost."""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from file_builders import zip_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from read_helpers import (  # tests/read/read_helpers.py: shared by the reader tests
    _RESUME,
    _docx_bytes,
    _write,
    assert_user_error,
    heading_texts,
)

from resume_kit.errors import InputFileError
from resume_kit.read import read_source

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
    "zip not docx": (lambda d: _write(d, "cv.docx", zip_bytes({"a.txt": "hi"})), ".docx"),
    "text as docx": (lambda d: _write(d, "cv.docx", b"plain text"), ".docx"),
    "broken docx xml": (lambda d: _write(d, "cv.docx", zip_bytes(
        {"[Content_Types].xml": "<Types", "word/document.xml": "<w:document"})), ".docx"),
    "zip as txt": (lambda d: _write(d, "cv.txt", zip_bytes({"a.txt": "hi"})), "ZIP"),
    "ole docx": (lambda d: _write(d, "cv.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
                 "password-protected"),
    "text as pdf": (lambda d: _write(d, "cv.pdf", b"just text"), "not a PDF"),
    "corrupt pdf": (lambda d: _write(d, "cv.pdf", b"%PDF-1.4\n1 0 obj <<< garbage"), "PDF"),
}  # fmt: skip


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


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
    src = str(Path(__file__).resolve().parents[2] / "src")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src},
    )
    assert result.stdout.strip() == "[]"


def test_reading_text_loads_no_other_reader_nor_the_models_extraction_never_builds() -> None:
    # A batch of texts (extract --input-jsonl) pays only for the plain reader: the PDF, Word, HTML
    # and JSON readers, the JSON Resume writer and the report / ranking / tailoring models load
    # when first needed. The model and formats packages still give every name they list.
    code = """
import sys
from resume_kit.read.source import read_named_text
text = read_named_text("Data Engineer\\nWe use Python and SQL.", name="job-1")
unused = ("resume_kit.read.pdf", "resume_kit.read.word", "resume_kit.read.legacy_word",
          "resume_kit.read.web", "resume_kit.read.json_input", "resume_kit.formats.jsonresume",
          "resume_kit.model.report", "resume_kit.model.framework", "resume_kit.model.ranking",
          "resume_kit.model.tailored")
print([m for m in unused if m in sys.modules], text.format)
import resume_kit.formats as formats, resume_kit.model as model
for package in (formats, model):
    for name in package.__all__:
        getattr(package, name)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] txt"


_SNIFF_PARTS = ["<", "<body", "<BODY", "<Body>", "<html", "<!DOCTYPE html>", "{", "}", " ", "\n",
    "\ufeff", "İ", "\u212a", "x" * 1000, "text"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SNIFF_PARTS) | st.text(max_size=3), max_size=12).map("".join))
def test_text_is_told_html_as_the_lowered_text_tells(text: str) -> None:
    # The sniffer lowers the text only where a "<" is: no character lowers to "<".
    from resume_kit.read.source import _sniff_text_format

    head = text.lstrip("\ufeff \t\r\n")
    lowered = head[:200].lower()
    html = lowered.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower()
    found = _sniff_text_format(text)
    assert (found == "html") == (html and found != "json")


def test_only_ascii_letters_lower_to_the_body_tag_s() -> None:
    # What lets the sniffer search "<body" in any case instead of lowering the text: no other
    # character lowers to "<", "b", "o", "d" or "y", nor matches them ignoring case.
    from resume_kit.read.source import _BODY_TAG_RE

    letter = re.compile(r"(?i:[body])")  # a letter of the tag as the sniffer's pattern takes it
    assert _BODY_TAG_RE.pattern == "<(?i:body)"
    odd = [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if char not in "<bBoOdDyY" and (set(char.lower()) & set("<body") or letter.fullmatch(char))
    ]
    assert odd == []
