"""The code base stays ruff (lint and format) and mypy clean, as the house style promises."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None and sys.platform != "linux", reason="no ruff")
def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "scripts", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "src",
            "tests",
            "scripts",
            "benchmarks",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_stages_import_only_downwards() -> None:
    # import-linter's contracts in pyproject.toml: the layers of the pipeline and no cycles
    # inside a stage (docs/architecture.md). Run as its own console script would.
    code = (
        "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


MAX_MODULE_LINES = 900
MAX_FUNCTION_LINES = 120


def test_modules_and_functions_stay_small() -> None:
    # A change to one concept should land in one file a newcomer can read: the limits the
    # layout issue set (docs/architecture.md).
    too_long: list[str] = []
    for path in sorted((ROOT / "src" / "resume_kit").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT / "src").as_posix()
        lines = len(source.splitlines())
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}(): {length} lines")
    assert too_long == []


# Imports of our own modules inside functions: only the command line's start-up path (each
# command loads what it needs, and the reader dispatch loads only the reader of the format it
# meets), and the spaCy components and lexeme stand-ins (importing them loads spaCy, which
# startup.import_spacy must import first).
LAZY_IMPORTS_ALLOWED = {
    ("cli/commands.py", None),
    ("read/source.py", None),
    ("nlp/pipeline.py", "resume_kit.nlp.components"),
    ("nlp/pipeline.py", "resume_kit.nlp.lexeme_attrs"),
}


def test_our_modules_are_imported_at_the_top() -> None:
    # Lazy imports of our own modules only dodged import cycles; the layers leave none.
    lazy: list[str] = []
    package = ROOT / "src" / "resume_kit"
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                module = inner.module if isinstance(inner, ast.ImportFrom) else None
                if module is None or not module.startswith("resume_kit"):
                    continue
                if (name, None) not in LAZY_IMPORTS_ALLOWED and (name, module) not in (
                    LAZY_IMPORTS_ALLOWED
                ):
                    lazy.append(f"{name}:{inner.lineno} {module}")
    assert lazy == []
