"""Role fit: is the posting for the candidate's kind of role?"""

from __future__ import annotations

import pytest
from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    FRAMEWORK_YAML,
    SKILLS,
    component,
    make_posting,
    make_resume,
    score,
)

from resume_kit.model.framework import Framework
from resume_kit.scoring.frameworks import parse_framework
from resume_kit.scoring.occupations import load_occupations
from resume_kit.scoring.role_fit import occupation_fit, posting_occupations, resume_occupations
from resume_kit.scoring.tunables import ROLE_UNKNOWN

_AREAS = FRAMEWORK_YAML[FRAMEWORK_YAML.index("areas:") :]


OTHER_YAML = (
    FRAMEWORK_YAML.replace("name: test-pm", "name: test-dev")
    .replace("title_keywords: [project manager]", "title_keywords: [developer]")
    .replace(
        _AREAS,
        'areas:\n  - {id: code, name: Code, weight: 100, skills: [python, sdlc], evidence: "x"}\n',
    )
)


ROLE_YAML = FRAMEWORK_YAML.replace(
    "quantification: 10", "quantification: 0\n  role_fit: 10"
).replace("title_keywords:", "family: project-delivery\ntitle_keywords:")


@pytest.fixture(scope="module")
def role_framework() -> Framework:
    return parse_framework(ROLE_YAML, "test-pm.yaml", set(SKILLS))


@pytest.fixture(scope="module")
def dev_framework() -> Framework:
    return parse_framework(OTHER_YAML, "test-dev.yaml", set(SKILLS))


def test_unknown_occupation_scores_a_neutral_part(role_framework: Framework) -> None:
    """A resume naming no known job title is neither a fit nor a misfit: the neutral value."""
    resume = make_resume("## skills\nJira, Scrum")
    report = score(resume, make_posting("Project Manager", []), role_framework)
    fit = next(c for c in report.components if c.name == "role_fit")
    assert fit.included and fit.score == ROLE_UNKNOWN
    assert report.role_fit.title_score is None and "neutral" in fit.explanation
    assert round(sum(c.contribution for c in report.components), 1) == report.blend


def test_posting_of_your_role_fits_better_than_another_role(
    role_framework: Framework, dev_framework: Framework
) -> None:
    resume = make_resume(BASE_RESUME)
    mine = (role_framework, "your title")
    same = score(
        resume,
        make_posting("Project Manager", BASE_POSTING_REQS),
        role_framework,
        your_role=mine,
        posting_role=(role_framework, "their title"),
    )
    # Another role that asks for skills the resume also shows (a developer posting asking for
    # Jira and Scrum): requirements are met alike, role fit tells them apart.
    other = score(
        resume,
        make_posting("Python Developer", [("python", "required", 3), *BASE_POSTING_REQS]),
        role_framework,
        your_role=mine,
        posting_role=(dev_framework, "their title"),
    )
    # Same family throughout (the summary's "IT project manager" is O*NET's IT PM occupation, the
    # titles project management specialists): near 1; a developer posting: 0.
    assert same.role_fit.title_score is not None and same.role_fit.title_score >= 0.9
    assert other.role_fit.title_score == 0.0
    assert same.role_fit.your_family == same.role_fit.posting_family == "project-delivery"
    assert other.role_fit.posting_family == "software"
    assert same.role_fit.outside == ["PMP"]  # the test framework's areas leave it out
    assert same.role_fit.skill_share is not None and other.role_fit.skill_share is not None
    assert other.role_fit.skill_share < same.role_fit.skill_share
    assert "Python" in other.role_fit.outside
    assert component(other, "role_fit") < component(same, "role_fit")
    assert other.overall < same.overall
    fit = next(c for c in other.components if c.name == "role_fit")
    assert "another kind of role" in fit.explanation and "outside it: Python" in fit.explanation


def test_pm_resume_against_developer_posting_is_a_poor_fit_whatever_the_overlap(
    role_framework: Framework,
) -> None:
    """A developer posting asking for exactly the PM's skills: role fit stays low."""
    resume = make_resume(BASE_RESUME)
    dev = score(resume, make_posting("Software Developer", BASE_POSTING_REQS), role_framework)
    pm = score(resume, make_posting("IT Project Manager", BASE_POSTING_REQS), role_framework)
    assert component(dev, "requirements") == component(pm, "requirements")
    assert dev.role_fit.title_score == 0.0
    assert component(dev, "role_fit") < 0.3 < 0.8 < component(pm, "role_fit")
    assert dev.overall < pm.overall - 5


def test_neighbouring_family_gets_part_of_the_credit(role_framework: Framework) -> None:
    """A business analyst posting for a project manager: a neighbouring family, half credit."""
    table = load_occupations()
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Business Analyst", BASE_POSTING_REQS),
        role_framework,
    )
    assert report.role_fit.posting_family == "business-analysis"
    assert (
        report.role_fit.title_score
        == table.near[frozenset(("project-delivery", "business-analysis"))]
    )


def test_latest_role_counts_more_than_an_earlier_one(role_framework: Framework) -> None:
    """A developer who became a project manager fits a PM posting better than a developer one."""
    resume = make_resume(
        """
## experience
=== Project Manager | Acme | 2020-01 | Present
• Ran delivery for 12 engineers.
=== Software Developer | Beta | 2012-01 | 2019-12
• Built the billing service.
"""
    )
    pm = score(resume, make_posting("Project Manager", []), role_framework)
    dev = score(resume, make_posting("Software Developer", []), role_framework)
    assert 0 < dev.role_fit.title_score < pm.role_fit.title_score < 1  # type: ignore[operator]
    assert pm.role_fit.your_occupation_basis == "your latest role 'project manager'"


def test_role_fit_weighs_title_and_skills_as_the_framework_says(
    role_framework: Framework, dev_framework: Framework
) -> None:
    """A posting of your role asking for skills outside your framework, against another role's
    posting asking for your framework's skills: the title decides as shipped (2 : 1), the skills
    when a framework file says they alone count."""
    resume = make_resume(BASE_RESUME)

    def fits(framework: Framework) -> tuple[float, float]:
        mine = (framework, "your title")
        same = score(
            resume,
            make_posting("Project Manager", [("python", "required", 3)]),
            framework,
            your_role=mine,
            posting_role=(framework, "their title"),
        )
        other = score(
            resume,
            make_posting("Python Developer", BASE_POSTING_REQS),
            framework,
            your_role=mine,
            posting_role=(dev_framework, "their title"),
        )
        return component(same, "role_fit"), component(other, "role_fit")

    same, other = fits(role_framework)
    assert same > other
    skills_only = parse_framework(
        ROLE_YAML + "role_fit: {title: 0, skills: 1}\n", "test-pm.yaml", set(SKILLS)
    )
    same, other = fits(skills_only)
    assert same < other


def test_a_framework_of_no_role_family_leaves_the_skills_part_neutral(
    role_framework: Framework,
) -> None:
    """The generic framework (also what a nurse's or a data analyst's title falls back to) says
    no kind of job: between two such roles a posting asking for its skills and one asking for
    none of them fit the same, at the neutral prior; a framework of a role family on either side
    tells them apart."""
    generic = parse_framework(
        ROLE_YAML.replace("family: project-delivery\n", ""), "test-generic.yaml", set(SKILLS)
    )
    resume = make_resume(BASE_RESUME)

    def skills_part(
        framework: Framework,
        requirements: list[tuple[str, str, int]],
        theirs: Framework | None = None,
    ) -> float:
        report = score(
            resume,
            make_posting("Project Manager", requirements),
            framework,
            your_role=(framework, "your title"),
            posting_role=None if theirs is None else (theirs, "their title"),
        )
        assert report.role_fit.skill_score is not None
        return report.role_fit.skill_score

    inside = BASE_POSTING_REQS
    outside = [("python", "required", 3)]
    assert skills_part(role_framework, inside) > skills_part(role_framework, outside)
    neutral = generic.posting_prior.score
    assert skills_part(generic, inside) == skills_part(generic, outside) == neutral
    assert skills_part(generic, inside, generic) == neutral
    assert skills_part(generic, inside, role_framework) > skills_part(
        generic, outside, role_framework
    )
    report = score(
        resume, make_posting("Project Manager", inside), generic, your_role=(generic, "t")
    )
    assert "neutral" in next(c for c in report.components if c.name == "role_fit").explanation


def test_untitled_posting_without_known_titles_is_neutral_on_occupation(
    role_framework: Framework,
) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting(None, BASE_POSTING_REQS),
        role_framework,
        your_role=(role_framework, "your title"),
    )
    assert report.role_fit.title_score is None
    skills = report.role_fit.skill_score
    assert skills is not None
    weights = role_framework.role_fit
    expected = (weights.title * ROLE_UNKNOWN + weights.skills * skills) / (
        weights.title + weights.skills
    )
    assert component(report, "role_fit") == round(expected, 3)


def test_latest_title_is_the_current_role() -> None:
    from resume_kit.scoring.role_fit import latest_title

    assert latest_title(make_resume(BASE_RESUME), "2024-06") == "Senior Project Manager"


def _families(title: str) -> dict[str, float]:
    """The posting title's reading: family -> share of the weight."""
    shares: dict[str, float] = {}
    for sighting in posting_occupations(make_posting(title, [])):
        family = sighting.occupation.family
        shares[family] = shares.get(family, 0.0) + sighting.weight
    return shares


def test_a_title_is_the_job_its_head_names() -> None:
    """The last title named is the job ('Solutions Architect Project Manager' manages projects);
    alternatives split by '/' weigh alike; a later part of the title weighs less."""
    head = _families("Solutions Architect Project Manager")
    assert max(head, key=head.__getitem__) == "project-delivery"
    assert head["project-delivery"] == pytest.approx(2 * head["infrastructure"])
    both = _families("Project Manager / Java Developer")
    assert both["project-delivery"] == pytest.approx(both["software"])
    later = _families("Project Manager - Java Developer")
    assert later["project-delivery"] == pytest.approx(2 * later["software"])
    assert sum(later.values()) == pytest.approx(1.0)


def test_a_modifier_that_names_a_family_says_what_kind_of_developer() -> None:
    """'BI Developer' builds reports and data models: mostly data, partly software."""
    bi = _families("BI Developer")
    assert bi["data"] == pytest.approx(2 / 3) and bi["software"] == pytest.approx(1 / 3)
    # A known title of its own is read as itself.
    assert _families("Java Developer") == {"software": pytest.approx(1.0)}


def test_an_evenly_filed_title_gives_a_middle_fit_not_a_guess() -> None:
    """'IT Specialist' is support or systems work: against a support posting it fits half-way
    between the same occupation and another family."""
    mine = posting_occupations(make_posting("IT Specialist", []))
    support = posting_occupations(make_posting("Help Desk Technician", []))
    developer = posting_occupations(make_posting("Java Developer", []))
    same = occupation_fit(support, support)
    half = occupation_fit(mine, support)
    other = occupation_fit(developer, support)
    assert same is not None and half is not None and other is not None
    assert other < half < same


def test_an_untitled_posting_is_not_read_from_one_word_titles_in_its_prose() -> None:
    """'Monitor the schedule' names no job; 'a data manager' in the text does (trusted half)."""
    verb = make_posting(None, [], extra_text="Monitor the schedule and report to Hunter.")
    assert posting_occupations(verb) == []
    named = make_posting(
        None,
        [],
        extra_text="We are a small clinic in the north of town with a friendly team and "
        "we seek a data manager.",
    )
    (sighting,) = posting_occupations(named)
    assert sighting.in_prose and sighting.occupation.family == "data"
    # A one-word computing title is the job even in prose: 'developer' is no verb or tool.
    developer = make_posting(
        None,
        [],
        extra_text="We are a small clinic in the north of town with a friendly team and "
        "we seek a developer.",
    )
    assert {s.occupation.family for s in posting_occupations(developer)} == {"software"}


def test_a_modifier_moves_only_a_computing_head() -> None:
    """'Applications Physician' is a physician whatever 'applications' says of IT titles."""
    assert set(_families("Applications Physician")) == {"healthcare"}


def test_an_unknown_title_outside_computing_is_placed_by_its_words() -> None:
    """'VP of Sales' names no O*NET title the table keeps, but 'sales' says its family."""
    assert set(_families("VP of Sales - Example Co")) == {"sales-marketing"}
    # A non-computing word does not move a developer: 'Front Office Developer' writes software.
    assert set(_families("Front Office Developer")) == {"software"}


def test_a_headline_counts_beside_the_roles() -> None:
    """What the candidate says they are ('IT project manager' on top) counts with the roles."""
    resume = make_resume(
        "## summary\nIT project manager.\n## experience\n"
        "=== Business Analyst | Acme | 2019-01 | Present\n• Wrote 40 user stories.\n"
    )
    shares: dict[str, float] = {}
    for sighting in resume_occupations(resume):
        shares[sighting.occupation.family] = shares.get(sighting.occupation.family, 0.0) + (
            sighting.weight
        )
    assert shares["business-analysis"] > 0 and shares["project-delivery"] > 0


def test_the_report_names_both_readings_of_an_evenly_filed_title(
    role_framework: Framework,
) -> None:
    """The explanation does not hide that 'IT Specialist' could be either job."""
    report = score(make_resume(BASE_RESUME), make_posting("IT Specialist", []), role_framework)
    fit = next(c for c in report.components if c.name == "role_fit")
    assert " or " in fit.explanation and "Support Specialists" in fit.explanation


def test_an_employer_glued_after_a_title_is_not_read_as_the_job() -> None:
    """A resume title with the employer run on ("PMO & Applications Manager Physician Partners
    of America") is a PMO role, not a physician's; a title's own head before a word or two
    ("ICU Nurse Night Shift") and a name standing alone are still read."""
    resume = make_resume(
        "## experience\n=== PMO & Applications Manager Physician Partners of America | "
        "Acme | 2019-01 | Present\n• Ran the portfolio of application projects.\n"
    )
    families = {s.occupation.family for s in resume_occupations(resume) if "role" in s.where}
    assert families == {"project-delivery"}
    assert _families("ICU Nurse Night Shift") == {"healthcare": pytest.approx(1.0)}
    assert _families("Physician Partners of America") == {"healthcare": pytest.approx(1.0)}


def test_a_title_naming_no_known_job_is_read_from_the_text_as_prose() -> None:
    """A posting titled "Director" (no O*NET title, no family word) that names a data engineer
    further on reads as one, trusted as prose: its fit to a data engineer is above neutral, but
    only half as far as the same title would give."""
    text = (
        "\nWe are a growing retail company with offices in three cities and a friendly team."
        " As our data engineer you report to the chief operating officer."
    )
    posting = make_posting("Director", [], extra_text=text)
    theirs = posting_occupations(posting)
    assert theirs and all(s.in_prose for s in theirs)
    resume = make_resume("## experience\n=== Data Engineer | Acme | 2019-01 | Present\n• Built.")
    mine = resume_occupations(resume)
    fit = occupation_fit(mine, theirs)
    titled = occupation_fit(mine, posting_occupations(make_posting("Data Engineer", [])))
    assert fit is not None and titled is not None
    assert ROLE_UNKNOWN < fit < titled
