"""Dates as resumes write them, normalised to YYYY-MM / YYYY."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.model import dates
from resume_kit.model.dates import ends_current, find_date_range, parse_date, parse_date_range


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


def test_an_open_end_is_seen_whatever_the_start() -> None:
    assert ends_current("Date: Month 20XX – Ongoing\tLocation: Leeds")
    assert ends_current("Spring-ish - present")
    assert not ends_current("Date: 2019 – 2021")
    assert not ends_current("Present at the meeting")


def test_start_before_a_date_is_a_start_without_an_end() -> None:
    # "Start May 2014" on a timeline: when the job began; the end is not said.
    assert parse_date_range("Start May 2014") == ("2014-05", None, False)
    assert parse_date_range("Started: 03/2019") == ("2019-03", None, False)
    assert parse_date_range("Since 2019") == ("2019", None, True)


def test_a_slash_between_two_years_and_an_open_end_in_dashes() -> None:
    # "2004/ 2013" and "2013/---" as some CVs write a range and a job still running.
    assert parse_date_range("2004/ 2013") == ("2004", "2013", False)
    assert parse_date_range("Acme GmbH 2013/---") == ("2013", None, True)
    # A year and its month stay one date.
    assert parse_date_range("2011 / 11") == (None, "2011-11", False)


# The year pattern find_date_range starts from, as it was written before it was made to start with
# its first characters: the fast form must find the same first year everywhere.
_PLAIN_YEAR_RE = re.compile(r"(?:19[5-9]\d|20\d\d|['’‘]\d\d)(?!\d)")
_YEAR_PIECES = ["1949", "1950", "1999", "2000", "2099", "19", "20", "'", "’", "‘", "'19", "9",
    "0", "1", "2", "12", "21", "201", "/", " ", "-", "x", "\u2019", "٢٠١٩"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_PIECES) | st.text(max_size=3), max_size=12))
@example(["2019"])
@example(["'", "19", "99"])
@example(["1", "2019"])
@example(["’", "2", "01"])
def test_the_fast_year_pattern_finds_the_plain_ones_years(parts: list[str]) -> None:
    text = "".join(parts)
    for pos in range(len(text) + 1):
        fast = dates.YEAR_RE.search(text, pos)
        plain = _PLAIN_YEAR_RE.search(text, pos)
        assert (fast and fast.span()) == (plain and plain.span()), (text, pos)


_BEFORE_PIECES = ["since", "Since", "SINCE", "from", "ab", "Dès", "depuis", "desde", "seit",
    "start", "Started", "starting", "beginning", "began", "beginn", ":", "::", " ", "\n", "\t",
    "\u00a0", "x", "a", "-", "_", "1", "ſince", "ſtart", "é"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES) | st.text(max_size=3), max_size=10))
@example(["Started", " ", ":", " "])
@example(["xsince", " "])
@example(["since", ":"])
@example(["beginning", "\n"])
def test_the_word_before_a_date_is_found_near_the_end_as_anywhere(parts: list[str]) -> None:
    before = "".join(parts)
    for pattern in (dates._SINCE_RE, dates._STARTED_RE):
        near = dates._word_before(pattern, before)
        anywhere = pattern.search(before)
        assert (near and near.span()) == (anywhere and anywhere.span()), (pattern.pattern, before)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ſep 2019", None, "2019-09"),  # a long s: IGNORECASE matches it as "s"
        ("Sep 2019 – ſeptember 2020", "2019-09", "2020-09"),
        ("aprıl 2019", None, "2019-04"),  # a dotless i
        ("aprİl 2019", None, "2019-04"),  # a dotted capital I: lower() gives two characters
        ("Jan – ſep 2019", "2019-01", "2019-09"),
        ("April 2022 until 30 ſeptember", "2022-04", "2022-09"),
    ],
)
def test_a_month_the_pattern_matches_with_a_non_ascii_letter_is_read_not_a_crash(
    text: str, start: str | None, end: str
) -> None:
    # Found by the sentence test's fuzzing: "ſep 2019" in a resume stopped extract with a
    # KeyError, because the month was looked up by lower(), which keeps "ſ".
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)
