"""The month the scorer counts up to: the caller's, else the documents' newest date."""

from __future__ import annotations

import pytest
from match_builders import (
    BASE_POSTING_REQS,
    BASE_RESUME,
    make_posting,
    make_resume,
)

from resume_kit.errors import UsageError
from resume_kit.model.framework import Framework
from resume_kit.scoring.match import score_match


def test_today_defaults_to_newest_date_not_the_clock(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS, extra_text="Posted 2023")
    report = score_match(make_resume(BASE_RESUME), posting, framework)
    assert report.today == "2023-01"
    assert "posting" in report.today_basis
    with pytest.raises(UsageError):
        score_match(make_resume(BASE_RESUME), posting, framework, today="June 2024")
