"""The command line: output a user reads, JSON a script reads, and one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from resume_kit.cli.commands import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RESUME_DOCX = EXAMPLES / "jordan-rivera-resume.docx"
RESUME_TXT = EXAMPLES / "jordan-rivera-resume.txt"
POSTING = EXAMPLES / "posting-it-project-manager.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help_text(runner: CliRunner) -> None:
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output


def test_version(runner: CliRunner) -> None:
    from resume_kit import __version__

    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_extract_summary_groups_skills_by_category_and_lists_metrics(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(RESUME_DOCX)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "(resume)" in out
    assert "methodology:" in out and "tool:" in out and "certification:" in out
    assert "Scrum" in out
    metrics_block = out.split("Metrics (", 1)[1]
    assert int(metrics_block.split(")", 1)[0]) >= 10
    assert "percent" in metrics_block and "money" in metrics_block


def test_extract_json_lines_shape_and_offsets(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--json", str(RESUME_TXT), str(POSTING)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    resume, posting = (json.loads(line) for line in lines)
    assert resume["kind"] == "resume" and posting["kind"] == "posting"
    for obj in (resume, posting):
        assert {"source", "kind", "text", "sections", "skills", "metrics"} <= obj.keys()
        text = obj["text"]
        for section in obj["sections"]:
            assert {"name", "start", "end"} <= section.keys()
        for skill in obj["skills"]:
            assert {"id", "name", "category", "mentions"} <= skill.keys()
            for m in skill["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
                assert m["section"]
        for metric in obj["metrics"]:
            assert text[metric["start"] : metric["end"]] == metric["text"]
            assert metric["text"] in metric["sentence"]
            assert {"value", "unit", "kind", "section", "skills"} <= metric.keys()
    assert {"title", "company", "years_required", "required", "preferred"} <= posting.keys()
    assert posting["required"] and posting["preferred"]
    assert not set(posting["required"]) & set(posting["preferred"])


def test_extract_reads_stdin(runner: CliRunner) -> None:
    result = runner.invoke(
        cli,
        ["extract", "--json", "--kind", "resume", "-"],
        input="EXPERIENCE\n• Led a team of 12 engineers using Scrum\n",
    )
    assert result.exit_code == 0, result.output
    obj = json.loads(result.output)
    assert obj["source"] == "-"
    assert "scrum" in {s["id"] for s in obj["skills"]}


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.txt", "not found"),
        (lambda d: d, "directory"),
        (lambda d: _write(d / "resume.xyz", b"hello"), ".xyz"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "garbage.txt", bytes(range(256)) * 40), "text"),
        (lambda d: _write(d / "broken.docx", b"PK\x03\x04 not really a zip"), "docx"),
        (lambda d: _write(d / "broken.pdf", b"%PDF-1.4\n garbage"), "pdf"),
        (lambda d: _write(d / "bad.json", b'{"basics": '), "JSON"),
    ],
    ids=["missing", "directory", "extension", "empty", "binary", "docx", "pdf", "json"],
)
def test_bad_input_is_one_error_line_exit_1(
    runner: CliRunner, tmp_path: Path, make: object, expected: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    err = result.stderr.strip()
    assert err.startswith("Error: ")
    assert len(err.splitlines()) == 1
    assert str(Path(path).name) in err
    assert expected.lower() in err.lower()
    assert "Traceback" not in result.output


def test_oversized_file_names_the_limit_option(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", b"word " * 1000)
    result = runner.invoke(cli, ["extract", "--max-bytes", "100", str(path)])
    assert result.exit_code == 1
    assert "--max-bytes" in result.stderr


def test_batch_reports_each_failure_and_finishes_the_rest(
    runner: CliRunner, tmp_path: Path
) -> None:
    bad = _write(tmp_path / "broken.docx", b"not a zip")
    result = runner.invoke(
        cli, ["extract", "--json", str(bad), str(RESUME_TXT), str(tmp_path / "x.txt")]
    )
    assert result.exit_code == 1
    assert len(result.stdout.strip().splitlines()) == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("Error: ") for line in errors)


def test_usage_error_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--kind", "letter", str(RESUME_TXT)])
    assert result.exit_code == 2
    assert isinstance(cli, click.Group)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_score_prints_an_actionable_report(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["score", str(RESUME_TXT), str(POSTING), "--today", "2026-11"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Match score:" in out and "it-project-manager" in out
    assert "[missing] Kanban" in out  # the example resume's deliberate gap
    assert "[met]" in out


def test_score_json_holds_every_figure_and_adds_up(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["score", "--json", str(RESUME_TXT), str(POSTING), "--today", "2026-11"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    total = sum(c["contribution"] for c in report["components"] if c["included"])
    assert abs(total - report["blend"]) < 0.05
    assert 0 <= report["overall"] <= 100
    kanban = next(r for r in report["requirements"] if r["skill"] == "kanban")
    assert kanban["status"] == "missing" and "Kanban" in kanban["suggestion"]


def test_unknown_framework_lists_the_known_ones(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["score", str(RESUME_TXT), str(POSTING), "--framework", "nope"])
    assert result.exit_code == 1
    assert "it-project-manager" in result.stderr and "Traceback" not in result.output


def test_frameworks_lists_shipped_frameworks(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["frameworks"])
    assert result.exit_code == 0
    assert "it-project-manager" in result.output and "it-general" in result.output


def test_rank_both_ways_skips_a_corrupt_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = _write(tmp_path / "broken.docx", b"PK\x03\x04 junk")
    other = ROOT / "tests" / "fixtures" / "posting-backend-engineer.txt"
    result = runner.invoke(
        cli,
        [
            "rank",
            "--json",
            "--today",
            "2026-11",
            "--resume",
            str(RESUME_TXT),
            str(POSTING),
            str(bad),
            str(other),
        ],
    )
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [r["path"] for r in rows] == [str(POSTING), str(other)]  # the IT PM job fits best
    assert rows[0]["score"] > rows[1]["score"]
    assert result.stderr.count("Error: ") == 1 and "broken.docx" in result.stderr

    resumes = [str(RESUME_TXT), str(ROOT / "tests" / "fixtures" / "few-matches-resume.txt")]
    result = runner.invoke(cli, ["rank", "--json", "--posting", str(POSTING), *resumes])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert rows[0]["path"] == str(RESUME_TXT)


def test_rank_text_names_role_fit_and_shared_words(runner: CliRunner) -> None:
    other = ROOT / "tests" / "fixtures" / "posting-backend-engineer.txt"
    args = ["rank", "--today", "2026-11", "--resume", str(RESUME_TXT), str(POSTING), str(other)]
    result = runner.invoke(cli, args, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    header, first, second = result.stdout.strip().splitlines()
    assert "role fit" in header and "shared words" in header
    # The PM posting first, read as a PM occupation, with the words both texts share.
    assert "Project Manager" in first and "agile" in first.casefold()
    assert "software role" in second  # "Backend Engineer": no O*NET title, a software word
    rows = runner.invoke(cli, [*args[:1], "--json", *args[1:]]).stdout.strip().splitlines()
    entry = json.loads(rows[0])
    assert entry["role_fit"] > 0.7 and entry["occupation"] and entry["shared_terms"]


def test_rank_text_fits_a_narrow_terminal_and_keeps_its_columns_when_wide(
    runner: CliRunner,
) -> None:
    other = ROOT / "tests" / "fixtures" / "posting-backend-engineer.txt"
    args = ["rank", "--today", "2026-11", "--resume", str(RESUME_TXT), str(POSTING), str(other)]
    lines = {
        columns: runner.invoke(cli, args, env={"COLUMNS": str(columns)}).stdout.splitlines()
        for columns in (250, 100, 72)
    }
    wide, narrow, narrowest = lines[250], lines[100], lines[72]
    # Wide: the full columns, and the table reads the same on any wider terminal or a pipe.
    assert "shared words" in wide[0] and len(wide[1]) > 120
    # 100 columns: every column still there, each cut to fit (the gaps column is kept whole).
    assert "shared words" in narrow[0] and "role fit" in narrow[0]
    for line, full in zip(narrow[1:], wide[1:], strict=True):
        gaps = full.rsplit("  ", 1)[1]
        assert line.endswith(gaps) and len(line) - len(gaps) <= 100 - 20
    # Narrower still: the shared words go before the posting's name is cut shorter.
    assert "shared words" not in narrowest[0] and "role fit" in narrowest[0]
    assert [line.split()[:2] for line in narrowest[1:]] == [line.split()[:2] for line in wide[1:]]


def test_rank_needs_exactly_one_side(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rank", str(POSTING)])
    assert result.exit_code == 2


def test_public_api_functions_stay_callable_after_use() -> None:
    # A submodule named like a public function would replace it on the package after first import.
    import resume_kit

    resume = resume_kit.extract(resume_kit.load_resume(RESUME_TXT))
    again = resume_kit.extract(resume_kit.load_resume(RESUME_TXT))
    assert callable(resume_kit.extract) and callable(resume_kit.score) and callable(resume_kit.rank)
    assert resume.skills == again.skills


def test_tailor_writes_three_word_files_and_refuses_to_overwrite(
    runner: CliRunner, tmp_path: Path
) -> None:
    args = ["tailor", str(RESUME_TXT), str(POSTING), "-o", str(tmp_path), "--today", "2026-11-22"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert sum(name.endswith(".docx") for name in written) == 3
    assert any(name.endswith("match-report.json") for name in written)
    again = runner.invoke(cli, args)
    assert again.exit_code == 1 and "--force" in again.stderr
    assert runner.invoke(cli, [*args, "--force"]).exit_code == 0


# --- verbosity, colour, completion, exit codes ------------------------------------------------


def test_quiet_tailor_writes_silently_but_still_reports_errors(
    runner: CliRunner, tmp_path: Path
) -> None:
    args = ["-q", "tailor", str(RESUME_TXT), str(POSTING), "-o", str(tmp_path), "--no-chart"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == ""
    assert sum(p.suffix == ".docx" for p in tmp_path.iterdir()) == 3
    assert not any(p.suffix == ".png" for p in tmp_path.iterdir())  # --no-chart
    again = runner.invoke(cli, args)
    assert again.exit_code == 1 and again.stderr.startswith("Error: ")


def test_quiet_keeps_the_results_asked_for(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["-q", "score", str(RESUME_TXT), str(POSTING), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overall"] > 0


def test_verbose_names_the_framework_and_times_each_step(runner: CliRunner) -> None:
    args = ["score", str(RESUME_TXT), str(POSTING), "--today", "2026-11"]
    plain = runner.invoke(cli, args)
    assert plain.exit_code == 0 and plain.stderr == ""
    verbose = runner.invoke(cli, ["-v", *args])
    assert verbose.exit_code == 0
    assert "framework it-project-manager" in verbose.stderr
    assert re.search(r"scored: \d+\.\d\d s", verbose.stderr)
    assert verbose.stdout == plain.stdout  # details go to stderr only


def test_quiet_and_verbose_together_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["-q", "-v", "frameworks"])
    assert result.exit_code == 2 and "not both" in result.stderr


@pytest.mark.parametrize(
    ("tty", "no_color", "coloured"),
    [(True, None, True), (True, "1", False), (True, "", True), (False, None, False)],
    ids=["terminal", "NO_COLOR", "NO_COLOR-empty", "pipe"],
)
def test_colour_only_on_a_terminal_and_never_with_no_color(
    runner: CliRunner, tty: bool, no_color: str | None, coloured: bool
) -> None:
    env = {"NO_COLOR": no_color}
    args = ["score", str(RESUME_TXT), str(POSTING), "--today", "2026-11"]
    result = runner.invoke(cli, args, color=tty, env=env)
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is coloured
    assert "[met]" in click.unstyle(result.stdout)  # the words stay; colour only adds
    failed = runner.invoke(cli, ["extract", "missing-file.txt"], color=tty, env=env)
    assert failed.exit_code == 1
    assert ("\x1b[" in failed.stderr) is coloured
    assert click.unstyle(failed.stderr).startswith("Error: ")


def test_interrupt_exits_130(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    import resume_kit.api

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(resume_kit.api, "score", interrupted)
    result = runner.invoke(cli, ["score", str(RESUME_TXT), str(POSTING)])
    assert result.exit_code == 130 and "interrupted" in result.stderr


def test_the_readme_completion_instructions_work(runner: CliRunner) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"_RESUME_KIT_COMPLETE={shell}_source resume-kit" in readme
    script = runner.invoke(
        cli, [], env={"_RESUME_KIT_COMPLETE": "bash_source"}, prog_name="resume-kit"
    )
    assert script.exit_code == 0 and "_RESUME_KIT_COMPLETE=bash_complete" in script.stdout
    complete = runner.invoke(
        cli,
        [],
        env={
            "_RESUME_KIT_COMPLETE": "bash_complete",
            "COMP_WORDS": "resume-kit sc",
            "COMP_CWORD": "1",
        },
        prog_name="resume-kit",
    )
    assert complete.stdout.split() == ["plain,score"]


def test_the_readme_exit_code_table_matches_the_cli(runner: CliRunner, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `(\d+)` \| (.+?) \|$", readme, flags=re.MULTILINE))
    assert sorted(documented, key=int) == ["0", "1", "2", "130"]
    assert runner.invoke(cli, ["frameworks"]).exit_code == 0
    assert runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")]).exit_code == 1
    assert runner.invoke(cli, ["score", "--no-such-option"]).exit_code == 2


def test_init_templates_copies_the_shipped_templates_and_never_clobbers_edits(
    tmp_path: Path,
) -> None:
    from click.testing import CliRunner

    from resume_kit.cli.commands import cli
    from resume_kit.resources import templates_file

    folder = tmp_path / "mine"
    runner = CliRunner()
    result = runner.invoke(cli, ["init-templates", str(folder)])
    assert result.exit_code == 0, result.output
    for name in ("resume.md.j2", "cover_letter.md.j2", "interview_prep.md.j2", "reference.docx"):
        assert (folder / name).read_bytes() == templates_file(name).read_bytes()
    edited = folder / "resume.md.j2"
    edited.write_text("# {{ name }} (my own layout)\n", encoding="utf-8")
    again = runner.invoke(cli, ["init-templates", str(folder)])
    assert again.exit_code == 1
    assert "Error:" in again.output and "--force" in again.output
    assert edited.read_text(encoding="utf-8").endswith("(my own layout)\n")
    forced = runner.invoke(cli, ["init-templates", str(folder), "--force"])
    assert forced.exit_code == 0
    assert edited.read_bytes() == templates_file("resume.md.j2").read_bytes()


def test_a_copied_and_edited_template_is_the_one_tailor_uses(tmp_path: Path) -> None:
    from resume_kit.tailoring.application import tailor
    from resume_kit.tailoring.outputs import copy_templates

    folder = tmp_path / "mine"
    copy_templates(folder)
    resume_template = folder / "resume.md.j2"
    text = resume_template.read_text(encoding="utf-8")
    resume_template.write_text(text + "\nEdited by me.\n", encoding="utf-8")
    result = tailor(
        EXAMPLES / "jordan-rivera-resume.txt",
        EXAMPLES / "posting-it-project-manager.txt",
        outdir=tmp_path / "out",
        formats=("md",),
        templates_dir=folder,
        reference_docx=folder / "reference.docx",
        chart=False,
    )
    assert result.resume_markdown.rstrip().endswith("Edited by me.")
    assert "Edited by me." not in result.cover_letter_markdown
