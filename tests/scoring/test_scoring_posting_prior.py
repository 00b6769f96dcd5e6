"""Thin postings: a posting that asks for little is pulled toward the framework's prior."""

from __future__ import annotations

from match_builders import (
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


def test_empty_posting_still_scores_and_says_why(framework: Framework) -> None:
    report = score(make_resume(BASE_RESUME), make_posting(None, []), framework)
    assert 0 <= report.overall <= 100
    assert any("gave little to match on" in note for note in report.notes)
    assert report.posting_evidence.little and report.posting_evidence.requirements == 0
    # Nothing measured: the posting-facing components sit at the framework's neutral prior
    # instead of being dropped (dropping them let the resume-only components make up 100).
    for name in ("requirements", "evidence", "coverage"):
        part = next(c for c in report.components if c.name == name)
        assert part.included and part.score == framework.posting_prior.score
        assert part.measured is None or name == "coverage"
        assert part.prior_share == 1.0 or name == "coverage"
    assert round(sum(c.contribution for c in report.components), 1) == report.blend
    assert round(sum(c.effective_weight for c in report.components if c.included), 1) == 100.0


def test_thin_posting_does_not_outrank_a_real_match(framework: Framework) -> None:
    # One skill named and shown is not a 100% requirements match: the posting told us little.
    resume = make_resume(BASE_RESUME)
    thin = score(resume, make_posting("Project Manager", [("scrum", "mentioned", 1)]), framework)
    rich = score(
        resume,
        make_posting(
            "Project Manager",
            [
                ("scrum", "required", 2),
                ("risk-management", "required", 1),
                ("jira", "preferred", 1),
                ("pmp", "required", 1),
                ("ms-project", "preferred", 1),
                ("stakeholder-communication", "required", 1),
                ("kanban", "mentioned", 1),
            ],
        ),
        framework,
    )
    assert component(thin, "requirements") < component(rich, "requirements") < 1
    assert thin.overall < rich.overall
    assert thin.posting_evidence.little and not rich.posting_evidence.little
    part = next(c for c in thin.components if c.name == "requirements")
    assert part.measured == 1.0 and 0.5 < part.prior_share < 1
    assert "neutral" in part.explanation
    assert round(sum(c.contribution for c in thin.components), 1) == thin.blend


def test_prior_lives_in_the_framework_file(framework: Framework) -> None:
    changed = FRAMEWORK_YAML.replace(
        "quantification_target: 0.5", "quantification_target: 0.5\nposting_prior: {score: 0.2}"
    )
    other = parse_framework(changed, "other.yaml", set(SKILLS))
    report = score(make_resume(BASE_RESUME), make_posting(None, []), other)
    assert component(report, "requirements") == 0.2


def test_few_requirements_are_noted(framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Project Manager", [("scrum", "required", 1)]),
        framework,
    )
    assert any("only 1 skill recognised" in note for note in report.notes)


def test_one_of_one_met_scores_below_three_of_three(framework: Framework) -> None:
    """Few recognised requirements are uncertain evidence: 1 of 1 met is not 100%, 0 of 1 not 0."""
    resume = make_resume(BASE_RESUME)
    asks = [("scrum", "required", 1), ("risk-management", "required", 1), ("jira", "required", 1)]

    def requirements(reqs: list[tuple[str, str, int]]) -> float:
        return component(
            score(resume, make_posting("Project Manager", reqs), framework), "requirements"
        )

    one_of_one = requirements(asks[:1])
    three_of_three = requirements(asks)
    none_of_one = requirements([("python", "required", 1)])
    assert none_of_one < framework.posting_prior.score < one_of_one < three_of_three < 1
    assert none_of_one > 0
