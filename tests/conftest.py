"""Shared fixtures: build input documents at test time (no binary fixtures in the repository)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from file_builders import pdf_bytes

if TYPE_CHECKING:
    from resume_kit.model.framework import Framework
    from resume_kit.model.report import MatchReport

# The tests (and the CLI processes they start) keep the pickled pipeline in a folder of their own,
# never in the user's cache, and start each run without one.
_PIPELINE_CACHE = tempfile.mkdtemp(prefix="resume-kit-test-cache-")
os.environ["RESUME_KIT_CACHE_DIR"] = _PIPELINE_CACHE
atexit.register(shutil.rmtree, _PIPELINE_CACHE, ignore_errors=True)


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    """Factory writing a .docx from ``(text, style)`` pairs (style None = Normal)."""

    def make(blocks: Sequence[tuple[str, str | None]], name: str = "resume.docx") -> Path:
        import docx

        document = docx.Document()
        for text, style in blocks:
            document.add_paragraph(text, style=style)
        path = tmp_path / name
        document.save(str(path))
        return path

    return make


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Factory writing a one-column text PDF (reportlab, Helvetica 10pt) from lines."""

    def make(lines: Sequence[str], name: str = "resume.pdf") -> Path:
        path = tmp_path / name
        path.write_bytes(pdf_bytes(lines))
        return path

    return make


@pytest.fixture(scope="module")
def framework() -> Framework:
    """The scorer tests' small project-management framework (``match_builders.FRAMEWORK_YAML``).

    Here rather than in a ``tests/scoring/conftest.py``: a second module named ``conftest`` would
    shadow this one for the tests that import ``require_program`` from it. Imported here, not at
    the top: the package is imported once the cache folder above is set.
    """
    from match_builders import pm_framework

    return pm_framework()


@pytest.fixture
def base(framework: Framework) -> MatchReport:
    """``BASE_RESUME`` scored against a Project Manager posting asking ``BASE_POSTING_REQS``."""
    from match_builders import base_report

    return base_report(framework)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the golden text dumps in tests/golden/ instead of comparing."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current output (review the diff before committing)",
    )


BAD_INPUT_TALLY = pytest.StashKey[dict[str, int]]()


@pytest.fixture(scope="session")
def bad_input_tally(pytestconfig: pytest.Config) -> dict[str, int]:
    """Counts of bad-input cases tried and handled (tests/test_bad_inputs.py)."""
    return pytestconfig.stash.setdefault(BAD_INPUT_TALLY, {"tried": 0, "handled": 0})


DAMAGED_INPUT_TALLY = pytest.StashKey[dict[str, Any]]()


@pytest.fixture(scope="session")
def damaged_input_tally(pytestconfig: pytest.Config) -> dict[str, Any]:
    """Damaged-file cases tried and handled, and the slowest (tests/read/test_damaged_inputs)."""
    return pytestconfig.stash.setdefault(
        DAMAGED_INPUT_TALLY, {"tried": 0, "handled": 0, "slowest": (0.0, "")}
    )


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Print ``bad inputs: N tried, N handled`` (and the same for damaged inputs) when run."""
    tally = config.stash.get(BAD_INPUT_TALLY, None)
    if tally:
        terminalreporter.write_line(
            f"bad inputs: {tally['tried']} tried, {tally['handled']} handled"
        )
    damaged = config.stash.get(DAMAGED_INPUT_TALLY, None)
    if damaged and damaged["tried"]:
        seconds, case = damaged["slowest"]
        terminalreporter.write_line(
            f"damaged inputs: {damaged['tried']} tried, {damaged['handled']} handled "
            f"(slowest {seconds:.2f} s: {case})"
        )


def require_program(name: str) -> str:
    """Return the path of system program ``name``, or skip the test when it is not installed.

    CI (``.ci/run``) installs LibreOffice, Chromium and poppler and sets RESUME_KIT_REQUIRE_TOOLS=1,
    so there a missing program fails the test instead of silently skipping it.
    """
    path = shutil.which(name)
    if path is None:
        if os.environ.get("RESUME_KIT_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} is not installed, but RESUME_KIT_REQUIRE_TOOLS=1 says it must be")
        pytest.skip(f"{name} is not installed")
    return path
