"""Word searches built for speed must find exactly what the plain search finds: the alternations
against the plain alternation, the keyed search against the pattern's own, and the Aho-Corasick
word searches against looking for each word on its own."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.nlp.company_context import _ASK_CUES, _SELF_CUES
from resume_kit.nlp.company_headings import _OPENING_NAMES, _TITLED_NAMES
from resume_kit.structure import wordsearch
from resume_kit.structure.education import _DEGREE_HINTS, _DEGREE_NAMES
from resume_kit.structure.numbers import MULTIPLIER_STEMS, NUMBER_STEMS
from resume_kit.structure.wordsearch import (
    SPACES,
    KeyedPattern,
    WordSearch,
    compile_word_alternatives,
    letter_cases,
    pattern_keys,
    start_keys,
)


def test_letter_cases_are_every_character_ignorecase_matches() -> None:
    any_letter = re.compile("|".join(string.ascii_lowercase), re.IGNORECASE)
    folding = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    for letter in string.ascii_letters:
        pattern = re.compile(letter, re.IGNORECASE)
        assert set(letter_cases(letter)) == {c for c in folding if pattern.fullmatch(c)}, letter
        assert letter_cases(letter)[0] == letter


_ALTERNATIVES = [
    ("Ph\\.?\\s?D", True),
    ("MS", False),
    ("Master(?:'s|s)?", False),
    ("Ma", True),  # overlaps the two above: which wins at a position must not change
    ("sql", True),
    ("ki", True),
    ("i\\w", True),
]
_PIECES = ["PhD", "ph. d", "MS", "ms", "Masters", "master's", "MA", "ma", "SQL", "ſql", "\u212ai",
    "İx", "ıx", "I", "x", "_", " ", "-", "\n", "é"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=15))
def test_the_branches_find_the_plain_alternations_spans(parts: list[str]) -> None:
    text = "".join(parts)
    alternation = "|".join(("(?i:" if fold else "(?:") + rf"\b{n})" for n, fold in _ALTERNATIVES)
    plain = re.compile(f"(?:{alternation})(?=\\W|$)")
    fast = compile_word_alternatives(_ALTERNATIVES, then="(?=\\W|$)")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=15),
    st.integers(min_value=-1, max_value=40),
)
@example(["MS", "-", "ma"], 0)
@example(["PhD", "MS"], 3)  # a word start inside the last match: seen from the letter before
@example(["x", "MS"], 1)
def test_a_search_from_the_gaps_finds_what_the_pattern_finds(parts: list[str], pos: int) -> None:
    # Searched from the non-word character before each word (and the text's start): the same
    # matches as the pattern's own search, from any position, and the same run of matches.
    text = "".join(parts)
    words = WordSearch(_ALTERNATIVES, then="(?=\\W|$)")
    pattern = compile_word_alternatives(_ALTERNATIVES, then="(?=\\W|$)")
    assert words.pattern.pattern == pattern.pattern
    fast, plain = words.search(text, pos), pattern.search(text, max(pos, 0))
    assert (fast and fast.span()) == (plain and plain.span())
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", ["?x", "P?hD", "\\bPhD", "(MBA)", "1st", "é"])
def test_an_alternative_must_start_with_a_plain_letter(name: str) -> None:
    with pytest.raises(ValueError, match="plain letter"):
        compile_word_alternatives([(name, False)])


def test_a_word_character_is_a_letter_digit_or_underscore() -> None:
    # The keyed search skips a start after such a character before trying the pattern, whose
    # (?<!\w.) says the same: the two must agree on every character.
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(word.fullmatch(char)) == (char.isalnum() or char == "_"), hex(code)


_KEYED_ALTERNATIVES = [
    *_ALTERNATIVES,
    ("D\\.?Phil", True),  # an optional dot inside the key
    ("A[- ]Levels?", True),  # a set of two inside it
    ("M\\.\\s?Sc", False),  # a space class ends the key: "M. Sc" and "M.Sc" both found
    ("Master(?:'s|’s|s)", False),  # a non-ASCII letter, matched as it is
    ("B(?i:ach)elor", False),  # a case-blind group in a case-kept pattern
    ("Bachillerato", True),
    ("in\\s+search", True),
    ("high", True),  # "i" has four forms under IGNORECASE
    ("Baccalaur[ée]at", True),  # a case-blind non-ASCII letter in a set ends the key
    ("Bé", True),
]
_KEYED_PIECES = [*_PIECES, "D.Phil", "dphil", "A-level", "a levels", "M. Sc", "M.Sc", "M.SC",
    "Master’s", "BACHelor", "Bachelor", "bACHelor", "BACHILLERATO", "in  search", "HİGH", "hıgh",
    "ſ", "\u212a", "é", "BÉ", "Bé", "baccalauréat", "BACCALAURÉAT"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_KEYED_PIECES) | st.text(max_size=4), max_size=15))
@example(["PhD", "MS"])
@example(["x", "Master’s"])
@example(["M. Sc", "-", "hıgh"])
def test_the_keyed_search_finds_what_the_pattern_finds(parts: list[str]) -> None:
    # The matches found by trying the pattern only where the automaton found a key: the same as
    # the pattern's own finditer, and as the search from the gaps.
    text = "".join(parts)
    keyed = WordSearch(_KEYED_ALTERNATIVES, then="(?=\\W|$)", keyed=True)
    plain = WordSearch(_KEYED_ALTERNATIVES, then="(?=\\W|$)")
    assert keyed._starts is not None  # the automaton is in use
    expected = [m.span() for m in keyed.pattern.finditer(text)]
    assert [m.span() for m in keyed.finditer(text)] == expected
    assert [m.span() for m in plain.finditer(text)] == expected


_DEGREE_TEXT = st.lists(
    st.sampled_from(
        [
            "Ph.D.",
            "PhD",
            "Ph D",
            "D.Phil",
            "MBA",
            "M.B.A.",
            "M. Sc",
            "MSc",
            "MS",
            "Master's",
            "Masters",
            "MASTER OF",
            "MENG",
            "Bachelor's degree",
            "B.Sc.",
            "BS/BA",
            "BA",
            "B. Tech",
            "four-year degree",
            "undergraduate",
            "Undergraduate degree",
            "A.A.S.",
            "AAS",
            "Associate degree",
            "High School",
            "HİGH SCHOOL",
            "GED",
            "A-Levels",
            "GCSEs",
            "Abitur",
            "Baccalauréat",
            "Ensino médio",
            "HSC",
            "SSC",
            "MS Office",
            ", MS",
            "graduate degree",
            "postgraduate degree",
            "phD",
            "ba",
            "ms",
            " ",
            "\n",
            ",",
            "(",
            "x",
            "_",
            "é",
            "•",
        ]
    )
    | st.text(max_size=3),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DEGREE_TEXT)
def test_the_degree_hints_keyed_are_the_hints_pattern_finds(text: str) -> None:
    assert _DEGREE_HINTS._starts is not None  # the hints are searched keyed
    expected = [m.span() for m in _DEGREE_HINTS.pattern.finditer(text)]
    assert [m.span() for m in _DEGREE_HINTS.finditer(text)] == expected


def test_keys_start_every_match_in_each_case() -> None:
    # Each key's forms under IGNORECASE, the optional parts both ways, cut at four characters or
    # where a class begins; a key that starts with another is dropped.
    assert start_keys([("Ph\\.?\\s?D", True)]) == ["PH", "Ph", "pH", "ph"]
    assert start_keys([("D\\.?Phil", False)]) == ["D.Ph", "DPhi"]
    assert start_keys([("MS", False), ("MSc", False), ("A[- ]L", False)]) == ["A L", "A-L", "MS"]
    assert start_keys([("Mé", True)]) == ["M", "m"]  # a non-ASCII letter case-blind ends it
    assert start_keys([("M[eé]", True)]) == ["M", "m"]  # also in a set
    degree_keys = start_keys(
        (name + after, fold) for _, fold, names, after, _ in _DEGREE_NAMES for name in names
    )
    assert degree_keys is not None and len(degree_keys) < 1000
    assert "MA" in degree_keys and "Ma" not in degree_keys  # "MA" is case-kept; "Master" is


def test_spaces_are_every_character_backslash_s_matches() -> None:
    # A key goes on over \\s as each of these characters: one missing would lose matches.
    space = re.compile(r"\s")
    assert set(SPACES) == {chr(c) for c in range(sys.maxunicode + 1) if space.fullmatch(chr(c))}
    assert len(set(SPACES)) == len(SPACES)


# Whole patterns searched keyed: "^" branches (only at the text's start), \\s+ after short
# words, named groups, look-behinds, a "$", case-blind and case-kept parts.
_KEYED_PATTERNS = [
    re.compile(
        r"(?=\b[^\W\d_]|^)(?:(?P<pref>\b(?:a|an|big)\s+plus\b|^\s*plus\s*:|\bplus\s*$|"
        r"\bno\s+(?:\w+\s+){0,2}?needed\b)|(?P<req>(?<!\bas )\brequired\b|\bat\s+least\b|"
        r"\bmust\b))",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*(?i:bonus)\b|\bIs\s+a\s|\A[a-z]|\bx+y"),
    re.compile(r"^a|(?m:^b)|\bc\s?d", re.MULTILINE),  # "^" after a line break: keyed from it
]
_KEYED_PATTERN_PIECES = ["a plus", "A  PLUS", "an\u00a0plus", "big\tplus", "plus", "plus:",
    " plus :", "no help needed", "no needed", "as required", "required", "at least", "AT\nLEAST",
    "must", "muſt", "bonus", "Is a ", "is a ", "xxy", "b", "c d", "cd", "\n", " ", ",", "x", "é",
    "İs a ", "_", "1"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(range(len(_KEYED_PATTERNS))),
    st.lists(st.sampled_from(_KEYED_PATTERN_PIECES) | st.text(max_size=4), max_size=15),
)
@example(0, [" plus :", "a plus"])
@example(1, ["bonus", "xxy"])
@example(2, ["x", "\n", "b"])
def test_a_keyed_pattern_finds_what_the_pattern_finds(index: int, parts: list[str]) -> None:
    # The pattern tried only at its keys' starts (and the text's start): the same matches, with
    # the same groups, as its own finditer.
    text = "".join(parts)
    pattern = _KEYED_PATTERNS[index]
    keyed = KeyedPattern(pattern, word_start=index == 0)
    expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in keyed.finditer(text)] == expected
    assert keyed._starts not in (None, False)  # the automaton was in use


def test_pattern_keys_go_on_over_spaces_and_leave_text_starts_out() -> None:
    keys = pattern_keys(re.compile(r"^\s*plus|\ba\s+plus|\bmust"))
    assert keys is not None
    assert "a " in keys and "a\u3000" in keys and "must" in keys  # "a" alone: at every "a"
    assert not any(k.startswith(("p", " ")) for k in keys)  # the "^" branch: offset 0 only
    # MULTILINE: "^" may match after any line break, so its branch is keyed by what follows.
    assert pattern_keys(re.compile(r"^a|b", re.MULTILINE)) == ["a", "b"]
    assert pattern_keys(re.compile(r"a?")) is None  # it may match the empty string
    assert pattern_keys(re.compile(r"\w+")) is None  # no key at all: searched plainly


# Many plain words in one pass (moved from nlp/word_search.py with the functions).
STEM_TUPLES = (NUMBER_STEMS, MULTIPLIER_STEMS, NUMBER_STEMS + MULTIPLIER_STEMS)

TEXT = st.lists(
    st.one_of(
        st.sampled_from(["one", "ten", "a dozen", "a hundred", "twice", "half", "often", "\n"]),
        st.sampled_from(["someone", "_two", "x-three", "thirthirty", "7", " ", ",", "i̇"]),
        st.sampled_from(["😀", "ſix", "ken", "ﬁve", "a  dozen", "élevé", "we", "our"]),
        st.sampled_from(["about us", "benefits", "perks", "you", "experience", "founded"]),
        st.sampled_from(["Job Overview", "About The Role", "Job overview", "Nice To Have"]),
        st.text(max_size=4),
    ),
    max_size=12,
).map(" ".join)


def test_the_fast_search_is_the_one_in_use() -> None:
    assert wordsearch.AHO_CORASICK is not None  # a core dependency


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_word_starts_are_those_found_word_by_word(text: str) -> None:
    for words in STEM_TUPLES:
        found = wordsearch.word_starts(text, words)
        assert sorted(found) == sorted(wordsearch._one_by_one(text, words))
        assert len(found) == len(set(found))


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_holds_any_is_any_word_in_the_text(text: str) -> None:
    for words in (*STEM_TUPLES, _OPENING_NAMES, _TITLED_NAMES, _ASK_CUES, _SELF_CUES):
        assert wordsearch.holds_any(text, words) == any(word in text for word in words)


def test_lowered_is_the_lowercase_of_the_text_asked_about() -> None:
    first, second = "About US", "ABOUT us"
    assert wordsearch.lowered(first) == "about us"
    assert wordsearch.lowered(first) is wordsearch.lowered(first)  # kept for the last text
    assert wordsearch.lowered(second) == "about us"
    assert wordsearch.lowered("İ") == "İ".lower()
