"""The text of a Doc: the caller's own string when it is this Doc's text."""

from __future__ import annotations

from typing import Any

from resume_kit.nlp.pipeline import build_nlp


def test_doc_text_uses_the_callers_text_only_when_it_is_this_docs_text() -> None:
    from resume_kit.nlp.doc_text import TEXT_KEY, doc_text

    nlp = build_nlp()
    doc = nlp.make_doc("Cut costs 30% in 2021.")
    assert doc_text(doc) == "Cut costs 30% in 2021."
    doc.user_data[TEXT_KEY] = "Cut costs 30% in 2021."
    assert doc_text(doc) is doc.user_data[TEXT_KEY]
    doc.user_data[TEXT_KEY] = "something else entirely"
    assert doc_text(doc) == "Cut costs 30% in 2021."


def test_skill_spans_are_the_groups_spans_until_the_group_changes() -> None:
    """The skill context's own Span objects stand for ``doc.spans["skills"]`` only while the
    group is the one it wrote, as long: the same spans as reading the group back."""
    from resume_kit.nlp.doc_text import _last_written, skill_spans

    doc = build_nlp()("Python, SQL and Kubernetes on AWS; Scrum with Jira.")
    group = doc.spans["skills"]
    assert len(group) >= 4
    assert skill_spans(doc) is _last_written[0][3]  # the fast way...
    assert list(skill_spans(doc)) == list(group)  # ...gives the group's spans
    assert skill_spans(doc, "metrics") == list(doc.spans["metrics"])
    group.append(group[0])  # changed in place: read back
    assert list(skill_spans(doc)) == list(doc.spans["skills"])
    doc.spans["skills"] = list(group)[:2]  # replaced: read back
    assert list(skill_spans(doc)) == list(doc.spans["skills"])
    del doc.spans["skills"]
    assert skill_spans(doc) == []


def test_a_processed_doc_is_not_kept_alive() -> None:
    """Extraction remembers only the last Doc's skill spans: a Doc no one holds any more is freed
    (holding every Doc's spans made ranking 10k postings grow to 1.3 GB)."""
    import gc
    import weakref

    nlp = build_nlp()
    first = nlp("Python and SQL on AWS.")
    freed = weakref.ref(first)
    del first
    nlp("Scrum with Jira.")  # the next document takes its place
    gc.collect()
    assert freed() is None


def test_lexeme_columns_are_the_docs_own_and_keep_no_doc_alive() -> None:
    """The columns the components share are ``to_array([LOWER, IS_SPACE])`` of the Doc asked
    about: read once for it, read again for any other Doc, and the Doc is not kept alive."""
    import gc
    import weakref

    from spacy.attrs import IS_SPACE, LOWER

    from resume_kit.nlp.doc_text import lexeme_columns

    nlp = build_nlp()
    first = nlp.make_doc("Led a Team of 12\n\n  Python")
    columns = lexeme_columns(first)
    assert columns.tolist() == first.to_array([LOWER, IS_SPACE]).tolist()
    assert lexeme_columns(first) is columns  # the same Doc: not read again
    second = nlp.make_doc("Another text,  another  Doc")
    assert lexeme_columns(second).tolist() == second.to_array([LOWER, IS_SPACE]).tolist()
    assert lexeme_columns(first).tolist() == columns.tolist()  # back to the first: read again
    ref = weakref.ref(first)
    del first
    gc.collect()
    assert ref() is None


def _plain_starts(doc: Any) -> list[int]:
    return [sentence.start for sentence in doc.sents]


def test_sentence_starts_after_the_pipeline_are_doc_sents() -> None:
    """The extraction takes the sentence starts the skill context read instead of reading them
    again: the same starts as ``doc.sents``, for a Doc with skills (noted) or without (read)."""
    import gc
    import weakref

    from resume_kit.nlp import doc_text as module

    nlp = build_nlp()
    texts = [
        "Python and SQL.\nLed a team of 5! Then more…\n\n• Scrum with Jira",
        "Nothing known here.\nNothing at all",
        "  \n Kubernetes on AWS ? yes.",
        "x",
    ]
    noted = 0
    for text in texts:
        doc = nlp(text)
        noted += bool(module._last_starts)
        # The skill context read them when the rulers matched anything (kept or not).
        assert bool(module._last_starts) >= bool(len(doc.spans["skills"]))
        assert module.sentence_starts(doc) == _plain_starts(doc)
        assert not module._last_starts  # taken once
        assert module.sentence_starts(doc) == _plain_starts(doc)  # read again: the same
    assert 0 < noted < len(texts)  # both ways were taken
    # Another Doc's starts are never taken for this one, and the note keeps no Doc alive.
    first, second = nlp("Python.\nSQL. Scrum"), nlp.make_doc("a\nb\nc. d")
    second[2].is_sent_start = True
    second[3].is_sent_start = True
    assert module.sentence_starts(second) == _plain_starts(second) != _plain_starts(first)
    third = nlp("Jira and Confluence.\nAWS")
    freed = weakref.ref(third)
    del third
    nlp.make_doc("next")  # the skill spans' note (the last Doc's) is not this one's to keep
    module.forget_written()
    gc.collect()
    assert freed() is None


def test_sentence_starts_read_again_after_a_change() -> None:
    """A Doc whose starts a component changes after the skill context read them: the extraction
    of a Doc read again (``read_sentence_starts``) sees the change."""
    from resume_kit.nlp.doc_text import read_sentence_starts, sentence_starts

    doc = build_nlp()("Python and SQL on AWS with Scrum and Jira")
    doc[3].is_sent_start = True
    assert read_sentence_starts(doc) == [0, 3] == _plain_starts(doc)
    assert sentence_starts(doc) == [0, 3]
