"""Weigh the component scores into the overall, so that the contributions add up to it exactly."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import NamedTuple

from resume_kit.model.framework import COMPONENT_NAMES, ComponentName, Framework
from resume_kit.model.report import ComponentScore
from resume_kit.scoring.tunables import SCORE_SCALE


class Scored(NamedTuple):
    """One component's score (0-1; None: nothing to measure) and how it came about."""

    value: float | None
    explanation: str


def combine_components(
    framework: Framework,
    scores: Mapping[ComponentName, Scored],
    notes: list[str],
) -> tuple[list[ComponentScore], float]:
    """Weight the component scores into the overall; contributions add up to it exactly.

    A component with nothing to measure is left out and the others' weights are scaled up to add
    up to 100 (``notes`` gets a sentence saying so). Each contribution is rounded to 0.1 point and
    the overall is the sum of the rounded contributions.
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
