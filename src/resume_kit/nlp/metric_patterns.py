"""The regular expressions that read the text around a number: what it measures, or that it is
no metric.

The ``..._AFTER`` ones (and ``BLOCKED_RIGHT``, ``OUT_OF``, ``PER_PERIOD``) are matched where the
number ends; the ``..._LEFT`` ones are searched in the text before it and end at its end.
:func:`~resume_kit.nlp.metric_context.classify_quantity` reads them all.
"""

from __future__ import annotations

import re

from resume_kit.nlp.metric_vocabulary import CURRENCY_CODES

__all__ = [
    "BLOCKED_RIGHT",
    "CODE_LIST_LEFT",
    "COUNT_UNITS_AFTER",
    "CURRENCY_AFTER",
    "DIRECT_REPORTS",
    "LINE_START",
    "MONEY_CONTEXT",
    "MONEY_LEFT",
    "NUMBER_SIGN_LEFT",
    "ORDINAL_RANK_AFTER",
    "OUT_OF",
    "PERCENT_AFTER",
    "PER_PERIOD",
    "RANK_LEFT",
    "RANK_PLAIN_LEFT",
    "RATIO_AFTER",
    "SENTENCE_END",
    "TEAM_AFTER",
    "TEAM_LEFT",
    "TIME_AFTER",
    "TOP_LEFT",
    "TOP_RANK_LEFT",
    "WORDS_AFTER",
    "YEAR_WORDS",
]

BLOCKED_RIGHT = re.compile(r"[.,:/]\d|[-–]\d|[A-Za-z0-9]|[/@]")
CURRENCY_AFTER = re.compile(
    r"\s?(?P<code>" + "|".join(CURRENCY_CODES) + r")\b|\s(?P<word>dollars|euros|pounds sterling"
    r"|rupees)\b",
    re.IGNORECASE,
)
MONEY_CONTEXT = re.compile(
    r"\s+(?:in|of)\s+(?:\w+\s+)?(?:revenue|savings|sales|funding|budget|spend|arr|mrr|"
    r"pipeline|bookings|profit|cost\s+savings|investment|payments|collections|receivables|"
    r"billings?|donations|grants?|contracts?|orders|deals|deposits|loans|assets|capex|opex)\b",
    re.IGNORECASE,
)
# Words before a scaled number that make it money: "saving the company 180k", "Value: 1.9Mil",
# "a budget of 5 lakhs", "revenue of 2.7 million".
MONEY_LEFT = re.compile(
    r"\b(?:sav(?:e|es|ed|ing|ings)|revenues?|sales|budgets?|value|valued|worth|costs?|spend|"
    r"funding|profits?|turnover|income|ebitda|arr|mrr|gmv|investment|deal|contract|grant|raised|"
    r"generated|earned|earning)\b(?:\W{1,3}(?:the\s+)?(?:\w+\s+){0,2}?)??"
    r"(?:\s*(?:[:=–-]|of|at|by|to|in|over|around|about|nearly|approximately|approx\.?|"
    r"more\s+than|up\s+to|~)\s*)*$",
    re.IGNORECASE,
)
PERCENT_AFTER = re.compile(
    r"\s?(?:(?P<pct>%)|(?P<pct_word>percent|per\s?cent|pct)\b|(?P<pp>percentage\s+points?|pp)\b"
    r"|(?P<bp>basis\s+points?|bps?)\b)",
    re.IGNORECASE,
)
RATIO_AFTER = re.compile(
    r"(?:[x×X](?![\w])|\s?-?fold\b|\s+times(?=\s+(?:faster|more|higher|greater|larger|bigger|"
    r"better|lower|fewer|less|quicker|smaller|cheaper|over|as)\b)|:1(?![\d.'’\w]))",
)
TIME_AFTER = re.compile(
    r"(?:\s?-\s?|\s)?(?P<pre>(?:man|person|staff|engineer|developer|fte)[-\s])?"
    r"(?P<unit>milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|"
    r"decades?|secs?|mins?|hrs?|yrs?|wks?|mos|mths?)\b"
    r"|\s?(?P<short>ms|s|h|hr|min|yr|mo|wk)\b(?!['’])",
    re.IGNORECASE,
)
# "team of 12", "staff of 70", and header fields: "Team Size: 8", "Peak Team Size 6",
# "team size of up to 26", "Headcount: 40".
TEAM_LEFT = re.compile(
    r"(?:\b(?P<team>teams?|headcount|staff)\s+of\s+|(?P<field>\b(?:(?:peak|max(?:imum)?|average|"
    r"avg\.?|total|core|project)\s+)?team[\s-]?size|\bheadcount)\s*(?:[:=–—-]\s*|of\s+|was\s+|"
    r"is\s+)?)(?:(?:about|around|over|nearly|almost|some|approximately|approx\.?|up\s+to|"
    r"more\s+than|~)\s+)?$",
    re.IGNORECASE,
)
# Words after "N-" / "N " that make a team size ("40-person team", "12-strong team").
_TEAM_SUFFIX = r"(?:-\s?strong|\s?-?\s?(?:person|member|man|headcount|fte))"
TEAM_AFTER = re.compile(
    rf"{_TEAM_SUFFIX}\b(?:\s+(?:[\w-]+\s+)?(?:teams?|groups?|departments?|"
    r"organi[sz]ations?|units?|squads?|crews?|functions?|practices?|offices?|pmos?))?",
    re.IGNORECASE,
)
# "$1.2M/yr", "40 hours/week": a rate; the period is not part of the quantity.
PER_PERIOD = re.compile(
    r"/\s?(?:yr|year|annum|month|mo|mth|week|wk|day|hr|hour|quarter|qtr|person|head|user)\b",
    re.IGNORECASE,
)
DIRECT_REPORTS = re.compile(r"\s+direct\s+reports?\b", re.IGNORECASE)
WORDS_AFTER = re.compile(
    r"\s+(?P<w1>[A-Za-z][A-Za-z'’-]*)(?:\s+(?P<w2>[A-Za-z][A-Za-z'’-]*))?"
    r"(?:\s+(?P<w3>[A-Za-z][A-Za-z'’-]*))?"
)
OUT_OF = re.compile(r"(?:\s+(?:out\s+)?of\s+|\s?/\s?)(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)")
RANK_LEFT = re.compile(
    r"\b(?:ranked|ranking|rank|placed|finished|came|rated|stood|secured|won|bagged|earned|"
    r"achieved|took|got|awarded|received)\s+(?:in\s+)?(?:at\s+)?(?:the\s+)?(?:a\s+)?"
    r"(?:(?:no\.?|number)\s*)?$",
    re.IGNORECASE,
)
# A plain number is a rank only right after "ranked" ("placed 30 candidates", "finished 3
# projects" are counts; ordinals accept more verbs above).
RANK_PLAIN_LEFT = re.compile(
    r"\b(?:ranked|ranking)\s+(?:at\s+)?(?:(?:no\.?|number)\s*)?$", re.IGNORECASE
)
NUMBER_SIGN_LEFT = re.compile(r"\b(?:no\.|number)\s*$", re.IGNORECASE)
TOP_LEFT = re.compile(r"\btop[\s-]$", re.IGNORECASE)
TOP_RANK_LEFT = re.compile(
    r"\b(?:ranked|ranking|placed|finished|rated|among|consistently|in)\s+(?:in\s+|among\s+)?"
    r"(?:the\s+)?top[\s-]$",
    re.IGNORECASE,
)
ORDINAL_RANK_AFTER = re.compile(
    r"\s+(?:place|position|overall|out\s+of\b|of\s+\d|in\s+(?:the\s+)?(?:company|region|"
    r"country|nation|class|cohort|division|team|organi[sz]ation|industry|world|market))",
    re.IGNORECASE,
)
# A number in a list of codes after a prefix: the "2" of "Tier 1 & 2", "Layer 1, 2 and 3".
CODE_LIST_LEFT = re.compile(
    r"\b(?P<prefix>[A-Za-z][\w.+#-]*)\s+[A-Za-z]?\d+[A-Za-z]?(?:\s*(?:,|&|/|and|or)\s*"
    r"[A-Za-z]?\d+[A-Za-z]?)*\s*(?:,|&|/|and|or)\s*$"
)
# Units of measure that are counted like nouns ("4,100 ft of duct", "50,000 sq ft").
COUNT_UNITS_AFTER = re.compile(
    r"\s?(?P<unit>sq\.?\s?ft|square\s+(?:feet|foot|metres|meters)|sqft|ft|feet|miles|km|acres|"
    r"hectares|tons|tonnes|lbs|kg|MW|GW|kWh|MWh|barrels|bbl|gallons|litres|liters|nos)\b"
)
LINE_START = re.compile(r"[\s•·*○▪■◦●►>–—-]*(?:\(?\d{1,2}[.)]\s*)?$")
SENTENCE_END = re.compile(r"[.!?;:]\s*$")
YEAR_WORDS = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b|\b(?:present|current|now)\b", re.I)
