"""resume_kit's own registered spaCy components.

Factories are registered under namespaced names (``resume_kit_*``) and take their options as
keyword-only arguments after ``(nlp, name)``, the way spaCy's own rule components do. Importing this
module registers nothing: :func:`register_factories` does, once per process, as spaCy 3.8's own
``register_factories()`` does for its components; :func:`resume_kit.nlp.pipeline.build_nlp` calls it
before building or unpickling the pipeline, and wires the components up.
"""

from __future__ import annotations

import gzip
import json
import weakref
from collections.abc import Callable
from functools import cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, SENT_START
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, SpanGroup

from resume_kit.errors import DataFileError
from resume_kit.nlp.ambiguity import ambiguous_dropped, longest_bounds
from resume_kit.nlp.company_context import company_kept
from resume_kit.nlp.doc_text import lexeme_columns, note_written
from resume_kit.nlp.metrics import find_metrics
from resume_kit.resources import keywords_file

__all__ = [
    "LEMMA_TABLE",
    "LineSentencizer",
    "LookupLemmatizer",
    "MetricsFinder",
    "SkillContext",
    "SkillRuler",
    "load_lemma_table",
    "register_factories",
]

LEMMA_TABLE = "en_lemma_lookup.json.gz"

_SENTENCE_END = frozenset({".", "!", "?", "…"})
_NOT_START = numpy.uint64(2**64 - 1)  # SENT_START -1 (not a start) as Doc.from_array takes it
# An odd 64-bit multiplier (the golden ratio's): it spreads every bit of a hash into the top bits.
_MIX = 0x9E3779B97F4A7C15
_MIX_ARRAY = numpy.array([_MIX], dtype=numpy.uint64)


@cache
def load_lemma_table() -> dict[str, str]:
    """Return the English lemma lookup table shipped in ``keywords/`` (lowercase word -> lemma)."""
    try:
        with keywords_file(LEMMA_TABLE).open("rb") as raw, gzip.open(raw, "rt") as fh:
            table: dict[str, str] = json.load(fh)
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read the lemma table: {exc}", path=LEMMA_TABLE) from exc
    return table


class LookupLemmatizer:
    """Set ``token.lemma`` from a lowercase lookup table ("Managed" -> "manage").

    spaCy's own lookup lemmatizer looks words up with their case, so a capitalised bullet verb
    ("Managed") would keep its form; we look up the lowercase form and fall back to it.
    """

    def __init__(self, nlp: Language, table: dict[str, str]) -> None:
        strings = nlp.vocab.strings
        # The table by word hash, laid out in slots (_build_slots) when the pipeline is built
        # (the built pipeline is pickled with them): a Doc's words are looked up all at once in
        # NumPy, with no Python step per word or per distinct word.
        by_hash = {get_string_id(word): strings.add(lemma) for word, lemma in table.items()}
        self._words = numpy.array(sorted(by_hash), dtype=numpy.uint64)
        self._lemmas = numpy.array([by_hash[h] for h in self._words.tolist()], dtype=numpy.uint64)
        self._build_slots()

    def _build_slots(self) -> None:
        """Give every word of the table a slot of its own, by hash and displacement.

        A binary search of every token in the 40,000-word table was three quarters of the
        lemmatizer's time; one array read per token is a fraction of it. A word's slot is the top
        bits of ``(hash ^ d) * _MIX``, where ``d`` is the displacement of its bucket (the low bits
        of its hash), chosen when the table is built so that no two words share a slot: a lookup
        reads the small displacement table (64 KB, cached) and one slot, and no word is left in
        an overflow table (searching one, and testing every token's slot for it, was half of the
        lookup in a running pipeline, where the tables are out of the processor's cache).
        """
        words, lemmas = self._words.tolist(), self._lemmas.tolist()
        bits = max(4, (2 * len(words)).bit_length())  # a third to a half of the slots full
        bucket_bits = max(0, bits - 4)  # about five words a bucket
        self._shift = numpy.uint64(64 - bits)
        self._bucket_mask = numpy.uint64((1 << bucket_bits) - 1)
        buckets: dict[int, list[int]] = {}
        zero = -1
        for index, word in enumerate(words):
            if word:
                buckets.setdefault(word & ((1 << bucket_bits) - 1), []).append(index)
            else:
                zero = index  # an empty slot holds 0 (the empty string's hash, which no token is)
        slot_words = [0] * (1 << bits)
        slot_lemmas = [0] * (1 << bits)
        displacement = [0] * (1 << bucket_bits)
        shift, full = 64 - bits, (1 << 64) - 1
        # The fullest buckets first, while most slots are free; a bucket's displacement is the
        # first that puts each of its words in a free slot of its own.
        for bucket, members in sorted(buckets.items(), key=lambda item: -len(item[1])):
            d = 0
            while True:
                slots = [(((words[i] ^ d) * _MIX) & full) >> shift for i in members]
                if len(set(slots)) == len(slots) and not any(slot_words[s] for s in slots):
                    break
                d += 1
            displacement[bucket] = d
            for i, slot in zip(members, slots, strict=True):
                slot_words[slot], slot_lemmas[slot] = words[i], lemmas[i]
        self._displacement = numpy.array(displacement, dtype=numpy.uint64)
        self._slot_words = numpy.array(slot_words, dtype=numpy.uint64)
        self._slot_lemmas = numpy.array(slot_lemmas, dtype=numpy.uint64)
        self._zero_lemma = lemmas[zero] if zero >= 0 else None

    def lookup(self, lower: Any) -> Any:
        """The lemma hashes of an array of lowercase word hashes (a word not in the table is its
        own lemma): what a binary search of the whole table gives (a test compares them)."""
        mixed = lower ^ self._displacement[lower & self._bucket_mask]
        mixed *= _MIX_ARRAY  # wraps around 2**64, as the slots were computed
        slot = mixed >> self._shift
        found = self._slot_words[slot] == lower
        # Only the found words' lemmas are read: a fifth of a text's words.
        lemmas = lower.copy()
        hit = found.nonzero()[0]  # flatnonzero's wrappers cost more on short arrays
        lemmas[hit] = self._slot_lemmas[slot[hit]]
        if self._zero_lemma is not None:
            lemmas[lower == 0] = self._zero_lemma
        return lemmas

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Written back in one call: per-token attribute writes cost more than the tokenizer.
        lower = lexeme_columns(doc)[:, 0]
        lemmas = self.lookup(lower) if len(self._words) else lower
        values: Any = lemmas.reshape(-1, 1)
        doc.from_array([LEMMA], values)
        return doc


def make_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    """Build the lowercase lookup lemmatizer (table from ``keywords/``)."""
    return LookupLemmatizer(nlp, load_lemma_table())


class LineSentencizer:
    """Mark sentence starts at line breaks, bullets and sentence-final punctuation.

    Resume bullets rarely end with a full stop, so the rule-based ``sentencizer`` would glue a whole
    list into one sentence; here every line is at least its own sentence. A sentence starts at the
    first non-space token after a token holding a line break (or, with ``split_on_punct``, after
    ``.``, ``!``, ``?``).

    Setting ``token.is_sent_start`` one token at a time cost 20x the tokenizer, so the starts are
    computed with NumPy over the lexeme columns the lemmatizer read (:func:`lexeme_columns`) and
    written back in one ``Doc.from_array`` call.
    """

    def __init__(self, *, split_on_punct: bool) -> None:
        self.split_on_punct = split_on_punct
        self._newline: dict[int, bool] = {}  # space token's hash -> holds a line break
        marks = sorted(get_string_id(end) for end in _SENTENCE_END)
        self._ends = numpy.array([*marks, marks[-1]], dtype=numpy.uint64)

    def _breaks(self, doc: Doc, lower: int) -> bool:
        found = "\n" in doc.vocab.strings[lower]
        if len(self._newline) < 100_000:  # bounded: arbitrary input must not grow it forever
            self._newline[lower] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # IS_SPACE is the lexeme's text.isspace(), read for every token in one call. The tokenizer
        # cuts text at whitespace first, so only a space token can hold a line break: only
        # those few tokens are looked at one by one. LOWER stands for ORTH: lowercasing neither
        # adds nor removes a line break, and only ".", "!", "?", "…" lowercase to themselves.
        columns = lexeme_columns(doc)
        lower, space = columns[:, 0], columns[:, 1]
        # A non-space token starts a sentence when it is the first one, or when a trigger lies
        # between the last non-space token before it (included) and it. Final marks are
        # non-space tokens and line breaks are in space tokens, so a word starts a sentence when
        # the word before it is a final mark, or when a space token holding a line break lies
        # between them: that word is the first after the space token (a search of the words).
        words = (space == 0).nonzero()[0]
        starts = [words[:1]]
        if len(words) > 1 and self.split_on_punct:
            # A word is a final mark when the sorted marks' search lands on it (the marks, then
            # the last again: a word past them all lands there, unequal). Three array calls: a
            # comparison per mark (eight calls with a scalar each) cost three times as much on a
            # short Doc, numpy.isin more still.
            before = lower[words[:-1]]
            ends = self._ends
            starts.append(words[1:][ends[ends[:-1].searchsorted(before)] == before])
        spaces = space.nonzero()[0].tolist()
        if spaces and len(words):
            known = self._newline
            breaking = [
                token
                for token, o in zip(spaces, lower[spaces].tolist(), strict=True)
                if (known[o] if o in known else self._breaks(doc, o))
            ]
            if breaking:
                after = words.searchsorted(breaking)
                starts.append(words[after[after < len(words)]])
        values: Any = numpy.empty(n, dtype=numpy.uint64)
        values.fill(_NOT_START)  # numpy.full's Python wrapper costs more than the filling
        for found in starts:
            values[found] = 1
        values[0] = 1
        doc.from_array([SENT_START], values.reshape(-1, 1))
        return doc


def make_sentences(nlp: Language, name: str, *, split_on_punct: bool) -> LineSentencizer:
    """Build the line-aware sentence splitter."""
    return LineSentencizer(split_on_punct=split_on_punct)


class SkillRuler(SpanRuler):
    """spaCy's ``span_ruler``, giving the same spans for less work.

    ``SpanRuler.match`` builds a Span for every raw match, looking its label and id strings up
    in the string store each time, and only then drops duplicates; with 1,500 skill phrases that
    was a twentieth of ranking time. Here each distinct ``(start, end, label, id)`` is kept once,
    the label and id hashes are looked up once per pattern, and the token matcher is left alone
    when it has no patterns (the keyword files hold phrases only). The spans and their order
    (spaCy's own Span sort) are the same; a test compares both.

    With ``for_skill_context`` (the pipeline's rulers, which :class:`SkillContext` follows) the
    matches are only noted for the skill context, as token bounds: no Span is made for a raw
    match and the raw span group, rebuilt by each ruler and read back and deleted by the
    context, is never written (a third of the rulers' time). The skills are the same (a test
    runs the rulers both ways).
    """

    def __init__(
        self, nlp: Language, name: str = "span_ruler", *, for_skill_context: bool, **options: Any
    ) -> None:
        super().__init__(nlp, name, **options)
        # match id -> label hash, and -> id hash; a match id is the hash of its (label, id)
        # pair, so an entry never goes stale.
        self._labels: dict[int, int] = {}
        self._ids: dict[int, int] = {}
        # Noting is what set_annotations does when it only appends (no filter, no entities).
        plain = not self.overwrite and self.spans_filter is None and not self.annotate_ents
        self.for_skill_context = for_skill_context and plain and bool(self.key)

    def match_bounds(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The distinct pattern matches in ``doc`` as ``(start, end, label hash, id hash)``, in
        span order."""
        if not self._patterns:
            self._require_patterns()  # its warning
        found = self.phrase_matcher(doc)
        if len(self.matcher):
            found = [*found, *self.matcher(doc)]
        if not found:
            return []
        labels, ids = self._labels, self._ids
        try:
            # One set comprehension: a loop statement per match cost twice as much.
            distinct = {(s, e, labels[key], ids[key]) for key, s, e in found if s != e}
        except KeyError:  # a pattern's first match: its label and id strings are added once
            strings = doc.vocab.strings
            for key, _, _ in found:
                if key not in labels:
                    entry = self._match_label_id_map[key]
                    labels[key], ids[key] = strings.add(entry["label"]), strings.add(entry["id"])
            distinct = {(s, e, labels[key], ids[key]) for key, s, e in found if s != e}
        # Sorted as tuples: the same order as sorting the Spans (by start and end character,
        # label, then id: token bounds order them alike), without building two tuples of Span
        # attributes for every comparison.
        return sorted(distinct)

    def match(self, doc: Doc) -> list[Span]:
        """The pattern matches in ``doc`` as spans, without duplicates, in span order."""
        bounds = self.match_bounds(doc)
        return [Span(doc, s, e, label=lab, span_id=sid) for s, e, lab, sid in bounds]

    def __call__(self, doc: Doc) -> Doc:
        if not self.for_skill_context:
            return super().__call__(doc)
        try:
            bounds = self.match_bounds(doc)
            if bounds:  # a Doc the rulers found nothing in is noted nowhere
                key = self.spans_key
                assert key is not None  # for_skill_context needs a span group key
                _NOTED.setdefault(doc, {}).setdefault(key, []).extend(bounds)
        except Exception as exc:  # what spaCy's own __call__ does with an error
            return self.get_error_handler()(self.name, self, [doc], exc)
        return doc


# Doc -> span group -> the (start, end, label, id) matches the skill rulers noted for it, in
# order (SkillContext takes them out). Weak keys, not doc.user_data: an entry goes with its Doc
# and never reaches to_bytes.
_NOTED: weakref.WeakKeyDictionary[Doc, dict[str, list[tuple[int, int, int, int]]]] = (
    weakref.WeakKeyDictionary()
)


def make_skill_ruler(
    nlp: Language,
    name: str,
    *,
    spans_key: str | None,
    spans_filter: Callable[..., Any] | None,
    annotate_ents: bool,
    ents_filter: Callable[..., Any],
    phrase_matcher_attr: int | str | None,
    matcher_fuzzy_compare: Callable[..., Any],
    validate: bool,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
    for_skill_context: bool,
) -> SkillRuler:
    """Build a skill ruler: ``span_ruler`` with the same options (see :class:`SkillRuler`)."""
    return SkillRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=spans_filter,
        annotate_ents=annotate_ents,
        ents_filter=ents_filter,
        phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=matcher_fuzzy_compare,
        validate=validate,
        overwrite=overwrite,
        scorer=scorer,
        for_skill_context=for_skill_context,
    )


class SkillContext:
    """Resolve overlapping skill matches and ambiguous words into ``doc.spans["skills"]``, leaving
    out mentions that describe the employer (see :mod:`resume_kit.nlp.company_context`)."""

    def __init__(self, *, input_key: str, output_key: str) -> None:
        self.input_key = input_key
        self.output_key = output_key

    def __call__(self, doc: Doc) -> Doc:
        # The matches the skill rulers noted, then any span another component wrote to the group.
        bounds = _NOTED.pop(doc, {}).get(self.input_key, [])
        # A membership test first: SpanGroups.get of a missing key goes through a KeyError.
        if self.input_key in doc.spans:
            raw = doc.spans[self.input_key]
            bounds = [*bounds, *((span.start, span.end, span.label, span.id) for span in raw)]
            del doc.spans[self.input_key]
        # The longest matches are chosen, the ambiguous words and the employer's words left out,
        # on their bounds: only the skills kept become Spans (tests compare this with filtering
        # Spans).
        if not bounds:  # no skill: nothing to choose among, nor any word to read
            note_written(doc, self.output_key, [])
            return doc
        chosen = [bounds[i] for i in longest_bounds(bounds)]
        lower: list[int] = lexeme_columns(doc)[:, 0].tolist()

        def span_at(index: int) -> Span:
            start, end, label, span_id = chosen[index]
            return Span(doc, start, end, label=label, span_id=span_id)

        dropped = ambiguous_dropped(doc, chosen, lower, span_at)
        if dropped:
            chosen = [b for index, b in enumerate(chosen) if index not in dropped]
        spans = [
            Span(doc, bound[0], bound[1], label=bound[2], span_id=bound[3])
            for bound in map(chosen.__getitem__, company_kept(doc, chosen, lower))
        ]
        note_written(doc, self.output_key, spans)  # sets doc.spans[output_key]
        return doc


def make_skill_context(
    nlp: Language, name: str, *, input_key: str, output_key: str
) -> SkillContext:
    """Build the component that filters raw span_ruler matches into final skill mentions."""
    return SkillContext(input_key=input_key, output_key=output_key)


class MetricsFinder:
    """Find quantified achievements and store them in ``doc.spans[spans_key]``."""

    def __init__(self, *, spans_key: str) -> None:
        self.spans_key = spans_key
        self._find: Callable[[Doc], list[Span]] = find_metrics

    def __call__(self, doc: Doc) -> Doc:
        # The group made here, as SpanGroups would make one of the list (fewer Python steps).
        key = self.spans_key
        doc.spans[key] = SpanGroup(doc, name=key, spans=self._find(doc))
        return doc


def make_metrics(nlp: Language, name: str, *, spans_key: str) -> MetricsFinder:
    """Build the quantified-achievement finder."""
    return MetricsFinder(spans_key=spans_key)


# Set once every factory is registered: registering is needed once per process.
_registered = False


def register_factories() -> None:
    """Register resume_kit's component factories with spaCy (idempotent, cheap when repeated).

    The factory names are ``resume_kit_lemmatizer``, ``resume_kit_sentences``,
    ``resume_kit_skill_ruler``, ``resume_kit_skill_context`` and ``resume_kit_metrics``. A
    function rather than decorators run at import: importing this module has no side effect, and
    the pipeline registers the factories where it needs them (before building or unpickling).
    """
    global _registered
    if _registered:
        return
    Language.factory("resume_kit_lemmatizer", default_config={}, func=make_lemmatizer)
    Language.factory(
        "resume_kit_sentences", default_config={"split_on_punct": True}, func=make_sentences
    )
    Language.factory(
        "resume_kit_skill_ruler",
        assigns=["doc.spans"],
        default_config={
            "spans_key": "ruler",
            "spans_filter": None,
            "annotate_ents": False,
            "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            "phrase_matcher_attr": None,
            "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
            "validate": False,
            "overwrite": True,
            "scorer": {
                "@scorers": "spacy.overlapping_labeled_spans_scorer.v1",
                "spans_key": "ruler",
            },
            "for_skill_context": False,
        },
        func=make_skill_ruler,
    )
    Language.factory(
        "resume_kit_skill_context",
        default_config={"input_key": "skills_raw", "output_key": "skills"},
        func=make_skill_context,
    )
    Language.factory(
        "resume_kit_metrics", default_config={"spans_key": "metrics"}, func=make_metrics
    )
    _registered = True
