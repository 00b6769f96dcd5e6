"""Years of experience asked for, in their many spellings."""

from __future__ import annotations

import pytest

from resume_kit.structure.years import find_years_required


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("5+ years of project management experience", (5, None, "5+ years")),
        ("5+ yrs managing IT projects", (5, None, "5+ yrs")),
        ("At least three years of experience leading teams", (3, None, "At least three years")),
        ("3-5 years of experience in IT", (3, 5, "3-5 years")),
        ("3 to 5 years of experience in IT", (3, 5, "3 to 5 years")),
        ("3–5 years’ experience", (3, 5, "3–5 years")),
        ("A minimum of 7 years of experience", (7, None, "A minimum of 7 years")),
        ("Two or more years of experience with Jira", (2, None, "Two or more years")),
        ("Five (5) years of experience", (5, None, "Five (5) years")),
        ("Ten years experience", (10, None, "Ten years")),
        ("fifteen years of experience", (15, None, "fifteen years")),
    ],
)
def test_years_required_variants(sentence: str, expected: tuple[float, float | None, str]) -> None:
    ((found, _),) = find_years_required(sentence)
    assert (found.min, found.max, found.text) == expected
