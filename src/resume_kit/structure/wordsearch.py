"""Regular expressions for "one of these words" searched over whole documents, built for speed.

A pattern such as ``\\b(?:Ph\\.?D|Doctorate|Master of|MBA)`` makes Python's regex engine try every
alternative at every position of the text, and under IGNORECASE each try is slower still. When
instead the pattern is a list of branches that each start with one plain letter, the engine
scans for those letters alone (a tight loop in C) and tries only the branches of the letter it
found. :func:`compile_word_alternatives` builds that form from a list of alternatives; the
matches are the same as the plain alternation's, span for span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Characters that IGNORECASE matches to an ASCII letter besides its two cases (Python's own
# case folding: the long s, the Kelvin sign, the dotted capital I and the dotless small i).
# tests/structure/test_wordsearch.py checks this against the engine over all of Unicode.
_EXTRA_FOLDS = {"s": "ſ", "k": "\u212a", "i": "ıİ"}


def letter_cases(letter: str) -> str:
    """Every character that ``letter`` matches under IGNORECASE, ``letter`` first.

    Args:
        letter: One ASCII letter.

    Returns:
        The characters, e.g. ``"sSſ"`` for ``"s"``.
    """
    lower = letter.lower()
    others = lower + letter.upper() + _EXTRA_FOLDS.get(lower, "")
    return letter + "".join(dict.fromkeys(c for c in others if c != letter))


def compile_word_alternatives(
    alternatives: Iterable[tuple[str, bool]], *, then: str = ""
) -> re.Pattern[str]:
    """Compile ``\\b(?:a1|a2|...)then`` so that the engine skips to the alternatives' first letters.

    Args:
        alternatives: ``(pattern, ignore_case)`` pairs in order of preference. Each pattern
            starts with a plain ASCII letter that no quantifier follows ("Ph\\.?D", not "P?hD");
            it is matched at the start of a word.
        then: A pattern every match must go on with (carry its own flags, e.g. ``"(?i:...)"``).

    Returns:
        A pattern finding the same spans as the plain alternation, in the same order: at any one
        position only alternatives with the same first letter can match, and their order is kept.

    Raises:
        ValueError: An alternative does not start with a plain letter.
    """
    branches = _branches(alternatives)
    # Each branch is a literal letter, then (?<!\w.): the character before that letter is not a
    # word character, which is the \b of the plain alternation (the letter is one).
    parts = [
        f"{re.escape(case)}(?<!\\w.)(?:{'|'.join(bodies)})" for case, bodies in branches.items()
    ]
    return re.compile(f"(?:{'|'.join(parts)}){then}")


def _branches(alternatives: Iterable[tuple[str, bool]]) -> dict[str, list[str]]:
    """The alternatives' rests by the first letter they match (each case of it), in order."""
    branches: dict[str, list[str]] = {}
    for pattern, ignore_case in alternatives:
        first, rest = pattern[:1], pattern[1:]
        if not (first.isascii() and first.isalpha()) or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"{pattern!r} must start with a plain letter")
        body = f"(?i:{rest})" if ignore_case else f"(?:{rest})"
        for case in letter_cases(first) if ignore_case else first:
            branches.setdefault(case, []).append(body)
    return branches


class WordSearch:
    """:func:`compile_word_alternatives`' pattern, searched from the gap before each word.

    Where the alternatives' first letters are common ones (a, e, s, d...), the engine stops at
    half the characters of a text and rejects most as mid-word only then. This search instead
    skips to the characters that are no word character (a fifth of a text), tries the
    alternatives on the letter after, and matches the pattern itself only where that found one:
    the same matches, 1.7x faster over a posting.

    Attributes:
        pattern: ``compile_word_alternatives(alternatives, then=then)``.
    """

    def __init__(self, alternatives: Iterable[tuple[str, bool]], *, then: str = "") -> None:
        alternatives = list(alternatives)
        branches = _branches(alternatives)
        self.pattern = compile_word_alternatives(alternatives, then=then)
        parts = [f"{re.escape(case)}(?:{'|'.join(bodies)})" for case, bodies in branches.items()]
        # A non-word character, then an alternative: every match of the pattern but the one at
        # the text's start begins one character after a match of this.
        self._after_gap = re.compile(f"\\W(?:{'|'.join(parts)}){then}")

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``self.pattern.search(text, pos)``: the first match that starts at ``pos`` or later.

        Args:
            text: The text to search.
            pos: Where to start; the characters before it are still seen as a word's start.

        Returns:
            The match (the same span and groups), or None.
        """
        if pos <= 0:
            pos = 0
            first = self.pattern.match(text)
            if first is not None:
                return first
        gap = self._after_gap.search(text, max(pos - 1, 0))
        return None if gap is None else self.pattern.match(text, gap.start() + 1)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)``: the matches, none overlapping, from the start on."""
        found = self.search(text)
        while found is not None:
            yield found
            found = self.search(text, found.end())


def matches_at(
    pattern: re.Pattern[str], text: str, folded: str, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with one of ``words``,
    tried only where ``folded`` holds one of them (a few finds of a word, not the engine's try at
    every character).

    Args:
        pattern: The pattern; each match starts with one of ``words`` in any case.
        text: The text to search.
        folded: ``text`` lowercased as ``structure.lines._folded`` does (where a letter that
            IGNORECASE matches to an ASCII one is that letter).
        words: Lowercase words.

    Yields:
        The pattern's matches in ``text``, as its own search finds them.
    """
    if len(folded) != len(text):  # a dotted "i" written in two was made one: offsets moved
        yield from pattern.finditer(text)
        return
    starts: list[int] = []
    for word in words:
        at = folded.find(word)
        while at != -1:
            starts.append(at)
            at = folded.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        found = pattern.match(text, at) if at >= end else None  # finditer goes on from the end
        if found is not None:
            end = found.end()
            yield found
