"""Word -> PDF through LibreOffice: a throwaway profile with macros off, and a time limit.

Most tests put a stand-in ``soffice`` first on PATH (a small script that records how it was run,
or hangs) so they run in a fraction of a second; one runs the real LibreOffice.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_kit.cli.commands import cli
from resume_kit.errors import OutputError
from resume_kit.tailoring.pdf_export import (
    LIBREOFFICE_SECONDS,
    docx_to_pdf,
    find_soffice,
    soffice_command,
    throwaway_profile,
)

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"

# Records its arguments and the profile it was given (what LibreOffice would read at start-up),
# then writes a PDF where LibreOffice would.
RECORDING_SOFFICE = """\
import json, os, sys
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
(outdir / (source.stem + ".pdf")).write_bytes(b"%PDF-1.4 stand-in")
"""

# Starts a child that would outlive it (as soffice.bin outlives the soffice script), writes where
# it works and the child's process id, then hangs.
HANGING_SOFFICE = """\
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
with open(os.environ["FAKE_SOFFICE_LOG"], "w", encoding="utf-8") as log:
    log.write(f"{child.pid} {sys.argv[-1]}")
time.sleep(120)
"""


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


def test_pdf_without_libreoffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(OutputError, match="apt-get install libreoffice-writer-nogui"):
        docx_to_pdf(b"")


def test_libreoffice_runs_headless_in_a_fresh_profile_with_macros_off_that_is_then_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _fake_soffice(tmp_path, monkeypatch, RECORDING_SOFFICE)
    assert docx_to_pdf(b"docx", name="cv") == b"%PDF-1.4 stand-in"
    assert docx_to_pdf(b"docx", name="cv") == b"%PDF-1.4 stand-in"
    first, second = (json.loads(line) for line in log.read_text(encoding="utf-8").splitlines())
    for run in (first, second):
        args = run["args"]
        assert args[0].startswith("-env:UserInstallation=file:///")
        assert {"--headless", "--norestore", "--nolockcheck"} <= set(args)
        assert args[-4:-2] == ["pdf", "--outdir"] and args[-1].endswith("cv.docx")
        # A new folder holding nothing but the macro settings: not the user's profile.
        assert run["profile_files"] == ["user", "user/registrymodifications.xcu"]
        settings = run["settings"]
        assert "/org.openoffice.Office.Common/Security/Scripting" in settings
        assert '"MacroSecurityLevel" oor:op="fuse"><value>3</value>' in settings
        assert '"DisableMacrosExecution" oor:op="fuse"><value>true</value>' in settings
        profile = Path(run["profile"])
        assert not profile.exists() and not profile.parent.exists()  # deleted afterwards
    assert first["profile"] != second["profile"]  # one per conversion, never shared


def test_libreoffice_that_does_not_finish_in_time_is_killed_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _fake_soffice(tmp_path, monkeypatch, HANGING_SOFFICE)
    started = time.monotonic()
    with pytest.raises(OutputError) as caught:
        docx_to_pdf(b"docx", name="cv-resume", timeout=1.5)
    assert time.monotonic() - started < 30
    message = str(caught.value)
    assert message.startswith("LibreOffice did not finish converting cv-resume.docx to PDF ")
    assert "within 1.5 s" in message and "--libreoffice-seconds" in message
    child, source = log.read_text(encoding="utf-8").split(" ", 1)
    deadline = time.monotonic() + 10
    while _alive(int(child)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(int(child))  # the whole process group went, not just soffice
    assert not Path(source).parent.exists()  # and its folder, profile and all


def test_tailor_pdf_time_limit_is_one_error_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_soffice(tmp_path, monkeypatch, HANGING_SOFFICE)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        [
            "tailor", str(RESUME), str(POSTING), "-o", str(out), "--format", "docx,pdf",
            "--no-chart", "--today", "2025-06-02", "--libreoffice-seconds", "1",
        ],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: LibreOffice did not finish converting ")
    assert "-resume.docx to PDF within 1 s" in line and "--libreoffice-seconds" in line
    assert not out.exists()
    option = next(p for p in cli.commands["tailor"].params if p.name == "libreoffice_seconds")
    assert option.default == LIBREOFFICE_SECONDS  # the command line and the library agree


@pytest.mark.slow
def test_real_libreoffice_takes_the_macro_settings_of_the_throwaway_profile(
    tmp_path: Path,
) -> None:
    # LibreOffice rewrites registrymodifications.xcu on exit from the settings it holds, so
    # finding both there afterwards (in its own order and layout) shows it read them.
    from conftest import require_program

    soffice = require_program("soffice")
    source = tmp_path / "cv.docx"
    source.write_bytes((ROOT / "examples" / "jordan-rivera-resume.docx").read_bytes())
    profile = throwaway_profile(tmp_path / "profile")
    written = (tmp_path / "profile" / "user" / "registrymodifications.xcu").read_text("utf-8")
    subprocess.run(
        soffice_command(soffice, profile, source, tmp_path), capture_output=True, timeout=120
    )
    assert (tmp_path / "cv.pdf").read_bytes().startswith(b"%PDF-")
    settings = (tmp_path / "profile" / "user" / "registrymodifications.xcu").read_text("utf-8")
    assert settings != written  # LibreOffice wrote it back
    scripting = [line for line in settings.splitlines() if "Security/Scripting" in line]
    assert any('"MacroSecurityLevel" oor:op="fuse"><value>3</value>' in x for x in scripting)
    assert any('"DisableMacrosExecution" oor:op="fuse"><value>true</value>' in x for x in scripting)
