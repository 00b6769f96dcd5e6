"""Fixtures of the scorer's tests: the test framework and the base match (tests/match_builders)."""

from __future__ import annotations

import pytest
from match_builders import base_report, pm_framework

from resume_kit.model.framework import Framework
from resume_kit.model.report import MatchReport


@pytest.fixture(scope="module")
def framework() -> Framework:
    """The small project-management framework of ``match_builders.FRAMEWORK_YAML``."""
    return pm_framework()


@pytest.fixture
def base(framework: Framework) -> MatchReport:
    """``BASE_RESUME`` scored against a Project Manager posting asking ``BASE_POSTING_REQS``."""
    return base_report(framework)
