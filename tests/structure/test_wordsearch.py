"""Word-alternative searches built for speed must find exactly what the plain alternation finds."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.structure.wordsearch import WordSearch, compile_word_alternatives, letter_cases


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
