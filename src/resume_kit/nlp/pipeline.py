"""Building the spaCy pipeline, once per process.

The pipeline is ``spacy.blank("en")`` (or an installed trained pipeline given with ``--model``)
plus:

1. ``resume_kit_lemmatizer``: lowercase lookup lemmas, so "managed" / "Managing" meet "manage";
2. ``resume_kit_sentences``: a sentence per line, bullet and full stop;
3. three ``span_ruler`` components over ``keywords/``: ``skills.jsonl`` matched case-insensitively,
   ``skills_cased.jsonl`` on exact case (acronyms that collide with words), ``skills_lemma.jsonl``
   on lemmas (responsibility phrases);
4. ``resume_kit_skill_context``: longest match wins, ambiguous words need context, mentions about
   the employer (its business, perks, people) are dropped;
5. ``resume_kit_metrics``: quantified achievements.

Skills end up in ``doc.spans["skills"]`` (``span.id_`` is the canonical skill id) and metrics in
``doc.spans["metrics"]`` (``span.label_`` is the metric kind).

Building the blank pipeline costs about 0.7 s, nearly all of it spaCy tokenizing the ~8,000 phrase
patterns and creating their lexemes. So the built pipeline is pickled into the user's cache folder
(spaCy's matchers pickle as attribute-hash tuples, so loading skips the tokenizing) and loaded from
there in later processes in about 0.3 s. The cache file's name is a hash of everything that shapes
the pipeline: the keyword files, the source of the modules that define its components, and the
spaCy, Python and resume_kit versions, so a stale cache is never used. Only the blank pipeline is
cached; ``--model`` pipelines are built each time.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import logging
import os
import pickle
import re
import stat
import sys
import tempfile
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resume_kit.errors import UsageError
from resume_kit.nlp.affixes import faster_affixes, faster_required_chars
from resume_kit.nlp.taxonomy import load_patterns
from resume_kit.resources import hash_keywords, keywords_dir
from resume_kit.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CACHE_ENV",
    "METRICS_PIPE",
    "RAW_SKILLS_KEY",
    "SKILL_RULERS",
    "TOKEN_CACHE_SIZE",
    "SkillAwareUrlMatch",
    "build_nlp",
    "cache_path",
    "drop_whitespace_special_cases",
    "pipeline_key",
]

# (file, phrase matcher attribute, component name): the order is the order of the pipeline.
SKILL_RULERS: tuple[tuple[str, str, str], ...] = (
    ("skills.jsonl", "LOWER", "resume_kit_skills"),
    ("skills_cased.jsonl", "ORTH", "resume_kit_skills_cased"),
    ("skills_lemma.jsonl", "LEMMA", "resume_kit_skills_lemma"),
)
RAW_SKILLS_KEY = "skills_raw"
METRICS_PIPE = "resume_kit_metrics"
"""The component that finds quantified achievements (left out where nothing reads them)."""


# Set to a folder to put the pipeline cache there; set to an empty string to turn the cache off.
CACHE_ENV = "RESUME_KIT_CACHE_DIR"
# Modules whose code defines what the cached pipeline holds; a change to any of them is a new key.
# This module and components.py build it and define the pickled objects' classes, taxonomy.py reads
# the patterns it holds, and metrics.py defines find_metrics, which the pickled metrics component
# refers to by name, and affixes.py and lexeme_attrs.py define the tokenizer's and the
# vocabulary's pickled stand-ins. Code those only call at run time (ambiguity.py, doc_text.py, the
# metric vocabulary) is imported afresh and needs no new key.
_PIPELINE_MODULES = (
    "pipeline.py",
    "components.py",
    "taxonomy.py",
    "metrics.py",
    "affixes.py",
    "lexeme_attrs.py",
)

log = logging.getLogger(__name__)

_lock = threading.Lock()


def drop_whitespace_special_cases(nlp: Language) -> None:
    """Remove the tokenizer's whitespace-only special cases.

    spaCy 3.8's tokenizer stops using its cache for the rest of a document after the first special
    case token (explosion/spaCy#13950), and ``"\\n"``, ``" "``, ``"\\t"``, ``"\\xa0"`` are special
    cases, so every multi-line resume was tokenized uncached. Dropping them gives the same tokens
    (tests/nlp/test_pipeline.py checks this) and makes tokenizing many times faster.
    """
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k.strip()}


class SkillAwareUrlMatch:
    """spaCy's URL matcher, minus "hosts" that are framework names: ``Node.js/NodeJS``.

    spaCy keeps anything shaped like ``host.tld/path`` as one token, so "Node.js/NodeJS" or
    "Vue.js/Nuxt.js" hid both skills. A text whose host ends in a source-file suffix (``.js``,
    ``.ts``, ``.py``, ...) and has no scheme or ``www.`` is not a URL; real links
    ("linkedin.com/in/jordan") still are. A class, not a closure, so the pipeline can be pickled.
    """

    _NOT_HOST = re.compile(r"^[^/:@\s]*\.(?:js|jsx|ts|tsx|py|rb|php)(?:/|$)", re.IGNORECASE)

    def __init__(self, url_match: Callable[[str], Any] | None) -> None:
        self.url_match = url_match

    def __call__(self, text: str) -> Any:
        if self.url_match is None:
            return None
        if self._NOT_HOST.match(text) and "://" not in text and text[:4].lower() != "www.":
            return None
        return self.url_match(text)


def build_nlp(model: str | None = None) -> Language:
    """Return the resume_kit pipeline, built once per process and model.

    Args:
        model: Name of an installed trained spaCy pipeline (e.g. ``en_core_web_sm``) to use instead
            of ``spacy.blank("en")``; None for the blank pipeline (no download ever needed).

    Returns:
        The ready ``Language`` object; calling it on a text gives a Doc with ``doc.spans["skills"]``
        and ``doc.spans["metrics"]``.

    Raises:
        UsageError: The named model is not installed.
    """
    with _lock:
        return _build_nlp(model)


@cache
def _build_nlp(model: str | None) -> Language:
    return _with_token_cache(_load_nlp(model))


def _load_nlp(model: str | None) -> Language:
    """The pipeline: ``model`` built, else the blank one from the pipeline cache or built."""
    if model is not None:
        return _construct_nlp(model)
    path = cache_path()
    if path is not None:
        nlp = _load_cached(path)
        if nlp is not None:
            return nlp
    nlp = _construct_nlp(None)
    if path is not None:
        _store_cached(nlp, path)
    return nlp


TOKEN_CACHE_SIZE = 100_000
"""How many distinct whitespace-separated chunks the tokenizer remembers the tokens of.

spaCy's default, 10,000, is full after a few hundred postings (1,000 real postings hold about
30,000 distinct chunks), and every chunk it cannot hold is split again with the prefix, suffix
and infix expressions (the suffix one costs about 10 us a call): a larger cache made the tokenizer
about 1.6x faster over 1,000 real postings (benchmarks/scale.py --stages). The cost is bounded:
an entry is a few dozen bytes beside the vocabulary entry every new chunk makes anyway."""


def _with_token_cache(nlp: Language) -> Language:
    """Give ``nlp``'s tokenizer a :data:`TOKEN_CACHE_SIZE` cache (spaCy does not pickle the size:
    it is set after every build and load)."""
    tokenizer: Any = nlp.tokenizer
    if hasattr(tokenizer, "max_cache_size"):
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKEN_CACHE_SIZE)
    return nlp


def cache_path() -> Path | None:
    """Return where the built blank pipeline is cached, or None when caching is off.

    The folder is ``$RESUME_KIT_CACHE_DIR`` when set (an empty value turns the cache off), else the
    platform's user cache folder (``~/.cache/resume_kit`` on Linux).
    """
    folder = os.environ.get(CACHE_ENV)
    if folder == "":
        return None
    if folder is None:
        import platformdirs

        folder = platformdirs.user_cache_dir("resume_kit", appauthor=False)
    return Path(folder) / f"pipeline-{pipeline_key()}.pickle"


def pipeline_key() -> str:
    """Return a hash of everything the built blank pipeline depends on."""
    from spacy.about import __version__ as spacy_version

    digest = hashlib.sha256()
    versions = (__version__, spacy_version, sys.version_info[:2], pickle.HIGHEST_PROTOCOL)
    digest.update(repr(versions).encode())
    digest.update(hash_keywords([e.name for e in keywords_dir().iterdir() if e.is_file()]).encode())
    here = Path(__file__).parent
    for name in _PIPELINE_MODULES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:20]


def _load_cached(path: Path) -> Language | None:
    """Return the pipeline pickled at ``path``, or None when absent, unsafe or unreadable."""
    from resume_kit.nlp.components import register_factories

    # The pipeline's config names our factories; whatever spaCy resolves from it must find them.
    register_factories()

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        # Unpickling runs code, so only a file this user wrote and nobody else can change is
        # trusted: the same trust as the installed package itself.
        if not _private_to_user(info):
            log.debug("ignoring pipeline cache %s: not private to this user", path)
            return None
        try:
            nlp: Language = pickle.load(fh)
        except Exception as exc:  # a truncated or foreign file: rebuild and replace it
            log.debug("ignoring unreadable pipeline cache %s: %s", path, exc)
            return None
    # As in a built pipeline, the vectors name their keys with the vocabulary's own strings
    # (pickled without them: see _pickled).
    nlp.vocab.vectors.strings = nlp.vocab.strings
    return nlp


def _private_to_user(info: os.stat_result) -> bool:
    if not stat.S_ISREG(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _store_cached(nlp: Language, path: Path) -> None:
    """Pickle ``nlp`` to ``path`` atomically; a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = _pickled(nlp)
        # mkstemp creates the file 0600; rename makes it appear whole or not at all, so two
        # processes building at once cannot leave a half-written cache.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pipeline-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError) as exc:
        log.debug("could not write pipeline cache %s: %s", path, exc)


def _pickled(nlp: Language) -> bytes:
    """``nlp`` pickled, its vectors table without a copy of the vocabulary's strings.

    spaCy pickles the vectors with their own copy of the 35,000 strings, which the vocabulary
    then adds to its own (that it already holds) as it loads: 0.45 of the file's 7 MB and 0.03
    CPU seconds of every load. The vectors get the vocabulary's strings when it takes them, so
    the copy changes nothing.
    """
    from spacy.vectors import Vectors

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, Vectors: _reduce_vectors}
    pickler.dump(nlp)
    return buffer.getvalue()


def _reduce_vectors(vectors: Any) -> tuple[Callable[[bytes], Any], tuple[bytes]]:
    return _vectors_from_bytes, (vectors.to_bytes(exclude=["strings"]),)


def _vectors_from_bytes(data: bytes) -> Any:
    """Vectors pickled by :func:`_pickled`, their strings left to the vocabulary that takes them."""
    from spacy.vectors import Vectors

    return Vectors().from_bytes(data, exclude=["strings"])


def _construct_nlp(model: str | None) -> Language:
    import spacy

    from resume_kit.nlp.components import register_factories

    register_factories()

    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as exc:
            raise UsageError(
                f"spaCy model {model!r} is not installed; install it with pip or leave out --model"
            ) from exc
    drop_whitespace_special_cases(nlp)
    # The same lexemes, made faster for each new word (lexeme_attrs.py); a getter that is not
    # spaCy's own (a trained model's, another language's) is kept.
    # Imported here: it imports spaCy, which must wait for startup.import_spacy (the fork
    # server imports this module first; spaCy imported plainly brings its command line along).
    from resume_kit.nlp.lexeme_attrs import faster_lexeme_attrs

    faster_lexeme_attrs(nlp.vocab)
    tokenizer: Any = nlp.tokenizer
    # The same answers as the tokenizer's own expressions, cheaper on the chunks it has not cached
    # (affixes.py); SkillAwareUrlMatch returns None wherever the plain url_match does.
    faster_affixes(tokenizer)
    plain_url_match = tokenizer.url_match
    tokenizer.url_match = faster_required_chars(
        SkillAwareUrlMatch(plain_url_match), plain_url_match
    )
    # span_ruler runs every phrase pattern through the components before it, so each ruler is
    # added while only what its attribute needs precedes it: the LOWER and ORTH rulers before any
    # of our components (tokenizer only), the LEMMA ruler right after the lemmatizer. The order
    # among rulers does not matter: they all write to one raw span group.
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    for file_name, attr, name in SKILL_RULERS:
        if attr == "LEMMA":
            continue
        ruler = _add_ruler(nlp, name, attr, before=first)
        ruler.add_patterns(load_patterns(file_name))
    # A trained pipeline brings its own lemmatizer and parser; ours run first so that lemma
    # patterns and documents see the same lemmas whatever the model.
    nlp.add_pipe("resume_kit_lemmatizer", first=True)
    for file_name, attr, name in SKILL_RULERS:
        if attr == "LEMMA":
            ruler = _add_ruler(nlp, name, attr, after="resume_kit_lemmatizer")
            ruler.add_patterns(load_patterns(file_name))
    nlp.add_pipe("resume_kit_sentences", after="resume_kit_lemmatizer")
    nlp.add_pipe("resume_kit_skill_context")
    nlp.add_pipe("resume_kit_metrics", name=METRICS_PIPE)
    nlp.max_length = 2_000_000
    return nlp


def _add_ruler(nlp: Language, name: str, attr: str, **where: str | None) -> Any:
    """Add one ``span_ruler`` (our :class:`SkillRuler`) writing to the raw skills group, matching
    on ``attr``."""
    config = {
        "spans_key": RAW_SKILLS_KEY,
        "phrase_matcher_attr": attr,
        "validate": False,
        "overwrite": False,
        "annotate_ents": False,
        "spans_filter": None,
        # resume_kit_skill_context, added after the rulers, takes their matches.
        "for_skill_context": True,
    }
    placement = {k: v for k, v in where.items() if v is not None}
    return nlp.add_pipe("resume_kit_skill_ruler", name=name, config=config, **placement)  # type: ignore[arg-type]
