"""Quantification: experience bullets that carry a number."""

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


@pytest.fixture(scope="module")
def framework() -> Framework:
    return parse_framework(FRAMEWORK_YAML, "test-pm.yaml", set(SKILLS))


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
