"""Many words looked for in one pass over a text (Aho-Corasick, with ``ahocorasick-rs``).

A ``str.find`` or ``in`` per word reads the whole text once for every word: thirty number words
over a posting, twenty-five company heading names, twenty cue words per sentence. The automaton
reads it once. Without the package (a core dependency) each word is looked for on its own: the
same results, slower.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["AHO_CORASICK", "holds_any", "lowered", "word_starts"]


def _load() -> Any:
    try:
        from ahocorasick_rs import AhoCorasick
    except ImportError:
        return None
    return AhoCorasick


AHO_CORASICK: Any = _load()
"""The automaton class, or None when ``ahocorasick-rs`` is not installed."""


@cache
def _automaton(words: tuple[str, ...]) -> Any:
    """The automaton of ``words``, built once per tuple of words."""
    return AHO_CORASICK(list(words))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """``any(word in text for word in words)`` (``words`` not empty, none of them empty)."""
    if AHO_CORASICK is None:
        return any(word in text for word in words)
    return bool(_automaton(words).find_matches_as_indexes(text))


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``words`` occurs in ``text`` and no letter or digit comes just
    before, overlapping occurrences included, in no particular order.

    ``words`` must not overlap themselves (a word's end is never its start: "thirt" is, but
    its second occurrence in "thirthirt" follows a letter and so never counts), and none may be
    the start of another: then no offset comes twice.
    """
    if AHO_CORASICK is None:
        return _one_by_one(text, words)
    found = _automaton(words).find_matches_as_indexes(text, overlapping=True)
    return [i for _, i, _ in found if i == 0 or not text[i - 1].isalnum()]


def _one_by_one(text: str, words: tuple[str, ...]) -> list[int]:
    """:func:`word_starts` with a ``str.find`` per word (grouped by word)."""
    starts = []
    find = text.find
    for word in words:
        i = find(word)
        while i != -1:
            if i == 0 or not text[i - 1].isalnum():
                starts.append(i)
            i = find(word, i + len(word))
    return starts


# The last text lowercased, and its lowercase form.
_last_lowered: list[tuple[str, str]] = []


def lowered(text: str) -> str:
    """``text.lower()``, kept for the last text: the company headings and the metrics of a
    Doc both lowercase its whole text, the same string object."""
    if _last_lowered:
        last, lower = _last_lowered[0]
        if last is text:
            return lower
    lower = text.lower()
    _last_lowered[:] = [(text, lower)]
    return lower
