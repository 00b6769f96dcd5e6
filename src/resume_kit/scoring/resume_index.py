"""Lookups over one resume: the role and bullet at an offset, where its numbers are, role ends."""

from __future__ import annotations

import bisect

from resume_kit.model.documents import Resume, Role, SkillHit, role_end
from resume_kit.scoring.tunables import RECENCY, RECENCY_OLD


class ResumeIndex:
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
        return role_end(role, self.today)

    def recency(self, role: Role) -> float:
        end = self.role_end(role)
        if end is None:
            return RECENCY_OLD  # undated: cannot show it is recent
        since = max(0, self.today - end)
        for months, factor in RECENCY:
            if since <= months:
                return factor
        return RECENCY_OLD
