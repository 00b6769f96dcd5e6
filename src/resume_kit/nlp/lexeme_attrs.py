"""Cheaper stand-ins for spaCy's lexical attribute getters, exactly equivalent to them.

The first time spaCy's vocabulary meets a string (a word of a new posting) it makes a lexeme and
calls every function of ``vocab.lex_attr_getters`` on the string: the lowercase form, the norm,
prefix, suffix, shape, ``like_num``, ``like_url``, ``is_punct`` and a dozen more, each a Python
function. A fresh process meets about 20,000 new words per 1,000 real postings, and the getters
cost about 100 ms of them (``like_num``, ``word_shape`` and ``like_url`` most: each loops over the
text in Python or runs a regular expression where a word of letters needs neither).

:func:`faster_lexeme_attrs` replaces a getter only where it is spaCy's own function (by identity:
``spacy.lang.lex_attrs`` and the English ``like_num``), so a trained ``--model`` pipeline's or
another language's getters stay as they are. Every stand-in gives the same value as the function
it replaces for every string (``tests/nlp/test_lexeme_attrs.py`` checks them on fixtures, over
random Unicode text and, for the per-character facts the shortcuts rest on, over every code
point):

- the ``str`` predicates and case mappings are ``str``'s own methods (``str.isalpha`` for
  ``lambda s: s.isalpha()``), prefix and suffix are ``operator.itemgetter``s, and the bracket and
  quote tests are a ``frozenset``'s ``__contains__``: C calls instead of Python ones;
- ``like_num``, ``word_shape``, ``like_url``, ``like_email``, ``is_punct`` and ``is_currency``
  answer the common case (a word of letters, a text without ``.`` or ``@``) at once and pass
  anything else to spaCy's own function.

Everything here is a module-level function, a builtin method or a ``functools.partial`` of them,
so the built pipeline still pickles.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import Any

from spacy import util as spacy_util
from spacy.lang import lex_attrs as base
from spacy.lang.en import lex_attrs as english

__all__ = [
    "EN_NUMBER_WORDS",
    "faster_getter",
    "faster_lexeme_attrs",
    "is_currency",
    "is_punct",
    "like_email",
    "like_num",
    "like_num_en",
    "like_url",
    "norm_from_table",
    "word_shape",
]

_english_like_num: Callable[[str], bool] = english.like_num  # spaCy leaves it untyped

# spaCy's own lists (private names: pyproject pins spaCy 3.8, and were they renamed, the English
# like_num would be kept as it is rather than the import failing).
_NUM_WORDS = getattr(english, "_num_words", None)
_ORDINAL_WORDS = getattr(english, "_ordinal_words", None)
EN_NUMBER_WORDS: frozenset[str] = (
    frozenset([*_NUM_WORDS, *_ORDINAL_WORDS])
    if _NUM_WORDS is not None and _ORDINAL_WORDS is not None
    else frozenset()
)
"""The words (lowercase) spaCy's English ``like_num`` takes for numbers (empty if unreadable)."""
_LOOKUP_NORM = getattr(spacy_util, "_get_attr_unless_lookup", None)


def like_num(text: str) -> bool:
    """spaCy's language-neutral ``like_num``: a word of letters is no number."""
    # No character is both a letter and a digit, so the digit and fraction tests of a word of
    # letters fail (the test checks every code point).
    if text.isalpha():
        return False
    if text.isdigit():
        return True
    return bool(base.like_num(text))


def like_num_en(text: str) -> bool:
    """spaCy's English ``like_num``: a word of letters is a number only when it names one."""
    # A word of letters has no sign to strip, no digits (nor does its lowercase form: the test
    # checks every code point), so only the number and ordinal words can make it one.
    if text.isalpha():
        return text.lower() in EN_NUMBER_WORDS
    if text.isdigit():  # a digit starts no sign; spaCy's first test after stripping none
        return True
    return bool(_english_like_num(text))


# A letter or number is never punctuation nor a currency sign (the test checks every code point),
# so an alphanumeric text is neither; anything else goes to spaCy's per-character test.


def is_punct(text: str) -> bool:
    """spaCy's ``is_punct``: every character is punctuation (true of the empty string)."""
    if text.isalnum():
        return False
    return base.is_punct(text)


def is_currency(text: str) -> bool:
    """spaCy's ``is_currency``: every character is a currency sign (true of the empty string)."""
    if text.isalnum():
        return False
    return base.is_currency(text)


def like_email(text: str) -> bool:
    """spaCy's ``like_email``: its expression needs an ``@``, so a text without one is none."""
    return "@" in text and base.like_email(text)


_URL_SCHEMES = ("http://", "https://")


def like_url(text: str) -> bool:
    """spaCy's ``like_url``: a text without a ``.`` is a URL only when it starts with a scheme
    (``www.`` and every domain test need the dot); a text with one goes to spaCy's own tests."""
    if "." in text or not text:  # spaCy's raises IndexError on the empty string: so does this
        return bool(base.like_url(text))
    return text.startswith(_URL_SCHEMES)


# ASCII letters, digits and everything else as word_shape maps them.
_ASCII_SHAPES = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_X_RUN = re.compile("x{5,}")
_CAPITAL_RUN = re.compile("X{5,}")
_DIGIT_RUN = re.compile("d{5,}")
_OTHER_RUN = re.compile(r"([^xXd])\1{4}")


def word_shape(text: str) -> str:
    """spaCy's ``word_shape`` ("Python3" -> "Xxxxxd"): ASCII text is mapped in one
    ``str.translate`` and its long runs cut to four; other text goes to spaCy's loop."""
    if len(text) >= 100:
        return "LONG"
    if not text.isascii():
        # Non-ASCII letters and digits (and their case) follow Unicode's rules: spaCy's loop.
        return str(base.word_shape(text))
    if text.isalpha():
        # In ASCII, islower / isupper / istitle of a word of letters mean all lowercase, all
        # capitals, and a capital followed by lowercase letters.
        if text.islower():
            return "xxxx"[: len(text)]
        if text.isupper():
            return "XXXX"[: len(text)]
        if text.istitle():
            return "Xxxxx"[: len(text)]
    shape = text.translate(_ASCII_SHAPES)
    if len(shape) < 5:
        return shape
    # Literal replacements run in C (a template with a back-reference is expanded in Python).
    if "xxxxx" in shape:
        shape = _X_RUN.sub("xxxx", shape)
    if "XXXXX" in shape:
        shape = _CAPITAL_RUN.sub("XXXX", shape)
    if "ddddd" in shape:
        shape = _DIGIT_RUN.sub("dddd", shape)
    # Five of one other character ("-----"): rare, left to spaCy's loop.
    if not text.isalnum() and _OTHER_RUN.search(shape):
        return str(base.word_shape(text))
    return shape


def norm_from_table(table: dict[str, Any], string: str) -> Any:
    """spaCy's norm getter over one table of exceptions: the table's entry, else the lowercase."""
    if string in table:
        return table[string]
    return string.lower()


def _stop_word(stops: Any, string: str) -> bool:
    """spaCy's ``is_stop`` (lowercase form in ``stops``), its set given by position: a partial
    with a keyword argument builds a dictionary on every call."""
    return string.lower() in stops


def _constant(value: str, string: str) -> str:
    """``value`` whatever the string: the language getter's answer."""
    return value


# spaCy's own lists, as its functions hold them (the test compares them with the functions').
# fmt: off
_BRACKETS = ("(", ")", "[", "]", "{", "}", "<", ">")
_QUOTES = ('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯",
           "''", "``")
_LEFT_PUNCT = ("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``")
_RIGHT_PUNCT = (")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''")
# fmt: on

_SAME: dict[Callable[..., Any], Callable[..., Any]] = {
    base.lower: str.lower,
    base.prefix: operator.itemgetter(0),
    base.suffix: operator.itemgetter(slice(-3, None)),
    base.is_alpha: str.isalpha,
    base.is_digit: str.isdigit,
    base.is_lower: str.islower,
    base.is_space: str.isspace,
    base.is_title: str.istitle,
    base.is_upper: str.isupper,
    base.is_ascii: str.isascii,
    base.like_email: like_email,
    base.like_num: like_num,
    **({english.like_num: like_num_en} if EN_NUMBER_WORDS else {}),
    base.is_punct: is_punct,
    base.is_currency: is_currency,
    base.like_url: like_url,
    base.word_shape: word_shape,
    base.is_bracket: frozenset(_BRACKETS).__contains__,
    base.is_quote: frozenset(_QUOTES).__contains__,
    base.is_left_punct: frozenset(_LEFT_PUNCT).__contains__,
    base.is_right_punct: frozenset(_RIGHT_PUNCT).__contains__,
}


def faster_getter(getter: Callable[[str], Any]) -> Callable[[str], Any] | None:
    """The stand-in for one lexical attribute getter, or None to keep it.

    Args:
        getter: A value of ``vocab.lex_attr_getters``.

    Returns:
        A callable giving the same value for every string, where ``getter`` is one of spaCy's own
        functions (or spaCy's own partial of one: the norm over one table of exceptions, the stop
        word test, the language); None for anything else.
    """
    try:
        same = _SAME.get(getter)
    except TypeError:  # an unhashable callable is none of spaCy's
        return None
    if same is not None:
        return same
    if not isinstance(getter, functools.partial):
        return None
    func, args, keywords = getter.func, getter.args, getter.keywords
    if _LOOKUP_NORM is not None and func is _LOOKUP_NORM and not keywords and len(args) == 2:
        default, lookups = args
        # Only a plain dict: spaCy's Table hashes its keys in its own __contains__.
        if default is base.lower and len(lookups) == 1 and type(lookups[0]) is dict:
            return functools.partial(norm_from_table, lookups[0])
    if func is base.is_stop and not args and set(keywords) == {"stops"}:
        return functools.partial(_stop_word, keywords["stops"])
    if func is base.get_lang and not args and set(keywords) == {"lang"}:
        lang = keywords["lang"]
        if type(lang) is str:
            return functools.partial(_constant, lang)
    return None


def faster_lexeme_attrs(vocab: Any) -> int:
    """Replace ``vocab``'s lexical attribute getters that are spaCy's own with their stand-ins.

    Lexemes made afterwards are the same as with spaCy's getters, made faster. The getters keep
    their order.

    Args:
        vocab: A spaCy ``Vocab`` (``nlp.vocab``).

    Returns:
        How many getters were replaced.
    """
    getters = vocab.lex_attr_getters
    if not getters:
        return 0
    replaced = 0
    for attr, getter in list(getters.items()):
        faster = faster_getter(getter)
        if faster is not None:
            getters[attr] = faster
            replaced += 1
    return replaced
