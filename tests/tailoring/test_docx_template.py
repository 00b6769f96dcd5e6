"""--docx-template: a user's own Word design filled safely with the tailored resume."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docxtpl import DocxTemplate

from resume_kit.cli.commands import cli
from resume_kit.errors import TemplateError
from resume_kit.model.tailored import TailorResult
from resume_kit.tailoring.application import tailor
from resume_kit.tailoring.context_common import Link
from resume_kit.tailoring.docx_template import (
    build_template_environment,
    render_docx_template,
    template_variables,
)
from resume_kit.tailoring.resume_context import Block, ResumeContext, SectionEntry

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
EXAMPLE = ROOT / "templates" / "resume-template.docx"
README = ROOT / "templates" / "README.md"
TODAY = "2025-06-02"
TAG = re.compile(r"\{[{%#]|[}%#]\}")

MakeDocx = Callable[..., Path]


def _role(**changes: object) -> Block:
    values: dict[str, object] = {
        "kind": "role",
        "title": "PM",
        "employer": "Acme",
        "location": "Ohio",
        "dates": "2020 – Present",
        "bullets": ["Cut costs 30%."],
    }
    values.update(changes)
    return Block.model_validate(values)


def _context(**changes: object) -> ResumeContext:
    values: dict[str, object] = {
        "name": "Sam Lee",
        "headline": "Project Manager",
        "contact": [Link(text="sam@example.com", url="mailto:sam@example.com")],
        "competencies": ["Scrum", "Jira"],
        "sections": [
            SectionEntry(
                kind="summary",
                heading="Professional Summary",
                blocks=[Block(kind="paragraph", text="Delivers.")],
            ),
            SectionEntry(kind="competencies", heading="Core Competencies"),
            SectionEntry(kind="experience", heading="Experience", blocks=[_role()]),
            SectionEntry(
                kind="education",
                heading="Education",
                blocks=[Block(kind="bullet", text="BSc, State U, 2010")],
            ),
        ],
        "title": "Sam Lee resume",
        "author": "Sam Lee",
    }
    values.update(changes)
    return ResumeContext.model_validate(values)


def _texts(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(BytesIO(data)).paragraphs]


def _documented_variables() -> set[str]:
    """The variable names in the first column of the README's resume-template.docx table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### `resume-template.docx`", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for row in section.splitlines():
        if row.startswith("| `"):
            names.update(re.findall(r"`([a-z_]+)`", row.split("|")[1]))
    return names


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> TailorResult:
    out = tmp_path_factory.mktemp("own-design")
    return tailor(
        RESUME, POSTING, outdir=out, formats=("docx", "md"), docx_template=EXAMPLE, today=TODAY
    )


def test_readme_documents_exactly_the_variables_the_example_uses() -> None:
    used = DocxTemplate(str(EXAMPLE)).get_undeclared_template_variables(
        jinja_env=build_template_environment()
    )
    documented = _documented_variables()
    assert documented == used
    # ... and those are exactly what a template is given: nothing undocumented, nothing missing.
    assert documented == set(template_variables(_context()))


def test_example_template_fills_every_part_and_leaves_no_tag_or_note(
    example: TailorResult,
) -> None:
    (resume,) = [p for p in example.paths if p.name.endswith("-resume.docx")]
    document = docx.Document(str(resume))
    paragraphs = [(p.text, p.style.name) for p in document.paragraphs]
    assert paragraphs[0] == ("Jordan Rivera", "Heading 1")
    assert not [text for text, _ in paragraphs if TAG.search(text) or "NOTE" in text]
    assert not [text for text, _ in paragraphs if not text.strip()]  # tag paragraphs removed
    # The same bullets, in the same order, as the Markdown resume tailored from the same match.
    markdown_bullets = [
        line[2:].replace("\\", "")
        for line in example.resume_markdown.splitlines()
        if line.startswith("- ")
    ]
    word_bullets = [text for text, style in paragraphs if style == "List Bullet"]
    assert word_bullets == markdown_bullets
    headings = [text for text, style in paragraphs if style == "Heading 2"]
    markdown_headings = [
        line[3:] for line in example.resume_markdown.splitlines() if line.startswith("## ")
    ]
    assert headings == markdown_headings
    assert headings == [
        "Professional Summary",
        "Core Competencies",
        "Professional Experience",
        "Certifications",
        "Education",
        "Additional Skills",
        "Technical Skills",
    ]
    assert document.core_properties.author == "Jordan Rivera"


def test_letter_and_prep_keep_the_normal_path(example: TailorResult) -> None:
    names = sorted(p.name for p in example.paths if p.suffix == ".docx")
    assert [n.rsplit("-", 1)[-1] for n in names] == ["letter.docx", "prep.docx", "resume.docx"]
    letter = next(p for p in example.paths if p.name.endswith("cover-letter.docx"))
    assert any("Dear" in p.text for p in docx.Document(str(letter)).paragraphs)


def test_values_are_printed_literally_never_run_or_parsed() -> None:
    tricky = "{{ 7*7 }} {% if true %}x{% endif %} <w:p/> & R&D </w:t> 50%"
    data = render_docx_template(
        EXAMPLE,
        _context(
            name=tricky,
            sections=[
                SectionEntry(
                    kind="experience",
                    heading="Experience",
                    blocks=[_role(employer="", location="", dates="", bullets=[tricky])],
                )
            ],
        ),
    )
    texts = _texts(data)
    assert texts[0] == tricky
    assert texts.count(tricky) == 2  # the name and the bullet, each exactly as written
    assert not any("49" in text for text in texts)


def test_user_design_is_kept(make_docx: MakeDocx) -> None:
    path = make_docx(
        [("{{ name }}", "Title"), ("{{ competencies | join(' / ') }}", None)], "mine.docx"
    )
    design = docx.Document(str(path))
    design.styles["Normal"].font.name = "Georgia"
    design.save(str(path))
    filled = docx.Document(BytesIO(render_docx_template(path, _context(competencies=["A", "B"]))))
    assert [(p.text, p.style.name) for p in filled.paragraphs] == [
        ("Sam Lee", "Title"),
        ("A / B", "Normal"),
    ]
    assert filled.styles["Normal"].font.name == "Georgia"
    assert filled.core_properties.title == "Sam Lee resume"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{ nmae }}", "unknown variable 'nmae'"),
        ("{{ name ", "malformed"),
        ("{% for x in sections %}", "malformed"),
        ("{{ name.__class__.__mro__ }}", "sandbox forbids"),
    ],
)
def test_template_errors_name_the_file_and_what_to_fix(
    make_docx: MakeDocx, text: str, message: str
) -> None:
    path = make_docx([(text, None)], "broken.docx")
    with pytest.raises(TemplateError, match=re.escape(message)) as caught:
        render_docx_template(path, _context())
    assert str(caught.value).startswith(f"{path}: ")


def test_not_a_word_file_and_missing_file_are_template_errors(tmp_path: Path) -> None:
    fake = tmp_path / "resume.docx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"\(--docx-template\) is not a Word \.docx"):
        render_docx_template(fake, _context())
    with pytest.raises(TemplateError, match="does not exist"):
        render_docx_template(tmp_path / "nope.docx", _context())


def test_cli_template_error_is_one_line_and_writes_nothing(
    make_docx: MakeDocx, tmp_path: Path
) -> None:
    path = make_docx([("{{ nmae }}", None)], "mine.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        [
            "tailor",
            str(RESUME),
            str(POSTING),
            "-o",
            str(out),
            "--docx-template",
            str(path),
            "--today",
            TODAY,
        ],
    )
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {path}: unknown variable 'nmae'")
    assert not out.exists()


# Tags a user might type in Word, each failing with another type of error while it runs.
FAILING_TAGS = {
    "TypeError": ("{{ name + 1 }}", "TypeError: can only concatenate str"),
    "ZeroDivisionError": ("{{ 1 // (competencies | length - competencies | length) }}",
                          "ZeroDivisionError: integer division or modulo by zero"),
    "AttributeError": ("{{ name | dictsort }}",
                       "AttributeError: 'str' object has no attribute 'items'"),
    "RecursionError": ("{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{{ again(0) }}",
                       "RecursionError: maximum recursion depth exceeded"),
    "UnicodeEncodeError": ("{{ 'Zoë'.encode('ascii') }}",
                           "UnicodeEncodeError: 'ascii' codec can't encode character"),
    "IndexError": ("{{ '{0} {1}'.format(name) }}", "IndexError: "),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(FAILING_TAGS))
def test_any_error_a_tag_raises_is_one_line_naming_the_file_and_paragraph(
    make_docx: MakeDocx, tmp_path: Path, kind: str
) -> None:
    tag, message = FAILING_TAGS[kind]
    path = make_docx([("{{ name }}", "Title"), ("Summary", None), (tag, None)], "mine.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        [
            "tailor", str(RESUME), str(POSTING), "-o", str(out), "--docx-template", str(path),
            "--today", TODAY, "--no-chart",
        ],
    )  # fmt: skip
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}: {message}")
    assert f"(in the paragraph {tag!r}); fix the tag in Word" in line
    assert "Traceback" not in result.output and not out.exists()


def test_example_template_is_built_by_the_script() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_resume_template.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
