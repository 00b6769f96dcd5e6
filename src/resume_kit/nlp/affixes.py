"""Cheaper stand-ins for the tokenizer's affix and URL callables, exactly equivalent to them.

spaCy caches the tokens of each whitespace-separated chunk; a chunk it has not seen (most chunks of
a stream of new postings) is split with ``prefix_search``, ``suffix_search``, ``infix_finditer``,
``token_match`` and ``url_match``, each a method of a regular expression of hundreds of
alternatives. ``re`` tries every alternative at every start position, so a call costs a few
microseconds even on a plain word, where nothing matches.

Each stand-in reads the tokenizer's own expression at build time (spaCy's English lists or a
trained ``--model`` pipeline's, never a copy of them) and answers the common case from a table:

- ``suffix_search``: every alternative ends with ``$``, so a match ends with the text's last
  character; the alternatives that can end with that character are searched alone, and a word
  ending in a letter no suffix ends with is answered at once;
- ``prefix_search``: the expression starts with ``^``, so a match starts with the text's first
  character; a text starting with none of the characters a prefix starts with has no prefix;
- ``infix_finditer``: a text with none of the characters an infix starts with has no infix, and
  in one with some the expression is tried at those characters only;
- ``url_match`` / ``token_match``: a text lacking a character every match holds (a URL's ``.``)
  does not match.

The tables hold ASCII characters only: a text whose deciding character is not ASCII goes to the
plain expression. Where the analysis is unsure (case folding, a class it does not read) it
assumes any character, and where it cannot vouch for the whole (capturing groups, an alternative
that can match nothing, ``$`` under MULTILINE, a split of the text that does not give the
parser's alternatives) :func:`faster_affixes` leaves that callable as it was. The stand-ins return
the plain expressions' own answers (``re.Match`` objects of the same span), and are classes
holding compiled expressions, so the built pipeline still pickles.

Over the first 1,000 postings of ``benchmarks/scale.py``'s sample the four callables cost about
420 ms with the plain expressions and 90 ms with these, and a fresh tokenizer's first pass went
from about 0.95 to 0.56 CPU seconds (the rest is mostly spaCy making a lexeme per new word).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

__all__ = [
    "FirstCharSearch",
    "InfixFinditer",
    "RequiredCharsMatch",
    "SuffixSearch",
    "faster_affixes",
    "faster_infix_finditer",
    "faster_prefix_search",
    "faster_required_chars",
    "faster_suffix_search",
]

# The standard library's own parser of regular expressions (what re.compile runs): the analysis
# reads its tree rather than guessing at the pattern's text. Imported by name because it is private
# (typeshed has no stub for it); its layout has been stable since Python 3.11's rename.
_parser: Any = importlib.import_module("re._parser")

ASCII = frozenset(chr(code) for code in range(128))
_NONE: frozenset[str] = frozenset()
# Flags under which a literal or a class may match other characters than the ones it names.
_FOLDING = re.IGNORECASE | re.LOCALE
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}

Items = Sequence[tuple[Any, Any]]


class _Unsupported(Exception):
    """The expression uses something the analysis does not model: keep the plain callable."""


# -- reading an expression's tree ----------------------------------------------------------------


def _class_chars(items: Items, flags: int) -> frozenset[str]:
    """The ASCII characters a character class (``[...]``) matches, a superset where unsure."""
    if flags & _FOLDING:
        return ASCII
    found: set[str] = set()
    negate = False
    for op, av in items:
        if op is _parser.NEGATE:
            negate = True
        elif op is _parser.LITERAL:
            found.add(chr(av))
        elif op is _parser.RANGE:
            found.update(chr(code) for code in range(av[0], min(av[1], 127) + 1))
        elif op is _parser.CATEGORY and getattr(av, "name", None) in _CATEGORIES:
            # Under re.ASCII (global or scoped) \s, \w and \d match fewer characters, so their
            # negations match more: the category is read with the flag the expression has.
            category = re.compile(_CATEGORIES[av.name], flags & re.ASCII)
            found.update(char for char in ASCII if category.match(char))
        else:
            return ASCII
    chars = frozenset(found) & ASCII
    return ASCII - chars if negate else chars


def _edge(items: Items, flags: int, last: bool) -> tuple[frozenset[str], bool]:
    """The ASCII characters a match of ``items`` can start with (``last``: end with), a superset,
    and whether a match can be empty."""
    chars: set[str] = set()
    for op, av in reversed(items) if last else items:
        found, empty = _edge_item(op, av, flags, last)
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _edge_item(op: Any, av: Any, flags: int, last: bool) -> tuple[frozenset[str], bool]:
    p = _parser
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return _NONE, True  # zero width: the character is the next item's
    if op is p.LITERAL:
        return (ASCII if flags & _FOLDING else ASCII & {chr(av)}), False
    if op is p.IN:
        return _class_chars(av, flags), False
    if op in (p.ANY, p.NOT_LITERAL):
        return ASCII, False
    if op is p.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _edge(sub.data, (flags | add_flags) & ~del_flags, last)
    if op is p.ATOMIC_GROUP:
        return _edge(av.data, flags, last)
    if op is p.BRANCH:
        chars: set[str] = set()
        empty = False
        for alternative in av[1]:
            found, can_be_empty = _edge(alternative.data, flags, last)
            chars |= found
            empty = empty or can_be_empty
        return frozenset(chars), empty
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars_of_one, empty = _edge(sub.data, flags, last)
        return chars_of_one, empty or low == 0
    raise _Unsupported(f"no edge analysis for {op}")


def _required(items: Items, flags: int) -> frozenset[str]:
    """Characters every match of ``items`` holds (a subset of the true ones where unsure)."""
    required: set[str] = set()
    for op, av in items:
        required |= _required_item(op, av, flags)
    return frozenset(required)


def _required_item(op: Any, av: Any, flags: int) -> frozenset[str]:
    p = _parser
    if op is p.LITERAL:
        return _NONE if flags & _FOLDING else frozenset(chr(av))
    if op is p.IN and len(av) == 1 and av[0][0] is p.LITERAL:
        return _required_item(p.LITERAL, av[0][1], flags)
    if op is p.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _required(sub.data, (flags | add_flags) & ~del_flags)
    if op is p.ATOMIC_GROUP:
        return _required(av.data, flags)
    if op is p.BRANCH:
        shared: frozenset[str] | None = None
        for alternative in av[1]:
            held = _required(alternative.data, flags)
            shared = held if shared is None else shared & held
        return shared or _NONE
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2].data, flags)
    return _NONE  # lookarounds, anchors, optional parts, anything else: nothing promised


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parsed tree of ``pattern``."""
    if not isinstance(pattern.pattern, str):
        raise _Unsupported("not a text expression")
    return _parser.parse(pattern.pattern, pattern.flags)


def _alternatives(pattern: re.Pattern[str], tree: Any) -> list[tuple[str, Any]]:
    """The top-level alternatives of ``pattern``: each one's source text and parsed tree.

    The text is split at each ``|`` outside groups and classes, and each piece must parse to the
    very tree ``re`` built for that alternative, else the split is not trusted. An expression
    with capturing groups is not split: a back-reference would point elsewhere in a part.
    """
    if tree.state.groups > 1:
        raise _Unsupported("capturing groups")
    data = tree.data
    if len(data) != 1 or data[0][0] is not _parser.BRANCH:
        raise _Unsupported("not an alternation at the top level")
    trees = data[0][1][1]
    pieces = _split_top_level(pattern.pattern)
    if len(pieces) != len(trees):
        raise _Unsupported("split does not give the parser's alternatives")
    for piece, alternative in zip(pieces, trees, strict=True):
        parsed = _parser.parse(piece, pattern.flags)
        if parsed.state.flags != tree.state.flags or repr(parsed.data) != repr(alternative.data):
            raise _Unsupported("split does not give the parser's alternatives")
    return list(zip(pieces, trees, strict=True))


def _split_top_level(source: str) -> list[str]:
    """``source`` split at each ``|`` outside parentheses and character classes."""
    pieces: list[str] = []
    depth = start = index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1
            # A "]" first in a class (after an optional "^") is a literal, not its end.
            if source.startswith("^", index):
                index += 1
            if source.startswith("]", index):
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(source[start:index])
            start = index + 1
        index += 1
    pieces.append(source[start:])
    return pieces


def _compiled(sources: Iterable[str], flags: int, whole: re.Pattern[str]) -> re.Pattern[str] | None:
    """The alternation of ``sources`` (None when empty), ``whole`` itself when it is all of it."""
    source = "|".join(sources)
    if not source:
        return None
    if source == whole.pattern:
        return whole
    try:
        return re.compile(source, flags)
    except re.error as exc:  # e.g. a global inline flag no longer first
        raise _Unsupported(str(exc)) from exc


def _pattern_of(function: Callable[..., Any] | None, name: str) -> re.Pattern[str] | None:
    """The expression ``function`` is the ``name`` method of, or None."""
    owner = getattr(function, "__self__", None)
    if isinstance(owner, re.Pattern) and getattr(function, "__name__", None) == name:
        return owner
    return None


# -- the stand-ins -------------------------------------------------------------------------------


class SuffixSearch:
    """``suffix_search`` that searches only the alternatives able to end with the last character.

    Every alternative ends with ``$`` (or ``\\Z``), so in a text not ending with a newline a match
    ends at the text's end and its last character is the text's. Per ASCII last character the
    table holds the search of the alternatives (in their order) that can end with it, or a search
    that finds nothing; ``re`` tries alternatives in order at each start, so dropping ones that
    cannot match there leaves the same first match. Other texts use the whole expression.
    """

    def __init__(self, pattern: re.Pattern[str], by_last: dict[str, re.Pattern[str] | None]):
        self.pattern = pattern
        self._search = pattern.search
        # None: no alternative can end with that character.
        self._table: dict[str, Callable[[str], re.Match[str] | None] | None] = {
            char: None if reduced is None else reduced.search for char, reduced in by_last.items()
        }

    def __call__(self, text: str) -> re.Match[str] | None:
        search = self._table.get(text[-1:], self._search)
        return None if search is None else search(text)

    def __reduce__(self) -> tuple[Any, ...]:
        by_last = {char: getattr(f, "__self__", None) for char, f in self._table.items()}
        return SuffixSearch, (self.pattern, by_last)


def faster_suffix_search(search: Any) -> Any:
    """``search`` (a tokenizer's ``suffix_search``) as a :class:`SuffixSearch`, or unchanged when
    it is not an expression's ``search`` the analysis can read."""
    pattern = _pattern_of(search, "search")
    if pattern is None:
        return search
    try:
        tree = _parse(pattern)
        if tree.state.flags & re.MULTILINE:
            raise _Unsupported("$ matches before every newline")
        ends: list[tuple[str, frozenset[str]]] = []
        for source, alternative in _alternatives(pattern, tree):
            items = alternative.data
            anchored = bool(items) and items[-1] in (
                (_parser.AT, _parser.AT_END),
                (_parser.AT, _parser.AT_END_STRING),
            )
            chars, empty = _edge(items, tree.state.flags, last=True)
            ends.append((source, chars if anchored and not empty else ASCII))
        # A newline last lets "$" match before it, so that character keeps the whole expression.
        by_last = {
            char: _compiled((s for s, chars in ends if char in chars), pattern.flags, pattern)
            for char in sorted(ASCII - {"\n"})
        }
    except _Unsupported:
        return search
    return SuffixSearch(pattern, by_last)


class FirstCharSearch:
    """``prefix_search`` of an expression anchored at the start (``^``): a text whose first
    character is ASCII and starts no alternative has no match."""

    def __init__(self, pattern: re.Pattern[str], refused: frozenset[str]):
        self.pattern = pattern
        self.refused = refused
        self._search = pattern.search

    def __call__(self, text: str) -> re.Match[str] | None:
        if text[:1] in self.refused:
            return None
        return self._search(text)

    def __reduce__(self) -> tuple[Any, ...]:
        return FirstCharSearch, (self.pattern, self.refused)


def _anchored_at_start(items: Items) -> bool:
    """Whether every match of ``items`` starts at the text's start."""
    for op, av in items:
        if op is _parser.AT:
            return av in (_parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING)
        if op is _parser.BRANCH:
            return all(_anchored_at_start(alternative.data) for alternative in av[1])
        if op is _parser.SUBPATTERN:
            # A scoped multiline flag ("(?m:^x)") lets its "^" match after any newline.
            return not av[1] & re.MULTILINE and _anchored_at_start(av[3].data)
        return False
    return False


def faster_prefix_search(search: Any) -> Any:
    """``search`` (a tokenizer's ``prefix_search``) as a :class:`FirstCharSearch`, or unchanged."""
    pattern = _pattern_of(search, "search")
    if pattern is None:
        return search
    try:
        tree = _parse(pattern)
        if tree.state.flags & re.MULTILINE or not _anchored_at_start(tree.data):
            raise _Unsupported("not anchored at the text's start")
        chars, empty = _edge(tree.data, tree.state.flags, last=False)
        if empty:
            raise _Unsupported("a match can be empty")
    except _Unsupported:
        return search
    # "" is refused too: a non-empty match needs a first character.
    return FirstCharSearch(pattern, frozenset(ASCII - chars) | {""})


class InfixFinditer:
    """``infix_finditer`` that tries the expression only where an infix can start.

    Every match starts with one of ``starts`` (the ASCII characters an alternative can start with;
    no match is empty), so an ASCII text holding none of them has no infix, and in one that does,
    ``finditer``'s matches are found by matching at each such character from the previous match's
    end: ``finditer`` takes the first start at or after that end where the expression matches,
    and ``match(text, pos)`` there gives the same match (it reads the text before ``pos`` for
    lookbehinds and word boundaries). This skips the other positions, where ``re`` tries every
    alternative. A text with other characters goes to ``finditer`` itself. (Compiling only the
    alternatives that can start with the characters present was tried: compiling those
    expressions, with their large character classes, cost more than it saved.)
    """

    def __init__(self, pattern: re.Pattern[str], starts: frozenset[str]):
        self.pattern = pattern
        self.starts = starts
        self._finditer = pattern.finditer
        self._match = pattern.match

    def __call__(self, text: str) -> Iterator[re.Match[str]] | list[re.Match[str]] | tuple[()]:
        if not text.isascii():
            return self._finditer(text)
        if self.starts.isdisjoint(text):
            return ()
        matches: list[re.Match[str]] = []
        end = 0
        for index, char in enumerate(text):
            if char in self.starts and index >= end:
                match = self._match(text, index)
                if match is not None:
                    matches.append(match)
                    end = match.end()
        return matches

    def __reduce__(self) -> tuple[Any, ...]:
        return InfixFinditer, (self.pattern, self.starts)


def faster_infix_finditer(finditer: Any) -> Any:
    """``finditer`` (a tokenizer's ``infix_finditer``) as an :class:`InfixFinditer`, or
    unchanged."""
    pattern = _pattern_of(finditer, "finditer")
    if pattern is None:
        return finditer
    try:
        tree = _parse(pattern)
        starts, empty = _edge(tree.data, tree.state.flags, last=False)
        if empty:
            raise _Unsupported("a match can be empty")
    except _Unsupported:
        return finditer
    return InfixFinditer(pattern, starts)


class RequiredCharsMatch:
    """A matcher called only on texts holding every character each of its matches holds.

    ``function`` is the plain matcher or a wrapper that returns None wherever the plain one does
    (our ``SkillAwareUrlMatch``); ``required`` comes from the plain one's expression.
    """

    def __init__(self, function: Callable[[str], Any], required: str):
        self.function = function
        self.required = required

    def __call__(self, text: str) -> Any:
        for char in self.required:
            if char not in text:
                return None
        return self.function(text)


def faster_required_chars(
    function: Callable[[str], Any] | None, plain: Callable[[str], Any] | None
) -> Callable[[str], Any] | None:
    """``function`` behind a :class:`RequiredCharsMatch` check taken from ``plain`` (an
    expression's ``match``, ``fullmatch`` or ``search`` that returns None wherever ``function``
    does), or unchanged when ``plain`` promises no character."""
    pattern = None
    for name in ("match", "fullmatch", "search"):
        pattern = pattern or _pattern_of(plain, name)
    if function is None or pattern is None:
        return function
    try:
        tree = _parse(pattern)
        required = _required(tree.data, tree.state.flags)
    except _Unsupported:
        return function
    if not required:
        return function
    return RequiredCharsMatch(function, "".join(sorted(required)))


def faster_affixes(tokenizer: Any) -> None:
    """Give ``tokenizer`` the cheaper stand-ins of its prefix, suffix and infix expressions and
    its ``token_match`` (each left as it is where the analysis cannot vouch for it).

    ``url_match`` is wrapped by the caller, which knows what wraps the plain one. A callable is
    only set where it changes (spaCy flushes its caches on every set), and a tokenizer without
    these attributes (a custom one from an installed model) is left alone.
    """
    makers: dict[str, Callable[[Any], Any]] = {
        "prefix_search": faster_prefix_search,
        "suffix_search": faster_suffix_search,
        "infix_finditer": faster_infix_finditer,
        "token_match": lambda plain: faster_required_chars(plain, plain),
    }
    for name, maker in makers.items():
        plain = getattr(tokenizer, name, None)
        faster = maker(plain)
        if faster is not plain:
            setattr(tokenizer, name, faster)
