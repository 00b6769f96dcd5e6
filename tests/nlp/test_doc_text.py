"""The text of a Doc: the caller's own string when it is this Doc's text."""

from __future__ import annotations

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
