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
    """'New Product Development Project Leader' is a project lead (the generic title the table
    files under project delivery), and the body says which kind of project work."""
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


def test_a_title_in_brackets_names_the_job_as_much_as_the_title_before_it() -> None:
    """'Infrastructure Engineer (Scrum Master)' is both jobs, as 'Infrastructure Engineer /
    Scrum Master' is; a title after a comma stays a detail of the first, weighing less."""
    bracketed = _families("Infrastructure Engineer (Scrum Master)")
    assert bracketed["project-delivery"] == pytest.approx(0.5)
    slashed = _families("Infrastructure Engineer / Scrum Master")
    assert slashed["project-delivery"] == pytest.approx(bracketed["project-delivery"])
    after_comma = _families("Infrastructure Engineer, Scrum Master")
    assert after_comma["project-delivery"] < 0.5


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Project Lead", "project manager"),
        ("Senior Project Leader", "project manager"),
        ("IT Project Lead", "it project manager"),
    ],
)
def test_lead_at_the_end_of_a_title_is_its_head_not_a_level(title: str, phrase: str) -> None:
    """'Project Lead(er)' is the generic project manager of the table (project delivery here: its
    generic title is split by the body's line of work), an 'IT Project Lead' its IT project manager;
    'Lead Developer' is still a developer."""
    theirs = posting_occupations(make_posting(title, [], extra_text=SOFTWARE))
    assert {s.phrase for s in theirs} == {phrase}
    assert _families(title, SOFTWARE) == {"project-delivery": 1.0}
    assert _families("Lead Developer") == {"software": 1.0}


def test_an_untitled_posting_asking_for_a_pm_reads_as_a_project_manager() -> None:
    """'3+ years of experience as a PM' in an untitled posting names the job (in prose); a
    product's initials named bare ('use EM and PM') do not."""
    asked = posting_occupations(
        make_posting(None, [], extra_text="- 3+ years of experience as a PM." + SOFTWARE)
    )
    assert asked and all(s.in_prose for s in asked)
    assert {s.phrase for s in asked} == {"project manager"}
    product = "You will help our customers set up and use EM and PM in their offices every day."
    assert posting_occupations(make_posting(None, [], extra_text=product)) == []


def test_an_untitled_posting_naming_its_field_twice_reads_as_the_fields_manager() -> None:
    """No title anywhere, but the text speaks of 'project management' again and again: the
    job is a project manager's (in prose); a field named once is a skill asked for."""
    text = (
        "You will run project management for our SaaS software releases with agile "
        "developers.\nProject Management certification required."
    )
    theirs = posting_occupations(make_posting(None, [], extra_text=text))
    assert theirs and all(s.in_prose for s in theirs)
    assert {s.occupation.family for s in theirs} == {"project-delivery"}
    once = "You will write software for our SaaS releases.\nSome change management knowledge."
    assert posting_occupations(make_posting(None, [], extra_text=once)) == []
    # Two fields of one kind of work ("programme and project management") name it twice.
    both = "You bring your skills in programme and project management to our SaaS software work."
    theirs = posting_occupations(make_posting(None, [], extra_text=both))
    assert {s.phrase for s in theirs} == {"programme manager", "project manager"}


def test_words_a_flattened_list_glued_together_are_read_apart() -> None:
    """'Degree requiredProject Management certification...': the field is still found."""
    text = (
        "Our SaaS software team ships weekly.\nDegree requiredProject Management "
        "certification requiredProject Management experience with agile developers."
    )
    theirs = posting_occupations(make_posting(None, [], extra_text=text))
    assert {s.phrase for s in theirs} == {"project manager"}


def test_an_it_firms_blurb_does_not_make_a_building_project_job_it_work() -> None:
    """A 'Company profile' full of software words above a job about construction: the job's
    own words decide, so 'Project Coordinator' reads as general project work."""
    blurb = (
        "\nCompany profile\nWe are an engineering and information technology company: SaaS "
        "software, cloud platforms, web and mobile apps, data analytics and digital services "
        "for agencies.\n\nJob description\n"
    )
    job = (
        "You will coordinate HVAC and electrical construction projects, track subcontractors "
        "and drawings on the job site and support commissioning of each building."
    )
    assert _families("Project Coordinator", blurb + job) == {GENERAL_PROJECTS: 1.0}


def test_the_colleagues_an_untitled_posting_names_are_not_its_job() -> None:
    """'Collaborate with the Product Owner and Project Manager', 'supports project managers':
    the people the job works with; a title named plainly is still read."""
    opening = "We are a friendly company in the north of town with offices in three cities. "
    for text in (
        "You will elicit requirements and collaborate with Product Owner(s) and Project Manager "
        "on release planning.",
        "The coordinator supports project managers with schedules and status reports.",
    ):
        assert posting_occupations(make_posting(None, [], extra_text=opening + text)) == []
    plain = opening + "The project manager will own release planning and status reports."
    assert {s.phrase for s in posting_occupations(make_posting(None, [], extra_text=plain))} == {
        "project manager"
    }


@pytest.mark.parametrize(
    ("title", "phrase"),
    [("Delivery Lead", "delivery manager"), ("Senior Programme Lead", "programme manager")],
)
def test_a_project_deliverys_lead_is_its_manager(title: str, phrase: str) -> None:
    """A delivery or programme lead is its manager; a lead of other work the table does not
    file as project delivery ('Security Lead') is not made a manager."""
    theirs = posting_occupations(make_posting(title, [], extra_text=SOFTWARE))
    assert {s.phrase for s in theirs} == {phrase}
    assert _families(title, SOFTWARE) == {"project-delivery": 1.0}
    assert "project-delivery" not in _families("Security Lead")
