"""How strongly a posting asks for what a sentence mentions: required, preferred or mentioned."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from resume_kit.model.documents import RequirementLevel
from resume_kit.structure.wordsearch import KeyedPattern

__all__ = ["classify_mention", "classify_requirement", "sentence_level"]

_NEGATED_RE = re.compile(
    r"\b(?:not|n't|never)\s+(?:\w+\s+){0,2}?(?:required|mandatory|essential|necessary|needed|"
    r"a\s+must|a\s+requirement|a\s+prerequisite)\b|\bno\s+(?:\w+\s+){0,3}?(?:required|needed|"
    r"necessary)\b|\b(?:optional)\b",
    re.IGNORECASE,
)
_PREFERRED_RE = re.compile(
    r"\bnice[\s\-]to[\s\-]haves?\b|\b(?:a|an|big|huge|strong|definite|real)\s+(?:plus|bonus|"
    r"advantage)\b|\bare\s+(?:a\s+)?plus(?:es)?\b|\bplus(?:es)?\s*[.!)]?\s*$|^\s*plus\s*:|"
    r"\bbonus\s+(?:points|if)\b|^\s*bonus\b|\bpreferred\b|\bpreferabl[ye]\b|\bdesired\b|"
    r"\bdesirable\b|\bideally\b|\badvantageous\b|\bbeneficial\b|\bhelpful\b|\bwelcomed?\b|"
    r"\b(?:is|are|would\s+be)\s+an?\s+asset\b|\bgood\s+to\s+have\b|\bwould\s+be\s+(?:great|nice)\b"
    r"|\beven\s+better\b|\bextra\s+credit\b",
    re.IGNORECASE,
)
_REQUIRED_RE = re.compile(
    r"\bmust\b|(?<!\bas )(?<!\bwhen )(?<!\bif )(?<!\bwhere )\brequired\b|\brequirements?\b|"
    r"\bneeds?\s+to\s+have\b|\byou(?:'ll|\s+will)\s+need\b|\bessential\b|\bminimum\b|"
    r"\bmandatory\b|\bprerequisite\b|\bat\s+least\b|\bis\s+necessary\b",
    re.IGNORECASE,
)


# All three cue patterns in one pass: a negated requirement or a preference (group "pref"), or a
# requirement ("req"). A requirement word inside a negation ("not required") is part of the
# negation, so it does not count as a requirement cue too. Every alternative starts at the start
# of a word (``\b`` and a letter) or of the text (``^``): the lookahead in front says so once, so
# that the engine leaves the forty alternatives untried inside words (3.4x faster, same matches).
_CUE_RE = re.compile(
    r"(?=\b[^\W\d_]|^)"
    f"(?:(?P<pref>{_NEGATED_RE.pattern}|{_PREFERRED_RE.pattern})|(?P<req>{_REQUIRED_RE.pattern}))",
    re.IGNORECASE,
)
# The same matches, the pattern tried only where one of the strings a cue starts with is (one
# Aho-Corasick pass: "must", "requ", "a plus"'s "a " and the like, in each case), at a word's
# start or the text's (the "^" alternatives). Sentences without a cue are told by that pass
# alone, where they were lowercased and searched for twenty-five cue words: _cues over a posting
# run's sentences and lines 240 -> 62 ms (tests compare with the pattern's own finditer).
_CUES = KeyedPattern(_CUE_RE, word_start=True)


@lru_cache(maxsize=8192)
def _cues(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds a preference cue and whether it holds a requirement cue."""
    preference = required = False
    for match in _CUES.finditer(text):
        if match.lastgroup == "pref":
            preference = True
        else:
            required = True
        if preference and required:
            break
    return preference, required


# Where a sentence that mixes cues splits into clauses: list commas, semicolons, colons, dashes
# and contrast words ("PMP required, CSM preferred"; "PMP preferred but at least CAPM").
_CLAUSE_SPLIT_RE = re.compile(
    r"\s*[,;:()]\s*|\s+(?:but|while|whereas|although|though)\s+|\s+[\u2013\u2014-]\s+",
    re.IGNORECASE,
)


def classify_mention(sentence: str, start: int, section: str) -> RequirementLevel:
    """How strongly a posting asks for the skill mentioned at ``start`` in ``sentence``.

    Same as :func:`classify_requirement`, except when the sentence holds both a requirement cue
    and a preference cue: then the mention's own clause decides ("PMP required, CSM preferred"
    makes PMP required and CSM preferred). A clause without a cue takes the cue of the nearest
    clause before it (a list continues: "Must have PMP, Jira; Scrum a plus"), else after it
    ("PMP and Jira are required").

    Args:
        sentence: The sentence (or bullet) holding the mention.
        start: Character offset of the mention within ``sentence``.
        section: Canonical name of the posting section the sentence is in.

    Returns:
        ``"required"``, ``"preferred"`` or ``"mentioned"``.
    """
    clauses = _mixed_clauses(sentence)
    if not clauses:
        return classify_requirement(sentence, section)
    index = max(0, bisect_right([c[0] for c in clauses], start) - 1)
    for level in (
        [clauses[index][1]]
        + [c[1] for c in reversed(clauses[:index])]
        + [c[1] for c in clauses[index + 1 :]]
    ):
        if level is not None:
            return level
    return classify_requirement(sentence, section)  # unreachable: a mixed sentence has cues


@lru_cache(maxsize=8192)  # one look-up for the two cached ones below
def sentence_level(sentence: str, section: str) -> RequirementLevel | None:
    """What :func:`classify_mention` says of every mention in ``sentence``, or None when the
    sentence mixes cues and each mention's clause decides (then ask ``classify_mention``).

    Lets a caller classify a sentence once for all the skills it names.
    """
    if _mixed_clauses(sentence):
        return None
    return classify_requirement(sentence, section)


@lru_cache(maxsize=4096)
def _mixed_clauses(sentence: str) -> tuple[tuple[int, RequirementLevel | None], ...]:
    """The clauses of a sentence mixing both kinds of cue, as (start, level or None); else ()."""
    if _cues(sentence) != (True, True):
        return ()
    clauses: list[tuple[int, RequirementLevel | None]] = []
    begin = 0
    for match in [*_CLAUSE_SPLIT_RE.finditer(sentence), None]:
        end = match.start() if match else len(sentence)
        clause = sentence[begin:end]
        level: RequirementLevel | None = None
        preference, required = _cues(clause)
        if preference:
            level = "preferred"
        elif required:
            level = "required"
        clauses.append((begin, level))
        if match:
            begin = match.end()
    return tuple(clauses)


@lru_cache(maxsize=4096)  # the same sentence is asked about once per skill in it
def classify_requirement(sentence: str, section: str) -> RequirementLevel:
    """How strongly a posting asks for something mentioned in ``sentence``.

    Rule, first match wins:

    1. A negated requirement ("not required", "no ... needed", "optional") -> ``preferred``.
    2. A preference cue ("nice to have", "a plus", "bonus points", "preferred", "desired",
       "ideally", "advantage", "an asset", "beneficial") -> ``preferred``. Preference is checked
       before requirement because a sentence holding both ("PMP preferred but at least CAPM")
       is softer than a plain requirement, and "plus"/"bonus" only count as cues in their
       idiomatic forms ("is a plus", "bonus points", not "annual bonus").
    3. A requirement cue ("must", "required" - but not "as required" -, "requirement",
       "need to have", "essential", "minimum", "mandatory", "at least") -> ``required``.
    4. Otherwise by section: ``requirements`` -> ``required``, ``preferred`` -> ``preferred``,
       anything else (responsibilities, about, header, benefits) -> ``mentioned``.

    Args:
        sentence: The sentence (or bullet) holding the mention.
        section: Canonical name of the posting section the sentence is in.

    Returns:
        ``"required"``, ``"preferred"`` or ``"mentioned"``.
    """
    preference, required = _cues(sentence)
    if preference:
        return "preferred"
    if required:
        return "required"
    if section == "requirements":
        return "required"
    if section == "preferred":
        return "preferred"
    return "mentioned"
