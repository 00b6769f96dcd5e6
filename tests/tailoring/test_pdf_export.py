"""Word -> PDF through LibreOffice: a throwaway profile with macros off, and a time limit.

Most tests put a stand-in ``soffice`` first on PATH (a small script that records how it was run,
or hangs) so they run in a fraction of a second; one runs the real LibreOffice.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from soffice_standin import (
    HANGING_SOFFICE,
    RECORDING_SOFFICE,
    assert_hanging_soffice_killed,
    install_fake_soffice,
    recorded_runs,
)

from resume_kit.cli.commands import cli
from resume_kit.errors import OutputError
from resume_kit.tailoring.pdf_export import (
    LIBREOFFICE_SECONDS,
    docx_to_pdf,
    soffice_command,
    throwaway_profile,
)

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"

# The stand-in LibreOffice (tests/soffice_standin.py) then writes a PDF where LibreOffice would.
WRITING_SOFFICE = RECORDING_SOFFICE + (
    '(outdir / (source.stem + ".pdf")).write_bytes(b"%PDF-1.4 stand-in")\n'
)


def test_pdf_without_libreoffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(OutputError, match="apt-get install libreoffice-writer-nogui"):
        docx_to_pdf(b"")


def test_libreoffice_runs_headless_in_a_fresh_profile_with_macros_off_that_is_then_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = install_fake_soffice(tmp_path, monkeypatch, WRITING_SOFFICE)
    assert docx_to_pdf(b"docx", name="cv") == b"%PDF-1.4 stand-in"
    assert docx_to_pdf(b"docx", name="cv") == b"%PDF-1.4 stand-in"
    runs = recorded_runs(log)
    assert len(runs) == 2
    for run in runs:
        assert run["args"][-4:-2] == ["pdf", "--outdir"] and run["args"][-1].endswith("cv.docx")


def test_libreoffice_that_does_not_finish_in_time_is_killed_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = install_fake_soffice(tmp_path, monkeypatch, HANGING_SOFFICE)
    started = time.monotonic()
    with pytest.raises(OutputError) as caught:
        docx_to_pdf(b"docx", name="cv-resume", timeout=1.5)
    assert time.monotonic() - started < 30
    message = str(caught.value)
    assert message.startswith("LibreOffice did not finish converting cv-resume.docx to PDF ")
    assert "within 1.5 s" in message and "--libreoffice-seconds" in message
    assert_hanging_soffice_killed(log)


def test_tailor_pdf_time_limit_is_one_error_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_fake_soffice(tmp_path, monkeypatch, HANGING_SOFFICE)
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
