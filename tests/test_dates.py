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
        # a season before either year; a spaced month / year; an end month in the same year
        ("Fall 2016- Spring 2017", ("2016", "2017", False)),
        ("07 / 2025- Present", ("2025-07", None, True)),
        ("April 2022 until 30 August.", ("2022-04", "2022-08", False)),
        ("May 2019 – August", ("2019-05", "2019-08", False)),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A soft hyphen or a lost dash (two spaces) between two dates.
        ("Sep. 2023 \u00ad Mar. 2024", ("2023-09", "2024-03", False)),
        ("Sep. 2023  Mar. 2024", ("2023-09", "2024-03", False)),
        # Two-digit years with a typographic apostrophe, "YYYY / MM", "MM/ YYYY".
        ("January ’15 – Present", ("2015-01", None, True)),
        ("2011 / 11", (None, "2011-11", False)),
        ("08/ 2024 to Present", ("2024-08", None, True)),
        # Full dates: day first unless the second number cannot be a month.
        ("01/02/2023 – CURRENT", ("2023-02", None, True)),
        ("03/15/2020 - 04/30/2021", ("2020-03", "2021-04", False)),
        # Seasons belong to their year.
        ("Summer 2021", (None, "2021", False)),
        ("Fall 2011-Present", ("2011", None, True)),
        # Other languages: months, "since", open ends.
        ("Dezember 2024 - Februar 2026", ("2024-12", "2026-02", False)),
        ("Seit 05/2019", ("2019-05", None, True)),
        ("Ab März 2026", ("2026-03", None, True)),
        ("2019 bis heute", ("2019", None, True)),
        ("desde marzo de 2020", ("2020-03", None, True)),
        ("2009/08 – 至今", ("2009-08", None, True)),
        ("2020, Jul-Okt.", ("2020-07", "2020-10", False)),
        ("since 2020", ("2020", None, True)),
        ("2017 july - 2019 october", ("2017-07", "2019-10", False)),
        ("2018.10–2024.09", ("2018-10", "2024-09", False)),
    ],
)
def test_date_forms_from_real_resumes(
    text: str, expected: tuple[str | None, str | None, bool]
) -> None:
    assert parse_date_range(text) == expected


def test_season_is_part_of_the_date_span() -> None:
    line = "Research Intern, Kelp Labs | Summer 2021"
    found = find_date_range(line)
    assert found is not None
    assert line[found.begin : found.finish] == "Summer 2021"


def test_lines_without_a_year_hold_no_date() -> None:
    assert find_date_range("Led a team of 12 across 3 sites in May") is None
    assert find_date_range("Call 0171 555 0199") is None
