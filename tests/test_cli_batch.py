"""rank and extract over many inputs from the command line: --top and the statistics, --all,
folders, and worker processes printing exactly what one process prints."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_kit.cli.commands import cli

ROOT = Path(__file__).resolve().parents[1]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
SOURCES = [
    ROOT / "examples" / "posting-it-project-manager.txt",
    ROOT / "tests" / "fixtures" / "posting-backend-engineer.txt",
    ROOT / "tests" / "fixtures" / "tricky-posting.txt",
    ROOT / "tests" / "fixtures" / "software-engineer-resume.txt",
]


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(count):
        shutil.copy(SOURCES[number % len(SOURCES)], folder / f"doc-{number:02d}.txt")
    return folder


def test_rank_prints_the_top_k_and_a_line_of_statistics_over_every_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 8)
    args = ["rank", "--resume", str(RESUME), "--today", "2026-11", str(folder)]
    result = CliRunner().invoke(cli, [*args, "--top", "3"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 + 3 + 1  # header, three entries, statistics
    assert lines[-1].startswith("scored 8, showing 3; score mean ")
    every = CliRunner().invoke(cli, [*args, "--all", "--json"])
    rows = [json.loads(line) for line in every.stdout.splitlines()]
    assert len(rows) == 8 and every.stderr == ""  # nothing left out: no statistics line
    some = CliRunner().invoke(cli, [*args, "--top", "2", "--json"])
    assert some.stderr.startswith("scored 8, showing 2; score mean ")
    top = [line.split()[1] for line in lines[1:4]]
    assert top == [f"{r['score']:.1f}" for r in rows[:3]]


def test_extract_in_two_worker_processes_prints_what_one_process_prints(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 40)  # three chunks of work
    one = CliRunner().invoke(cli, ["extract", "--json", str(folder)])
    two = CliRunner().invoke(cli, ["extract", "--json", "--jobs", "2", str(folder / "*.txt")])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    docs = [json.loads(line) for line in one.stdout.splitlines()]
    assert [Path(d["source"]).name for d in docs] == [f"doc-{n:02d}.txt" for n in range(40)]
    assert {d["kind"] for d in docs} == {"resume", "posting"}
    assert "required" in docs[0] and "preferred" in docs[0]  # a posting's shortcuts


def test_extract_and_rank_need_some_input() -> None:
    for command in (["extract"], ["rank", "--resume", str(RESUME)]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 2 and "--input-jsonl" in result.output


def test_progress_bar_only_on_a_terminal_without_q(monkeypatch: pytest.MonkeyPatch) -> None:
    from resume_kit.cli import batch

    terminal = {"stderr": True, "stdout": False}
    monkeypatch.setattr(
        batch, "_isatty", lambda stream: terminal["stderr" if stream is sys.stderr else "stdout"]
    )
    assert batch.bar_wanted(False, 1000) and batch.bar_wanted(False, None)
    assert not batch.bar_wanted(True, 1000)  # -q
    assert not batch.bar_wanted(False, 10)  # over before a bar would tell anything
    terminal["stdout"] = True  # extract printing to the same terminal: the bar would tear it
    assert batch.bar_wanted(False, 1000) and not batch.bar_wanted(False, 1000, stdout_too=True)
    terminal["stderr"] = False  # piped
    assert not batch.bar_wanted(False, 1000)


def test_a_piped_run_does_not_count_its_inputs_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Counting is for the bar's time left: piped (no bar), a --input-jsonl file is read once.
    from resume_kit.cli import batch

    def no_count(*args: object) -> int:
        raise AssertionError("counted the inputs without a bar")

    monkeypatch.setattr(batch, "input_count", no_count)
    jsonl = tmp_path / "postings.jsonl"
    text = SOURCES[0].read_text(encoding="utf-8")
    jsonl.write_text("".join(json.dumps({"id": f"j{n}", "text": text}) + "\n" for n in range(3)))
    result = CliRunner().invoke(cli, ["extract", "--json", "--input-jsonl", str(jsonl)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 3


def test_a_piped_run_prints_no_progress_bar(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 60)
    result = CliRunner().invoke(
        cli, ["rank", "--resume", str(RESUME), "--today", "2026-11", "--top", "1", str(folder)]
    )
    assert result.exit_code == 0 and result.stderr == ""


def test_the_command_line_starts_without_spacy_the_models_or_the_readers() -> None:
    # --help and usage errors answer at once: spaCy, pydantic's models and the readers load only
    # when a command runs. The read package still gives every name it lists.
    import subprocess

    code = (
        "import sys, resume_kit.cli.commands, resume_kit.read as read;"
        "print([m for m in ('spacy', 'pydantic', 'resume_kit.model', 'resume_kit.read.source')"
        " if m in sys.modules]); [getattr(read, n) for n in read.__all__]"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
