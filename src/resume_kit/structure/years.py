"""Years of experience a posting asks for: "5+ years", "at least three years", "3-5 years"."""

from __future__ import annotations

import re

from resume_kit.model.documents import Section, YearsRequired, section_finder
from resume_kit.structure.lines import _folded
from resume_kit.structure.numbers import NUMBER_WORDS
from resume_kit.structure.requirements import classify_requirement

__all__ = ["find_years_required"]


_NUM = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(NUMBER_WORDS) + r")(?:\s*\(\d{1,2}\))?"
# The characters a match can start with: a digit, a number word's first letter or a first word's
# ("at least", "minimum", "over", "no less than", "upwards of"), in either case.
_FIRSTS = "".join(sorted({word[0] for word in NUMBER_WORDS} | set("amonu")))
_YEARS_RE = re.compile(
    # \b first: the engine then rejects mid-word positions at once (4 ms -> under 1 ms a posting),
    # and "often 5 years" no longer reads as "ten". Then a word's first character: the other
    # words are passed without trying the alternatives (a third faster).
    rf"\b(?=[\d{_FIRSTS}])"
    rf"(?P<text>(?:(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than|"
    rf"no\s+less\s+than|upwards\s+of)\s+)?"
    rf"(?P<min>{_NUM})\s*(?:(?:-|–|—|to)\s*(?P<max>{_NUM})\s*)?(?P<plus>\+|\s*plus)?"
    rf"(?P<more>\s+or\s+more)?\s*(?:years?|yrs?)\b(?P<minimum>\s+minimum)?)",
    re.IGNORECASE,
)
_EXPERIENCE_CONTEXT_RE = re.compile(
    r"\b(?:experience|experienced|expertise|background|track record|working|managing|leading|"
    r"in (?:a|an|the)\b|as (?:a|an)\b|of (?:it|project|program|professional))",
    re.IGNORECASE,
)
# Matched where a match ends (not on a copy of the text after it: the rest of a long posting).
_NOT_EXPERIENCE_RE = re.compile(r"\s*(?:old|ago|of age|warranty|contract|term)\b", re.I)


# "five (5)": the digits in brackets after a number word.
_BRACKETED_DIGITS_RE = re.compile(r"\s*\(\d+\)")


def _number(text: str) -> float:
    text = _BRACKETED_DIGITS_RE.sub("", text).strip().lower()
    return float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else float(text)


# "years?|yrs?" case-blind, its "y" apart (only "y" and "Y" fold to it): the engine skips to them.
_YEARS_WORD_RE = re.compile(r"[yY](?i:ears?|rs?)")
_YEARS_REACH = 120  # longer than any match ("no less than fifteen (15) to twenty (20) years")


def _years_matches(text: str, folded: str | None = None) -> list[re.Match[str]]:
    """``_YEARS_RE`` matches, searched only near the words "year" / "yr" (every match ends in
    one, or in "minimum" just after it): scanning a whole posting position by position took a
    millisecond. Windows that overlap are merged, so no match is cut or found twice."""
    windows: list[list[int]] = []
    for start, end in _year_words(text, _folded(text) if folded is None else folded):
        low, high = max(0, start - _YEARS_REACH), end + 20
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    return [match for low, high in windows for match in _YEARS_RE.finditer(text, low, high)]


def _year_words(text: str, folded: str) -> list[tuple[int, int]]:
    """The spans of ``_YEARS_WORD_RE.finditer(text)``: "year" and "yr" found in ``folded``
    (``text`` lowercased: structure.lines._folded), each with its "s". Two finds, where the
    pattern stopped at every "y" of the text."""
    if len(folded) != len(text):  # a dotted "i" written in two was made one: offsets moved
        return [word.span() for word in _YEARS_WORD_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    for word in ("year", "yr"):  # neither holds the other's start: their matches never overlap
        at = folded.find(word)
        while at != -1:
            end = at + len(word) + folded.startswith("s", at + len(word))
            spans.append((at, end))
            at = folded.find(word, end)
    return sorted(spans)


def find_years_required(text: str, folded: str | None = None) -> list[tuple[YearsRequired, int]]:
    """Every "N years" asked for in ``text``, with the offset of each match.

    Understands "5+ years", "at least three years", "3-5 years", "3 to 5 years", "minimum of 7
    years", "two or more years", "five (5) years", "7 years minimum"; numbers may be written as
    words from one to fifteen.

    Args:
        text: Posting text (or one sentence of it).
        folded: ``structure.lines._folded(text)`` when the caller has it.

    Returns:
        ``(YearsRequired, offset)`` pairs in text order, ``text`` holding the words matched.
    """
    found: list[tuple[YearsRequired, int]] = []
    for match in _years_matches(text, folded):
        if _NOT_EXPERIENCE_RE.match(text, match.end()):
            continue
        low = _number(match.group("min"))
        high = _number(match.group("max")) if match.group("max") else None
        if high is not None and high < low:
            continue
        found.append(
            (YearsRequired(min=low, max=high, text=match.group("text").strip()), match.start())
        )
    return found


def _sentence_around(text: str, offset: int) -> str:
    """The line or sentence holding ``offset`` (after the last line break or ". " before it, up
    to the first one after it), at most ``_SENTENCE_REACH`` characters either side.

    Every search stays inside that window: a "sentence" with no full stop or line break for
    thousands of characters is a flattened text, and looking through all of it for every match
    was quadratic (9 s for 40,000 characters of ".5+ years", 71 s for a million).
    """
    low, high = max(0, offset - _SENTENCE_REACH), min(len(text), offset + _SENTENCE_REACH)
    start = max(text.rfind("\n", low, offset), text.rfind(". ", low, offset))
    line_end = text.find("\n", offset, high)
    stop = text.find(". ", offset, high if line_end < 0 else line_end)
    end = stop if stop >= 0 else line_end if line_end >= 0 else high
    return text[max(start + 1, low) : end]


_SENTENCE_REACH = 400  # characters; a long real sentence is under 300
_OF_EXPERIENCE_RE = re.compile(
    r"\b(?:years?|yrs?)\b(?:\s+of)?\s+(?:\w+\s+){0,3}experience", re.IGNORECASE
)


def _pick_years(
    text: str, sections: list[Section], folded: str | None = None
) -> YearsRequired | None:
    best: tuple[int, int, YearsRequired] | None = None
    section_of = section_finder(sections)
    for years, offset in find_years_required(text, folded):
        sentence = _sentence_around(text, offset)
        section = section_of(offset)
        if section == "benefits":
            continue
        after = text[offset : offset + len(years.text) + 40]
        score = 0
        if section == "requirements":
            score += 4
        elif section == "preferred":
            score -= 2
        if _EXPERIENCE_CONTEXT_RE.search(sentence):
            score += 2
        elif section != "requirements":
            continue  # "for 20 years we have built software"
        if _OF_EXPERIENCE_RE.search(after):
            score += 1
        if classify_requirement(sentence, section) == "preferred":
            score -= 3
        if best is None or score > best[0]:
            best = (score, offset, years)
    return best[2] if best else None
