"""The tokenizer's cheaper affix and URL callables give exactly the plain expressions' answers."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from typing import Any

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.nlp.affixes import (
    FirstCharSearch,
    InfixFinditer,
    RequiredCharsMatch,
    SuffixSearch,
    faster_affixes,
    faster_infix_finditer,
    faster_prefix_search,
    faster_required_chars,
    faster_suffix_search,
)
from resume_kit.nlp.pipeline import SkillAwareUrlMatch, build_nlp, drop_whitespace_special_cases

# Characters spaCy's English expressions care about (affix punctuation, unit letters, digits for
# lookbehinds, quotes and dashes outside ASCII), letters that fold to ASCII ones under IGNORECASE,
# and the newline "$" may match before.
ALPHABET = (
    "abcdeghkmnstxyzABCKMSTU019.,;:!?'\"()[]{}<>-_/+*^~=$%&#@`|\\’‘“”…—–°£€•²µ«»§ſKİ\u00a0\n "
)
WORDS = st.text(alphabet=ALPHABET, max_size=14)

FIXTURES = [
    "",
    "word",
    "words",
    "word.",
    "end...",
    "U.S.",
    "e.g.",
    "5km",
    "5km.",
    "10°C.",
    "it's",
    "IT'S",
    "it’s",
    "(hello)",
    '"quoted",',
    "$5",
    "US$50",
    "C++",
    "3+4",
    "Node.js/React",
    "full-time",
    "a--b",
    "a-b-c",
    "....",
    "ab.cd...e",
    "well—known",
    "x:y",
    "1,000",
    "https://example.com/a?b=c",
    "linkedin.com/in/jordan",
    "www.example.org",
    "192.168.0.1",
    "jordan@example.com",
    "naïve",
    "café.",
    "→",
    "•item",
    "\n",
    "a\n",
    "x.\n",
    "s\n",
    "ſ",
]


def english() -> Any:
    return spacy.blank("en").tokenizer


def spans(result: Any) -> Any:
    """A search's span, or a finditer's list of spans: what the tokenizer reads of them."""
    if result is None or isinstance(result, re.Match):
        return None if result is None else result.span()
    return [match.span() for match in result]


def same(plain: Callable[[str], Any], fast: Callable[[str], Any], text: str) -> None:
    assert spans(fast(text)) == spans(plain(text)), text


def test_spacy_english_expressions_get_the_stand_ins() -> None:
    # Else every equality below would hold trivially.
    tokenizer = english()
    assert isinstance(faster_suffix_search(tokenizer.suffix_search), SuffixSearch)
    assert isinstance(faster_prefix_search(tokenizer.prefix_search), FirstCharSearch)
    assert isinstance(faster_infix_finditer(tokenizer.infix_finditer), InfixFinditer)
    url = faster_required_chars(tokenizer.url_match, tokenizer.url_match)
    assert isinstance(url, RequiredCharsMatch) and url.required == "."


_TOKENIZER = english()
_PLAIN_URL = SkillAwareUrlMatch(_TOKENIZER.url_match)
PAIRS = [
    (_TOKENIZER.suffix_search, faster_suffix_search(_TOKENIZER.suffix_search)),
    (_TOKENIZER.prefix_search, faster_prefix_search(_TOKENIZER.prefix_search)),
    (_TOKENIZER.infix_finditer, faster_infix_finditer(_TOKENIZER.infix_finditer)),
    (_PLAIN_URL, faster_required_chars(_PLAIN_URL, _TOKENIZER.url_match)),
]


@pytest.mark.parametrize("text", FIXTURES)
def test_english_callables_answer_as_the_plain_ones(text: str) -> None:
    for plain, fast in PAIRS:
        same(plain, fast, text)


@settings(max_examples=600, deadline=None)
@given(WORDS)
@example("5km.")
@example("’s")
def test_english_callables_answer_as_the_plain_ones_on_any_text(text: str) -> None:
    for plain, fast in PAIRS:
        same(plain, fast, text)


# Expressions of our own, standing for a trained pipeline's: each shape the analysis reads or must
# refuse (a refused one keeps the plain callable, which is trivially the same).
SUFFIXES = [
    r"s$|'s$|(?<=[0-9])(?:km|m|%)$|\.\.+$|(?<=[a-z])\.$",
    r"(?i)k$|s$",  # folding: "K", the Kelvin sign and "ſ" match too
    r"ab|c$",  # an alternative not anchored at the end
    r"x*$|y$",  # an alternative that can be empty
    r"[|]$|\|$|(?:a|b)$|[]|]$|\($|[^a-z]$",  # "|" and "]" in classes, groups, negation
    r"a\Z|\d$|\s$|\w\.$|(?:-|—)+$",
    r"(?m)a$|b$",  # "$" before every newline: refused
    r"(a)$|b$",  # a capturing group: refused
    r"(?a)\S$|b$|(?a:[^\s])c$",  # under re.ASCII "\S" matches "\x1c" too
]
PREFIXES = [
    r"^§|^\(|^\.\.+|^[0-9]+(?=km)",
    r"^(?i:k)|^a",
    r"^a|b",
    r"^x*|^y",
    r"(?:^a|^b)c",
    r"^(a)\1|^(b)c|^(x)?\1y",  # groups and back-references
    r"^a|(?m:^x)",  # a scoped multiline "^" matches after any newline: refused
    r"(?a)^\S",
]
INFIXES = [
    r"\.\.+|(?<=[0-9])[+\-*^](?=[0-9-])|(?<=[a-z]),(?=[a-z])",
    r"^-|\b-|(?<=a)b|--?",  # "^" and "\b" read at a match's start, as "re" does in finditer
    r"x?",
    r"(?i)k|\W",
    r"(?a)\S",
    r"(-)\1?|(?<=a)(b)|(x)?\1y",
]
MATCHES = [
    r"^(?:https?://)?[a-z]+\.[a-z]{2,}$",
    r"a|b",
    r"(?i)k@x",
    r"(?:a\.|b\.)+c",
    r"(a)\1\.(b)",
]


@settings(max_examples=300, deadline=None)
@given(WORDS)
@example("a\n")
@example("K")
@example("x\nx")
@example("b\nx")
@example("a\x1c")
@example("\x1c")
@example("a\x1cc")
def test_own_expressions_answer_as_the_plain_ones_on_any_text(text: str) -> None:
    for source in SUFFIXES:
        search = re.compile(source).search
        same(search, faster_suffix_search(search), text)
    for source in PREFIXES:
        search = re.compile(source).search
        same(search, faster_prefix_search(search), text)
    for source in INFIXES:
        finditer = re.compile(source).finditer
        same(finditer, faster_infix_finditer(finditer), text)
    for source in MATCHES:
        match = re.compile(source).match
        same(match, faster_required_chars(match, match), text)


# A trained pipeline brings its own expressions; spaCy's other languages stand for them here
# (capturing groups, zero-width infixes, other scripts).
_OTHER_TOKENIZERS = [spacy.blank(code).tokenizer for code in ("de", "fr", "ru", "ar", "xx")]
OTHER_PAIRS = [
    pair
    for tokenizer in _OTHER_TOKENIZERS
    for pair in (
        (tokenizer.suffix_search, faster_suffix_search(tokenizer.suffix_search)),
        (tokenizer.prefix_search, faster_prefix_search(tokenizer.prefix_search)),
        (tokenizer.infix_finditer, faster_infix_finditer(tokenizer.infix_finditer)),
        (tokenizer.url_match, faster_required_chars(tokenizer.url_match, tokenizer.url_match)),
    )
]


@settings(max_examples=200, deadline=None)
@given(WORDS)
@example("l'homme")
@example("Straße.")
def test_other_languages_expressions_answer_as_the_plain_ones(text: str) -> None:
    for plain, fast in OTHER_PAIRS:
        same(plain, fast, text)


def test_other_languages_expressions_mostly_get_the_stand_ins() -> None:
    # French keeps two plain callables (its zero-width infixes, its suffixes' capturing groups);
    # the rest must be read.
    plain = sum(fast is plain for plain, fast in OTHER_PAIRS)
    assert plain <= 2, [getattr(fast, "__qualname__", fast) for _, fast in OTHER_PAIRS]


def test_what_the_analysis_cannot_vouch_for_keeps_the_plain_callable() -> None:
    multiline, grouped = re.compile(r"(?m)a$|b$").search, re.compile(r"(a)$|b$").search
    assert faster_suffix_search(multiline) is multiline
    assert faster_suffix_search(grouped) is grouped
    unanchored, empty = re.compile(r"^a|b").search, re.compile(r"^x*").search
    assert faster_prefix_search(unanchored) is unanchored
    assert faster_prefix_search(empty) is empty
    optional = re.compile(r"x?").finditer
    assert faster_infix_finditer(optional) is optional
    no_char = re.compile(r"a|b").match
    assert faster_required_chars(no_char, no_char) is no_char

    def not_an_expression(text: str) -> None:
        return None

    assert faster_suffix_search(not_an_expression) is not_an_expression
    assert faster_suffix_search(None) is None


def test_a_suffix_table_leaves_out_what_cannot_end_there() -> None:
    search = faster_suffix_search(re.compile(r"s$|'s$|(?<=[0-9])km$|\.\.+$").search)
    assert isinstance(search, SuffixSearch)
    assert search("word") is None
    assert spans(search("it's")) == (2, 4)
    assert spans(search("5km")) == (1, 3)
    assert spans(search("wait...")) == (4, 7)


def test_stand_ins_survive_pickling() -> None:
    # The built pipeline is pickled into the user's cache: its callables must come back the same.
    for plain, fast in PAIRS:
        loaded = pickle.loads(pickle.dumps(fast))
        assert type(loaded) is type(fast)
        for text in FIXTURES:
            same(plain, loaded, text)


SAMPLES = [
    "Senior Software Engineer (m/f/d) - Node.js/React, 5+ yrs; e.g. AWS, C++ & C#.",
    'Salary: $120k-$150k/year... "Full-time", 40h/week; visit https://jobs.example.com/apply?id=7.',
    "You'll own CI/CD (GitHub Actions), 99.9% uptime, 10°C. Apply: jobs@acme.io | +1 555 010 2030",
    "• Led 12 engineers—cut costs 30%\xa0in 2021 .\n  – Migrated U.S. data to GCP (BigQuery).",
    "Skills: Python3.11, Vue.js/Nuxt.js, ASP.NET, R&D, 24/7 on-call, 5km², ca. 3–5 yrs…",
]


def tokens(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(token.text, token.whitespace_) for token in nlp.make_doc(text)]


def plain_and_fast() -> tuple[Any, Any]:
    plain, fast = spacy.blank("en"), spacy.blank("en")
    for nlp in (plain, fast):
        drop_whitespace_special_cases(nlp)
    plain.tokenizer.url_match = SkillAwareUrlMatch(plain.tokenizer.url_match)  # type: ignore[attr-defined]
    faster_affixes(fast.tokenizer)
    url_match = fast.tokenizer.url_match  # type: ignore[attr-defined]
    fast.tokenizer.url_match = faster_required_chars(SkillAwareUrlMatch(url_match), url_match)  # type: ignore[attr-defined]
    return plain, fast


PLAIN_NLP, FAST_NLP = plain_and_fast()


@pytest.mark.parametrize("text", SAMPLES)
def test_tokens_are_those_of_the_plain_tokenizer(text: str) -> None:
    assert tokens(FAST_NLP, text) == tokens(PLAIN_NLP, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=8).map(" ".join))
def test_tokens_are_those_of_the_plain_tokenizer_on_any_text(text: str) -> None:
    assert tokens(FAST_NLP, text) == tokens(PLAIN_NLP, text)


def test_the_pipeline_tokenizer_uses_the_stand_ins() -> None:
    tokenizer: Any = build_nlp().tokenizer
    assert isinstance(tokenizer.suffix_search, SuffixSearch)
    assert isinstance(tokenizer.prefix_search, FirstCharSearch)
    assert isinstance(tokenizer.infix_finditer, InfixFinditer)
    assert isinstance(tokenizer.url_match, RequiredCharsMatch)
    assert isinstance(tokenizer.url_match.function, SkillAwareUrlMatch)


def test_a_tokenizer_without_the_expressions_is_left_alone() -> None:
    # A custom tokenizer from an installed model may have none of spaCy's callables.
    class Custom:
        token_match = None

    custom = Custom()
    faster_affixes(custom)
    assert vars(custom) == {} and Custom.token_match is None
