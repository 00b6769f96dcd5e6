"""Regular expressions for "one of these words" searched over whole documents, built for speed.

A pattern such as ``\\b(?:Ph\\.?D|Doctorate|Master of|MBA)`` makes Python's regex engine try every
alternative at every position of the text, and under IGNORECASE each try is slower still. When
instead the pattern is a list of branches that each start with one plain letter, the engine
scans for those letters alone (a tight loop in C) and tries only the branches of the letter it
found. :func:`compile_word_alternatives` builds that form from a list of alternatives; the
matches are the same as the plain alternation's, span for span.

Many plain words are looked for in one pass (Aho-Corasick, with ``ahocorasick-rs``): a
``str.find`` or ``in`` per word reads the whole text once for every word (thirty number words
over a posting, twenty-five company heading names, twenty cue words per sentence); the automaton
reads it once. :class:`WordSearch` finds its matches so too, trying its pattern only where the
automaton found a string a match can start with. Without the package (a core dependency) each
word is looked for on its own and the patterns are searched: the same results, slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

__all__ = [
    "AHO_CORASICK",
    "SPACES",
    "KeyedPattern",
    "WordSearch",
    "compile_word_alternatives",
    "holds_any",
    "letter_cases",
    "lowered",
    "matches_at",
    "pattern_keys",
    "shortest_prefixes",
    "word_starts",
]


def _load() -> Any:
    try:
        from ahocorasick_rs import AhoCorasick
    except ImportError:
        return None
    return AhoCorasick


AHO_CORASICK: Any = _load()
"""The automaton class, or None when ``ahocorasick-rs`` is not installed."""

# Characters that IGNORECASE matches to an ASCII letter besides its two cases (Python's own
# case folding: the long s, the Kelvin sign, the dotted capital I and the dotless small i).
# tests/structure/test_wordsearch.py checks this against the engine over all of Unicode.
_EXTRA_FOLDS = {"s": "ſ", "k": "\u212a", "i": "ıİ"}


@cache  # (pattern_keys asks for the same letters hundreds of times)
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

    With ``keyed``, :meth:`finditer` goes further: one Aho-Corasick pass over the whole text finds
    every string a match can start with (:func:`start_keys`), and the pattern is tried there
    alone, at a word's start (the degree names' hints over a posting's sections: 5x faster
    again). For a caller that reads all or most matches; one that stops at the first few is
    better off searching from the gaps (which reads no further than it must), unless its keys
    are long: the cues of a hiring sentence, read up to a limit, took 40% longer keyed by their
    first letters here, and 10% less keyed by the whole pattern's keys (:class:`KeyedPattern`).

    Attributes:
        pattern: ``compile_word_alternatives(alternatives, then=then)``.
    """

    def __init__(
        self, alternatives: Iterable[tuple[str, bool]], *, then: str = "", keyed: bool = False
    ) -> None:
        alternatives = list(alternatives)
        branches = _branches(alternatives)
        self.pattern = compile_word_alternatives(alternatives, then=then)
        parts = [f"{re.escape(case)}(?:{'|'.join(bodies)})" for case, bodies in branches.items()]
        # A non-word character, then an alternative: every match of the pattern but the one at
        # the text's start begins one character after a match of this.
        self._after_gap = re.compile(f"\\W(?:{'|'.join(parts)}){then}")
        keys = start_keys(alternatives) if keyed and AHO_CORASICK is not None else None
        self._starts = None if keys is None else _automaton(tuple(keys), dfa=True)

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
        if self._starts is not None:
            yield from self._keyed_matches(text)
            return
        found = self.search(text)
        while found is not None:
            yield found
            found = self.search(text, found.end())

    def _keyed_matches(self, text: str) -> Iterator[re.Match[str]]:
        """:meth:`finditer` from the automaton's starts: every match starts where a key does
        (overlapping keys all found), at a word's start (the pattern's ``(?<!\\w.)``: a
        character that is no letter, digit or underscore comes before, which ``\\w`` is)."""
        assert self._starts is not None
        starts = sorted({at for _, at, _ in self._starts.find_matches_as_indexes(text, True)})
        return _matches_from(self.pattern, text, starts, word_start=True)


class KeyedPattern:
    """A compiled pattern's :meth:`finditer`, tried only where a match can start.

    One Aho-Corasick pass over the text finds every string a match can start with
    (:func:`pattern_keys`), and the pattern is matched there alone (and at the text's start,
    where a ``^`` branch may match): the same matches, their groups and the order, as the
    pattern's own ``finditer``, which tries the pattern at every character. The automaton is
    built on the first search (a process that never searches does not pay for it).

    Attributes:
        pattern: The pattern.
        word_start: Whether every match starts at a word's start (or the text's): a start just
            after a letter, digit or underscore is then passed without trying the pattern.
    """

    def __init__(self, pattern: re.Pattern[str], *, word_start: bool = False) -> None:
        self.pattern = pattern
        self.word_start = word_start
        # The automaton once built; False: no keys (searched plainly); None: not built yet;
        # (): no key (every match starts at the text's start).
        self._starts: Any = None

    def _automaton(self) -> Any:
        if self._starts is None:
            keys = pattern_keys(self.pattern) if AHO_CORASICK is not None else None
            self._starts = (
                False if keys is None else _automaton(tuple(keys), dfa=True) if keys else ()
            )
        return self._starts

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)``: the matches, none overlapping, from the start on."""
        starts = self._automaton()
        if starts is False:
            yield from self.pattern.finditer(text)
            return
        found_at = (
            {at for _, at, _ in starts.find_matches_as_indexes(text, True)} if starts else set()
        )
        found_at.add(0)
        yield from _matches_from(self.pattern, text, sorted(found_at), word_start=self.word_start)


def _matches_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], *, word_start: bool = False
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts``
    (ascending): the pattern is matched there alone, and the search goes on from a match's end,
    as finditer does. With ``word_start``, a start just after a letter, digit or underscore is
    passed over (the pattern's ``(?<!\\w)`` would refuse it)."""
    match = pattern.match
    end = 0  # where the last match ends: finditer goes on from there
    for at in starts:
        if at < end or (
            word_start and at and ((before := text[at - 1]).isalnum() or before == "_")
        ):
            continue
        found = match(text, at)
        if found is not None:
            end = found.end()
            yield found


# How long a key may grow (longer keys: fewer false starts, more case forms), and how many forms
# one alternative's keys may take before they are cut shorter.
_KEY_LENGTH = 4
_KEY_FORMS = 256


class _Rules(NamedTuple):
    """How far :func:`_keys_of` follows a pattern."""

    multiline: bool  # whether "^" may match after a line break (else only at the text's start)
    spaces: bool  # whether keys go on over \s and over a repeat's first time ("\s+", "a+")
    forms: int  # how many forms the keys of one step may take before they are cut shorter


# Keys of this length or longer end before a space (\s is 29 characters: "big\s" would be
# 464 keys, built in each process), shorter ones go on over it ("a plus", "at least").
_SPACED_HEAD = 3

# start_keys' rules (the word alternatives' keys), and pattern_keys' (a whole pattern's): a
# pattern's words are mostly short and followed by \s+ ("a plus", "is an asset", "at least"),
# where the keys of the first rules end after one or two letters, found at every other word.
_WORD_RULES = _Rules(multiline=True, spaces=False, forms=_KEY_FORMS)
_PATTERN_RULES = _Rules(multiline=False, spaces=True, forms=2048)


def start_keys(alternatives: Iterable[tuple[str, bool]]) -> list[str] | None:
    """Strings one of which every match of the alternatives starts with, in each case the pattern
    matches (``letter_cases``), none the start of another.

    Each alternative's pattern is read by the regex parser: literal characters, sets of them,
    optional parts and groups are followed up to :data:`_KEY_LENGTH` characters; anything else
    (``\\s``, a class, a repeat) ends the key there, which keeps it a start of every match.

    Args:
        alternatives: ``(pattern, ignore_case)`` pairs, as for :func:`compile_word_alternatives`.

    Returns:
        The keys, or None when a pattern could not be read so (the parser is Python's own,
        internal one: if it changes, the searches fall back to the patterns alone).
    """
    keys: set[str] = set()
    try:
        for pattern, ignore_case in alternatives:
            ended, open_ = _keys_of(sre_parse.parse(pattern), ignore_case, {""}, _WORD_RULES)
            keys |= ended | open_
    except Exception:  # the internal parser changed: searched without keys, as before
        return None
    return _shortest(keys)


def _shortest(keys: set[str]) -> list[str] | None:
    """``keys`` without those that start with another (found wherever that one is), sorted; None
    when one is empty (a match may start anywhere)."""
    if "" in keys:
        return None
    # A key that starts with another is found wherever that one is: only the shorter is kept.
    return shortest_prefixes(keys)


def shortest_prefixes(keys: Iterable[str]) -> list[str]:
    """The keys that start with no other key, sorted.

    Sorted, the keys that start with a key come right after it, so each key is compared with the
    last one kept only: comparing it with every key before it took ~20 ms of every command's
    start-up (the keyed searches are built on import).
    """
    kept: list[str] = []
    for key in sorted(keys):
        if not kept or not key.startswith(kept[-1]):
            kept.append(key)
    return kept


def pattern_keys(pattern: re.Pattern[str]) -> list[str] | None:
    """Strings one of which every match of ``pattern`` starts with, but a match at the text's
    start (offset 0), as :func:`start_keys` finds them for one whole pattern with its flags.

    The keys go on over ``\\s`` (each of the characters it matches) and over the first time of a
    repeat ("\\s+"), up to 2,048 forms per step; a branch that opens with ``^`` (not MULTILINE)
    or ``\\A`` matches only at the text's start: it adds no key (:class:`KeyedPattern` tries
    offset 0 anyway).

    Args:
        pattern: The compiled pattern.

    Returns:
        The keys, or None when the pattern could not be read so or may match the empty string
        (anywhere).
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None  # it may match the empty string, anywhere
        rules = _PATTERN_RULES._replace(multiline=bool(parsed.state.flags & sre.SRE_FLAG_MULTILINE))
        fold = bool(parsed.state.flags & sre.SRE_FLAG_IGNORECASE)
        ended, open_ = _keys_of(parsed, fold, {""}, rules)
    except Exception:  # the internal parser changed: searched without keys, as before
        return None
    return _shortest(ended | open_)


def _keys_of(items: Any, fold: bool, heads: set[str], rules: _Rules) -> tuple[set[str], set[str]]:
    """The keys that ``heads`` grow into over the parsed ``items``: ``(ended, open)``, where the
    open ones may grow further with what follows. Unless ``rules.multiline``, a ``^`` ends its
    heads (what it starts matches at the text's start alone, which is searched apart)."""
    ended: set[str] = set()
    for op, av in items:
        if not heads:
            break
        if op is sre.LITERAL or (
            op is sre.IN and all(_in_set(kind, value, rules) for kind, value in av)
        ):
            forms = [
                _cases(chr(a), fold) if kind is sre.LITERAL else SPACES
                for kind, a in ([(op, av)] if op is sre.LITERAL else av)
            ]
            if not all(forms):  # a character whose forms are not known: the keys end before it
                return ended | heads, set()
            done: set[str] = set()
            if SPACES in forms:  # a space's 29 forms only after a short word ("a", "is")
                done = {h for h in heads if len(h) >= _SPACED_HEAD}
                heads -= done
            grown = {h + c for h in heads for c in "".join(forms)}
        elif op is sre.SUBPATTERN:
            group_fold = (fold or bool(av[1] & sre.SRE_FLAG_IGNORECASE)) and not (
                av[2] & sre.SRE_FLAG_IGNORECASE
            )
            group_rules = rules._replace(
                multiline=rules.multiline or bool(av[1] & sre.SRE_FLAG_MULTILINE)
            )
            done, grown = _keys_of(av[3], group_fold, heads, group_rules)
        elif op is sre.BRANCH:
            done, grown = set(), set()
            for branch in av[1]:
                branch_done, branch_grown = _keys_of(branch, fold, heads, rules)
                done |= branch_done
                grown |= branch_grown
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[:2] == (0, 1):
            done, grown = _keys_of(av[2], fold, heads, rules)
            grown |= heads
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and rules.spaces:
            # "\s+": every match holds its first time; what follows may be another, so the keys
            # end after it.
            done, grown = _keys_of(av[2], fold, heads, rules)
            done, grown = done | grown, set()
            if len(done) > rules.forms:
                return ended | heads, set()
        elif op is sre.AT and (
            av is sre.AT_BEGINNING_STRING or (av is sre.AT_BEGINNING and not rules.multiline)
        ):
            return ended, set()  # only at the text's start, or never (after a character)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the keys go on after it
        else:
            return ended | heads, set()
        if len(grown) > rules.forms:  # too many forms: the keys end before this
            return ended | done | heads, set()
        ended |= done | {h[:_KEY_LENGTH] for h in grown if len(h) >= _KEY_LENGTH}
        heads = {h for h in grown if len(h) < _KEY_LENGTH}
    return ended, heads


# The characters ``\s`` matches in a str pattern (tests/structure/test_wordsearch.py checks this
# over all of Unicode): a key may go on over a space.
SPACES = (
    " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _in_set(kind: Any, value: Any, rules: _Rules) -> bool:
    """Whether a set's item is one the keys can follow: a character, or ``\\s`` by the rules."""
    return kind is sre.LITERAL or (
        rules.spaces and kind is sre.CATEGORY and value is sre.CATEGORY_SPACE
    )


def _cases(char: str, fold: bool) -> str:
    """The characters ``char`` matches: its cases under IGNORECASE; "" for a non-ASCII
    character there, whose folds are not listed (the key ends before it)."""
    if not fold or (char.isascii() and not char.isalpha()):
        return char
    return letter_cases(char) if char.isascii() else ""


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
    yield from _matches_from(pattern, text, sorted(starts))


@cache
def _automaton(words: tuple[str, ...], *, dfa: bool = False) -> Any:
    """The automaton of ``words``, built once per tuple of words (a DFA when asked: more memory,
    faster over long texts)."""
    if dfa:
        from ahocorasick_rs import Implementation

        return AHO_CORASICK(list(words), implementation=Implementation.DFA)
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
