"""A posting's words about the employer, its perks and its people are not requirements."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from resume_kit.nlp.company_context import company_regions, speaks_to_reader

IdsOf = Callable[[str], set[str]]


@pytest.fixture(scope="module")
def ids_of() -> IdsOf:
    from resume_kit.nlp.pipeline import build_nlp

    nlp = build_nlp()

    def ids(text: str) -> set[str]:
        doc = nlp(text)  # kept in scope: its spans die with it
        return {span.id_ for span in doc.spans["skills"]}

    return ids


ABOUT_THEN_ASKS = (
    "About us\n"
    "Northwind Freight is a logistics company whose platform runs on Kubernetes.\n"
    "\n"
    "Requirements\n"
    "- 3+ years of Python\n"
)


def test_a_skill_in_the_about_us_paragraph_is_dropped_and_the_asks_kept(ids_of: IdsOf) -> None:
    found = ids_of(ABOUT_THEN_ASKS)
    assert "python" in found
    assert "kubernetes" not in found
    assert "logistics" not in found


def test_a_skill_asked_for_after_the_about_us_paragraph_is_kept(ids_of: IdsOf) -> None:
    assert "kubernetes" in ids_of(ABOUT_THEN_ASKS + "- Kubernetes in production\n")


def test_a_perk_is_not_a_requirement(ids_of: IdsOf) -> None:
    text = (
        "What we offer\n- Free German lessons\n- Quarterly hackathons\n\n"
        "Requirements\n- Fluent English\n"
    )
    found = ids_of(text)
    assert "lang-german" not in found
    assert "lang-english" in found


def test_inline_headings_of_a_flattened_posting_bound_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "Senior Engineer Date posted: 2024 Company description: Northwind builds payroll software "
        "for the banking sector. Job description: Write Java services and review code."
    )
    found = ids_of(text)
    assert "java" in found
    assert "finance" not in found


def test_a_title_case_job_heading_without_colon_ends_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "Company Description: Northwind makes trains. Job Overview This is a hands-on role "
        "building Rust services."
    )
    assert "rust" in ids_of(text)


def test_a_plain_ask_inside_the_company_paragraph_is_kept(ids_of: IdsOf) -> None:
    assert "terraform" in ids_of(
        "About us\nWe are a small team. Experience with Terraform is a plus.\n"
    )


def test_company_regions_run_from_the_heading_to_the_next_one() -> None:
    text = "About us\nWe sell boats.\nResponsibilities\nSail.\n"
    ((start, end),) = company_regions(text)
    assert text[start:end].strip() == "We sell boats."
    assert company_regions("About me\nI like boats.\n") == []  # a resume's "About me" is no company


def test_the_company_describing_itself_is_no_requirement(ids_of: IdsOf) -> None:
    found = ids_of(
        "Northwind is a leading provider of banking software. You will build APIs in Go."
    )
    assert "finance" not in found
    assert "go" in found


def test_a_we_sentence_naming_the_stack_is_kept(ids_of: IdsOf) -> None:
    assert "kafka" in ids_of("We are a fintech startup and we use Kafka for every event.")


def test_a_resume_line_with_leader_in_keeps_its_skill(ids_of: IdsOf) -> None:
    # "leader in" counts as self-description only in a sentence with "we" / "our".
    assert "data-analysis" in ids_of("Recognised as a leader in data analytics at Contoso.")


def test_colleagues_are_not_asked_for_but_a_resume_team_shows_the_skill(ids_of: IdsOf) -> None:
    assert "devops" not in ids_of("You will collaborate with our DevOps engineers.")
    assert "devops" in ids_of("Led a team of five DevOps engineers.")
    # A skills list that lost its commas: "Team leader" is the next item, not a team.
    skills = "Skills\nProject management Requirements gathering Team leader Strategic planning"
    assert "requirements-gathering" in ids_of(skills)


def test_a_role_one_works_with_is_no_skill_but_a_product_named_manager_is(ids_of: IdsOf) -> None:
    assert "business-analysis" not in ids_of("Work closely with business analysts.")
    assert "enterprise-manager" in ids_of("Experience with Oracle Enterprise Manager and RMAN.")


def test_the_industry_a_company_works_in_is_asked_for_only_as_experience(ids_of: IdsOf) -> None:
    assert "fintech" not in ids_of("Join us to transform the financial services industry.")
    assert "fintech" in ids_of("You have experience in the financial services industry.")
    assert "automotive" in ids_of("Provided client support to the automotive sector.")


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("You will own the build pipeline.", True),
        ("Experience with Kafka is required.", True),
        ("Our offices overlook the river.", False),
    ],
)
def test_speaks_to_reader(sentence: str, speaks: bool) -> None:
    assert speaks_to_reader(sentence) is speaks


def test_markdown_bold_headings_end_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "**Who We Are:**\n\nWe're a fast-growing staffing company.\n\n"
        "**Qualifications:**\n\n  * CI/CD tools such as Jenkins and TeamCity\n"
    )
    assert "jenkins" in ids_of(text)


def test_a_heading_in_capitals_or_markdown_ends_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "**ABOUT US**\n\nNorthwind is a shipping company.\n\n**DESIRED SKILLS**\n\n"
        "  * Day-to-day use of Jira and Confluence.\n"
    )
    assert {"jira", "confluence"} <= ids_of(text)
