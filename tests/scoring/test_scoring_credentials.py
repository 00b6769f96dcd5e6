"""Credentials: certifications and degree asked vs held."""

from __future__ import annotations

import pytest
from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    component,
    make_posting,
    make_resume,
    score,
)

from resume_kit.model.framework import Framework


def test_certifications_and_degree_asked_vs_held(framework: Framework) -> None:
    posting = make_posting(
        "Project Manager",
        BASE_POSTING_REQS,
        degree="master",
        certifications=["PMP", "ITIL 4"],
    )
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert report.credentials.certifications_missing == ["ITIL 4"]
    assert report.credentials.degree_met is False
    assert report.credentials.degree_held_level == "bachelor"
    assert any("ITIL 4" in s.text for s in report.suggestions)
    better = score(
        make_resume(BASE_RESUME.replace("Bachelor of Science", "Master of Science") + "ITIL 4\n"),
        posting,
        framework,
    )
    assert component(better, "credentials") > component(report, "credentials")


@pytest.mark.parametrize(
    ("education", "held"),
    [
        ("BEng Mechanical Engineering, University of Leeds, 2012", "bachelor"),
        ("M.Sc. Computer Science, ETH Zurich, 2015", "master"),
        ("BS in CS, Ohio State University, 2010", "bachelor"),
        ("MS Office Specialist (Excel, Word), 2016", None),
    ],
)
def test_the_degree_held_is_read_with_the_one_table_of_degree_names(
    framework: Framework, education: str, held: str | None
) -> None:
    # The scorer reads the level structure found (degree_level); it had its own looser table,
    # under which "MS Office" was a master's degree.
    from resume_kit.api import load_resume

    text = f"Ana Lima\nana@example.com\n\nEDUCATION\n{education}\n"
    resume = load_resume(text.encode(), name="resume.txt")
    posting = make_posting("Project Manager", BASE_POSTING_REQS, degree="master")
    assert score(resume, posting, framework).credentials.degree_held_level == held
