"""Weigh the component scores into the overall, so that the contributions add up to it exactly."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from resume_kit.model.framework import COMPONENT_NAMES, ComponentName, Framework
from resume_kit.model.report import ComponentScore


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
