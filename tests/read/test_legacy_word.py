"""Tests for resume_kit.read.legacy_word: old Word .doc files read through LibreOffice.

The .doc fixtures are made at test time: a python-docx resume converted by LibreOffice itself
(to Word 97-2003, and to Word 2003 XML saved with the .doc extension). Those tests are skipped
where LibreOffice is not installed; the refusal without it is tested everywhere.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from read_helpers import assert_user_error, heading_texts, lines_of

from resume_kit.errors import InputFileError
from resume_kit.read import read_source
from resume_kit.read.legacy_word import find_soffice, read_doc
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


# Stand-ins for LibreOffice, first on PATH. The first records its arguments and the profile it was
# given (what LibreOffice reads at start-up), then writes the .docx LibreOffice would write (a copy
# of $FAKE_SOFFICE_DOCX); the second starts a child that would outlive it, logs the child's id
# and where it works, then hangs.
RECORDING_SOFFICE = """\
import json, os, shutil, sys
from pathlib import Path
from urllib.parse import unquote, urlparse
args = sys.argv[1:]
profile = Path(unquote(urlparse(args[0].split("=", 1)[1]).path))
settings = profile / "user" / "registrymodifications.xcu"
record = {
    "args": args,
    "profile": str(profile),
    "profile_files": sorted(str(p.relative_to(profile)) for p in profile.rglob("*")),
    "settings": settings.read_text(encoding="utf-8") if settings.is_file() else None,
}
with open(os.environ["FAKE_SOFFICE_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(record) + "\\n")
source = Path(args[-1])
outdir = Path(args[args.index("--outdir") + 1])
shutil.copy(os.environ["FAKE_SOFFICE_DOCX"], outdir / (source.stem + ".docx"))
"""

HANGING_SOFFICE = """\
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
with open(os.environ["FAKE_SOFFICE_LOG"], "w", encoding="utf-8") as log:
    log.write(f"{child.pid} {sys.argv[-1]}")
time.sleep(120)
"""

_OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") * 4


def _fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> Path:
    """Put a stand-in ``soffice`` first on PATH; returns the file it logs to."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(f"#!{sys.executable}\n{script}", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    log = tmp_path / "soffice.log"
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    monkeypatch.setenv("FAKE_SOFFICE_DOCX", str(_docx(tmp_path / "converted.docx")))
    assert find_soffice() == str(program)
    return log


def _alive(pid: int) -> bool:
    """True while process ``pid`` runs (a zombie waiting for a parent to reap it is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state not in ("Z", "X")


def test_libreoffice_reads_a_doc_headless_in_a_fresh_profile_with_macros_off_then_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _fake_soffice(tmp_path, monkeypatch, RECORDING_SOFFICE)
    path = tmp_path / "cv.doc"
    path.write_bytes(_OLE_DOC)

    for _ in range(2):
        assert "• Led fourteen infrastructure projects." in lines_of(read_source(path))

    first, second = (json.loads(line) for line in log.read_text(encoding="utf-8").splitlines())
    for run in (first, second):
        args = run["args"]
        assert args[0].startswith("-env:UserInstallation=file:///")
        assert {"--headless", "--norestore", "--nolockcheck", "--infilter=MS Word 97"} <= set(args)
        assert args[-4:-2] == ["docx:MS Word 2007 XML", "--outdir"]
        # A new folder holding nothing but the macro settings: not the user's profile.
        assert run["profile_files"] == ["user", "user/registrymodifications.xcu"]
        settings = run["settings"]
        assert '"MacroSecurityLevel" oor:op="fuse"><value>3</value>' in settings
        assert '"DisableMacrosExecution" oor:op="fuse"><value>true</value>' in settings
        profile = Path(run["profile"])
        assert not profile.exists() and not profile.parent.exists()  # deleted afterwards
    assert first["profile"] != second["profile"]  # one per conversion: parallel runs never clash


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
    child, source = log.read_text(encoding="utf-8").split(" ", 1)
    deadline = time.monotonic() + 10
    while _alive(int(child)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(int(child))  # the whole process group went, not just soffice
    assert not Path(source).parent.exists()  # and its folder, profile and all
