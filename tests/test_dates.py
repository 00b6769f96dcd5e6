"""Dates as resumes write them, normalised to YYYY-MM / YYYY."""

from __future__ import annotations

import pytest

from resume_kit.model.dates import find_date_range, parse_date, parse_date_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2019", "2019-01"),
        ("January 2019", "2019-01"),
        ("Sept. 2018", "2018-09"),
        ("Sep 2018", "2018-09"),
        ("dec. 2020", "2020-12"),
        ("01/2019", "2019-01"),
        ("3/2017", "2017-03"),
        ("2019-01", "2019-01"),
        ("2019-01-15", "2019-01"),
        ("2019", "2019"),
        ("Jan '19", "2019-01"),
        ("Graduated May 2012 with honours", "2012-05"),
        ("Present", None),
        ("no date here", None),
        ("Managed 1200 users", None),
    ],
)
def test_parse_date_normalises_common_shapes(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2019 – Present", ("2019-01", None, True)),
        ("January 2019 — Current", ("2019-01", None, True)),
        ("Aug 2016 to date", ("2016-08", None, True)),
        ("2018 - now", ("2018", None, True)),
        ("03/2017 - 12/2020", ("2017-03", "2020-12", False)),
        ("06/2015–02/2019", ("2015-06", "2019-02", False)),
        ("Sept. 2018 to Mar. 2020", ("2018-09", "2020-03", False)),
        ("2019-01 – 2020-03", ("2019-01", "2020-03", False)),
        ("(2015-2018)", ("2015", "2018", False)),
        ("2015 – 2018", ("2015", "2018", False)),
        ("Jan – Jun 2019", ("2019-01", "2019-06", False)),
        ("Feb 2014 until Nov 2016", ("2014-02", "2016-11", False)),
        ("Since 2019", ("2019", None, True)),
        ("2021 –", ("2021", None, True)),
        ("May 2012", (None, "2012-05", False)),
        ("Led the team", None),
    ],
)
def test_parse_date_range(text: str, expected: tuple[str | None, str | None, bool] | None) -> None:
    assert parse_date_range(text) == expected


def test_find_date_range_reports_where_the_range_is() -> None:
    line = "Senior IT Project Manager, Globex\tJan 2019 – Present"
    found = find_date_range(line)
    assert found is not None
    assert line[found.begin : found.finish] == "Jan 2019 – Present"
