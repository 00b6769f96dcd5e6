"""Quantified achievements: find them in a spaCy Doc and normalise them.

``find_metrics`` marks each quantity ("cut release time 40%", "a $2.5M budget", "team of 12",
"from 300 to 120") as a span labelled with its :data:`~resume_kit.model.documents.MetricKind`;
``normalise_metric`` turns such a span into a :class:`MetricValue` (number, unit, kind, baseline,
upper end, direction, rank total); ``find_action_verb`` gives the lemma of the action verb a bullet
starts with; ``metric_fits_section`` drops marks and study periods in the education section.

How it works: a regular expression finds the numbers in each line that holds a digit, a currency
sign, ``%`` or a number word (the other lines are never looked at: the metric scan must stay cheap
next to tokenizing), and the text right after and before each number decides what it measures. A
number only counts when that context gives it a unit: a currency, ``%``, ``x``, a time unit, a
plural noun ("15 projects"), a team cue ("team of 12", "40-person team"), a rank cue ("#1 of 40",
"top 5%"), or a "from A to B" change. Bare numbers (years, phone numbers, versions, zip codes,
"ISO 27001") therefore never match; the context rules catch the ones that are followed by a
plural noun ("Windows 10 machines", "ISO 9001 audits") or are dates ("from 2015 to 2018"). A
shape is not enough: the sentence around the number must make it an achievement
(:mod:`resume_kit.nlp.metric_frames`): "in 3 months" is, "8+ years of experience", "Class XII -
96%", "Salary: $60,000" and "Acme serves 2 million people" are not.

Modelling choices, so that nothing is inflated:

* "from 300 to 120" is one metric: ``value`` 120 (where things ended up), ``baseline`` 300,
  ``direction`` down; the unit comes from the numbers ("from 8% to 3%") or from the noun just
  before "from" ("tickets from 300 to 120" -> ``tickets``; "NPS from 32 to 61" -> ``NPS``). "A to
  B" without "from" is a change when a verb of change agrees with it ("raised NPS 62% to 91%").
  Only the end written ("cut onboarding to 4 weeks"): no baseline, the verb gives the direction.
* A range ("20-30%", "£40k - 50k", "5 to 7 years", "ranging from $500K to $10M", "between 1 and
  3 years", "teams of 20 up to 100") keeps its lower end as ``value`` and its upper end as
  ``upper``.
* "Doubled", "tripling", "twice as fast" are ratios (2x, 3x); "halved", "by half" are 50
  percent; "promoted twice", "awarded thrice" count times.
* Hours, days, weeks... are ``duration`` whatever the verb ("saved 1,200 hours" is 1,200 hours),
  when their frame is work: not years of experience, tenure, ages, schedules or study.
* "20+ stakeholders" is 20: the plus sign is kept in the span text only.
* "24/7" is availability, not an achievement: not a metric.
* People nouns ("engineers", "direct reports") give ``team_size`` with unit ``people``, except
  after verbs that count people served rather than led ("trained 200 engineers"), or for numbers
  too large to be a team ("30 million people"): those are counts of the noun.

This module finds the quantities in a line, pairs neighbours into changes and ranges, and holds the
public functions. Reading a number as written is :mod:`resume_kit.structure.numbers`; what the words
around it say it measures is :mod:`resume_kit.nlp.metric_context`, with the word lists of
:mod:`resume_kit.nlp.metric_vocabulary` and the patterns of :mod:`resume_kit.nlp.metric_patterns`;
whether its sentence makes it an achievement is :mod:`resume_kit.nlp.metric_frames`.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, cast

from resume_kit.model.documents import MetricKind
from resume_kit.nlp.doc_text import doc_text
from resume_kit.nlp.metric_context import MetricHit, classify_quantity, left_of
from resume_kit.nlp.metric_frames import change_verb, is_company_fact, verb_before
from resume_kit.nlp.metric_vocabulary import (
    ACTION_LEMMA_SET,
    CODE_PREFIXES,
    CURRENCY_CODES,
    STOPWORDS,
    TEAM_NOUNS,
    TECH_PREFIXES,
    TIME_SECONDS,
    VERB_FORMS,
)
from resume_kit.read.limits import check_time
from resume_kit.structure.numbers import (
    MULTIPLIER_STEMS,
    NUMBER,
    NUMBER_STEMS,
    SCALE,
    read_multiplier,
)
from resume_kit.structure.wordsearch import holds_any, lowered, word_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "MetricValue",
    "find_action_verb",
    "find_metrics",
    "metric_fits_section",
    "normalise_metric",
]


@dataclass(frozen=True, slots=True)
class MetricValue:
    """A metric's normalised quantity.

    Attributes:
        value: The number, scales applied ("$2.5M" -> 2500000.0). For a change ("from 300 to
            120") the value reached; for a range ("20-30%") the lower end.
        unit: ``%``, ``pp`` (percentage points), an ISO 4217 currency code, ``people``, ``x``,
            a time unit (``hours``, ``days``, ``weeks``, ``months``, ``years``...), the counted
            noun (``projects``), or None (a bare count, a currency that was not written, a rank).
        kind: What the number measures.
        baseline: For a change, the starting value in the same unit; None otherwise.
        upper: For a range, the upper end; None otherwise.
        out_of: For a rank "of N" ("#1 of 40"), N; None otherwise.
        direction: For a change, ``up`` or ``down`` (also "cut onboarding to 4 weeks", where
            only the end is written); None otherwise.
    """

    value: float
    unit: str | None
    kind: MetricKind
    baseline: float | None = None
    upper: float | None = None
    out_of: float | None = None
    direction: Literal["up", "down"] | None = None


# --------------------------------------------------------------------------------------------
# Quantities: the pattern of one, and where in a line it is tried
# --------------------------------------------------------------------------------------------


# Words that PDF extraction runs into the number after them ("by52percent", "from$25,000",
# "low-80%", "Value:2.8 Mil"), grouped by length (a lookbehind has one width). Tried only right
# before a digit or "$" (the lookahead), so they cost nothing at the other offsets.
_GLUED = (
    r"(?=[\d$])(?:(?<=(?i:\b(?:by|to|of)))|(?<=(?i:\b(?:from|over|than|with|low-|mid-)))|"
    r"(?<=(?i:\b(?:under|about|high-)))|(?<=[A-Za-z]:))"
)
_SIGN = (
    rf"(?:(?<![A-Za-z])|{_GLUED})(?:US|CAD?|AUD?|NZ|HK|SG|MX|[CASR])?\$\s?|[£€¥₹₩₽₺₪]\s?|"
    r"\b(?:" + "|".join(CURRENCY_CODES) + r")\s?|\b(?i:rs\.?)\s?"
)
# One number: an optional currency sign or "#", the number, a copy in digits ("four (4)"), an
# ordinal suffix, a scale (after a currency also a spaced "m" or "b": "$20 m", "$2 B"), and a
# dash range ("40-50%", "£40k - 50k", "$100-120k"), then "+" ("20+", "$10 M +").
_QUANTITY = re.compile(
    rf"""
    (?:(?P<cur>{_SIGN})|(?<!\w)(?P<hash>\#\s?)|(?<![\w.,:/\\\#$£€¥₹₩₽₺₪-])|{_GLUED})
    (?P<num>{NUMBER})
    (?P<dup>\s?\(\d{{1,3}}\))?
    (?P<ord>st|nd|rd|th)?
    (?P<scale>{SCALE}|(?(cur)\s[mMbB](?![A-Za-z&])|(?!)))?
    (?:\s?[-–—]\s?(?P<cur2>{_SIGN})?(?P<num2>{NUMBER})(?P<scale2>{SCALE})?)?
    (?P<plus>\s?\+)?
    """,
    re.VERBOSE,
)
# Where a quantity can start: a digit, or a number word (found with str.find from the number
# stems, several times faster than a case-insensitive regex alternation over every position).
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_WORD_ANCHOR = re.compile(r"\b(?:" + "|".join(NUMBER_STEMS) + ")", re.IGNORECASE)
_PREFIX_WIDTH = 5  # the longest currency prefix before the digits: "CAD$ ", "USD ", "Rs. "
# The ASCII characters no quantity starts with. A quantity starts with a digit, "$", "#", a
# currency sign (none ASCII but "$"), the first letter of a currency prefix or code ("US$",
# "CA$", "NZ$", "HK$", "SG$", "MX$", "USD", "GBP"... upper case only), "Rs" (any case) or a
# number word (any case: "one", "a dozen", "hundred", "eleven"...). Letters of other scripts are
# always tried (a case-insensitive "s" is also "ſ").
_FIRST_LETTERS = frozenset(
    "adefhnorst"  # number words and "rs", in any case
    + "ADEFHNORST"
    + "".join(code[0] for code in CURRENCY_CODES)
    + "UCANHSMR"  # the letters before "$": US, CA(D), AU(D), NZ, HK, SG, MX, C, A, S, R
)
_NEVER_FIRST = frozenset(
    char
    for char in map(chr, range(33, 127))
    if not char.isdigit() and char not in "$#" and char not in _FIRST_LETTERS
)


_MULTIPLIER_ANCHOR = re.compile(r"\b(?:" + "|".join(MULTIPLIER_STEMS) + ")", re.IGNORECASE)
_LINE_STEMS = NUMBER_STEMS + MULTIPLIER_STEMS
_LINE_ANCHOR = re.compile(r"\b(?:" + "|".join(_LINE_STEMS) + ")", re.IGNORECASE)


def _word_starts(
    text: str,
    stems: tuple[str, ...] = NUMBER_STEMS,
    anchor: re.Pattern[str] = _WORD_ANCHOR,
    lower: str | None = None,
) -> list[int]:
    """Offsets where a number word (or another of ``stems``, found by ``anchor``) may start, in
    no particular order; ``lower`` is ``text.lower()`` when the caller has it."""
    if lower is None:
        lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lowercased
        return [m.start() for m in anchor.finditer(text)]
    # Every stem in one pass over the text: a str.find per stem read the text thirty times, a
    # third of the metrics' time.
    return word_starts(lower, stems)


# What a quantity starting before a digit or number word (in the few characters tried before it)
# can start with, in an ASCII stretch of text: a currency sign, code or prefix ("$", "USD",
# "CA$", "Rs"), "#", or "a" ("a  hundred": spaced other than by one space, no number word is
# found there). Any other ASCII character starts no quantity unless it is itself a digit run's
# or number word's start (anchors are tried again where they lie in the stretch): a number word
# written in ASCII is found as a word anchor. Outside ASCII stretches (a number word may be
# spelled with a character that lowercases to none of the stems' letters) :data:`_NEVER_FIRST`
# decides, as everywhere.
_BEFORE_FIRST = frozenset(
    "$#aArR" + "".join(code[0] for code in CURRENCY_CODES) + "UCANHSMR"  # see _FIRST_LETTERS
)
_STEM_WIDTH = max(map(len, NUMBER_STEMS))


# What may come before a digit or number word where no quantity starts: the pattern's
# lookbehind refuses them, and no word it lets a number be glued to ends with one.
_NO_START_AFTER = frozenset(".,/\\#$£€¥₹₩₽₺₪_")
_GLUE_WORDS = ("by", "to", "of", "from", "over", "than", "with", "under", "about")


def _may_start_at(line: str, anchor: int) -> bool:
    """False when no quantity can start at ``anchor`` (a digit run's or a number word's start),
    from the character before it: half the anchors where the pattern was tried in vain follow a
    letter ("ab12", ids and codes) or "/", ".", "," and the like. A digit after an ASCII letter
    starts one only right after a word a number may be glued to ("by52percent"); in a
    stretch that is not ASCII (a letter that matches one of those words' letters only when case
    is ignored) the pattern decides."""
    if not anchor:
        return True
    before = line[anchor - 1]
    if before in _NO_START_AFTER:
        return False
    if before.isascii() and before.isalpha():
        tail = line[max(anchor - 5, 0) : anchor]
        return not tail.isascii() or tail.lower().endswith(_GLUE_WORDS)
    return True


def _quantities(
    line: str, lower: str | None = None, word_anchors: list[int] | None = None
) -> list[re.Match[str]]:
    """The quantity matches in a line; the pattern is tried only just before digits and number
    words (``word_anchors`` when the caller found them already), and never at a space or another
    character no quantity starts with (:data:`_NEVER_FIRST`, :data:`_BEFORE_FIRST`): most of the
    tries were there."""
    if word_anchors is None:
        word_anchors = _word_starts(line, lower=lower)
    anchor_set = {m.start() for m in _DIGIT_RUN.finditer(line)}
    if word_anchors:
        anchor_set.update(word_anchors)
    found = []
    pos = 0
    for anchor in sorted(anchor_set):
        if anchor < pos:
            continue
        m = None
        first_try = max(pos, anchor - _PREFIX_WIDTH)
        if first_try < anchor:
            # The character before the stretch too: a number word needs none of \w before it.
            ascii_stretch = line[max(first_try - 1, 0) : anchor + _STEM_WIDTH].isascii()
            for start in range(first_try, anchor):
                first = line[start]
                if ascii_stretch:
                    if first not in _BEFORE_FIRST and start not in anchor_set:
                        continue
                elif first in _NEVER_FIRST or first.isspace():
                    continue
                m = _QUANTITY.match(line, start)
                if m is not None:
                    break
        if m is None and _may_start_at(line, anchor):
            m = _QUANTITY.match(line, anchor)  # a digit or a number word's first letter
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


# --------------------------------------------------------------------------------------------
# Changes and ranges: two neighbouring quantities made one
# --------------------------------------------------------------------------------------------


# Words between "from" / "to" and a number: "from ~40%", "to nearly 100%", "from a ten day close",
# "to > $20 million", "from its usual 9 days".
_NEAR = (
    r"(?:(?:~|<|>|≤|≥|≈|about|around|approximately|approx\.?|nearly|almost|roughly|just|only|"
    r"over|under|below|above|less\s+than|more\s+than|a|an|the|its|their|our|his|her|usual|"
    r"previous|prior|original|typical|average|initial|former|low|mid|high|[-–])\s*)*"
)
_FROM_LEFT = re.compile(
    r"(?:(?P<noun>[A-Za-z][\w-]*)\s+)?\b(?P<from>from)\s*" + _NEAR + "$", re.IGNORECASE
)
_TO_LEFT = re.compile(r"\bto\s+" + _NEAR + "$", re.IGNORECASE)
# Between the two numbers of a change: "to", "down to", "to to" (a typo), an arrow; a rate's
# period after the first ("$250/quarter to"); a noun repeated after the second ("from a ten day
# close to a three day close").
_CHANGE_SEP = re.compile(
    r"(?P<per>\s*/\s*[a-z]+)?(?:\s+(?!(?:to|down|up)\b)(?P<noun>[a-z]+))?\s*,?\s+(?:(?:down|up|all\s+the\s+way)\s+)?"
    r"(?P<to>to)(?:\s+to)?\s*" + _NEAR + r"|\s*(?P<arrow>→|->|=>|⇒)\s*" + _NEAR,
    re.IGNORECASE,
)
_REVERSE_SEP = re.compile(r"(?:,?\s*\(?\s*(?:down|up)\s+from\s+|\s+from\s+)" + _NEAR, re.IGNORECASE)
# A range rather than a change: "ranging from $500K to $10M", "between 1 and 3 years",
# "teams of 20 up to 100".
_RANGE_CUE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|vary|varies|varied|varying|spanning|anywhere)\s*$", re.IGNORECASE
)
_BETWEEN_LEFT = re.compile(r"\bbetween\s+" + _NEAR + "$", re.IGNORECASE)
_AND_SEP = re.compile(r"\s+(?:and|&)\s+" + _NEAR, re.IGNORECASE)
_UP_TO_SEP = re.compile(r"\s+(?:up\s+)?to\s+(?:more\s+than\s+|over\s+)?|\s+up\s+to\s+", re.I)
# A change between bare numbers that is a software version ("migration from 6.5 to 7.0",
# "Windows versions from 95 to 10").
_VERSION_CUE = re.compile(
    r"\b(?:versions?|upgrad\w*|migrat\w*|releases?|patch\w*|editions?|v)\b", re.IGNORECASE
)


def _from_left(left: str) -> re.Match[str] | None:
    """``_FROM_LEFT.search(left)``, skipped when ``left`` has no "from" (nearly always: the
    search tries every offset of ``left``)."""
    if "from" not in left.lower():
        return None
    return _FROM_LEFT.search(left)


def _convert(value: float, unit: str | None, to_unit: str | None) -> float | None:
    """A baseline in the value's unit (time units convert; other units must agree)."""
    if unit == to_unit or unit is None or to_unit is None:
        return value
    if unit in TIME_SECONDS and to_unit in TIME_SECONDS:
        return value * TIME_SECONDS[unit] / TIME_SECONDS[to_unit]
    return None


def _direction(value: float, baseline: float) -> Literal["up", "down"] | None:
    return "up" if value > baseline else "down" if value < baseline else None


def _pair(line: str, a: MetricHit, b: MetricHit) -> MetricHit | None:
    """Join two neighbouring quantities into a change ("from 300 to 120", "raised NPS 62% to
    91%") or a range ("5 to 7 years", "ranging from $500K to $10M", "between 1 and 3 years")."""
    if a.kind and b.kind and a.kind != b.kind:
        return None
    if a.unit and b.unit and a.unit != b.unit and _convert(1, a.unit, b.unit) is None:
        return None  # "30 technologies to 50 products"
    if a.kind is None and b.kind is None and (a.yearlike or b.yearlike):
        return None  # "from 2015 to 2018": dates
    sep = line[a.end : b.start]
    left = left_of(line, a.start)
    kind = b.kind or a.kind
    unit = b.unit if b.kind else a.unit
    change = _CHANGE_SEP.fullmatch(sep)
    if change and change.group("noun") and not _repeats(line, b.end, change.group("noun")):
        change = None
    from_left = _from_left(left)
    if change and (from_left or change.group("arrow")):
        before_from = left[: from_left.start("from")] if from_left else ""
        if _RANGE_CUE.search(before_from):
            first = a.start - len(left) + from_left.start("from") if from_left else a.start
            return _range(a, b, first, kind, unit)
        return _change(a, b, left, from_left, kind, unit)
    if _UP_TO_SEP.fullmatch(sep) and b.kind is not None:
        verb = change_verb(left) if "up" not in sep.lower() else None
        start = _convert(a.value, a.unit if a.kind else unit, unit)
        went = None if start is None else _direction(b.value, start)
        if (verb is not None and went is not None and verb in ("either", went)) or (
            went == "down" and "up" not in sep.lower()
        ):
            return _change(a, b, left, None, kind, unit)  # "raised NPS 62% to 91%", "4h to 45m"
        return _range(a, b, a.start, kind, unit)  # "5 to 7 years", "teams of 20 up to 100"
    if _AND_SEP.fullmatch(sep) and _BETWEEN_LEFT.search(left):
        return _range(a, b, a.start, kind, unit)
    reverse = _REVERSE_SEP.fullmatch(sep)
    if reverse and (_TO_LEFT.search(left) or sep.strip()[:1] in (",", "(", "d", "u")):
        baseline = _convert(b.value, b.unit if b.kind else unit, unit)
        if baseline is None or kind is None:
            return None
        end = b.end + 1 if line[b.end : b.end + 1] == ")" and "(" in sep else b.end
        return MetricHit(
            a.start, end, a.value, kind, unit, baseline=baseline,
            direction=_direction(a.value, baseline),
        )  # fmt: skip
    return None


def _repeats(line: str, pos: int, noun: str) -> bool:
    """Whether ``noun`` is the next word after ``pos`` ("a ten day close to a three day close")."""
    return line[pos : pos + len(noun) + 1].strip().lower() == noun.lower()


def _range(
    a: MetricHit, b: MetricHit, first: int, kind: MetricKind | None, unit: str | None
) -> MetricHit | None:
    """A range from ``a`` to ``b``: the low end as value, the high end (in its unit) as upper."""
    if kind is None:
        return None
    unit = a.unit if a.kind else unit
    high = _convert(b.upper or b.value, b.unit if b.kind else unit, unit)
    if high is None or high < a.value:
        return None
    return MetricHit(first, b.end, a.value, kind, unit, upper=high)


def _change(
    a: MetricHit,
    b: MetricHit,
    left: str,
    from_left: re.Match[str] | None,
    kind: MetricKind | None,
    unit: str | None,
) -> MetricHit | None:
    """A change from ``a`` to ``b``: the value reached, the baseline in its unit, the direction."""
    baseline = _convert(a.value, a.unit if a.kind else unit, unit)
    if baseline is None:
        return None
    first = a.start - len(left) + from_left.start("from") if from_left else a.start
    if kind is None:
        noun = from_left.group("noun") if from_left else None
        if a.versionlike or b.versionlike or _VERSION_CUE.search(left):
            return None  # "a migration from 6.5 to 7.0", "Windows versions from 95 to 10"
        if noun and (noun.lower() in TECH_PREFIXES or noun.lower() in CODE_PREFIXES):
            return None
        kind, unit = _context_unit(noun)
    return MetricHit(
        first,
        b.end,
        b.value,
        kind,
        unit,
        baseline=baseline,
        direction=_direction(b.value, baseline),
    )


def _context_unit(noun: str | None) -> tuple[MetricKind, str | None]:
    """Kind and unit of a change between bare numbers, from the noun before "from"."""
    if noun is None:
        return "count", None
    lower = noun.lower()
    if lower in TEAM_NOUNS:
        return "team_size", "people"
    if lower in VERB_FORMS or lower in STOPWORDS or lower.endswith(("ed", "ing")):
        return "count", None  # "grew from 4 to 12", "rose from..."
    if lower in ("rose", "fell", "went", "moved", "jumped", "climbed", "down", "up"):
        return "count", None
    return "count", noun


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


# Words that are a number of times: "doubled", "tripling", "halved", "twice", "thrice", "by half".
_MULTIPLIER_WORD = re.compile(
    r"(?i:(?:doubl|tripl|quadrupl)(?:ed|es|ing)|halv(?:ed|es|ing)|twice|thrice|half)(?![\w-])"
)
_NOT_MULTIPLIER_AFTER = re.compile(
    r"\s+(?:as|up|down|back|over|checked|checking|clicked|digits?)\b", re.IGNORECASE
)
_NEGATED = re.compile(r"\b(?:no|not|nothing|never|none|without)\b|n['’]t\b", re.IGNORECASE)
_HALF_LEFT = re.compile(r"\b(?:by|in)\s+$", re.IGNORECASE)
_FREQUENCY_AFTER = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:day|week|month|quarter|year|night|shift)\b|\s+(?:daily|"
    r"weekly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)
_TWICE_COMPARED = re.compile(
    r"\s+(?:as\b|the\s+(?:size|number|amount|rate|volume|speed|output|revenue|industry|"
    r"average|target)|faster|more|higher|larger|bigger|greater|better|over)",
    re.IGNORECASE,
)


def _multiplier_hits(line: str) -> list[MetricHit]:
    """The words of a line that are a number of times, as metrics.

    "Doubled output", "tripling revenue": a ratio (2x, 3x); "halved costs", "cut by half": 50
    percent; "twice as fast": a ratio; "promoted twice", "awarded thrice": a count of times;
    "twice a week" (a frequency) and "doubled as team lead" are none.
    """
    hits = []
    for start in sorted(_word_starts(line, MULTIPLIER_STEMS, _MULTIPLIER_ANCHOR)):
        m = _MULTIPLIER_WORD.match(line, start)
        if m is None:
            continue
        word, end = m.group(0).lower(), m.end()
        factor = read_multiplier(word)
        if word == "half" or word.startswith("halv"):
            left = left_of(line, start)
            by = _HALF_LEFT.search(left) if word == "half" else None
            if word == "half" and (by is None or verb_before(left) is None):
                continue  # "the first half of 2020"
            first = start - len(left) + by.start() if by else start
            hits.append(MetricHit(first, end, 50.0, "percent", "%"))
        elif word in ("twice", "thrice"):
            if _FREQUENCY_AFTER.match(line, end) or _NEGATED.search(left_of(line, start)):
                continue  # "twice a week"; "so nothing rendered twice"
            if _TWICE_COMPARED.match(line, end):
                hits.append(MetricHit(start, end, factor, "ratio", "x"))
            else:
                hits.append(MetricHit(start, end, factor, "count", "times"))
        elif not _NOT_MULTIPLIER_AFTER.match(line, end):
            hits.append(MetricHit(start, end, factor, "ratio", "x"))
    return hits


class _LineCache:
    """The metrics of the lines scanned last (least recently used first out)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._hits: OrderedDict[str, tuple[MetricHit, ...]] = OrderedDict()

    def get(self, line: str) -> tuple[MetricHit, ...] | None:
        hits = self._hits.get(line)
        if hits is not None:
            self._hits.move_to_end(line)
        return hits

    def put(self, line: str, hits: tuple[MetricHit, ...]) -> None:
        self._hits[line] = hits
        if len(self._hits) > self._size:
            self._hits.popitem(last=False)

    def clear(self) -> None:
        self._hits.clear()


# Extraction reads each metric's line again right after the scan (normalise_metric), and many
# documents repeat lines (a posting's boilerplate, the same resume scored against many postings):
# the cache holds thousands of short lines. Long lines have a small cache of their own, so that
# memory stays bounded (8,192 lines of at most 1,000 characters).
_SHORT_LINE = 1_000
_SHORT_LINES = _LineCache(8192)
_LONG_LINES = _LineCache(64)


def _scan_line(line: str, word_anchors: list[int] | None = None) -> tuple[MetricHit, ...]:
    """Every metric in one line, in order, not overlapping (cached by line).

    Args:
        line: The line.
        word_anchors: Where number words may start in it, when the caller found them already
            (:func:`find_metrics` finds them in the whole text at once).
    """
    cache = _SHORT_LINES if len(line) <= _SHORT_LINE else _LONG_LINES
    hits = cache.get(line)
    if hits is None:
        hits = _scan(line, word_anchors)
        cache.put(line, hits)
    return hits


def _cached_hits(line: str) -> tuple[MetricHit, ...] | None:
    """The metrics of ``line`` when it was scanned lately, else None."""
    return (_SHORT_LINES if len(line) <= _SHORT_LINE else _LONG_LINES).get(line)


def _scan(line: str, word_anchors: list[int] | None = None) -> tuple[MetricHit, ...]:
    """Every metric in one line, in order, not overlapping."""
    lower = line.lower()
    quantities: list[MetricHit] = []
    for count, m in enumerate(_quantities(line, lower, word_anchors)):
        if not count & 511:
            check_time()  # a line can hold a million characters of numbers
        hit = classify_quantity(line, m)
        if hit is not None:
            quantities.append(hit)
    hits: list[MetricHit] = []
    i = 0
    while i < len(quantities):
        current = quantities[i]
        if i + 1 < len(quantities):
            paired = _pair(line, current, quantities[i + 1])
            if paired is not None:
                current = paired
                i += 1
        i += 1
        if current.kind is None:
            continue
        if hits and current.start < hits[-1].end:
            continue
        hits.append(current)
    if holds_any(lower, MULTIPLIER_STEMS):  # rare: the scan only when one is there
        hits = _merge(hits, _multiplier_hits(line))
    if hits and is_company_fact(line):
        return ()  # "Acme serves 2 million people": the employer's figures
    return tuple(hits)


def _merge(hits: list[MetricHit], more: list[MetricHit]) -> list[MetricHit]:
    """``hits`` with those of ``more`` that overlap none of them, in order."""
    merged = list(hits)
    for extra in more:
        if all(extra.end <= hit.start or hit.end <= extra.start for hit in hits):
            merged.append(extra)
    merged.sort(key=lambda hit: hit.start)
    return merged


@lru_cache(maxsize=512)
def _hit_ends(line: str) -> tuple[int, ...]:
    """The end offsets of :func:`_scan_line`'s hits (increasing), for bisection."""
    return tuple(hit.end for hit in _scan_line(line))


# Doc -> (text, line starts, line start -> line): a span's line is found by bisection and the
# same str object is reused, so the per-metric cost does not grow with the line's length.
_DOC_LINES: weakref.WeakKeyDictionary[Doc, tuple[str, list[int], dict[int, str]]] = (
    weakref.WeakKeyDictionary()
)


# Doc -> the value of each span find_metrics gave it, by (first, end) character: normalising a
# metric found by find_metrics reads it back instead of finding the span's line and its hits
# again (a third of extracting the metrics). Weak keys, as above.
_DOC_VALUES: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], MetricValue]] = (
    weakref.WeakKeyDictionary()
)


def _line_at(doc: Doc, offset: int) -> tuple[int, str]:
    """The start offset and text of the line of ``doc`` holding character ``offset``."""
    cached = _DOC_LINES.get(doc)
    if cached is None:
        # The caller's text when it left it on the Doc (Doc.text joins every token); read once
        # per Doc, here, rather than noted for every Doc find_metrics sees.
        text = doc_text(doc)
        starts = [0, *(match.end() for match in re.finditer("\n", text))]
        cached = _DOC_LINES[doc] = (text, starts, {})
    text, starts, lines = cached
    start = starts[bisect_right(starts, offset) - 1]
    line = lines.get(start)
    if line is None:  # sliced once per line that holds a metric, not for every line
        end = text.find("\n", start)
        line = lines[start] = text[start : len(text) if end == -1 else end]
    return start, line


# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------


def find_metrics(doc: Doc) -> list[Span]:
    """Find the quantified achievements in a document.

    Only lines holding a digit or a number word are scanned.

    Args:
        doc: A tokenized document (any English pipeline; ``spacy.blank("en")`` is enough).

    Returns:
        The metric spans in text order, not overlapping, each labelled with its kind
        (``percent``, ``money``, ``count``, ``team_size``, ``duration``, ``ratio``, ``rank``).
        Spans are widened to whole tokens.
    """
    text = doc_text(doc)
    line_starts = set()
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        line_starts.add(text.rfind("\n", 0, digit.start()) + 1)
        pos = text.find("\n", digit.start()) + 1
        if pos == 0:
            break
    lower = lowered(text)
    words = sorted(_word_starts(text, _LINE_STEMS, _LINE_ANCHOR, lower))
    line_starts.update(text.rfind("\n", 0, i) + 1 for i in words)
    # Found by a pattern when lowercasing moved offsets (not the way a line finds its own): then
    # each line finds its own.
    lines_share = len(lower) == len(text)
    spans: list[Span] = []
    values: dict[tuple[int, int], MetricValue] = {}
    last_token = 0
    for count, line_start in enumerate(sorted(line_starts)):
        if not count & 255:
            check_time()  # the time budget, where no alarm can interrupt (off the main thread)
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        hits = _cached_hits(line)
        if hits is None:
            anchors = None
            if lines_share:
                # The number words of this line (the multiplier words are looked for apart).
                first, last = bisect_left(words, line_start), bisect_left(words, line_end)
                anchors = [
                    i - line_start for i in words[first:last] if lower.startswith(NUMBER_STEMS, i)
                ]
            hits = _scan_line(line, anchors)
        for index, hit in enumerate(hits):
            span = doc.char_span(
                line_start + hit.start,
                line_start + hit.end,
                label=cast(str, hit.kind),
                alignment_mode="expand",
            )
            if span is None or span.start < last_token:
                continue
            spans.append(span)
            last_token = span.end
            first, end = span.start_char, span.end_char
            best = _best_hit(hits, index, first - line_start, end - line_start)
            values[first, end] = _value(best)
    if values:  # without any, normalising finds a span's value on its line as it would
        _DOC_VALUES[doc] = values
    return spans


def _best_hit(hits: tuple[MetricHit, ...], index: int, lo: int, hi: int) -> MetricHit:
    """The hit of a line overlapping its characters ``lo:hi`` most (the first of equals), where
    ``hits[index]`` lies within them: what :func:`normalise_metric` finds for a span made from
    ``hits[index]`` (widened to whole tokens, it can reach into its neighbours)."""
    while index and hits[index - 1].end > lo:
        index -= 1  # hits are in order and do not overlap: their ends increase
    best, best_overlap = hits[index], 0
    for hit in hits[index:]:
        if hit.start >= hi:
            break
        overlap = min(hi, hit.end) - max(lo, hit.start)
        if overlap > best_overlap:
            best, best_overlap = hit, overlap
    return best


def _value(hit: MetricHit) -> MetricValue:
    """The normalised quantity of a hit."""
    assert hit.kind is not None  # _scan_line drops bare numbers
    return MetricValue(
        hit.value, hit.unit, hit.kind, hit.baseline, hit.upper, hit.out_of, hit.direction
    )


def normalise_metric(span: Span) -> MetricValue:
    """Normalise a metric span found by :func:`find_metrics`.

    The span's line is scanned again (cached) so the value agrees with what was found, context
    included ("tickets from 300 to 120" takes its unit from the noun before the span).

    Args:
        span: A span from :func:`find_metrics` (or any span holding one quantity).

    Returns:
        The value, unit, kind and baseline (plus range upper end and rank total when written).

    Raises:
        ValueError: The span holds no metric.
    """
    found = _DOC_VALUES.get(span.doc)
    if found is not None:
        value = found.get((span.start_char, span.end_char))
        if value is not None:  # a span find_metrics gave its Doc: the value it found then
            return value
    return _normalise(span)


def _normalise(span: Span) -> MetricValue:
    """:func:`normalise_metric` of any span: its line's hits found (or read from the cache)."""
    line_start, line = _line_at(span.doc, span.start_char)
    lo, hi = span.start_char - line_start, span.end_char - line_start
    best: MetricHit | None = None
    best_overlap = 0
    hits = _scan_line(line)
    # Hits are in order and do not overlap: skip to the first ending after the span (a scan from
    # the start made one long line full of numbers quadratic).
    for index in range(bisect_right(_hit_ends(line), lo), len(hits)):
        hit = hits[index]
        if hit.start >= hi:
            break
        overlap = min(hi, hit.end) - max(lo, hit.start)
        if overlap > best_overlap:
            best, best_overlap = hit, overlap
    if best is None:
        own = _scan_line(span.text)
        if not own:
            raise ValueError(f"no quantified achievement in {span.text!r}")
        best = own[0]
    return _value(best)


# In the education section these kinds are marks ("92%", "(2:1)"), study periods ("2 years") and
# credits ("64 credits") unless an action verb makes them a result ("Raised the society's
# membership 40%").
_EDUCATION_MARK_KINDS = frozenset({"percent", "ratio", "duration", "count"})


def metric_fits_section(value: MetricValue, section: str, verb: str | None) -> bool:
    """Whether a metric is an achievement given the section it sits in.

    Args:
        value: The normalised metric.
        section: The canonical name of its section (``education``, ``experience``...).
        verb: The action verb of its sentence, if any (:func:`find_action_verb`).

    Returns:
        False for a percentage, ratio, duration or count in the education section with no
        action verb (a mark, a class, a study period, credits); True otherwise.
    """
    return not (section == "education" and verb is None and value.kind in _EDUCATION_MARK_KINDS)


def find_action_verb(sentence: Span) -> str | None:
    """The action verb a bullet or sentence starts with, as a lowercase lemma.

    Leading bullets, numbering and punctuation are skipped, and so is one adverb in "-ly"
    ("Successfully delivered..."). The token's ``lemma_`` is used when the pipeline set it to a
    known action verb; otherwise the verb's form is looked up in a built-in list of about 200
    resume action verbs (past, present, third-person and -ing forms).

    Args:
        sentence: A sentence or bullet span.

    Returns:
        The lemma ("lead", "reduce", "cut"), or None when the first word is not an action verb.
    """
    skipped_adverb = False
    for token in sentence:
        text = token.text
        # A word of letters only needs no look at each character (most first words are).
        if not text.isalpha() and not any(ch.isalpha() for ch in text):
            continue
        lower = token.lower_
        lemma = token.lemma_  # looked up in the vocabulary's strings once
        lemma = lemma.lower() if lemma else ""
        if lemma in ACTION_LEMMA_SET and lower != "found":
            return lemma
        if lower in VERB_FORMS:
            return VERB_FORMS[lower]
        if not skipped_adverb and lower.endswith("ly") and len(lower) > 4:
            skipped_adverb = True
            continue
        return None
    return None
