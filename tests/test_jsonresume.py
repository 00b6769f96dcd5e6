"""JSON Resume out (convert, tailor --format json), the round trip back in, and library inputs."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner

from resume_kit import api
from resume_kit.cli.commands import cli
from resume_kit.errors import InputFileError, OutputError, UsageError
from resume_kit.formats.jsonresume import (
    build_json_resume,
    json_resume_errors,
    load_schema,
)
from resume_kit.model.tailored import TailorResult
from resume_kit.resources import schemas_file
from resume_kit.tailoring.application import tailor
from resume_kit.tailoring.contexts import build_contexts
from resume_kit.tailoring.conversion import convert_resume

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCX = EXAMPLES / "jordan-rivera-resume.docx"
TXT = EXAMPLES / "jordan-rivera-resume.txt"
POSTING = EXAMPLES / "posting-it-project-manager.txt"
TODAY = "2025-06-02"
TODAY_DATE = dt.date(2025, 6, 2)


@pytest.fixture(scope="module")
def jordan() -> dict[str, Any]:
    return build_json_resume(api.load_resume(DOCX))


# ------------------------------------------------------------------------------ the schema


def test_the_official_schema_ships_with_its_licence() -> None:
    schema = load_schema()
    assert schema["$schema"].startswith("http://json-schema.org/draft-04")
    assert {"basics", "work", "education", "skills", "certificates"} <= set(schema["properties"])
    assert "MIT License" in schemas_file("LICENSE-jsonresume-schema.md").read_text("utf-8")
    assert "resume-schema" in (ROOT / "NOTICE").read_text("utf-8")


def test_schema_errors_name_the_field_and_the_problem() -> None:
    assert json_resume_errors({"basics": {"name": "A"}}) == []
    problems = json_resume_errors(
        {"basics": {"name": 3}, "work": [{"startDate": "March 2020"}], "extra": 1}
    )
    assert any(p.startswith("basics.name:") and "not of type 'string'" in p for p in problems)
    assert any(p.startswith("work[0].startDate:") for p in problems)
    assert any("extra" in p for p in problems)  # no unknown top-level keys in v1.0.0


# ------------------------------------------------------------------------------ convert


def test_convert_fills_basics_from_the_resume(jordan: dict[str, Any]) -> None:
    assert json_resume_errors(jordan) == []
    assert jordan["basics"] == {
        "name": "Jordan Rivera",
        "label": "Senior IT Project Manager",
        "email": "jordan.rivera@example.com",
        "phone": "(614) 555-0142",
        "url": "jordanrivera.example.com",
        "summary": jordan["basics"]["summary"],
        "location": {"city": "Columbus", "region": "OH"},
    }
    assert jordan["basics"]["summary"].startswith("Senior IT Project Manager with 12 years")


def test_convert_writes_work_with_iso_dates_and_every_bullet(jordan: dict[str, Any]) -> None:
    first, second = jordan["work"][:2]
    assert first["position"] == "Senior IT Project Manager"
    assert first["name"] == "Northbridge Health Partners"
    assert first["location"] == "Columbus, OH"
    assert first["startDate"] == "2021-03" and "endDate" not in first  # Mar 2021 – Present
    assert (second["startDate"], second["endDate"]) == ("2017-06", "2021-02")
    assert len(first["highlights"]) == 6
    assert first["highlights"][2].startswith("Introduced Scrum to 4 delivery teams (28 engineers)")
    assert [w["name"] for w in jordan["work"]][-1] == "Harborview Retail Group"


def test_convert_writes_education_certificates_and_grouped_skills(
    jordan: dict[str, Any],
) -> None:
    assert jordan["education"][0] == {
        "institution": "Lakeview State University",
        "studyType": "Master of Business Administration (MBA)",
        "area": "Business Administration",
        "endDate": "2019",
    }
    assert jordan["certificates"][2] == {
        "name": "ITIL 4 Foundation",
        "issuer": "AXELOS",
        "date": "2020",
    }
    groups = {g["name"]: g["keywords"] for g in jordan["skills"]}
    # The resume's own groups: its "Core Competencies" section and the table's label cells.
    assert list(groups) == [
        "Core Competencies",
        "Project tools",
        "Reporting and data",
        "Cloud and infrastructure",
        "Collaboration",
    ]
    assert groups["Project tools"] == [
        "Microsoft Project",
        "Jira",
        "Confluence",
        "Smartsheet",
        "ServiceNow",
    ]
    assert "Agile / Scrum" in groups["Core Competencies"]


def test_fields_the_resume_does_not_give_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Sam Lee\n\nEXPERIENCE\nProject Coordinator, Acme Widgets\n"
        "• Kept the schedule for 3 office moves.\n",
        encoding="utf-8",
    )
    data = build_json_resume(api.load_resume(path))
    assert json_resume_errors(data) == []
    assert data["basics"] == {"name": "Sam Lee"}
    (work,) = data["work"]
    assert work == {
        "name": "Acme Widgets",
        "position": "Project Coordinator",
        "highlights": ["Kept the schedule for 3 office moves."],
    }
    assert not {"education", "certificates", "skills"} & set(data)


def test_a_headline_leading_the_contact_line_is_the_label(tmp_path: Path) -> None:
    """'IT Project Manager · Austin, TX · email' keeps its headline: the score read from the JSON
    counts the same headline as the score read from the file."""
    path = tmp_path / "headline.md"
    path.write_text(
        "Alex Moreno\nIT Project Manager · Austin, TX · alex@example.com\n\n"
        "## Experience\nProject Coordinator, Acme Widgets\n- Kept the schedule for 3 moves.\n",
        encoding="utf-8",
    )
    data = build_json_resume(api.load_resume(path))
    assert data["basics"]["label"] == "IT Project Manager"


def test_profiles_keep_their_link_and_name_the_network(tmp_path: Path) -> None:
    path = tmp_path / "links.txt"
    path.write_text(
        "Ana Ruiz\nlinkedin.com/in/anaruiz | anaruiz.dev | https://github.com/anaruiz\n\n"
        "EXPERIENCE\nAnalyst, Acme | 2019 – 2021\n• Did things.\n",
        encoding="utf-8",
    )
    resume = api.load_resume(path)
    basics = build_json_resume(resume)["basics"]
    assert "url" not in basics  # the first link is a LinkedIn profile, not a personal site
    # Every link as written, in the parser's order (the order the tailored contact line shows).
    assert [p["url"] for p in basics["profiles"]] == resume.contact.links
    networks = {p["url"]: (p.get("network"), p.get("username")) for p in basics["profiles"]}
    assert networks == {
        "linkedin.com/in/anaruiz": ("LinkedIn", "anaruiz"),
        "https://github.com/anaruiz": ("GitHub", "anaruiz"),
        "anaruiz.dev": (None, None),
    }


def test_cli_convert_writes_atomically_and_never_overwrites_without_force(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "resume.json"
    first = runner.invoke(cli, ["convert", str(TXT), "-o", str(out)])
    assert first.exit_code == 0, first.output
    data = json.loads(out.read_text("utf-8"))
    assert json_resume_errors(data) == [] and data["basics"]["name"] == "Jordan Rivera"

    out.write_text("mine", encoding="utf-8")
    again = runner.invoke(cli, ["convert", str(TXT), "-o", str(out)])
    assert again.exit_code == 1 and "already exists" in again.output and "--force" in again.output
    assert out.read_text("utf-8") == "mine"
    forced = runner.invoke(cli, ["convert", str(TXT), "-o", str(out), "--force"])
    assert forced.exit_code == 0 and json.loads(out.read_text("utf-8")) == data
    assert not [p for p in tmp_path.iterdir() if p.name != "resume.json"]  # no temporary left


def test_cli_convert_prints_to_stdout_by_default() -> None:
    result = CliRunner().invoke(cli, ["convert", str(TXT)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["work"][0]["startDate"] == "2021-03"


def test_convert_resume_refuses_an_unreadable_resume(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="not found"):
        convert_resume(tmp_path / "missing.docx", tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()
    (tmp_path / "out.json").write_text("{}", encoding="utf-8")
    with pytest.raises(OutputError, match="already exists"):
        convert_resume(TXT, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_text("utf-8") == "{}"


# ----------------------------------------------------------------------- tailor --format json


@pytest.fixture(scope="module")
def tailored(tmp_path_factory: pytest.TempPathFactory) -> TailorResult:
    out = tmp_path_factory.mktemp("tailored")
    return tailor(TXT, POSTING, outdir=out, formats=("md", "json"), today=TODAY, max_bullets=4)


def _tailored_json(result: TailorResult) -> dict[str, Any]:
    (path,) = [p for p in result.paths if p.name.endswith("-resume.json")]
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_tailor_json_is_the_tailored_resume_and_valid(tailored: TailorResult) -> None:
    data = _tailored_json(tailored)
    assert json_resume_errors(data) == []
    markdown = re.sub(r"\\(.)", r"\1", tailored.resume_markdown)  # drop Markdown escapes
    # The same bullets as the tailored document, in its order and trimmed as it is.
    for work in data["work"]:
        assert len(work["highlights"]) <= 4
        positions = [markdown.index(h) for h in work["highlights"]]
        assert positions == sorted(positions)
    source = [h for w in build_json_resume(api.load_resume(TXT))["work"] for h in w["highlights"]]
    first_source = build_json_resume(api.load_resume(TXT))["work"][0]["highlights"]
    assert data["work"][0]["highlights"] != first_source[:4]  # reordered for the posting
    # Honest: every bullet is one of the resume's own, word for word.
    assert all(h in source for w in data["work"] for h in w["highlights"])
    competencies = next(g for g in data["skills"] if g["name"] == "Core Competencies")
    line = re.search(r"## Core Competencies\n\n(.+)\n", markdown)
    assert line and line.group(1).split(" | ") == competencies["keywords"]
    assert data["basics"]["summary"] in markdown
    # Only the resume: no cover letter or prep sheet as JSON.
    assert [p.name for p in tailored.paths if p.suffix == ".json" and "report" not in p.name] == [
        "jordan-rivera-cobalt-ridge-software-inc-resume.json"
    ]


# ------------------------------------------------------------------------------ round trip


def _docx_text(path: Path) -> str:
    """The document's visible text: paragraphs and table cells, whitespace collapsed."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(" ".join(part.split()) for part in parts if part.strip())


def _documents(result: TailorResult) -> dict[str, str]:
    """The letter and prep sheet (.docx and .md) and the score."""
    texts = {p.name: _docx_text(p) for p in result.paths if p.suffix == ".docx"}
    texts = {name: text for name, text in texts.items() if not name.endswith("-resume.docx")}
    texts["cover-letter.md"] = result.cover_letter_markdown
    texts["interview-prep.md"] = result.interview_prep_markdown
    report = result.report.model_dump(mode="json")
    texts["score"] = f"{report['overall']}"
    return texts


def _resume_facts(resume: Path, posting: Path) -> dict[str, Any]:
    """What the tailored resume says: roles, bullets in order, competencies, summary, skills."""
    loaded = api.extract(api.load_resume(resume))
    job = api.extract(api.load_posting(posting))
    report = api.score(loaded, job, today=TODAY[:7])
    context = build_contexts(loaded, job, report, today=TODAY_DATE)
    skills = [
        item.strip()
        for section in context.resume.sections
        if section.kind == "skills"
        for block in section.blocks
        for item in block.text.split(":")[-1].split(",")
    ]
    return {
        "roles": [(r.title, r.employer, r.location, r.bullets) for r in context.resume.roles()],
        "dates": [(r.start_date, r.end_date, r.current) for r in loaded.roles],
        "education": [(e.degree, e.institution, e.end_date) for e in loaded.education],
        "certifications": [(c.name, c.issuer, c.date) for c in loaded.certifications],
        "competencies": context.resume.competencies,
        "summary": context.resume.summary_text(),
        "skills": sorted(skills),
    }


def _round_trip(original: Path, posting: Path, tmp_path: Path) -> None:
    """Tailoring from the converted JSON says the same as from the original file.

    The score, the letter and the prep sheet are the same; the resume holds the same facts (its
    layout may differ: JSON Resume has fixed section names and no place for, say, an education
    entry's city).
    """
    converted = tmp_path / "resume.json"
    convert_resume(original, converted)
    options: dict[str, Any] = {"formats": ("docx", "md"), "today": TODAY}
    direct = tailor(original, posting, outdir=tmp_path / "direct", **options)
    via_json = tailor(converted, posting, outdir=tmp_path / "via-json", **options)
    expected, got = _documents(direct), _documents(via_json)
    assert sorted(expected) == sorted(got)
    for name in expected:
        assert got[name] == expected[name], name
    assert _resume_facts(converted, posting) == _resume_facts(original, posting)


@pytest.mark.parametrize(
    ("resume", "posting"),
    [
        (DOCX, POSTING),
        (TXT, POSTING),
        (FIXTURES / "resume-title-case.md", POSTING),
        (FIXTURES / "software-engineer-resume.txt", FIXTURES / "posting-backend-engineer.txt"),
        (FIXTURES / "tricky-resume.txt", FIXTURES / "tricky-posting.txt"),
        (FIXTURES / "few-matches-resume.txt", POSTING),
    ],
    ids=["docx", "txt", "md", "engineer", "tricky", "few-matches"],
)
def test_tailoring_from_the_converted_json_gives_the_same_documents(
    resume: Path, posting: Path, tmp_path: Path
) -> None:
    _round_trip(resume, posting, tmp_path)


@pytest.mark.slow
def test_round_trip_from_a_pdf(tmp_path: Path) -> None:
    from conftest import require_program

    soffice = require_program("soffice")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(DOCX),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "jordan-rivera-resume.pdf"
    assert api.read(pdf).format == "pdf"
    # A PDF wraps long bullets over two lines; convert writes them whole, so the JSON says what
    # the .txt says: the same resume facts, the same score.
    converted = tmp_path / "resume.json"
    convert_resume(pdf, converted)
    assert _resume_facts(converted, POSTING) == _resume_facts(pdf, POSTING)
    options: dict[str, Any] = {"formats": ("md",), "today": TODAY}
    via_json = tailor(converted, POSTING, outdir=tmp_path / "via-json", **options)
    from_text = tailor(TXT, POSTING, outdir=tmp_path / "txt", **options)
    assert via_json.report.overall == from_text.report.overall
    assert via_json.cover_letter_markdown == from_text.cover_letter_markdown


def test_an_undated_role_does_not_come_back_as_current(tmp_path: Path) -> None:
    data = {"basics": {"name": "Sam Lee"}, "work": [{"name": "Acme", "position": "Volunteer"}]}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (role,) = api.load_resume(path).roles
    assert not role.current and role.start_date is None


# ------------------------------------------------------------------------------ library inputs


def _inputs(path: Path) -> dict[str, Callable[[], Any]]:
    """The same file as a str, a PathLike, bytes, a binary and (for text) a text file object."""
    made: dict[str, Callable[[], Any]] = {
        "str": lambda: str(path),
        "pathlike": lambda: path,
        "bytes": lambda: path.read_bytes(),
        "binary file": lambda: path.open("rb"),
        "BytesIO": lambda: io.BytesIO(path.read_bytes()),
    }
    if path.suffix == ".txt":
        made["text file"] = lambda: path.open(encoding="utf-8")
        made["StringIO"] = lambda: io.StringIO(path.read_text("utf-8"))
    return made


@pytest.mark.parametrize("how", list(_inputs(DOCX)))
def test_load_resume_takes_paths_bytes_and_file_objects(how: str) -> None:
    expected = api.load_resume(DOCX)
    value = _inputs(DOCX)[how]()
    resume = api.load_resume(value)
    assert resume.text == expected.text and resume.roles == expected.roles
    if how in ("str", "pathlike", "binary file"):
        assert resume.source == str(DOCX)  # a file object's name names it
    elif how == "bytes":
        assert resume.source == "<bytes>"


@pytest.mark.parametrize("how", list(_inputs(POSTING)))
def test_load_posting_and_load_document_take_every_input(how: str) -> None:
    expected = api.load_posting(POSTING)
    posting = api.load_posting(_inputs(POSTING)[how]())
    assert (posting.title, posting.company, posting.text) == (
        expected.title,
        expected.company,
        expected.text,
    )
    document = api.load_document(_inputs(POSTING)[how]())
    assert document.kind == "posting" and document.text == expected.text


def test_read_sniffs_bytes_and_takes_a_format_or_name_hint() -> None:
    markdown = b"# Sam Lee\n\n## Experience\n\n- Led **things**\n"
    assert api.read(markdown).format == "txt"  # Markdown cannot be told from its bytes
    assert api.read(markdown, format="md").format == "md"
    assert api.read(markdown, format=".md").text == api.read(markdown, name="cv.md").text
    assert "**" not in api.read(markdown, format="md").text
    assert api.read(DOCX.read_bytes()).format == "docx"
    assert api.read((FIXTURES / "resume.json").read_bytes()).format == "json-resume"
    assert api.read(io.StringIO(markdown.decode()), name="cv.md").source == "cv.md"


def test_a_path_with_a_format_hint_overrides_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "cv.resume"
    path.write_text("# Sam Lee\n\n- one\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="unsupported file type"):
        api.read(path)
    source = api.read(path, format="md")
    assert source.format == "md" and source.source == str(path)


def test_bad_inputs_give_errors_that_name_them() -> None:
    with pytest.raises(InputFileError, match=r"^<bytes>: is empty"):
        api.read(b"")
    with pytest.raises(InputFileError, match=r"^upload\.docx: is not a Word \.docx file"):
        api.read(b"plain words", name="upload.docx")
    with pytest.raises(InputFileError, match="over the 10-byte limit"):
        api.read(io.BytesIO(b"x" * 50), max_bytes=10)
    with pytest.raises(UsageError, match="unknown format 'doc'"):
        api.read(b"text", format="doc")
    closed = io.BytesIO(b"text")
    closed.close()
    with pytest.raises(InputFileError, match="cannot be read"):
        api.read(closed)
    with pytest.raises(TypeError, match="not int"):
        api.read(42)  # type: ignore[arg-type]


def test_score_takes_bytes_and_open_files() -> None:
    expected = api.score(DOCX, POSTING, today="2025-06")
    with POSTING.open(encoding="utf-8") as posting:
        report = api.score(DOCX.read_bytes(), posting, today="2025-06")
    assert report.overall == expected.overall


def test_tailor_takes_bytes_and_open_files(tmp_path: Path) -> None:
    expected = tailor(TXT, POSTING, outdir=tmp_path / "a", formats=("md",), today=TODAY)
    with TXT.open("rb") as resume:
        result = tailor(
            resume, POSTING.read_bytes(), outdir=tmp_path / "b", formats=("md",), today=TODAY
        )
    assert result.resume_markdown == expected.resume_markdown
    assert result.cover_letter_markdown == expected.cover_letter_markdown


def test_rank_takes_bytes_and_open_files_and_names_them() -> None:
    errors: list[tuple[str, str]] = []
    other = EXAMPLES / "posting-technical-pm-prose.txt"
    with POSTING.open("rb") as posting:
        entries = api.rank(
            resume=io.BytesIO(DOCX.read_bytes()),
            postings=[posting, other.read_bytes(), b"", other],
            today="2025-06",
            on_error=lambda name, error: errors.append((name, str(error))),
        )
    assert errors == [("<bytes 3>", "<bytes 3>: is empty; nothing to read")]
    by_name = {e.path: e.score for e in entries}
    assert set(by_name) == {str(POSTING), "<bytes 2>", str(other)}
    assert by_name["<bytes 2>"] == by_name[str(other)]
    assert by_name[str(POSTING)] == api.score(DOCX, POSTING, today="2025-06").overall
