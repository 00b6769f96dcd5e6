"""Is a posting's work information technology? The line of work a generic title leaves open.

"Project Manager", "Program Manager" or "Project Coordinator" name the same job title in a
software house and on a building site: IT project management (O*NET 15-1299.09, the
project-delivery family of ``occupations.tsv``) and general project management (13-1082, a
family of its own here). What tells them apart is what the posting is about:

* the words around the job head in the title ("Technical Program Manager", "Digital Project
  Manager", "Construction Project Manager");
* else the posting's body: how densely it names information technology (the skills the taxonomy
  files as technical, IT methods and IT fields, words such as "software", "SDLC", "cloud")
  against how densely it names other lines of work ("construction", "HVAC", "clinical",
  "manufacturing", "subcontractors"). Densities, per 100 words, not counts: a long posting names
  more of everything, and a short IT one still says "software" once.

The result is the share of the title read as IT work (:func:`it_share`); None when the posting
says nothing either way. The words and skills are data, ``keywords/work_domain.tsv``, validated
strictly when loaded (:func:`parse_work_domain`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from resume_kit import resources
from resume_kit.errors import DataFileError
from resume_kit.model.documents import SkillHit
from resume_kit.nlp.company_headings import company_regions
from resume_kit.nlp.taxonomy import load_skill_meta

WORK_DOMAIN_FILE = "work_domain.tsv"
_KINDS = ("it", "other", "it-skill", "not-it-skill")
# An entry: lowercase words as the text is split into (letters, digits, "+", "#", inner hyphens),
# one space between words.
_ENTRY = re.compile(r"[a-z0-9+#]+(?:-[a-z0-9]+)*(?: [a-z0-9+#]+(?:-[a-z0-9]+)*)*")
_SKILL_ID = re.compile(r"[a-z0-9+#]+(?:-[a-z0-9+#]+)*")


@dataclass(frozen=True)
class WorkDomainWords:
    """The words and skills that tell IT work from other work (``keywords/work_domain.tsv``).

    Attributes:
        it_words: Single words naming IT ("software", "devops").
        it_phrases: Phrases of several words naming IT ("information technology").
        other_words: Single words naming other work ("construction", "clinical").
        other_phrases: Phrases naming other work ("supply chain").
        it_skills: Skill ids that are IT whatever their category (methods and fields).
        not_it_skills: Technical skills and tools that are no sign of IT (office, drawing).
    """

    it_words: frozenset[str]
    it_phrases: tuple[str, ...]
    other_words: frozenset[str]
    other_phrases: tuple[str, ...]
    it_skills: frozenset[str]
    not_it_skills: frozenset[str]


def parse_work_domain(
    lines: Iterable[str], source: str, skill_ids: Collection[str] | None = None
) -> WorkDomainWords:
    """Parse and validate the lines of ``work_domain.tsv``.

    Args:
        lines: The file's lines.
        source: The file's name, for messages.
        skill_ids: The known skill ids (the taxonomy's); None: skill ids are not checked.

    Returns:
        The words and skills.

    Raises:
        DataFileError: A line has an unknown kind, a malformed entry, an unknown skill id, or
            repeats an entry; the message names the file and the line.
    """
    entries: dict[str, dict[str, int]] = {kind: {} for kind in _KINDS}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or fields[0] not in _KINDS:
            raise DataFileError(
                f"line {number}: cannot read '{line[:60]}'; expected one of "
                f"{', '.join(_KINDS)}, a tab and a word, phrase or skill id",
                path=source,
            )
        kind, entry = fields
        skill = kind.endswith("skill")
        if not (_SKILL_ID if skill else _ENTRY).fullmatch(entry):
            shape = (
                "a lowercase kebab-case skill id" if skill else "lowercase words split by one space"
            )
            raise DataFileError(f"line {number}: '{entry}' must be {shape}", path=source)
        if skill and skill_ids is not None and entry not in skill_ids:
            raise DataFileError(
                f"line {number}: unknown skill id '{entry}'; see keywords/skills_meta.jsonl",
                path=source,
            )
        clash = [
            k for k in _KINDS if entry in entries[k] and (k == kind or k.endswith("skill") == skill)
        ]
        if clash:
            raise DataFileError(
                f"line {number}: '{entry}' is already listed as {clash[0]} on line "
                f"{entries[clash[0]][entry]}",
                path=source,
            )
        entries[kind][entry] = number
    return WorkDomainWords(
        it_words=frozenset(e for e in entries["it"] if " " not in e),
        it_phrases=tuple(e for e in entries["it"] if " " in e),
        other_words=frozenset(e for e in entries["other"] if " " not in e),
        other_phrases=tuple(e for e in entries["other"] if " " in e),
        it_skills=frozenset(entries["it-skill"]),
        not_it_skills=frozenset(entries["not-it-skill"]),
    )


@functools.cache
def load_work_domain() -> WorkDomainWords:
    """The shipped word lists (cached), skill ids checked against the taxonomy."""
    return parse_work_domain(
        resources.read_keywords_lines(WORK_DOMAIN_FILE), WORK_DOMAIN_FILE, load_skill_meta()
    )


_WORD = re.compile(r"[a-z0-9+#]+(?:-[a-z0-9]+)*")
# "IT" in capitals ("it" is a pronoun) before a word that is not all capitals ("IT IS" shouts).
_IT_CAPITALS = re.compile(r"\bIT\b(?=\W+[A-Za-z]*[a-z])")
# How sharply the share moves with the margin: one IT mention per 100 words more than mentions
# of other work reads 88% IT, two 98%.
_SLOPE = 2.0
_PER = 100  # densities are per 100 words


class Evidence(NamedTuple):
    """What a text says of its line of work: IT and other mentions, and its length in words."""

    it: int
    other: int
    words: int


def is_it_skill(hit: SkillHit) -> bool:
    """Whether a recognised skill is information technology (a technical skill, an IT method or
    field, a tool that is no office or drawing tool)."""
    words = load_work_domain()
    if hit.id in words.not_it_skills:
        return False
    return hit.category in ("technical", "tool") or hit.id in words.it_skills


def text_evidence(text: str, skills: Iterable[SkillHit] = ()) -> Evidence:
    """The IT and other-work mentions of ``text``, and its recognised IT skills (each once).

    Args:
        text: A posting's text (or a title's words).
        skills: The skills recognised in it.

    Returns:
        The counts and the number of words.
    """
    said = _word_evidence(text)
    it_skills = len({hit.id for hit in skills if is_it_skill(hit)})
    return said._replace(it=said.it + it_skills)


@functools.lru_cache(maxsize=256)
def _word_evidence(text: str) -> Evidence:
    """:func:`text_evidence` of the words alone (cached: ranking many resumes against one
    posting asks again for each)."""
    lists = load_work_domain()
    words = _WORD.findall(text.casefold())
    counts = Counter(words)  # counted in C: a long posting costs little
    it = sum(counts[word] for word in lists.it_words & counts.keys())
    other = sum(counts[word] for word in lists.other_words & counts.keys())
    joined = f" {' '.join(words)} "
    it += sum(joined.count(f" {pair} ") for pair in lists.it_phrases)
    other += sum(joined.count(f" {pair} ") for pair in lists.other_phrases)
    return Evidence(it + len(_IT_CAPITALS.findall(text)), other, len(words))


@functools.lru_cache(maxsize=256)
def job_text(text: str) -> str:
    """A posting's text without its paragraphs about the employer ("About us", "Company
    profile": :func:`~resume_kit.nlp.company_headings.company_regions`).

    An IT staffing agency or consultancy describes itself in IT words whatever job it fills: a
    building project's coordinator posted by "an engineering and information technology company"
    is still building work. The job's own words tell its line of work. (Cached: ranking many
    resumes against one posting asks again for each.)
    """
    regions = company_regions(text)
    if not regions:
        return text
    kept: list[str] = []
    start = 0
    for begin, end in regions:
        kept.append(text[start:begin])
        start = max(start, end)
    kept.append(text[start:])
    return "\n".join(kept)


def title_says(words: str) -> float | None:
    """What a title's own qualifiers say: 1.0 IT ("Technical", "Software", "IT"), 0.0 other work
    ("Construction", "Clinical"), None neither. IT wins when both are named ("Healthcare IT")."""
    said = text_evidence(words)
    if said.it:
        return 1.0
    return 0.0 if said.other else None


def it_share(evidence: Evidence) -> float | None:
    """The share of a generic title read as IT work, from the body's densities.

    Args:
        evidence: :func:`text_evidence` of the posting.

    Returns:
        0-1 (0.5 when IT and other work are named as densely), or None when neither is named.
    """
    if evidence.it + evidence.other == 0 or evidence.words == 0:
        return None
    margin = (evidence.it - evidence.other) * _PER / evidence.words
    return 1.0 / (1.0 + math.exp(-_SLOPE * margin))
