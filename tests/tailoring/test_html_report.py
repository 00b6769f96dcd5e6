"""The self-contained HTML match report: content, escaping, safe writing, and a real browser."""

from __future__ import annotations

import json
import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import require_program
from PIL import Image

from resume_kit.api import score
from resume_kit.cli.commands import cli
from resume_kit.errors import OutputError
from resume_kit.model.report import MatchReport
from resume_kit.tailoring.chart import POSTING_COLOUR, RESUME_COLOUR
from resume_kit.tailoring.html_report import build_html_report, write_html_report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RESUME = EXAMPLES / "jordan-rivera-resume.txt"
POSTING = EXAMPLES / "posting-it-project-manager.txt"


@pytest.fixture(scope="module")
def report() -> MatchReport:
    return score(RESUME, POSTING, today="2025-06")


@pytest.fixture(scope="module")
def page(report: MatchReport) -> str:
    return build_html_report(report)


def test_the_page_shows_score_components_requirements_and_suggestions(
    report: MatchReport, page: str
) -> None:
    assert f"<strong>{report.overall:.1f}</strong>" in page
    for component in report.components:
        assert f'<th scope="row">{component.name}</th>' in page
    for status, title in (("met", "Met"), ("partial", "Partly met"), ("missing", "Missing")):
        count = sum(1 for m in report.requirements if m.status == status)
        assert f'<span class="status">{title}</span> ({count})' in page
    met = next(m for m in report.requirements if m.status == "met" and m.evidence)
    sentence = met.evidence[0].sentence.lstrip("•-* ").strip()
    assert f"“{sentence}”" in page.replace("&#39;", "'")
    missing = next(m for m in report.requirements if m.status == "missing")
    assert f"<strong>{missing.name}</strong>" in page
    assert report.suggestions[0].text in page.replace("&#39;", "'")
    assert "Microsoft Excel" in page  # areas list skill names, not ids


def test_the_page_loads_nothing_from_outside(page: str) -> None:
    assert "<script" not in page
    references = re.findall(r"""(?:src|href)\s*=\s*["']?([^"'\s>]+)|url\(([^)]*)\)""", page)
    assert [r for pair in references for r in pair if r and not r.startswith("data:")] == []
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}" alt="Bar chart', page)
    assert "default-src 'none'" in page  # the CSP meta tag forbids fetching anything


def test_resume_and_posting_text_is_escaped(report: MatchReport) -> None:
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    first = report.requirements[0]
    evidence = (
        first.evidence[0].model_copy(update={"sentence": hostile}) if first.evidence else None
    )
    tampered = report.model_copy(
        update={
            "posting_title": hostile,
            "resume_source": '"><b>x</b>',
            "requirements": [
                first.model_copy(update={"name": hostile, "evidence": [evidence] * bool(evidence)}),
                *report.requirements[1:],
            ],
        }
    )
    page = build_html_report(tampered, chart=False)
    assert "<script>" not in page and "<img src=x" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_same_report_gives_the_same_page(report: MatchReport, page: str) -> None:
    assert build_html_report(report) == page


def test_writing_refuses_to_overwrite_without_force(report: MatchReport, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="already exists"):
        write_html_report(report, target, chart=False)
    assert target.read_text(encoding="utf-8") == "mine"
    write_html_report(report, target, force=True, chart=False)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(OutputError, match="does not exist"):
        write_html_report(report, tmp_path / "nowhere" / "report.html")


def test_score_html_writes_the_page_and_keeps_stdout_json(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    runner = CliRunner()
    args = ["score", str(RESUME), str(POSTING), "--today", "2025-06", "--json", "--html"]
    result = runner.invoke(cli, [*args, str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["overall"] > 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = runner.invoke(cli, [*args, str(target)])
    assert again.exit_code == 1
    assert "already exists" in again.stderr and again.stdout == ""
    assert runner.invoke(cli, [*args, str(target), "--force"]).exit_code == 0


# --- a real browser ---------------------------------------------------------------------------

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--hide-scrollbars",
)


def open_in_chromium(
    page: Path, tmp_path: Path, height: int = 1600
) -> tuple[list[str], Image.Image]:
    """Load ``page`` in headless Chromium: its console messages and a screenshot."""
    chromium = require_program("chromium")
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    shot = tmp_path / "screenshot.png"
    done = subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size=1100,{height}",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shot.is_file(), done.stderr[-2000:]
    # Page messages (console.*, uncaught errors, blocked loads) are logged as ":CONSOLE(" lines.
    console = [line for line in done.stderr.splitlines() if re.search(r":CONSOLE[:(]", line)]
    return console, Image.open(BytesIO(shot.read_bytes())).convert("RGB")


def near(image: Image.Image, colour: str, tolerance: int = 6) -> int:
    """Pixels within ``tolerance`` of ``colour`` on every channel."""
    target = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return sum(
        count
        for count, pixel in image.getcolors(1 << 24) or []
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))
    )


@pytest.mark.slow
def test_chromium_loads_the_page_without_console_errors(
    report: MatchReport, tmp_path: Path
) -> None:
    target = write_html_report(report, tmp_path / "report.html")
    console, shot = open_in_chromium(target, tmp_path)
    assert console == []
    white = near(shot, "#ffffff", tolerance=3)
    assert white < 0.97 * shot.width * shot.height  # not blank
    assert len(shot.getcolors(1 << 24) or []) > 50  # text and chart, not a flat page
    assert near(shot, POSTING_COLOUR) > 5_000 and near(shot, RESUME_COLOUR) > 5_000  # chart shows


@pytest.mark.slow
def test_the_browser_check_catches_a_page_that_breaks_its_promise(tmp_path: Path) -> None:
    # The same CSP as the report: an outside image or a script is blocked and logged.
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src '
        "'none'; img-src data:; style-src 'unsafe-inline'\"><p>hello</p>"
        '<img src="http://127.0.0.1:9/pixel.png"><script>console.error("boom")</script>',
        encoding="utf-8",
    )
    console, _ = open_in_chromium(bad, tmp_path, height=400)
    assert any("pixel.png" in line for line in console)
    assert any("inline script" in line.lower() for line in console)
