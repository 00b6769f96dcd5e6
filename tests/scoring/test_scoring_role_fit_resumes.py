"""Role fit, the resume side: what a resume's titles, headline, summary and bullets read as."""

from __future__ import annotations

from match_builders import make_resume

from resume_kit.model.dates import month_index
from resume_kit.scoring.occupations import GENERAL_PROJECTS, load_occupations
from resume_kit.scoring.role_fit import resume_occupations

_PM_BULLETS = (
    "• Led the EHR implementation project for 3 hospitals, on budget and on schedule.\n"
    "• Set up the project management office and its steering committee.\n"
    "• Ran the programme roadmap with stakeholders across 4 projects.\n"
)
_DEV_BULLETS = (
    "• Wrote the billing service in Java and moved it to Kubernetes.\n"
    "• Cut page load time by 40% with a cache in front of the catalogue API.\n"
    "• Reviewed code for a team of 6 engineers.\n"
)


def _families(resume_text: str, where: str = "") -> dict[str, float]:
    """The resume's reading (of sightings whose place names ``where``): family -> share.

    A ``## summary`` section's text is the resume's summary, as the structure stage finds it.
    """
    resume = make_resume(resume_text)
    if "## summary\n" in resume_text:
        summary = resume_text.split("## summary\n", 1)[1].split("\n", 1)[0]
        resume = resume.model_copy(update={"summary": summary})
    shares: dict[str, float] = {}
    for sighting in resume_occupations(resume, month_index("2024-06")):
        if where not in sighting.where:
            continue
        family = sighting.occupation.family
        shares[family] = shares.get(family, 0.0) + sighting.weight
    total = sum(shares.values())
    return {family: weight / total for family, weight in shares.items()}


def test_titles_naming_no_occupation_are_read_by_their_bullets() -> None:
    """'Principal' and 'Consultant' say no job: bullets dense with projects, budgets and
    stakeholders read as project delivery; a developer's bullets under the same titles are no
    project reading (nothing is made up from them); and beside a title that names a job the
    bullets, weaker evidence, are not read."""
    pm = _families(
        "## experience\n=== Principal | Acme Consulting | 2019-01 | Present\n"
        + _PM_BULLETS
        + "=== Consultant | Beta | 2015-01 | 2018-12\n"
        + _PM_BULLETS
    )
    assert pm == {"project-delivery": 1.0}
    dev = _families(
        "## experience\n=== Principal | Acme Consulting | 2019-01 | Present\n" + _DEV_BULLETS
    )
    assert "project-delivery" not in dev
    titled = _families(
        "## experience\n=== Principal | Acme Consulting | 2019-01 | Present\n"
        + _PM_BULLETS
        + "=== Java Developer | Beta | 2015-01 | 2018-12\n"
        + _DEV_BULLETS
    )
    assert titled == {"software": 1.0}


def test_titles_joined_or_glued_are_each_read() -> None:
    """'Portfolio Manager & Delivery Lead' is also a delivery lead (a project title by its
    word), and 'Practice Manager Project Delivery Lead' is mostly the project title glued after
    the first; 'Research and Development Engineer' is not split."""
    joined = _families(
        "## experience\n=== Portfolio Manager & Delivery Lead | Acme | 2019-01 | Present\n• Ran.",
        "role",
    )
    assert joined["project-delivery"] > 0 and joined["finance"] > 0
    glued = _families(
        "## experience\n=== Practice Manager Project Delivery Lead | Acme | 2019-01 | Present\n"
        "• Ran.",
        "role",
    )
    assert glued["project-delivery"] > 0.5
    whole = _families(
        "## experience\n=== Research and Development Engineer | Acme | 2019-01 | Present\n• Made.",
        "role",
    )
    assert "project-delivery" not in whole


def test_a_summary_without_a_headline_says_what_the_candidate_is() -> None:
    """No headline, roles that name no job: the summary's opening words ('Delivery leader
    with ...') decide; a hyphenated description ('Detail-oriented professional') names no
    field."""
    delivery = _families(
        "## summary\nDelivery leader with 20 years of leading software teams.\n"
        "## experience\n=== Director | Acme | 2019-01 | Present\n• Grew the team."
    )
    assert delivery == {"project-delivery": 1.0}
    described = _families(
        "## summary\nDetail-oriented professional with broad experience.\n"
        "## experience\n=== Director | Acme | 2019-01 | Present\n• Grew the team."
    )
    assert described == {}


def test_a_lowercase_first_line_is_no_headline() -> None:
    """Markup left above a resume ("the default layout is 'page'") is not read as a title."""
    families = _families(
        "the default layout is 'page'\n## experience\n"
        "=== Project Manager | Acme | 2019-01 | Present\n• Ran the software release projects."
    )
    assert "software" not in families


def test_a_generic_project_title_follows_the_resume_line_of_work() -> None:
    """A resume's 'Project Manager' is IT project management as far as its work is IT: on
    building sites it reads mostly as general project management, in software as project
    delivery."""
    building = _families(
        "## experience\n=== Project Manager | Acme Builders | 2015-01 | Present\n"
        "• Ran construction of 4 hospital buildings with 30 subcontractors.\n"
        "• Managed HVAC, electrical and plumbing contractors on the job site.\n"
    )
    assert max(building, key=building.__getitem__) == GENERAL_PROJECTS
    software = _families(
        "## experience\n=== Project Manager | Acme Soft | 2015-01 | Present\n"
        "• Ran agile software releases for the cloud platform with 3 scrum teams.\n"
    )
    assert max(software, key=software.__getitem__) == "project-delivery"


def test_the_table_holds_the_general_project_family() -> None:
    """The general project family, its occupation and its nearness to project delivery come
    from the shipped table; 'Service Delivery Manager' runs IT services, no transport depot."""
    table = load_occupations()
    general = table.general_projects
    assert general is not None and general.family == GENERAL_PROJECTS
    assert general.code == "13-1082.00"
    (delivery,) = table.titles["project manager"]
    assert table.similarity(general, delivery) == 0.5
    assert {o.family for o in table.titles["service delivery manager"]} == {"it-management"}
