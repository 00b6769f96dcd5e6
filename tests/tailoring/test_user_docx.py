"""--reference-docx and --docx-template get the zip checks an input .docx gets, before python-docx
opens them (the bombs are built at test time, as tests/test_bad_inputs.py builds its own)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import docxtpl.template
import pytest
from click.testing import CliRunner
from file_builders import zip_bytes

from resume_kit.cli.commands import cli
from resume_kit.errors import LimitExceededError, OutputError, TemplateError
from resume_kit.read.limits import Limits
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.user_docx import read_user_docx

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
REFERENCE = ROOT / "templates" / "reference.docx"
OPTIONS = {
    "--reference-docx": "the reference .docx (--reference-docx)",
    "--docx-template": "the Word template (--docx-template)",
}


def _with_styles(extra: bytes | Iterator[bytes], *, declared: int | None = None) -> bytes:
    """The shipped reference.docx with ``extra`` appended to word/styles.xml (as an XML comment,
    so python-docx would parse all of it); ``declared`` makes the archive lie about its size."""
    source = zipfile.ZipFile(REFERENCE)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != "word/styles.xml":
                archive.writestr(info.filename, data)
                continue
            big = not isinstance(extra, bytes)
            with archive.open(info.filename, "w", force_zip64=big) as part:
                part.write(data + b"<!--")
                for chunk in extra if big else [extra]:  # type: ignore[union-attr]
                    part.write(chunk)
                part.write(b"-->")
    data = bytearray(buffer.getvalue())
    if declared is not None:  # the uncompressed size in the local header and central directory
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            info = archive.getinfo("word/styles.xml")
        name = info.filename.encode()
        data[info.header_offset + 22 : info.header_offset + 26] = declared.to_bytes(4, "little")
        central = data.find(b"PK\x01\x02")
        while data[central + 46 : central + 46 + len(name)] != name:
            central = data.find(b"PK\x01\x02", central + 4)
        data[central + 24 : central + 28] = declared.to_bytes(4, "little")
    return bytes(data)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real reference .docx whose styles unzip to 210 MB: about 1 MB on disk."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    path.write_bytes(_with_styles(b" " * (1 << 20) for _ in range(210)))
    assert path.stat().st_size < 2_000_000
    return path


@pytest.fixture
def unzipped(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the bytes decompressed from any archive; python-docx and docxtpl must not open one."""
    counted: list[int] = []
    read = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        chunk = read(self, n)
        counted.append(len(chunk))
        return chunk

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx opened a file that should have been refused")

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    monkeypatch.setattr(docx, "Document", never)
    monkeypatch.setattr(docxtpl.template, "Document", never)
    return counted


def _tailor(out: Path, *extra: str) -> list[str]:
    return [
        "tailor", str(RESUME), str(POSTING), "-o", str(out), "--no-chart", "--today", "2025-06",
        *extra,
    ]  # fmt: skip


@pytest.mark.parametrize("option", list(OPTIONS))
def test_a_zip_bomb_as_reference_docx_or_docx_template_is_refused_before_it_is_unzipped(
    bomb: Path, tmp_path: Path, unzipped: list[int], option: str
) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, _tailor(out, option, str(bomb)))
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {bomb}: {OPTIONS[option]} unzips to 2")
    assert line.endswith(
        "over the 200,000,000-byte limit; if the file is genuine, raise it with "
        "--max-unzipped-bytes"
    )
    assert sum(unzipped) == 0  # refused from the sizes the archive declares
    assert not out.exists()


@pytest.mark.parametrize("option", list(OPTIONS))
def test_a_reference_or_template_lying_about_its_size_stops_at_the_limit(
    tmp_path: Path, unzipped: list[int], option: str
) -> None:
    path = tmp_path / "liar.docx"
    path.write_bytes(_with_styles(b" " * 3_000_000, declared=1_000))
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, _tailor(out, option, str(path), "--max-unzipped-bytes", "1000000")
    )
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    # zipfile yields at most the declared size and then checks the CRC: the count stays under
    # the limit and python-docx is never called.
    assert line.startswith(f"Error: {path}: {OPTIONS[option]} is not a readable Word .docx file")
    assert "(BadZipFile: Bad CRC-32 for file 'word/styles.xml')" in line
    assert sum(unzipped) <= 1_000_000
    assert not out.exists()


@pytest.mark.parametrize("option", list(OPTIONS))
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.docx", "does not exist; give a Word .docx file"),
        (lambda d: _write(d / "x.docx", b"PK\x03\x04 not really a zip"), "is not a Word .docx"),
        (
            lambda d: _write(d / "x.docx", zip_bytes({"content.xml": b"<x/>"})),
            "is not a Word .docx",
        ),
        (lambda d: _write(d / "x.docx", REFERENCE.read_bytes() + bytes(30_000)), "--max-bytes"),
    ],
    ids=["missing", "not a zip", "OpenDocument", "over --max-bytes"],
)
def test_a_bad_reference_or_template_is_one_error_line_naming_it_and_its_option(
    tmp_path: Path, option: str, make: object, expected: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, _tailor(out, option, str(path), "--max-bytes", "60000"))
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}: {OPTIONS[option]} ") and expected in line
    assert not out.exists()


def test_a_genuine_large_reference_is_let_through_by_raising_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(_with_styles(b" " * 3_000_000))
    with pytest.raises(LimitExceededError, match="--max-unzipped-bytes") as caught:
        markdown_to_docx("# Name", reference_docx=path, limits=Limits(max_unzipped_bytes=2**21))
    assert caught.value.limit == "max_unzipped_bytes"
    written = markdown_to_docx("# Name", reference_docx=path, limits=Limits())
    assert docx.Document(io.BytesIO(written)).paragraphs[0].text == "Name"


def test_each_caller_keeps_its_own_error_type(tmp_path: Path) -> None:
    missing = tmp_path / "nope.docx"
    with pytest.raises(OutputError, match="does not exist"):
        read_user_docx(missing, what="the reference .docx", limits=None, error=OutputError)
    with pytest.raises(TemplateError, match="does not exist"):
        read_user_docx(missing, what="the Word template", limits=None, error=TemplateError)
    assert read_user_docx(REFERENCE, what="x", limits=None, error=OutputError).startswith(b"PK")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
