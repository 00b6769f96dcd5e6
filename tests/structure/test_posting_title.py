"""A posting's title on the shapes real postings arrive in: Markdown job-board pages, one
flattened paragraph with words glued across lost line breaks, headings before the first
sentence; and never a paragraph, a heading or a lone word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.model.documents import SourceText
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.posting_title import (
    TITLE_MAX_CHARS,
    clean_line,
    is_head_word,
    title_shape,
)


def _title(text: str) -> str | None:
    return parse_posting(SourceText(source="fixture.txt", format="txt", text=text)).title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A job board's Markdown page: the title is the link text of the first heading.
        (
            "# [Data Platform Engineer](https://jobs.example.com/apply/77)\n### Larkspur Labs\n"
            "#### `💰 ~120k` `🌎 Remote`\n\n## Description\n\nWe move data.\n",
            "Data Platform Engineer",
        ),
        # A flattened posting whose title is glued to the label after it.
        (
            "Payroll Systems AnalystLocation: Springfield, ILDuration: 6 months Our client "
            "needs an analyst for its payroll platform.",
            "Payroll Systems Analyst",
        ),
        (
            "Sr Platform EngineerYour job is to keep our build farm fast and our releases calm. "
            "You will work with every team.",
            "Sr Platform Engineer",
        ),
        # A heading runs into the first sentence, whose subject is the title.
        (
            "About the job The Release Manager works with our product teams to ship monthly.",
            "Release Manager",
        ),
        ("Overview The Project Manager will lead the rollout of our new ERP.", "Project Manager"),
        (
            "JOB OVERVIEW A Registered Respiratory Therapist is an individual who cares.",
            "Registered Respiratory Therapist",
        ),
        # Head nouns O*NET knows beyond the common title words.
        ("Corporate Counsel\n\nOur legal team needs help with contracts.\n", "Corporate Counsel"),
        (
            "Greyfield Clinic is currently seeking a Registered Nurse for night shifts. Apply now.",
            "Registered Nurse",
        ),
        (
            "Our client is seeking a Splunk Admin. Location: Albany, NY Position Type: Full Time",
            "Splunk Admin",
        ),
        # Titles named in the body of a flattened posting.
        (
            "Minimum Required Skills: SQL, ETL, Python Title: Core Payments Developer "
            "Location: Remote Salary: 100k",
            "Core Payments Developer",
        ),
        (
            "Call Dana at 555-0100 for any questions Configuration Build Engineer Location: "
            "Boston, MA Duration: 6 months.",
            "Configuration Build Engineer",
        ),
        (
            "Our firm has an immediate opening for Windows Endpoint Engineer/Architect in "
            "Montreal. You will harden desktops.",
            "Windows Endpoint Engineer/Architect",
        ),
        (
            "We solve great challenges.The Director of Product Development will be responsible "
            "for the roadmap.",
            "Director of Product Development",
        ),
        (
            "If you find yourself looking for a career, the Branch Office Administrator (BOA) "
            "role may be right for you.",
            "Branch Office Administrator",
        ),
        # A company and its title on one line: the title after the dash.
        (
            "Orbital Cloud Services - Site Reliability Engineer Kubernetes (Berlin 2021) "
            "Date posted: 2021-05-05 Job type: Full-time",
            "Site Reliability Engineer",
        ),
        # European gender markers are not part of the title.
        ("Backend Engineer (m/f/d)\n\nWe build payment rails.\n", "Backend Engineer"),
    ],
)
def test_title_from_the_shapes_real_postings_take(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        # Section headings, company boilerplate and slogans are no titles.
        "Company profile\nNorthwind Traders sells tea to cafes.\n\nJob description\nRun stores.\n",
        "Other sites we staff for our regional plant support\nMore text follows here.\n",
        "CSI Tech is searching for people who love insurance software and long lunches.",
        "World leader in gases and services, Aerogas serves three million customers.\n",
        # "the hiring managers": a plural after "hiring" names whom they work with, not a post.
        "IT Buyer wanted soon. We work directly with the hiring managers who decide quickly.",
        # "serve as liaison", "acting as a sparring partner": no post.
        "In this job you serve as liaison to finance and act as a sparring partner to sales.",
        # "As an SAP Global Partner we provide ...": the company, not the post.
        "Welcome to Delford. As an SAP Global Partner we provide consulting services.",
    ],
)
def test_headings_companies_and_slogans_are_no_titles(text: str) -> None:
    title = _title(text)
    assert title is None or title == "IT Buyer"
    assert title not in ("Company profile", "CSI Tech", "World leader", "manager")


def test_a_heading_beats_a_job_title_line_deep_in_the_body() -> None:
    text = (
        "Medical Coder\n\nCompany profile\nA billing firm.\n\nJob description\n"
        "JOB TITLE: Certified Coder DEPARTMENT: Billing REPORTS TO: Supervisor\n"
    )
    assert _title(text) == "Medical Coder"


def test_a_labelled_title_that_ran_into_the_next_label_is_cut() -> None:
    text = (
        "Job title: Oracle HCM Senior Business Analyst Location: Marlborough MA "
        "Duration: 12 months contract Job description: The analyst owns the deliverables.\n"
    )
    assert _title(text) == "Oracle HCM Senior Business Analyst"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Senior", "Project", "Manager", "Engineer", "Location:", "Title:", "We", "are",
             "seeking", "a", "the", "The", "will", "lead", "Acme", "Inc.", "and", "of", "#",
             "[Data Analyst](http://x.io)", "AnalystLocation:", "\n", "Company", "profile",
             "Overview", "Nurse", "Director", "-", "(m/f/d)", "Role:", "is", "responsible"]
        ),
        max_size=80,
    )
)  # fmt: skip
def test_a_title_is_never_a_paragraph(words: list[str]) -> None:
    title = _title(" ".join(words))
    assert title is None or (0 < len(title) <= TITLE_MAX_CHARS and "\n" not in title)


def test_title_shape_wants_a_head_noun_and_title_case() -> None:
    assert title_shape("Clinical Site Monitor") == "Clinical Site Monitor"
    assert title_shape("Outside Sales Professional-St. Cloud") is not None
    assert title_shape("Company profile") is None
    assert title_shape("Full Time") is None
    assert title_shape("manager") is None
    assert title_shape("Other locations considered for our plant support") is None
    assert title_shape("x" * 70 + " Engineer") is None  # over 80 characters
    assert is_head_word("Recruiter") and is_head_word("counsel")
    assert not is_head_word("person") and not is_head_word("management")


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("# [Release Manager](https://jobs.example.com/7)", "Release Manager"),
        # Two links on one line, each reduced to its text.
        ("[Scrum Master](u1) at [Fenwick Labs](u2)", "Scrum Master at Fenwick Labs"),
        # An unclosed bracket before a real link leaves the bracket and keeps the link's text.
        ("[draft [QA Lead](https://x.example)", "[draft QA Lead"),
        # Brackets that never form a link are text, kept as written.
        ("Analyst [contract] (remote)", "Analyst [contract] (remote)"),
    ],
)
def test_clean_line_reduces_markdown_links_to_their_text(line: str, cleaned: str) -> None:
    assert clean_line(line) == cleaned
