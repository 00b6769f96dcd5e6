"""Quantification: the share of experience bullets that carry a number, against the target."""

from __future__ import annotations

from resume_kit.model.documents import Resume
from resume_kit.model.framework import Framework
from resume_kit.model.report import QuantificationSummary
from resume_kit.scoring.resume_index import ResumeIndex
from resume_kit.scoring.weighting import Scored


def quantify_bullets(
    resume: Resume, index: ResumeIndex, framework: Framework
) -> tuple[QuantificationSummary, Scored]:
    """How many experience bullets carry a number, and the quantification component."""
    bullets = [bullet for role in resume.roles for bullet in role.bullets]
    with_metric = sum(1 for b in bullets if index.has_metric(b.start, b.end))
    share = with_metric / len(bullets) if bullets else 0.0
    summary = QuantificationSummary(
        bullets=len(bullets),
        with_metric=with_metric,
        share=round(share, 3),
        target=framework.quantification_target,
    )
    return summary, Scored(
        min(1.0, share / framework.quantification_target),
        (
            f"{with_metric} of {len(bullets)} experience bullets carry a number; "
            f"{framework.quantification_target:.0%} or more earns full marks."
        )
        if bullets
        else "No experience bullets were found to carry numbers.",
    )
