"""The wheel ships everything the installed command needs (keywords, templates, lemma table)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
    )
    (found,) = out.glob("resume_kit-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contains_data_packages(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "resume_kit/py.typed",
        "resume_kit/keywords/skills.jsonl",
        "resume_kit/keywords/skills_meta.jsonl",
        "resume_kit/keywords/en_lemma_lookup.json.gz",
        "resume_kit/templates/styles/modern.docx",
        "resume_kit/templates/styles/compact.docx",
        "resume_kit/templates/resume-template.docx",
        "resume_kit/schemas/jsonresume-schema-1.0.0.json",
        "resume_kit/schemas/LICENSE-jsonresume-schema.md",
    ):
        assert required in names
    assert not any(name.startswith(("tests/", "benchmarks/", "scripts/")) for name in names)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into its own folder (dependencies come from the test environment)."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    return target


def run_installed(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``resume-kit ARGS`` from the installed wheel, outside the repository.

    Neither src/ nor templates/ nor keywords/ can be picked up by accident: the working folder
    is a temporary one and the package must be imported from the installed copy.
    """
    env = {**os.environ, "PYTHONPATH": str(installed)}
    code = (
        "import resume_kit, sys; from resume_kit.cli.commands import main;"
        "assert resume_kit.__file__.startswith(sys.argv[1]), resume_kit.__file__;"
        "sys.argv = ['resume-kit', *sys.argv[2:]]; main()"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(installed), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.slow
def test_cli_runs_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    example = ROOT / "examples" / "jordan-rivera-resume.docx"
    result = run_installed(installed, tmp_path, "extract", str(example))
    assert result.returncode == 0, result.stderr
    assert "Scrum" in result.stdout and "Metrics (" in result.stdout


@pytest.mark.slow
def test_tailor_runs_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    """Templates, the reference .docx, the salary table and keywords all ship in the wheel."""
    import docx

    result = run_installed(
        installed,
        tmp_path,
        "tailor",
        str(ROOT / "examples" / "jordan-rivera-resume.docx"),
        str(ROOT / "examples" / "posting-it-project-manager.txt"),
        "--today",
        "2025-06-02",
    )
    assert result.returncode == 0, result.stderr
    out = tmp_path / "tailored"  # the default output folder, relative to the working folder
    stem = "jordan-rivera-cobalt-ridge-software-inc"
    expected = {f"{stem}-{kind}.docx" for kind in ("resume", "cover-letter", "interview-prep")}
    reports = {f"{stem}-match-report.json", f"{stem}-match-report.png"}
    assert {p.name for p in out.iterdir()} == expected | reports
    for name in sorted(expected):
        document = docx.Document(str(out / name))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "Jordan Rivera" in text, name
        # The shipped reference .docx gave its styles (python-docx's default has no body font).
        assert document.styles["Normal"].font.name == "Calibri", name
        assert f"tailored/{name}" in result.stdout
    report = json.loads((out / f"{stem}-match-report.json").read_text(encoding="utf-8"))
    assert report["overall"] > 50 and report["requirements"]
    # The salary table is packaged data too: the prep sheet quotes its range.
    prep = docx.Document(str(out / f"{stem}-interview-prep.docx"))
    assert any(p.text.startswith("Salary") for p in prep.paragraphs)
