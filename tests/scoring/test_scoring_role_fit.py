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

_AREAS = FRAMEWORK_YAML[FRAMEWORK_YAML.index("areas:") :]


OTHER_YAML = (
    FRAMEWORK_YAML.replace("name: test-pm", "name: test-dev")
    .replace("title_keywords: [project manager]", "title_keywords: [developer]")
    .replace(
        _AREAS,
        'areas:\n  - {id: code, name: Code, weight: 100, skills: [python, sdlc], evidence: "x"}\n',
    )
)


ROLE_YAML = FRAMEWORK_YAML.replace("quantification: 10", "quantification: 0\n  role_fit: 10")


@pytest.fixture(scope="module")
def role_framework() -> Framework:
    return parse_framework(ROLE_YAML, "test-pm.yaml", set(SKILLS))


@pytest.fixture(scope="module")
def dev_framework() -> Framework:
    return parse_framework(OTHER_YAML, "test-dev.yaml", set(SKILLS))


def test_role_fit_is_left_out_without_your_role(role_framework: Framework) -> None:
    report = score(make_resume(BASE_RESUME), make_posting("Project Manager", []), role_framework)
    fit = next(c for c in report.components if c.name == "role_fit")
    assert not fit.included and "no job title" in fit.explanation
    assert round(sum(c.contribution for c in report.components), 1) == report.overall


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
    assert same.role_fit.title_score == 1.0 and other.role_fit.title_score == 0.0
    assert same.role_fit.outside == ["PMP"]  # the test framework's areas leave it out
    assert same.role_fit.skill_share is not None and other.role_fit.skill_share is not None
    assert other.role_fit.skill_share < same.role_fit.skill_share
    assert "Python" in other.role_fit.outside
    assert component(other, "role_fit") < component(same, "role_fit")
    assert other.overall < same.overall
    fit = next(c for c in other.components if c.name == "role_fit")
    assert "another role" in fit.explanation and "outside it: Python" in fit.explanation


def test_neighbouring_role_gets_part_of_the_title_credit(role_framework: Framework) -> None:
    family = role_framework.model_copy(update={"family": "delivery"})
    neighbour = family.model_copy(update={"name": "test-scrum"})
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Scrum Master", BASE_POSTING_REQS),
        family,
        your_role=(family, "your title"),
        posting_role=(neighbour, "their title"),
    )
    assert report.role_fit.title_score == 0.5


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


def test_untitled_posting_rests_role_fit_on_skills(role_framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting(None, BASE_POSTING_REQS),
        role_framework,
        your_role=(role_framework, "your title"),
    )
    assert report.role_fit.title_score is None
    assert component(report, "role_fit") == report.role_fit.skill_score


def test_latest_title_is_the_current_role() -> None:
    from resume_kit.scoring.role_fit import latest_title

    assert latest_title(make_resume(BASE_RESUME), "2024-06") == "Senior Project Manager"
