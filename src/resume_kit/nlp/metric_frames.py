"""The sentence around a number: does it say the number is an achievement, or something else?

The same "8 years" is an achievement in "migrated 300 servers in 8 months" and not in "8 years of
experience in IT"; "74%" is a result in "cut defects 74%" and a mark in "Class XII - 74%". The
metric finder (:mod:`resume_kit.nlp.metric_context`) reads a number's shape and unit; the
functions here read the frame around it:

* :func:`duration_frame`: time that measures the work ("within 6 weeks", "from 4 days to 2 hours",
  "saved 1,200 hours") against years of experience, tenure, ages, study periods, schedules and
  periods of reference ("the last five years");
* :func:`is_grade`: marks and grade points in an education line;
* :func:`is_salary`: a pay figure rather than money the person moved;
* :func:`is_company_fact`: a figure about an employer ("Acme serves 2 million people");
* :func:`verb_before`: the action verb of the clause a number sits in, which is what makes
  "Reconciled 6 years of tax returns" an achievement and "6 years of management" not one;
* :func:`change_direction`: "up" or "down" from the verb of "cut onboarding to 4 weeks".

Every check reads the line's text only (a regular expression or a word lookup on at most the 80
characters before the number), so the metric scan stays cheap and its per-line cache holds.
"""

from __future__ import annotations

import re
from typing import Literal

from resume_kit.nlp.metric_vocabulary import VERB_FORMS

__all__ = [
    "change_direction",
    "change_verb",
    "clause_before",
    "duration_frame",
    "is_company_fact",
    "is_disability_rating",
    "is_grade",
    "is_salary",
    "verb_before",
]


def _word_set(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------
# The clause and its verb
# --------------------------------------------------------------------------------------------

# Where a clause ends: sentence punctuation, ";", ":" and the separators of flattened resumes.
_CLAUSE_BREAK = re.compile(r"[.!?;:](?:\s|$)|[;•|●▪■◦►]|\s[-–—]\s|\(|\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Base forms that are also common nouns in resumes ("Software Engineer", "Project Lead", "a
# model"): they count as a verb only when they start the clause ("Lead a team of 5").
_PAST_OR_ING = re.compile(r"(?:ed|ing)$")


def clause_before(left: str) -> str:
    """The text of ``left`` after its last clause break (the clause a number sits in).

    Args:
        left: The text before a number (the metric finder's 80-character window).

    Returns:
        The end of ``left`` from the last sentence end, ";", ":", bullet or parenthesis on.
    """
    end = 0
    for match in _CLAUSE_BREAK.finditer(left):
        end = match.end()
    return left[end:]


def verb_before(left: str) -> str | None:
    """The lemma of the last action verb in the clause before a number.

    Past and "-ing" forms count anywhere in the clause ("... and reduced costs by"); a base or
    third-person form ("lead", "leads", "engineer") only as the clause's first word, since those
    are nouns inside a clause ("Software Engineer with 2 years"); a capitalised word inside the
    clause is a name or a field ("Mechanical Engineering"), not a verb.

    Args:
        left: The text before the number.

    Returns:
        The verb's lemma ("reduce", "lead"), or None.
    """
    words = _WORD.findall(clause_before(left))
    for index in range(len(words) - 1, -1, -1):
        written = words[index]
        word = written.lower()
        lemma = VERB_FORMS.get(word)
        if lemma is None:
            continue
        if index == 0:
            return lemma
        if written[0].isupper():
            continue  # "BSc Mechanical Engineering": a name or a field, not a verb
        if _PAST_OR_ING.search(word) or (word != lemma and word[-1] != "s"):
            return lemma
    return None


# --------------------------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------------------------

_APPROX = (
    r"(?:(?:about|around|approximately|approx\.?|nearly|almost|roughly|some|only|just|over|"
    r"under|less\s+than|more\s+than|fewer\s+than|at\s+least|up\s+to|a\s+record|record|a|an|"
    r"the|first|[~+<>≈])\s*)*"
)
# Words right after a duration that make it experience, an age, or a period of study.
_NOT_WORK_AFTER = re.compile(
    r"(?:['’]s?)?\s*\+?\s*(?:[-–]\s*)?(?:"
    r"(?:of\s+|in\s+)?(?:(?!(?:for|with|to|by|and|but|while|when)\b)[\w&/.+#,-]+\s+){0,4}?"
    r"(?:experience|exp\b|expertise|career|background)"
    r"|old\b|olds\b|of\s+age\b|of\s+(?:[\w-]+\s+)?(?:service|study|studies|schooling|education|"
    r"coursework|knowing)\b|(?:of\s+)?(?:degree|diploma|programme|program|course)\b"
    r"|(?:,\s*|\s+and\s+)?\d+\s*(?:months?|mos?|weeks?)\b)",
    re.IGNORECASE,
)
# Words right after a duration that make it work: "3 weeks ahead of schedule", "40 hours of
# overtime", "a six-week project".
_WORK_AFTER = re.compile(
    r"\s*(?:[-–]\s*)?(?:ahead\b|early\b|earlier\b|faster\b|sooner\b|quicker\b|shorter\b|"
    r"less\b|fewer\b|before\s+(?:the\s+)?(?:deadline|schedule|target)|of\s+(?:[\w-]+\s+)?"
    r"(?:work|effort|labou?r|downtime|savings?|testing|development|manual|overtime)\b|"
    r"(?:project|programme|program|migration|rollout|roll-out|implementation|deployment|"
    r"engagement|initiative|effort|sprint|turnaround|cycle|close|timeline)s?\b)",
    re.IGNORECASE,
)
# The words before a duration that say what it is are read as words, not searched for with a
# pattern (that tries every offset of the text before the number). Fillers are skipped: "with
# over 10 years" reads "with", "in less than 2 weeks" reads "in".
_CUE_TOKEN = re.compile(r"[A-Za-z]+|\d+|\(")
_FILLERS = _word_set(
    "about around approximately approx nearly almost roughly some only just over under less more "
    "fewer than least at a an the first record up"
)
# Experience or an age written first ("experience of 9 years", "aged 40 years"), a skill's years
# in brackets ("Java (9 years)"), the months of a tenure ("2 years 10 months").
_NOT_WORK_CUES = frozenset({"experience", "career", "tenure", "age", "aged", "("})
_YEAR_WORDS = frozenset({"years", "year", "yrs", "yr"})
# Time that measures the work: "in 3 months", "within 30 days", "in under 2 years", "by 3 months".
_WORK_CUES = frozenset({"in", "within", "inside", "after", "by"})
# Tenure ("for 8 years", "with 10 years"), a reference period ("the last five years", "previous
# three months"), a whole course ("all 4 years").
_TENURE_CUES = _word_set(
    "for with having has have had spanning span spent during all past last previous recent next "
    "coming following"
)


def _cues(left: str) -> tuple[str, str, str]:
    """The last word before a number that is no filler, and the two words before it."""
    tokens = _CUE_TOKEN.findall(left[-_FRAME_WIDTH:])
    index = len(tokens) - 1
    while index >= 0 and tokens[index].lower() in _FILLERS:
        index -= 1
    found = [tokens[i].lower() if i >= 0 else "" for i in (index, index - 1, index - 2)]
    return found[0], found[1], found[2]


# A rate ("five days a week", "8 hours a day") is a schedule unless time was saved.
_SCHEDULE_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|shift|night)\b", re.IGNORECASE
)
_SAVING = re.compile(
    r"\b(?:sav|free|freed|cut|reduc|eliminat|shav|recover|reclaim|gain|trimm)\w*", re.IGNORECASE
)
# "over a three-year period": the period of an achievement ("for a two year period" is tenure).
_OVER_BEFORE = re.compile(r"\bover\s+(?:a\s+|the\s+)?$", re.IGNORECASE)
_FRAME_WIDTH = 50
_PERIOD_AFTER = re.compile(r"\s*[-–]?\s*period\b", re.IGNORECASE)
_LONG_UNITS = frozenset({"years", "decades"})


def duration_frame(line: str, start: int, end: int, unit: str, left: str) -> bool:
    """Whether a duration measures the work (time taken, saved or cut), from its frame.

    Never: experience ("8+ years of experience", "a 20-year career", "experience of 9 years"),
    ages ("15-year-old"), study ("2 years degree", "six months of study"), a skill's years
    ("Java (9 years)"), a tenure line ("2 years 10 months"). Yes: a frame of work ("in 3
    months", "within 30 days", "6 weeks ahead of schedule", "a ten-month migration project").
    Otherwise no after a tenure or reference frame ("for 8 years", "with 10 years", "the last
    five years", "five days a week"), and, for years and decades, no unless an action verb
    governs the clause ("Reconciled 6 years of tax returns"): time in years is nearly always
    experience or tenure on a resume.

    Args:
        line: The line.
        start: Where the number starts.
        end: Where the duration's unit ends.
        unit: The unit reported ("years", "days").
        left: The text before the number (``left_of(line, start)``).

    Returns:
        True when the duration is an achievement.
    """
    cue, cue2, cue3 = _cues(left)
    if (
        cue in _NOT_WORK_CUES
        or (cue == "of" and cue2 in _NOT_WORK_CUES)
        or (cue in _YEAR_WORDS and cue2.isdigit())
        or _NOT_WORK_AFTER.match(line, end)
    ):
        return False
    if (
        cue in _WORK_CUES
        or (cue in ("and", "to") and cue3 in ("between", "from"))
        or _WORK_AFTER.match(line, end)
    ):
        return True
    if _PERIOD_AFTER.match(line, end) and _OVER_BEFORE.search(left[-_FRAME_WIDTH:]):
        return True
    if cue in _TENURE_CUES or (cue == "of" and cue2 == "course"):
        return False
    if _SCHEDULE_AFTER.match(line, end) and unit in ("days", "hours", "weeks"):
        return _SAVING.search(clause_before(left)) is not None
    if unit.removeprefix("person-") in _LONG_UNITS:
        return verb_before(left) is not None
    return True


# --------------------------------------------------------------------------------------------
# Grades, salaries, facts about an employer
# --------------------------------------------------------------------------------------------

# Words of an education line, matched as whole words (a set lookup per word: a pattern of forty
# alternatives searched over the line cost more than the rest of the percentage's reading).
_GRADE_BASE = _word_set(
    "gpa cgpa sgpa cpi marks aggregate percentage hsc ssc cbse icse matric matriculation "
    "university college institute school academy board secondary bachelor bachelors master "
    "masters b.tech m.tech btech mtech b.sc m.sc bsc msc b.com bcom b.e mba degree diploma "
    "graduate graduated graduating graduation semester coursework hons honours honors laude"
)
_GRADE_PHRASES = re.compile(
    r"\bclass\s+(?:x|xi|xii|ix|10|12|10th|12th)\b|\bfirst\s+(?:division|class)\b|"
    r"\bgrade\s+point|\(\s*2:[12]\s*\)",
    re.IGNORECASE,
)
_GRADE_WORDS = _GRADE_BASE | {w + "'s" for w in _GRADE_BASE} | {w + "’s" for w in _GRADE_BASE}
# A word, dots inside it kept ("b.tech") and a dot after it not ("school.").
_GRADE_PHRASE_CUES = ("class", "first", "grade", "2:")
_WORD_IN_LINE = re.compile(r"[a-z0-9](?:[a-z0-9'’-]|\.(?=[a-z0-9]))*")


def is_grade(window: str, left: str) -> bool:
    """Whether a percentage or ratio is a mark: the text around it is an education line
    ("Class XII - 96%", "BSc (Hons) (2:1)", "University of X, 74%") and no action verb comes
    before the number ("Cut the school's dropout rate 20%" is a result).

    Args:
        window: The text around the number.
        left: The text before the number.

    Returns:
        True for a grade.
    """
    lower = window.lower()
    if _GRADE_WORDS.isdisjoint(_WORD_IN_LINE.findall(lower)) and not (
        any(cue in lower for cue in _GRADE_PHRASE_CUES) and _GRADE_PHRASES.search(lower)
    ):
        return False
    return verb_before(left) is None


def is_disability_rating(window: str) -> bool:
    """Whether a percentage near ``window``'s words is a disability rating ("30% or greater
    service-connected disabled veteran").

    Args:
        window: The text around the number.

    Returns:
        True for a rating.
    """
    lower = window.lower()
    return "disab" in lower or "service-connected" in lower or "service connected" in lower


_SALARY_LEFT = re.compile(
    r"\b(?:salary|salaries|pay|wages?|compensation|ctc|stipend|remuneration|earnings|"
    r"expectations?|hourly\s+rate)\b\W{0,4}(?:[\w.]+\W{1,4}){0,2}$",
    re.IGNORECASE,
)
_SALARY_CUES = (
    "salar", "pay", "wage", "compensation", "ctc", "stipend", "remuneration", "earning",
    "expectation", "hourly",
)  # fmt: skip
_PAY_PERIOD_AFTER = re.compile(
    r"\s*(?:[\w.,]+\s+)?(?:per|a|an|/)\s*(?:year|annum|yr|hour|hr|month|mo)\b", re.IGNORECASE
)
_LINE_HEAD = re.compile(r"[\s•·*○▪■◦●►>–—-]*$")


def is_salary(line: str, left: str, end: int) -> bool:
    """Whether money is a pay figure: after "Salary:", "pay", "CTC"..., or a line that starts with
    an amount per year or hour ("$40,000 per year Supervisor: ..."), with no action verb before.

    Args:
        line: The line.
        left: The text before the amount.
        end: Where the amount ends.

    Returns:
        True for a salary.
    """
    tail = left[-40:]
    lower = tail.lower()
    cued = any(cue in lower for cue in _SALARY_CUES)  # the pattern only where it can match
    pay = (cued and _SALARY_LEFT.search(tail) is not None) or (
        _LINE_HEAD.match(left) is not None and _PAY_PERIOD_AFTER.match(line, end) is not None
    )
    return pay and verb_before(left) is None


# "BlueCross serves 21.5 million people": a capitalised name, then a verb of what a company is.
_COMPANY_FACT = re.compile(
    r"\W*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:serves|employs|operates|"
    r"has|is|generates|reaches|spans|boasts|owns|runs|supports|provides|processes|handles)\b"
)


def is_company_fact(line: str) -> bool:
    """Whether ``line`` states a fact about an organisation rather than the person's work.

    Args:
        line: The line.

    Returns:
        True when the line starts with a capitalised name (not an action verb) and a verb of
        what an organisation is or does in the third person.
    """
    match = _COMPANY_FACT.match(line)
    if match is None:
        return False
    first = match.group("name").split()[0].lower()
    return first not in VERB_FORMS and first not in ("i", "we", "my", "our")


# --------------------------------------------------------------------------------------------
# Which way a change went, when only its end is written
# --------------------------------------------------------------------------------------------

# Verbs of reducing and of increasing, in any form ("cut", "reducing", "lowered", "rose").
_CHANGE_VERB = re.compile(
    r"\b(?:(?P<down>reduc\w*|cut(?:s|ting)?|decreas\w*|lower(?:s|ed|ing)?|shorten\w*|"
    r"drop(?:s|ped|ping)?|slash\w*|trim(?:s|med|ming)?|halv\w*|minimi[sz]\w*|shr[iau]nk\w*|"
    r"compress\w*|eliminat\w*|fell|fall(?:s|en|ing)?|brought\s+down|bring\w*\s+down)"
    r"|(?P<up>increas\w*|rais(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|boost\w*|expand\w*|"
    r"lift(?:s|ed|ing)?|scal(?:e|es|ed|ing)|doubl\w*|tripl\w*|maximi[sz]\w*|accelerat\w*|"
    r"rose|rise[sn]?|rising|climb\w*)"
    r"|(?P<either>improv\w*|mov(?:e|es|ed|ing)|went|go(?:es|ing)?|shift\w*|chang\w*|"
    r"transition\w*|took|brought))\b",
    re.IGNORECASE,
)
# A second verb joined to the first: its own clause ("... and propelled performance to").
_COORDINATED = re.compile(r"(?:\band|\bbut|\bwhile|\bthen|,)\s+(?=[A-Za-z]+(?:ed|ing)\b)")
_DOWN_TO = re.compile(r"\bdown\s+to\s+" + _APPROX + r"$", re.IGNORECASE)
_TO_END = re.compile(r"\bto\s+" + _APPROX + r"$", re.IGNORECASE)


def change_direction(left: str) -> Literal["up", "down"] | None:
    """The direction of a change written only by its end ("cut onboarding to 4 weeks",
    "increasing uptime to nearly 100%"), from the verb of its clause.

    Args:
        left: The text before the number.

    Returns:
        ``down`` after a verb of reducing, ``up`` after one of increasing, None when the number
        does not follow "to" or the verb does not say ("improved response time to 2 hours").
    """
    if _TO_END.search(left) is None:
        return None
    if _DOWN_TO.search(left):
        return "down"  # "brought licence costs down to $0"
    verb = change_verb(left)
    return None if verb == "either" else verb


def change_verb(left: str) -> Literal["up", "down", "either"] | None:
    """The last verb of change in the clause before a number: one of reducing (``down``), of
    increasing (``up``), or one that goes either way ("improved", "moved", "went").

    Args:
        left: The text before the number.

    Returns:
        ``down``, ``up``, ``either`` or None when the clause has no verb of change.
    """
    clause = clause_before(left)
    cut = 0
    for match in _COORDINATED.finditer(clause):
        cut = match.end()  # "Doubled bandwidth and propelled performance to 100%"
    last = None
    for match in _CHANGE_VERB.finditer(clause, cut):
        last = match
    if last is None:
        return None
    return "down" if last.group("down") else "up" if last.group("up") else "either"
