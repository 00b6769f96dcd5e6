"""Our spaCy components in the built pipeline: lowercase lemmas and a sentence per line."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from resume_kit.nlp.components import LineSentencizer
from resume_kit.nlp.pipeline import build_nlp


def test_lemmas_are_lowercase_lookups() -> None:
    doc = build_nlp()("Managed budgets while managing teams; Led reviews")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Managed"] == "manage"
    assert lemmas["managing"] == "manage"
    assert lemmas["budgets"] == "budget"
    assert lemmas["Led"] == "lead"


def test_every_line_and_bullet_is_its_own_sentence() -> None:
    doc = build_nlp()(
        "SKILLS\nAgile, Scrum\n• Led a team of 12\n• Cut costs 30% in six months. Then more"
    )
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "SKILLS",
        "Agile, Scrum",
        "• Led a team of 12",
        "• Cut costs 30% in six months.",
        "Then more",
    ]


def test_lemmas_are_the_tables_lookup_of_every_word() -> None:
    """The lemmatizer's array search gives each token what a plain dict lookup of its lower-case
    form gives, the form itself for words not in the table (numbers, names, odd characters)."""
    from resume_kit.nlp.components import load_lemma_table

    table = load_lemma_table()
    words = sorted(table)[::997][:40]  # table words from all over the alphabet
    others = ["Zyxqv", "ACME", "2019", "$5M", "naïve", "Łódź", "\n", "C++", "a", "zzzz", "Was"]
    text = " ".join([*words, *(w.upper() for w in words), *(w.title() for w in words), *others])
    doc = build_nlp()(text)
    assert [t.lemma_ for t in doc] == [table.get(t.lower_, t.lower_) for t in doc]


def _plain_sentence_starts(doc: Doc, split_on_punct: bool) -> list[bool]:
    """The sentence rule token by token: a non-space token starts a sentence when it is the first
    one, or when a line break (or with ``split_on_punct`` a final mark) came after the last
    non-space token before it."""
    starts, word_seen, triggered = [], False, False
    for token in doc:
        space = token.text.isspace()
        starts.append(token.i == 0 or (not space and (not word_seen or triggered)))
        if not space:
            word_seen, triggered = True, False
        if "\n" in token.text or (split_on_punct and token.text in (".", "!", "?", "…")):
            triggered = True
    return starts


@pytest.mark.parametrize("split_on_punct", [True, False])
def test_sentence_starts_follow_the_token_by_token_rule(split_on_punct: bool) -> None:
    """The vectorised splitter (space tokens from the lexeme flag, line breaks looked for in
    space tokens only) starts sentences where the plain rule does, whatever the whitespace."""
    text = (
        "  Lead\n• Cut 30%.Then\r\nmore!  \n\n\tx … y ? z\u2028w\u00a0\nv.\u3000u\x0bt\x0cs"
        " \n . \n! end.\n\n"
    )
    nlp = build_nlp()
    for piece in (text, text.strip(), "\n", " ", "One.", "a\n\nb"):
        doc = LineSentencizer(split_on_punct=split_on_punct)(nlp.make_doc(piece))
        assert [bool(t.is_sent_start) for t in doc] == _plain_sentence_starts(doc, split_on_punct)
        # After the lemmatizer, whose lexeme columns the splitter takes over: the same starts.
        doc = nlp.get_pipe("resume_kit_lemmatizer")(nlp.make_doc(piece))
        doc = LineSentencizer(split_on_punct=split_on_punct)(doc)
        assert [bool(t.is_sent_start) for t in doc] == _plain_sentence_starts(doc, split_on_punct)


_PIECES = st.sampled_from(
    ["Led", "a", "team", ".", "!", "?", "…", " ", "  ", "\n", "\n\n", " \n ", "\t", "\r\n", "•",
     "-", "e.g.", "3.5", "U.S.", "\u2028", "\xa0", "x…y", "end.\n"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=30), split_on_punct=st.booleans())
def test_sentence_starts_follow_the_rule_on_any_mix(
    pieces: list[str], split_on_punct: bool
) -> None:
    """The splitter (a final mark's next word, a line break's next word found by a search of
    the words) starts sentences where the token-by-token rule does, on any mix of words, marks
    and whitespace."""
    nlp = _nlp()
    doc = LineSentencizer(split_on_punct=split_on_punct)(nlp.make_doc("".join(pieces)))
    assert [bool(t.is_sent_start) for t in doc] == _plain_sentence_starts(doc, split_on_punct)


_BUILT: list[Any] = []


def _nlp() -> Any:
    if not _BUILT:
        _BUILT.append(build_nlp())
    return _BUILT[0]


def test_the_slot_lookup_gives_every_table_word_its_lemma() -> None:
    """The hash-and-displacement index (each bucket of words moved until they all have slots of
    their own) gives each of the table's words its lemma, and any other word itself."""
    import numpy
    from spacy.strings import get_string_id

    from resume_kit.nlp.components import load_lemma_table

    table = load_lemma_table()
    lemmatizer = build_nlp().get_pipe("resume_kit_lemmatizer")
    assert max(lemmatizer._displacement.tolist()) > 0  # buckets were moved: the search ran
    words = [*table, "zyxqv", "acme", "2019", "naïve", "\n", "c++"]
    hashes = numpy.array([get_string_id(w) for w in words], dtype=numpy.uint64)
    expected = [get_string_id(table.get(w, w)) for w in words]
    assert lemmatizer.lookup(hashes).tolist() == expected


def test_the_slot_lookup_of_a_small_table_with_the_empty_word() -> None:
    """A table of any size, even one holding the empty string (whose hash, 0, marks an empty
    slot), gives each word its lemma and any other word itself."""
    import numpy
    from spacy.lang.en import English
    from spacy.strings import get_string_id

    from resume_kit.nlp.components import LookupLemmatizer

    for size in (1, 3, 40, 700):
        table = {f"w{i}": f"l{i % 7}" for i in range(size)}
        table[""] = "empty"
        lemmatizer = LookupLemmatizer(English(), table)
        words = [*table, "other", "w", f"w{size}"]
        hashes = numpy.array([get_string_id(w) for w in words], dtype=numpy.uint64)
        expected = [get_string_id(table.get(w, w)) for w in words]
        assert lemmatizer.lookup(hashes).tolist() == expected


def test_the_skill_context_keeps_on_bounds_what_filtering_spans_keeps() -> None:
    """The skill context chooses, checks and filters the rulers' matches as token bounds and
    makes Spans of the kept ones only; choosing the longest Spans, dropping ambiguous words and
    then the employer's words, Span by Span, keeps the same skills in the same order."""
    from pathlib import Path

    from resume_kit.nlp.ambiguity import filter_ambiguous, longest_spans
    from resume_kit.nlp.company_context import drop_company_mentions
    from resume_kit.nlp.components import SkillRuler

    nlp = build_nlp()
    rulers = [pipe for _, pipe in nlp.pipeline if isinstance(pipe, SkillRuler)]
    examples = Path(__file__).resolve().parents[2] / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    texts += [
        "About us\nWe are a leading provider of Kubernetes hosting; our Python engineers serve "
        "the retail industry.\n\nRequirements\n- Go, Rust and R; Excel at sales; Microsoft Excel",
        "Benefits: German classes. Collaborate with the product owner. Languages: Go, C",
    ]
    compared = 0
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name == "resume_kit_skill_context":
                raw = [s for r in rulers for s in r.match(doc)]
                plain = drop_company_mentions(doc, filter_ambiguous(doc, longest_spans(raw)))
            doc = component(doc)
        found = [(s.start, s.end, s.label, s.id) for s in doc.spans["skills"]]
        assert found == [(s.start, s.end, s.label, s.id) for s in plain]
        compared += len(found)
    assert compared > 50
