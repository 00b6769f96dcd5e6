"""Dates: the :class:`YearMonth` every stage compares and prints, and dates as resumes write them.

Resume dates are normalised to ``YYYY-MM`` (or ``YYYY`` when no month is given) strings on the
models; :class:`YearMonth` is the one place that reads such a string back, counts months and
writes it for a reader ("Mar 2021"), so no stage parses ``YYYY-MM`` on its own.

A tight set of regular expressions rather than a general date parser: resume dates come in a
handful of shapes ("Jan 2019", "Sept. 2018", "01/2019", "2019-01", "2019", "Jan '19") and a fuzzy
parser would also "find" dates in phone numbers and version strings. Days are dropped: no resume
reader needs them and most resumes do not give them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from resume_kit.model.folding import fold_case

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_PATTERN",
    "YEAR_RE",
    "DateRange",
    "YearMonth",
    "find_date_range",
    "format_month",
    "month_index",
    "parse_date",
    "parse_date_range",
]

MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
"""How a month is written for a reader ("Mar 2021")."""

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "febr": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Month names of the CVs most often seen beside English ones (German, French, Spanish,
# Portuguese), for "Dezember 2024 - Februar 2026", "mars 2019", "enero de 2020". Only forms that
# are no English word on their own: "set", "out" and "ago" (Portuguese and Spanish) are left out.
_FOREIGN_MONTHS = {
    "januar": 1, "jänner": 1, "janvier": 1, "janv": 1, "enero": 1, "janeiro": 1,
    "februar": 2, "février": 2, "fevrier": 2, "févr": 2, "febrero": 2, "fevereiro": 2,
    "märz": 3, "mär": 3, "mrz": 3, "mars": 3, "marzo": 3, "março": 3, "marco": 3,
    "avril": 4, "avr": 4, "abril": 4,
    "mai": 5, "mayo": 5, "maio": 5,
    "juni": 6, "juin": 6, "junio": 6, "junho": 6,
    "juli": 7, "juillet": 7, "juil": 7, "julio": 7, "julho": 7,
    "août": 8, "aout": 8, "agosto": 8,
    "septembre": 9, "septiembre": 9, "setembro": 9,
    "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10, "outubro": 10,
    "novembre": 11, "noviembre": 11, "novembro": 11,
    "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "déc": 12, "diciembre": 12,
    "dic": 12, "dezembro": 12,
}  # fmt: skip
_MONTHS.update(_FOREIGN_MONTHS)

MONTH_NAMES = frozenset(_MONTHS)
"""Month names and their abbreviations as resumes write them, lower case."""


def _month_alternatives() -> str:
    """The month names as one alternation, longest first so that "September" is not read as
    "Sep" + "tember"; grouped by first letter behind a lookahead, so that a search tries only
    the names of the letter it stands on (it tried all hundred at each word: same matches, since
    names of other letters cannot match there, and each group keeps the longest-first order)."""
    groups: dict[str, list[str]] = {}
    for name in sorted(_MONTHS, key=len, reverse=True):
        groups.setdefault(name[0], []).append(name)
    return "|".join(f"(?={first})(?:{'|'.join(names)})" for first, names in groups.items())


_MONTH_RE = _month_alternatives()
MONTH_PATTERN = _MONTH_RE
"""The month names (:data:`MONTH_NAMES`) as one regular expression, no group, for patterns
compiled with IGNORECASE: it matches what their longest-first alternation matches, trying only the
names of the letter it stands on."""

# One date. Named groups: mon (month name), y1 (its year); d5/m5/y5 (a day, month and year in
# either order: "15/03/2020", "03/15/2020"); m2/y2 (MM/YYYY); y3/m3 (YYYY-MM[-DD], "2011 / 11");
# y6/mon6 (a year, then its month: "2019 october"); y4 (a bare year). Years are 1950-2099 so
# that counts and amounts are not read as years.
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# Every form starts with a digit or, at a word start, a month name's first letter. The lookahead
# says so once, so that a search tries the forms only there (a month name's hundred forms were
# tried at every word: four times slower over long lines, same matches).
_DATE_START = "(?=\\d|\\b[" + "".join(sorted({name[0] for name in _MONTHS})) + "])"
_DATE = (
    _DATE_START
    + rf"(?:(?P<mon{{i}}>\b(?:{_MONTH_RE}))\.?,?\s*(?:de\s+)?(?P<y1{{i}}>{_YEAR}|['’‘]\d\d)(?!\d)"
    rf"|(?<![\d/.])(?P<d5{{i}}>[0-3]?\d)[/.-](?P<m5{{i}}>[0-3]?\d)[/.-](?P<y5{{i}}>{_YEAR})(?!\d)"
    rf"|(?<![\d/.])(?P<m2{{i}}>0?[1-9]|1[0-2])(?:[/.-]|\s?/\s)(?P<y2{{i}}>{_YEAR})(?!\d)"
    rf"|(?<![\d/.])(?P<y3{{i}}>{_YEAR})(?:[-/.]|\s/\s)(?P<m3{{i}}>0[1-9]|1[0-2]|[1-9])(?![\d/])"
    rf"(?:[-/.](?:[0-2]?\d|3[01])(?!\d))?"
    rf"|(?<![\d/.])(?P<y6{{i}}>{_YEAR})\s+(?P<mon6{{i}}>(?:{_MONTH_RE}))\b\.?"
    rf"|(?<![\d/.])(?P<y4{{i}}>{_YEAR})(?!\d|/\s?\d\d?(?!\d)))"
)
# An open end, English and the other languages of _FOREIGN_MONTHS ("heute", "aujourd'hui", "至今").
_CURRENT = (
    r"(?P<current>present|current|currently|now|to\s+date|till\s+date|till\s+now|date|today|"
    r"ongoing|heute|jetzt|aktuell|dato|aujourd['’]hui|actuel|présent|presente|actualidad|"
    r"actual|atual|hoy|至今|现在|今|-{3,})(?!\w)"
)
# Between the two dates: a dash (a soft hyphen standing in for one), "to", "bis", "à"..., or a
# wide gap where a PDF lost the dash ("Sep. 2023  Mar. 2024").
_DASH = (
    r"(?:\s*[-–—‒―−~\u00ad]+\s*|(?<=\d)\s?/\s?(?=\d{4}|-{3})"
    r"|\s+(?:to|until|till|through|thru|bis|au|à|a|hasta|até)\s+"
    r"|\s{2,})"
)

# A season before a year ("Fall 2016 - Spring 2017"): the year is the date.
_SEASON = r"(?:summers?|fall|autumn|winter|spring)"
_ONE_RE = re.compile(_DATE.format(i=""), re.IGNORECASE)
_RANGE_RE = re.compile(
    _DATE.format(i="a") + _DASH + rf"(?:{_SEASON}\s+)?(?:{_DATE.format(i='b')}|{_CURRENT})",
    re.IGNORECASE,
)
# "Jan - Jun 2019", "2020, Jul-Okt.": two months sharing one year. Behind _DATE_START: each
# form starts with a month name at a word's start or a year's digit (1.5x faster, same matches).
_MONTH_RANGE_RE = re.compile(
    _DATE_START
    + rf"(?:\b(?P<m1>{_MONTH_RE})\.?{_DASH}(?P<m2>{_MONTH_RE})\.?,?\s*(?P<y>{_YEAR})(?!\d)"
    rf"|(?<![\d/.])(?P<y0>{_YEAR}),?\s*(?P<m01>{_MONTH_RE})\.?{_DASH}(?P<m02>{_MONTH_RE})\b\.?)",
    re.IGNORECASE,
)


# A year as the patterns above read one (four digits, or two after an apostrophe):
# (?:19[5-9]\d|20\d\d|['’‘]\d\d)(?!\d). Written to start with the set of its first characters,
# which the engine skips to in a tight loop (it tried the three branches at every character);
# the look-behinds say which branch the character found opens. Same matches, 2.7x faster
# (tests/test_dates.py compares the two).
YEAR_RE = re.compile(r"[12'’‘](?:(?<=1)9[5-9]|(?<=2)0\d|(?<=['’‘])\d)\d(?!\d)")
# How far before its year a date may begin: "septiembre de 2020", "15/03/2020".
_BEFORE_YEAR = 16
# "Jan - Jun 2019": the first month stands further before the year.
_MONTH_RANGE_REACH = 24


class DateRange(NamedTuple):
    """A date range found in a line of text.

    Attributes:
        start: Normalised start date, or None.
        end: Normalised end date, or None (ongoing, or not given).
        current: True when the range ends with "Present", "Current", "Now"...
        begin: Offset in the searched text where the range starts.
        finish: Offset one past where it ends.
    """

    start: str | None
    end: str | None
    current: bool
    begin: int
    finish: int


def _month_number(name: str) -> int:
    """The month a name the patterns matched stands for: matched under IGNORECASE, it may hold
    a letter lower() keeps non-ASCII ("ſep", "aprıl"), folded as the pattern compared it."""
    return _MONTHS[fold_case(name)]


def _year(text: str) -> int:
    if not text[0].isdigit():  # "'19", "’19"
        return 2000 + int(text[1:]) if int(text[1:]) < 50 else 1900 + int(text[1:])
    return int(text)


def _from_match(match: re.Match[str], i: str) -> str | None:
    """The normalised date held by the ``_DATE`` groups with suffix ``i``."""
    groups = match.groupdict()
    if groups.get(f"mon{i}"):
        return f"{_year(groups[f'y1{i}']):04d}-{_month_number(groups[f'mon{i}']):02d}"
    if groups.get(f"d5{i}"):
        day, month = int(groups[f"d5{i}"]), int(groups[f"m5{i}"])
        if day <= 12 and month > 12:  # month first ("03/15/2020"); else day first, as in Europe
            day, month = month, day
        if not 1 <= month <= 12:
            return f"{int(groups[f'y5{i}']):04d}"
        return f"{int(groups[f'y5{i}']):04d}-{month:02d}"
    if groups.get(f"m2{i}"):
        return f"{int(groups[f'y2{i}']):04d}-{int(groups[f'm2{i}']):02d}"
    if groups.get(f"y3{i}"):
        return f"{int(groups[f'y3{i}']):04d}-{int(groups[f'm3{i}']):02d}"
    if groups.get(f"y6{i}"):  # "2019 october"
        return f"{int(groups[f'y6{i}']):04d}-{_month_number(groups[f'mon6{i}']):02d}"
    if groups.get(f"y4{i}"):
        return f"{int(groups[f'y4{i}']):04d}"
    return None


def parse_date(text: str) -> str | None:
    """Normalise one date to ``YYYY-MM``, or ``YYYY`` when it gives no month.

    Args:
        text: A date as written: "Jan 2019", "January 2019", "Sept. 2018", "01/2019", "2019-01",
            "2019-01-15", "2019", "Jan '19". Surrounding text is ignored.

    Returns:
        The normalised date, or None when ``text`` holds no date. "Present" and the like are not
        dates: the caller handles them (see :func:`parse_date_range`).
    """
    match = _ONE_RE.search(text)
    return _from_match(match, "") if match else None


def find_date_range(text: str) -> DateRange | None:
    """Find the first date range (or lone date) in a line and say where it is.

    Args:
        text: A line of text, e.g. "Project Manager, Acme | Jan 2019 – Present".

    Returns:
        The range with its offsets in ``text``, or None when the line holds no date. A lone date
        ("May 2012") is returned as the end of the range: on a resume it is a graduation or
        completion date far more often than a start. "Since 2019" starts an ongoing range.
    """
    # Every date names a year: a line without one is passed over at once, and the patterns
    # start a little before the first year (the month names before it are many alternatives
    # to try at each word: searching whole lines took five times as long).
    first_year = YEAR_RE.search(text)
    if first_year is None:
        return None
    pos = max(0, first_year.start() - _BEFORE_YEAR)
    match = _RANGE_RE.search(text, pos)
    if match:
        start = _from_match(match, "a")
        current = bool(match.group("current"))
        end = None if current else _from_match(match, "b")
        return DateRange(start, end, current, _season_start(text, match.start()), match.end())
    match = _MONTH_RANGE_RE.search(text, max(0, pos - _MONTH_RANGE_REACH))
    if match:
        year = int(match.group("y") or match.group("y0"))
        first, second = (
            (match.group("m1"), match.group("m2"))
            if match.group("y")
            else (
                match.group("m01"),
                match.group("m02"),
            )
        )
        start = f"{year:04d}-{_month_number(first):02d}"
        end = f"{year:04d}-{_month_number(second):02d}"
        return DateRange(start, end, False, match.start(), match.end())
    match = _ONE_RE.search(text, pos)
    if not match:
        return None
    date = _from_match(match, "")
    before = text[: match.start()]
    after = text[match.end() :]
    since = _word_before(_SINCE_RE, before)
    if since:
        return DateRange(date, None, True, since.start(), match.end())
    started = _word_before(_STARTED_RE, before)
    if started:  # "Start May 2014": when it began; the end is not said
        return DateRange(date, None, False, started.start(), match.end())
    same_year = _SAME_YEAR_END_RE.match(after) if date is not None and len(date) == 7 else None
    if same_year and date is not None:  # "April 2022 until 30 August": the end in that year
        month = _month_number(same_year.group("mon"))
        if month >= int(date[5:]):
            end = f"{date[:4]}-{month:02d}"
            return DateRange(date, end, False, match.start(), match.end() + same_year.end())
    open_end = _OPEN_END_RE.match(after)
    if open_end:  # "2019 –" with nothing after: still running
        return DateRange(date, None, True, match.start(), match.end() + open_end.end())
    return DateRange(None, date, False, _season_start(text, match.start()), match.end())


# A word just before a lone date that makes it a start: "Since 2019", "Started: 03/2019". Each
# ends the text but for spaces (and, for a start, a colon); at most _WORD_BEFORE characters long.
_SINCE_RE = re.compile(r"\b(?:since|from|seit|ab|depuis|desde|dès)\s*$", re.IGNORECASE)
_STARTED_RE = re.compile(r"\b(?:start(?:ed|ing)?|beginning|began|beginn)\s*:?\s*$", re.I)
_WORD_BEFORE = 9
_OPEN_END_RE = re.compile(r"\s*[-–—]+\s*$")


def _word_before(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """``pattern.search(before)``, tried only near the end: a match's word ends where the
    trailing spaces and colon begin (``\\s`` is what ``str.strip`` strips), so it starts at most
    :data:`_WORD_BEFORE` characters before (the search tried each word of the whole text)."""
    end = before.rstrip()
    if end.endswith(":"):
        end = end[:-1].rstrip()
    return pattern.search(before, max(0, len(end) - _WORD_BEFORE))


def ends_current(text: str) -> bool:
    """Whether ``text`` holds a range left open ("... – Present", "... - ongoing"), whatever
    stands before the dash: a start written in a way no pattern reads still leaves the role
    running.

    Args:
        text: A header line.

    Returns:
        True when a dash is followed by a word for "now" ("Present", "Ongoing", "heute").
    """
    return _ENDS_CURRENT_RE.search(text) is not None


_ENDS_CURRENT_RE = re.compile(rf"\S\s*[-–—]+\s*{_CURRENT}", re.IGNORECASE)


# "– August", "until 30 August" after a month and year: the end month, in the same year (no
# year or day of its own follows: "Jan 2019 - Mar 15, 2020" is read whole elsewhere).
_SAME_YEAR_END_RE = re.compile(
    rf"{_DASH}(?:[0-3]?\d\.?\s*)?(?P<mon>{_MONTH_RE})\b\.?(?!\s*[,.]?\s*(?:\d|['’‘]\d))",
    re.IGNORECASE,
)


# "Summer 2021", "Fall 2011-Present": the season belongs to the date (its year is the date).
_SEASON_RE = re.compile(rf"\b{_SEASON}\s*$", re.IGNORECASE)


def _season_start(text: str, begin: int) -> int:
    season = _SEASON_RE.search(text, max(0, begin - 12), begin)
    return season.start() if season else begin


def parse_date_range(text: str) -> tuple[str | None, str | None, bool] | None:
    """Parse a date range such as "Jan 2019 – Present" or "03/2017 - 12/2020".

    Handles hyphens, en and em dashes, "to" / "until" / "through", month names with or without
    a full stop ("Sept. 2018"), MM/YYYY, YYYY-MM, bare years, "Jan – Jun 2019", and "Present",
    "Current", "Now", "To date", "Ongoing" as an open end.

    Args:
        text: Text holding the range; the first range found is used.

    Returns:
        ``(start, end, current)`` with dates normalised as by :func:`parse_date` (``end`` is None
        when ``current`` is True), or None when the text holds no date. A lone date is returned
        as ``(None, date, False)``.
    """
    found = find_date_range(text)
    if found is None:
        return None
    return found.start, found.end, found.current


# The normalised form on the models (what parse_date returns): YYYY or YYYY-MM.
_NORMALISED = re.compile(r"(\d{4})(?:-(\d{2}))?")
# ISO 8601 as JSON Resume files hold it, written by hand: YYYY, YYYY-M[M], YYYY-M[M]-D[D].
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?")


@dataclass(frozen=True, slots=True)
class YearMonth:
    """A month of a year, or a whole year when the source gave no month.

    Attributes:
        year: The year.
        month: 1-12, or None for a date that names only its year.
    """

    year: int
    month: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> YearMonth | None:
        """Read a normalised date: ``"2021-03"`` or ``"2021"`` (surrounding spaces ignored).

        Returns:
            The date, or None for anything else, a month outside 1-12 included.
        """
        found = _NORMALISED.fullmatch(text.strip()) if text else None
        if found is None:
            return None
        month = int(found.group(2)) if found.group(2) else None
        if month is not None and not 1 <= month <= 12:
            return None
        return cls(int(found.group(1)), month)

    @classmethod
    def parse_iso(cls, text: str) -> YearMonth | None:
        """Read an ISO 8601 date as people type it in JSON: ``2021-3-15``, ``2021-03``, ``2021``.

        The day is dropped, and a month outside 1-12 leaves the year alone (the year is still
        worth showing).
        """
        found = _ISO.fullmatch(text)
        if found is None:
            return None
        month = int(found.group(2)) if found.group(2) else None
        return cls(int(found.group(1)), month if month and 1 <= month <= 12 else None)

    @classmethod
    def from_index(cls, index: int) -> YearMonth:
        """The month ``index`` months after January of year 0 (the inverse of :meth:`index`)."""
        return cls(index // 12, index % 12 + 1)

    def index(self, *, end: bool = False) -> int:
        """Months since January of year 0, for counting and comparing.

        Args:
            end: Read a year alone as its December (the end of a range) instead of its January.
        """
        month = self.month if self.month is not None else 12 if end else 1
        return self.year * 12 + month - 1

    def iso(self) -> str:
        """``"2021-03"``, or ``"2021"`` for a year alone."""
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        """``"Mar 2021"``, or ``"2021"`` for a year alone: how a resume writes it."""
        if self.month is None:
            return f"{self.year:04d}"
        return f"{MONTH_ABBREVIATIONS[self.month - 1]} {self.year:04d}"


def format_month(date: str | None) -> str:
    """A normalised date as a reader sees it: ``2021-03`` -> ``Mar 2021``; ``2019`` -> ``2019``.

    Returns:
        ``""`` for None or an empty string; anything that is not a normalised date, as it is.
    """
    if not date:
        return ""
    parsed = YearMonth.parse(date)
    return parsed.label() if parsed is not None else date


def month_index(date: str | None, *, end: bool = False) -> int | None:
    """Months since January of year 0 of a normalised date, for counting and comparing.

    Args:
        date: ``"2021-03"`` or ``"2021"`` (see :meth:`YearMonth.parse`).
        end: Read a year alone as its December (the end of a range) instead of its January.

    Returns:
        The index, or None when ``date`` is not a normalised date.
    """
    parsed = YearMonth.parse(date)
    return parsed.index(end=end) if parsed is not None else None
