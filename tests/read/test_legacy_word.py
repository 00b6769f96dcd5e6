"""Tests for resume_kit.read.legacy_word: old Word .doc files read through LibreOffice.

The .doc fixtures are made at test time: a python-docx resume converted by LibreOffice itself
(to Word 97-2003, and to Word 2003 XML saved with the .doc extension). Those tests are skipped
where LibreOffice is not installed; the refusal without it is tested everywhere.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from read_helpers import assert_user_error, heading_texts, lines_of
from soffice_standin import (
    HANGING_SOFFICE,
    RECORDING_SOFFICE,
    assert_hanging_soffice_killed,
    install_fake_soffice,
    recorded_runs,
)

from resume_kit.errors import InputFileError
from resume_kit.read import read_source
from resume_kit.read.legacy_word import read_doc
from resume_kit.read.limits import Limits

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
    monkeypatch.setattr("resume_kit.office.shutil.which", lambda name: None)

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


# The stand-in LibreOffice (tests/soffice_standin.py) then writes the .docx LibreOffice would
# write: a copy of $FAKE_SOFFICE_DOCX.
WRITING_SOFFICE = RECORDING_SOFFICE + (
    'shutil.copy(os.environ["FAKE_SOFFICE_DOCX"], outdir / (source.stem + ".docx"))\n'
)

_OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") * 4


def _fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> Path:
    """The stand-in ``soffice`` first on PATH, with a .docx to hand back; returns its log."""
    monkeypatch.setenv("FAKE_SOFFICE_DOCX", str(_docx(tmp_path / "converted.docx")))
    return install_fake_soffice(tmp_path, monkeypatch, script)


def test_libreoffice_reads_a_doc_headless_in_a_fresh_profile_with_macros_off_then_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _fake_soffice(tmp_path, monkeypatch, WRITING_SOFFICE)
    path = tmp_path / "cv.doc"
    path.write_bytes(_OLE_DOC)

    for _ in range(2):
        assert "• Led fourteen infrastructure projects." in lines_of(read_source(path))

    runs = recorded_runs(log)  # a profile of their own each: parallel runs never clash
    assert len(runs) == 2
    for run in runs:
        assert "--infilter=MS Word 97" in run["args"]
        assert run["args"][-4:-2] == ["docx:MS Word 2007 XML", "--outdir"]


def test_libreoffice_that_does_not_finish_in_time_is_killed_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _fake_soffice(tmp_path, monkeypatch, HANGING_SOFFICE)
    started = time.monotonic()

    with pytest.raises(InputFileError) as error:
        read_doc(_OLE_DOC, "cv.doc", Limits(), seconds=1.5)

    assert time.monotonic() - started < 30
    message = assert_user_error(error, "cv.doc")
    assert "within 1.5 s" in message and "save it as .docx" in message
    assert_hanging_soffice_killed(log)
