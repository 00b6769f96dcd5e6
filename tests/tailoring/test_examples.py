"""examples/ stays in sync with the code: the Word resume and the tailored documents."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def make_examples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_examples", ROOT / "scripts" / "make_examples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_examples", module)
    spec.loader.exec_module(module)
    return module


def test_example_resume_docx_matches_its_text_source(make_examples: ModuleType) -> None:
    source = make_examples.RESUME_TXT.read_text(encoding="utf-8")
    resume = make_examples.parse_text_resume(source)
    on_disk = make_examples.RESUME_DOCX.read_bytes()
    assert make_examples.check_docx(on_disk, resume, source) == []


def test_tailored_examples_are_up_to_date(make_examples: ModuleType) -> None:
    problems = make_examples.check_tailored(make_examples.build_tailored())
    assert problems == [], "\n".join(problems)


def test_check_notices_a_stale_tailored_example(
    make_examples: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = make_examples.build_tailored()
    monkeypatch.setattr(make_examples, "TAILORED", tmp_path)
    make_examples.write_tailored(built)
    assert make_examples.check_tailored(built) == []
    name = next(n for n in built if n.endswith("-cover-letter.md"))
    (tmp_path / name).write_text("# An old letter\n", encoding="utf-8")
    (tmp_path / "extra.docx").write_bytes(b"")
    problems = make_examples.check_tailored(built)
    assert f"tailored/{name} is out of date" in problems
    assert "tailored/extra.docx is not produced any more" in problems
    assert any("missing" in p for p in make_examples.check_tailored({**built, "new.md": b""}))


def test_tailored_examples_are_the_readme_commands_output() -> None:
    # The README quotes these files: they must be what `resume-kit tailor` writes for the example.
    folder = ROOT / "examples" / "tailored"
    names = sorted(p.name for p in folder.iterdir())
    kinds = ("resume", "cover-letter", "interview-prep")
    stem = "jordan-rivera-cobalt-ridge-software-inc"
    documents = [f"{stem}-{kind}.{ext}" for kind in kinds for ext in ("docx", "md")]
    # The prep sheet's Markdown links the chart, so the chart is kept beside it.
    assert names == sorted([*documents, f"{stem}-match-report.png"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for kind in kinds:
        assert f"examples/tailored/{stem}-{kind}.md" in readme
