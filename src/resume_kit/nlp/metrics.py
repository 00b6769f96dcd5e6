"""Quantified achievements: find them in a spaCy Doc and normalise them.

``find_metrics`` marks each quantity ("cut release time 40%", "a $2.5M budget", "team of 12",
"from 300 to 120") as a span labelled with its :data:`~resume_kit.model.documents.MetricKind`;
``normalise_metric`` turns such a span into a :class:`MetricValue` (number, unit, kind, baseline);
``find_action_verb`` gives the lemma of the action verb a bullet starts with.

How it works: a regular expression finds the numbers in each line that holds a digit, a currency
sign, ``%`` or a number word (the other lines are never looked at: the metric scan must stay cheap
next to tokenizing), and the text right after and before each number decides what it measures. A
number only counts when that context gives it a unit: a currency, ``%``, ``x``, a time unit, a
plural noun ("15 projects"), a team cue ("team of 12", "40-person team"), a rank cue ("#1 of 40",
"top 5%"), or a "from A to B" change. Bare numbers (years, phone numbers, versions, zip codes,
"ISO 27001") therefore never match; the context rules catch the ones that are followed by a
plural noun ("Windows 10 machines", "ISO 9001 audits") or are dates ("from 2015 to 2018").

Modelling choices, so that nothing is inflated:

* "from 300 to 120" is one metric: ``value`` 120 (where things ended up), ``baseline`` 300; the
  unit comes from the numbers ("from 8% to 3%") or from the noun just before "from" ("tickets
  from 300 to 120" -> ``tickets``; "NPS from 32 to 61" -> ``NPS``).
* A range ("20-30%", "£40k - 50k", "5 to 7 years") keeps its lower end as ``value`` and its upper
  end as ``upper``.
* Hours, days, weeks... are ``duration`` whatever the verb ("saved 1,200 hours" is 1,200 hours).
* "20+ stakeholders" is 20: the plus sign is kept in the span text only.
* "24/7" is availability, not an achievement: not a metric.
* People nouns ("engineers", "direct reports") give ``team_size`` with unit ``people``, except
  after verbs that count people served rather than led ("trained 200 engineers"), or for numbers
  too large to be a team ("30 million people"): those are counts of the noun.

This module finds the quantities in a line, pairs neighbours into changes and ranges, and holds the
public functions. Reading a number as written is :mod:`resume_kit.structure.numbers`; what the words
around it say it measures is :mod:`resume_kit.nlp.metric_context`, with the word lists of
:mod:`resume_kit.nlp.metric_vocabulary` and the patterns of :mod:`resume_kit.nlp.metric_patterns`.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from resume_kit.model.documents import MetricKind
from resume_kit.nlp.doc_text import doc_text
from resume_kit.nlp.metric_context import MetricHit, classify_quantity, left_of
from resume_kit.nlp.metric_vocabulary import (
    ACTION_LEMMA_SET,
    CURRENCY_CODES,
    STOPWORDS,
    TEAM_NOUNS,
    TIME_SECONDS,
    VERB_FORMS,
)
from resume_kit.read.limits import check_time
from resume_kit.structure.numbers import NUMBER, NUMBER_STEMS, SCALE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["MetricValue", "find_action_verb", "find_metrics", "normalise_metric"]


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
    """

    value: float
    unit: str | None
    kind: MetricKind
    baseline: float | None = None
    upper: float | None = None
    out_of: float | None = None


# --------------------------------------------------------------------------------------------
# Quantities: the pattern of one, and where in a line it is tried
# --------------------------------------------------------------------------------------------


_SIGN = (
    r"(?<![A-Za-z])(?:US|CAD?|AUD?|NZ|HK|SG|MX|[CASR])?\$|[£€¥₹₩₽₺₪]|"
    r"\b(?:" + "|".join(CURRENCY_CODES) + r")\s?|\b(?i:rs\.?)\s?"
)
# One number: an optional currency sign or "#", the number, an ordinal suffix, a scale, and a
# dash range ("40-50%", "£40k - 50k", "$100-120k"), then "+" ("20+").
_QUANTITY = re.compile(
    rf"""
    (?:(?P<cur>{_SIGN})|(?<!\w)(?P<hash>\#\s?)|(?<![\w.,:/\\\#$£€¥₹₩₽₺₪-]))
    (?P<num>{NUMBER})
    (?P<ord>st|nd|rd|th)?
    (?P<scale>{SCALE})?
    (?:\s?[-–—]\s?(?P<cur2>{_SIGN})?(?P<num2>{NUMBER})(?P<scale2>{SCALE})?)?
    (?P<plus>\+)?
    """,
    re.VERBOSE,
)
# Where a quantity can start: a digit, or a number word (found with str.find from the number
# stems, several times faster than a case-insensitive regex alternation over every position).
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_WORD_ANCHOR = re.compile(r"\b(?:" + "|".join(NUMBER_STEMS) + ")", re.IGNORECASE)
_PREFIX_WIDTH = 4  # the longest currency prefix before the digits: "CAD$", "USD ", "Rs. "


def _word_starts(text: str) -> list[int]:
    """Offsets where a number word may start in ``text``."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lowercased
        return [m.start() for m in _WORD_ANCHOR.finditer(text)]
    starts = []
    for stem in NUMBER_STEMS:
        i = lower.find(stem)
        while i != -1:
            if i == 0 or not lower[i - 1].isalnum():
                starts.append(i)
            i = lower.find(stem, i + len(stem))
    return starts


def _quantities(line: str) -> list[re.Match[str]]:
    """The quantity matches in a line; the pattern is tried only just before digits and number
    words, and never at a space (every way a quantity can start is a sign, "#", a digit or a
    letter): a fifth of the tries were there."""
    anchors = sorted({m.start() for m in _DIGIT_RUN.finditer(line)}.union(_word_starts(line)))
    found = []
    pos = 0
    for anchor in anchors:
        if anchor < pos:
            continue
        for start in range(max(pos, anchor - _PREFIX_WIDTH), anchor + 1):
            if line[start].isspace():
                continue
            m = _QUANTITY.match(line, start)
            if m is not None:
                found.append(m)
                pos = m.end()
                break
    return found


# --------------------------------------------------------------------------------------------
# Changes and ranges: two neighbouring quantities made one
# --------------------------------------------------------------------------------------------


_FROM_LEFT = re.compile(r"(?:(?P<noun>[A-Za-z][\w-]*)\s+)?\b(?P<from>from)\s+$", re.I)
_TO_LEFT = re.compile(r"\bto\s+$", re.IGNORECASE)
_CHANGE_SEP = re.compile(r"\s+to\s+|\s*(?:→|->|=>|⇒)\s*", re.IGNORECASE)
_REVERSE_SEP = re.compile(r",?\s*\(?\s*(?:down|up)\s+from\s+|\s+from\s+", re.IGNORECASE)


def _from_left(left: str) -> re.Match[str] | None:
    """``_FROM_LEFT.search(left)``, skipped when ``left`` does not end in "from" and whitespace
    (the pattern's end), which is nearly always: the search tries every offset of ``left``."""
    stripped = left.rstrip()
    if len(stripped) == len(left) or stripped[-4:].lower() != "from":
        return None
    return _FROM_LEFT.search(left)


def _convert(value: float, unit: str | None, to_unit: str | None) -> float | None:
    """A baseline in the value's unit (time units convert; other units must agree)."""
    if unit == to_unit or unit is None or to_unit is None:
        return value
    if unit in TIME_SECONDS and to_unit in TIME_SECONDS:
        return value * TIME_SECONDS[unit] / TIME_SECONDS[to_unit]
    return None


def _pair(line: str, a: MetricHit, b: MetricHit) -> MetricHit | None:
    """Join two neighbouring quantities into a change ("from 300 to 120") or a range."""
    if a.kind and b.kind and a.kind != b.kind:
        return None
    if a.kind is None and b.kind is None and (a.yearlike or b.yearlike):
        return None  # "from 2015 to 2018": dates
    sep = line[a.end : b.start]
    left = left_of(line, a.start)
    kind = b.kind or a.kind
    unit = b.unit if b.kind else a.unit
    change = _CHANGE_SEP.fullmatch(sep)
    from_left = _from_left(left)
    if change and (from_left or sep.strip().lower() != "to"):
        baseline = _convert(a.value, a.unit if a.kind else unit, unit)
        if baseline is None:
            return None
        first = a.start - len(left) + from_left.start("from") if from_left else a.start
        if kind is None:
            kind, unit = _context_unit(from_left.group("noun") if from_left else None)
        return MetricHit(first, b.end, b.value, kind, unit, baseline=baseline)
    if change and a.kind is None and b.kind is not None:
        return MetricHit(a.start, b.end, a.value, kind, unit, upper=b.value)  # "5 to 7 years"
    reverse = _REVERSE_SEP.fullmatch(sep)
    if reverse and (_TO_LEFT.search(left) or sep.strip()[:1] in (",", "(", "d", "u")):
        baseline = _convert(b.value, b.unit if b.kind else unit, unit)
        if baseline is None or kind is None:
            return None
        end = b.end + 1 if line[b.end : b.end + 1] == ")" and "(" in sep else b.end
        return MetricHit(a.start, end, a.value, kind, unit, baseline=baseline)
    return None


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


@lru_cache(maxsize=512)
def _scan_line(line: str) -> tuple[MetricHit, ...]:
    """Every metric in one line, in order, not overlapping."""
    quantities: list[MetricHit] = []
    for count, m in enumerate(_quantities(line)):
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
    return tuple(hits)


@lru_cache(maxsize=512)
def _hit_ends(line: str) -> tuple[int, ...]:
    """The end offsets of :func:`_scan_line`'s hits (increasing), for bisection."""
    return tuple(hit.end for hit in _scan_line(line))


# Doc -> its text, so that normalising each metric does not rebuild the text (Doc.text joins every
# token). Weak keys: an entry goes when its Doc does.
_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


# Doc -> (line starts, line start -> line): a span's line is found by bisection and the same str
# object is reused, so the per-metric cost does not grow with the line's length.
_DOC_LINES: weakref.WeakKeyDictionary[Doc, tuple[list[int], dict[int, str]]] = (
    weakref.WeakKeyDictionary()
)


def _line_at(doc: Doc, offset: int) -> tuple[int, str]:
    """The start offset and text of the line of ``doc`` holding character ``offset``."""
    cached = _DOC_LINES.get(doc)
    if cached is None:
        text = _DOC_TEXTS.get(doc)
        if text is None:
            text = _DOC_TEXTS[doc] = doc.text
        starts = [0, *(match.end() for match in re.finditer("\n", text))]
        ends = [start - 1 for start in starts[1:]] + [len(text)]
        cached = _DOC_LINES[doc] = (
            starts,
            {start: text[start:end] for start, end in zip(starts, ends, strict=True)},
        )
    starts, lines = cached
    start = starts[bisect_right(starts, offset) - 1]
    return start, lines[start]


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
    _DOC_TEXTS[doc] = text
    line_starts = set()
    pos = 0
    while (digit := _DIGIT.search(text, pos)) is not None:
        line_starts.add(text.rfind("\n", 0, digit.start()) + 1)
        pos = text.find("\n", digit.start()) + 1
        if pos == 0:
            break
    line_starts.update(text.rfind("\n", 0, i) + 1 for i in _word_starts(text))
    spans: list[Span] = []
    last_token = 0
    for count, line_start in enumerate(sorted(line_starts)):
        if not count & 255:
            check_time()  # the time budget, where no alarm can interrupt (off the main thread)
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        for hit in _scan_line(text[line_start:line_end]):
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
    return spans


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
    assert best.kind is not None  # _scan_line drops bare numbers
    return MetricValue(best.value, best.unit, best.kind, best.baseline, best.upper, best.out_of)


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
        if not any(ch.isalpha() for ch in token.text):
            continue
        lower = token.lower_
        lemma = token.lemma_.lower() if token.lemma_ else ""
        if lemma in ACTION_LEMMA_SET and lower != "found":
            return lemma
        if lower in VERB_FORMS:
            return VERB_FORMS[lower]
        if not skipped_adverb and lower.endswith("ly") and len(lower) > 4:
            skipped_adverb = True
            continue
        return None
    return None
