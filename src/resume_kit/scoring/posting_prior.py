"""How far a posting that asks for little is trusted: the pull toward the framework's prior.

A posting that asks for little says little about fit: the three components that compare the
resume with the posting (requirements, evidence, coverage) are pulled toward the framework's
neutral prior, as far as the prior outweighs what the posting asked for. Without this a posting
naming one skill the resume happens to show scores 100% on requirements and outranks a real match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from resume_kit.model.framework import ComponentName, Framework, PostingPrior
from resume_kit.model.report import ComponentScore, PostingEvidence
from resume_kit.scoring.weighting import Scored


class PostingWeight(NamedTuple):
    """What the report says of the posting's weight, and the unrounded share of the prior."""

    evidence: PostingEvidence
    shrink: float


def weigh_posting(framework: Framework, requirements: int, total_weight: float) -> PostingWeight:
    """How much the posting gave to match on (``requirements`` of ``total_weight``)."""
    prior = framework.posting_prior
    shrink = prior.weight / (prior.weight + total_weight) if prior.weight + total_weight else 0.0
    evidence = PostingEvidence(
        requirements=requirements,
        weight=round(total_weight, 4),
        prior_weight=prior.weight,
        prior_score=prior.score,
        prior_share=round(shrink, 3),
        little=shrink > 0.5,
    )
    return PostingWeight(evidence, shrink)


def blend_with_prior(
    measured: Scored, prior: PostingPrior, shrink: float, total_weight: float
) -> Scored:
    """Pull a measured score toward the prior by ``shrink`` (all the way when nothing was measured).

    The explanation gets the end of its sentence: how far the score was blended, and why.
    """
    raw, text = measured
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
    return Scored(value, text)


def little_posting_note(weight: PostingWeight) -> str | None:
    """A note for the report when the posting gave little to match on."""
    evidence, shrink = weight
    n_req = evidence.requirements
    if n_req == 0:
        return (
            "The posting gave little to match on: no skill in it was recognised, so requirements, "
            f"evidence and coverage are scored at a neutral {evidence.prior_score:.0%}; the "
            "overall says more about your resume than about this job."
        )
    if evidence.little:
        return (
            f"The posting gave little to match on: only {n_req} skill{'s' if n_req != 1 else ''} "
            f"recognised, so requirements, evidence and coverage were pulled {shrink:.0%} of the "
            f"way toward a neutral {evidence.prior_score:.0%}."
        )
    return None


def mark_prior_shares(
    components: Sequence[ComponentScore],
    measured: Mapping[ComponentName, float | None],
    shrink: float,
) -> list[ComponentScore]:
    """Record on each blended component what was measured and how much of it is the prior."""
    return [
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
