"""The wheel ships everything the installed command needs (keywords, templates, lemma table)."""

from __future__ import annotations

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
        "resume_kit/schemas/jsonresume-schema-1.0.0.json",
        "resume_kit/schemas/LICENSE-jsonresume-schema.md",
    ):
        assert required in names
    assert not any(name.startswith(("tests/", "benchmarks/", "scripts/")) for name in names)


@pytest.mark.slow
def test_cli_runs_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
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
    # Run outside the repository so neither src/ nor keywords/ can be picked up by accident.
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import resume_kit, sys; from resume_kit.cli import main;"
        "assert resume_kit.__file__.startswith(sys.argv[1]), resume_kit.__file__;"
        "sys.argv = ['resume-kit', 'extract', sys.argv[2]]; main()"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            str(target),
            str(ROOT / "examples" / "jordan-rivera-resume.docx"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Scrum" in result.stdout and "Metrics (" in result.stdout
