"""The tokenizer cache filler: the same tokens, and chunks split once instead of every time."""

from __future__ import annotations

import functools
import pickle
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.nlp.pipeline import build_nlp, drop_whitespace_special_cases
from resume_kit.nlp.token_cache import TokenCacheFiller, token_cache_filler

# A special case early ("You're"), then chunks with punctuation to split off, special cases hidden
# behind punctuation ("(e.g.,", "don't."), and plain words: spaCy alone remembers none after the
# first special case.
POSTING = (
    "You're joining a team that ships.\n\nWhat you'll do:\n"
    "- Lead delivery (e.g., sprint planning, risk reviews) across 3 squads;\n"
    "- Report to the CTO and/or VP Engineering, Acme Inc. in Berlin.\n"
    "We don't expect (or need) perfection: just ownership, clarity, and follow-through.\n"
)
OTHER = "Requirements:\n5+ years managing IT projects; PMP preferred.\nI'm also: Scrum-certified!"


class _CountingUrlMatch:
    """Counts the chunks the tokenizer splits with its expressions (it asks url_match once for
    each chunk it had not cached, after stripping its prefixes and suffixes)."""

    def __init__(self, url_match: Any) -> None:
        self.url_match = url_match
        self.calls = 0

    def __call__(self, text: str) -> Any:
        # Runs of whitespace are chunks too, remembered by the first document with one before
        # a special case; only words are counted here.
        self.calls += not text.isspace()
        return self.url_match(text) if self.url_match else None


def _blank_counted() -> tuple[Any, _CountingUrlMatch]:
    nlp = spacy.blank("en")
    drop_whitespace_special_cases(nlp)
    counter = _CountingUrlMatch(nlp.tokenizer.url_match)  # type: ignore[attr-defined]
    nlp.tokenizer.url_match = counter  # type: ignore[attr-defined]
    return nlp, counter


@functools.cache
def _uncached() -> Any:
    """The pipeline's tokenizer, caching nothing: the tokens to compare with."""
    tokenizer = pickle.loads(pickle.dumps(build_nlp().tokenizer))
    tokenizer.max_cache_size = 0
    return tokenizer


def _tokens(doc: Any) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


def test_the_filler_gives_the_tokens_of_a_tokenizer_that_caches_nothing() -> None:
    nlp = build_nlp()
    uncached = _uncached()
    filler = TokenCacheFiller(nlp)
    for _ in range(2):  # the second pass reads what the first one left in the cache
        for text in (POSTING, OTHER, POSTING.upper(), ""):
            assert _tokens(filler.make_doc(text)) == _tokens(uncached(text))


def test_a_document_seen_again_has_no_chunk_split_again() -> None:
    # spaCy alone: everything after "You're" is split again every time (explosion/spaCy#13950).
    plain, plain_count = _blank_counted()
    plain.make_doc(POSTING)
    plain_count.calls = 0
    plain.make_doc(POSTING)
    assert plain_count.calls > 10

    nlp, count = _blank_counted()
    filler = TokenCacheFiller(nlp)
    filler.make_doc(POSTING)
    count.calls = 0
    filler.make_doc(POSTING)
    # Only "(e.g.," and the chunk hiding "don't", which spaCy never remembers.
    assert count.calls <= 2


def test_a_word_first_seen_after_a_special_case_is_remembered_for_the_next_document() -> None:
    nlp, count = _blank_counted()
    filler = TokenCacheFiller(nlp)
    filler.make_doc("You're great: stakeholder-facing, budget-owning.")
    count.calls = 0
    filler.make_doc("budget-owning. stakeholder-facing, great:")
    assert count.calls == 0


def test_the_filler_stops_offering_at_the_tokenizer_cache_size() -> None:
    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = 5  # type: ignore[attr-defined]
    filler = TokenCacheFiller(nlp)
    filler.make_doc("one two three four five six seven")
    filler.make_doc("eight nine ten")
    # Offered up to the limit, then nothing more: the tokenizer keeps nothing new past it either.
    assert filler._offered == {"one", "two", "three", "four", "five", "six", "seven"}
    assert [t.text for t in filler.make_doc("eight nine ten")] == ["eight", "nine", "ten"]


def test_a_tokenizer_that_is_not_spacys_is_used_as_it_is() -> None:
    nlp = spacy.blank("en")
    calls: list[str] = []

    def tokenizer(text: str) -> Any:
        calls.append(text)
        return spacy.tokens.Doc(nlp.vocab, words=text.split())

    nlp.tokenizer = tokenizer
    doc = TokenCacheFiller(nlp).make_doc("We're hiring now")
    assert [t.text for t in doc] == ["We're", "hiring", "now"]
    assert calls == ["We're hiring now"]  # no offering call


def test_the_process_has_one_filler_per_pipeline() -> None:
    nlp = build_nlp()
    assert token_cache_filler(nlp) is token_cache_filler(nlp)


# Chunks the tokenizer treats specially or splits, separated by spaces.
_PIECE_TEXT = """You're e.g. (e.g., and/or don't. Inc. C++ I'm vs. U.S. team Team, (PMP) 3+ $120k
10km — "quoted" 's http://x.io/a Node.js/NodeJS :) a.m. ... x -"""
_PIECES = st.sampled_from(_PIECE_TEXT.split())
_GAPS = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\xa0", ""])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GAPS), min_size=1, max_size=30), st.integers(0, 3))
def test_tokens_are_the_same_whatever_the_filler_has_seen(
    pieces: list[tuple[str, str]], repeat: int
) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    nlp = build_nlp()
    uncached = _uncached()
    filler = token_cache_filler(nlp)
    for _ in range(repeat + 1):
        assert _tokens(filler.make_doc(text)) == _tokens(uncached(text))


@pytest.mark.parametrize("text", [POSTING, OTHER])
def test_offering_chunks_in_any_order_leaves_the_tokens_alone(text: str) -> None:
    nlp = build_nlp()
    uncached = _uncached()
    filler = TokenCacheFiller(nlp)
    filler.make_doc(" ".join(reversed(text.split())))
    assert _tokens(filler.make_doc(text)) == _tokens(uncached(text))
