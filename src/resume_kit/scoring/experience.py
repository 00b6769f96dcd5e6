"""Experience and seniority: years held vs asked, the latest title's level vs the posting's.

A role counts toward the years asked when it shows a skill the posting or the framework names (ten
years in retail do not make ten years of IT project management); overlapping roles count once.
The posting's level comes from its title's level word, else the years it asks for; the candidate's
from the latest title's level word, else the relevant years.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from resume_kit.model.dates import YearMonth, month_index
from resume_kit.model.documents import Posting, Resume, latest_role
from resume_kit.model.framework import LEVELS, Framework, Level
from resume_kit.model.report import ExperienceSummary
from resume_kit.scoring.resume_index import ResumeIndex
from resume_kit.scoring.weighting import Scored


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


def _years(
    resume: Resume, index: ResumeIndex, relevant: frozenset[str]
) -> tuple[float, float, int]:
    """Years of every dated role and of the relevant ones, and the number of undated roles."""
    relevant_starts = sorted(
        mention.start for hit in resume.skills if hit.id in relevant for mention in hit.mentions
    )
    intervals: list[tuple[int, int]] = []
    relevant_intervals: list[tuple[int, int]] = []
    undated = 0
    for role in resume.roles:
        start = month_index(role.start_date)
        if start is None:
            undated += 1
            continue
        end = index.role_end(role)
        end = start if end is None else end
        if end >= start:
            intervals.append((start, end + 1))
            if any(role.start <= offset < role.end for offset in relevant_starts):
                relevant_intervals.append((start, end + 1))
    return _merged_years(intervals), _merged_years(relevant_intervals), undated


def _asked_level(posting: Posting, framework: Framework) -> tuple[Level | None, str, bool]:
    """The posting's level, why, and whether it is only the framework's default (a guess)."""
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
    return asked_level, asked_basis, guessed


def _held_level(
    resume: Resume, framework: Framework, today: int, years_held: float
) -> tuple[Level | None, str]:
    """The candidate's level and why: the latest role's title cue, else the years held."""
    latest = latest_role(resume.roles, YearMonth.from_index(today))
    held_level, held_cue = _level_of_title(latest.title if latest else None, framework)
    if held_level is not None and latest is not None:
        held_basis = f"your latest title '{latest.title}' contains '{held_cue}'"
    elif resume.roles:
        held_level = _level_of_years(years_held, framework)
        held_basis = f"{years_held:g} years of relevant experience"
    else:
        held_basis = "no roles found"
    return held_level, held_basis


def _years_asked(
    posting: Posting, framework: Framework, asked_level: Level | None, guessed: bool
) -> tuple[float | None, str | None]:
    """The years the posting asks for (stated, else typical for its level) and how it says so."""
    required = posting.years_required
    if required is not None:
        return required.min, required.text
    if asked_level is not None and not guessed:
        years_asked = framework.seniority.level(asked_level).min_years
        return years_asked, f"{years_asked:g}+ years (typical for {asked_level} level)"
    return None, None


def _experience_score(posting: Posting, guessed: bool, summary: ExperienceSummary) -> Scored:
    years_asked, years_held = summary.years_asked, summary.years_held
    if years_asked is None:
        return Scored(
            None,
            "Not scored: the posting states no years, and its title "
            + ("has no level word to infer them from." if guessed else "is missing.")
            if posting.title
            else "Not scored: the posting states no years and has no title to infer a level from.",
        )
    if years_asked <= 0:
        return Scored(1.0, "The posting asks for no minimum years.")
    return Scored(
        min(1.0, years_held / years_asked),
        f"Your relevant roles add up to {years_held:g} years ({summary.years_total:g} in all, "
        f"overlaps counted once) against {summary.years_asked_text}; a role is relevant when it "
        "shows a skill (not a soft skill) the posting or the framework names.",
    )


def _seniority_score(guessed: bool, summary: ExperienceSummary) -> Scored:
    asked_level, held_level = summary.seniority_asked, summary.seniority_held
    if asked_level is None or guessed:
        return Scored(
            None,
            "Not scored: the posting's title has no level word and it states no years."
            if guessed
            else "Not scored: the posting has no title or years to tell its level.",
        )
    if held_level is None:
        return Scored(0.0, f"The posting is {asked_level} level; no role was found in your resume.")
    gap = LEVELS.index(asked_level) - LEVELS.index(held_level)
    return Scored(
        1.0 if gap <= 0 else (0.5 if gap == 1 else 0.0),
        f"The posting reads as {asked_level} level ({summary.seniority_asked_basis}); you read as "
        f"{held_level} ({summary.seniority_held_basis}).",
    )


def assess_experience(
    resume: Resume,
    posting: Posting,
    framework: Framework,
    index: ResumeIndex,
    relevant: frozenset[str],
) -> tuple[ExperienceSummary, Scored, Scored]:
    """Years and seniority held vs asked, and the experience and seniority components.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        framework: Its seniority levels and their typical years.
        index: Lookups over the resume (role ends up to today).
        relevant: Skill ids that make a role count toward the years asked.
    """
    years_total, years_held, undated = _years(resume, index, relevant)
    asked_level, asked_basis, guessed = _asked_level(posting, framework)
    held_level, held_basis = _held_level(resume, framework, index.today, years_held)
    years_asked, asked_text = _years_asked(posting, framework, asked_level, guessed)
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
    return (
        summary,
        _experience_score(posting, guessed, summary),
        _seniority_score(guessed, summary),
    )


def undated_roles_note(undated: int) -> str:
    """The report's note on roles whose years could not be counted."""
    return f"{undated} role(s) have no start date and were not counted in years of experience."
