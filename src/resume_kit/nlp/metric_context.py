"""What one number in a line measures, read from the words around it.

The metric finder (:mod:`resume_kit.nlp.metrics`) finds each number in a line with its
quantity pattern; :func:`classify_quantity` reads the text right after it and right before it to
decide what it measures (money, a percentage, a ratio, a rank, a duration, a team size, a count of
some noun), or that it is no metric at all: a version, a standard, a code, a date, a name. The
frames of :mod:`resume_kit.nlp.metric_frames` say when the sentence makes it no achievement:
years of experience, a grade, a salary, an employer's own figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from resume_kit.model.documents import MetricKind
from resume_kit.nlp.metric_frames import (
    change_direction,
    change_verb,
    clause_before,
    duration_frame,
    is_disability_rating,
    is_grade,
    is_salary,
    verb_before,
)
from resume_kit.nlp.metric_patterns import (
    BLOCKED_RIGHT,
    CODE_LIST_LEFT,
    COUNT_UNITS_AFTER,
    CURRENCY_AFTER,
    DIRECT_REPORTS,
    LINE_START,
    MONEY_CONTEXT,
    MONEY_LEFT,
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
    direction: Literal["up", "down"] | None = None
    versionlike: bool = False  # "7.0", "1.0": a version more likely than a quantity


# Capitalised words after a number that look plural and are names ("5 Windows 2003 servers").
_TITLE_NOT_PLURAL = frozenset({"windows", "sales", "kubernetes", "jenkins", "analytics"})


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _is_plural_noun(word: str) -> bool:
    """A cheap plural-noun test good enough after a number ("15 projects", "12 FTEs", "30
    Awards" in a title-case line)."""
    lower = word.lower()
    if lower in ("people", "staff", "personnel", "children", "headcount"):
        return True
    if _ACRONYM_PLURAL.fullmatch(word):  # FTEs, APIs, KPIs, SKUs
        return True
    if not word.islower() and not (word[1:].islower() and lower not in _TITLE_NOT_PLURAL):
        return False
    if len(lower) < 3 or not lower.endswith("s"):
        return False
    if lower.endswith(("ss", "us", "is", "ous", "'s", "’s")):
        return False
    return lower not in NOT_PLURAL


# First words after a number that end the search at once (stopwords, time units; as written).
_ENDS_PHRASE = frozenset(
    word for word in STOPWORDS | frozenset(TIME_UNITS) if word not in ("and", "or", "in", "from")
)
_NOUN_WINDOW = 160  # characters after a number that its noun phrase is looked for in
# A word between a number and its noun: letters, or a model or version ("Windows 2000/XP
# workstations", "10 RAID5 disk arrays", "13000 directv.com servers").
_MODIFIER = re.compile(r"[A-Za-z0-9][\w./+&'’-]*")
# Little words that may sit inside the noun phrase ("field and service laptops", "275 in office
# users", "200 work from home users"); any other stopword ends it.
_CONNECTORS = frozenset({"and", "&", "or", "in", "from"})
# Singular nouns used as a modifier after a number ("a 100 employee plant", "a 500 seat centre").
_COMPOUND_NOUNS = frozenset({
    "employee", "user", "seat", "bed", "site", "location", "store", "node", "server", "device",
    "customer", "client", "student", "member", "person",
})  # fmt: skip
_DECIMAL = re.compile(r"\d+\.\d+")
_GLUED_SENTENCE = re.compile(r"([a-z]{3,})\.[A-Z]")
_PHRASE_END = ".,;:!?)\"'”’"


# Words after a number that make it a model or version ("3600 series routers").
_MODEL_WORDS = frozenset({"series", "model", "models", "edition", "version", "gen", "generation"})


def _noun_after(
    line: str, pos: int, value: float = 0, title_ok: bool = True
) -> tuple[str, int, str] | None:
    """The plural noun within five words after ``pos``: (noun, end offset, modifier words).

    A singular noun in the compound "100 employee plant" counts as its plural ("employees"). A
    capitalised plural ("30 Awards") counts only right after the number or one word later, and
    not after "and" / "or" ("2001 and Dallas"), nor when ``title_ok`` is false.
    """
    chunk = line[pos : pos + _NOUN_WINDOW]
    if not chunk[:1].isspace():
        return None
    first = chunk.split(None, 1)[:1]
    if not first or first[0] in _ENDS_PHRASE or first[0].rstrip(_PHRASE_END).isdigit():
        return None  # the common cases: "in", "to", "and", another number: no noun follows
    mods: list[str] = []
    compound: tuple[str, int] | None = None
    followed = False  # a word after the compound's noun ("employee plant")
    joined = False  # an "and" / "or" came before: a verb may follow ("one system and saves")
    cursor = 0
    for index, token in enumerate(chunk.split(None, 5)[:5]):
        begin = chunk.find(token, cursor)
        cursor = begin + len(token)
        if cursor == len(chunk) and pos + cursor < len(line):
            break  # cut by the window
        begin += pos
        glued = _GLUED_SENTENCE.match(token) if "." in token else None
        if glued:  # "locations.Consulted": a lost space
            token = glued.group(1) + "."
        word = token.rstrip(_PHRASE_END)
        if not word:
            break
        if "/" in word[1:] and word[0].isalpha():  # "reviews/month": a rate of the noun
            word = token = word.split("/", 1)[0]
        end = begin + len(word)
        if (
            word[0].isalpha()
            and _is_plural_noun(word)
            and (
                word.islower()
                or (_ACRONYM_PLURAL.fullmatch(word) is not None and (title_ok or len(mods) < 2))
                or (len(mods) < 2 and title_ok and not joined)
            )
        ):
            if joined and word.lower() in VERB_FORMS:
                return None  # "one system and saves costs": a verb, not a noun
            return word, end, " ".join(mods)
        if compound is not None and index == 1 and word[0].isalpha():
            followed = True
        lower = word.lower()
        if index == 0 and value > 1 and lower in _COMPOUND_NOUNS and len(word) == len(token):
            compound = (lower + "s", end)
        acronym = word.isupper() and len(word) > 1  # "IT", not "it"
        if lower in TIME_UNITS or (lower in STOPWORDS and lower not in _CONNECTORS and not acronym):
            break
        if lower in _MODEL_WORDS:
            return None
        if word[0].isdigit() and (joined or _DECIMAL.fullmatch(word)):
            break  # "12 onshore and 10 offshore consultants"; "7.6 7.7 update rollouts"
        if lower in ("and", "or", "&"):
            if index == 0:
                break  # "teams of up to 30 and budgets of..."
            joined = True
        if len(word) != len(token) or not _MODIFIER.fullmatch(word):
            break  # the phrase ends at punctuation
        mods.append(word)
    if compound is not None and followed:  # "a 100 employee manufacturing plant"
        return compound[0], compound[1], ""
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
    if _in_code_list(left):
        return True  # the "2" of "Tier 1 & 2 personnel"
    if clean in CODE_PREFIXES or re.fullmatch(r"[qh][1-4]|fy\d*", clean):
        return True
    # A capitalised word inside a line is a name: "Windows 10 machines", "our Agile 10 person
    # team", "CS 101 students"; not one that ends a list item ("WAN, LAN, 300 workstations").
    return (
        kind in ("count", "team_size", "duration", None)
        and word[:1].isupper()
        and word[-1] not in ",;"
        and clean not in STOPWORDS
        and not _is_line_start(left[:word_start])
    )


def _in_code_list(left: str) -> bool:
    """Whether the number continues a list of codes after a prefix ("Tier 1 & 2", "Layer 1, 2
    and 3", "Server 2012/2014 and 2016")."""
    stripped = left.rstrip()
    if not stripped.endswith((",", "&", "/", " and", " or")):
        return False
    match = CODE_LIST_LEFT.search(left)
    if match is None:
        return False
    prefix = match.group("prefix").lower()
    return prefix in CODE_PREFIXES or prefix in TECH_PREFIXES


# Not frozen: made for every number, and a frozen dataclass sets each of its 13 fields through
# object.__setattr__; nothing changes one after it is made.
@dataclass(slots=True)
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
    versionlike: bool  # a plain decimal with a zero fraction ("7.0"): a version


def _top_left(left: str) -> re.Match[str] | None:
    """``TOP_LEFT.search(left)``, skipped when ``left`` does not end near a "top" (nearly
    always: the search tries every offset of ``left``; a match ends at most two characters
    after its "top", whose letters have no other case-insensitive forms)."""
    if "top" not in left[-6:].lower():
        return None
    return TOP_LEFT.search(left)


def _rank_plain_left(left: str) -> bool:
    """Whether ``RANK_PLAIN_LEFT`` finds "ranked" / "ranking" at the end of ``left``; skipped
    when ``left`` holds no "rank" (``str.lower`` maps the Kelvin sign, the one other form of
    its letters, to "k")."""
    return "rank" in left.lower() and RANK_PLAIN_LEFT.search(left) is not None


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
    if not m.group("num2") and q.value <= 1000 and _rank_plain_left(q.left):
        return _plain_rank_hit(q)
    top = _top_left(q.left)
    if top and not m.group("num2"):
        words = WORDS_AFTER.match(line, q.pos)
        first = words.group("w1").lower() if words else ""
        if TOP_RANK_LEFT.search(q.left) or first in RANK_WORDS or line[q.pos : q.pos + 1] == "/":
            return _top_rank_hit(q, top, words, first)
        if _noun_after(line, q.pos) is None or verb_before(q.left) is None:
            return None  # "top 5 priorities are received": a selection, not a scale
    time = TIME_AFTER.match(line, q.pos)
    short = time.group("short") if time else None
    if time and not (short and short.lower() != "ms" and line[q.pos : q.pos + 1].isspace()):
        return _duration_hit(q, time)  # "120 ms" is milliseconds; "5 s", "5 h" are too short
    return _count_hit(q)


_ZERO_FRACTION = re.compile(r"\d+\.0+")


def _read_quantity(line: str, m: re.Match[str]) -> _Quantity | None:
    """The number at ``m`` read, or None when its own shape already says it is no metric."""
    num = m.group("num")
    value = read_number(num)
    upper: float | None = None
    factor, short = read_scale(m.group("scale"))
    cur_sign = m.group("cur") or m.group("cur2")
    start, pos = m.start(), m.end()
    left = left_of(line, start)
    if (
        short
        and m.group("scale")[0].isspace()
        and not cur_sign
        and m.group("scale").strip().lower() != "k"
        and not MONEY_LEFT.search(left)
    ):
        return None  # "5 m", "5 mm": metres and millimetres, not millions ("Value: 1.4 Mil" is)
    if m.group("num2"):
        factor2, short2 = read_scale(m.group("scale2"))
        upper = read_number(m.group("num2")) * factor2
        if not m.group("scale") and m.group("scale2"):
            factor = factor2
            short = short2
    value *= factor
    if upper is not None and upper < value:
        return None  # "2015-2018" is fine but "123-45" is a code, and "8-3" a score
    base = start - len(left)  # line offset of left[0]
    plain_int = num.isdigit() and not m.group("scale") and not cur_sign
    yearlike = plain_int and len(num) == 4 and 1950 <= int(num) <= 2049
    versionlike = bool(
        "." in num
        and not m.group("scale")
        and not cur_sign
        and _ZERO_FRACTION.fullmatch(num) is not None
    )

    if BLOCKED_RIGHT.match(line, pos) and not m.group("ord"):
        # Letters right after the number: only units we know ("40%", "3x", "24h", "200ms").
        right_ok = (
            PERCENT_AFTER.match(line, pos)
            or RATIO_AFTER.match(line, pos)
            or TIME_AFTER.match(line, pos)
            or TEAM_AFTER.match(line, pos)
            or PER_PERIOD.match(line, pos)
            or (_top_left(left) and OUT_OF.match(line, pos))  # "top 52/2500"
        )
        if not right_ok:
            return None
    return _Quantity(
        line, m, num, value, upper, factor, cur_sign, start, pos, left, base, yearlike, versionlike
    )


def _money_hit(q: _Quantity, after: re.Match[str] | None) -> MetricHit | None:
    """Money: a sign or code before, a code or currency word after; not a salary."""
    unit: str | None = None
    end = q.pos
    if q.cur_sign:
        unit = CURRENCY_SIGNS.get(q.cur_sign.strip().upper(), q.cur_sign.strip().upper())
    if after:
        code = after.group("code") or ""
        unit = code.upper() or CURRENCY_WORDS[after.group("word").lower()]
        end = after.end()
    if is_salary(q.line, q.left, end):
        return None
    return MetricHit(q.start, end, q.value, "money", unit, q.upper, direction=_direction(q))


def _direction(q: _Quantity) -> Literal["up", "down"] | None:
    """The direction of a change written by its end only ("cut onboarding to 4 weeks")."""
    return change_direction(q.left) if q.left.rstrip()[-2:].lower() in ("to", "~", "ly") else None


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
    top = _top_left(q.left)
    if top and unit == "%":
        return MetricHit(q.base + top.start(), end, q.value, "rank", "%", q.upper)
    if _rejected_by_context(q.line, q.start, "percent", q.num):
        return None
    window = q.left[-60:] + q.line[q.start : q.start + 40]
    if is_grade(window, q.left) or is_disability_rating(window):
        return None  # "Class XII - 96%", "30% or greater service-connected disabled veteran"
    return MetricHit(q.start, end, q.value, "percent", unit, q.upper, direction=_direction(q))


# What a multiplier compares, within three words after it ("3x faster", "a 2.5x ROI", "3x average
# performance improvement", "a 15:1 student-teacher ratio").
_COMPARATIVE_AFTER = re.compile(
    r"(?:\s*[\w-]+){0,2}?\s*(?:faster|more|higher|greater|larger|bigger|better|lower|fewer|less|"
    r"quicker|smaller|cheaper|increases?|improvements?|growth|speed-?ups?|gains?|returns?|roi|"
    r"reductions?|boosts?|throughput|performance|productivity|efficiency|revenues?|ratio|"
    r"uplift|lift|capacity|output|volume|sales|savings)\b",
    re.IGNORECASE,
)
# What may follow a multiplier that ends its phrase ("grew revenue 3x.", "3x in a year").
_PHRASE_OVER = re.compile(
    r"\s*(?:$|[.,;:)!?]|(?:in|on|for|by|than|over|and|while|with|within|a|an|per|each|every|"
    r"yoy|annually|year-over-year)\b)",
    re.IGNORECASE,
)


def _ratio_hit(q: _Quantity, ratio: re.Match[str]) -> MetricHit | None:
    """A ratio: "3x", "tenfold", "4 times faster", "10:1"; not a standard, model or grade ("IEEE
    802.1X", "Cisco 8x", "BSc (2:1)")."""
    written = ratio.group(0)
    if written == ":1" and q.value == 1:
        return None  # "1:1 meetings" are one-to-ones, not a ratio
    if _rejected_by_context(q.line, q.start, "ratio", q.num):
        return None
    if written.strip()[:1] in ("x", "X", "×", ":"):
        # "3x" and "4:1" are also model names, versions and grades ("the 8x array", "a 4:1
        # multiplexer", "BSc (2:1)"): a multiplier says what it multiplies, or ends the phrase
        # of a verb ("grew revenue 3x").
        if "." in q.num and q.value >= 100:
            return None  # "802.1x"
        if written == ":1" and is_grade(q.left[-60:] + q.line[q.start : q.start + 40], q.left):
            return None
        if not _COMPARATIVE_AFTER.match(q.line, ratio.end()) and not (
            _PHRASE_OVER.match(q.line, ratio.end())
            and (verb_before(q.left) or change_verb(q.left))
            and not _rejected_by_context(q.line, q.start, "count", q.num)
        ):
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
        # "the 1990s", "10s of users": decades and plurals, not seconds; kept bare, so that
        # "from ~20s to ~2s" still pairs into a change
        return MetricHit(q.start, time.end(), q.value, None, None, yearlike=q.yearlike)
    if time.group("short") and not time.group("short").islower() and written in ("s", "h"):
        return None  # "318S", "5S": codes, not seconds or hours
    if q.num[0].isalpha() and written.startswith("quarter") and "-" in q.line[q.pos : time.end()]:
        return None  # "one-quarter of the cost", "three-quarters": fractions
    unit = TIME_UNITS[written]
    if time.group("pre"):
        unit = "person-" + unit
    if _rejected_by_context(q.line, q.start, "duration", q.num):
        return None
    if _is_tenure(q.line, q.start) or _is_year(q.left, q.yearlike):
        return None
    if not duration_frame(q.line, q.start, time.end(), unit, q.left):
        return None  # years of experience, tenure, an age, a schedule, a period of study
    return MetricHit(
        q.start, time.end(), q.value, "duration", unit, q.upper, direction=_direction(q)
    )


# Words before a number word that make it prose ("between the two variables", "the two parties").
_PROSE_BEFORE = frozenset({"the", "between", "these", "those", "both", "either", "neither"})
_NOS_OF = re.compile(r"\.?\s+of\s")


_OUT_OF_LEFT = re.compile(r"\bout\s+of\s+$", re.IGNORECASE)
_BEST_OF = re.compile(
    r"\b(?:ranked|rated|named|voted|recogni[sz]ed|selected|chosen)\b.*\b(?:most|best|highest|"
    r"top|first|number\s+one)\b",
    re.IGNORECASE,
)


def _team_left(left: str) -> re.Match[str] | None:
    """``TEAM_LEFT.search(left)``, skipped when the end of ``left`` names no team (nearly always:
    the search tries every offset of ``left``, and its matches are shorter than 60 characters)."""
    tail = left[-60:].lower()
    if "team" not in tail and "staff" not in tail and "headcount" not in tail:
        return None
    return TEAM_LEFT.search(left)


def _count_hit(q: _Quantity) -> MetricHit | None:
    """A team size, a count of a plural noun or unit, money by context, or a bare number."""
    line, start, pos, left, value, upper = q.line, q.start, q.pos, q.left, q.value, q.upper
    team_left = _team_left(left)
    team_after = TEAM_AFTER.match(line, pos)
    direct = DIRECT_REPORTS.match(line, pos)
    # A capitalised plural after a plain whole number written in digits ("30 Awards"); not after
    # a code ("03/14/06 15225 Firewalls"), a year, a decimal, a range ("7-11 Rewards") or a word
    # ("One Communications Hub").
    title_ok = (
        q.num.replace(",", "").isdigit()
        and not q.yearlike
        and not q.m.group("num2")
        and ("," in q.num or 2 <= value < 10000)
    )
    noun = _noun_after(line, pos, value, title_ok)
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
    if (
        noun is not None
        and "out of" in left[-12:].lower()
        and _OUT_OF_LEFT.search(left)
        and _BEST_OF.search(clause_before(left))
    ):
        # "ranked as the most effective representative out of 18 representatives": first of 18
        first = q.base + _OUT_OF_LEFT.search(left).start()  # type: ignore[union-attr]
        return MetricHit(first, noun[1], 1.0, "rank", None, out_of=value)
    if q.num[0].isalpha():
        prev = _prev_word(left)
        if prev is not None and prev[0].lower() in _PROSE_BEFORE:
            return None
    if q.factor > 1 and MONEY_CONTEXT.match(line, pos):
        noun = None  # "70 million in deposits": money, the noun says what kind
    if noun is not None:
        return _noun_count_hit(q, noun)
    units = COUNT_UNITS_AFTER.match(line, pos)
    if units:
        if q.versionlike or _rejected_by_context(line, start, "count", q.num):
            return None
        unit, end = units.group("unit"), units.end()
        of = _NOS_OF.match(line, end) if unit.lower() == "nos" else None
        if of:  # "260 nos. of meters": the noun after says what
            unit, end = of.group("noun"), of.end()
        return MetricHit(start, end, value, "count", unit, upper)
    scale = (q.m.group("scale") or "").strip().lower()
    if q.factor > 1 and (
        MONEY_CONTEXT.match(line, pos) or MONEY_LEFT.search(left) or scale[:4] in ("lakh", "cror")
    ):
        # "2.5M in revenue", "saving the company 180k", "20 Crores": money, currency not written
        if is_salary(line, left, pos):
            return None
        return MetricHit(start, pos, value, "money", None, upper, direction=_direction(q))
    if _rejected_by_context(line, start, None, q.num):
        return None
    if BLOCKED_RIGHT.match(line, pos) or q.m.group("ord") or q.m.group("plus"):
        return None
    return MetricHit(
        start, pos, value, None, None, upper, yearlike=q.yearlike, versionlike=q.versionlike
    )


def _noun_count_hit(q: _Quantity, noun: tuple[str, int, str]) -> MetricHit | None:
    """A number followed by a plural noun: a count of it, or a team size for people led."""
    word, noun_end, _mods = noun
    line, start, left, value = q.line, q.start, q.left, q.value
    if q.versionlike or _rejected_by_context(line, start, "count", q.num):
        return None  # "1.0 projects" is a version
    if _is_year(left, q.yearlike):
        return None
    compound = line[noun_end - len(word) : noun_end] != word  # "100 employee plant"
    if word.lower() == "nos":  # "260 nos. of meters" (numbers of): the noun after says what
        of = _NOS_OF.match(line, noun_end)
        named = _noun_after(line, of.end() - 1) if of else None
        if named is not None:
            word, noun_end = named[0], named[1]
    if word.lower() in PEOPLE_NOUNS and not compound and not _counts_people(left, value, q.factor):
        return MetricHit(start, noun_end, value, "team_size", "people", q.upper)
    return MetricHit(
        start, noun_end, value, "count", word, q.upper, yearlike=q.yearlike, direction=_direction(q)
    )


def _is_tenure(line: str, start: int) -> bool:
    """ "(3 years)" or "· 2 yrs" next to job dates: time in a role, not an achievement."""
    left = left_of(line, start).rstrip()
    if not left.endswith(("(", "·", "|", ",")) and not re.search(
        r"\b(?:yrs?|years?|mos?|months?)$", left, re.IGNORECASE
    ):
        return False
    return YEAR_WORDS.search(line) is not None


_YEAR_TO = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\s*(?:to|-|–|—|through|until)\s*$", re.IGNORECASE)


def _is_year(left: str, yearlike: bool) -> bool:
    """Whether a number that could be a year (1950-2049) is one: it is, unless a quantity cue
    comes first ("over 2000 users"); "the 2019 innovation awards" and "in 2021 clients" are dates.
    """
    if not yearlike:
        return False
    if _YEAR_TO.search(left):
        return True  # "2001 to 2006"
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
