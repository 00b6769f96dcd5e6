"""How the components combine into the overall, on small made-up resumes and postings: your kind of
job beats shared keywords, and a score reads as the README says (70+ your kind of role asking for
much of what you show, under 40 another kind of job)."""

from __future__ import annotations

import pytest
from match_builders import extract_resume_text, score_posting_text

from resume_kit.model.documents import Resume
from resume_kit.model.report import MatchReport
from resume_kit.scoring.frameworks import list_frameworks, load_framework
from resume_kit.scoring.weighting import calibrate_score, score_gain

TODAY = "2026-12"

PM_RESUME = """Dana Whitfield
IT Project Manager
Denver, CO | dana.whitfield@example.org | (303) 555-0199

SUMMARY
IT Project Manager with 9 years of experience delivering software and infrastructure projects
with Agile, Scrum and Waterfall. PMP certified.

EXPERIENCE
IT Project Manager | Alderpoint Systems | Denver, CO | Jan 2020 - Present
• Led 5 software projects with a combined $2.1M budget using Scrum and Jira, all delivered on time.
• Ran risk management and stakeholder communication for a cloud migration of 60 servers to AWS.
• Managed budgets, schedules and vendors for a data warehouse upgrade built in SQL and Python.

Project Manager | Kestrel Analytics | Boulder, CO | Mar 2017 - Dec 2019
• Planned and tracked 12 releases in MS Project and Confluence, cutting slippage by 30%.
• Coordinated Agile teams of 14 engineers, QA and business analysts through requirements gathering.

EDUCATION
B.S. Information Systems, University of Colorado, 2016

SKILLS
Project planning, risk management, budget management, stakeholder management, Scrum, Agile,
Waterfall, Jira, Confluence, MS Project, AWS, SQL, Python
"""

PM_POSTING = """IT Project Manager

We are hiring an IT Project Manager to plan and deliver technology projects.

Requirements:
- 5+ years of experience managing IT projects with Agile and Waterfall methods
- Strong risk management, budget management and stakeholder communication
- Experience with Jira and MS Project
- PMP certification preferred
"""

# A developer posting that repeats the resume's technical words far more than the PM posting does.
DEV_POSTING = """Senior Python Developer

We are hiring a Senior Python Developer to build our data platform on AWS.

Requirements:
- 5+ years of software development in Python and SQL
- Experience with AWS, cloud migration of servers, and data warehouse pipelines
- Work in Scrum teams using Jira and Confluence; Agile releases every sprint
- Write Python services, SQL queries and AWS infrastructure as code
"""

NURSE_POSTING = """Registered Nurse - Intensive Care Unit

Our hospital seeks a Registered Nurse for the intensive care unit.

Requirements:
- Current RN license and BLS and ACLS certification
- 2+ years of acute care nursing experience
- Patient assessment, medication administration and care planning
"""


@pytest.fixture(scope="module")
def resume() -> Resume:
    return extract_resume_text(PM_RESUME)


def _score(resume: Resume, text: str) -> MatchReport:
    return score_posting_text(resume, text, TODAY)


def test_your_kind_of_job_beats_a_developer_job_sharing_more_keywords(resume: Resume) -> None:
    pm, dev = _score(resume, PM_POSTING), _score(resume, DEV_POSTING)

    def met(report: MatchReport) -> int:
        return sum(1 for r in report.requirements if r.status == "met")

    # The developer posting asks for more of what the resume shows...
    assert met(dev) > met(pm)
    # ... and still ranks well below the PM posting.
    assert pm.overall > dev.overall + 15


def test_scores_read_as_the_readme_says(resume: Resume) -> None:
    """70 or more: your kind of role asking for much of what you show; under 40: another kind."""
    assert _score(resume, PM_POSTING).overall >= 70
    assert _score(resume, NURSE_POSTING).overall < 40
    # A developer posting is another kind of job for a project manager, whatever the keywords
    # they share (the role gate): under 40 too.
    assert _score(resume, DEV_POSTING).overall < 40


def test_every_shipped_framework_weighs_the_role_telling_parts_most() -> None:
    """Role fit, coverage, similarity and requirements tell a PM job from a developer job on real
    data; experience, seniority, credentials and quantification do not, so they weigh least."""
    for name, _ in list_frameworks():
        weights = load_framework(name).components
        telling = [weights.role_fit, weights.coverage, weights.similarity, weights.requirements]
        within = [weights.experience, weights.seniority, weights.credentials]
        assert weights.role_fit == max(telling), name
        assert max(within) + weights.quantification < min(telling), name


def test_the_score_is_the_blend_on_a_fixed_monotone_scale(resume: Resume) -> None:
    """The bands are read on the calibrated score; the contributions add up to the blend, and the
    order of any two blends is kept (a ranking by score is a ranking by blend)."""
    report = _score(resume, PM_POSTING)
    assert round(sum(c.contribution for c in report.components), 1) == report.blend
    assert report.overall == calibrate_score(report.blend)
    assert calibrate_score(25) == 40 and calibrate_score(50) == 70
    assert calibrate_score(0) == 0 and calibrate_score(100) == 100
    scores = [calibrate_score(tenth / 10) for tenth in range(1001)]
    assert scores == sorted(scores)


def test_suggestion_points_are_points_of_the_calibrated_score() -> None:
    """A gap worth 10 blend points is worth 16 score points where the scale is steepest (under
    25), 12 between 25 and 50 and 6 above 50: "up to N points" speaks of the number the user
    sees."""
    assert score_gain(10.0, 10.0) == 16.0
    assert score_gain(30.0, 10.0) == 12.0
    assert score_gain(60.0, 10.0) == 6.0
    assert score_gain(95.0, 10.0) == 3.0  # the score stops at 100
