"""The match report: how well one resume fits one posting, with every point explained.

These are the models of ``resume-kit score --json`` (``MatchReport.model_dump_json()``): the
scorer (:mod:`resume_kit.scoring`) fills them in, the tailoring stage reads them. Field order is
the JSON's key order, so it is part of the output.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from resume_kit.model.base import FrozenModel
from resume_kit.model.documents import RequirementLevel
from resume_kit.model.framework import ComponentName, Level

__all__ = [
    "AreaCoverage",
    "ComponentScore",
    "CredentialSummary",
    "Evidence",
    "ExperienceSummary",
    "FrameworkChoice",
    "MatchReport",
    "PostingEvidence",
    "QuantificationSummary",
    "RequirementMatch",
    "RoleFitSummary",
    "Status",
    "Suggestion",
]

Status = Literal["met", "partial", "missing"]
"""How a resume answers a skill asked for: shown, implied by a skill shown, or not at all."""


class FrameworkChoice(FrozenModel):
    """Which framework scored the match, and why it was chosen."""

    name: str
    version: str
    reason: str


class ComponentScore(FrozenModel):
    """One component of the overall score.

    Attributes:
        name: Component name (see :mod:`resume_kit.scoring.match`).
        weight: Its weight in the framework file.
        effective_weight: Points out of 100 it carries here (after leaving out unmeasured ones
            and the role gate).
        included: False when there was nothing to measure; then it contributes nothing.
        score: 0-1.
        contribution: Points it adds to the blend (effective_weight x score, rounded to 0.1).
        gate: The share of its weight it counts because of role fit (the role gate: 1 for role
            fit itself; for the others 1 at a full role fit, less for another occupation).
        explanation: One sentence on how the score came about.
        measured: For the components that compare the resume with what the posting asks for
            (requirements, evidence, coverage): the score before it was pulled toward the
            framework's neutral prior (None when nothing could be measured); None for the others.
        prior_share: The share of ``score`` that is the neutral prior rather than measured
            (0 for a posting that asks for plenty, 1 for one that names nothing).
    """

    name: ComponentName
    weight: float
    effective_weight: float
    included: bool
    score: float
    contribution: float
    explanation: str
    measured: float | None = None
    prior_share: float = 0.0
    gate: float = 1.0


class Evidence(FrozenModel):
    """A place in the resume that shows a skill."""

    sentence: str
    start: int
    end: int
    section: str
    role_title: str | None = None
    employer: str | None = None
    has_metric: bool = False
    strength: float


class RequirementMatch(FrozenModel):
    """How the resume answers one skill the posting asks for."""

    skill: str
    name: str
    level: RequirementLevel
    count: int
    in_title: bool
    weight: float
    status: Status
    via: str | None = None
    via_name: str | None = None
    strength: float
    evidence: list[Evidence]
    suggestion: str | None = None


class AreaCoverage(FrozenModel):
    """How the resume covers one competency area of the framework."""

    area: str
    name: str
    weight: float
    emphasis: float
    skills_shown: list[str]
    coverage: float
    what_counts: str


class ExperienceSummary(FrozenModel):
    """Years and seniority, held vs asked.

    ``years_held`` counts only roles that show a skill the posting or the framework names;
    ``years_total`` counts every dated role.
    """

    years_held: float
    years_total: float
    years_asked: float | None = None
    years_asked_text: str | None = None
    undated_roles: int = 0
    seniority_held: Level | None = None
    seniority_held_basis: str = ""
    seniority_asked: Level | None = None
    seniority_asked_basis: str = ""


class PostingEvidence(FrozenModel):
    """How much the posting gave to match on, and how far its scores were trusted.

    Attributes:
        requirements: Skills recognised as asked for (degree fields not counted).
        weight: Their total weight (required 3, preferred 2, mentioned 1, more in the title or
            repeated).
        prior_weight: The framework's ``posting_prior.weight``.
        prior_score: The framework's neutral score.
        prior_share: ``prior_weight / (prior_weight + weight)``: how far the requirements,
            evidence and coverage scores were pulled toward ``prior_score``.
        little: True when the prior outweighs the posting (``prior_share`` above one half): the
            score says more about the resume than about the fit to this job.
    """

    requirements: int
    weight: float
    prior_weight: float
    prior_score: float
    prior_share: float
    little: bool


class CredentialSummary(FrozenModel):
    """Certifications and degree, asked vs held."""

    certifications_asked: list[str]
    certifications_held: list[str]
    certifications_missing: list[str]
    degree_asked: str | None = None
    degree_fields: list[str] = Field(default_factory=list)
    degree_asked_level: str | None = None
    degree_held_level: str | None = None
    degree_met: bool | None = None


class RoleFitSummary(FrozenModel):
    """Is the posting for the candidate's kind of role?

    Attributes:
        your_role: The framework chosen from the resume's latest title (None: no title).
        your_role_basis: Why (the title and the phrase that chose it).
        posting_role: The framework chosen from the posting's title, else its job area (None:
            neither).
        posting_role_basis: Why.
        title_score: How near the posting's occupation is to yours: 1 the same O*NET
            occupation, less for one of the same family or a neighbouring family, 0 another
            family; None when either could not be told.
        your_occupation: The O*NET occupation your titles read as most (None: none known).
        your_family: Its role family ("software", "project-delivery"...).
        your_occupation_basis: Where it was read ("your latest role 'IT Project Manager'").
        posting_occupation: The O*NET occupation the posting's title reads as.
        posting_family: Its role family.
        posting_occupation_basis: Where it was read.
        hard_weight: Requirement weight of the posting's hard skills (soft skills and degree
            fields not counted).
        in_role_weight: The part of it that your role's framework names.
        skill_share: ``in_role_weight / hard_weight`` (None when the posting names no hard skill).
        skill_score: ``skill_share`` pulled toward the framework's neutral prior as far as the
            posting asks for little (as for requirements).
        outside: The heaviest hard skills asked that your role's framework does not name.
    """

    your_role: str | None = None
    your_role_basis: str = ""
    posting_role: str | None = None
    posting_role_basis: str = ""
    title_score: float | None = None
    your_occupation: str | None = None
    your_family: str | None = None
    your_occupation_basis: str = ""
    posting_occupation: str | None = None
    posting_family: str | None = None
    posting_occupation_basis: str = ""
    hard_weight: float = 0.0
    in_role_weight: float = 0.0
    skill_share: float | None = None
    skill_score: float | None = None
    outside: list[str] = Field(default_factory=list)


class QuantificationSummary(FrozenModel):
    """How many experience bullets carry a number."""

    bullets: int
    with_metric: int
    share: float
    target: float


class Suggestion(FrozenModel):
    """One thing to change, with the points of the score it is about (the most it could gain)."""

    text: str
    points: float
    skill: str | None = None


class MatchReport(FrozenModel):
    """The explainable result of matching one resume to one posting.

    ``blend`` is the sum of the components' contributions (0-100); ``overall`` is that blend on
    the calibrated scale the README's bands are read on (70 or more: your kind of role; under
    40: another kind of job), never in a different order.
    """

    resume_kit_version: str
    framework: FrameworkChoice
    resume_source: str
    posting_source: str
    posting_title: str | None
    today: str
    today_basis: str
    overall: float
    blend: float
    posting_evidence: PostingEvidence
    components: list[ComponentScore]
    requirements: list[RequirementMatch]
    areas: list[AreaCoverage]
    experience: ExperienceSummary
    credentials: CredentialSummary
    quantification: QuantificationSummary
    suggestions: list[Suggestion]
    notes: list[str]
    role_fit: RoleFitSummary = RoleFitSummary()
    # The shared words (lemmas, skills by name) that weigh most in the text-similarity component.
    shared_terms: list[str] = Field(default_factory=list)
    # One sentence on the role gate: how much the components other than role fit count here and
    # why ("" when role fit gates nothing).
    gate_note: str = ""
