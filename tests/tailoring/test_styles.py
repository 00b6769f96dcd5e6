"""The shipped Word designs (--style): ATS-safe, distinct, and chosen the way users expect."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from resume_kit.cli.commands import cli
from resume_kit.errors import UsageError
from resume_kit.model.tailored import TailorResult
from resume_kit.tailoring.application import tailor
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.styles import STYLES, resolve_reference_docx, style_path

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
TODAY = "2025-06-02"
# What each design promises in templates/README.md: font, generic family, body size, margin.
PROMISED = {
    "classic": ("Calibri", "swiss", 11.0, 0.8),
    "modern": ("Arial", "swiss", 10.5, 0.9),
    "compact": ("Cambria", "roman", 10.0, 0.5),
}
STANDARD_FONTS = {"Calibri", "Arial", "Helvetica", "Georgia", "Cambria", "Times New Roman"}
TEXT_STYLES = ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet")


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> TailorResult:
    """The example tailored end to end in the modern style (resume, letter and prep)."""
    out = tmp_path_factory.mktemp("styled")
    return tailor(RESUME, POSTING, outdir=out, style="modern", today=TODAY)


@pytest.fixture(scope="module")
def rendered(example: TailorResult) -> dict[str, bytes]:
    """The example's tailored resume written in every shipped style."""
    return {
        name: markdown_to_docx(example.resume_markdown, reference_docx=style_path(name))
        for name in STYLES
    }


def _fonts(style: docx.styles.style.BaseStyle) -> dict[str, str]:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return {key.split("}")[1]: value for key, value in fonts.attrib.items()}


def test_styles_are_the_three_promised() -> None:
    assert list(STYLES) == ["classic", "modern", "compact"]


@pytest.mark.parametrize("name", list(PROMISED))
def test_each_style_sets_a_standard_font_on_every_text_style(
    rendered: dict[str, bytes], name: str
) -> None:
    font, _, size, margin = PROMISED[name]
    document = docx.Document(BytesIO(rendered[name]))
    assert font in STANDARD_FONTS
    for style_name in TEXT_STYLES:
        # Every script slot names the font itself: no theme font left for a reader to guess.
        assert _fonts(document.styles[style_name]) == dict.fromkeys(
            ("ascii", "hAnsi", "eastAsia", "cs"), font
        ), style_name
    assert document.styles["Normal"].font.size.pt == size
    (section,) = document.sections
    assert section.left_margin.inches == section.right_margin.inches == margin
    assert (section.page_width.inches, section.page_height.inches) == (8.5, 11)


@pytest.mark.parametrize("name", list(PROMISED))
def test_each_style_declares_its_fallback_family(rendered: dict[str, bytes], name: str) -> None:
    font, family, _, _ = PROMISED[name]
    with zipfile.ZipFile(BytesIO(rendered[name])) as package:
        table = docx.oxml.parse_xml(package.read("word/fontTable.xml"))
    (entry,) = [f for f in table.findall(qn("w:font")) if f.get(qn("w:name")) == font]
    assert entry.find(qn("w:family")).get(qn("w:val")) == family
    assert entry.find(qn("w:altName")).get(qn("w:val"))  # a free metric-compatible twin


@pytest.mark.parametrize("name", list(PROMISED))
def test_each_style_uses_real_headings_one_column_and_no_layout_tricks(
    rendered: dict[str, bytes], name: str
) -> None:
    document = docx.Document(BytesIO(rendered[name]))
    # A role's heading carries its place-and-dates line on a second line (see the writer).
    by_text = {p.text.split("\n")[0]: p.style.name for p in document.paragraphs}
    assert by_text["Jordan Rivera"] == "Heading 1"
    for section in ("Professional Summary", "Professional Experience", "Education"):
        assert by_text[section] == "Heading 2"
    assert by_text["Senior IT Project Manager | Northbridge Health Partners"] == "Heading 3"
    # Outline levels are what makes a heading a heading to Word, PDF tags and ATS parsers.
    for level in (1, 2, 3):
        p_pr = document.styles[f"Heading {level}"].element.pPr
        assert p_pr.find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)
    assert document.tables == []
    with zipfile.ZipFile(BytesIO(rendered[name])) as package:
        body = package.read("word/document.xml").decode("utf-8")
    for marker in ("txbxContent", "<v:textbox", "<wps:txbx", "<w:framePr", "<w:tbl>"):
        assert marker not in body
    cols = document.sections[0]._sectPr.find(qn("w:cols"))
    assert cols is None or int(cols.get(qn("w:num"), "1")) == 1


def test_the_three_designs_differ(rendered: dict[str, bytes]) -> None:
    looks = set()
    for data in rendered.values():
        document = docx.Document(BytesIO(data))
        heading = document.styles["Heading 2"]
        looks.add(
            (
                document.styles["Normal"].font.name,
                heading.font.color.rgb,
                bool(heading.font.all_caps or heading.font.small_caps),
            )
        )
    assert len(looks) == 3


def test_default_is_classic_and_reference_docx_still_works(
    example: TailorResult, tmp_path: Path
) -> None:
    default = docx.Document(BytesIO(markdown_to_docx(example.resume_markdown)))
    assert default.styles["Normal"].font.name == "Calibri"
    assert resolve_reference_docx(None, None) is None  # the shipped reference.docx
    own = tmp_path / "own.docx"
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    reference.save(str(own))
    assert resolve_reference_docx(None, own) == own


def test_tailor_writes_every_document_in_the_chosen_style(example: TailorResult) -> None:
    written = [path for path in example.paths if path.suffix == ".docx"]
    assert len(written) == 3  # resume, cover letter, interview prep
    for path in written:
        assert docx.Document(str(path)).styles["Normal"].font.name == "Arial"


def test_unknown_style_is_a_usage_error_listing_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="classic, modern, compact"):
        tailor(RESUME, POSTING, outdir=tmp_path, style="fancy", today=TODAY)
    assert not any(tmp_path.iterdir())


def test_style_and_reference_docx_exclude_each_other(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not both"):
        resolve_reference_docx("modern", tmp_path / "mine.docx")


def test_cli_unknown_style_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["tailor", str(RESUME), str(POSTING), "-o", str(tmp_path), "--style", "fancy"]
    )
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error:")
    assert all(name in line for name in STYLES)


def test_shipped_design_files_are_built_by_the_script() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_reference_docx.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_shows_a_preview_of_every_style() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in STYLES:
        preview = ROOT / "examples" / "previews" / f"{name}.png"
        assert preview.read_bytes().startswith(b"\x89PNG")
        assert f"examples/previews/{name}.png" in readme
