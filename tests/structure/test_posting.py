"""Posting structure: sections, title, company, location, hiring manager, years, degree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from structure_checks import check_spans, source_text

from resume_kit.model.documents import SourceText
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.requirements import classify_requirement

SECTIONED_POSTING = """Senior IT Project Manager
Company: Globex Corporation
Location: Chicago, IL (Hybrid)

About Globex
Globex builds logistics software for 400 retailers.

What you'll do
• Lead delivery of ERP integration projects.
• Report to Maria Gonzalez, Director of PMO.

Requirements
• 5+ years of IT project management experience.
• Bachelor's degree in Computer Science or related field.
• PMP certification.

Nice to have
• Experience with SAFe.
• MBA.

Benefits
• 25 days of paid leave and a 10-year service award.
"""


def test_posting_with_explicit_sections() -> None:
    posting = parse_posting(source_text(SECTIONED_POSTING))
    assert [(s.name, s.heading) for s in posting.sections] == [
        ("header", ""),
        ("about", "About Globex"),
        ("responsibilities", "What you'll do"),
        ("requirements", "Requirements"),
        ("preferred", "Nice to have"),
        ("benefits", "Benefits"),
    ]
    check_spans(posting)
    assert posting.title == "Senior IT Project Manager"
    assert posting.company == "Globex Corporation"
    assert posting.location == "Chicago, IL (Hybrid)"
    assert posting.hiring_manager == "Maria Gonzalez"
    assert posting.years_required is not None
    assert (posting.years_required.min, posting.years_required.max) == (5, None)
    assert posting.years_required.text == "5+ years"
    assert posting.degree_required == "bachelor"


PROSE_POSTING = """IT Project Manager at Initech

Initech is hiring an IT Project Manager to run our office-wide laptop refresh. You must have at \
least three years of experience managing infrastructure projects and a working knowledge of \
ITIL. Experience with Kanban is a plus. You will report to the Head of IT.
"""


def test_posting_in_prose_with_cue_words() -> None:
    posting = parse_posting(source_text(PROSE_POSTING))
    assert posting.title == "IT Project Manager"
    assert posting.company == "Initech"
    assert posting.hiring_manager is None
    assert posting.years_required is not None
    assert posting.years_required.min == 3
    assert posting.years_required.text == "at least three years"
    assert posting.degree_required is None
    assert classify_requirement("You must have at least three years of experience.", "header") == (
        "required"
    )
    assert classify_requirement("Experience with Kanban is a plus.", "header") == "preferred"
    assert classify_requirement("You will report to the Head of IT.", "header") == "mentioned"


JSONLD_TEXT = """Project Manager, Cloud Migration

Responsibilities
• Plan and track AWS migration waves.

Qualifications
• 3-5 years in a project management role.
• MBA preferred.
"""


def test_posting_fields_from_json_ld() -> None:
    data = {
        "jsonld": {
            "@type": "JobPosting",
            "title": "Project Manager – Cloud Migration",
            "hiringOrganization": {"@type": "Organization", "name": "Umbrella Corp"},
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "addressLocality": "Toronto",
                    "addressRegion": "ON",
                    "addressCountry": "CA",
                },
            },
        }
    }
    posting = parse_posting(source_text(JSONLD_TEXT, "html", data=data))
    assert posting.title == "Project Manager – Cloud Migration"
    assert posting.company == "Umbrella Corp"
    assert posting.location == "Toronto, ON, CA"
    assert [s.name for s in posting.sections] == ["header", "responsibilities", "requirements"]
    assert posting.years_required is not None
    assert (posting.years_required.min, posting.years_required.max) == (3, 5)
    # "MBA preferred" is not a required degree.
    assert posting.degree_required is None


def test_json_job_data_and_labelled_hiring_manager() -> None:
    text = "Scrum Master\nHiring manager: Tom Becker\n\nRequirements\n• Minimum of 7 years in IT.\n"
    data = {"title": "Scrum Master", "company": {"name": "Hooli"}, "location": "Berlin, Germany"}
    posting = parse_posting(source_text(text, "json-job", data=data))
    assert (posting.title, posting.company, posting.location) == (
        "Scrum Master",
        "Hooli",
        "Berlin, Germany",
    )
    assert posting.hiring_manager == "Tom Becker"
    assert posting.years_required is not None
    assert posting.years_required.text == "Minimum of 7 years"


def test_years_required_prefers_the_requirements_section() -> None:
    text = (
        "Project Manager\n\nAbout us\nFor 20 years we have built software.\n\n"
        "Requirements\n• 4+ years of experience as a project manager.\n"
    )
    posting = parse_posting(source_text(text))
    assert posting.years_required is not None
    assert posting.years_required.min == 4


def test_company_and_location_from_the_line_under_the_title() -> None:
    text = (
        "Senior Technical Project Manager\nFernhill Analytics – Denver, CO (remote within the US)\n"
        "Salary: $120,000 - $140,000\n\nRequirements\n• 6 years of experience in delivery.\n"
    )
    posting = parse_posting(source_text(text))
    assert posting.company == "Fernhill Analytics"
    assert posting.location == "Denver, CO (remote within the US)"
    # A "Label: value" field is not a heading even when the label is a section word.
    assert [s.name for s in posting.sections] == ["header", "requirements"]


def test_compound_heading_takes_the_first_known_name() -> None:
    text = (
        "Requirements\n• PMP\n\nPreferred / Nice to have\n• PRINCE2\n\nEducation & Certifications\n"
    )
    posting = parse_posting(SourceText(source="p.txt", format="txt", text=text))
    names = [s.name for s in posting.sections]
    assert "requirements" in names and "preferred" in names


def test_a_posting_asking_for_one_certification_and_preferring_another_keeps_both_levels() -> None:
    from resume_kit import extract

    posting = extract(parse_posting(source_text("Requirements\n- PMP required, CSM preferred.\n")))
    levels = {r.id: r.level for r in posting.requirements}
    assert levels["pmp"] == "required"
    assert levels["csm"] == "preferred"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A job board's first line runs the title into the company and place.
        (
            "Senior Project Manager Acme Bridges Ltd Copenhagen Denmark Full time Posted 3 days"
            " ago\nWe build.\n",
            "Senior Project Manager",
        ),
        (
            "Development Team Delivery Manager ( Project and Quality ) - Date posted: 2021-01\n"
            "About us\n",
            "Development Team Delivery Manager",
        ),
        # No title line: the sentence saying whom they look for.
        (
            "Acme Labs is looking for a project manager to head the Scale-up project.\nMore.\n",
            "project manager",
        ),
        (
            "Human Resource Management at Acme\n"
            "We are looking for an experienced Project Manager who likes change.\n",
            "Project Manager",
        ),
        (
            "As Account Security Manager in Acme you keep accounts safe.\nMore text here.\n",
            "Account Security Manager",
        ),
        # A first line labelled by its title.
        ("Data Engineer: Payments Platform\nWe build.\n", "Data Engineer"),
        # The sentence that names the post, in its many forms.
        (
            "Northwind invites applications for a position as Professor in Systems Design.\n",
            "Professor",
        ),
        ("A position as senior researcher is open at the lab.\nMore.\n", "senior researcher"),
        (
            "Do you want to be the Release Manager who keeps our trains on time?\nMore.\n",
            "Release Manager",
        ),
        (
            "Are you a seasoned Test Manager with a feel for quality?\nMore.\n",
            "Test Manager",
        ),
        ("A 3-year PhD scholarship in data engineering is available.\nMore.\n", "PhD scholarship"),
        # Several hires: the plural is made singular.
        ("We are looking for two full-time developers to join us.\nMore.\n", "developer"),
        (
            "The lab invites applications for 2-3 assistant professors or lecturers in AI.\n",
            "assistant professor",
        ),
        # One sentence does not hide the next.
        (
            "We want to be even better! We are looking for a skilled Test Manager for QA.\n",
            "Test Manager",
        ),
        (
            "Acme is looking for a maternity cover for our Release Planner who starts in May.\n",
            "Release Planner",
        ),
        # Slogans and section words are not titles.
        ("Are you a true sports enthusiast?\nDo you want to work with us?\n", None),
        ("Are you a natural leader?\nDo you like people?\n", None),
        ("Acme is looking for people to interview business managers.\nMore.\n", None),
        (
            "Organization Name: Cement Division\nBrief Description\n"
            "As head of a department you lead.\n",
            None,
        ),
    ],
)
def test_posting_title_from_the_text(text: str, title: str | None) -> None:
    assert parse_posting(source_text(text)).title == title


def test_header_fields_run_together_on_one_line() -> None:
    posting = parse_posting(
        source_text(
            "Req ID: 77 Official Title: Release Manager - Payments Job Area: Engineering & IT "
            "Country / Countries: Denmark\nWe ship.\n"
        )
    )
    assert (posting.title, posting.area) == ("Release Manager - Payments", "Engineering & IT")


def test_job_area_of_a_posting_without_a_title() -> None:
    posting = parse_posting(
        source_text(
            "Company Name: Acme Cement Professional Area: Project Management\n"
            "Description: you lead the department.\n"
        )
    )
    assert (posting.title, posting.area) == (None, "Project Management")


_MANAGER_PARTS = ["Reports to Jane Doe", "REPORTING TO ", "answers directly to ",
    "HİRİNG MANAGER is Sam Lee", "Hiring manager, Sam Lee", "REPORTſ to Jane Doe",
    "ANſWERING to Sam Lee", " is ", ", ", "Jane Doe", "the Director of IT", "İ", "ı", "ſ",
    "\u212a", "\n", " ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MANAGER_PARTS) | st.text(max_size=4), max_size=12))
def test_hiring_manager_shortcut_finds_what_the_full_search_finds(parts: list[str]) -> None:
    from resume_kit.structure.lines import _folded
    from resume_kit.structure.posting import (
        _HIRING_MANAGER_IS_RE,
        _REPORTS_TO_RE,
        _hiring_manager,
        _person,
    )

    text = "".join(parts)

    def slow() -> str | None:  # both searches run on every text
        for found in _REPORTS_TO_RE.finditer(text):
            person = _person(found.group("rest"))
            if person:
                return person
        named = _HIRING_MANAGER_IS_RE.search(text)
        return _person(named.group("rest")) if named else None

    assert _hiring_manager({}, {}, text, _folded(text)) == slow()


def test_a_requirements_sentence_heading_ends_where_the_asks_stop() -> None:
    """Flat text with "We expect that you:" and no heading after it: the lines about the
    employer are not asks, so the skills they name are not required."""
    from resume_kit.api import extract

    text = (
        "Project manager for our startup programme\n"
        "We expect that you: Have experience with stakeholder management .\n"
        "Have project management experience .\n"
        "We also want you to know Jira .\n"
        "- Agile methods\n"
        "Some travelling is to be expected .\n"
        "We are 25 people working in Scrum in a very dynamic environment .\n"
    )
    posting = parse_posting(source_text(text))
    asks = next(s for s in posting.sections if s.name == "requirements")
    assert asks.heading == "We expect that you"
    assert text[asks.start : asks.end].rstrip().endswith("- Agile methods")
    levels = {r.id: r.level for r in extract(posting).requirements}
    assert levels["project-management"] == levels["jira"] == levels["agile"] == "required"
    assert levels["scrum"] == levels["adaptability"] == "mentioned"  # the employer, after the asks


@pytest.mark.parametrize(
    ("line", "location"),
    [
        # Labels a lost line break glued to the value before them end that value.
        ("Location: DenverTeam: PlatformContract: W2", "Denver"),
        ("Location: Remote (EU)Salary: 60k", "Remote (EU)"),
        # A value with its own capitals and spaces is kept whole.
        ("Location: Salt Lake City, UT", "Salt Lake City, UT"),
    ],
)
def test_a_field_value_ends_where_a_glued_label_begins(line: str, location: str) -> None:
    text = f"Release Manager\nNorthwind Traders\n\nRequirements\n{line}\n- Five years of releases\n"
    posting = parse_posting(SourceText(source="fixture.txt", format="txt", text=text))
    assert posting.location == location
