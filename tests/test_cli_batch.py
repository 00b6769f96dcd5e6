"""rank and extract over many inputs from the command line: --top and the statistics, --all,
folders, and worker processes printing exactly what one process prints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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
    assert len(rows) == 8 and every.stderr.startswith("scored 8, showing 8")
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
