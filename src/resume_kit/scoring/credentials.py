"""Credentials: the certifications and the degree the posting asks for, against the resume's."""

from __future__ import annotations

import re

from resume_kit.model.documents import Posting, Resume
from resume_kit.model.report import CredentialSummary
from resume_kit.scoring.weighting import Scored

_DEGREE_RANK = {"doctorate": 5, "master": 4, "bachelor": 3, "associate": 2, "diploma": 1}


def _norm_name(text: str) -> str:
    return re.sub(r"[^a-z0-9+]+", "", text.casefold())


def _certifications_asked(posting: Posting) -> dict[str, str]:
    """Normalised key -> display name of each certification the posting asks for.

    Recognised certification skills the posting asks for, plus the posting's certification list
    (names not matched to a skill are kept as written).
    """
    posting_hits = {hit.id: hit for hit in posting.skills}
    asked: dict[str, str] = {}  # normalised key -> display name
    requested = {r.id for r in posting.requirements}
    for hit in posting.skills:
        if hit.category == "certification" and hit.id in requested:
            asked[_norm_name(hit.id)] = hit.name
    for written in posting.certifications_asked:
        key = _norm_name(written)
        match = next(
            (
                hit
                for hit in sorted(posting_hits.values(), key=lambda h: h.id)
                if key in {_norm_name(hit.id), _norm_name(hit.name)}
                or any(_norm_name(m.text) == key for m in hit.mentions)
            ),
            None,
        )
        if match is not None:
            asked.setdefault(_norm_name(match.id), match.name)
        elif key:
            asked.setdefault(key, written.strip())
    return asked


def _certifications_held(resume: Resume) -> tuple[set[str], dict[str, str]]:
    """Normalised keys of the certifications the resume shows, and their display names."""
    held_keys: set[str] = set()
    held_names: dict[str, str] = {}
    for hit in resume.skills:
        if hit.category == "certification":
            held_keys.update({_norm_name(hit.id), _norm_name(hit.name)})
            held_names[_norm_name(hit.id)] = hit.name
    for cert in resume.certifications:
        held_keys.add(_norm_name(cert.name))
        held_names.setdefault(_norm_name(cert.name), cert.name)
    return held_keys, held_names


def _degree_held(resume: Resume) -> tuple[int, str | None]:
    """The rank and level of the highest degree the resume lists (0, None: none)."""
    held_rank = 0
    held_level: str | None = None
    for education in resume.education:
        # The level structure read from the degree's name (degree_level, the one table of
        # degree names): "MS Office Specialist" is no master's degree.
        level = education.level if education.level in _DEGREE_RANK else None
        if level is not None and _DEGREE_RANK[level] > held_rank:
            held_rank, held_level = _DEGREE_RANK[level], level
    return held_rank, held_level


def assess_credentials(
    resume: Resume, posting: Posting, degree_fields: list[str]
) -> tuple[CredentialSummary, Scored]:
    """Certifications and degree asked vs held, and the credentials component.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        degree_fields: Display names of the skills the posting asks only as a degree's field.
    """
    asked = _certifications_asked(posting)
    held_keys, held_names = _certifications_held(resume)
    missing = sorted(name for key, name in asked.items() if key not in held_keys)
    parts: list[float] = []
    words: list[str] = []
    if asked:
        got = len(asked) - len(missing)
        parts.append(got / len(asked))
        words.append(f"{got} of {len(asked)} certifications asked for are in your resume")

    degree_level = posting.degree_required
    if degree_level is not None and degree_level not in _DEGREE_RANK:
        degree_level = "bachelor"  # "a degree in computer science" almost always means this
    held_rank, held_level = _degree_held(resume)
    degree_met: bool | None = None
    if degree_level is not None:
        asked_rank = _DEGREE_RANK[degree_level]
        degree_met = held_rank >= asked_rank
        parts.append(1.0 if degree_met else (0.5 if held_rank else 0.0))
        field = f" (in {' or '.join(degree_fields)})" if degree_fields else ""
        words.append(
            f"the posting asks for a {degree_level} degree{field} and you "
            + (f"list a {held_level} degree" if held_level else "list no degree")
        )
    summary = CredentialSummary(
        certifications_asked=sorted(asked.values()),
        certifications_held=sorted(held_names.values()),
        certifications_missing=missing,
        degree_asked=posting.degree_required,
        degree_fields=degree_fields,
        degree_asked_level=degree_level,
        degree_held_level=held_level,
        degree_met=degree_met,
    )
    if not parts:
        return summary, Scored(None, "Not scored: the posting asks for no certification or degree.")
    text = "; ".join(words)
    return summary, Scored(sum(parts) / len(parts), text[0].upper() + text[1:] + ".")
