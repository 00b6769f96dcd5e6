"""The role gate: what a job asks counts in proportion to how far it is your kind of job.

A project manager's resume that shares many keywords with a developer posting must not score
like a project-management posting; the contributions must still add up to the blend, suggestion
points must speak of the gated weights, and a role fit that cannot weigh must gate nothing.
"""

from __future__ import annotations

import pytest
from match_builders import extract_resume_text, score_posting_text

from resume_kit.model.documents import Resume
from resume_kit.model.framework import COMPONENT_NAMES, ComponentName
from resume_kit.model.report import MatchReport
from resume_kit.scoring.frameworks import load_framework
from resume_kit.scoring.tunables import ROLE_GATE_FLOOR
from resume_kit.scoring.weighting import Scored, combine_components, role_gate, score_gain
from resume_kit.tailoring.html_report import build_html_report
from resume_kit.tailoring.text_report import format_report

TODAY = "2026-12"

RESUME = """Dana Whitfield
IT Project Manager
Denver, CO | dana.whitfield@example.org

SUMMARY
IT Project Manager with 9 years of experience delivering software projects with Agile and Scrum.

EXPERIENCE
IT Project Manager | Alderpoint Systems | Denver, CO | Jan 2020 - Present
• Led 5 software projects with a $2.1M budget using Scrum and Jira, all delivered on time.
• Ran risk management for a cloud migration of 60 servers to AWS, with Python and SQL tooling.

Project Manager | Kestrel Analytics | Boulder, CO | Mar 2017 - Dec 2019
• Planned 12 releases in MS Project and Confluence, cutting slippage by 30%.

SKILLS
Project planning, risk management, budget management, Scrum, Agile, Jira, Confluence, AWS, SQL,
Python
"""

# Asks for less of what the resume shows than the developer posting does.
PM_POSTING = """IT Project Manager

We are hiring an IT Project Manager to plan and deliver technology projects.

Requirements:
- 5+ years of experience managing IT projects
- Stakeholder communication and vendor management
- PMP certification preferred
"""

DEV_POSTING = """Backend Software Engineer

We are hiring a Backend Software Engineer to build our data platform on AWS.

Requirements:
- 5+ years of software development in Python and SQL on AWS
- Scrum teams using Jira and Confluence; Agile releases every sprint
- Cloud migration of servers; risk management of releases; Python, SQL and AWS every day
"""


@pytest.fixture(scope="module")
def resume() -> Resume:
    return extract_resume_text(RESUME)


def _score(resume: Resume, text: str) -> MatchReport:
    return score_posting_text(resume, text, TODAY)


def _met(report: MatchReport) -> int:
    return sum(1 for r in report.requirements if r.status == "met")


def test_keyword_overlap_with_another_occupation_does_not_beat_your_kind_of_job(
    resume: Resume,
) -> None:
    pm, dev = _score(resume, PM_POSTING), _score(resume, DEV_POSTING)
    # The developer posting shares more of the resume's skills and words...
    assert _met(dev) > _met(pm)
    assert len(dev.shared_terms) >= len(pm.shared_terms)
    # ... yet its keyword components count a fraction of their weight, and it scores far lower.
    dev_gate = next(c.gate for c in dev.components if c.name == "similarity")
    pm_gate = next(c.gate for c in pm.components if c.name == "similarity")
    assert dev_gate < 0.5 < pm_gate
    assert pm.overall > dev.overall + 20
    assert dev.overall < 40  # "another kind of job" in the README's reading
    # The report says so in one sentence, with the share.
    assert f"count {dev_gate:.0%} of their weight" in dev.gate_note
    assert "occupation" in dev.gate_note
    # ... in the JSON, under the blend line of the text report and in the HTML page.
    assert dev.model_dump()["gate_note"] == dev.gate_note
    lines = format_report(dev).splitlines()
    blend_at = next(i for i, line in enumerate(lines) if line.startswith("blend "))
    overall_at = next(i for i, line in enumerate(lines) if line.startswith("overall "))
    assert " ".join(line.strip() for line in lines[blend_at + 1 : overall_at]) == dev.gate_note
    assert dev.gate_note in build_html_report(dev, chart=False).replace("&#39;", "'")


def test_contributions_still_add_up_to_the_blend(resume: Resume) -> None:
    for report in (_score(resume, PM_POSTING), _score(resume, DEV_POSTING)):
        assert round(sum(c.contribution for c in report.components), 1) == report.blend
        role = next(c for c in report.components if c.name == "role_fit")
        assert role.gate == 1.0
        gate = round(role_gate(load_framework(report.framework.name), role.score), 3)
        for component in report.components:
            if component.name != "role_fit" and component.included:
                # Every other component carries its weight times the one gate.
                assert component.gate == pytest.approx(gate, abs=0.002)
                assert component.contribution == pytest.approx(
                    component.effective_weight * component.score, abs=0.1
                )


def test_suggestion_points_speak_of_the_gated_weight(resume: Resume) -> None:
    """A missing skill asked by another occupation's posting is worth the gated points."""
    dev = _score(resume, DEV_POSTING)
    requirements = next(c for c in dev.components if c.name == "requirements")
    total = sum(m.weight for m in dev.requirements)
    missing = [m for m in dev.requirements if m.status == "missing" and m.suggestion]
    assert missing
    by_skill = {s.skill: s.points for s in dev.suggestions}
    for match in missing:
        if match.skill in by_skill:
            raw = round(requirements.effective_weight * match.weight / total, 2)
            assert by_skill[match.skill] == score_gain(dev.blend, raw)


def _all_scores(role_fit: float | None) -> dict[ComponentName, Scored]:
    scores = {name: Scored(0.6, "x") for name in COMPONENT_NAMES}
    scores["role_fit"] = Scored(role_fit, "x")
    return scores


def test_a_role_fit_that_cannot_weigh_gates_nothing() -> None:
    framework = load_framework("it-project-manager")
    # Role fit with nothing to measure: left out, and the others count in full.
    components, blend = combine_components(framework, _all_scores(None), [])
    assert all(c.gate == 1.0 for c in components)
    assert blend == pytest.approx(60.0, abs=0.2)
    # A framework that gives role fit no weight: role fit gates nothing either.
    weightless = framework.model_copy(
        update={"components": framework.components.model_copy(update={"role_fit": 0.0})}
    )
    components, blend = combine_components(weightless, _all_scores(0.0), [])
    assert all(c.gate == 1.0 for c in components)
    assert blend == pytest.approx(60.0, abs=0.2)


def test_the_gate_runs_from_the_floor_to_one_with_role_fit() -> None:
    framework = load_framework("it-project-manager")
    assert role_gate(framework, 1.0) == 1.0
    assert role_gate(framework, 0.0) == ROLE_GATE_FLOOR
    gates = [role_gate(framework, tenth / 10) for tenth in range(11)]
    assert gates == sorted(gates)
    # At a full role fit the blend is what the weights alone give.
    _, full = combine_components(framework, _all_scores(1.0), [])
    assert full == pytest.approx(45 + 55 * 0.6, abs=0.1)


# No job title anywhere: the posting's occupation cannot be told.
UNTITLED_POSTING = """Join Our Team

We are growing and looking for someone to help us deliver.

Requirements:
- 5+ years of experience with Scrum, Agile and Jira
- Risk management and budget management
- Stakeholder communication
"""


def test_an_occupation_that_cannot_be_told_is_neither_fit_nor_misfit(resume: Resume) -> None:
    """An untitled posting is not sunk like another occupation's, nor lifted like your own."""
    pm, dev = _score(resume, PM_POSTING), _score(resume, DEV_POSTING)
    untitled = _score(resume, UNTITLED_POSTING)
    assert untitled.role_fit.title_score is None

    def gate(report: MatchReport) -> float:
        return next(c.gate for c in report.components if c.name == "coverage")

    assert gate(dev) < gate(untitled) < gate(pm)
    assert dev.overall < untitled.overall < pm.overall
    assert "could not be told" in untitled.gate_note
