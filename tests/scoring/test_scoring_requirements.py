"""Requirements: how each skill asked for is weighed and answered."""

from __future__ import annotations

from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    component,
    make_posting,
    make_resume,
    requirement,
    score,
)

from resume_kit.model.framework import Framework
from resume_kit.model.report import MatchReport
from resume_kit.scoring.match import score_match


def test_adding_a_required_skill_raises_the_score(framework: Framework, base: MatchReport) -> None:
    resume = make_resume(
        BASE_RESUME.replace("• Reported weekly", "• Kept the budget on track; reported weekly")
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS), framework)
    assert requirement(base, "budget-management").status == "missing"
    assert requirement(report, "budget-management").status == "met"
    assert component(report, "requirements") > component(base, "requirements")
    assert report.overall > base.overall


def test_required_weighs_more_than_preferred_and_repeats_and_title_add(
    framework: Framework,
) -> None:
    posting = make_posting(
        "Scrum Project Manager",
        [("scrum", "required", 3), ("jira", "preferred", 1), ("kanban", "mentioned", 1)],
    )
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert requirement(report, "scrum").weight > requirement(report, "jira").weight
    assert requirement(report, "jira").weight > requirement(report, "kanban").weight
    assert requirement(report, "scrum").in_title
    plain = make_posting("Project Manager", [("scrum", "required", 1)])
    assert (
        requirement(report, "scrum").weight
        > requirement(score(make_resume(BASE_RESUME), plain, framework), "scrum").weight
    )
    # Reported heaviest first.
    assert [r.weight for r in report.requirements] == sorted(
        (r.weight for r in report.requirements), reverse=True
    )


def test_acronym_and_full_name_meet_the_same_requirement(framework: Framework) -> None:
    # The resume says "Project Management Professional", the posting says "PMP": same id.
    resume = make_resume(
        BASE_RESUME.replace(
            "Project Management Professional (PMP)", "Project Management Professional"
        )
    )
    report = score(resume, make_posting("Project Manager", [("pmp", "required", 1)]), framework)
    assert requirement(report, "pmp").status == "met"
    assert report.credentials.certifications_missing == []


def test_implied_skill_gives_partial_credit_and_says_so(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("agile", "required", 1)])
    report = score(make_resume(BASE_RESUME), posting, framework)
    match = requirement(report, "agile")
    assert match.status == "partial"
    assert match.via == "scrum"
    assert match.suggestion is not None and "Scrum" in match.suggestion
    assert 0 < component(report, "requirements") < 1
    assert match.evidence and "Scrum" in match.evidence[0].sentence
    # Without the taxonomy there is no implication to give credit through.
    bare = score_match(make_resume(BASE_RESUME), posting, framework, today="2024-06")
    assert requirement(bare, "agile").status == "missing"


def test_implied_credit_is_one_step_only(framework: Framework) -> None:
    # Scrum implies Agile, Agile implies SDLC: Scrum alone says nothing about SDLC.
    posting = make_posting("Project Manager", [("sdlc", "required", 1)])
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert requirement(report, "sdlc").status == "missing"
    with_agile = make_resume(BASE_RESUME.replace("Jira, Kanban", "Jira, Kanban, Agile"))
    match = requirement(score(with_agile, posting, framework), "sdlc")
    assert match.status == "partial" and match.via == "agile"
    assert match.suggestion is not None and "directly implies" in match.suggestion


def test_soft_skills_weigh_less_than_hard_skills(framework: Framework) -> None:
    posting = make_posting(
        "Project Manager", [("adaptability", "required", 1), ("jira", "required", 1)]
    )
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert requirement(report, "adaptability").weight < requirement(report, "jira").weight
