"""Tests for resume_kit.read.legacy_word: old Word .doc files read through LibreOffice.

The .doc fixtures are made at test time: a python-docx resume converted by LibreOffice itself
(to Word 97-2003, and to Word 2003 XML saved with the .doc extension). Those tests are skipped
where LibreOffice is not installed; the refusal without it is tested everywhere.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from read_helpers import assert_user_error, heading_texts, lines_of

from resume_kit.errors import InputFileError
from resume_kit.read import read_source

_SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Jordan Rivera")
    document.add_paragraph("jordan@example.com")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Senior IT Project Manager, Northwind Logistics, 2019 - Present")
    document.add_paragraph("Led fourteen infrastructure projects.", style="List Bullet")
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def old_word_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same resume as Word 97-2003 (.doc) and as Word 2003 XML named .doc."""
    folder = tmp_path_factory.mktemp("doc")
    source = _docx(folder / "resume.docx")
    made: dict[str, Path] = {}
    for kind, target in (("binary", "doc:MS Word 97"), ("xml", "xml:MS Word 2003 XML")):
        out = folder / kind
        out.mkdir()
        subprocess.run(
            [
                str(_SOFFICE),
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        produced = next(out.iterdir())
        made[kind] = produced.rename(out / "resume.doc")
    return made


@needs_soffice
@pytest.mark.parametrize("kind", ["binary", "xml"])
def test_an_old_word_file_is_read_with_its_headings_and_bullets(
    old_word_files: dict[str, Path], kind: str
) -> None:
    path = old_word_files[kind]
    if kind == "binary":
        assert path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # really the old format
    else:
        assert b"<w:wordDocument" in path.read_bytes()

    source = read_source(path)

    lines = lines_of(source)
    assert "Jordan Rivera" in lines and "jordan@example.com" in lines
    assert "• Led fourteen infrastructure projects." in lines
    assert "Experience" in heading_texts(source)


def test_without_libreoffice_an_old_word_file_is_refused_with_how_to_convert_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "resume.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") * 4)
    monkeypatch.setattr("resume_kit.read.legacy_word.shutil.which", lambda name: None)

    with pytest.raises(InputFileError) as error:
        read_source(path)

    message = assert_user_error(error, path)
    assert "old Word .doc" in message and "save it as .docx" in message


@needs_soffice
def test_a_doc_libreoffice_cannot_convert_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"))

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert "save it as .docx" in assert_user_error(error, path)
