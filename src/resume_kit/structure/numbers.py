"""Numbers as resumes write them: digits, number words and scales, and the value each one means.

The one home of number words: the years a posting asks for ("five years") and the metric finder
read them here. It holds the regular expression pieces that match a number as written
(``1,200``, ``7, 000``, ``2.5``, ``1 1/2``, ``twenty-five``, ``a dozen``, ``a million``) and its
scale (``k``, ``150 k``, ``million``, ``Mil``, ``lakh``, ``crore``), the words that are a number of
times (``twice``, ``thrice``, ``doubled``, ``halved``), the word stems that say a number word may
start somewhere, and the functions that read their values.
"""

from __future__ import annotations

import re

__all__ = [
    "MULTIPLIER_STEMS",
    "MULTIPLIER_WORDS",
    "NUMBER",
    "NUMBER_STEMS",
    "NUMBER_WORDS",
    "SCALE",
    "read_multiplier",
    "read_number",
    "read_scale",
]

_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {**_UNITS_WORDS, **_TENS_WORDS}
"""Number words and their values, "one" to "ninety"."""

_SCALES = {
    "k": 1e3, "mil": 1e6,
    "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "m": 1e6, "mm": 1e6, "mn": 1e6,
    "million": 1e6, "crore": 1e7, "crores": 1e7, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "trillion": 1e12, "mio": 1e6,
}  # fmt: skip
# Scales that mean something else on their own ("5 mm", "5 m"): only after a currency.
_SHORT_SCALES = {"k", "m", "mm", "mn", "b", "bn", "mil"}

_WORD_NUMBER = (
    r"(?i:a(?=\s+(?:thousand|million|billion|lakh|crore)\b)|"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+)?(?:hundred|dozen)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|"
    r"four|five|six|seven|eight|nine)(?![\w]))?|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine)"
    r"(?=fold\b|[^\w]|$)"
)
# Thousands separated by commas ("1,200"), or by a comma and a space where PDF extraction split
# them ("7, 000"; not after another such group, so "1, 200, 300" stays a list).
_DIGITS = (
    r"\d{1,3}\s[1-9]/[2348](?![\d/])|"  # a whole number and a fraction: "1 1/2 hours"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d,\s)\d{1,3}(?:,\s\d{3}(?![\d,]))+|\d+(?:\.\d+)?"
)
SCALE = (
    r"(?:\s?(?i:thousand|million|billion|trillion|lakhs?|crores?|mio|mil)|\s?(?:mn|bn|MM|mm)|"
    r"[kKmMbB]|\s[kK])(?![A-Za-z])"
)
"""Pattern of a scale after a number ("k", " million", "bn", "150 k"), space included."""
NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
"""Pattern of one number: digits (thousands commas, decimals) or number words."""

# Where a number word may start (found with str.find from these stems, which is several times
# faster than a case-insensitive regex alternation over every position).
NUMBER_STEMS = (
    "one", "two", "thre", "four", "five", "six", "seven", "eigh", "nine", "ten", "elev", "twel",
    "thirt", "fift", "twent", "fort", "dozen", "hundred", "a dozen", "a hundred", "a thousand",
    "a million", "a billion",
)  # fmt: skip

MULTIPLIER_WORDS: dict[str, float] = {
    "twice": 2, "thrice": 3, "doubl": 2, "tripl": 3, "quadrupl": 4, "halv": 0.5, "half": 0.5,
}  # fmt: skip
"""Words that are a number of times ("twice", "doubled", "tripling", "halved", "by half"), by
stem."""
MULTIPLIER_STEMS = tuple(MULTIPLIER_WORDS)
"""Where such a word may start (found with str.find, like :data:`NUMBER_STEMS`)."""


def read_number(text: str) -> float:
    """Read the value of a number as written.

    Args:
        text: Digits with thousands commas ("1,200", "2.5", "7, 000"), a whole number and a
            fraction ("1 1/2"), or number words ("twenty-five",
            "three hundred", "a dozen"), as :data:`NUMBER` matches them.

    Returns:
        The value (1200.0, 2.5, 25.0, 300.0, 12.0).
    """
    if text[0].isdigit():
        if "/" in text:  # "1 1/2"
            whole, fraction = text.split()
            numerator, denominator = fraction.split("/")
            return float(whole) + float(numerator) / float(denominator)
        return float(text.replace(",", "").replace(" ", ""))
    words = re.split(r"[-\s]+", text.lower())
    if words == ["a"]:
        return 1.0  # "a million"
    if words[-1] in ("dozen", "hundred"):
        times = _UNITS_WORDS.get(words[0], 1) if len(words) > 1 else 1
        return float(times * (12 if words[-1] == "dozen" else 100))
    total = 0
    for word in words:
        total += _UNITS_WORDS.get(word, 0) + _TENS_WORDS.get(word, 0)
    return float(total)


def read_scale(scale: str | None) -> tuple[float, bool]:
    """Read a scale suffix.

    Args:
        scale: The scale as :data:`SCALE` matches it ("k", " million"), or None.

    Returns:
        Its multiplier (1.0 without a scale) and whether it is a short, ambiguous one ("m",
        "k": "5 m" is metres unless a currency comes first).
    """
    if not scale:
        return 1.0, False
    key = scale.strip().lower()
    return _SCALES[key], key in _SHORT_SCALES


def read_multiplier(word: str) -> float:
    """Read a word that is a number of times.

    Args:
        word: "twice", "thrice", a form of "double", "triple", "quadruple" or "halve", or "half".

    Returns:
        Its factor (2.0, 3.0, 4.0, 0.5).

    Raises:
        KeyError: The word is none of those.
    """
    lower = word.lower()
    for stem, factor in MULTIPLIER_WORDS.items():
        if lower.startswith(stem):
            return float(factor)
    raise KeyError(word)
