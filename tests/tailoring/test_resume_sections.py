"""The tailored resume keeps the candidate's work: every section, every line, nothing garbled."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import unicodedata
from pathlib import Path

import pytest

from resume_kit.api import extract, load_posting, load_resume, score
from resume_kit.model.documents import Posting, Resume
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.tailoring.application import tailor
from resume_kit.tailoring.contexts import build_contexts
from resume_kit.tailoring.conversion import convert_resume
from resume_kit.tailoring.resume_context import plan_resume
from resume_kit.tailoring.resume_sections import display_heading
from resume_kit.tailoring.source_lines import pieces, source_lines

ROOT = Path(__file__).resolve().parents[2]
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
TODAY = dt.date(2025, 6, 2)

CUSTOM = """Morgan Diaz
Operations Project Manager
Denver, CO | morgan.diaz@example.com | (303) 555-0199

SUMMARY
Operations project manager with 9 years of experience running warehouse automation and ERP projects.

EXPERIENCE
Project Manager | Front Range Logistics | Denver, CO | Jan 2019 – Present
• Led a $2M warehouse automation program across 3 sites using Scrum and Jira, cutting \
picking errors 40%.
• Built weekly status reports in Power BI for 12 stakeholders.

EDUCATION
B.S. Industrial Engineering | Colorado Plains University | 2015

PROJECTS
Dock Scheduler (2023)
• Open-source dock appointment tool used by 4 warehouses.

VOLUNTEERING
Food Bank Logistics Lead | Mile High Food Bank | 2020 – Present
• Reorganised the volunteer shift plan for 150 weekend volunteers.

PUBLICATIONS
Diaz, M. "Slotting for small warehouses." Supply Chain Quarterly, 2022.

AWARDS
Operations Excellence Award, Front Range Logistics, 2021

LANGUAGES
Spanish (native), English (fluent), Portuguese (conversational)

INTERESTS
Trail running, woodworking, cartography

FIELD NOTES
Keeps a public notebook of warehouse layout experiments with before-and-after travel times.
"""

# An experience section in which no role header (title, employer, dates) can be found.
NO_ROLE = """Avery Brooks
avery.brooks@example.com | 555-0142

PROFESSIONAL EXPERIENCE
For the last six years I have run IT projects for regional hospitals, mostly as the only \
project manager on staff.
• Planned and delivered an EHR upgrade for 900 clinicians with zero unplanned downtime.
• Kept a risk register and a weekly steering review in Confluence.
Before that I coordinated network refreshes for a managed-services firm.

SKILLS
Risk Management, Confluence, Stakeholder Management
"""

# Bullets a PDF wrapped over two printed lines.
WRAPPED = """Jamie Fox
jamie.fox@example.com | 555-0123

EXPERIENCE
IT Project Manager | Harbor Systems | Boston, MA | Mar 2020 – Present
• Directed the migration of 140 servers to Azure within 9 months, cutting hosting costs by
$850K a year while holding 99.95% uptime.
• Introduced Scrum to 4 delivery teams, raising sprint predictability from 62% to 91% and
cutting release lead time 40%.
• Built a risk register in Jira.
"""

# A two-column layout flattened into one text: no heading is recognised, and one line is the
# sidebar's words run together.
FLAT = """Casey Morgan
casey.morgan@example.com | 555-0188
daily | weekly | Hurricane | Utah | November 2021 | with them
Site coordinator for a youth program, working with 40 families across two towns every week.
Organised transport schedules and weekly reports for the program director in Excel.
Led a team of 6 volunteers through the summer camp season.
"""

JSON_RESUME = {
    "basics": {
        "name": "Riley Park",
        "label": "IT Project Manager",
        "email": "riley.park@example.com",
        "summary": "IT project manager who ships ERP and cloud projects on schedule.",
    },
    "work": [
        {
            "name": "Cascade Mills",
            "position": "IT Project Manager",
            "startDate": "2020-04",
            "highlights": ["Led a $3M ERP upgrade with Scrum in Jira, live 3 weeks early."],
        }
    ],
    "projects": [
        {
            "name": "Plant Floor Data Hub",
            "description": "Production dashboards for 5 plants.",
            "highlights": ["Raised on-time shipment visibility from 70% to 98%."],
            "startDate": "2022-01",
            "endDate": "2022-07",
        }
    ],
    "volunteer": [
        {
            "organization": "Code for Tacoma",
            "position": "Project Lead",
            "startDate": "2019-01",
            "endDate": "2021-06",
            "summary": "Ran civic tech sprints.",
        }
    ],
    "awards": [{"title": "Delivery Award", "awarder": "Cascade Mills", "date": "2021-12"}],
    "publications": [{"name": "ERP upgrades without downtime", "publisher": "PM Journal"}],
    "languages": [{"language": "Korean", "fluency": "Native speaker"}],
    "interests": [{"name": "Sailing", "keywords": ["racing", "navigation"]}],
    "references": [{"name": "Dana Lee", "reference": "Riley kept the plants running."}],
}

_WORD = re.compile(r"[^\W_]{2,}")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _source_words(resume: Resume) -> set[str]:
    """The words of the resume outside its contact section (as benchmarks/tailor_real.py)."""
    parts = [resume.text[s.start : s.end] for s in resume.sections if s.name != "contact"]
    return _words("\n".join(parts)) if parts else _words(resume.text)


@pytest.fixture(scope="module")
def posting() -> Posting:
    return extract(load_posting(POSTING))


def _resume(text: str, name: str = "resume.txt") -> Resume:
    return extract(load_resume(text.encode("utf-8"), name=name))


def _markdown(resume: Resume, posting: Posting, tmp_path: Path, **options: object) -> str:
    result = tailor(
        resume, posting, outdir=tmp_path, formats=("md",), today=TODAY, chart=False, **options
    )
    return re.sub(r"\\(.)", r"\1", result.resume_markdown)  # Markdown escapes dropped


CORPUS = {
    "custom": CUSTOM,
    "no-role": NO_ROLE,
    "wrapped": WRAPPED,
    "flat": FLAT,
    **{
        path.name: path.read_text(encoding="utf-8")
        for path in [
            ROOT / "examples" / "jordan-rivera-resume.txt",
            *sorted((ROOT / "tests" / "fixtures").glob("*resume*.txt")),
            ROOT / "tests" / "fixtures" / "resume-title-case.md",
        ]
    },
}


@pytest.mark.parametrize("name", list(CORPUS))
def test_every_line_below_a_heading_lands_in_exactly_one_part(name: str, posting: Posting) -> None:
    resume = _resume(CORPUS[name], name=name if "." in name else f"{name}.txt")
    report = score(resume, posting, today="2025-06")
    plan = plan_resume(resume, posting, report)  # a line used twice raises AssertionError
    headings = {s.start for s in resume.sections if s.heading}
    for section in resume.sections:
        lines = source_lines(resume.text, section.start, section.end)
        body = [line for line in lines if line.start not in headings]
        if section.name == "contact":
            continue  # contact details go to the header; the rest is checked by the words
        missing = [line.content for line in body if line.start not in plan.parts]
        assert missing == [], f"{section.heading!r}: lines in no part"


@pytest.mark.parametrize("name", list(CORPUS))
def test_the_tailored_resume_keeps_every_word_of_the_source(
    name: str, posting: Posting, tmp_path: Path
) -> None:
    resume = _resume(CORPUS[name], name=name if "." in name else f"{name}.txt")
    tailored = _words(_markdown(resume, posting, tmp_path))
    assert sorted(_source_words(resume) - tailored) == []


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Summary", "running warehouse automation and ERP projects"),
        ("Projects", "Open-source dock appointment tool used by 4 warehouses."),
        ("Volunteering", "Reorganised the volunteer shift plan for 150 weekend volunteers."),
        ("Publications", 'Diaz, M. "Slotting for small warehouses." Supply Chain Quarterly'),
        ("Awards", "Operations Excellence Award, Front Range Logistics, 2021"),
        ("Languages", "Spanish (native), English (fluent), Portuguese (conversational)"),
        ("Interests", "Trail running, woodworking, cartography"),
        ("Field Notes", "Keeps a public notebook of warehouse layout experiments"),
        ("Education", "B.S. Industrial Engineering"),
    ],
)
def test_each_kind_of_section_keeps_its_heading_and_its_text(
    heading: str, kept: str, posting: Posting, tmp_path: Path
) -> None:
    markdown = _markdown(_resume(CUSTOM), posting, tmp_path)
    section = markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    assert kept in section


def test_sections_come_in_an_order_for_the_posting(posting: Posting, tmp_path: Path) -> None:
    markdown = _markdown(_resume(CUSTOM), posting, tmp_path)
    headings = re.findall(r"^## (.+)$", markdown, flags=re.MULTILINE)
    # Summary, competencies, the work, credentials; the rest in the resume's own order.
    assert headings == [
        "Summary",
        "Core Competencies",
        "Experience",
        "Projects",
        "Education",
        "Volunteering",
        "Publications",
        "Awards",
        "Languages",
        "Interests",
        "Field Notes",
    ]


def test_an_experience_section_without_a_role_goes_through_as_written(
    posting: Posting, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="resume_kit"):
        markdown = _markdown(_resume(NO_ROLE, "no-role.txt"), posting, tmp_path)
    section = markdown.split("\n## Professional Experience\n", 1)[1].split("\n## ", 1)[0]
    assert section.strip().splitlines() == [
        "For the last six years I have run IT projects for regional hospitals, mostly as the only "
        "project manager on staff.",
        "",
        "- Planned and delivered an EHR upgrade for 900 clinicians with zero unplanned downtime.",
        "- Kept a risk register and a weekly steering review in Confluence.",
        "",
        "Before that I coordinated network refreshes for a managed-services firm.",
    ]
    # One warning, naming what went through unstructured.
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "no-role.txt" in record.getMessage()
    assert "'Professional Experience' (no role recognised)" in record.getMessage()


def test_a_fully_structured_resume_warns_nothing(
    posting: Posting, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    resume = extract(load_resume(ROOT / "examples" / "jordan-rivera-resume.txt"))
    with caplog.at_level(logging.WARNING, logger="resume_kit"):
        _markdown(resume, posting, tmp_path)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_bullets_a_pdf_wrapped_stay_whole_when_reordered(posting: Posting) -> None:
    resume = _resume(WRAPPED)
    report = score(resume, posting, today="2025-06")
    (role,) = build_contexts(resume, posting, report, today=TODAY).resume.roles()
    assert sorted(role.bullets) == [
        "Built a risk register in Jira.",
        "Directed the migration of 140 servers to Azure within 9 months, cutting hosting costs by "
        "$850K a year while holding 99.95% uptime.",
        "Introduced Scrum to 4 delivery teams, raising sprint predictability from 62% to 91% and "
        "cutting release lead time 40%.",
    ]


def test_max_bullets_trims_and_the_prep_sheet_says_what_it_left_out(
    posting: Posting, tmp_path: Path
) -> None:
    resume = extract(load_resume(ROOT / "examples" / "jordan-rivera-resume.txt"))
    result = tailor(
        resume, posting, outdir=tmp_path, formats=("md",), today=TODAY, chart=False, max_bullets=2
    )
    contexts = build_contexts(resume, posting, result.report, today=TODAY, max_bullets=2)
    roles = contexts.resume.roles()
    assert all(len(role.bullets) == 2 for role in roles)
    left_out = contexts.interview_prep.left_out
    first = left_out[0].role
    assert first == "Senior IT Project Manager | Northbridge Health Partners"
    # Every bullet is in the resume or in the prep sheet's list, none in both.
    kept = [b for role in roles for b in role.bullets]
    dropped = [b for item in left_out for b in item.bullets]
    source = [b.text.strip() for role in resume.roles for b in role.bullets]
    assert sorted(kept + dropped) == sorted(source)
    prep = re.sub(r"\\(.)", r"\1", result.interview_prep_markdown)
    assert "## Left Out of the Tailored Resume" in prep
    assert all(bullet in prep for bullet in dropped)


def test_competencies_are_only_skills_the_resume_shows(posting: Posting) -> None:
    resume = _resume(FLAT)
    report = score(resume, posting, today="2025-06")
    context = build_contexts(resume, posting, report, today=TODAY).resume
    meta = load_skill_meta()
    names = {m.name for m in meta.values()} | {a for m in meta.values() for a in m.aliases}
    assert context.competencies and all(c in names for c in context.competencies)
    junk = ("daily", "weekly", "Hurricane", "Utah", "November 2021", "555-0188", "with them")
    assert not any(j.casefold() == c.casefold() for j in junk for c in context.competencies)


def test_too_little_for_a_summary_gives_no_summary(posting: Posting) -> None:
    # No title that reads as a job title, no summary of its own: no sentence, no filler.
    resume = _resume("Sam Ortiz\nsam@example.com\n\nSKILLS\nExcel, Jira\n")
    report = score(resume, posting, today="2025-06")
    context = build_contexts(resume, posting, report, today=TODAY).resume
    assert context.summary_text() == ""
    assert [s.kind for s in context.sections] == ["competencies", "skills"]


def test_the_headline_is_a_job_title_or_nothing(posting: Posting) -> None:
    text = "Lee Wu\nlee@example.com\n\nEXPERIENCE\nz | Acme Corp | Jan 2020 – Present\n• Ran it.\n"
    resume = _resume(text)
    report = score(resume, posting, today="2025-06")
    assert build_contexts(resume, posting, report, today=TODAY).resume.headline == ""
    titled = _resume(text.replace("Lee Wu\n", "Lee Wu\nSENIOR DATA ANALYST\n"))
    report = score(titled, posting, today="2025-06")
    headline = build_contexts(titled, posting, report, today=TODAY).resume.headline
    assert headline == "Senior Data Analyst"


def test_a_json_resume_keeps_every_section_in_the_tailored_resume_and_in_convert(
    posting: Posting, tmp_path: Path
) -> None:
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(JSON_RESUME), encoding="utf-8")
    markdown = _markdown(extract(load_resume(path)), posting, tmp_path / "out")
    for heading, text in [
        ("Projects", "Raised on-time shipment visibility from 70% to 98%."),
        ("Volunteer Experience", "Ran civic tech sprints."),
        ("Awards", "Delivery Award"),
        ("Publications", "ERP upgrades without downtime"),
        ("Languages", "Korean (Native speaker)"),
        ("Interests", "Sailing: racing, navigation"),
        ("References", "Dana Lee: Riley kept the plants running."),
    ]:
        assert f"## {heading}\n" in markdown and text in markdown, heading
    converted = json.loads(convert_resume(path))
    for key in ("projects", "volunteer", "awards", "publications", "languages", "interests"):
        assert converted[key], key
    assert converted["references"] == JSON_RESUME["references"]
    assert converted["languages"] == JSON_RESUME["languages"]
    assert converted["interests"] == JSON_RESUME["interests"]
    project = converted["projects"][0]
    assert project == JSON_RESUME["projects"][0] | {"name": "Plant Floor Data Hub"}


def test_source_lines_join_what_a_pdf_wrapped_and_drop_glyphs() -> None:
    text = (
        "• Led the team that built\nthe new portal.\n\uf0b7 Cut costs by\n30%.\n•\nAlone bullet\n"
        "○ ○ ○\n\uf095 555-0100\nArtiﬁcial intelligence\n"
    )
    found = [(p.text, p.bullet) for p in pieces(source_lines(text, 0, len(text)))]
    assert found == [
        ("Led the team that built the new portal.", True),
        ("Cut costs by 30%.", True),
        ("Alone bullet", True),
        ("555-0100", False),
        ("Artificial intelligence", False),
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("PROFESSIONAL EXPERIENCE", "Professional Experience"),
        ("IT SKILLS", "IT Skills"),
        ("AWARDS AND HONORS:", "Awards and Honors"),
        ("KEY TECHNICAL ABILITIES", "Key Technical Abilities"),
        ("Volunteering", "Volunteering"),
        ("== Publications ==", "Publications"),
    ],
)
def test_headings_are_kept_as_written_capitals_made_title_case(written: str, shown: str) -> None:
    assert display_heading(written) == shown


def test_dates_taken_out_of_a_header_leave_no_space_before_its_comma(
    posting: Posting, tmp_path: Path
) -> None:
    # The range goes to the dates column; the words around it read as one phrase again.
    resume = _resume(
        "Sam Okafor\nsam@example.org\n\nEXPERIENCE\n"
        "Tutor, Riverside Learning Centre Spring 2020, Fall 2021\n"
        "• Taught algebra to 30 students a week\n"
    )
    markdown = _markdown(resume, posting, tmp_path)
    assert " ," not in markdown
    assert "Riverside Learning Centre" in markdown
    assert "Fall 2021" in markdown


def test_the_word_leading_into_a_roles_dates_goes_with_them(
    posting: Posting, tmp_path: Path
) -> None:
    # A promotion written as a dated bullet under its employer: the title stays, the dates move
    # to the dates line, and no "from" is left hanging before the full stop.
    resume = _resume(
        "Sam Okafor\nsam@example.org\n\nEXPERIENCE\n"
        "Riverside Pizza, Dayton, OH. 09/2017 – Current.\n"
        "• Kitchen employee from 2017 – 2019\n"
        "• Delivery driver from 2019 – current.\n"
        "• Delivered 60 orders a night with friendly customer service\n"
    )
    markdown = _markdown(resume, posting, tmp_path)
    assert re.search(r"\bfrom\s*[.,]?\s*$", markdown, re.MULTILINE) is None, markdown
    assert "Delivery driver" in markdown and "2019" in markdown
    assert "OH.." not in markdown  # the employer line's own stop, not doubled by the one after
