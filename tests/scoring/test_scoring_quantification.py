"""Quantification: experience bullets that carry a number."""

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


def test_adding_a_metric_raises_quantification(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS)
    fewer = BASE_RESUME.replace(" for a $2M programme", "")
    before = score(make_resume(fewer), posting, framework)
    after = score(
        make_resume(fewer.replace("for five projects.", "for five projects, 98% on time.")),
        posting,
        framework,
    )
    assert (before.quantification.with_metric, before.quantification.bullets) == (1, 4)
    assert after.quantification.with_metric == 2
    assert component(after, "quantification") > component(before, "quantification")
    assert any("1 of 4 experience bullets" in s.text for s in before.suggestions)
