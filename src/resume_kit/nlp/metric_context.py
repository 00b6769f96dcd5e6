"""What one number in a line measures, read from the words around it.

The metric finder (:mod:`resume_kit.nlp.metrics`) finds each number in a line with its
quantity pattern; :func:`classify_quantity` reads the text right after it and right before it to
decide what it measures (money, a percentage, a ratio, a rank, a duration, a team size, a count of
some noun), or that it is no metric at all: a version, a standard, a code, a date, a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_kit.model.documents import MetricKind
from resume_kit.nlp.metric_patterns import (
    BLOCKED_RIGHT,
    CURRENCY_AFTER,
    DIRECT_REPORTS,
    LINE_START,
    MONEY_CONTEXT,
    NUMBER_SIGN_LEFT,
    ORDINAL_RANK_AFTER,
    OUT_OF,
    PER_PERIOD,
    PERCENT_AFTER,
    RANK_LEFT,
    RANK_PLAIN_LEFT,
    RATIO_AFTER,
    SENTENCE_END,
    TEAM_AFTER,
    TEAM_LEFT,
    TIME_AFTER,
    TOP_LEFT,
    TOP_RANK_LEFT,
    WORDS_AFTER,
    YEAR_WORDS,
)
from resume_kit.nlp.metric_vocabulary import (
    CODE_PREFIXES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    MONTHS,
    NOT_PLURAL,
    PEOPLE_NOUNS,
    QUANTITY_CUES,
    RANK_WORDS,
    SERVED_VERBS,
    STOPWORDS,
    TECH_PREFIXES,
    TIME_UNITS,
    VERB_FORMS,
)
from resume_kit.structure.numbers import read_number, read_scale

__all__ = ["MetricHit", "classify_quantity", "left_of"]


@dataclass(frozen=True, slots=True)
class MetricHit:
    """A quantity in one line: its extent (line offsets) and what it measures."""

    start: int
    end: int
    value: float
    kind: MetricKind | None  # None: a bare number, kept only to pair into "from A to B"
    unit: str | None
    upper: float | None = None
    baseline: float | None = None
    out_of: float | None = None
    yearlike: bool = False


def _is_plural_noun(word: str) -> bool:
    """A cheap plural-noun test good enough after a number ("15 projects", "12 FTEs")."""
    lower = word.lower()
    if lower in ("people", "staff", "personnel", "children", "headcount"):
        return True
    if re.fullmatch(r"[A-Z]{2,}s", word):  # FTEs, APIs, KPIs, SKUs
        return True
    if not word.islower() or len(lower) < 3 or not lower.endswith("s"):
        return False
    if lower.endswith(("ss", "us", "is", "ous", "'s", "’s")):
        return False
    return lower not in NOT_PLURAL


def _noun_after(line: str, pos: int) -> tuple[str, int, str] | None:
    """The plural noun within three words after ``pos``: (noun, end offset, modifier words)."""
    match = WORDS_AFTER.match(line, pos)
    if match is None:
        return None
    mods: list[str] = []
    for group in ("w1", "w2", "w3"):
        word = match.group(group)
        if word is None:
            return None
        if _is_plural_noun(word):
            return word, match.end(group), " ".join(mods)
        if word.lower() in STOPWORDS or word.lower() in TIME_UNITS:
            return None
        mods.append(word)
    return None


_LEFT_WINDOW = 80


def left_of(line: str, start: int) -> str:
    """Return the text before ``start`` that context rules look at.

    At most 80 characters, so that long lines stay linear. A cut window starts with NUL, which no
    rule reads as the start of a line.

    Args:
        line: One line of text.
        start: Where the number starts in ``line``.

    Returns:
        ``line[:start]``, or its last 80 characters after a NUL.
    """
    if start <= _LEFT_WINDOW:
        return line[:start]
    return "\x00" + line[start - _LEFT_WINDOW : start]


def _prev_word(left: str) -> tuple[str, int] | None:
    r"""The last word of ``left`` when whitespace follows it, as (word, its offset).

    A regular expression for it (``[^\s]+\s+$``), searched from the left, tried every offset of
    ``left`` against its end: the single most costly step of classifying a number.
    ``str.rstrip`` and ``str.rsplit`` split on the same characters as that pattern's whitespace
    (``str.isspace``).
    """
    stripped = left.rstrip()
    if len(stripped) == len(left) or not stripped:
        return None
    word = stripped.rsplit(None, 1)[-1]
    return word, len(stripped) - len(word)


def _is_line_start(left: str) -> bool:
    return LINE_START.match(left) is not None or SENTENCE_END.search(left) is not None


def _rejected_by_context(line: str, start: int, kind: MetricKind | None, num: str) -> bool:
    """Versions, standards, codes, dates and proper-noun numbers that merely look like metrics."""
    left = left_of(line, start)
    prev_match = _prev_word(left)
    if prev_match is None:
        return False
    word, word_start = prev_match
    clean = word.strip("(),:;\"'“”‘’").rstrip(".").lower()
    if kind in ("money", "percent") or clean in VERB_FORMS:
        return False
    if clean in TECH_PREFIXES or clean in MONTHS:
        return True
    if kind == "ratio":
        return False
    if clean in CODE_PREFIXES or re.fullmatch(r"[qh][1-4]|fy\d*", clean):
        return True
    # A capitalised word inside a line is a name: "Windows 10 machines", "our Agile 10 person
    # team", "CS 101 students".
    return (
        kind in ("count", "team_size", "duration", None)
        and word[:1].isupper()
        and clean not in STOPWORDS
        and not _is_line_start(left[:word_start])
    )


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A number the quantity pattern matched, read: its value and the line around it."""

    line: str
    m: re.Match[str]
    num: str  # the number as written
    value: float  # scales applied; for a range, the lower end
    upper: float | None  # for a range, the upper end
    factor: float  # the scale's multiplier
    cur_sign: str | None  # a currency sign or code before either number
    start: int  # line offsets of the match
    pos: int
    left: str  # the text before it that context rules look at (left_of)
    base: int  # line offset of left[0]
    yearlike: bool  # a plain four-digit number that could be a year


def classify_quantity(line: str, m: re.Match[str]) -> MetricHit | None:
    """Say what the quantity at ``m`` measures, from the words around it.

    Args:
        line: One line of text.
        m: A match of the metric finder's quantity pattern in ``line``.

    Returns:
        The hit (its extent may take in the words around the number: "team of 12 engineers"),
        one with no kind for a bare number that may still pair into "from A to B", or None when
        it is no metric.
    """
    q = _read_quantity(line, m)
    if q is None:
        return None
    after = CURRENCY_AFTER.match(line, q.pos)
    if q.cur_sign or after:
        return _money_hit(q, after)
    if m.group("hash"):
        return _hash_rank_hit(q)
    if m.group("ord"):
        return _ordinal_rank_hit(q)
    percent = PERCENT_AFTER.match(line, q.pos)
    if percent:
        return _percent_hit(q, percent)
    ratio = RATIO_AFTER.match(line, q.pos)
    if ratio:
        return _ratio_hit(q, ratio)
    if RANK_PLAIN_LEFT.search(q.left) and not m.group("num2") and q.value <= 1000:
        return _plain_rank_hit(q)
    top = TOP_LEFT.search(q.left)
    if top and not m.group("num2"):
        words = WORDS_AFTER.match(line, q.pos)
        first = words.group("w1").lower() if words else ""
        if TOP_RANK_LEFT.search(q.left) or first in RANK_WORDS:
            return _top_rank_hit(q, top, words, first)
        if _noun_after(line, q.pos) is None:
            return None  # "top 10 priorities" falls through to a count below
    time = TIME_AFTER.match(line, q.pos)
    if time and not (time.group("short") and line[q.pos : q.pos + 1].isspace()):
        return _duration_hit(q, time)
    return _count_hit(q)


def _read_quantity(line: str, m: re.Match[str]) -> _Quantity | None:
    """The number at ``m`` read, or None when its own shape already says it is no metric."""
    num = m.group("num")
    value = read_number(num)
    upper: float | None = None
    factor, short = read_scale(m.group("scale"))
    cur_sign = m.group("cur") or m.group("cur2")
    if short and m.group("scale")[0].isspace() and not cur_sign:
        return None  # "5 m", "5 mm": metres and millimetres, not millions
    if m.group("num2"):
        factor2, short2 = read_scale(m.group("scale2"))
        upper = read_number(m.group("num2")) * factor2
        if not m.group("scale") and m.group("scale2"):
            factor = factor2
            short = short2
    value *= factor
    if upper is not None and upper < value:
        return None  # "2015-2018" is fine but "123-45" is a code, and "8-3" a score
    start, pos = m.start(), m.end()
    left = left_of(line, start)
    base = start - len(left)  # line offset of left[0]
    plain_int = num.isdigit() and not m.group("scale") and not cur_sign
    yearlike = plain_int and len(num) == 4 and 1950 <= int(num) <= 2049

    if BLOCKED_RIGHT.match(line, pos) and not m.group("ord"):
        # Letters right after the number: only units we know ("40%", "3x", "24h", "200ms").
        right_ok = (
            PERCENT_AFTER.match(line, pos)
            or RATIO_AFTER.match(line, pos)
            or TIME_AFTER.match(line, pos)
            or TEAM_AFTER.match(line, pos)
            or PER_PERIOD.match(line, pos)
        )
        if not right_ok:
            return None
    return _Quantity(line, m, num, value, upper, factor, cur_sign, start, pos, left, base, yearlike)


def _money_hit(q: _Quantity, after: re.Match[str] | None) -> MetricHit:
    """Money: a sign or code before, a code or currency word after."""
    unit: str | None = None
    end = q.pos
    if q.cur_sign:
        unit = CURRENCY_SIGNS.get(q.cur_sign.strip().upper(), q.cur_sign.strip().upper())
    if after:
        code = after.group("code") or ""
        unit = code.upper() or CURRENCY_WORDS[after.group("word").lower()]
        end = after.end()
    return MetricHit(q.start, end, q.value, "money", unit, q.upper)


def _out_of(q: _Quantity) -> tuple[float | None, int]:
    """The "of 40" after a rank ("#1 of 40", "ranked 3 of 40"), and where the rank ends."""
    of = OUT_OF.match(q.line, q.pos)
    if of:
        return read_number(of.group("n")), of.end()
    return None, q.pos


def _hash_rank_hit(q: _Quantity) -> MetricHit | None:
    """A rank written with "#": "#1", "#1 of 40"."""
    if "." in q.num or q.value > 100 or q.m.group("num2"):
        return None
    prev = _prev_word(q.left)
    if prev and prev[0].strip("(:").rstrip(".").lower() in CODE_PREFIXES:
        return None  # "Issue #42", "Credential No. #12"
    out_of, end = _out_of(q)
    return MetricHit(q.start, end, q.value, "rank", None, out_of=out_of)


def _ordinal_rank_hit(q: _Quantity) -> MetricHit | None:
    """An ordinal is a rank only next to rank words: "ranked 2nd", "1st place", "3rd of 40"."""
    out_of: float | None = None
    end = q.pos
    of = OUT_OF.match(q.line, end)
    rank_after = ORDINAL_RANK_AFTER.match(q.line, end)
    if not (RANK_LEFT.search(q.left) or rank_after):
        return None  # "1st of May", "3rd floor"
    if of:
        out_of = read_number(of.group("n"))
        end = of.end()
    elif rank_after and rank_after.group(0).strip().lower() in ("place", "position"):
        end = rank_after.end()
    return MetricHit(q.start, end, q.value, "rank", None, out_of=out_of)


def _percent_hit(q: _Quantity, percent: re.Match[str]) -> MetricHit | None:
    """A percentage, percentage points or basis points; "top 5%" is a rank."""
    end = percent.end()
    unit = "pp" if percent.group("pp") else "bp" if percent.group("bp") else "%"
    top = TOP_LEFT.search(q.left)
    if top and unit == "%":
        return MetricHit(q.base + top.start(), end, q.value, "rank", "%", q.upper)
    if _rejected_by_context(q.line, q.start, "percent", q.num):
        return None
    return MetricHit(q.start, end, q.value, "percent", unit, q.upper)


def _ratio_hit(q: _Quantity, ratio: re.Match[str]) -> MetricHit | None:
    """A ratio: "3x", "tenfold", "4 times faster", "10:1"."""
    if ratio.group(0) == ":1" and q.value == 1:
        return None  # "1:1 meetings" are one-to-ones, not a ratio
    if _rejected_by_context(q.line, q.start, "ratio", q.num):
        return None
    return MetricHit(q.start, ratio.end(), q.value, "ratio", "x", q.upper)


def _plain_rank_hit(q: _Quantity) -> MetricHit:
    """A plain number right after "ranked": "ranked 3 of 40", "ranked No. 1 in the region"."""
    out_of, end = _out_of(q)
    number_word = NUMBER_SIGN_LEFT.search(q.left)
    rank_start = q.base + number_word.start() if number_word else q.start
    return MetricHit(rank_start, end, q.value, "rank", None, out_of=out_of)


def _top_rank_hit(
    q: _Quantity, top: re.Match[str], words: re.Match[str] | None, first: str
) -> MetricHit:
    """A "top N" rank: "ranked in the top 10", "top 3 performer", "top 5 of 200"."""
    out_of, end = _out_of(q)
    if out_of is None and first in RANK_WORDS and words:
        end = words.end("w1")
    return MetricHit(q.base + top.start(), end, q.value, "rank", None, out_of=out_of)


def _duration_hit(q: _Quantity, time: re.Match[str]) -> MetricHit | None:
    """A duration in a time unit; not a decade ("1990s"), a tenure or a year."""
    written = (time.group("unit") or time.group("short")).lower()
    if written == "s" and (q.yearlike or ("." not in q.num and q.value % 10 == 0)):
        return None  # "the 1990s", "10s of users": decades and plurals, not seconds
    unit = TIME_UNITS[written]
    if time.group("pre"):
        unit = "person-" + unit
    if _rejected_by_context(q.line, q.start, "duration", q.num):
        return None
    if _is_tenure(q.line, q.start) or _is_year(q.left, q.yearlike):
        return None
    return MetricHit(q.start, time.end(), q.value, "duration", unit, q.upper)


def _count_hit(q: _Quantity) -> MetricHit | None:
    """A team size, a count of a plural noun, money by context, or a bare number."""
    line, start, pos, left, value, upper = q.line, q.start, q.pos, q.left, q.value, q.upper
    team_left = TEAM_LEFT.search(left)
    team_after = TEAM_AFTER.match(line, pos)
    direct = DIRECT_REPORTS.match(line, pos)
    noun = _noun_after(line, pos)
    if team_after or direct:
        if _rejected_by_context(line, start, "team_size", q.num):
            return None
        end = (team_after or direct).end()  # type: ignore[union-attr]
        first = q.base + team_left.start() if team_left else start
        return MetricHit(first, end, value, "team_size", "people", upper)
    if team_left:
        if noun is not None and noun[0].lower() not in PEOPLE_NOUNS:
            # "team of 8 nationalities": the noun says what is counted.
            return MetricHit(start, noun[1], value, "count", noun[0], upper)
        end = noun[1] if noun else pos
        return MetricHit(q.base + team_left.start(), end, value, "team_size", "people", upper)
    if noun is not None:
        word, noun_end, _mods = noun
        if _rejected_by_context(line, start, "count", q.num):
            return None
        if _is_year(left, q.yearlike):
            return None
        if word.lower() in PEOPLE_NOUNS and not _counts_people(left, value, q.factor):
            return MetricHit(start, noun_end, value, "team_size", "people", upper)
        return MetricHit(start, noun_end, value, "count", word, upper, yearlike=q.yearlike)

    if q.factor > 1 and MONEY_CONTEXT.match(line, pos):
        return MetricHit(start, pos, value, "money", None, upper)  # "2.5M in revenue": no currency
    if _rejected_by_context(line, start, None, q.num):
        return None
    if BLOCKED_RIGHT.match(line, pos) or q.m.group("ord") or q.m.group("plus"):
        return None
    return MetricHit(start, pos, value, None, None, upper, yearlike=q.yearlike)


def _is_tenure(line: str, start: int) -> bool:
    """ "(3 years)" or "· 2 yrs" next to job dates: time in a role, not an achievement."""
    left = left_of(line, start).rstrip()
    if not left.endswith(("(", "·", "|", ",")) and not re.search(
        r"\b(?:yrs?|years?|mos?|months?)$", left, re.IGNORECASE
    ):
        return False
    return YEAR_WORDS.search(line) is not None


def _is_year(left: str, yearlike: bool) -> bool:
    """Whether a number that could be a year (1950-2049) is one: it is, unless a quantity cue
    comes first ("over 2000 users"); "the 2019 innovation awards" and "in 2021 clients" are dates.
    """
    if not yearlike:
        return False
    prev = _prev_word(left)
    return prev is None or prev[0].lower().strip("(~") not in QUANTITY_CUES


def _counts_people(left: str, value: float, factor: float) -> bool:
    """Whether "N engineers" counts people reached (trained, served) rather than a team led."""
    if factor > 1 or value > 5000:
        return True
    words = re.findall(r"[A-Za-z]+", left[-40:])
    if words and words[-1].lower() in SERVED_VERBS:
        return True
    return len(words) > 1 and words[-2].lower() in SERVED_VERBS and words[-1].lower() in STOPWORDS
