"""The scorer's tunables that are about reading a resume, not about a role.

A role's weights (components, areas, seniority, the posting prior) live in its framework's YAML
file; these numbers say how strongly a document shows something, the same for every role.
"""

from __future__ import annotations

from resume_kit.model.documents import RequirementLevel

# --- What the posting asks: how much each requirement weighs -----------------------------------

LEVEL_WEIGHT: dict[RequirementLevel, float] = {"required": 3.0, "preferred": 2.0, "mentioned": 1.0}
TITLE_FACTOR = 1.5  # a skill named in the posting title weighs half as much again
REPEAT_STEP = 0.25  # each further mention in the posting adds a quarter, up to four more
REPEAT_CAP = 4
PARTIAL_CREDIT = 0.5  # a skill directly implied by one shown (Scrum for Agile) counts half
# Soft skills ("adaptability", "creativity") are in nearly every posting and rarely written in a
# resume as such, so they tell little about fit either way: they weigh half.
SOFT_SKILL_FACTOR = 0.5

# --- What the resume shows ------------------------------------------------------------------------

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

# --- How a framework's competency areas are covered ---------------------------------------------

AREA_BREADTH = 0.25  # an area's best-shown skill counts fully, its second adds a quarter
EMPHASIS_BOOST = 3.0  # an area holding all the posting's requirements weighs 4x its base

# --- How the components combine -------------------------------------------------------------------

# A match on what a job asks shows fit only as far as the job is your kind of job, so every
# component but role fit counts in proportion to role fit (weighting.role_gate): fully at a full
# fit, this floor for another occupation. The floor is kept because role fit is read from titles,
# which can mislead, and because among jobs of other occupations the closer match still ranks first.
ROLE_GATE_FLOOR = 0.25

# --- What the report shows ------------------------------------------------------------------------

# The overall score is the weighted blend of the components put on a fixed, monotone scale, so
# that the README's bands mean the same for every posting: under 40 another kind of job, 70 or
# more your kind of role. The anchors are read off real resumes and postings (benchmarks/
# match_real.py, three role groups), rounded to 5: the blend about 90% of other-role pairs stay
# under scores 40 (27 with the role gate), the middle of same-role pairs' blends (52) scores 70;
# few pairs of either kind blend above 85 (the components measure shares of what a posting asks,
# and nobody shows all of it). Blend points between the anchors are stretched or squeezed
# linearly; the order of any ranking never changes.
SCORE_SCALE: tuple[tuple[float, float], ...] = (
    (0.0, 0.0),
    (25.0, 40.0),
    (50.0, 70.0),
    (100.0, 100.0),
)

MAX_SUGGESTIONS = 10
EVIDENCE_PER_REQUIREMENT = 3
ROLE_OUTSIDE_SHOWN = 5  # hard skills outside your role's framework named in the explanation

# --- Role fit: which occupation each side's titles name -----------------------------------------

# The roles' titles share as much as these (one role: 1.0; four or more: 2.1), half by their
# place (the latest counts most, later ones as the fourth), half by the months spent in each
# (unknown: 2 years; at most 5 years count) halved every 5 years between its end and the latest
# role's: a short latest role does not outweigh a career. Roles past the sixth are not read.
ROLE_RECENCY = (1.0, 0.5, 0.35, 0.25)
ROLES_READ = 6
ROLE_MONTHS_UNKNOWN = 24
ROLE_MONTHS_CAP = 60
CAREER_HALF_LIFE = 60
HEADLINE_WORDS = 12  # a resume's or a flattened posting's opening words, read as a headline
# An occupation that cannot be told scores this: about what two random IT documents share, so an
# unknown posting neither beats a known fit nor sinks below a known misfit.
ROLE_UNKNOWN = 0.25
PROSE_TRUST = 0.5  # a side read only from titles its prose names is trusted half
TEXT_TITLES_READ = 5  # without any title, the first titles named in the text (1, 1/2, 1/3...)
TEXT_WORDS_READ = 400  # ... within its first 400 words

# --- Text similarity ------------------------------------------------------------------------------

# The TF-IDF cosine that scores 100%: about the upper quartile of same-role pairs on real data.
SIMILARITY_FULL = 0.25
COMMON_SHARE = 0.35  # a word in more than this share of O*NET occupations carries no weight
SKILL_TERM_DF = 20  # a recognised skill weighs like a word found in 20 of ~1,000 occupations
OVERLAP_SHOWN = 8  # shared terms named in the report
RANK_TERMS_SHOWN = 5  # ... and in each line of a ranking
