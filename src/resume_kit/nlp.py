"""Building the spaCy pipeline, once per process.

The pipeline is ``spacy.blank("en")`` (or an installed trained pipeline given with ``--model``)
plus:

1. ``resume_kit_lemmatizer``: lowercase lookup lemmas, so "managed" / "Managing" meet "manage";
2. ``resume_kit_sentences``: a sentence per line, bullet and full stop;
3. three ``span_ruler`` components over ``keywords/``: ``skills.jsonl`` matched case-insensitively,
   ``skills_cased.jsonl`` on exact case (acronyms that collide with words), ``skills_lemma.jsonl``
   on lemmas (responsibility phrases);
4. ``resume_kit_skill_context``: longest match wins, ambiguous words need context;
5. ``resume_kit_metrics``: quantified achievements.

Skills end up in ``doc.spans["skills"]`` (``span.id_`` is the canonical skill id) and metrics in
``doc.spans["metrics"]`` (``span.label_`` is the metric kind).
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING, Any

from resume_kit.errors import UsageError

if TYPE_CHECKING:
    from spacy.language import Language

# (file, phrase matcher attribute, component name): the order is the order of the pipeline.
SKILL_RULERS: tuple[tuple[str, str, str], ...] = (
    ("skills.jsonl", "LOWER", "resume_kit_skills"),
    ("skills_cased.jsonl", "ORTH", "resume_kit_skills_cased"),
    ("skills_lemma.jsonl", "LEMMA", "resume_kit_skills_lemma"),
)
RAW_SKILLS_KEY = "skills_raw"

_lock = threading.Lock()


def drop_whitespace_special_cases(nlp: Language) -> None:
    """Remove the tokenizer's whitespace-only special cases.

    spaCy 3.8's tokenizer stops using its cache for the rest of a document after the first special
    case token (explosion/spaCy#13950), and ``"\\n"``, ``" "``, ``"\\t"``, ``"\\xa0"`` are special
    cases, so every multi-line resume was tokenized uncached. Dropping them gives the same tokens
    (tests/test_nlp.py checks this) and makes tokenizing many times faster.
    """
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k.strip()}


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
    import spacy

    import resume_kit.components  # noqa: F401  (registers the factories)
    from resume_kit.taxonomy import load_patterns

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
    nlp.add_pipe("resume_kit_metrics")
    nlp.max_length = 2_000_000
    return nlp


def _add_ruler(nlp: Language, name: str, attr: str, **where: str | None) -> Any:
    """Add one ``span_ruler`` writing to the raw skills group, matching on ``attr``."""
    config = {
        "spans_key": RAW_SKILLS_KEY,
        "phrase_matcher_attr": attr,
        "validate": False,
        "overwrite": False,
        "annotate_ents": False,
        "spans_filter": None,
    }
    placement = {k: v for k, v in where.items() if v is not None}
    return nlp.add_pipe("span_ruler", name=name, config=config, **placement)  # type: ignore[arg-type]
