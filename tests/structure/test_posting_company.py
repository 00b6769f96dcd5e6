"""A posting's company: an organisation's name from where postings name it, or nothing; never a
heading, a piece of a sentence, a place or a job title."""

from __future__ import annotations

import pytest

from resume_kit.model.documents import SourceText
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.posting_company import company_shape


def _company(text: str) -> str | None:
    return parse_posting(SourceText(source="fixture.txt", format="txt", text=text)).company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # A job board's Markdown page: the company is the heading under the title.
        (
            "# [Data Platform Engineer](https://jobs.example.com/apply/77)\n### Larkspur Labs\n"
            "#### `💰 ~120k`\n\nWe move data.\n",
            "Larkspur Labs",
        ),
        # A brand in lowercase on a line of its own, under a title shortened by its marker.
        ("# Cloud Engineer (f/m/d)\n### quillo\n\nWe host things.\n", "quillo"),
        # The opening sentence of the posting or of its company section.
        (
            "About the job Brightwell Systems is a maker of warehouse robots. We are growing.",
            "Brightwell Systems",
        ),
        (
            "Payroll Specialist\n\nCompany profile\nKestrel Supply Co., Inc. is the region's "
            "largest distributor of roofing.\n\nJob description\nRun payroll.\n",
            "Kestrel Supply Co., Inc.",
        ),
        (
            "Company Description\n\nVestara is the leader in shelf-edge labels.\n\n"
            "Job Description\n\nThe Project Manager runs installs.\n",
            "Vestara",
        ),
        ("At Kestrel Health, we care for 40,000 patients a year. Join us.", "Kestrel Health"),
        ("About the job We’re Quillon — a small studio building games. Apply.", "Quillon"),
        (
            "Your Job\n\nHarlow-Pine’s Engineering Group is seeking a remote Project Manager.\n",
            "Harlow-Pine",
        ),
    ],
)
def test_company_from_where_postings_name_it(text: str, company: str) -> None:
    assert _company(text) == company


@pytest.mark.parametrize(
    "text",
    [
        # A section heading under the title is no company.
        "Medical Coder\n\nCompany profile\nWe code medical bills for hospitals.\n",
        # Places before "is looking for" are no companies.
        "Our stable client located in the North Valley is looking for a Database Administrator.",
        "Our client in Washington, DC is seeking a Windows Engineer for an assignment.",
        # Pieces of sentences and glued words are no companies.
        "Full Time We are seeking a Help Desk Analyst.",
        "INTERVIEW REQUIRED. Our Boston office is hiring a Network Engineer.",
        "Currently the HR portal is fully implemented in three countries.",
    ],
)
def test_no_company_rather_than_a_wrong_one(text: str) -> None:
    assert _company(text) is None


@pytest.mark.parametrize(
    "name",
    [
        "Full Time We",
        "INTERVIEW REQUIRED. Our Boston",
        "Company profile",
        "Our Team",
        "Financial Services Client",
        "Senior Manager",
        "SAP Global Partner",
        "Technical Consultant Cognizant Technology",
        "<ORGANIZATION>",
        "SummaryWe",
        "What",
        "Analytics",
        "Centage Corporation is the world leader in automated budgeting",
        "Remote",
    ],
)
def test_company_shape_refuses_what_is_no_organisation(name: str) -> None:
    assert company_shape(name) is None


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("ABC Supply Co., Inc.", "ABC Supply Co., Inc."),
        ("Fernhill Analytics", "Fernhill Analytics"),
        ("inLumon", "inLumon"),
        ("The Judge Group", "The Judge Group"),
        ("Angi®", "Angi"),
        ("Georgia-Pacific’s Project Group", "Georgia-Pacific"),
        ("Green Street Advisors", "Green Street Advisors"),
    ],
)
def test_company_shape_keeps_organisation_names(name: str, shaped: str) -> None:
    assert company_shape(name) == shaped
