"""Competency coverage: the framework's areas the resume shows."""

from __future__ import annotations

from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    component,
    make_posting,
    make_resume,
    score,
)

from resume_kit.model.framework import Framework
from resume_kit.model.report import MatchReport


def test_coverage_rises_with_a_new_area(framework: Framework, base: MatchReport) -> None:
    resume = make_resume(
        BASE_RESUME.replace("• Reported weekly", "• Owned the $3M budget; reported weekly")
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS), framework)
    assert component(report, "coverage") > component(base, "coverage")
    area = next(a for a in report.areas if a.area == "budget")
    assert area.skills_shown == ["budget-management"] and area.coverage > 0
