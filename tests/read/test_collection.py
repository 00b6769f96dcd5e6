"""Many inputs named at once: folders, quoted globs and JSON Lines files of texts, taken lazily,
and a bad JSON Lines line as one error naming the file and the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_kit.cli.commands import cli
from resume_kit.errors import InputFileError
from resume_kit.read.collection import expand_paths, iter_jsonl
from resume_kit.read.inputs import NamedText, read_input

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING_TEXT = (ROOT / "examples" / "posting-it-project-manager.txt").read_text(encoding="utf-8")


def test_a_folder_is_its_readable_files_sorted_and_a_quoted_glob_its_matches(
    tmp_path: Path,
) -> None:
    for name in ("b.txt", "a.docx", "notes.xyz", ".hidden.txt", "c.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("x", encoding="utf-8")
    folder = [Path(p).name for p in expand_paths([str(tmp_path)])]
    assert folder == ["a.docx", "b.txt", "c.md"]
    globbed = [Path(p).name for p in expand_paths([str(tmp_path / "**" / "*.txt")])]
    assert globbed == ["b.txt", "d.txt"]
    # Not a glob, not a file: passed on for its reader to report; "-" stays standard input.
    assert list(expand_paths(["missing.txt", "-"])) == ["missing.txt", "-"]


def test_jsonl_lines_are_named_texts_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    lines = [{"id": "job-1", "text": POSTING_TEXT}, {"id": 7, "text": "Second"}, {"text": "Third"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    records = iter_jsonl(path)
    first = next(records)
    assert first == NamedText("job-1", POSTING_TEXT)
    assert [r.name for r in records] == ["7", f"{path}:3"]
    source = read_input(first)
    assert source.source == "job-1" and "IT Project Manager" in source.text


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("{not json", "is not JSON"),
        ('["a", "list"]', "not an"),
        ('{"id": "x"}', 'no "text"'),
        ('{"id": [1], "text": "t"}', '"id" must be'),
    ],
)
def test_a_bad_jsonl_line_is_an_error_naming_the_file_and_line(
    tmp_path: Path, line: str, says: str
) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "fine"}) + "\n" + line + "\n", "utf-8")
    with pytest.raises(InputFileError) as caught:
        list(iter_jsonl(path))
    assert str(caught.value).startswith(f"{path}: line 2: ") and says in str(caught.value)


def test_cli_rank_stops_at_a_bad_jsonl_line_with_one_error_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text(json.dumps({"id": "a", "text": POSTING_TEXT}) + "\nnot json\n", "utf-8")
    result = CliRunner().invoke(
        cli, ["rank", "--resume", str(RESUME), "--input-jsonl", str(path), "--today", "2026-11"]
    )
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"Error: {path}: line 2: is not JSON")
    assert "Traceback" not in result.output


def test_cli_extract_reads_jsonl_from_stdin_after_files(tmp_path: Path) -> None:
    record = json.dumps({"id": "board-42", "text": POSTING_TEXT})
    result = CliRunner().invoke(
        cli, ["extract", "--json", "--kind", "posting", "--input-jsonl", "-"], input=record
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["source"] == "board-42" and out["title"] == "IT Project Manager"
