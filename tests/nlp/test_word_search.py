"""Many words in one pass: the same answers as looking for each word on its own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.nlp import word_search
from resume_kit.nlp.company_context import _ASK_CUES, _SELF_CUES
from resume_kit.nlp.company_headings import _OPENING_NAMES, _TITLED_NAMES
from resume_kit.structure.numbers import MULTIPLIER_STEMS, NUMBER_STEMS

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
    assert word_search.AHO_CORASICK is not None  # a core dependency


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_word_starts_are_those_found_word_by_word(text: str) -> None:
    for words in STEM_TUPLES:
        found = word_search.word_starts(text, words)
        assert sorted(found) == sorted(word_search._one_by_one(text, words))
        assert len(found) == len(set(found))


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_holds_any_is_any_word_in_the_text(text: str) -> None:
    for words in (*STEM_TUPLES, _OPENING_NAMES, _TITLED_NAMES, _ASK_CUES, _SELF_CUES):
        assert word_search.holds_any(text, words) == any(word in text for word in words)


def test_lowered_is_the_lowercase_of_the_text_asked_about() -> None:
    first, second = "About US", "ABOUT us"
    assert word_search.lowered(first) == "about us"
    assert word_search.lowered(first) is word_search.lowered(first)  # kept for the last text
    assert word_search.lowered(second) == "about us"
    assert word_search.lowered("İ") == "İ".lower()
