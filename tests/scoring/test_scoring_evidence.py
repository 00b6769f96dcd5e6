"""Evidence: where a skill is shown decides how strongly it counts."""

from __future__ import annotations

from match_builders import (
    BASE_RESUME,
    component,
    make_posting,
    make_resume,
    requirement,
    score,
)

from resume_kit.model.framework import Framework


def test_skill_in_a_bullet_is_stronger_than_in_the_skills_list(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("jira", "required", 1)])
    listed = score(make_resume(BASE_RESUME), posting, framework)
    shown = score(
        make_resume(
            BASE_RESUME.replace("Jira, Kanban", "Kanban").replace(
                "• Reported weekly", "• Tracked 40 epics in Jira; reported weekly"
            )
        ),
        posting,
        framework,
    )
    assert requirement(listed, "jira").status == requirement(shown, "jira").status == "met"
    assert component(shown, "evidence") > component(listed, "evidence")
    assert requirement(listed, "jira").suggestion == (
        "Jira appears only in your Skills list; show it in a bullet with a result."
    )
    best = requirement(shown, "jira").evidence[0]
    assert best.role_title == "Senior Project Manager" and best.employer == "Acme"
    assert best.section == "experience"


def test_bullet_with_a_metric_is_stronger(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("stakeholder-communication", "required", 1)])
    plain = score(make_resume(BASE_RESUME), posting, framework)
    quantified = score(
        make_resume(BASE_RESUME.replace("every stakeholder.", "every stakeholder; 95% satisfied.")),
        posting,
        framework,
    )
    assert not requirement(plain, "stakeholder-communication").evidence[0].has_metric
    assert requirement(quantified, "stakeholder-communication").evidence[0].has_metric
    assert component(quantified, "evidence") > component(plain, "evidence")


def test_recent_role_is_stronger_than_an_old_one(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("ms-project", "required", 1)])
    old = score(make_resume(BASE_RESUME), posting, framework)
    recent = score(
        make_resume(
            BASE_RESUME.replace("• Kept MS Project schedules", "• Kept schedules").replace(
                "• Reported weekly", "• Planned in MS Project; reported weekly"
            )
        ),
        posting,
        framework,
    )
    assert component(recent, "evidence") > component(old, "evidence")
    assert "older role" in (requirement(old, "ms-project").suggestion or "")
