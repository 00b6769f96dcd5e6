"""Role fit, the posting's side: what job a posting is for when its title leaves it open."""

from __future__ import annotations

import pytest
from match_builders import make_posting, make_resume

from resume_kit.scoring.occupations import GENERAL_PROJECTS
from resume_kit.scoring.role_fit import occupation_fit, posting_occupations, resume_occupations

SOFTWARE = (
    "\nWe build SaaS software for banks. You will run the releases of our agile developers, keep "
    "the Jira board and the SDLC in order and report to the head of engineering."
)
BUILDING = (
    "\nWe are a mechanical contractor. You will run HVAC and electrical construction projects, "
    "manage subcontractors on the job site, check drawings and lead commissioning."
)
IT_PM_RESUME = (
    "## experience\n=== IT Project Manager | Acme | 2019-01 | Present\n"
    "• Delivered 12 software releases with agile teams.\n"
)


def _families(title: str | None, text: str = "") -> dict[str, float]:
    """The posting's reading: family -> share of the weight."""
    shares: dict[str, float] = {}
    for sighting in posting_occupations(make_posting(title, [], extra_text=text)):
        family = sighting.occupation.family
        shares[family] = shares.get(family, 0.0) + sighting.weight
    total = sum(shares.values())
    return {family: weight / total for family, weight in shares.items()}


def test_a_generic_project_title_is_it_work_only_when_the_posting_is_about_it() -> None:
    """'Project Manager' on a building site is general project management, another family than
    IT project management; the same title over software work keeps the table's reading, the
    project-delivery family."""
    building = _families("Project Manager", BUILDING)
    assert max(building, key=building.__getitem__) == GENERAL_PROJECTS
    software = posting_occupations(make_posting("Program Manager", [], extra_text=SOFTWARE))
    assert {s.occupation.code for s in software} == {"15-1299.09"}


def test_a_general_project_posting_is_a_partial_fit_for_an_it_project_manager() -> None:
    """Not zero (the craft is shared), and below the same title over IT work."""
    mine = resume_occupations(make_resume(IT_PM_RESUME))
    general = occupation_fit(
        mine, posting_occupations(make_posting("Project Manager", [], extra_text=BUILDING))
    )
    it = occupation_fit(
        mine, posting_occupations(make_posting("Project Manager", [], extra_text=SOFTWARE))
    )
    developer = occupation_fit(mine, posting_occupations(make_posting("Java Developer", [])))
    assert general is not None and it is not None and developer is not None
    assert developer < general < it


def test_the_titles_own_qualifier_outweighs_the_body() -> None:
    """'Digital Project Manager' is IT work even at a building firm; 'Asbestos Project Manager'
    is not, whatever software it plans in."""
    assert _families("Digital Project Manager", BUILDING) == {"project-delivery": 1.0}
    assert _families("Asbestos Project Manager", SOFTWARE) == {GENERAL_PROJECTS: 1.0}


def test_a_posting_that_says_nothing_of_its_work_keeps_the_tables_reading() -> None:
    assert _families("Project Manager", "\nYou will plan the work and keep the budget.") == {
        "project-delivery": 1.0
    }


def test_a_field_of_project_work_in_the_title_is_the_job_not_the_product_named_beside_it() -> None:
    """'Technical Program Management - DGX Cloud' manages programmes; 'Security Engineering TPM
    Intern' is a technical programme manager, not a security engineer."""
    assert _families("Director, Technical Program Management - DGX Cloud") == {
        "project-delivery": 1.0
    }
    assert _families("Summer 2024 - Security Engineering TPM Intern") == {"project-delivery": 1.0}
    # Any field whose manager the table knows: 'Release Management' is a release manager's.
    assert _families("Change & Release Management Associate") == {"project-delivery": 1.0}
    # Without the field, the product's word still places a title that names no job.
    assert _families("Director, DGX Cloud") == {"infrastructure": 1.0}


def test_an_untitled_posting_naming_a_project_manager_in_building_prose_is_general_work() -> None:
    text = (
        "We are a mechanical contractor with offices in three cities and a friendly crew."
        " The project manager runs HVAC construction with our subcontractors on site."
    )
    theirs = posting_occupations(make_posting(None, [], extra_text=text))
    assert theirs and all(s.in_prose for s in theirs)
    assert {s.occupation.family for s in theirs} == {GENERAL_PROJECTS}


def test_a_project_word_in_an_unknown_title_is_split_by_the_body_too() -> None:
    """'New Product Development Project Leader' names no known title; its word 'project' says
    project work, and the body says which kind."""
    assert _families("New Product Development Project Leader", BUILDING) == {GENERAL_PROJECTS: 1.0}


@pytest.mark.parametrize("title", ["Scrum Master", "IT Project Manager"])
def test_an_it_project_title_is_not_split_by_a_building_body(title: str) -> None:
    assert _families(title, BUILDING) == {"project-delivery": 1.0}


def test_pm_in_a_postings_title_is_a_project_manager_not_the_developer_named_after_it() -> None:
    """'PM with BA/Developer experience' is a project manager's job; '7 PM' is an hour."""
    shares = _families("PM with BA/Developer experience in TLM Technologies", SOFTWARE)
    assert max(shares, key=shares.__getitem__) == "project-delivery"
    assert _families("Night Nurse 7 PM shift", SOFTWARE).get("project-delivery") is None


def test_the_title_an_untitled_posting_says_it_hires_is_read_as_its_title() -> None:
    """'We are seeking a Senior Project Manager' says the job, trusted as a title; a title named
    elsewhere in the prose ('five years as a data engineer') stays prose, trusted half."""
    seeking = posting_occupations(
        make_posting(None, [], extra_text="We are seeking a Senior Project Manager." + SOFTWARE)
    )
    assert seeking and not any(s.in_prose for s in seeking)
    assert {s.occupation.family for s in seeking} == {"project-delivery"}
    asked = posting_occupations(
        make_posting(
            None,
            [],
            extra_text="We are a small shop in the north of town with a friendly team. "
            "You bring five years as a data engineer.",
        )
    )
    assert asked and all(s.in_prose for s in asked)
