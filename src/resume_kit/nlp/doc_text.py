"""The text and the skill spans of a spaCy Doc without rebuilding them from its tokens.

It imports nothing of ours, so every component can use it without an import cycle.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from spacy.attrs import IS_SPACE, LOWER, SENT_START
from spacy.tokens import SpanGroup

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "TEXT_KEY",
    "doc_text",
    "forget_written",
    "lexeme_columns",
    "note_written",
    "read_sentence_starts",
    "sentence_starts",
    "skill_spans",
]

# doc.user_data key holding the text a Doc was made from, when the caller put it there.
TEXT_KEY = "resume_kit.text"


def doc_text(doc: Doc) -> str:
    """The text of ``doc``: the caller's own string when it left it in ``doc.user_data``.

    ``Doc.text`` joins every token's text, building a Token object per token.
    """
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str):
        # A cheap check that it is this Doc's text: the last token ends where the text ends.
        last = doc[-1] if len(doc) else None
        if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
            return text
    return doc.text


# The last Doc the skill context wrote to: (Doc, span group key, the group, the Spans written).
# One entry, since extraction reads a Doc's skills right after its pipeline ran. A table of every
# Doc's spans, even weak-keyed, kept every Doc alive (a Span holds its Doc): ranking 10k postings
# grew to 1.3 GB. Another Doc (or another thread's) in between only means reading the group back.
_last_written: list[tuple[Doc, str, Any, list[Span]]] = []


def note_written(doc: Doc, key: str, spans: list[Span]) -> None:
    """Set ``doc.spans[key]`` to ``spans`` and remember them for :func:`skill_spans`."""
    # The group made here, as SpanGroups makes one of a list, and kept without reading it back.
    group = SpanGroup(doc, name=key, spans=spans)
    doc.spans[key] = group
    _last_written[:] = [(doc, key, group, spans)]


def skill_spans(doc: Doc, key: str = "skills") -> Sequence[Span]:
    """The spans of ``doc.spans[key]`` (none when there is no such group).

    Reading a span group builds every Span again; while the group is the one
    :func:`note_written` wrote, as long as it was, the Span objects written are given instead
    (the same spans: tests/nlp/test_doc_text.py compares them).
    """
    group = doc.spans.get(key)
    if group is None:
        return []
    if _last_written:
        written_doc, written_key, written_group, spans = _last_written[0]
        same = written_doc is doc and written_key == key and written_group is group
        if same and len(spans) == len(group):
            return spans
    return list(group)


def forget_written() -> None:
    """Let go of the last Doc's spans (extraction calls it once a document is done, so that no
    Doc outlives its extraction)."""
    _last_written.clear()


# The last Doc's lexeme columns: (a weak reference to the Doc, its length, the columns).
_last_columns: list[tuple[weakref.ref[Doc], int, Any]] = []


def lexeme_columns(doc: Doc) -> Any:
    """``doc.to_array([LOWER, IS_SPACE])``, read once for the components that follow each other.

    The lemmatizer, the sentence splitter and the skill context each read these; a token's
    lexeme does not change once the Doc is made, and reading them costs a memory fetch per token
    (the lexemes lie all over memory). One entry, held by a weak reference: the last Doc only,
    and never kept alive by it; another Doc, or this one grown or shrunk, reads them again.
    """
    if _last_columns:
        ref, length, columns = _last_columns[0]
        if ref() is doc and length == len(doc):
            return columns
    columns = doc.to_array([LOWER, IS_SPACE])
    _last_columns[:] = [(weakref.ref(doc), len(doc), columns)]
    return columns


# The sentence starts the skill context read last: (a weak reference to the Doc, its length,
# the starts). One entry, taken by the extraction that follows the pipeline.
_last_starts: list[tuple[weakref.ref[Doc], int, list[int]]] = []


def read_sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence of ``doc`` as its SENT_START array has them now (the
    first token always one), as ``doc.sents`` gives them; kept for :func:`sentence_starts`.

    The skill context reads them after every component that may set them (a trained
    pipeline's parser); only the metrics finder, which leaves them alone, runs after it.
    """
    starts = _read_starts(doc)
    _last_starts[:] = [(weakref.ref(doc), len(doc), starts)]
    return starts


def _read_starts(doc: Doc) -> list[int]:
    starts: list[int] = (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts


def sentence_starts(doc: Doc) -> list[int]:
    """:func:`read_sentence_starts`, without reading the array again when the skill context
    has just read this Doc's (taken once: a later call reads them again, and notes nothing).

    Reading them costs a copy of every token's flag and a search, per document whatever its
    size; the extraction right after the pipeline asks for them again. Sentence boundaries a
    caller sets between the pipeline and that extraction are not seen: set them in a
    component, before the skill context.
    """
    try:
        # One step: another thread may take the entry between a test and a read.
        ref, length, starts = _last_starts.pop()
    except IndexError:
        return _read_starts(doc)
    if ref() is doc and length == len(doc):
        return starts
    return _read_starts(doc)
