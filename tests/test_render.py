"""Markdown -> Word / HTML writer, templates and output files (no spaCy needed)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
import pytest

from resume_kit.errors import OutputError, TemplateError
from resume_kit.tailoring.render import (
    PAGE_BREAK,
    build_environment,
    clean_text,
    docx_to_pdf,
    escape_markdown,
    markdown_to_docx,
    markdown_to_html,
    output_stem,
    render_template,
    slugify,
    write_atomic,
    write_outputs,
)

SAMPLE = f"""# Jordan Rivera

Plain **bold** and *italic* with a [link](https://example.com/a?b=1).

## Experience

### Senior PM

- first bullet
- second bullet
  - nested bullet

1. one
2. two

{PAGE_BREAK}

1. again one

| Skill | Years |
| --- | --- |
| Jira | 5 |
"""


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def sample_docx() -> docx.document.Document:
    return _open(markdown_to_docx(SAMPLE, title="Résumé <draft>", author="Jordan Rivera"))


def test_headings_paragraphs_and_lists_get_word_styles(sample_docx: docx.document.Document) -> None:
    got = [(p.style.name, p.text) for p in sample_docx.paragraphs]
    assert got == [
        ("Heading 1", "Jordan Rivera"),
        ("Normal", "Plain bold and italic with a link."),
        ("Heading 2", "Experience"),
        ("Heading 3", "Senior PM"),
        ("List Bullet", "first bullet"),
        ("List Bullet", "second bullet"),
        ("List Bullet 2", "nested bullet"),
        ("List Number", "one"),
        ("List Number", "two"),
        ("List Number", "again one"),
    ]


def test_bold_italic_runs(sample_docx: docx.document.Document) -> None:
    runs = sample_docx.paragraphs[1].runs
    assert [r.text for r in runs if r.bold] == ["bold"]
    assert [r.text for r in runs if r.italic] == ["italic"]


def test_link_is_a_real_hyperlink(sample_docx: docx.document.Document) -> None:
    links = sample_docx.paragraphs[1].hyperlinks
    assert [(h.text, h.address) for h in links] == [("link", "https://example.com/a?b=1")]


def test_each_numbered_list_restarts(sample_docx: docx.document.Document) -> None:
    def num_id(paragraph: docx.text.paragraph.Paragraph) -> str | None:
        ppr = paragraph._p.pPr
        return None if ppr is None or ppr.numPr is None else ppr.numPr.numId.val

    numbered = [p for p in sample_docx.paragraphs if p.style.name == "List Number"]
    ids = [num_id(p) for p in numbered]
    assert ids[0] == ids[1] and ids[0] != ids[2] and None not in ids


def test_page_break_starts_the_next_block_on_a_new_page(
    sample_docx: docx.document.Document,
) -> None:
    broken = [p.text for p in sample_docx.paragraphs if p.paragraph_format.page_break_before]
    assert broken == ["again one"]
    assert all(PAGE_BREAK not in p.text for p in sample_docx.paragraphs)


def test_table_rows_and_header(sample_docx: docx.document.Document) -> None:
    (table,) = sample_docx.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [["Skill", "Years"], ["Jira", "5"]]
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)


def test_document_properties(sample_docx: docx.document.Document) -> None:
    assert sample_docx.core_properties.title == "Résumé <draft>"
    assert sample_docx.core_properties.author == "Jordan Rivera"


def test_reference_styles_are_used() -> None:
    document = _open(markdown_to_docx("text"))
    normal = document.styles["Normal"]
    assert normal.font.name == "Calibri" and normal.font.size.pt == 11
    assert len(document.sections) == 1 and document.sections[0].left_margin.inches == 0.8


def test_user_reference_docx_keeps_its_styles_and_drops_its_body(tmp_path: Path) -> None:
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Georgia"
    reference.add_paragraph("old body text that must go")
    path = tmp_path / "ref.docx"
    reference.save(str(path))
    document = _open(markdown_to_docx("# Name\n\nnew text", reference_docx=path))
    assert [p.text for p in document.paragraphs] == ["Name", "new text"]
    assert document.styles["Normal"].font.name == "Georgia"


def test_missing_reference_docx_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="reference"):
        markdown_to_docx("x", reference_docx=tmp_path / "nope.docx")


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


def test_html_page_is_self_contained_with_escaped_title() -> None:
    page = markdown_to_html("# Hi\n\n\\newpage\n\ntext", title="A & B <C>", author='"Q"')
    assert "<title>A &amp; B &lt;C&gt;</title>" in page
    assert 'content="&quot;Q&quot;"' in page
    assert "http" not in page.split("<main>")[0]  # no external stylesheet or script
    assert 'class="page-break"' in page


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
    assert "Professional Experience" in env.get_template("resume.md.j2").render(
        name="",
        headline="",
        contact=[],
        summary="",
        competencies=[],
        experience=[{"title": "T", "employer": "E", "location": "", "dates": "", "bullets": []}],
        skills=[],
        education=[],
        certifications=[],
        title="",
        author="",
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
    ("text", "expected"),
    [
        ("Jordan Rivera", "jordan-rivera"),
        ("Noa Haddad-Leclerc", "noa-haddad-leclerc"),
        ("Quartz & Quill Labs 🌍", "quartz-quill-labs"),
        ("Montréal", "montreal"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "document"),
        ("פורטל", "document"),
        ("", "document"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_slug_is_bounded_and_stem_never_empty() -> None:
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")
    assert output_stem(None, None) == "candidate"
    assert output_stem("Jordan Rivera", "Acme Health") == "jordan-rivera-acme-health"


def test_no_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError) as error:
        write_atomic(target, b"new")
    assert str(target) in str(error.value) and "--force" in str(error.value)
    assert target.read_text(encoding="utf-8") == "mine"
    write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]  # no temp files left


def test_write_outputs_checks_all_before_writing_any(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match=r"b\.md"):
        write_outputs({"a.md": b"1", "b.md": b"2"}, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]


def test_write_outputs_creates_the_folder(tmp_path: Path) -> None:
    paths = write_outputs({"a.md": b"1"}, tmp_path / "new" / "dir")
    assert paths == [tmp_path / "new" / "dir" / "a.md"] and paths[0].read_bytes() == b"1"


def test_unsafe_names_are_refused(tmp_path: Path) -> None:
    for name in ("../x.md", "..", "a/b.md"):
        with pytest.raises(OutputError):
            write_outputs({name: b"1"}, tmp_path)


def test_symlink_at_output_path_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "out.md"
    os.symlink(victim, link)
    with pytest.raises(OutputError):
        write_atomic(link, b"evil")
    write_atomic(link, b"new", force=True)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and link.read_bytes() == b"new"


def test_pdf_without_libreoffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(OutputError, match="apt-get install libreoffice-writer-nogui"):
        docx_to_pdf(b"")


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
