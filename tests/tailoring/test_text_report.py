"""The terminal rendering of a match report."""

from __future__ import annotations

import re

import pytest
from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    make_posting,
    make_resume,
    pm_framework,
    score,
)

from resume_kit.model.report import MatchReport
from resume_kit.tailoring.text_report import format_report


@pytest.fixture(scope="module")
def report() -> MatchReport:
    framework = pm_framework()
    posting = make_posting("Project Manager", [*BASE_POSTING_REQS, ("kanban", "required", 2)])
    return score(
        make_resume(BASE_RESUME.replace("Jira, Kanban", "Jira")),
        posting,
        framework,
        framework_reason=(
            "chose test-pm because the title 'Project Manager' contains 'project manager'"
        ),
    )


def test_text_has_overall_and_framework_reason(report: MatchReport) -> None:
    text = format_report(report)
    assert f"{report.overall:.1f} / 100" in text
    assert "test-pm 9.9" in text
    assert "contains 'project manager'" in text.replace("\n", " ")


def test_every_component_has_a_line_and_points_add_up(report: MatchReport) -> None:
    text = format_report(report)
    points = []
    for component in report.components:
        line = next(line for line in text.splitlines() if line.startswith(component.name + " "))
        assert f"{component.contribution:.1f}" in line
        points.append(float(line.split()[-1]) if component.included else 0.0)
    blend_line = next(line for line in text.splitlines() if line.startswith("blend "))
    assert round(sum(points), 1) == report.blend == float(blend_line.split()[-1])
    # The overall is the blend on the score's scale, and the report says how it got there.
    overall_line = next(line for line in text.splitlines() if line.startswith("overall "))
    assert float(overall_line.split()[-1]) == report.overall
    assert f"the blend {report.blend:.1f} on the score's fixed scale" in " ".join(text.split())


def test_missing_requirement_and_its_suggestion_are_shown(report: MatchReport) -> None:
    text = format_report(report)
    flat = " ".join(text.split())
    assert "[missing] Kanban (required, x2)" in text
    assert "your resume never mentions it" in flat
    assert "[missing] Budget management (required)" in text


def test_evidence_sentence_is_quoted_with_its_role(report: MatchReport) -> None:
    flat = " ".join(format_report(report).split())
    assert re.search(r'"Led Scrum delivery[^"]*" \(Senior Project Manager, Acme\)', flat)


def test_top_five_suggestions_at_most(report: MatchReport) -> None:
    text = format_report(report)
    numbered = re.findall(r"^\s*(\d+)\. ", text.split("Top suggestions", 1)[1], flags=re.M)
    assert numbered == [str(n) for n in range(1, min(5, len(report.suggestions)) + 1)]


def test_lines_fit_the_width_and_no_colour_codes(report: MatchReport) -> None:
    text = format_report(report, width=72)
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 72
    assert text.endswith("\n")


def test_thin_posting_is_flagged_before_the_table(report: MatchReport) -> None:
    framework = pm_framework()
    thin = score(
        make_resume(BASE_RESUME),
        make_posting("Project Manager", [("jira", "mentioned", 1)]),
        framework,
    )
    text = format_report(thin)
    flag = text.find("The posting gave little to match on")
    assert 0 < flag < text.find("Component")
    assert "gave little to match on" not in format_report(report).split("Notes")[0]
