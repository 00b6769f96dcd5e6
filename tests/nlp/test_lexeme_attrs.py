"""The cheaper lexical attribute getters give spaCy's own getters' values for every string."""

from __future__ import annotations

import functools
import pickle
import sys
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
import spacy
import srsly
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.lang import lex_attrs as base
from spacy.lang.en import lex_attrs as english
from spacy.lookups import Table
from spacy.util import add_lookups

from resume_kit.nlp.lexeme_attrs import faster_getter, faster_lexeme_attrs
from resume_kit.nlp.pipeline import build_nlp

# Characters the shortcuts and spaCy's tests turn on: signs, separators, URL and e-mail pieces,
# digits of other scripts (Arabic-Indic, Devanagari, Thai, full-width), superscripts and
# fractions (digits or numbers that are not decimals), case-less letters (CJK, Hebrew, the
# feminine ordinal), a title-case letter (ǅ), letters whose case mapping leaves ASCII or grows
# (ſ, İ, ı, ß, the Kelvin sign), a combining mark, quotes, brackets, currency signs, spaces.
ALPHABET = (
    "aeiouxyzstndrhAEIOUXYZ0123456789+-±~,./:@_%#&'\"`()[]{}<>!?*=|\\"
    "٣६๓３²½⅓Ⅻ中אªǅſİıßKǆ\u0307éÉ«»‘’‚‛“”„‟‹›❮❯$€£¥₹¢ \t\n\u00a0\u2028…—–"
)
RICH = st.text(alphabet=ALPHABET, min_size=1, max_size=12)
# Anything Unicode holds but lone surrogates (a str from a decoded file never has them).
ANY = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12)

FIXTURES = [
    "word",
    "Word",
    "WORD",
    "wOrD",
    "JavaScript",
    "Python3",
    "COVID-19",
    "e-mail",
    "full-time",
    "mississippi",
    "MISSISSIPPI",
    "Mississippi",
    "aaaaaa",
    "-----",
    ".....",
    "!!!!!!",
    "\n\n\n\n\n\n",
    "12345678",
    "1,000,000",
    "3.5",
    "+44",
    "-5",
    "±2",
    "~10",
    "1/2",
    "1/2/3",
    "½",
    "²",
    "٣٤",
    "१२३",
    "３",
    "one",
    "One",
    "TWELVE",
    "first",
    "Twentieth",
    "1st",
    "22nd",
    "3rd",
    "4th",
    "4TH",
    "ſt",
    "İ",
    "ı",
    "Kelvin",
    "K",
    "ǅ",
    "ß",
    "中文",
    "x" * 99,
    "x" * 100,
    "X" + "y" * 120,
    "http://example.com",
    "https://x",
    "http://",
    "www.",
    "www.a",
    "example.com",
    "example.com/",
    "example.com:8080",
    "linkedin.com/in/jordan",
    "Node.js",
    ".com",
    "com.",
    "a.b",
    "a.museum",
    "jordan@example.com",
    "@handle",
    "jordan@example",
    "a@b.c",
    "$",
    "$$",
    "€",
    "US$",
    "(",
    ")",
    "[",
    "<",
    '"',
    "'",
    "''",
    "``",
    "«",
    "❯",
    "’",
    ",",
    ".",
    "...",
    "!?",
    "-",
    "—",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "'s",
    "’S",
    "n't",
    "The",
    "THE",
    "and",
    "C++",
    "c#",
]


def _answer(getter: Callable[[str], Any], text: str) -> Any:
    """The getter's value, or the type of what it raised (the two must raise alike)."""
    try:
        return getter(text)
    except Exception as exc:  # compared, not swallowed
        return type(exc)


@functools.cache
def _spacy_getters() -> dict[int, Callable[[str], Any]]:
    """The English blank pipeline's getters, as spaCy makes them."""
    vocab: Any = spacy.blank("en").vocab
    return dict(vocab.lex_attr_getters)


@functools.cache
def _pairs() -> list[tuple[int, Callable[[str], Any], Callable[[str], Any]]]:
    """(attribute, spaCy's getter, its stand-in) for each of the English getters."""
    pairs = []
    for attr, plain in _spacy_getters().items():
        faster = faster_getter(plain)
        assert faster is not None, attr
        pairs.append((attr, plain, faster))
    return pairs


def _assert_same(text: str) -> None:
    for attr, plain, faster in _pairs():
        assert _answer(faster, text) == _answer(plain, text), (attr, text)


def test_every_getter_of_the_english_vocabulary_has_a_stand_in() -> None:
    # Otherwise a getter spaCy adds or renames is silently left slow (or its stand-in unused).
    assert all(faster_getter(g) is not None for g in _spacy_getters().values())


@pytest.mark.parametrize("text", [*FIXTURES, ""])
def test_each_stand_in_gives_spacys_value_on_fixtures(text: str) -> None:
    _assert_same(text)


@settings(max_examples=600, deadline=None)
@given(RICH)
@example("ſt")
@example("İ")
@example("K" * 6)
@example("1/½")
@example("٣rd")
def test_each_stand_in_gives_spacys_value_on_rich_text(text: str) -> None:
    _assert_same(text)


@settings(max_examples=400, deadline=None)
@given(ANY)
def test_each_stand_in_gives_spacys_value_on_any_text(text: str) -> None:
    _assert_same(text)


def test_the_facts_the_shortcuts_rest_on_hold_for_every_code_point() -> None:
    # like_num: a word of letters has no digit, nor does its lowercase form; is_punct and
    # is_currency: an alphanumeric character is neither punctuation nor a currency sign.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isalpha():
            assert not char.isdigit(), hex(code)
            assert not any(c.isdigit() for c in char.lower()), hex(code)
        if char.isalnum():
            category = unicodedata.category(char)
            assert not category.startswith("P") and category != "Sc", hex(code)


@pytest.mark.parametrize(
    "plain", [base.is_bracket, base.is_quote, base.is_left_punct, base.is_right_punct]
)
def test_the_bracket_and_quote_sets_are_spacys_lists(plain: Callable[[str], bool]) -> None:
    # The lists are local to spaCy's functions: read them from the functions' own constants.
    listed = {
        item
        for const in plain.__code__.co_consts
        if isinstance(const, tuple)
        for item in const
        if isinstance(item, str)
    }
    faster = faster_getter(plain)
    assert faster is not None and listed
    assert all(faster(item) and plain(item) for item in listed)
    assert not faster("(" * 2) and not faster("x")
    # And nothing more: the stand-in's set is the list itself.
    assert getattr(faster, "__self__", None) == listed


def test_the_pipeline_makes_the_same_lexemes_as_spacy() -> None:
    # Every attribute of a lexeme, made by the pipeline's vocabulary and by a plain English one.
    plain: Any = spacy.blank("en").vocab
    ours: Any = build_nlp().vocab
    assert all(faster_getter(g) is None for g in ours.lex_attr_getters.values())  # all replaced
    names = [
        "orth_", "lower_", "norm_", "shape_", "prefix_", "suffix_", "lang_", "flags", "is_alpha",
        "is_ascii", "is_digit", "is_lower", "is_upper", "is_title", "is_punct", "is_space",
        "is_bracket", "is_quote", "is_left_punct", "is_right_punct", "is_currency", "like_url",
        "like_num", "like_email", "is_stop", "is_oov", "cluster", "sentiment", "rank",
    ]  # fmt: skip
    words = [*FIXTURES, "Zyxwvut-99", "ſomething", "Straße", "İstanbul", "Kilo", "١٢٣th"]
    for word in words:
        assert [getattr(ours[word], n) for n in names] == [getattr(plain[word], n) for n in names]


def test_only_spacys_own_getters_are_replaced() -> None:
    # A trained model's or another language's getter is its own: French keeps its like_num (number
    # words of French), a custom function and a norm over spaCy's Table stay as they are.
    french: Any = spacy.blank("fr").vocab
    french_like_num = french.lex_attr_getters[spacy.attrs.LIKE_NUM]
    custom = functools.partial(base.is_stop, stops={"le"})  # spaCy's, so replaced

    def own_shape(text: str) -> str:
        return text

    french.lex_attr_getters[spacy.attrs.SHAPE] = own_shape
    table = Table(name="norms", data={"vingt": "20"})
    french.lex_attr_getters[spacy.attrs.NORM] = add_lookups(base.lower, table)
    french.lex_attr_getters[spacy.attrs.IS_STOP] = custom
    replaced = faster_lexeme_attrs(french)
    getters = french.lex_attr_getters
    assert getters[spacy.attrs.LIKE_NUM] is french_like_num
    assert getters[spacy.attrs.SHAPE] is own_shape
    assert getters[spacy.attrs.NORM].args[1] == (table,)
    assert getters[spacy.attrs.IS_STOP] is not custom
    assert replaced == len(getters) - 3
    for word in ["vingt", "Vingt", "LE", "le", "Xyz", "vingt-deux", "12"]:
        assert french[word].like_num == french_like_num(word)
        assert french[word].norm_ == ("20" if word == "vingt" else word.lower())
        assert french[word].is_stop == (word.lower() == "le")


def test_the_stop_words_stay_the_languages_own_set() -> None:
    # spaCy's stop test reads the set it was given: words added to it later count too.
    vocab: Any = spacy.blank("en").vocab
    stops = vocab.lex_attr_getters[spacy.attrs.IS_STOP].keywords["stops"]
    faster_lexeme_attrs(vocab)
    assert vocab.lex_attr_getters[spacy.attrs.IS_STOP].args == (stops,)


def test_the_english_number_words_are_spacys() -> None:
    plain: Callable[[str], bool] = english.like_num
    faster = faster_getter(plain)
    assert faster is not None
    for word in [*english._num_words, *english._ordinal_words]:
        for form in (word, word.upper(), word.title()):
            assert faster(form) is True and plain(form) is True


def test_the_stand_ins_pickle() -> None:
    # The built pipeline is pickled (its cache, its workers): spaCy pickles the getters with
    # srsly (cloudpickle) and our cache with pickle.
    vocab: Any = spacy.blank("en").vocab
    faster_lexeme_attrs(vocab)
    getters = vocab.lex_attr_getters
    copies = (pickle.loads(pickle.dumps(getters)), srsly.pickle_loads(srsly.pickle_dumps(getters)))
    for loaded in copies:
        assert loaded.keys() == getters.keys()
        for attr, getter in getters.items():
            for text in FIXTURES:
                assert _answer(loaded[attr], text) == _answer(getter, text)
    again = pickle.loads(pickle.dumps(vocab))
    assert [again[w].shape_ for w in FIXTURES] == [vocab[w].shape_ for w in FIXTURES]
