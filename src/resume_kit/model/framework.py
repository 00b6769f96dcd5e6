"""Competency frameworks as data: what a role is made of, and how its match is weighed.

A framework (``keywords/frameworks/<name>.yaml``) says which areas of competence a role has
(planning, risk, budget...), which canonical skill ids evidence each area, how the areas and the
components of the overall score are weighted, which title words select it and how its seniority
levels are told apart. These are the validated shapes only: reading, checking and choosing a
framework is :mod:`resume_kit.scoring.frameworks`.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field

from resume_kit.model.base import FrozenModel

__all__ = [
    "COMPONENT_NAMES",
    "LEVELS",
    "Area",
    "ComponentName",
    "ComponentWeights",
    "Framework",
    "Level",
    "PostingPrior",
    "RoleFitParts",
    "Seniority",
    "SeniorityLevel",
]

Level = Literal["entry", "mid", "senior"]
LEVELS: tuple[Level, ...] = ("entry", "mid", "senior")

ComponentName = Literal[
    "requirements",
    "evidence",
    "coverage",
    "experience",
    "seniority",
    "credentials",
    "quantification",
    "role_fit",
    "similarity",
]
"""A component of the overall score (see :mod:`resume_kit.scoring.match`)."""

COMPONENT_NAMES: tuple[ComponentName, ...] = get_args(ComponentName)
"""The components of the overall score, in the order they are reported."""


class SeniorityLevel(FrozenModel):
    """How one career level shows in a title, and how many years it typically takes.

    Attributes:
        title_cues: Words or phrases that mark a title as this level ("senior", "lead").
        min_years: Typical least years of experience at this level.
        max_years: Typical most years (None for the top level).
    """

    title_cues: tuple[str, ...] = ()
    min_years: float = Field(ge=0)
    max_years: float | None = Field(default=None, ge=0)


class Seniority(FrozenModel):
    """The three career levels of a framework."""

    entry: SeniorityLevel
    mid: SeniorityLevel
    senior: SeniorityLevel

    def level(self, name: Level) -> SeniorityLevel:
        """Return the level called ``name``."""
        result: SeniorityLevel = getattr(self, name)
        return result


class ComponentWeights(FrozenModel):
    """Points of each score component; they add up to the framework's ``weight_total``."""

    requirements: float = Field(ge=0)
    evidence: float = Field(ge=0)
    coverage: float = Field(ge=0)
    experience: float = Field(ge=0)
    seniority: float = Field(ge=0)
    credentials: float = Field(ge=0)
    quantification: float = Field(ge=0)
    # Optional so that framework files written before it was added still load (and weigh it 0).
    role_fit: float = Field(default=0, ge=0)
    similarity: float = Field(default=0, ge=0)

    def weight(self, name: ComponentName) -> float:
        """Return the weight of the component called ``name``."""
        result: float = getattr(self, name)
        return result


class PostingPrior(FrozenModel):
    """How far a posting that names few skills is trusted.

    The requirements, evidence and coverage scores compare the resume with what the posting asks
    for; when the posting asks for little (a requirement weight ``w``, see ``scoring``), each is
    pulled toward ``score`` by the share ``weight / (weight + w)``. A posting naming nothing
    scores ``score`` on them: "cannot tell", neither a match nor a miss.

    Attributes:
        score: The neutral score (0-1) a posting with no recognised requirement gets.
        weight: How much requirement weight counts as much as the prior (a required skill
            weighs 3, so 12 is about four required skills).
    """

    score: float = Field(default=0.5, ge=0, le=1)
    weight: float = Field(default=12.0, ge=0)


class RoleFitParts(FrozenModel):
    """How the role-fit component weighs its two parts (see ``scoring``).

    Attributes:
        title: Weight of the posting title's role against yours: the posting's own word for
            the job, so it weighs most.
        skills: Weight of the share of the posting's hard skills that lie in your role's
            framework: indirect, since other jobs ask for some of your skills too.
        neighbour_credit: Deprecated and ignored: how near two occupations are comes from the
            occupation table (``keywords/occupations.tsv``). Still accepted (0-1, with a
            warning at load) so that frameworks written for earlier releases load; to be
            removed in a later release.
    """

    title: float = Field(default=2.0, ge=0)
    skills: float = Field(default=1.0, ge=0)
    neighbour_credit: float | None = Field(default=None, ge=0, le=1)


class Area(FrozenModel):
    """One area of competence of a role.

    Attributes:
        id: Short kebab-case id ("risk").
        name: Display name ("Risk management").
        weight: Share of the competency-coverage score (areas add up to ``weight_total``).
        skills: Canonical skill ids that evidence this area.
        evidence: What counts as evidence, in words, shown in the report.
    """

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    weight: float = Field(gt=0)
    skills: tuple[str, ...] = Field(min_length=1)
    evidence: str = Field(min_length=1)


class Framework(FrozenModel):
    """A competency framework, as loaded from its YAML file.

    Attributes:
        name: Framework name, equal to its file name without ``.yaml``.
        version: Version of the file's content; reports quote it.
        description: One line shown by ``resume-kit frameworks``.
        title_keywords: Lowercase phrases of a posting title that select this framework.
        family: Roles of one family ("project-management") are neighbours: the role-fit
            component gives a posting of a neighbouring role part credit. Empty: no family.
        weight_total: What component weights and area weights each add up to (100 or 1).
        default_level: The level of a title that carries no seniority cue.
        seniority: The entry / mid / senior levels.
        components: Points of each component of the overall score.
        quantification_target: Share of experience bullets with a number that earns full marks.
        posting_prior: How far a posting that names few skills is trusted (see PostingPrior).
        role_fit: How the role-fit component weighs title and skills (see RoleFitParts).
        areas: The areas of competence.
        source: Where the framework was loaded from (set by the loader, not in the file).
    """

    name: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    version: str = Field(min_length=1)
    description: str = Field(min_length=1)
    title_keywords: tuple[str, ...] = ()
    family: str = Field(default="", pattern=r"^([a-z0-9]+(-[a-z0-9]+)*)?$")
    weight_total: Literal[100, 1] = 100
    default_level: Level = "mid"
    seniority: Seniority
    components: ComponentWeights
    quantification_target: float = Field(default=0.5, gt=0, le=1)
    posting_prior: PostingPrior = PostingPrior()
    role_fit: RoleFitParts = RoleFitParts()
    areas: tuple[Area, ...] = Field(min_length=1)
    source: str = ""

    @property
    def skill_ids(self) -> frozenset[str]:
        """Every skill id named by an area."""
        # Scoring asks this for every requirement of every posting (a tenth of the scorer's
        # time when rebuilt each call), so the set is kept per areas tuple. Keyed by the tuple
        # itself, not the model: ``model_copy(update={"areas": ...})`` must not see a stale set,
        # and a private attribute would make two equal frameworks compare unequal.
        entry = _SKILL_IDS.get(id(self.areas))
        if entry is None or entry[0] is not self.areas:
            if len(_SKILL_IDS) >= _SKILL_IDS_KEPT:
                _SKILL_IDS.clear()
            entry = (self.areas, frozenset(s for area in self.areas for s in area.skills))
            _SKILL_IDS[id(self.areas)] = entry
        return entry[1]


# Framework.skill_ids by id() of the areas tuple; each entry holds the tuple, so the id cannot be
# reused while the entry lives.
_SKILL_IDS: dict[int, tuple[tuple[Area, ...], frozenset[str]]] = {}
_SKILL_IDS_KEPT = 64
