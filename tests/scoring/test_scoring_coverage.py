"""Competency coverage: the framework's areas the resume shows."""

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
from resume_kit.model.report import MatchReport
from resume_kit.scoring.frameworks import parse_framework


@pytest.fixture(scope="module")
def framework() -> Framework:
    return parse_framework(FRAMEWORK_YAML, "test-pm.yaml", set(SKILLS))


@pytest.fixture
def base(framework: Framework) -> MatchReport:
    return score(
        make_resume(BASE_RESUME), make_posting("Project Manager", BASE_POSTING_REQS), framework
    )


def test_coverage_rises_with_a_new_area(framework: Framework, base: MatchReport) -> None:
    resume = make_resume(
        BASE_RESUME.replace("• Reported weekly", "• Owned the $3M budget; reported weekly")
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS), framework)
    assert component(report, "coverage") > component(base, "coverage")
    area = next(a for a in report.areas if a.area == "budget")
    assert area.skills_shown == ["budget-management"] and area.coverage > 0
