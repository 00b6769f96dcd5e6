"""From a processed spaCy Doc to skills and metrics on the Resume / Posting models.

This is the hop ``spaCy Doc -> skills + metrics``: it reads ``doc.spans["skills"]`` and
``doc.spans["metrics"]`` (set by the pipeline in :mod:`resume_kit.nlp.pipeline`) and returns a
copy of the document model with ``skills`` and ``metrics`` filled in, and for a posting the level
at which each skill is asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from resume_kit.model.base import copied_with, trusted_maker
from resume_kit.model.documents import (
    Mention,
    Metric,
    Posting,
    Requirement,
    RequirementLevel,
    Resume,
    SkillHit,
    section_finder,
)
from resume_kit.nlp.doc_text import sentence_starts, skill_spans
from resume_kit.nlp.metrics import find_action_verb, metric_fits_section, normalise_metric
from resume_kit.read.limits import check_time
from resume_kit.structure.requirements import classify_mention, sentence_level

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from resume_kit.nlp.taxonomy import SkillMeta

__all__ = [
    "SENTENCE_WINDOW",
    "enrich_document",
    "extract_metrics",
    "extract_requirements",
    "extract_skills",
]

D = TypeVar("D", bound=Resume | Posting)

_LEVEL_RANK: dict[RequirementLevel, int] = {"required": 2, "preferred": 1, "mentioned": 0}


class _Sentences(NamedTuple):
    """The Doc's sentences as parallel lists: first token, end token, first and end character."""

    starts: list[int]
    ends: list[int]
    start_chars: list[int]
    end_chars: list[int]

    def at(self, token: int) -> int:
        """Index of the sentence holding token ``token``."""
        return bisect_right(self.starts, token) - 1


def _sentences(doc: Doc) -> _Sentences:
    """The sentences of ``doc`` as ``doc.sents`` gives them, computed once per Doc.

    Built from the SENT_START array and the bound tokens only: ``doc.sents`` makes a Span per
    sentence, and each Span looks up its tokens one by one (a tenth of extraction).
    ``span.sent`` is worse: it walks the Doc each time it is asked.
    """
    if not len(doc):
        return _Sentences([], [], [], [])
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        # A trained pipeline's own sentence hook, or no boundaries (doc.sents raises as it should)
        spans = list(doc.sents)
        return _Sentences(
            [s.start for s in spans],
            [s.end for s in spans],
            [s.start_char for s in spans],
            [s.end_char for s in spans],
        )
    # As Doc.sents: the first token always starts a sentence, later ones when SENT_START is 1
    # (as the skill context read them, when it has just read this Doc's).
    starts = sentence_starts(doc)
    ends = [*starts[1:], len(doc)]
    # Only the tokens at the bounds are looked up: one array per attribute cost more.
    last_tokens = [doc[end - 1] for end in ends]
    return _Sentences(
        starts,
        ends,
        [doc[start].idx for start in starts],
        [token.idx + len(token) for token in last_tokens],
    )


def extract_skills(
    doc: Doc,
    document: Resume | Posting,
    meta: Mapping[str, SkillMeta],
    *,
    sentences: _Sentences | None = None,
) -> list[SkillHit]:
    """Group the skill mentions in ``doc`` by canonical skill.

    Args:
        doc: The processed Doc of ``document.text``.
        document: The Resume or Posting the Doc was made from (for section names).
        meta: Skill metadata by id (display name and category).
        sentences: The Doc's sentences when the caller has them already.

    Returns:
        One SkillHit per canonical skill, in order of first mention.
    """
    sentences = _sentences(doc) if sentences is None else sentences
    # Built unvalidated (model.base.trusted): every value is a str or an int of the Doc, a
    # section name of the validated document, or a validated SkillMeta's; validating tens of
    # thousands of mentions a batch was a third of extraction.
    hits = []
    make = trusted_maker(SkillHit)
    for sid, mentions in _mentions(doc, document, meta, sentences).items():
        info = meta[sid]
        hits.append(
            make({"id": sid, "name": info.name, "category": info.category, "mentions": mentions})
        )
    return hits


def _mentions(
    doc: Doc, document: Resume | Posting, meta: Mapping[str, SkillMeta], sentences: _Sentences
) -> dict[str, list[Mention]]:
    """The mentions of each skill of ``meta`` in ``doc``, by skill id in order of first mention."""
    hits: dict[str, list[Mention]] = {}
    # The Doc was made from the document's text, so a span's text is a slice of it (Span.text
    # joins its tokens one by one).
    text = document.text
    sections = document.sections
    # The section holding each span, by stepping on as for the sentences when the sections are
    # in text order without overlap (what the parsers make; section_finder's bisection else,
    # made when first needed: most documents never need it).
    ordered = all(a.start <= a.end <= b.start for a, b in pairwise(sections))
    section_of: Callable[[int], str] | None = None
    section_starts = [section.start for section in sections] if ordered else []
    section_ends = [section.end for section in sections]
    section_names = [section.name for section in sections]
    last_section = len(section_starts) - 1
    here = -1  # the last section starting at or before the span (-1: none)
    starts, start_chars, end_chars = sentences.starts, sentences.start_chars, sentences.end_chars
    last = len(starts) - 1
    at = 0
    make = trusted_maker(Mention)
    # Skill ids by the hash a span holds (a skill is mentioned twice on average): span.id_ makes
    # the string again from the vocabulary each time. None: a skill ``meta`` does not know.
    known: dict[int, str | None] = {}
    previous = 0  # the last span's first character
    for count, span in enumerate(skill_spans(doc)):
        if not count & 1023:
            check_time()  # the time budget, where no alarm can interrupt (off the main thread)
        key = span.id
        if key in known:
            skill_id = known[key]
        else:
            skill_id = known[key] = span.id_ if span.id_ in meta else None
        if skill_id is None:
            continue
        # The sentence holding the span (sentences.at): the spans come in document order, so
        # it is found by stepping on from the last one; by bisection for a span before it.
        token = span.start
        if token < starts[at]:
            at = sentences.at(token)
        else:
            while at < last and starts[at + 1] <= token:
                at += 1
        start = span.start_char
        if not ordered or start < previous:
            if section_of is None:
                section_of = section_finder(sections)
            section = section_of(start)
        else:
            while here < last_section and section_starts[here + 1] <= start:
                here += 1
            section = section_names[here] if here >= 0 and start < section_ends[here] else "other"
        previous = start
        end = span.end_char
        mention = make(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "section": section,
                "sentence_start": start_chars[at],
                "sentence_end": end_chars[at],
            }
        )
        found = hits.get(skill_id)
        if found is None:
            hits[skill_id] = [mention]
        else:
            found.append(mention)
    return hits


SENTENCE_WINDOW = 1_000
"""A metric's ``sentence`` is at most this many characters of its sentence, around the metric.

Real sentences and bullets are far shorter; a posting pasted as one long line is one "sentence",
and copying it whole into each of its metrics made output grow with metrics x line length
(a 1 MB line full of numbers took 24 GB)."""


def _window(text: str, sent_start: int, sent_end: int, span: Span) -> tuple[int, int]:
    """Character bounds of at most SENTENCE_WINDOW characters of the sentence at
    ``sent_start:sent_end`` around ``span``, cut at spaces."""
    half = (SENTENCE_WINDOW - (span.end_char - span.start_char)) // 2
    start = max(sent_start, span.start_char - max(half, 0))
    end = min(sent_end, max(span.end_char, start + SENTENCE_WINDOW))
    start = max(sent_start, min(start, end - SENTENCE_WINDOW))
    if start > sent_start:
        space = text.find(" ", start, span.start_char)
        start = space + 1 if space != -1 else start
    if end < sent_end:
        space = text.rfind(" ", span.end_char, end)
        end = space if space != -1 else end
    return start, end


def extract_metrics(
    doc: Doc, document: Resume | Posting, *, sentences: _Sentences | None = None
) -> list[Metric]:
    """Describe each quantified achievement in ``doc``.

    Args:
        doc: The processed Doc of ``document.text``.
        document: The Resume or Posting the Doc was made from (for section names).
        sentences: The Doc's sentences when the caller has them already.

    Returns:
        The metrics in text order, each with its sentence, section, action verb and the skills named
        in the same sentence.
    """
    found = doc.spans.get("metrics")
    if not found:
        return []
    # In order of start, so the skills of a sentence are found by bisection, not by a scan of
    # every skill for every sentence.
    skills = sorted((s.start, s.end, s.id_) for s in skill_spans(doc))
    skill_starts = [start for start, _, _ in skills]
    section_of = section_finder(document.sections)
    metrics: list[Metric] = []
    # Sentence facts are computed once per sentence: per metric (span.sent, sent.text) they cost
    # the sentence's length each time, minutes for one long line full of numbers.
    sentences = _sentences(doc) if sentences is None else sentences
    described: dict[int, tuple[str, str | None, list[str]]] = {}
    text = document.text  # the Doc was made from it: same offsets
    make = trusted_maker(Metric)
    for count, span in enumerate(found):
        if not count & 1023:
            check_time()
        value = normalise_metric(span)
        at = sentences.at(span.start)  # the sentence holding its start
        first, last = sentences.starts[at], sentences.ends[at]
        sentence_start, sentence_end = sentences.start_chars[at], sentences.end_chars[at]
        if first not in described:
            described[first] = (
                text[sentence_start:sentence_end].strip(),
                find_action_verb(doc[first:last]),
                _skills_within(skills, skill_starts, first, last),
            )
        sentence_text, verb, skills_here = described[first]
        section = section_of(span.start_char)
        if not metric_fits_section(value, section, verb):
            continue  # a mark or a study period in the education section
        if sentence_end - sentence_start > SENTENCE_WINDOW:
            sentence_start, sentence_end = _window(text, sentence_start, sentence_end, span)
            sentence_text = text[sentence_start:sentence_end].strip()
        # Unvalidated (model.base.trusted): the numbers as validation makes them (floats), the
        # rest strs and ints of the text and the Doc, a list of its own for each metric.
        metrics.append(
            make(
                {
                    "text": text[span.start_char : span.end_char],
                    "value": float(value.value),
                    "unit": value.unit,
                    "kind": value.kind,
                    "baseline": _float(value.baseline),
                    "high": _float(value.upper),
                    "direction": value.direction,
                    "out_of": _float(value.out_of),
                    "start": span.start_char,
                    "end": span.end_char,
                    "sentence": sentence_text,
                    "sentence_start": sentence_start,
                    "sentence_end": sentence_end,
                    "section": section,
                    "verb": verb,
                    "skills": list(skills_here),
                }
            )
        )
    return metrics


def _float(value: float | None) -> float | None:
    """``value`` as a float field's validation makes it (None stays None)."""
    return None if value is None else float(value)


def _skills_within(
    spans: list[tuple[int, int, str]], starts: list[int], first: int, last: int
) -> list[str]:
    """Ids of the skill spans (sorted by start) lying within tokens ``first:last``, sorted."""
    lo = bisect_left(starts, first)
    hi = bisect_left(starts, last, lo=lo)
    return sorted({sid for _, end, sid in spans[lo:hi] if end <= last})


def extract_requirements(posting: Posting, skills: list[SkillHit]) -> list[Requirement]:
    """Decide for each skill in a posting whether it is required, preferred or only mentioned.

    A skill takes the strongest level of any of its mentions; each mention's level comes from its
    sentence's (or, when the sentence mixes cues, its clause's) cue words and its section (see
    :func:`resume_kit.structure.requirements.classify_mention`).

    Args:
        posting: The posting (its text, sections and title).
        skills: The skills found in it.

    Returns:
        One Requirement per skill, strongest first, then by number of mentions, then by id.
    """
    title_span = _title_span(posting)
    text = posting.text
    # A sentence's level for all the skills it names, found once: (start, end, section) ->
    # the level, or None when the sentence mixes cues and each mention's clause decides.
    levels: dict[tuple[int, int, str], RequirementLevel | None] = {}
    rows: list[tuple[int, int, str, int, RequirementLevel, bool]] = []
    for hit in skills:
        level: RequirementLevel = "mentioned"
        in_title = False
        for m in hit.mentions:
            if title_span and title_span[0] <= m.start < title_span[1]:
                in_title = True
            if level == "required":
                if title_span is None:
                    break  # already the strongest, and no title to be in
                continue  # only in_title can still change
            key = (m.sentence_start, m.sentence_end, m.section)
            if key in levels:
                found = levels[key]
            else:
                found = levels[key] = sentence_level(text[key[0] : key[1]], m.section)
            if found is None:
                sentence = text[m.sentence_start : m.sentence_end]
                found = classify_mention(sentence, m.start - m.sentence_start, m.section)
            if _LEVEL_RANK[found] > _LEVEL_RANK[level]:
                level = found
        count = len(hit.mentions)
        # Sorted as rows (the index keeps the order of equal keys, as a stable sort does).
        rows.append((-_LEVEL_RANK[level], -count, hit.id, len(rows), level, in_title))
    rows.sort()
    # Unvalidated (model.base.trusted): a validated hit's id and count, a level of ours.
    make = trusted_maker(Requirement)
    return [
        make({"id": sid, "level": level, "count": -count, "in_title": in_title})
        for _, count, sid, _, level, in_title in rows
    ]


def _title_span(posting: Posting) -> tuple[int, int] | None:
    if not posting.title:
        return None
    start = posting.text.find(posting.title)
    return None if start < 0 else (start, start + len(posting.title))


def enrich_document(doc: Doc, document: D, meta: Mapping[str, SkillMeta]) -> D:
    """Return a copy of ``document`` with skills, metrics (and, for postings, requirements) filled.

    Args:
        doc: The processed Doc of ``document.text``.
        document: The Resume or Posting.
        meta: Skill metadata by id.

    Returns:
        The enriched copy.
    """
    sentences = _sentences(doc)
    skills = extract_skills(doc, document, meta, sentences=sentences)
    metrics = extract_metrics(doc, document, sentences=sentences)
    if isinstance(document, Posting):
        requirements = extract_requirements(document, skills)
        certs = [hit.id for hit in skills if hit.category == "certification"]
        return copied_with(
            document,
            {
                "skills": skills,
                "metrics": metrics,
                "requirements": requirements,
                "certifications_asked": certs,
            },
        )
    return copied_with(document, {"skills": skills, "metrics": metrics})
