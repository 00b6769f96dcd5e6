"""Degree fields: skills asked only as the field of a degree."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from match_builders import (
    BASE_RESUME,
    make_posting,
    make_resume,
    requirement,
    score,
)

from resume_kit.model.framework import Framework
from resume_kit.scoring.degree_fields import _DEGREE_FIELD_LEAD


def test_degree_field_is_not_a_missing_skill(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME.replace("Computer Science", "Business"))
    posting = make_posting(
        "Project Manager",
        [("computer-science", "required", 1), ("scrum", "required", 1)],
        degree="bachelor",
        extra_text="Bachelor's degree in Computer Science or a related field.",
    )
    # make_posting also lists the skill as a bullet; keep only the degree sentence's mention.
    hits = [
        hit.model_copy(update={"mentions": hit.mentions[-1:]})
        if hit.id == "computer-science"
        else hit
        for hit in posting.skills
    ]
    posting = posting.model_copy(update={"skills": hits})
    report = score(resume, posting, framework)
    assert "computer-science" not in {r.skill for r in report.requirements}
    assert not any("Computer Science" in s.text for s in report.suggestions)
    assert report.credentials.degree_fields == ["Computer Science"]
    assert any("field of a degree" in note for note in report.notes)
    # The same skill asked as a skill (not after "degree in") is still a requirement.
    plain = make_posting("Project Manager", [("computer-science", "required", 1)])
    assert requirement(score(resume, plain, framework), "computer-science").status == "missing"


# The degree-field search as first written; the shipped one skips to the names' first letters for
# speed and must find exactly the same places.
_PLAIN_DEGREE_FIELD_LEAD = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|b\.?sc?|m\.?sc?|b\.?a|m\.?a|ph\.?\s?d|mba|diploma)"
    r"\b[^.;:\n]{0,40}?\b(?:in|of)\s+",
    re.IGNORECASE,
)


_DEGREE_WORDS = ["Degree", "BACHELOR'S", "masters", "B.Sc", "MSc", "b.a", "M.A", "Ph. D", "MBA",
    "diploma", " in ", " of ", "ſ", "K", "İ", "_", "-", ".", "\n", "Computer Science"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(_DEGREE_WORDS)), max_size=20))
def test_degree_field_search_finds_what_the_plain_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    found = [m.span() for m in _DEGREE_FIELD_LEAD.finditer(text)]
    assert found == [m.span() for m in _PLAIN_DEGREE_FIELD_LEAD.finditer(text)]
