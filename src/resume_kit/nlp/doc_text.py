"""The text of a spaCy Doc without rebuilding it from its tokens.

It imports nothing of ours, so every component can use it without an import cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TEXT_KEY", "doc_text"]

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
