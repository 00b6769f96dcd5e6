"""Templates and values: the sandboxed Jinja environment, Markdown escaping, text cleaning."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from resume_kit.errors import TemplateError
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.html_page import markdown_to_html
from resume_kit.tailoring.templating import (
    build_environment,
    clean_text,
    escape_markdown,
    render_template,
)


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
