"""Experience and seniority: years held vs asked, levels of the titles."""

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
from resume_kit.scoring.match import score_match


def test_more_years_raise_experience(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS, years=15)
    short = score(make_resume(BASE_RESUME), posting, framework)
    longer = score(make_resume(BASE_RESUME.replace("2012-01", "2008-01")), posting, framework)
    assert longer.experience.years_held > short.experience.years_held
    assert component(longer, "experience") > component(short, "experience")
    assert short.experience.years_asked == 15


def test_overlapping_roles_count_once() -> None:
    resume = make_resume(
        """
        ## experience
        === PM | A | 2020-01 | 2021-12
        • Ran Scrum.
        === PM | B | 2021-01 | 2022-12
        • Ran Scrum.
        """
    )
    framework = parse_framework(FRAMEWORK_YAML, "t.yaml", set(SKILLS))
    report = score(resume, make_posting("Project Manager", [("scrum", "required", 1)]), framework)
    assert report.experience.years_held == 3.0


def test_roles_without_relevant_skills_do_not_count_toward_years(framework: Framework) -> None:
    resume = make_resume(
        BASE_RESUME.replace(
            "=== Project Coordinator | Beta | 2012-01 | 2018-12\n"
            "• Kept MS Project schedules for five projects.",
            "=== Store Manager | Corner Shop | 2012-01 | 2018-12\n• Ran the tills and the rota.",
        )
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS, years=10), framework)
    assert report.experience.years_total == 12.5
    assert report.experience.years_held == 5.5  # 2019-01 to 2024-06, the PM role only
    assert component(report, "experience") == pytest.approx(0.55)


def test_current_role_counts_up_to_today(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS)
    early = score_match(make_resume(BASE_RESUME), posting, framework, today="2020-12")
    late = score_match(make_resume(BASE_RESUME), posting, framework, today="2024-12")
    assert late.experience.years_held == pytest.approx(early.experience.years_held + 4, abs=0.05)


def test_seniority_from_titles(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME)
    senior = score(resume, make_posting("Senior Project Manager", BASE_POSTING_REQS), framework)
    assert senior.experience.seniority_asked == "senior"
    assert senior.experience.seniority_held == "senior"
    assert component(senior, "seniority") == 1.0
    junior_resume = make_resume(
        BASE_RESUME.replace("Senior Project Manager", "Junior Project Manager")
    )
    gap = score(junior_resume, make_posting("Senior Project Manager", BASE_POSTING_REQS), framework)
    assert gap.experience.seniority_held == "entry"
    assert component(gap, "seniority") < component(senior, "seniority")


def test_a_title_without_a_level_word_scores_no_years_or_seniority(framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME), make_posting("Warehouse", BASE_POSTING_REQS), framework
    )
    left_out = {c.name for c in report.components if not c.included}
    assert {"experience", "seniority"} <= left_out
    assert report.experience.seniority_asked == "mid"  # still shown, as the default
    stated = score(
        make_resume(BASE_RESUME), make_posting("Warehouse", BASE_POSTING_REQS, years=3), framework
    )
    assert {"experience", "seniority"}.isdisjoint(
        c.name for c in stated.components if not c.included
    )
