"""Keep spaCy's tokenizer cache filling in spite of special cases (explosion/spaCy#13950).

spaCy's tokenizer remembers the tokens of each whitespace-separated chunk it splits, so a chunk
seen before costs a table lookup instead of the prefix, suffix and infix expressions (about 14 us
a chunk). But in spaCy 3.8 the first special-case token of a document ("you're", "don't",
"e.g.", "and/or", "Inc.") stops it remembering anything for the rest of that document, and most
postings hold one early: over 1,000 real postings 19,000 chunks a pass were split again and
again, about half of the tokenizer's time.

:class:`TokenCacheFiller` works around it without touching spaCy: before a document is tokenized,
the chunks of it the tokenizer has not been offered yet are tokenized once on their own, in one
string without the special-case chunks, where nothing stops the cache from keeping them. The
document's tokens are the same either way (the cache only remembers what splitting gives, and
spaCy itself never remembers a chunk holding a special case); only the time changes.
"""

from __future__ import annotations

import functools
import string
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["TokenCacheFiller", "token_cache_filler"]

# Characters the tokenizer's prefix and suffix rules split off a chunk's ends (a superset is fine:
# it only orders the offering).
_EDGE = "".join(
    [string.punctuation, "\u00a1\u00ab\u00b7\u00bb\u00bf\u2e3a\u2e3b"]
    + [chr(point) for point in range(0x2010, 0x205F)]  # dashes, quotes, bullets, primes
)


class TokenCacheFiller:
    """Tokenizes texts with ``nlp``'s tokenizer, offering it each new chunk once beforehand.

    The chunks offered are remembered (as the tokenizer remembers their tokens) up to the
    tokenizer's own cache size, after which the tokenizer keeps nothing new either and the filler
    only tokenizes. A tokenizer without spaCy's ``rules`` and ``max_cache_size`` (a custom one
    from an installed model) is used as it is.
    """

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        tokenizer: Any = nlp.tokenizer
        self._tokenize = tokenizer
        rules = getattr(tokenizer, "rules", None)
        limit = getattr(tokenizer, "max_cache_size", None)
        self._limit = limit if isinstance(rules, dict) and isinstance(limit, int) else 0
        # Whole chunks that are special cases: offering them would stop the cache at once.
        self._special_chunks = frozenset(rules or ())
        self._special_cores = frozenset(chunk.strip(_EDGE) for chunk in self._special_chunks) - {""}
        self._offered: set[str] = set()

    def make_doc(self, text: str) -> Doc:
        """Return ``nlp.make_doc(text)``, after offering its new chunks to the tokenizer.

        Args:
            text: The document's text.

        Returns:
            The tokenized Doc, token for token what ``nlp.make_doc`` gives.
        """
        offered = self._offered
        if len(offered) < self._limit:
            fresh = set(text.split())
            fresh -= offered
            if fresh:
                offered |= fresh
                fresh -= self._special_chunks
                if fresh:
                    self._tokenize(" ".join(_offering_order(fresh, self._special_cores)))
        return self._nlp.make_doc(text)


def _offering_order(chunks: set[str], suspects: frozenset[str]) -> list[str]:
    """The chunks in a fixed order: letters-only ones, then others, then those that may hide a
    special case.

    A chunk can still hold a special case after its punctuation is split off ("(e.g.," or
    "you're,"), and nothing after it in the offering is then remembered. Chunks whose core (the
    chunk without the punctuation at its ends) is a special case's core go last; chunks of
    letters alone, most of them, hold a special case only whole (and whole special cases are not
    offered), so they go first. Sorted within each group, so the same texts leave the same cache
    behind whatever the hash seed.
    """
    letters: list[str] = []
    others: list[str] = []
    last: list[str] = []
    for chunk in chunks:
        if chunk.isalpha():
            letters.append(chunk)
        elif chunk.strip(_EDGE) in suspects:
            last.append(chunk)
        else:
            others.append(chunk)
    return sorted(letters) + sorted(others) + sorted(last)


@functools.cache
def token_cache_filler(nlp: Language) -> TokenCacheFiller:
    """Return the process's one :class:`TokenCacheFiller` for ``nlp`` (whose tokenizer cache it
    mirrors, so one per pipeline, kept as long as the pipeline, which is cached per process)."""
    return TokenCacheFiller(nlp)
