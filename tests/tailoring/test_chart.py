"""The coverage-per-area chart: deterministic, readable PNG, drawn only when asked for."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from resume_kit.api import score
from resume_kit.model.report import MatchReport
from resume_kit.tailoring.chart import POSTING_COLOUR, RESUME_COLOUR, describe_chart, draw_chart
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.html_page import markdown_to_html

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def report() -> MatchReport:
    return score(
        EXAMPLES / "jordan-rivera-resume.txt",
        EXAMPLES / "posting-it-project-manager.txt",
        today="2025-06",
    )


def colour_pixels(png: bytes, colour: str) -> int:
    """How many pixels of the PNG have exactly this colour."""
    rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    image = Image.open(BytesIO(png)).convert("RGB")
    return sum(count for count, pixel in image.getcolors(1 << 24) or [] if pixel == rgb)


def test_the_same_report_gives_the_same_png_bytes(report: MatchReport) -> None:
    first = draw_chart(report)
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    assert draw_chart(report) == first
    assert b"matplotlib" not in first.lower()  # no Software/version chunk that changes by install


def test_a_fresh_process_draws_the_same_bytes(report: MatchReport, tmp_path: Path) -> None:
    (tmp_path / "report.json").write_text(report.model_dump_json(), encoding="utf-8")
    code = (
        "import sys; from resume_kit.model.report import MatchReport; "
        "from resume_kit.tailoring.chart import draw_chart; "
        "r = MatchReport.model_validate_json(open(sys.argv[1]).read()); "
        "sys.stdout.buffer.write(draw_chart(r))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "report.json")],
        capture_output=True,
        check=True,
        env={"MPLCONFIGDIR": str(tmp_path / "mpl"), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout == draw_chart(report)


def test_bars_follow_the_figures(report: MatchReport) -> None:
    png = draw_chart(report)
    assert colour_pixels(png, POSTING_COLOUR) > 10_000
    shown = colour_pixels(png, RESUME_COLOUR)
    assert shown > 10_000
    nothing_shown = report.model_copy(
        update={"areas": [a.model_copy(update={"coverage": 0.0}) for a in report.areas]}
    )
    # No bars left: only the panel title keeps the colour.
    assert colour_pixels(draw_chart(nothing_shown), RESUME_COLOUR) < shown / 50


def test_the_height_grows_with_the_number_of_areas(report: MatchReport) -> None:
    few = report.model_copy(update={"areas": report.areas[:3]})
    tall = Image.open(BytesIO(draw_chart(report))).size
    short = Image.open(BytesIO(draw_chart(few))).size
    assert tall[0] == short[0] and tall[1] > short[1]


def test_a_framework_without_areas_still_draws(report: MatchReport) -> None:
    png = draw_chart(report.model_copy(update={"areas": []}))
    assert png.startswith(b"\x89PNG")
    assert "no areas" in describe_chart(report.model_copy(update={"areas": []}))


def test_the_description_names_every_area_most_emphasised_first(report: MatchReport) -> None:
    text = describe_chart(report)
    for area in report.areas:
        assert f"{area.name}: posting {area.emphasis:.0%}, resume {area.coverage:.0%}" in text
    top = max(report.areas, key=lambda a: a.emphasis)
    assert text.index(top.name) < min(text.index(a.name) for a in report.areas if a is not top)


def test_importing_the_cli_and_library_does_not_import_matplotlib() -> None:
    code = (
        "import sys, resume_kit.cli.commands, resume_kit.api, resume_kit.tailoring.application, "
        "resume_kit.tailoring.chart, resume_kit.tailoring.html_report; "
        "print('matplotlib' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- images in the Markdown writers ----------------------------------------------------------


@pytest.fixture(scope="module")
def png(report: MatchReport) -> bytes:
    return draw_chart(report)


def test_docx_places_a_known_image_with_its_alt_text(png: bytes) -> None:
    data = markdown_to_docx(
        "# Fit\n\n![Coverage: tools 100%](chart.png)\n", images={"chart.png": png}
    )
    document = docx.Document(BytesIO(data))
    assert len(document.inline_shapes) == 1
    shape = document.inline_shapes[0]
    section = document.sections[0]
    assert shape.width <= section.page_width - section.left_margin - section.right_margin
    doc_pr = shape._inline.find(qn("wp:docPr"))
    assert doc_pr.get("descr") == "Coverage: tools 100%"


def test_docx_never_reads_an_image_path_from_the_text(tmp_path: Path, png: bytes) -> None:
    on_disk = tmp_path / "secret.png"
    on_disk.write_bytes(png)
    markdown = f"![a chart]({on_disk})\n\n![remote](https://example.com/x.png)\n"
    document = docx.Document(BytesIO(markdown_to_docx(markdown, images={"chart.png": png})))
    assert len(document.inline_shapes) == 0
    assert [p.text for p in document.paragraphs] == ["a chart", "remote"]


def test_html_embeds_a_known_image_as_a_data_uri_and_drops_others(png: bytes) -> None:
    page = markdown_to_html(
        "![the chart](chart.png)\n\n![tracker](https://example.com/pixel.png)\n",
        title="t",
        images={"chart.png": png},
    )
    assert '<img src="data:image/png;base64,' in page and 'alt="the chart"' in page
    assert "example.com" not in page and "tracker" in page


def test_tailor_embeds_the_chart_in_the_prep_sheet_only(tmp_path: Path) -> None:
    from resume_kit.tailoring.application import tailor

    result = tailor(
        EXAMPLES / "jordan-rivera-resume.txt",
        EXAMPLES / "posting-it-project-manager.txt",
        outdir=tmp_path,
        formats=("docx", "md"),
        today="2025-06-02",
    )
    chart = next(p for p in result.paths if p.name.endswith("-match-report.png"))
    assert chart.read_bytes() == draw_chart(result.report)
    pictures = {
        p.name.rsplit("-", 1)[-1]: len(docx.Document(str(p)).inline_shapes)
        for p in result.paths
        if p.suffix == ".docx"
    }
    assert pictures == {"resume.docx": 0, "letter.docx": 0, "prep.docx": 1}
    prep_md = next(p for p in result.paths if p.name.endswith("interview-prep.md"))
    assert f"]({chart.name})" in prep_md.read_text(encoding="utf-8")  # .md links the PNG beside it


def test_tailor_without_chart_writes_no_png(tmp_path: Path) -> None:
    from resume_kit.tailoring.application import tailor

    result = tailor(
        EXAMPLES / "jordan-rivera-resume.txt",
        EXAMPLES / "posting-it-project-manager.txt",
        outdir=tmp_path,
        today="2025-06-02",
        chart=False,
    )
    assert not [p for p in result.paths if p.suffix == ".png"]
    assert "Coverage per Competency Area" not in result.interview_prep_markdown


def test_the_chart_drawn_in_a_second_process_is_the_same_picture(report: MatchReport) -> None:
    from resume_kit.tailoring.chart import ChartDrawer

    with ChartDrawer() as drawer:
        child = drawer._process
        png = drawer.draw(report)
    assert png == draw_chart(report)
    if sys.platform == "linux" and (os.cpu_count() or 1) > 1 and threading.active_count() == 1:
        assert child is not None  # where it can, the chart is drawn beside the main work
    if child is not None:
        assert not child.is_alive()  # and the child is gone once the run is over


def test_a_run_that_fails_before_drawing_leaves_no_child_process() -> None:
    from resume_kit.tailoring.chart import ChartDrawer

    with pytest.raises(RuntimeError), ChartDrawer() as drawer:
        child = drawer._process
        raise RuntimeError("the resume could not be read")
    if child is not None:
        assert not child.is_alive()


def test_without_fork_the_chart_is_drawn_in_this_process(
    report: MatchReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    from resume_kit.tailoring.chart import ChartDrawer

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with ChartDrawer() as drawer:
        assert drawer._process is None
        assert drawer.draw(report) == draw_chart(report)
