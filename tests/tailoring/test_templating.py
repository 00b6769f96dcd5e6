"""Templates and values: the sandboxed Jinja environment, Markdown escaping, text cleaning."""

from __future__ import annotations

import io
import traceback
from pathlib import Path

import docx
import jinja2
import pytest
from click.testing import CliRunner

from resume_kit.cli.commands import cli
from resume_kit.errors import TemplateError
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.html_page import markdown_to_html
from resume_kit.tailoring.templating import (
    build_environment,
    clean_text,
    escape_markdown,
    render_template,
)

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_xml_invalid_characters_are_dropped() -> None:
    text = "a\x00b\x07c\x1b[31mred\x1b[0m\td\ne"
    assert clean_text(text) == "abcred\td\ne"
    document = _open(markdown_to_docx(text))
    assert document.paragraphs[0].text == "abcred\td e"


def test_escape_markdown_keeps_values_literal_everywhere() -> None:
    value = '{{ 7*7 }} <script>alert(1)</script> a|b *x* _y_ [z](w) &amp; R&D 50% "q" 🚀 עברית'
    markdown = f"- {escape_markdown(value)}\n"
    document = _open(markdown_to_docx(markdown))
    assert document.paragraphs[0].text == value
    page = markdown_to_html(markdown, title="t")
    assert "<script>" not in page and "&lt;script&gt;" in page and "49" not in page
    assert escape_markdown("# not a heading").startswith("\\#")
    assert escape_markdown("1. not a list").startswith("1\\.")


def test_templates_render_values_as_data(tmp_path: Path) -> None:
    (tmp_path / "resume.md.j2").write_text("# {{ name }}\n\n{{ summary }}\n", encoding="utf-8")
    text = render_template(
        "resume.md.j2",
        {"name": "{{ 7*7 }}", "summary": "{% raw %}x{% endraw %}"},
        templates_dir=tmp_path,
    )
    assert "49" not in text and "7\\*7" in text and "{% raw %}" in text


def test_user_template_overrides_one_file_only(tmp_path: Path) -> None:
    (tmp_path / "cover_letter.md.j2").write_text("custom {{ name }}\n", encoding="utf-8")
    env = build_environment(tmp_path)
    assert env.get_template("cover_letter.md.j2").render(name="N") == "custom N\n"
    role = {"kind": "role", "text": "", "title": "T", "employer": "E", "location": "", "dates": ""}
    section = {"kind": "experience", "heading": "Experience", "blocks": [role | {"bullets": []}]}
    assert "## Experience\n\n### T | E" in env.get_template("resume.md.j2").render(
        name="", headline="", contact=[], competencies=[], sections=[section], title="", author=""
    )


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "resume.md.j2").write_text("ok\nok\n{% if %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as error:
        render_template("resume.md.j2", {}, templates_dir=tmp_path)
    message = str(error.value)
    assert str(tmp_path / "resume.md.j2") in message and "line 3" in message


def test_template_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "resume.md.j2").write_text("a\n{{ nobody }}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as error:
        render_template("resume.md.j2", {}, templates_dir=tmp_path)
    assert "resume.md.j2" in str(error.value) and "line 2" in str(error.value)
    assert "nobody" in str(error.value)


def test_sandbox_blocks_unsafe_attribute_access(tmp_path: Path) -> None:
    (tmp_path / "x.md.j2").write_text("{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"x\.md\.j2"):
        render_template("x.md.j2", {}, templates_dir=tmp_path)


# Templates a user might write, each failing with another type of error while it runs; the
# expected line of the template and the start of the message.
FAILING_TEMPLATES = {
    "TypeError": ("Dear {{ name }},\n{{ name + 1 }}\n", 2, "TypeError: can only concatenate"),
    "ZeroDivisionError": ("a\nb\n{{ 12 // (name | length - name | length) }}\n", 3,
                          "ZeroDivisionError: integer division or modulo by zero"),
    "AttributeError": ("{{ name | dictsort }}\n", 1,
                       "AttributeError: 'str' object has no attribute 'items'"),
    "UndefinedError": ("x\n{{ name.nope.deeper }}\n", 2,
                       "UndefinedError: 'str object' has no attribute 'nope'"),
    "RecursionError": ("{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}\n{{ again(0) }}\n",
                       1, "RecursionError: maximum recursion depth exceeded"),
    "UnicodeEncodeError": ("{{ 'Zoë'.encode('ascii') }}\n", 1,
                           "UnicodeEncodeError: 'ascii' codec can't encode character"),
    "IndexError": ("{{ '{0} {1}'.format(name) }}\n", 1, "IndexError: "),
    "ValueError": ("{{ name | wordwrap(0) }}\n", 1, "ValueError: invalid width 0"),
    "a missing include": ("ok\n{% include 'nope.md.j2' %}\n", 2,
                          "template 'nope.md.j2' not found in your templates folder"),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(FAILING_TEMPLATES))
def test_any_error_in_a_users_template_is_one_line_naming_file_and_line(
    tmp_path: Path, kind: str
) -> None:
    source, line, message = FAILING_TEMPLATES[kind]
    templates = tmp_path / "mine"
    templates.mkdir()
    (templates / "cover_letter.md.j2").write_text(source, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        [
            "tailor", str(RESUME), str(POSTING), "-o", str(out), "--templates", str(templates),
            "--no-chart", "--format", "docx,md",
        ],
    )  # fmt: skip
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    (error,) = result.stderr.strip().splitlines()
    assert error.startswith(f"Error: {templates / 'cover_letter.md.j2'}: line {line}: {message}")
    assert error.endswith("(fix the template, or delete it to use the shipped one)")
    assert "Traceback" not in result.output and not out.exists()


def test_a_users_template_too_deeply_nested_to_compile_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "resume.md.j2").write_text("{% if 1 %}" * 3000 + "{% endif %}" * 3000)
    with pytest.raises(TemplateError) as caught:
        render_template("resume.md.j2", {}, templates_dir=tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'resume.md.j2'}: RecursionError: ")


def test_a_failure_in_a_shipped_template_is_our_bug_and_keeps_its_traceback(
    tmp_path: Path,
) -> None:
    # The shipped templates get the context resume_kit builds; when one fails, the user can do
    # nothing about it, so it is not reported as if it were their template: the error keeps its
    # own type and traceback, even with a folder of the user's in the search path.
    (tmp_path / "cover_letter.md.j2").write_text("mine\n", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError) as caught:
        render_template("resume.md.j2", {"name": "Sam"}, templates_dir=tmp_path)
    assert not isinstance(caught.value, TemplateError)
    shipped = [
        f for f in traceback.extract_tb(caught.value.__traceback__) if "resume.md.j2" in f.filename
    ]
    assert shipped and not shipped[-1].filename.startswith(str(tmp_path))


def test_missing_templates_dir_is_reported(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        build_environment(tmp_path / "missing")


@pytest.mark.parametrize(
    "value",
    ["a < 2% error rate", "x > y", "snake_case_name", "R&D", "50% + $1.4M", "C# and F#"],
)
def test_escape_markdown_leaves_harmless_punctuation_alone(value: str) -> None:
    # The .md file is read by people too: no backslash where Markdown would not read markup.
    assert escape_markdown(value) == value
    assert _open(markdown_to_docx(f"- {escape_markdown(value)}\n")).paragraphs[0].text == value


@pytest.mark.parametrize(
    "value", ["> quoted", "<b>bold</b>", "<https://example.com>", "_under_", "a|b", "**x**"]
)
def test_escape_markdown_still_escapes_what_would_be_markup(value: str) -> None:
    escaped = escape_markdown(value)
    assert escaped != value
    assert _open(markdown_to_docx(f"{escaped}\n")).paragraphs[0].text == value
    assert "<b>" not in markdown_to_html(escaped, title="t")
