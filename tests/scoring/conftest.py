"""Fixtures of the scorer's tests: the small test framework and the base match."""

from __future__ import annotations

import pytest
from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    FRAMEWORK_YAML,
    SKILLS,
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
