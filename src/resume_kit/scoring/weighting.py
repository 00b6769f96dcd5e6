"""Weigh the component scores into the overall, so that the contributions add up to it exactly.

A match on what a job asks (its skills, words, years, credentials) shows fit only as far as the
job is the candidate's kind of job, so every component but role fit counts in proportion to role
fit: the *role gate* (:func:`role_gate`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from resume_kit.model.framework import COMPONENT_NAMES, ComponentName, Framework
from resume_kit.model.report import ComponentScore
from resume_kit.scoring.tunables import ROLE_GATE_FLOOR, SCORE_SCALE


class Scored(NamedTuple):
    """One component's score (0-1; None: nothing to measure) and how it came about."""

    value: float | None
    explanation: str


def role_gate(framework: Framework, role_fit: float | None) -> float:
    """The share of their weight the components other than role fit count (0-1).

    ``ROLE_GATE_FLOOR`` plus the rest in proportion to the role-fit score: 1 at a full role fit,
    the floor for another occupation. A framework that gives role fit no weight, or a role fit
    with nothing to measure, gates nothing (1). An occupation that cannot be told is already
    role fit's neutral score, so it gets the gate between a known fit's and a known misfit's.
    """
    if role_fit is None or framework.components.weight("role_fit") <= 0:
        return 1.0
    return ROLE_GATE_FLOOR + (1.0 - ROLE_GATE_FLOOR) * min(1.0, max(0.0, role_fit))


def combine_components(
    framework: Framework,
    scores: Mapping[ComponentName, Scored],
    notes: list[str],
) -> tuple[list[ComponentScore], float]:
    """Weight the component scores into the overall; contributions add up to it exactly.

    A component with nothing to measure is left out and the others' weights are scaled up to add
    up to 100 (``notes`` gets a sentence saying so). Every component but role fit then counts
    the share :func:`role_gate` gives (its ``gate``; its ``effective_weight`` is the points it
    carries after both). Each contribution is rounded to 0.1 point and the overall is the sum of
    the rounded contributions.
    """
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
    gate = role_gate(framework, scores["role_fit"][0])
    components: list[ComponentScore] = []
    tenths_total = 0
    for name in COMPONENT_NAMES:
        value, explanation = scores[name]
        weight = framework.components.weight(name)
        own_gate = 1.0 if name == "role_fit" else gate
        if value is None or included_weight == 0:
            effective = 0.0
            score = 0.0
        else:
            effective = 100.0 * weight / included_weight * own_gate
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
                gate=round(own_gate, 3),
            )
        )
    return components, tenths_total / 10


def describe_gate(components: Sequence[ComponentScore], relation: str) -> str:
    """One sentence on the role gate, for the reports ("" when role fit gates nothing).

    ``relation`` says how near the posting's occupation is to yours, in role fit's own reading
    (:func:`~resume_kit.scoring.role_fit.gate_relation_words`).
    """
    role = next((c for c in components if c.name == "role_fit"), None)
    gate = next((c.gate for c in components if c.name != "role_fit"), 1.0)
    if role is None or not role.included or gate >= 1.0:
        return ""
    return (
        f"Your skills, wording, years and credentials count {gate:.0%} of their weight here, "
        f"in step with role fit ({role.score:.0%}: {relation}), since a "
        "match on what a job asks shows fit only as far as it is your kind of job."
    )


def _on_scale(blend: float) -> float:
    blend = min(100.0, max(0.0, blend))
    for (low, low_score), (high, high_score) in pairwise(SCORE_SCALE):
        if blend <= high:
            return low_score + (blend - low) * (high_score - low_score) / (high - low)
    return SCORE_SCALE[-1][1]


def calibrate_score(blend: float) -> float:
    """The overall score for a weighted blend of the components (both 0-100), rounded to 0.1.

    The blend is put on the fixed scale ``SCORE_SCALE`` (linear between its anchors), so that a
    score reads the same for every posting (README, "Reading a score"); a higher blend always
    gives a higher or equal score.
    """
    return round(_on_scale(blend), 1)


def score_gain(blend: float, points: float) -> float:
    """How many points of the overall score ``points`` more of the blend would add (to 0.01)."""
    return round(_on_scale(blend + points) - _on_scale(blend), 2)


def describe_scale(blend: float, overall: float) -> str:
    """One sentence on how the blend became the overall score, for the reports."""
    anchors = ", ".join(f"{b:g} → {o:g}" for b, o in SCORE_SCALE[1:])
    return (
        f"The overall {overall:.1f} is the blend {blend:.1f} on the score's fixed scale (blend "
        f"{anchors}, linear between), so that 70 or more reads as your kind of role and under 40 "
        "as another kind of job for every posting."
    )
