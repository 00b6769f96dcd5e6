"""Text similarity: how much of the posting's wording the resume shares, rare words weighing most.

The skill taxonomy knows a few thousand skills; a posting's other words ("payroll", "claims",
"firmware", "underwriting") still say what the job is. Both texts become TF-IDF vectors over
lemmas (sublinear term frequency, so a word said ten times is not ten times the evidence) plus the
ids of the skills found in them; the component is their cosine, scaled so that the cosine of a
close match (``SIMILARITY_FULL``) scores 1.

The inverse document frequencies come from ``keywords/term_df.tsv`` (built by
``scripts/build_match_data.py`` from the O*NET 29.2 occupations: one document per occupation),
not from the documents being ranked, so a pair scores the same whatever else is ranked with it.
Words in more than ``COMMON_SHARE`` of the occupations ("work", "use", "perform"), a short list
of resume and posting boilerplate, and words in fewer than two occupations (names, places, typos;
a skill the taxonomy knows still counts by its id) carry no weight. Vectors are sparse (term ->
weight); a resume's is built once per text and reused across the postings it is ranked against.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from resume_kit import resources
from resume_kit.errors import DataFileError
from resume_kit.scoring.tunables import (
    COMMON_SHARE,
    OVERLAP_SHOWN,
    SIMILARITY_FULL,
    SKILL_TERM_DF,
)
from resume_kit.scoring.weighting import Scored

TERM_DF_FILE = "term_df.tsv"
LEMMA_TABLE = "en_lemma_lookup.json.gz"  # the table the extraction pipeline lemmatizes with
_WORD = re.compile(r"[a-z][a-z0-9+#]*")
_TAG = re.compile(r"<[^>]{0,200}>")
_SKILL = "skill:"
_SHORT_WORD = 3  # as scripts/build_match_data.py: words this short are not lemmatised

# Words of every resume or posting (and of HTML left in a text) that say nothing about the job;
# English function words are gone already by COMMON_SHARE or by being short.
_BOILERPLATE = frozenset(
    str.split(
        """
    a an and are as at be by for from has have in is it of on or that the their this to was were
    will with you your our we us they he she his her its not no but if so than then there these
    those which who whom what when where while into onto over under about after before during
    experience experienced year years month months skill skills ability able strong excellent
    good great work working team teams job position role candidate candidates company
    opportunity opportunities responsibility responsibilities requirement requirements
    required preferred plus must should would could may can including include includes
    knowledge understanding etc new well also other all any each per within across using use
    used span class hl nbsp amp http https www com email phone city state name summary
    professional highlights employer equal applicant applicants apply status senior junior
    lead week weekly day daily hour time example
    """
    )
)


class TermStats(NamedTuple):
    """Document frequencies of the IDF corpus."""

    documents: int
    df: dict[str, int]


class Overlap(NamedTuple):
    """The text-similarity result: the cosine and the terms that made most of it."""

    cosine: float
    terms: list[str]


def parse_term_df(lines: Iterable[str], source: str) -> TermStats:
    """Parse and validate ``term_df.tsv`` ('documents<TAB>N' then 'term<TAB>count' lines).

    Raises:
        DataFileError: A line does not parse or a count is out of range; the message names the
            file and the line.
    """
    documents: int | None = None
    df: dict[str, int] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        count = parts[1] if len(parts) == 2 else ""
        if not count.isdigit() or not _WORD.fullmatch(parts[0]):
            raise DataFileError(
                f"line {number}: expected 'term<TAB>count' (lowercase term, whole number), "
                f"got '{line[:60]}'",
                path=source,
            )
        if parts[0] == "documents" and documents is None:
            documents = int(count)
        elif documents is None:
            raise DataFileError(
                f"line {number}: the first line must be 'documents<TAB>N'", path=source
            )
        elif not 1 <= int(count) <= documents:
            raise DataFileError(
                f"line {number}: count {count} of '{parts[0]}' is outside 1-{documents}",
                path=source,
            )
        else:
            df[parts[0]] = int(count)
    if not documents:
        raise DataFileError("no 'documents<TAB>N' line; add one", path=source)
    return TermStats(documents, df)


@functools.cache
def load_term_df() -> TermStats:
    """The shipped document frequencies (cached)."""
    return parse_term_df(resources.read_keywords_lines(TERM_DF_FILE), TERM_DF_FILE)


@functools.cache
def _idf() -> tuple[dict[str, float], float]:
    """IDF by term (common words dropped) and the IDF of the rarest terms (in two occupations)."""
    stats = load_term_df()
    n = stats.documents
    idf = {
        term: math.log((n + 1) / (count + 1)) + 1.0
        for term, count in stats.df.items()
        if count <= COMMON_SHARE * n and term not in _BOILERPLATE
    }
    return idf, math.log((n + 1) / 3) + 1.0


@functools.cache
def _lemma_table() -> dict[str, str]:
    """The shipped lemma table (read here, not through ``nlp``: scoring must not import spaCy)."""
    try:
        with resources.keywords_file(LEMMA_TABLE).open("rb") as raw, gzip.open(raw, "rt") as fh:
            table: dict[str, str] = json.load(fh)
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read the lemma table: {exc}", path=LEMMA_TABLE) from None
    return table


@functools.cache
def _surface_terms() -> dict[str, tuple[str, float]]:
    """Word as written -> (its lemma, the lemma's IDF), for every word that carries weight.

    One lookup per distinct word of a text instead of a lemma lookup, a boilerplate check and an
    IDF lookup: this is the hot loop when ranking thousands of postings.
    """
    lemmas = _lemma_table()
    idf, _ = _idf()
    surface = {term: (term, weight) for term, weight in idf.items() if len(term) > 1}
    for word, lemma in lemmas.items():
        # Short words are acronyms more often than plurals ("AWS" is no plural of "aw").
        if len(word) > _SHORT_WORD and word not in _BOILERPLATE:
            weight = idf.get(lemma)
            if weight is not None:
                surface[word] = (lemma, weight)
            elif word in surface:
                del surface[word]  # the word is a form of a lemma that carries no weight
    return surface


def load_similarity_tables() -> None:
    """Load the IDF and lemma tables every :func:`term_vector` uses (cached per process).

    ``rank --jobs N`` calls it before its workers fork, so that the tables (some 20 MB of dicts)
    are built once and their pages shared, not built again in every worker.
    """
    _surface_terms()


@functools.lru_cache(maxsize=512)
def term_vector(text: str, skill_ids: tuple[str, ...] = ()) -> dict[str, float]:
    """The unit-length TF-IDF vector of a text and the ids of the skills found in it.

    Cached by text: ranking reuses the fixed document's vector for every other one.
    """
    surface = _surface_terms()
    if "<" in text:
        text = _TAG.sub(" ", text)
    counts: dict[str, int] = {}
    weights: dict[str, float] = {}
    for word, count in Counter(_WORD.findall(text.casefold())).items():
        hit = surface.get(word)
        if hit is not None:
            counts[hit[0]] = counts.get(hit[0], 0) + count
            weights[hit[0]] = hit[1]
    vector = {term: (1.0 + math.log(count)) * weights[term] for term, count in counts.items()}
    skill_idf = math.log((load_term_df().documents + 1) / (SKILL_TERM_DF + 1)) + 1.0
    for skill in set(skill_ids):
        vector[_SKILL + skill] = skill_idf
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {term: v / norm for term, v in vector.items()} if norm else {}


def without_headings(text: str, headings: Sequence[tuple[int, str]]) -> str:
    """The text with its section headings cut out: "Work History" or "EXPERIENCE" is layout,
    not content, and a resume converted to another format keeps its words but not its headings.

    Args:
        text: The document's text.
        headings: ``(offset, heading)`` of each section that has one.
    """
    parts: list[str] = []
    at = 0
    for start, heading in sorted(headings):
        if heading and start >= at and text.startswith(heading, start):
            parts.append(text[at:start])
            at = start + len(heading)
    parts.append(text[at:])
    return " ".join(parts)


def compare_texts(
    resume_text: str,
    posting_text: str,
    resume_skills: Sequence[str] = (),
    posting_skills: Sequence[str] = (),
) -> Overlap:
    """Cosine of the two texts' vectors and the shared terms that weigh most in it.

    Args:
        resume_text: The resume's text.
        posting_text: The posting's text.
        resume_skills: Ids of the skills found in the resume.
        posting_skills: Ids of the skills found in the posting.

    Returns:
        The cosine (0-1) and up to ``OVERLAP_SHOWN`` shared terms, heaviest first (skill ids
        as ``skill:<id>``; ties alphabetically).
    """
    mine = term_vector(resume_text, tuple(sorted(set(resume_skills))))
    theirs = term_vector(posting_text, tuple(sorted(set(posting_skills))))
    small, large = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    shared = {term: v * large[term] for term, v in small.items() if term in large}
    top = sorted(shared, key=lambda term: (-shared[term], term))[:OVERLAP_SHOWN]
    return Overlap(min(1.0, sum(shared.values())), top)


def measure_similarity(overlap: Overlap, name_of: Callable[[str], str]) -> Scored:
    """The component: the cosine scaled so that ``SIMILARITY_FULL`` scores 1, explained.

    Args:
        overlap: From :func:`compare_texts`.
        name_of: Display name of a skill id, for the shared skills among the terms.
    """
    value = min(1.0, overlap.cosine / SIMILARITY_FULL)
    shown = ", ".join(shared_terms(overlap, name_of)) or "none"
    return Scored(
        value,
        f"The two texts' wording overlaps with a cosine of {overlap.cosine:.2f} "
        f"({SIMILARITY_FULL:.2f} or more scores 100%; rare words weigh most); shared words that "
        f"weigh most: {shown}.",
    )


def shared_terms(overlap: Overlap, name_of: Callable[[str], str]) -> list[str]:
    """The shared terms for display: skill ids by their names, duplicates dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for term in overlap.terms:
        shown = name_of(term.removeprefix(_SKILL)) if term.startswith(_SKILL) else term
        if shown.casefold() not in seen:
            seen.add(shown.casefold())
            out.append(shown)
    return out
