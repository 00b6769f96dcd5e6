"""Suggestions: what to change, in words the reader can act on."""

from __future__ import annotations

from match_builders import (
    BASE_RESUME,
    make_posting,
    make_resume,
    requirement,
    score,
)

from resume_kit.model.framework import Framework


def test_a_missing_certification_is_suggested_only_if_held(framework: Framework) -> None:
    resume = make_resume(
        BASE_RESUME.replace("PMP", "").replace("Project Management Professional", "")
    )
    report = score(resume, make_posting("Project Manager", [("pmp", "required", 1)]), framework)
    match = requirement(report, "pmp")
    assert match.status == "missing"
    assert match.suggestion == (
        "The posting asks for PMP (required); your resume does not list it. If you hold it, add "
        "it to your certifications with the year you earned it; if not, it is a gap to speak to."
    )


def test_missing_requirement_suggestion_is_concrete(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME.replace("Jira, Kanban", "Jira"))
    posting = make_posting("Project Manager", [("kanban", "required", 2), ("scrum", "required", 1)])
    report = score(resume, posting, framework)
    match = requirement(report, "kanban")
    assert match.status == "missing"
    assert match.suggestion == (
        "The posting asks for Kanban twice (required); your resume never mentions it. If you "
        "have used it, add it to the bullet where you did."
    )
    assert report.suggestions[0].skill == "kanban"  # the biggest gap comes first


def test_only_a_bullet_is_asked_for_a_number(framework: Framework) -> None:
    """A skill shown in a bullet without a number gets "add the result"; one shown by the role's
    own heading does not (there is no bullet to add it to)."""
    posting = make_posting("Project Manager", [("jira", "required", 1)])
    in_bullet = score(
        make_resume(
            "## experience\n=== Project Manager | Acme | 2019-01 | Present\n"
            "• Configured Jira boards for the delivery teams.\n"
        ),
        posting,
        framework,
    )
    in_heading = score(
        make_resume(
            "## experience\n=== Jira Administrator | Acme | 2019-01 | Present\n"
            "• Ran the service desk for 300 users.\n"
        ),
        posting,
        framework,
    )
    assert "bullet without a number" in (requirement(in_bullet, "jira").suggestion or "")
    assert requirement(in_heading, "jira").status == "met"
    assert "bullet without a number" not in (requirement(in_heading, "jira").suggestion or "")
