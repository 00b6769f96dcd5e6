"""Extraction from a processed Doc: sentence bounds as spaCy gives them."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.nlp.extraction import _sentences
from resume_kit.nlp.pipeline import build_nlp

_PARTS = ["• Led 5 projects", ".", "!", "?", "…", "\n", "\n\n", " ", "  ", "PMP", "Jira",
    "cut costs 30%", "Mr.", "e.g.", "\t", "U.S.", "2019", "—", "x"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PARTS) | st.text(max_size=6), max_size=20))
def test_sentence_bounds_are_the_ones_doc_sents_gives(parts: list[str]) -> None:
    # Mentions and metrics carry their sentence's offsets; they are read from the token arrays
    # instead of doc.sents (which builds a Span per sentence) and must be the same sentences.
    doc = build_nlp()("".join(parts))
    found = _sentences(doc)
    sents = list(doc.sents)
    assert found.starts == [s.start for s in sents]
    assert found.ends == [s.end for s in sents]
    assert found.start_chars == [s.start_char for s in sents]
    assert found.end_chars == [s.end_char for s in sents]
    for token in doc:
        assert sents[found.at(token.i)] == token.sent


def test_a_doc_without_sentence_boundaries_is_refused_as_doc_sents_refuses_it() -> None:
    doc = spacy.blank("en")("Led 5 projects. Cut costs 30%.")
    with pytest.raises(ValueError):
        _sentences(doc)
