"""tailor(): the three documents in every format, golden dumps, honesty and safety."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from resume_kit.errors import OutputError, TemplateError
from resume_kit.model.tailored import TailorResult
from resume_kit.tailoring.application import tailor

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
RESUME = EXAMPLES / "jordan-rivera-resume.txt"
POSTING = EXAMPLES / "posting-it-project-manager.txt"
TODAY = "2025-06-02"
STEM = "jordan-rivera-cobalt-ridge-software-inc"
KINDS = ("resume", "cover-letter", "interview-prep")


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> TailorResult:
    out = tmp_path_factory.mktemp("example")
    return tailor(RESUME, POSTING, outdir=out, formats=("docx", "md", "html"), today=TODAY)


@pytest.fixture(scope="module")
def tricky(tmp_path_factory: pytest.TempPathFactory) -> TailorResult:
    out = tmp_path_factory.mktemp("tricky")
    return tailor(
        FIXTURES / "tricky-resume.txt",
        FIXTURES / "tricky-posting.txt",
        outdir=out,
        formats=("docx", "md", "html"),
        today=TODAY,
    )


def dump_docx(path: Path) -> str:
    """A normalised text dump: one line per paragraph (style: text), tables as rows."""
    document = docx.Document(str(path))
    lines: list[str] = []
    body = document.element.body
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    for child in body.iterchildren():
        if child in paragraphs:
            paragraph = paragraphs[child]
            brk = " [page break before]" if paragraph.paragraph_format.page_break_before else ""
            pictures = " [picture]" * len(child.findall(".//" + qn("w:drawing")))
            lines.append(f"{paragraph.style.name}: {paragraph.text}{pictures}{brk}")
        elif child in tables:
            for row in tables[child].rows:
                lines.append("| " + " | ".join(c.text for c in row.cells) + " |")
    return "\n".join(lines) + "\n"


def test_writes_every_document_in_every_format_and_the_report(example: TailorResult) -> None:
    names = sorted(p.name for p in example.paths)
    expected = sorted(
        [f"{STEM}-{kind}.{fmt}" for kind in KINDS for fmt in ("docx", "md", "html")]
        + [f"{STEM}-match-report.json", f"{STEM}-match-report.png"]
    )
    assert names == expected
    folder = example.paths[0].parent
    assert sorted(p.name for p in folder.iterdir()) == expected  # no temp files left
    report = json.loads((folder / f"{STEM}-match-report.json").read_text(encoding="utf-8"))
    assert report["overall"] == example.report.overall


@pytest.mark.parametrize("kind", KINDS)
def test_docx_matches_golden_dump(
    example: TailorResult, kind: str, request: pytest.FixtureRequest
) -> None:
    got = dump_docx(example.paths[0].parent / f"{STEM}-{kind}.docx")
    golden = GOLDEN / f"{kind}.txt"
    if request.config.getoption("--update-golden"):
        golden.write_text(got, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    assert got == expected, f"if intended, run pytest --update-golden and review {golden}"


@pytest.mark.parametrize("kind", KINDS)
def test_docx_reopens_in_an_independent_reader(example: TailorResult, kind: str) -> None:
    from docx2python import docx2python

    path = example.paths[0].parent / f"{STEM}-{kind}.docx"
    with docx2python(str(path)) as extracted:
        raw = extracted.text
    # docx2python writes Word hyperlinks as <a href="...">text</a>: they must be real links.
    if kind != "interview-prep":
        assert '<a href="mailto:jordan.rivera@example.com">' in raw
    text = " ".join(re.sub(r'<a href="[^"]*">|</a>', "", raw).split())
    for paragraph in docx.Document(str(path)).paragraphs:
        assert " ".join(paragraph.text.split()) in text


def test_docx_properties_name_candidate_and_company(example: TailorResult) -> None:
    properties = docx.Document(str(example.paths[0])).core_properties
    assert properties.author == "Jordan Rivera"
    assert "Cobalt Ridge Software" in properties.title


def test_existing_files_are_not_overwritten_without_force(example: TailorResult) -> None:
    folder = example.paths[0].parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(OutputError, match="--force"):
        tailor(RESUME, POSTING, outdir=folder, formats=("docx", "md", "html"), today=TODAY)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_force_overwrites(tmp_path: Path) -> None:
    (tmp_path / f"{STEM}-resume.md").write_text("old", encoding="utf-8")
    result = tailor(RESUME, POSTING, outdir=tmp_path, formats=("md",), today=TODAY, force=True)
    assert (tmp_path / f"{STEM}-resume.md").read_text(encoding="utf-8") == result.resume_markdown


def test_template_error_in_last_document_writes_nothing(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "interview_prep.md.j2").write_text("# {{ role }}\n{{ no_such }}\n", "utf-8")
    out = tmp_path / "out"
    with pytest.raises(TemplateError) as error:
        tailor(RESUME, POSTING, outdir=out, templates_dir=templates, today=TODAY)
    assert "interview_prep.md.j2" in str(error.value) and "line 2" in str(error.value)
    assert not out.exists()


def test_user_template_overrides_one_document(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "cover_letter.md.j2").write_text("# {{ name }}\n\n{{ salutation }}\n", "utf-8")
    result = tailor(
        RESUME,
        POSTING,
        outdir=tmp_path / "o",
        formats=("md",),
        templates_dir=templates,
        today=TODAY,
    )
    assert result.cover_letter_markdown == "# Jordan Rivera\n\nDear Priya Natarajan,\n"
    assert "## Professional Experience" in result.resume_markdown


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    from resume_kit.errors import UsageError

    with pytest.raises(UsageError, match="rtf"):
        tailor(RESUME, POSTING, outdir=tmp_path, formats=("rtf",), today=TODAY)


# --- Tricky text ---------------------------------------------------------------------------

TRICKY_BITS = (
    "(R&D + QA)",
    "{{ 7*7 }}",
    "{% raw %}",
    "< 2%",
    "> 40 releases",
    "<script>",
    '"Atlas"',
    "O'Neill & Sons Software",
    "🎉",
    "פורטל לקוחות",
    "مكتب الدعم",
    "12% under a $1.4M budget",
)


@pytest.mark.parametrize("bit", TRICKY_BITS)
def test_tricky_text_comes_out_untouched(tricky: TailorResult, bit: str) -> None:
    folder = tricky.paths[0].parent
    stem = "noa-haddad-leclerc-quartz-quill-labs"
    markdown_doc = docx.Document(str(folder / f"{stem}-resume.docx"))
    docx_text = "\n".join(p.text for p in markdown_doc.paragraphs)
    assert bit in docx_text
    import html as html_module

    page = (folder / f"{stem}-resume.html").read_text(encoding="utf-8")
    # markdown-it escapes &, <, > and double quotes in text.
    assert html_module.escape(bit, quote=False).replace('"', "&quot;") in page
    md_file = (folder / f"{stem}-resume.md").read_text(encoding="utf-8")
    assert md_file == tricky.resume_markdown


def test_tricky_text_is_never_evaluated(tricky: TailorResult) -> None:
    folder = tricky.paths[0].parent
    for path in folder.glob("*-resume.*"):
        if path.suffix in (".md", ".html"):
            text = path.read_text(encoding="utf-8")
            assert "49" not in text
            assert "<script>" not in text or path.suffix == ".md"
    assert "Dear Élodie O'Brien," in tricky.cover_letter_markdown


# --- Honesty -------------------------------------------------------------------------------

HONESTY = [
    (EXAMPLES / "jordan-rivera-resume.txt", EXAMPLES / "posting-it-project-manager.txt"),
    (EXAMPLES / "jordan-rivera-resume.txt", EXAMPLES / "posting-technical-pm-prose.txt"),
    (FIXTURES / "few-matches-resume.txt", EXAMPLES / "posting-it-project-manager.txt"),
    (FIXTURES / "tricky-resume.txt", FIXTURES / "tricky-posting.txt"),
]
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.mark.parametrize(("resume", "posting"), HONESTY, ids=lambda p: p.stem)
def test_tailored_resume_adds_no_skill_and_no_number(
    resume: Path, posting: Path, tmp_path: Path
) -> None:
    from resume_kit.api import extract, load_resume

    result = tailor(resume, posting, outdir=tmp_path, formats=("md",), today=TODAY)
    source = extract(load_resume(resume))
    tailored = extract(load_resume(result.paths[0]))
    added = {h.id for h in tailored.skills} - {h.id for h in source.skills}
    assert not added, f"skills not in the source resume: {sorted(added)}"
    numbers = set(_NUMBER.findall(source.text))
    invented = set(_NUMBER.findall(result.resume_markdown)) - numbers
    assert not invented, f"numbers not in the source resume: {sorted(invented)}"
    missing = {r.skill for r in result.report.requirements if r.status == "missing"}
    assert not missing & {h.id for h in tailored.skills}


# --- A real office suite opens the documents -----------------------------------------------


def _pdf_pages(data: bytes) -> list[str]:
    """The text of each PDF page (pdfminer.six), NFKC-normalised (ligatures) and one-spaced."""
    import io
    import unicodedata

    from pdfminer.high_level import extract_text

    text = extract_text(io.BytesIO(data))
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in text.split("\f")]


@pytest.fixture(scope="module")
def example_pdfs(example: TailorResult) -> dict[str, list[str]]:
    """Each example .docx converted by LibreOffice (its own profile folder), as page texts."""
    from conftest import require_program

    from resume_kit.tailoring.pdf_export import docx_to_pdf

    require_program("soffice")
    folder = example.paths[0].parent
    pages = {}
    for kind in KINDS:
        pdf = docx_to_pdf((folder / f"{STEM}-{kind}.docx").read_bytes(), name=kind)
        assert pdf.startswith(b"%PDF-")
        pages[kind] = [page for page in _pdf_pages(pdf) if page]
    return pages


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_libreoffice_shows_the_name_and_every_heading(
    example: TailorResult, example_pdfs: dict[str, list[str]], kind: str
) -> None:
    text = " ".join(example_pdfs[kind])
    assert "Jordan Rivera" in text
    document = docx.Document(str(example.paths[0].parent / f"{STEM}-{kind}.docx"))
    headings = [
        " ".join(p.text.split())
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    if kind == "cover-letter":  # one heading (the name); its other landmarks are paragraphs
        headings += ["Application for IT Project Manager", "Dear Priya Natarajan,", "Sincerely,"]
    assert len(headings) >= 4, headings
    for heading in headings:
        assert heading in text, f"heading {heading!r} missing from the {kind} PDF"


@pytest.mark.slow
def test_libreoffice_lays_the_cover_letter_on_one_page(
    example_pdfs: dict[str, list[str]],
) -> None:
    assert len(example_pdfs["cover-letter"]) == 1
