"""Score how well a resume matches a posting, against a competency framework.

Pure functions over the models: no I/O, no spaCy, no clock. The same inputs give a byte-identical
``MatchReport.model_dump_json()``.

The overall score (0-100) is a weighted sum of seven components, each scored 0-1::

    requirements    weighted share of the posting's skills the resume shows (implied skill: half)
    evidence        how strongly the matched skills are shown (recent bullet with a number = 1)
    coverage        the framework's competency areas, each tilted by the posting's emphasis
    experience      years held (dated roles, overlaps merged) / years asked, capped at 1
    seniority       level of the latest title vs the level of the posting's title
    credentials     certifications and degree asked vs held
    quantification  share of experience bullets with a number / the framework's target
    role_fit        whether the posting is for your kind of role: its title's role (or its job
                    area's) against the role of your latest title, and the share of its
                    hard-skill asks that your role's framework names; the framework says how
                    the two parts weigh (title 2 : skills 1 as shipped)

Component weights come from the framework file. A component with nothing to measure (no
recognised requirement, no years or level asked, no certification or degree asked) is left out and
the others are scaled up to 100; the report says so. Each component's contribution is rounded to
0.1 point and the overall is the sum of the rounded contributions, so they always add up.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from resume_kit.errors import UsageError
from resume_kit.model.documents import (
    Mention,
    Posting,
    Requirement,
    RequirementLevel,
    Resume,
    Role,
    SkillHit,
)
from resume_kit.scoring.frameworks import COMPONENT_NAMES, LEVELS, Framework, Level
from resume_kit.structure.wordsearch import compile_word_alternatives
from resume_kit.version import __version__

Status = Literal["met", "partial", "missing"]


class SkillInfo(Protocol):
    """What the scorer needs of a skill's metadata (``resume_kit.keywords.SkillMeta`` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def implies(self) -> Collection[str]: ...


# --- Tunables that are about reading a resume, not about a role (roles' weights live in YAML) ----

LEVEL_WEIGHT: dict[RequirementLevel, float] = {"required": 3.0, "preferred": 2.0, "mentioned": 1.0}
TITLE_FACTOR = 1.5  # a skill named in the posting title weighs half as much again
REPEAT_STEP = 0.25  # each further mention in the posting adds a quarter, up to four more
REPEAT_CAP = 4
PARTIAL_CREDIT = 0.5  # a skill directly implied by one shown (Scrum for Agile) counts half
# Soft skills ("adaptability", "creativity") are in nearly every posting and rarely written in a
# resume as such, so they tell little about fit either way: they weigh half.
SOFT_SKILL_FACTOR = 0.5

# Evidence strength of one mention, by where it is (1.0 = a recent experience bullet with a number).
STRENGTH_BULLET = 1.0
STRENGTH_ROLE_TEXT = 0.85  # inside a role, not in a bullet (role summary line)
STRENGTH_PROJECTS = 0.8
STRENGTH_SUMMARY = 0.5
STRENGTH_CERT_LISTED = 1.0  # a certification under Certifications is the evidence itself
STRENGTH_OTHER = 0.4
STRENGTH_SKILLS_LIST = 0.35
NO_METRIC_FACTOR = 0.8  # a bullet without a number counts 80%
RECENCY = ((24, 1.0), (60, 0.8))  # months since the role ended -> factor; older: RECENCY_OLD
RECENCY_OLD = 0.6
AREA_BREADTH = 0.25  # an area's best-shown skill counts fully, its second adds a quarter
EMPHASIS_BOOST = 3.0  # an area holding all the posting's requirements weighs 4x its base
MAX_SUGGESTIONS = 10
EVIDENCE_PER_REQUIREMENT = 3
# Role fit: a posting whose title names a neighbouring role (same framework family, e.g. a
# scrum master posting for a project manager) earns this share of the title part.
ROLE_OUTSIDE_SHOWN = 5  # hard skills outside your role's framework named in the explanation

_DEGREE_RANK = {"doctorate": 5, "master": 4, "bachelor": 3, "associate": 2, "diploma": 1}
_DEGREE_WORDS: tuple[tuple[str, str], ...] = (
    (r"\b(ph\.?\s?d|doctorate|doctoral)\b", "doctorate"),
    (r"\b(master'?s?|msc|m\.s\.?|mba|ms)\b", "master"),
    (r"\b(bachelor'?s?|bsc|b\.s\.?|ba|b\.a\.?|undergraduate|four[- ]year degree)\b", "bachelor"),
    (r"\b(associate'?s? degree|associate of)\b", "associate"),
    (r"\b(diploma|high school|ged)\b", "diploma"),
)


# "a degree in Computer Science, Information Technology or a related field": the skills named
# after "degree in" / "bachelor's of" / "MSc in" are the degree's field, which the degree check
# weighs, not skill requirements. Built to skip to the names' first letters (the search was a
# tenth of the scorer's time; a third of that now).
_DEGREE_FIELD_LEAD = compile_word_alternatives(
    (
        (name, True)
        for name in (
            "degree", "bachelor'?s?", "master'?s?", r"b\.?sc?", r"m\.?sc?", r"b\.?a", r"m\.?a",
            r"ph\.?\s?d", "mba", "diploma",
        )
    ),
    then=r"(?i:\b[^.;:\n]{0,40}?\b(?:in|of)\s+)",
)  # fmt: skip
_FIELD_LIST = re.compile(r"[\w\s,/&()'-]{0,80}")  # more field names in between, no clause break


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FrameworkChoice(_Frozen):
    """Which framework scored the match, and why it was chosen."""

    name: str
    version: str
    reason: str


class ComponentScore(_Frozen):
    """One component of the overall score.

    Attributes:
        name: Component name (see the module docstring).
        weight: Its weight in the framework file.
        effective_weight: Points out of 100 it carries here (after leaving out unmeasured ones).
        included: False when there was nothing to measure; then it contributes nothing.
        score: 0-1.
        contribution: Points it adds to the overall (effective_weight x score, rounded to 0.1).
        explanation: One sentence on how the score came about.
        measured: For the components that compare the resume with what the posting asks for
            (requirements, evidence, coverage): the score before it was pulled toward the
            framework's neutral prior (None when nothing could be measured); None for the others.
        prior_share: The share of ``score`` that is the neutral prior rather than measured
            (0 for a posting that asks for plenty, 1 for one that names nothing).
    """

    name: str
    weight: float
    effective_weight: float
    included: bool
    score: float
    contribution: float
    explanation: str
    measured: float | None = None
    prior_share: float = 0.0


class Evidence(_Frozen):
    """A place in the resume that shows a skill."""

    sentence: str
    start: int
    end: int
    section: str
    role_title: str | None = None
    employer: str | None = None
    has_metric: bool = False
    strength: float


class RequirementMatch(_Frozen):
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


class AreaCoverage(_Frozen):
    """How the resume covers one competency area of the framework."""

    area: str
    name: str
    weight: float
    emphasis: float
    skills_shown: list[str]
    coverage: float
    what_counts: str


class ExperienceSummary(_Frozen):
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


class PostingEvidence(_Frozen):
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


class CredentialSummary(_Frozen):
    """Certifications and degree, asked vs held."""

    certifications_asked: list[str]
    certifications_held: list[str]
    certifications_missing: list[str]
    degree_asked: str | None = None
    degree_fields: list[str] = []
    degree_asked_level: str | None = None
    degree_held_level: str | None = None
    degree_met: bool | None = None


class RoleFitSummary(_Frozen):
    """Is the posting for the candidate's kind of role?

    Attributes:
        your_role: The framework chosen from the resume's latest title (None: no title).
        your_role_basis: Why (the title and the phrase that chose it).
        posting_role: The framework chosen from the posting's title, else its job area (None:
            neither).
        posting_role_basis: Why.
        title_score: 1 same role, the framework's ``neighbour_credit`` a neighbouring role (same
            family), 0 another role; None when either title is missing.
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
    hard_weight: float = 0.0
    in_role_weight: float = 0.0
    skill_share: float | None = None
    skill_score: float | None = None
    outside: list[str] = []


class QuantificationSummary(_Frozen):
    """How many experience bullets carry a number."""

    bullets: int
    with_metric: int
    share: float
    target: float


class Suggestion(_Frozen):
    """One thing to change, with the points of the score it is about (the most it could gain)."""

    text: str
    points: float
    skill: str | None = None


class MatchReport(_Frozen):
    """The explainable result of matching one resume to one posting."""

    resume_kit_version: str
    framework: FrameworkChoice
    resume_source: str
    posting_source: str
    posting_title: str | None
    today: str
    today_basis: str
    overall: float
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


# ---------------------------------------------------------------------------------------------
# Dates


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
_TEXT_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _month(date: str | None, *, end: bool = False) -> int | None:
    """``YYYY-MM`` -> months since year 0; ``YYYY`` -> January (or December for an end date)."""
    if not date:
        return None
    found = _DATE.match(date.strip())
    if not found:
        return None
    year = int(found.group(1))
    if found.group(2):
        month = int(found.group(2))
        if not 1 <= month <= 12:
            return None
    else:
        month = 12 if end else 1
    return year * 12 + month - 1


def _format_month(months: int) -> str:
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def infer_today(resume: Resume, posting: Posting) -> tuple[int, str]:
    """The month to count "current" roles up to, when the caller gives none.

    Deterministic on purpose (never the wall clock): the newest of the resume's role, education
    and certification dates and of the years written in the posting text (a year alone counts as
    its January). A resume whose newest date is the start of its current role therefore counts
    that role short; callers that know the date should pass ``today``.

    Returns:
        The month (months since year 0) and a sentence saying where it came from.
    """
    candidates: list[tuple[int, str]] = []
    for role in resume.roles:
        for date, is_end in ((role.start_date, False), (role.end_date, True)):
            month = _month(date, end=is_end)
            if month is not None:
                candidates.append((month, "the newest date in the resume"))
    dates = [e.end_date for e in resume.education] + [c.date for c in resume.certifications]
    for date in dates:
        month = _month(date, end=True)
        if month is not None:
            candidates.append((month, "the newest date in the resume"))
    for year in _TEXT_YEAR.findall(posting.text):
        candidates.append((int(year) * 12, "the newest year in the posting"))
    if not candidates:
        return 0, "no date found in either document"
    month, where = max(candidates)
    return month, where


# ---------------------------------------------------------------------------------------------
# Resume structure helpers


class _ResumeIndex:
    """Precomputed lookups over a resume: role and bullet of an offset, metric positions."""

    def __init__(self, resume: Resume, today: int) -> None:
        self.resume = resume
        self.today = today
        self.metric_starts = sorted(metric.start for metric in resume.metrics)
        self.hits: dict[str, SkillHit] = {hit.id: hit for hit in resume.skills}

    def role_at(self, offset: int) -> Role | None:
        for role in self.resume.roles:
            if role.start <= offset < role.end:
                return role
        return None

    def bullet_at(self, role: Role, offset: int) -> tuple[int, int] | None:
        for bullet in role.bullets:
            if bullet.start <= offset < bullet.end:
                return bullet.start, bullet.end
        return None

    def has_metric(self, start: int, end: int) -> bool:
        first = bisect.bisect_left(self.metric_starts, start)
        return first < len(self.metric_starts) and self.metric_starts[first] < end

    def role_end(self, role: Role) -> int | None:
        if role.current:
            return self.today
        end = _month(role.end_date, end=True)
        return end if end is not None else _month(role.start_date, end=True)

    def recency(self, role: Role) -> float:
        end = self.role_end(role)
        if end is None:
            return RECENCY_OLD  # undated: cannot show it is recent
        since = max(0, self.today - end)
        for months, factor in RECENCY:
            if since <= months:
                return factor
        return RECENCY_OLD


def _evidence(index: _ResumeIndex, mention: Mention, category: str) -> Evidence:
    """Where a mention is, and how strongly it shows the skill."""
    text = index.resume.text
    role = index.role_at(mention.start)
    start, end = mention.sentence_start, mention.sentence_end
    has_metric = False
    if role is not None:
        bullet = index.bullet_at(role, mention.start)
        if bullet is not None:
            start, end = bullet
            base = STRENGTH_BULLET
        else:
            base = STRENGTH_ROLE_TEXT
        has_metric = index.has_metric(start, end)
        strength = base * index.recency(role) * (1.0 if has_metric else NO_METRIC_FACTOR)
    elif mention.section in ("projects", "experience"):
        has_metric = index.has_metric(start, end)
        strength = STRENGTH_PROJECTS * (1.0 if has_metric else NO_METRIC_FACTOR)
    elif mention.section == "summary":
        strength = STRENGTH_SUMMARY
    elif mention.section == "skills":
        strength = STRENGTH_SKILLS_LIST
    elif mention.section == "certifications" and category == "certification":
        strength = STRENGTH_CERT_LISTED
    else:
        strength = STRENGTH_OTHER
    return Evidence(
        sentence=" ".join(text[start:end].split()),
        start=start,
        end=end,
        section=mention.section,
        role_title=role.title if role else None,
        employer=role.employer if role else None,
        has_metric=has_metric,
        strength=round(strength, 3),
    )


def _skill_evidence(index: _ResumeIndex, skill_id: str) -> list[Evidence]:
    """Every place the resume shows ``skill_id``, strongest first (one per sentence)."""
    hit = index.hits.get(skill_id)
    if hit is None:
        return []
    by_place: dict[tuple[int, int], Evidence] = {}
    for mention in hit.mentions:
        item = _evidence(index, mention, hit.category)
        key = (item.start, item.end)
        if key not in by_place or item.strength > by_place[key].strength:
            by_place[key] = item
    return sorted(by_place.values(), key=lambda e: (-e.strength, e.start, e.end))


def _requirement_weight(requirement: Requirement, category: str | None) -> float:
    weight = LEVEL_WEIGHT[requirement.level]
    if category == "soft_skill":
        weight *= SOFT_SKILL_FACTOR
    if requirement.in_title:
        weight *= TITLE_FACTOR
    weight *= 1 + REPEAT_STEP * min(max(requirement.count - 1, 0), REPEAT_CAP)
    return round(weight, 4)


def _times(count: int) -> str:
    if count <= 1:
        return ""
    return " twice" if count == 2 else f" {count} times"


@functools.lru_cache(maxsize=256)
def _cue_keys(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        f" {' '.join(re.sub(r'[^a-z0-9]+', ' ', cue.casefold()).split())} " for cue in cues
    )


def _level_of_title(title: str | None, framework: Framework) -> tuple[Level | None, str]:
    """The level a title's words point to (longest cue wins), and the cue."""
    if not title:
        return None, ""
    norm = f" {' '.join(re.sub(r'[^a-z0-9]+', ' ', title.casefold()).split())} "
    best: tuple[int, int, str, Level] | None = None
    for rank, level in enumerate(LEVELS):
        cues = framework.seniority.level(level).title_cues
        for cue, key in zip(cues, _cue_keys(cues), strict=True):
            if key.strip() and key in norm:
                candidate = (len(key.split()), rank, cue, level)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
    if best is None:
        return None, ""
    return best[3], best[2]


def _level_of_years(years: float, framework: Framework) -> Level:
    held: Level = LEVELS[0]
    for level in LEVELS:
        if years >= framework.seniority.level(level).min_years:
            held = level
    return held


def _degree_level(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.casefold()
    for pattern, level in _DEGREE_WORDS:
        if re.search(pattern, lowered):
            return level
    return None


def _norm_name(text: str) -> str:
    return re.sub(r"[^a-z0-9+]+", "", text.casefold())


def degree_field_ids(posting: Posting) -> frozenset[str]:
    """Skills the posting names only as the field of a degree ("a degree in Computer Science").

    They belong to the degree check, not to the skills asked for: a resume rarely "mentions"
    Computer Science as a skill, and telling the reader to add it to a bullet would be wrong.

    Args:
        posting: The extracted posting.

    Returns:
        Ids of requested skills every mention of which follows "degree in" / "bachelor's in" /
        "master of" in the same sentence, with only more field names in between.
    """
    text = posting.text
    leads = [lead.end() for lead in _DEGREE_FIELD_LEAD.finditer(text)]
    if not leads:
        return frozenset()
    requested = {r.id for r in posting.requirements}

    def follows_degree(mention: Mention) -> bool:
        # The nearest "degree in" before the mention, in its sentence, with only a list between.
        position = bisect.bisect_right(leads, mention.start) - 1
        if position < 0 or leads[position] < mention.sentence_start:
            return False
        return _FIELD_LIST.fullmatch(text, leads[position], mention.start) is not None

    return frozenset(
        hit.id
        for hit in posting.skills
        if hit.id in requested and hit.mentions and all(map(follows_degree, hit.mentions))
    )


# ---------------------------------------------------------------------------------------------
# The scorer


def score_match(
    resume: Resume,
    posting: Posting,
    framework: Framework,
    *,
    skill_meta: Mapping[str, SkillInfo] | None = None,
    today: str | None = None,
    framework_reason: str = "",
    your_role: tuple[Framework, str] | None = None,
    posting_role: tuple[Framework, str] | None = None,
) -> MatchReport:
    """Score a resume against a posting, with every component explained.

    Args:
        resume: The extracted resume (skills and metrics filled in).
        posting: The extracted posting (skills, requirements filled in).
        framework: The competency framework (weights, areas, seniority levels).
        skill_meta: Skill metadata by id, for display names and implied skills (Scrum -> Agile);
            without it no partial credit is given and names come from the documents.
        today: ``YYYY-MM`` to count current roles and recency up to. When None the newest date
            found in the documents is used (never the wall clock), so results are reproducible;
            the report says which month was used.
        framework_reason: Why this framework was chosen (from ``choose_framework``).
        your_role: The framework of the resume's latest title (``latest_title``) and why it was
            chosen; without it the role-fit component is left out.
        posting_role: The framework of the posting's title (or, without one, of its job area)
            and why; None when it has neither (then role fit rests on the skills asked alone).

    Returns:
        The match report; ``report.model_dump_json()`` is byte-identical for the same inputs.

    Raises:
        UsageError: ``today`` is not ``YYYY-MM``.
    """
    notes: list[str] = []
    if today is not None:
        today_month = _month(today)
        if today_month is None or not re.fullmatch(r"\d{4}-\d{2}", today):
            raise UsageError(f"today must be a month written YYYY-MM, not {today!r}")
        today_basis = "given by the caller"
    else:
        today_month, today_basis = infer_today(resume, posting)
        if today_month == 0:
            notes.append("No dates were found, so years of experience could not be counted.")
    meta: Mapping[str, SkillInfo] = skill_meta or {}
    index, evidence_by_skill, own_strength, implied_by = _resume_view(resume, today_month, meta)
    posting_hits = {hit.id: hit for hit in posting.skills}

    def name_of(skill_id: str) -> str:
        if skill_id in meta:
            return meta[skill_id].name
        hit = posting_hits.get(skill_id) or index.hits.get(skill_id)
        return hit.name if hit else skill_id

    # --- requirements -------------------------------------------------------------------------
    degree_fields = degree_field_ids(posting)
    requirements = [
        r for r in _merge_requirements(posting.requirements) if r.id not in degree_fields
    ]
    if degree_fields:
        names = ", ".join(name_of(skill_id) for skill_id in sorted(degree_fields))
        notes.append(
            f"{names} is asked as the field of a degree, so it counts in the degree check "
            "(credentials), not as a skill requirement."
        )
    matches: list[RequirementMatch] = []
    total_weight = 0.0
    credited = 0.0
    evidence_weighted = 0.0
    evidence_weight = 0.0
    for requirement in requirements:
        hit = posting_hits.get(requirement.id)
        category = hit.category if hit else None
        weight = _requirement_weight(requirement, category)
        total_weight += weight
        name = name_of(requirement.id)
        via: str | None = None
        if requirement.id in index.hits:
            status: Status = "met"
            items = evidence_by_skill[requirement.id]
            credit = 1.0
        else:
            sources = implied_by.get(requirement.id, [])
            if sources:
                via = sorted(sources, key=lambda s: (-own_strength.get(s, 0.0), s))[0]
                status, items, credit = "partial", evidence_by_skill[via], PARTIAL_CREDIT
            else:
                status, items, credit = "missing", [], 0.0
        strength = items[0].strength if items else 0.0
        credited += weight * credit
        evidence_weighted += weight * strength  # a missing skill is shown with strength 0
        evidence_weight += weight
        matches.append(
            RequirementMatch(
                skill=requirement.id,
                name=name,
                level=requirement.level,
                count=requirement.count,
                in_title=requirement.in_title,
                weight=weight,
                status=status,
                via=via,
                via_name=name_of(via) if via else None,
                strength=strength,
                evidence=items[:EVIDENCE_PER_REQUIREMENT],
                suggestion=_requirement_suggestion(
                    requirement,
                    name,
                    status,
                    via and name_of(via),
                    items,
                    index,
                    category=category,
                ),
            )
        )
    matches.sort(key=lambda m: (-m.weight, m.skill))

    scores: dict[str, tuple[float | None, str]] = {}
    n_req = len(requirements)
    prior = framework.posting_prior
    shrink = prior.weight / (prior.weight + total_weight) if prior.weight + total_weight else 0.0
    evidence_note = PostingEvidence(
        requirements=n_req,
        weight=round(total_weight, 4),
        prior_weight=prior.weight,
        prior_score=prior.score,
        prior_share=round(shrink, 3),
        little=shrink > 0.5,
    )
    measured: dict[str, float | None] = {}
    if n_req == 0:
        measured["requirements"] = None
        req_text = "No skill the posting asks for was recognised"
    else:
        met = sum(1 for m in matches if m.status == "met")
        partial = sum(1 for m in matches if m.status == "partial")
        measured["requirements"] = credited / total_weight
        req_text = (
            f"{met} of {n_req} skills the posting asks for are in your resume"
            + (
                f", {partial} more through a skill that directly implies it (half credit)"
                if partial
                else ""
            )
            + "; required skills weigh 3, preferred 2, mentioned 1 (soft skills half), more in the "
            "title or repeated"
        )

    # --- evidence strength ----------------------------------------------------------------------
    if evidence_weight > 0:
        measured["evidence"] = evidence_weighted / evidence_weight
        ev_text = (
            "How strongly the skills the posting asks for are shown: a recent experience bullet "
            "with a number counts 1, without a number 0.8, an older role less, the Skills list "
            "0.35, a missing skill 0"
        )
    else:
        measured["evidence"] = None
        ev_text = "The posting named no skills whose evidence could be weighed"

    # --- competency coverage --------------------------------------------------------------------
    area_reports, coverage_score = _coverage(
        framework, matches, total_weight, own_strength, implied_by
    )
    covered = sum(1 for a in area_reports if a.coverage >= 0.5)
    measured["coverage"] = coverage_score
    cov_text = (
        f"{covered} of {len(area_reports)} competency areas of {framework.name} are well shown; "
        "areas the posting stresses weigh more"
    )

    # A posting that asks for little says little about fit: pull the three components that
    # compare the resume with the posting toward the framework's neutral prior, as far as the
    # prior outweighs what the posting asked for. Without this a posting naming one skill the
    # resume happens to show scores 100% on requirements and outranks a real match.
    for name, text in (("requirements", req_text), ("evidence", ev_text), ("coverage", cov_text)):
        raw = measured[name]
        share = 1.0 if raw is None else shrink
        value = prior.score * share + (raw or 0.0) * (1 - share)
        if share >= 0.995:
            text += f"; scored at the neutral {prior.score:.0%} for lack of anything to measure."
        elif share >= 0.005:
            text += (
                f"; measured {raw:.0%}, blended {share:.0%} with a neutral {prior.score:.0%} "
                f"(the posting's requirement weight {total_weight:.3g} against the framework's "
                f"prior weight {prior.weight:g})."
            )
        else:
            text += "."
        scores[name] = (value, text)
    if n_req == 0:
        notes.append(
            "The posting gave little to match on: no skill in it was recognised, so requirements, "
            f"evidence and coverage are scored at a neutral {prior.score:.0%}; the overall says "
            "more about your resume than about this job."
        )
    elif evidence_note.little:
        notes.append(
            f"The posting gave little to match on: only {n_req} skill{'s' if n_req != 1 else ''} "
            f"recognised, so requirements, evidence and coverage were pulled {shrink:.0%} of the "
            f"way toward a neutral {prior.score:.0%}."
        )

    # --- experience and seniority ---------------------------------------------------------------
    relevant = frozenset(r.id for r in requirements) | framework.skill_ids
    experience, exp_score, sen_score = _experience(resume, posting, framework, index, relevant)
    scores["experience"] = exp_score
    scores["seniority"] = sen_score
    if experience.undated_roles:
        notes.append(
            f"{experience.undated_roles} role(s) have no start date and were not counted in "
            "years of experience."
        )

    # --- credentials ----------------------------------------------------------------------------
    credentials, cred_score = _credentials(
        resume, posting, index, [name_of(skill_id) for skill_id in sorted(degree_fields)]
    )
    scores["credentials"] = cred_score

    # --- quantification -------------------------------------------------------------------------
    bullets = [bullet for role in resume.roles for bullet in role.bullets]
    with_metric = sum(1 for b in bullets if index.has_metric(b.start, b.end))
    share = with_metric / len(bullets) if bullets else 0.0
    quantification = QuantificationSummary(
        bullets=len(bullets),
        with_metric=with_metric,
        share=round(share, 3),
        target=framework.quantification_target,
    )
    scores["quantification"] = (
        min(1.0, share / framework.quantification_target),
        (
            f"{with_metric} of {len(bullets)} experience bullets carry a number; "
            f"{framework.quantification_target:.0%} or more earns full marks."
        )
        if bullets
        else "No experience bullets were found to carry numbers.",
    )

    # --- role fit ---------------------------------------------------------------------------------
    categories = {hit.id: hit.category for hit in posting.skills}
    role_fit, scores["role_fit"] = _role_fit(
        matches,
        categories,
        framework,
        your_role,
        posting_role,
        posting_field="title" if posting.title else "job area",
    )

    components, overall = _combine(framework, scores, notes)
    components = [
        c.model_copy(
            update={
                "measured": None if measured[c.name] is None else round(measured[c.name] or 0, 3),
                "prior_share": round(1.0 if measured[c.name] is None else shrink, 3),
            }
        )
        if c.name in measured
        else c
        for c in components
    ]

    suggestions = _suggestions(matches, components, credentials, experience, quantification)
    return MatchReport(
        resume_kit_version=__version__,
        framework=FrameworkChoice(
            name=framework.name, version=framework.version, reason=framework_reason
        ),
        resume_source=resume.source,
        posting_source=posting.source,
        posting_title=posting.title,
        today=_format_month(today_month),
        today_basis=today_basis,
        overall=overall,
        posting_evidence=evidence_note,
        components=components,
        requirements=matches,
        areas=area_reports,
        experience=experience,
        credentials=credentials,
        quantification=quantification,
        suggestions=suggestions,
        notes=notes,
        role_fit=role_fit,
    )


def latest_title(resume: Resume, today: str | None = None) -> str | None:
    """The title that says what role the candidate is in: the latest role's.

    Args:
        resume: The extracted resume.
        today: ``YYYY-MM`` at which ongoing roles end (None: the newest date in the resume).

    Returns:
        The title, or None when the resume has no titled role.
    """
    month = _month(today) if today else None
    if month is None:
        month = max(
            (
                m
                for role in resume.roles
                for m in (_month(role.start_date), _month(role.end_date, end=True))
                if m is not None
            ),
            default=0,
        )
    latest = _latest_role(resume.roles, _ResumeIndex(resume, month))
    return latest.title if latest is not None else None


def _role_fit(
    matches: Sequence[RequirementMatch],
    categories: Mapping[str, str],
    framework: Framework,
    your_role: tuple[Framework, str] | None,
    posting_role: tuple[Framework, str] | None,
    *,
    posting_field: str = "title",
) -> tuple[RoleFitSummary, tuple[float | None, str]]:
    """Whether the posting is for the candidate's kind of role (see the module docstring).

    Two parts, weighed as the framework's ``role_fit`` says (title 2 : skills 1 as shipped): the
    posting title's role against the candidate's (same 1, neighbour ``neighbour_credit``, other
    0; left out without a posting title or job area), and the share of the posting's hard-skill
    requirement weight that the candidate's role framework names, pulled toward the neutral
    prior like the requirements score. A finance controller posting can ask for skills a project
    manager shows (budgets, stakeholders) and still be another job: its title says so.
    """
    if your_role is None:
        return RoleFitSummary(), (
            None,
            "Not scored: your resume has no job title to tell your role from.",
        )
    mine, my_basis = your_role
    hard = [m for m in matches if categories.get(m.skill) != "soft_skill"]
    hard_weight = sum(m.weight for m in hard)
    inside = sum(m.weight for m in hard if m.skill in mine.skill_ids)
    outside = [m.name for m in hard if m.skill not in mine.skill_ids][:ROLE_OUTSIDE_SHOWN]
    prior = framework.posting_prior
    shrink = prior.weight / (prior.weight + hard_weight) if prior.weight + hard_weight else 1.0
    share = inside / hard_weight if hard_weight else None
    skill_score = prior.score * shrink + (share or 0.0) * (1 - shrink)
    words: list[str] = []
    title_score: float | None = None
    theirs, their_basis = posting_role if posting_role is not None else (None, "")
    if theirs is not None:
        if theirs.name == mine.name:
            title_score, relation = 1.0, "your role"
        elif theirs.family and theirs.family == mine.family:
            title_score = framework.role_fit.neighbour_credit
            relation = f"a neighbouring role ({theirs.family})"
        else:
            title_score, relation = 0.0, "another role"
        words.append(
            f"the posting's {posting_field} reads as {theirs.name}, {relation} "
            f"({title_score:.0%}; you read as {mine.name})"
        )
    else:
        words.append(f"the posting has no title to tell its role (you read as {mine.name})")
    if share is None:
        words.append(f"it names no hard skill, so that part is a neutral {prior.score:.0%}")
    else:
        blend = (
            f", blended {shrink:.0%} with a neutral {prior.score:.0%} -> {skill_score:.0%}"
            if shrink >= 0.005
            else ""
        )
        words.append(
            f"{share:.0%} of the weight of the hard skills it asks for is in the {mine.name} "
            f"framework{blend}" + (f" (outside it: {', '.join(outside)})" if outside else "")
        )
    weights = framework.role_fit
    if title_score is None or weights.title + weights.skills <= 0:
        value, how = skill_score, "."
    else:
        value = (weights.title * title_score + weights.skills * skill_score) / (
            weights.title + weights.skills
        )
        how = f"; the {posting_field} counts {weights.title:g}, the skills {weights.skills:g}."
    text = "; ".join(words) + how
    summary = RoleFitSummary(
        your_role=mine.name,
        your_role_basis=my_basis,
        posting_role=theirs.name if theirs is not None else None,
        posting_role_basis=their_basis,
        title_score=title_score,
        hard_weight=round(hard_weight, 4),
        in_role_weight=round(inside, 4),
        skill_share=None if share is None else round(share, 3),
        skill_score=round(skill_score, 3),
        outside=outside,
    )
    return summary, (value, text[0].upper() + text[1:])


_ResumeView = tuple[_ResumeIndex, dict[str, list[Evidence]], dict[str, float], dict[str, list[str]]]
# The last resume's view: ranking scores one resume against thousands of postings, and what the
# resume shows does not depend on the posting. Keyed on identity (checked), so never stale.
_last_view: list[tuple[Resume, int, Mapping[str, SkillInfo], _ResumeView]] = []


def _resume_view(resume: Resume, today: int, meta: Mapping[str, SkillInfo]) -> _ResumeView:
    """Index, evidence and strength of every resume skill, and what each skill directly implies."""
    for cached, month, cached_meta, view in _last_view:
        if cached is resume and month == today and cached_meta is meta:
            return view
    index = _ResumeIndex(resume, today)
    evidence_by_skill = {skill_id: _skill_evidence(index, skill_id) for skill_id in index.hits}
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
    view = (index, evidence_by_skill, own_strength, implied_by)
    _last_view[:] = [(resume, today, meta, view)]
    return view


def _merge_requirements(requirements: Iterable[Requirement]) -> list[Requirement]:
    """One requirement per skill id: strongest level, counts added, in-title if any was."""
    rank = {"required": 2, "preferred": 1, "mentioned": 0}
    merged: dict[str, Requirement] = {}
    for requirement in requirements:
        old = merged.get(requirement.id)
        if old is None:
            merged[requirement.id] = requirement
            continue
        level = max(old.level, requirement.level, key=lambda lv: rank[lv])
        merged[requirement.id] = Requirement(
            id=requirement.id,
            level=level,
            count=old.count + requirement.count,
            in_title=old.in_title or requirement.in_title,
        )
    return [merged[key] for key in sorted(merged)]


def _requirement_suggestion(
    requirement: Requirement,
    name: str,
    status: Status,
    via_name: str | None,
    items: Sequence[Evidence],
    index: _ResumeIndex,
    *,
    category: str | None = None,
) -> str | None:
    asked = f"The posting asks for {name}{_times(requirement.count)} ({requirement.level})"
    if status == "missing" and category == "certification":
        # A certification is held or not: "add it where you used it" would invite a false claim.
        return (
            f"{asked}; your resume does not list it. If you hold it, add it to your "
            "certifications with the year you earned it; if not, it is a gap to speak to."
        )
    if status == "missing":
        return (
            f"{asked}; your resume never mentions it. If you have used it, add it to the bullet "
            "where you did."
        )
    if status == "partial":
        return (
            f"{asked}; your resume shows {via_name}, which directly implies it but does not say "
            "it (half credit). "
            f"If you worked with {name}, name it in that bullet."
        )
    best = items[0] if items else None
    if best is None:
        return None
    if best.role_title is None and best.section == "skills":
        return f"{name} appears only in your Skills list; show it in a bullet with a result."
    if best.role_title is None and best.section in ("summary", "other", "education"):
        return (
            f"{name} appears only in your {best.section}; show it in an experience bullet with "
            "a result."
        )
    role = index.role_at(best.start)
    if role is not None and index.recency(role) < 1.0:
        return (
            f"{name} shows only in an older role ({best.role_title}); if you used it recently, "
            "say so in your current role."
        )
    # Only a bullet is asked for a number: a role's heading ("Senior IT Project Manager") shows
    # the skill by itself, and "add the result" would point at the wrong line.
    if role is not None and not best.has_metric and index.bullet_at(role, best.start) is not None:
        return (
            f"{name} is in a bullet without a number; add the result it brought (time or money "
            "saved, people, %)."
        )
    return None


def _coverage(
    framework: Framework,
    matches: Sequence[RequirementMatch],
    total_weight: float,
    own_strength: Mapping[str, float],
    implied_by: Mapping[str, Sequence[str]],
) -> tuple[list[AreaCoverage], float]:
    reports: list[AreaCoverage] = []
    weighted = 0.0
    weights = 0.0
    for area in framework.areas:
        members = set(area.skills)
        asked = sum(m.weight for m in matches if m.skill in members)
        emphasis = asked / total_weight if total_weight else 0.0
        strengths: list[float] = []
        shown: list[str] = []
        for skill in area.skills:
            strength = own_strength.get(skill, 0.0)
            if strength:
                shown.append(skill)
            else:
                sources = implied_by.get(skill, [])
                strength = PARTIAL_CREDIT * max(
                    (own_strength.get(s, 0.0) for s in sources), default=0
                )
            strengths.append(strength)
        ranked = [*sorted(strengths, reverse=True), 0.0]
        coverage = min(1.0, ranked[0] + AREA_BREADTH * ranked[1])
        effective = area.weight * (1 + EMPHASIS_BOOST * emphasis)
        weighted += effective * coverage
        weights += effective
        reports.append(
            AreaCoverage(
                area=area.id,
                name=area.name,
                weight=area.weight,
                emphasis=round(emphasis, 3),
                skills_shown=sorted(shown),
                coverage=round(coverage, 3),
                what_counts=area.evidence,
            )
        )
    return reports, (weighted / weights if weights else 0.0)


def _merged_years(intervals: Iterable[tuple[int, int]]) -> float:
    """Years covered by month intervals ``[start, end)``, overlaps counted once."""
    months = 0
    current: tuple[int, int] | None = None
    for start, end in sorted(intervals):
        if current is None or start > current[1]:
            if current is not None:
                months += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        months += current[1] - current[0]
    return round(months / 12, 1)


def _experience(
    resume: Resume,
    posting: Posting,
    framework: Framework,
    index: _ResumeIndex,
    relevant: frozenset[str],
) -> tuple[ExperienceSummary, tuple[float | None, str], tuple[float | None, str]]:
    # A role counts toward the years asked when it shows a skill the posting or framework names:
    # ten years in retail do not make ten years of IT project management.
    relevant_starts = sorted(
        mention.start for hit in resume.skills if hit.id in relevant for mention in hit.mentions
    )
    intervals: list[tuple[int, int]] = []
    relevant_intervals: list[tuple[int, int]] = []
    undated = 0
    for role in resume.roles:
        start = _month(role.start_date)
        if start is None:
            undated += 1
            continue
        end = index.role_end(role)
        end = start if end is None else end
        if end >= start:
            intervals.append((start, end + 1))
            if any(role.start <= offset < role.end for offset in relevant_starts):
                relevant_intervals.append((start, end + 1))
    years_total = _merged_years(intervals)
    years_held = _merged_years(relevant_intervals)

    # Level asked: title cue, else the years asked, else the framework's default for a title.
    asked_level, cue = _level_of_title(posting.title, framework)
    asked_basis = f"the title contains '{cue}'" if asked_level else ""
    required = posting.years_required
    if asked_level is None and required is not None:
        asked_level = _level_of_years(required.min, framework)
        asked_basis = f"the posting asks for {required.text}"
    # A title without a level word tells nothing about the level: the framework's default level
    # is shown, but neither years nor seniority is scored on it (it would give nearly everyone
    # full marks and squeeze the differences that matter).
    guessed = asked_level is None and bool(posting.title)
    if guessed:
        asked_level = framework.default_level
        asked_basis = f"the title has no level word ({framework.default_level} by default)"

    # Level held: cue of the latest role's title, else the years held.
    latest = _latest_role(resume.roles, index)
    held_level, held_cue = _level_of_title(latest.title if latest else None, framework)
    if held_level is not None and latest is not None:
        held_basis = f"your latest title '{latest.title}' contains '{held_cue}'"
    elif resume.roles:
        held_level = _level_of_years(years_held, framework)
        held_basis = f"{years_held:g} years of relevant experience"
    else:
        held_basis = "no roles found"

    years_asked: float | None = None
    if required is not None:
        years_asked = required.min
        asked_text: str | None = required.text
    elif asked_level is not None and not guessed:
        years_asked = framework.seniority.level(asked_level).min_years
        asked_text = f"{years_asked:g}+ years (typical for {asked_level} level)"
    else:
        asked_text = None

    if years_asked is None:
        exp: tuple[float | None, str] = (
            None,
            "Not scored: the posting states no years, and its title "
            + ("has no level word to infer them from." if guessed else "is missing.")
            if posting.title
            else "Not scored: the posting states no years and has no title to infer a level from.",
        )
    elif years_asked <= 0:
        exp = (1.0, "The posting asks for no minimum years.")
    else:
        exp = (
            min(1.0, years_held / years_asked),
            f"Your relevant roles add up to {years_held:g} years ({years_total:g} in all, "
            f"overlaps counted once) against {asked_text}; a role is relevant when it shows a "
            "skill (not a soft skill) the posting or the framework names.",
        )

    if asked_level is None or guessed:
        sen: tuple[float | None, str] = (
            None,
            "Not scored: the posting's title has no level word and it states no years."
            if guessed
            else "Not scored: the posting has no title or years to tell its level.",
        )
    elif held_level is None:
        sen = (0.0, f"The posting is {asked_level} level; no role was found in your resume.")
    else:
        gap = LEVELS.index(asked_level) - LEVELS.index(held_level)
        value = 1.0 if gap <= 0 else (0.5 if gap == 1 else 0.0)
        sen = (
            value,
            f"The posting reads as {asked_level} level ({asked_basis}); you read as "
            f"{held_level} ({held_basis}).",
        )
    summary = ExperienceSummary(
        years_held=years_held,
        years_total=years_total,
        years_asked=years_asked,
        years_asked_text=asked_text,
        undated_roles=undated,
        seniority_held=held_level,
        seniority_held_basis=held_basis,
        seniority_asked=asked_level,
        seniority_asked_basis=asked_basis,
    )
    return summary, exp, sen


def _latest_role(roles: Sequence[Role], index: _ResumeIndex) -> Role | None:
    """The current role, else the one that ended last (ties: first in the resume)."""
    best: tuple[int, int, int] | None = None
    chosen: Role | None = None
    for position, role in enumerate(roles):
        end = index.role_end(role)
        start = _month(role.start_date)
        key = (end if end is not None else -1, start if start is not None else -1, -position)
        if best is None or key > best:
            best, chosen = key, role
    return chosen


def _credentials(
    resume: Resume, posting: Posting, index: _ResumeIndex, degree_fields: list[str]
) -> tuple[CredentialSummary, tuple[float | None, str]]:
    # Certifications asked: recognised certification skills the posting asks for, plus the
    # posting's certification list (names not matched to a skill are kept as written).
    posting_hits = {hit.id: hit for hit in posting.skills}
    asked: dict[str, str] = {}  # normalised key -> display name
    asked_ids: dict[str, str] = {}  # normalised key -> skill id (when known)
    requested = {r.id for r in posting.requirements}
    for hit in posting.skills:
        if hit.category == "certification" and hit.id in requested:
            asked[_norm_name(hit.id)] = hit.name
            asked_ids[_norm_name(hit.id)] = hit.id
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
            asked_ids[_norm_name(match.id)] = match.id
        elif key:
            asked.setdefault(key, written.strip())
    held_keys: set[str] = set()
    held_names: dict[str, str] = {}
    for hit in resume.skills:
        if hit.category == "certification":
            held_keys.update({_norm_name(hit.id), _norm_name(hit.name)})
            held_names[_norm_name(hit.id)] = hit.name
    for cert in resume.certifications:
        held_keys.add(_norm_name(cert.name))
        held_names.setdefault(_norm_name(cert.name), cert.name)
    missing = sorted(name for key, name in asked.items() if key not in held_keys)
    parts: list[float] = []
    words: list[str] = []
    if asked:
        got = len(asked) - len(missing)
        parts.append(got / len(asked))
        words.append(f"{got} of {len(asked)} certifications asked for are in your resume")

    degree_level = _degree_level(posting.degree_required)
    if posting.degree_required and degree_level is None:
        degree_level = "bachelor"  # "a degree in computer science" almost always means this
    held_rank = 0
    held_level: str | None = None
    for education in resume.education:
        level: str | None = education.level if education.level in _DEGREE_RANK else None
        level = level or _degree_level(education.degree)
        if level is not None and _DEGREE_RANK[level] > held_rank:
            held_rank, held_level = _DEGREE_RANK[level], level
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
        return summary, (None, "Not scored: the posting asks for no certification or degree.")
    text = "; ".join(words)
    return summary, (sum(parts) / len(parts), text[0].upper() + text[1:] + ".")


def _combine(
    framework: Framework,
    scores: Mapping[str, tuple[float | None, str]],
    notes: list[str],
) -> tuple[list[ComponentScore], float]:
    """Weight the component scores into the overall; contributions add up to it exactly."""
    included = [n for n in COMPONENT_NAMES if scores[n][0] is not None]
    included_weight = sum(framework.components.weight(n) for n in included)
    left_out = [
        n for n in COMPONENT_NAMES if scores[n][0] is None and framework.components.weight(n)
    ]
    if left_out and included_weight:
        notes.append(
            f"Left out for lack of anything to measure: {', '.join(left_out)}; the other "
            f"components' weights were scaled up to add up to 100."
        )
    components: list[ComponentScore] = []
    tenths_total = 0
    for name in COMPONENT_NAMES:
        value, explanation = scores[name]
        weight = framework.components.weight(name)
        if value is None or included_weight == 0:
            effective = 0.0
            score = 0.0
        else:
            effective = 100.0 * weight / included_weight
            score = min(1.0, max(0.0, value))
        tenths = round(effective * score * 10)
        tenths_total += tenths
        components.append(
            ComponentScore(
                name=name,
                weight=weight,
                effective_weight=round(effective, 1),
                included=value is not None,
                score=round(score, 3),
                contribution=tenths / 10,
                explanation=explanation,
            )
        )
    return components, tenths_total / 10


def _suggestions(
    matches: Sequence[RequirementMatch],
    components: Sequence[ComponentScore],
    credentials: CredentialSummary,
    experience: ExperienceSummary,
    quantification: QuantificationSummary,
) -> list[Suggestion]:
    """Concrete changes, most points at stake first."""
    by_name = {c.name: c for c in components}
    out: list[Suggestion] = []
    req_points = by_name["requirements"].effective_weight
    ev_points = by_name["evidence"].effective_weight
    total = sum(m.weight for m in matches)
    shown_total = sum(m.weight for m in matches if m.status != "missing")
    for match in matches:
        if match.suggestion is None:
            continue
        if match.status == "missing":
            points = req_points * match.weight / total
        elif match.status == "partial":
            points = req_points * match.weight / total * (1 - PARTIAL_CREDIT)
        else:
            points = ev_points * match.weight / shown_total * (1 - match.strength)
        out.append(Suggestion(text=match.suggestion, points=round(points, 2), skill=match.skill))

    for name in credentials.certifications_missing:
        cred = by_name["credentials"]
        out.append(
            Suggestion(
                text=(
                    f"The posting asks for {name}; your resume does not list it. If you hold it, "
                    "add it under Certifications with the year."
                ),
                points=round(
                    cred.effective_weight / 2 / max(1, len(credentials.certifications_asked)), 2
                ),
            )
        )
    if credentials.degree_met is False:
        out.append(
            Suggestion(
                text=(
                    f"The posting asks for {credentials.degree_asked}; your resume shows "
                    + (
                        f"a {credentials.degree_held_level} degree"
                        if credentials.degree_held_level
                        else "no degree"
                    )
                    + ". If you have one, list it under Education."
                ),
                points=round(by_name["credentials"].effective_weight / 2, 2),
            )
        )
    quant = by_name["quantification"]
    if quantification.bullets and quant.score < 1:
        out.append(
            Suggestion(
                text=(
                    f"Only {quantification.with_metric} of {quantification.bullets} experience "
                    f"bullets carry a number; aim for {quantification.target:.0%}: add budgets, "
                    "team sizes, percentages or time saved."
                ),
                points=round(quant.effective_weight * (1 - quant.score), 2),
            )
        )
    exp = by_name["experience"]
    if experience.undated_roles:
        out.append(
            Suggestion(
                text=(
                    "Give every role a start and end month (e.g. 03/2019 - 06/2022) so its years "
                    "count."
                ),
                points=round(exp.effective_weight * (1 - exp.score), 2),
            )
        )
    sen = by_name["seniority"]
    if sen.included and sen.score < 1 and experience.seniority_asked:
        out.append(
            Suggestion(
                text=(
                    f"The posting is {experience.seniority_asked} level and your latest role "
                    f"reads as {experience.seniority_held or 'unknown'}; where you led at that "
                    "level, say so in the bullets (team size, budget, number of projects)."
                ),
                points=round(sen.effective_weight * (1 - sen.score), 2),
            )
        )
    out.sort(key=lambda s: (-s.points, s.text))
    return out[:MAX_SUGGESTIONS]
