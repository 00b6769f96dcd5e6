"""What a resume shows, independent of any posting: evidence per skill and what it implies.

Ranking scores one resume against thousands of postings, and none of this depends on the posting,
so the last resume's view is kept.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Protocol

from resume_kit.model.documents import Resume
from resume_kit.model.report import Evidence
from resume_kit.scoring.evidence import skill_evidence
from resume_kit.scoring.resume_index import ResumeIndex


class SkillInfo(Protocol):
    """What the scorer needs of a skill's metadata (``resume_kit.keywords.SkillMeta`` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def implies(self) -> Collection[str]: ...


@dataclass(frozen=True)
class ResumeView:
    """A resume's index, each skill's evidence and best strength, and who implies what.

    Attributes:
        index: Lookups over the resume.
        evidence_by_skill: Every place each resume skill is shown, strongest first.
        own_strength: The strength of each resume skill's best evidence.
        implied_by: Skill id -> the resume skills that directly imply it (sorted).
    """

    index: ResumeIndex
    evidence_by_skill: dict[str, list[Evidence]]
    own_strength: dict[str, float]
    implied_by: dict[str, list[str]]


# The last resume's view. Keyed on identity (checked), so never stale.
_last_view: list[tuple[Resume, int, Mapping[str, SkillInfo], ResumeView]] = []


def view_resume(resume: Resume, today: int, meta: Mapping[str, SkillInfo]) -> ResumeView:
    """Index, evidence and strength of every resume skill, and what each skill directly implies."""
    for cached, month, cached_meta, view in _last_view:
        if cached is resume and month == today and cached_meta is meta:
            return view
    index = ResumeIndex(resume, today)
    evidence_by_skill = {skill_id: skill_evidence(index, skill_id) for skill_id in index.hits}
    own_strength = {
        skill_id: (items[0].strength if items else 0.0)
        for skill_id, items in evidence_by_skill.items()
    }
    # One step of "implies" only: Scrum evidences Agile, but Agile's own implications (SDLC...)
    # are not evidenced by Scrum; chains soon reach skills the resume says nothing about.
    implied_by: dict[str, list[str]] = {}
    for held in sorted(index.hits):
        info = meta.get(held)
        for implied in sorted(info.implies) if info is not None else ():
            if implied != held:
                implied_by.setdefault(implied, []).append(held)
    view = ResumeView(index, evidence_by_skill, own_strength, implied_by)
    _last_view[:] = [(resume, today, meta, view)]
    return view
