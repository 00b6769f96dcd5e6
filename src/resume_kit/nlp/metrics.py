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
"ISO 27001") therefore never match; the context rules below catch the ones that are followed by a
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
# Vocabulary
# --------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(text.split())


_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

_SCALES = {
    "k": 1e3, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "m": 1e6, "mm": 1e6, "mn": 1e6,
    "million": 1e6, "crore": 1e7, "crores": 1e7, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "trillion": 1e12, "mio": 1e6,
}  # fmt: skip
# Scales that mean something else on their own ("5 mm", "5 m"): only after a currency.
_SHORT_SCALES = {"k", "m", "mm", "mn", "b", "bn"}

_CURRENCY_CODES = (
    "USD", "GBP", "EUR", "JPY", "INR", "CAD", "AUD", "NZD", "CHF", "CNY", "RMB", "HKD", "SGD",
    "SEK", "NOK", "DKK", "PLN", "ZAR", "BRL", "MXN", "AED", "SAR", "KRW", "RUB", "TRY", "ILS",
)  # fmt: skip
_CURRENCY_SIGNS = {
    "$": "USD", "US$": "USD", "CA$": "CAD", "CAD$": "CAD", "C$": "CAD", "A$": "AUD",
    "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD",
    "R$": "BRL", "MX$": "MXN", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "RS": "INR", "RS.": "INR",
}  # fmt: skip
_CURRENCY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds sterling": "GBP", "rupees": "INR"}

# Time units, as written -> the unit reported.
_TIME_UNITS = {
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms",
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds",
    "seconds": "seconds", "min": "minutes", "mins": "minutes", "minute": "minutes",
    "minutes": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours",
    "hours": "hours", "day": "days", "days": "days", "wk": "weeks", "wks": "weeks",
    "week": "weeks", "weeks": "weeks", "mo": "months", "mos": "months", "mth": "months",
    "mths": "months", "month": "months", "months": "months", "quarter": "quarters",
    "quarters": "quarters", "yr": "years", "yrs": "years", "year": "years", "years": "years",
    "decade": "decades", "decades": "decades",
}  # fmt: skip
# Seconds per unit, to put a change's baseline in the unit of its value ("from 2 weeks to 3 days").
_TIME_SECONDS = {
    "ms": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800,
    "months": 2629800, "quarters": 7889400, "years": 31557600, "decades": 315576000,
}  # fmt: skip

# Plural nouns that name people: "N <noun>" is a team size.
_PEOPLE_NOUNS = _words(
    """people persons individuals staff staffers personnel employees engineers developers
    programmers testers designers analysts architects scientists consultants contractors
    specialists professionals technicians administrators admins managers leads leaders
    supervisors directors coordinators officers associates interns apprentices graduates
    members colleagues workers operators agents representatives reps accountants auditors
    recruiters writers marketers salespeople sellers nurses teachers instructors trainers
    volunteers ftes hires owners coaches mentees"""
)
# Verbs after which people are counted, not led ("trained 200 engineers").
_SERVED_VERBS = _words(
    """trained train trains taught teach teaches educated served serve serves reached reach
    reaches supported support supports onboarded onboard interviewed interview surveyed
    upskilled certified hosted engaged attracted registered enrolled mentored coached
    placed"""
)
_TEAM_NOUNS = _words(
    "team teams headcount staff department departments organisation organization org group "
    "squad squads unit pmo crew"
)
# Words after "N-" / "N " that make a team size ("40-person team", "12-strong team").
_TEAM_SUFFIX = r"(?:-\s?strong|\s?-?\s?(?:person|member|man|headcount|fte))"

_STOPWORDS = _words(
    """a an the and or nor of to in on at by for from with per than as into onto over under
    across within via is are was were be been being has have had more less each every our my
    their his her its your this that these those which who whom while during after before since
    until up down out off then also not no only all both other such so if but per cent where
    when what how why there here it they we you he she i everything something anything nothing
    everyone someone"""
)
# Words ending in "s" that are not plural nouns.
_NOT_PLURAL = _words(
    """this its has was is does goes yes plus thus across unless always perhaps sometimes
    besides whereas towards afterwards backwards upwards downwards as us less news lens gas bus
    various numerous previous serious continuous hours days weeks months years its whose
    series means thousands millions billions hundreds dozens tens amounts"""
)

_MONTHS = _words(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december"""
)
# A number right after one of these is a version, standard, code or identifier, not a metric.
_TECH_PREFIXES = _words(
    """python java javascript js ecmascript es typescript php ruby rails perl scala kotlin swift
    go golang rust node nodejs angular angularjs react vue django laravel spring bootstrap
    webpack jquery windows macos osx ios android ubuntu debian centos rhel fedora linux
    office excel word outlook sharepoint exchange dynamics sql mysql postgresql postgres oracle
    mongodb redis elasticsearch kubernetes docker terraform jira confluence html css http https
    tls ssl ipv wi-fi wifi bluetooth usb hdmi visual studio server sap salesforce tableau
    netsuite oauth saml unity unreal cobol fortran matlab delphi dotnet .net asp.net powershell
    bash ecma itil prince prince2 pmbok safe togaf cobit c# f# c++ vb"""
)
_CODE_PREFIXES = _words(
    """iso iec soc pci dss section rfc ieee nist sp cfr article art annex title part hipaa gdpr
    fips level tier grade band phase stage step sprint version ver release rel build update
    edition gen generation series model type room suite unit apt apartment floor box po route
    highway exit chapter page figure fig table item class form no number id cert certificate
    license licence credential ref reference case ticket issue pr order invoice account acct
    ext tel phone mobile fax cell zip postcode course module lot v week month day year quarter
    q fy h x"""
)
# Words that make a number that looks like a year a quantity ("over 2000 users").
_QUANTITY_CUES = _words(
    "over than nearly about approximately approx around almost some roughly circa to least"
)
_RANK_WORDS = _words(
    """performer performers seller sellers producer producers salesperson salespeople rep reps
    finisher finishers earner earners employee employees consultant consultants engineer
    engineers manager managers candidate candidates ranked ranking rankings"""
)


def _regular_forms(lemma: str, double: bool) -> list[str]:
    """Third person, past and -ing forms of a regular English verb."""
    stem = lemma + lemma[-1] if double else lemma
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith(("ee", "ye", "oe")):
        ing = lemma + "ing"
    elif lemma.endswith("e"):
        ing = lemma[:-1] + "ing"
    else:
        ing = stem + "ing"
    forms = [third, past, ing]
    if double and lemma.endswith("l"):  # US spelling keeps one l: "modeled", "labeling"
        forms += [lemma + "ed", lemma + "ing"]
    return forms


# Resume action verbs (lemmas). Past tense is the norm in bullets; present, third person and -ing
# forms are listed too ("Lead a team of 5", "Leads...", "Leading...").
_ACTION_LEMMAS = """
accelerate accomplish achieve acquire adapt administer advise advocate align allocate analyse
analyze architect assess attain audit automate boost budget build champion chair coach
collaborate compile complete conceive conceptualize conduct consolidate consult convert
coordinate create cultivate curate cut debug decommission decrease define delegate deliver
deploy design develop devise diagnose digitise digitize direct document double draft drive earn
educate eliminate enable engineer enhance establish evaluate exceed execute expand expedite
facilitate forecast forge formulate found gain generate grow guide halve handle head hire
identify implement improve increase influence initiate innovate inspire install institute
integrate introduce invent launch lead lower maintain manage mastermind maximise maximize
mentor migrate minimise minimize mobilise mobilize model modernise modernize monitor motivate
navigate negotiate onboard operate optimise optimize orchestrate organise organize outperform
outsource overhaul oversee own partner pilot pioneer plan prepare present prioritise prioritize
produce program prototype publish raise rationalise rationalize rebuild recommend reconcile
recover recruit redesign reduce reengineer refactor refine remediate renegotiate reorganise
reorganize replace research resolve restructure retain revamp revitalise revitalize run save
scale schedule scope secure sell shape shorten ship simplify slash solve source spearhead
sponsor stabilise stabilize standardise standardize steer streamline strengthen structure
supervise support surpass sustain teach test track train transform transition triple
troubleshoot unify upgrade validate win write
""".split()  # noqa: SIM905 (order matters: first lemma wins a shared form)
_DOUBLED = _words(
    "plan ship control program model equip cancel label level commit submit scrap top"
)
_IRREGULAR = {
    "build": ["built"], "cut": ["cut"], "drive": ["drove", "driven"], "grow": ["grew", "grown"],
    "lead": ["led"], "oversee": ["oversaw", "overseen"], "rebuild": ["rebuilt"],
    "run": ["ran", "running"], "sell": ["sold"], "teach": ["taught"], "win": ["won", "winning"],
    "write": ["wrote", "written"], "forge": ["forged"],
}  # fmt: skip


def _verb_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in _ACTION_LEMMAS:
        forms.setdefault(lemma, lemma)
        if lemma in _IRREGULAR:
            regular = [lemma + "s", lemma + "es" if lemma.endswith("ch") else lemma + "s"]
            regular.append(_regular_forms(lemma, double=lemma in _DOUBLED)[2])
            candidates = [*_IRREGULAR[lemma], *regular]
        else:
            candidates = _regular_forms(lemma, double=lemma in _DOUBLED)
        for form in candidates:
            forms.setdefault(form, lemma)
    del forms["found"]  # "Found 3 bugs" is "find"; only "founded" means "found"
    forms["cutting"] = "cut"
    forms["leads"] = "lead"
    return forms


_VERB_FORMS = _verb_forms()
_ACTION_LEMMA_SET = frozenset(_ACTION_LEMMAS)


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_WORD_NUMBER = (
    r"(?i:(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+)?(?:hundred|dozen)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|"
    r"four|five|six|seven|eight|nine)(?![\w]))?|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine)"
    r"(?=fold\b|[^\w]|$)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = (
    r"(?:\s?(?i:thousand|million|billion|trillion|lakhs?|crores?|mio)|\s?(?:mn|bn|MM|mm)|[kKmMbB])"
    r"(?![A-Za-z])"
)
_SIGN = (
    r"(?<![A-Za-z])(?:US|CAD?|AUD?|NZ|HK|SG|MX|[CASR])?\$|[£€¥₹₩₽₺₪]|"
    r"\b(?:" + "|".join(_CURRENCY_CODES) + r")\s?|\b(?i:rs\.?)\s?"
)
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"

# One number: an optional currency sign or "#", the number, an ordinal suffix, a scale, and a
# dash range ("40-50%", "£40k - 50k", "$100-120k"), then "+" ("20+").
_QUANTITY = re.compile(
    rf"""
    (?:(?P<cur>{_SIGN})|(?<!\w)(?P<hash>\#\s?)|(?<![\w.,:/\\\#$£€¥₹₩₽₺₪-]))
    (?P<num>{_NUMBER})
    (?P<ord>st|nd|rd|th)?
    (?P<scale>{_SCALE})?
    (?:\s?[-–—]\s?(?P<cur2>{_SIGN})?(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})?)?
    (?P<plus>\+)?
    """,
    re.VERBOSE,
)
# Where a quantity can start: a digit, or a number word (found with str.find from these stems,
# which is several times faster than a case-insensitive regex alternation over every position).
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_NUMBER_STEMS = (
    "one", "two", "thre", "four", "five", "six", "seven", "eigh", "nine", "ten", "elev", "twel",
    "thirt", "fift", "twent", "fort", "dozen", "hundred", "a dozen", "a hundred",
)  # fmt: skip
_WORD_ANCHOR = re.compile(r"\b(?:" + "|".join(_NUMBER_STEMS) + ")", re.IGNORECASE)
_PREFIX_WIDTH = 4  # the longest currency prefix before the digits: "CAD$", "USD ", "Rs. "

_BLOCKED_RIGHT = re.compile(r"[.,:/]\d|[-–]\d|[A-Za-z0-9]|[/@]")
_CURRENCY_AFTER = re.compile(
    r"\s?(?P<code>" + "|".join(_CURRENCY_CODES) + r")\b|\s(?P<word>dollars|euros|pounds sterling"
    r"|rupees)\b",
    re.IGNORECASE,
)
_MONEY_CONTEXT = re.compile(
    r"\s+(?:in|of)\s+(?:\w+\s+)?(?:revenue|savings|sales|funding|budget|spend|arr|mrr|"
    r"pipeline|bookings|profit|cost\s+savings|investment)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(
    r"\s?(?:(?P<pct>%)|(?P<pct_word>percent|per\s?cent|pct)\b|(?P<pp>percentage\s+points?|pp)\b"
    r"|(?P<bp>basis\s+points?|bps?)\b)",
    re.IGNORECASE,
)
_RATIO_AFTER = re.compile(
    r"(?:[x×X](?![\w])|\s?-?fold\b|\s+times(?=\s+(?:faster|more|higher|greater|larger|bigger|"
    r"better|lower|fewer|less|quicker|smaller|cheaper|over|as)\b)|:1(?![\d.'’\w]))",
)
_TIME_AFTER = re.compile(
    r"(?:\s?-\s?|\s)?(?P<pre>(?:man|person|staff|engineer|developer|fte)[-\s])?"
    r"(?P<unit>milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|"
    r"decades?|secs?|mins?|hrs?|yrs?|wks?|mos|mths?)\b"
    r"|(?P<short>ms|s|h|hr|min|yr|mo|wk)\b(?!['’])",
    re.IGNORECASE,
)
_TEAM_LEFT = re.compile(
    r"\b(?P<team>teams?|headcount|staff)\s+of\s+(?:(?:about|around|over|nearly|almost|some|"
    r"approximately|approx\.?|up\s+to|more\s+than|~)\s+)?$",
    re.IGNORECASE,
)
_TEAM_AFTER = re.compile(
    rf"{_TEAM_SUFFIX}\b(?:\s+(?:[\w-]+\s+)?(?:teams?|groups?|departments?|"
    r"organi[sz]ations?|units?|squads?|crews?|functions?|practices?|offices?|pmos?))?",
    re.IGNORECASE,
)
# "$1.2M/yr", "40 hours/week": a rate; the period is not part of the quantity.
_PER_PERIOD = re.compile(
    r"/\s?(?:yr|year|annum|month|mo|mth|week|wk|day|hr|hour|quarter|qtr|person|head|user)\b",
    re.IGNORECASE,
)
_DIRECT_REPORTS = re.compile(r"\s+direct\s+reports?\b", re.IGNORECASE)
_WORDS_AFTER = re.compile(
    r"\s+(?P<w1>[A-Za-z][A-Za-z'’-]*)(?:\s+(?P<w2>[A-Za-z][A-Za-z'’-]*))?"
    r"(?:\s+(?P<w3>[A-Za-z][A-Za-z'’-]*))?"
)
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)")
_RANK_LEFT = re.compile(
    r"\b(?:ranked|ranking|rank|placed|finished|came|rated)\s+(?:in\s+)?(?:at\s+)?(?:the\s+)?"
    r"(?:(?:no\.?|number)\s*)?$",
    re.IGNORECASE,
)
# A plain number is a rank only right after "ranked" ("placed 30 candidates", "finished 3
# projects" are counts; ordinals accept more verbs above).
_RANK_PLAIN_LEFT = re.compile(
    r"\b(?:ranked|ranking)\s+(?:at\s+)?(?:(?:no\.?|number)\s*)?$", re.IGNORECASE
)
_NUMBER_SIGN_LEFT = re.compile(r"\b(?:no\.|number)\s*$", re.IGNORECASE)
_TOP_LEFT = re.compile(r"\btop[\s-]$", re.IGNORECASE)
_TOP_RANK_LEFT = re.compile(
    r"\b(?:ranked|ranking|placed|finished|rated|among|consistently|in)\s+(?:in\s+|among\s+)?"
    r"(?:the\s+)?top[\s-]$",
    re.IGNORECASE,
)
_ORDINAL_RANK_AFTER = re.compile(
    r"\s+(?:place|position|overall|out\s+of\b|of\s+\d|in\s+(?:the\s+)?(?:company|region|"
    r"country|nation|class|cohort|division|team|organi[sz]ation|industry|world|market))",
    re.IGNORECASE,
)
_FROM_LEFT = re.compile(r"(?:(?P<noun>[A-Za-z][\w-]*)\s+)?\b(?P<from>from)\s+$", re.I)
_TO_LEFT = re.compile(r"\bto\s+$", re.IGNORECASE)
_CHANGE_SEP = re.compile(r"\s+to\s+|\s*(?:→|->|=>|⇒)\s*", re.IGNORECASE)
_REVERSE_SEP = re.compile(r",?\s*\(?\s*(?:down|up)\s+from\s+|\s+from\s+", re.IGNORECASE)
_LINE_START = re.compile(r"[\s•·*○▪■◦●►>–—-]*(?:\(?\d{1,2}[.)]\s*)?$")
_SENTENCE_END = re.compile(r"[.!?;:]\s*$")
_YEAR_WORDS = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b|\b(?:present|current|now)\b", re.I)


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
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


def _number_value(text: str) -> float:
    """The value of a number as written: digits with thousands commas, or number words."""
    if text[0].isdigit():
        return float(text.replace(",", ""))
    words = re.split(r"[-\s]+", text.lower())
    if words[-1] in ("dozen", "hundred"):
        times = _UNITS_WORDS.get(words[0], 1) if len(words) > 1 else 1
        return float(times * (12 if words[-1] == "dozen" else 100))
    total = 0
    for word in words:
        total += _UNITS_WORDS.get(word, 0) + _TENS_WORDS.get(word, 0)
    return float(total)


def _scale_value(scale: str | None) -> tuple[float, bool]:
    """Multiplier of a scale suffix and whether it is a short, ambiguous one ("m", "k")."""
    if not scale:
        return 1.0, False
    key = scale.strip().lower()
    return _SCALES[key], key in _SHORT_SCALES


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
    return lower not in _NOT_PLURAL


def _noun_after(line: str, pos: int) -> tuple[str, int, str] | None:
    """The plural noun within three words after ``pos``: (noun, end offset, modifier words)."""
    match = _WORDS_AFTER.match(line, pos)
    if match is None:
        return None
    mods: list[str] = []
    for group in ("w1", "w2", "w3"):
        word = match.group(group)
        if word is None:
            return None
        if _is_plural_noun(word):
            return word, match.end(group), " ".join(mods)
        if word.lower() in _STOPWORDS or word.lower() in _TIME_UNITS:
            return None
        mods.append(word)
    return None


_LEFT_WINDOW = 80


def _left_of(line: str, start: int) -> str:
    """The text before ``start`` that context rules look at: at most 80 characters, so long lines
    stay linear. A cut window starts with NUL, which no rule reads as the start of a line."""
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


def _from_left(left: str) -> re.Match[str] | None:
    """``_FROM_LEFT.search(left)``, skipped when ``left`` does not end in "from" and whitespace
    (the pattern's end), which is nearly always: the search tries every offset of ``left``."""
    stripped = left.rstrip()
    if len(stripped) == len(left) or stripped[-4:].lower() != "from":
        return None
    return _FROM_LEFT.search(left)


def _is_line_start(left: str) -> bool:
    return _LINE_START.match(left) is not None or _SENTENCE_END.search(left) is not None


def _rejected_by_context(line: str, start: int, kind: MetricKind | None, num: str) -> bool:
    """Versions, standards, codes, dates and proper-noun numbers that merely look like metrics."""
    left = _left_of(line, start)
    prev_match = _prev_word(left)
    if prev_match is None:
        return False
    word, word_start = prev_match
    clean = word.strip("(),:;\"'“”‘’").rstrip(".").lower()
    if kind in ("money", "percent") or clean in _VERB_FORMS:
        return False
    if clean in _TECH_PREFIXES or clean in _MONTHS:
        return True
    if kind == "ratio":
        return False
    if clean in _CODE_PREFIXES or re.fullmatch(r"[qh][1-4]|fy\d*", clean):
        return True
    # A capitalised word inside a line is a name: "Windows 10 machines", "our Agile 10 person
    # team", "CS 101 students".
    return (
        kind in ("count", "team_size", "duration", None)
        and word[:1].isupper()
        and clean not in _STOPWORDS
        and not _is_line_start(left[:word_start])
    )


def _classify(line: str, m: re.Match[str]) -> _Hit | None:
    """What the quantity at ``m`` measures, from the words around it; None when it is no metric."""
    num = m.group("num")
    value = _number_value(num)
    upper: float | None = None
    factor, short = _scale_value(m.group("scale"))
    cur_sign = m.group("cur") or m.group("cur2")
    if short and m.group("scale")[0].isspace() and not cur_sign:
        return None  # "5 m", "5 mm": metres and millimetres, not millions
    if m.group("num2"):
        factor2, short2 = _scale_value(m.group("scale2"))
        upper = _number_value(m.group("num2")) * factor2
        if not m.group("scale") and m.group("scale2"):
            factor = factor2
            short = short2
    value *= factor
    if upper is not None and upper < value:
        return None  # "2015-2018" is fine but "123-45" is a code, and "8-3" a score
    start, pos = m.start(), m.end()
    left = _left_of(line, start)
    base = start - len(left)  # line offset of left[0]
    plain_int = num.isdigit() and not m.group("scale") and not cur_sign
    yearlike = plain_int and len(num) == 4 and 1950 <= int(num) <= 2049

    if _BLOCKED_RIGHT.match(line, pos) and not m.group("ord"):
        # Letters right after the number: only units we know ("40%", "3x", "24h", "200ms").
        right_ok = (
            _PERCENT_AFTER.match(line, pos)
            or _RATIO_AFTER.match(line, pos)
            or _TIME_AFTER.match(line, pos)
            or _TEAM_AFTER.match(line, pos)
            or _PER_PERIOD.match(line, pos)
        )
        if not right_ok:
            return None
    kind: MetricKind | None = None
    unit: str | None = None
    out_of: float | None = None
    end = pos

    # Money: a sign or code before, a code or currency word after.
    after = _CURRENCY_AFTER.match(line, pos)
    if cur_sign or after:
        kind = "money"
        if cur_sign:
            unit = _CURRENCY_SIGNS.get(cur_sign.strip().upper(), cur_sign.strip().upper())
        if after:
            code = after.group("code") or ""
            unit = code.upper() or _CURRENCY_WORDS[after.group("word").lower()]
            end = after.end()
        return _Hit(start, end, value, kind, unit, upper)

    if m.group("hash"):
        if "." in num or value > 100 or m.group("num2"):
            return None
        prev = _prev_word(left)
        if prev and prev[0].strip("(:").rstrip(".").lower() in _CODE_PREFIXES:
            return None  # "Issue #42", "Credential No. #12"
        of = _OUT_OF.match(line, pos)
        if of:
            out_of = _number_value(of.group("n"))
            end = of.end()
        return _Hit(start, end, value, "rank", None, out_of=out_of)

    if m.group("ord"):
        of = _OUT_OF.match(line, end)
        rank_after = _ORDINAL_RANK_AFTER.match(line, end)
        if not (_RANK_LEFT.search(left) or rank_after):
            return None  # "1st of May", "3rd floor"
        if of:
            out_of = _number_value(of.group("n"))
            end = of.end()
        elif rank_after and rank_after.group(0).strip().lower() in ("place", "position"):
            end = rank_after.end()
        return _Hit(start, end, value, "rank", None, out_of=out_of)

    percent = _PERCENT_AFTER.match(line, pos)
    if percent:
        end = percent.end()
        unit = "pp" if percent.group("pp") else "bp" if percent.group("bp") else "%"
        top = _TOP_LEFT.search(left)
        if top and unit == "%":
            return _Hit(base + top.start(), end, value, "rank", "%", upper)
        if _rejected_by_context(line, start, "percent", num):
            return None
        return _Hit(start, end, value, "percent", unit, upper)

    ratio = _RATIO_AFTER.match(line, pos)
    if ratio:
        if ratio.group(0) == ":1" and value == 1:
            return None  # "1:1 meetings" are one-to-ones, not a ratio
        if _rejected_by_context(line, start, "ratio", num):
            return None
        return _Hit(start, ratio.end(), value, "ratio", "x", upper)

    if _RANK_PLAIN_LEFT.search(left) and not m.group("num2") and value <= 1000:
        # "ranked 3 of 40", "ranked No. 1 in the region"
        of = _OUT_OF.match(line, pos)
        if of:
            out_of = _number_value(of.group("n"))
            end = of.end()
        number_word = _NUMBER_SIGN_LEFT.search(left)
        rank_start = base + number_word.start() if number_word else start
        return _Hit(rank_start, end, value, "rank", None, out_of=out_of)

    top = _TOP_LEFT.search(left)
    if top and not m.group("num2"):
        noun = _noun_after(line, pos)
        words = _WORDS_AFTER.match(line, pos)
        first = words.group("w1").lower() if words else ""
        if _TOP_RANK_LEFT.search(left) or first in _RANK_WORDS:
            of = _OUT_OF.match(line, pos)
            if of:
                out_of = _number_value(of.group("n"))
                end = of.end()
            elif first in _RANK_WORDS and words:
                end = words.end("w1")
            return _Hit(base + top.start(), end, value, "rank", None, out_of=out_of)
        if noun is None:
            return None  # "top 10 priorities" falls through to a count below

    time = _TIME_AFTER.match(line, pos)
    if time and not (time.group("short") and line[pos : pos + 1].isspace()):
        written = (time.group("unit") or time.group("short")).lower()
        if written == "s" and (yearlike or ("." not in num and value % 10 == 0)):
            return None  # "the 1990s", "10s of users": decades and plurals, not seconds
        unit = _TIME_UNITS[written]
        if time.group("pre"):
            unit = "person-" + unit
        if _rejected_by_context(line, start, "duration", num):
            return None
        if _is_tenure(line, start) or _is_year(left, yearlike):
            return None
        return _Hit(start, time.end(), value, "duration", unit, upper)

    team_left = _TEAM_LEFT.search(left)
    team_after = _TEAM_AFTER.match(line, pos)
    direct = _DIRECT_REPORTS.match(line, pos)
    noun = _noun_after(line, pos)
    if team_after or direct:
        if _rejected_by_context(line, start, "team_size", num):
            return None
        end = (team_after or direct).end()  # type: ignore[union-attr]
        first = base + team_left.start() if team_left else start
        return _Hit(first, end, value, "team_size", "people", upper)
    if team_left:
        if noun is not None and noun[0].lower() not in _PEOPLE_NOUNS:
            # "team of 8 nationalities": the noun says what is counted.
            return _Hit(start, noun[1], value, "count", noun[0], upper)
        end = noun[1] if noun else pos
        return _Hit(base + team_left.start(), end, value, "team_size", "people", upper)
    if noun is not None:
        word, noun_end, _mods = noun
        if _rejected_by_context(line, start, "count", num):
            return None
        if _is_year(left, yearlike):
            return None
        if word.lower() in _PEOPLE_NOUNS and not _counts_people(left, value, factor):
            return _Hit(start, noun_end, value, "team_size", "people", upper)
        return _Hit(start, noun_end, value, "count", word, upper, yearlike=yearlike)

    if factor > 1 and _MONEY_CONTEXT.match(line, pos):
        return _Hit(start, pos, value, "money", None, upper)  # "2.5M in revenue": no currency
    if _rejected_by_context(line, start, None, num):
        return None
    if _BLOCKED_RIGHT.match(line, pos) or m.group("ord") or m.group("plus"):
        return None
    return _Hit(start, pos, value, None, None, upper, yearlike=yearlike)


def _is_tenure(line: str, start: int) -> bool:
    """ "(3 years)" or "· 2 yrs" next to job dates: time in a role, not an achievement."""
    left = _left_of(line, start).rstrip()
    if not left.endswith(("(", "·", "|", ",")) and not re.search(
        r"\b(?:yrs?|years?|mos?|months?)$", left, re.IGNORECASE
    ):
        return False
    return _YEAR_WORDS.search(line) is not None


def _is_year(left: str, yearlike: bool) -> bool:
    """Whether a number that could be a year (1950-2049) is one: it is, unless a quantity cue
    comes first ("over 2000 users"); "the 2019 innovation awards" and "in 2021 clients" are dates.
    """
    if not yearlike:
        return False
    prev = _prev_word(left)
    return prev is None or prev[0].lower().strip("(~") not in _QUANTITY_CUES


def _counts_people(left: str, value: float, factor: float) -> bool:
    """Whether "N engineers" counts people reached (trained, served) rather than a team led."""
    if factor > 1 or value > 5000:
        return True
    words = re.findall(r"[A-Za-z]+", left[-40:])
    if words and words[-1].lower() in _SERVED_VERBS:
        return True
    return len(words) > 1 and words[-2].lower() in _SERVED_VERBS and words[-1].lower() in _STOPWORDS


def _convert(value: float, unit: str | None, to_unit: str | None) -> float | None:
    """A baseline in the value's unit (time units convert; other units must agree)."""
    if unit == to_unit or unit is None or to_unit is None:
        return value
    if unit in _TIME_SECONDS and to_unit in _TIME_SECONDS:
        return value * _TIME_SECONDS[unit] / _TIME_SECONDS[to_unit]
    return None


def _pair(line: str, a: _Hit, b: _Hit) -> _Hit | None:
    """Join two neighbouring quantities into a change ("from 300 to 120") or a range."""
    if a.kind and b.kind and a.kind != b.kind:
        return None
    if a.kind is None and b.kind is None and (a.yearlike or b.yearlike):
        return None  # "from 2015 to 2018": dates
    sep = line[a.end : b.start]
    left = _left_of(line, a.start)
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
        return _Hit(first, b.end, b.value, kind, unit, baseline=baseline)
    if change and a.kind is None and b.kind is not None:
        return _Hit(a.start, b.end, a.value, kind, unit, upper=b.value)  # "5 to 7 years"
    reverse = _REVERSE_SEP.fullmatch(sep)
    if reverse and (_TO_LEFT.search(left) or sep.strip()[:1] in (",", "(", "d", "u")):
        baseline = _convert(b.value, b.unit if b.kind else unit, unit)
        if baseline is None or kind is None:
            return None
        end = b.end + 1 if line[b.end : b.end + 1] == ")" and "(" in sep else b.end
        return _Hit(a.start, end, a.value, kind, unit, baseline=baseline)
    return None


def _context_unit(noun: str | None) -> tuple[MetricKind, str | None]:
    """Kind and unit of a change between bare numbers, from the noun before "from"."""
    if noun is None:
        return "count", None
    lower = noun.lower()
    if lower in _TEAM_NOUNS:
        return "team_size", "people"
    if lower in _VERB_FORMS or lower in _STOPWORDS or lower.endswith(("ed", "ing")):
        return "count", None  # "grew from 4 to 12", "rose from..."
    if lower in ("rose", "fell", "went", "moved", "jumped", "climbed", "down", "up"):
        return "count", None
    return "count", noun


def _word_starts(text: str) -> list[int]:
    """Offsets where a number word may start in ``text``."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lowercased
        return [m.start() for m in _WORD_ANCHOR.finditer(text)]
    starts = []
    for stem in _NUMBER_STEMS:
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


@lru_cache(maxsize=512)
def _scan_line(line: str) -> tuple[_Hit, ...]:
    """Every metric in one line, in order, not overlapping."""
    quantities: list[_Hit] = []
    for m in _quantities(line):
        hit = _classify(line, m)
        if hit is not None:
            quantities.append(hit)
    hits: list[_Hit] = []
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
    for line_start in sorted(line_starts):
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
    best: _Hit | None = None
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
        if lemma in _ACTION_LEMMA_SET and lower != "found":
            return lemma
        if lower in _VERB_FORMS:
            return _VERB_FORMS[lower]
        if not skipped_adverb and lower.endswith("ly") and len(lower) > 4:
            skipped_adverb = True
            continue
        return None
    return None
