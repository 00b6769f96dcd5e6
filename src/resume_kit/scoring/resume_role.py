"""Reading a resume's occupations: its roles' titles over the career, its headline and summary.

Roles weigh by order and by months held (older roles less); a title that names no job
("Principal", "Consultant") is read by its bullets; a generic project title is split by the
resume's line of work. Used by :mod:`resume_kit.scoring.role_fit`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from resume_kit.model.dates import month_index
from resume_kit.model.documents import Resume, role_end
from resume_kit.scoring.occupations import (
    LEVEL_WORDS,
    MAX_TITLE_WORDS,
    OccupationTable,
    load_occupations,
)
from resume_kit.scoring.role_reading import (
    CHARS_PER_WORD,
    LEAST_PART,
    PROJECT_DELIVERY,
    TAG,
    TITLE_PARTS,
    WORDS,
    Sighting,
    family_role,
    generic_project_title,
    read_sightings,
    read_title,
    split_generic,
    starts_a_name,
    text_fallback,
)
from resume_kit.scoring.tunables import (
    CAREER_HALF_LIFE,
    HEADLINE_WORDS,
    ROLE_MONTHS_CAP,
    ROLE_MONTHS_UNKNOWN,
    ROLE_RECENCY,
    ROLES_READ,
)
from resume_kit.scoring.work_domain import it_share, text_evidence


def resume_occupations(resume: Resume, now: int | None = None) -> list[Sighting]:
    """What occupations the candidate's titles read as: the career's roles and the headline.

    The roles' titles share the weight ``ROLE_RECENCY`` gives as many roles (so the headline
    weighs the same beside one role as beside four), split by :func:`career_weights`: half by
    their order, half by the time spent in each, the older ones less. A four-month latest role
    after six years as a project manager does not outweigh them.

    Args:
        resume: The extracted resume.
        now: The month (:func:`~resume_kit.model.dates.month_index`) at which ongoing roles
            end; None: they sort as the latest.

    Returns:
        The sightings, weights not normalised; empty when no known title is found.
    """
    now_month = 10**6 if now is None else now
    dated: list[tuple[int, int, int, str, int | None, int | None, str]] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for position, role in enumerate(resume.roles):
        if not role.title:
            continue
        # A role read twice (a resume that repeats its history) counts once.
        key = (role.title.casefold(), role.start_date, role.end_date)
        if key not in seen:
            seen.add(key)
            end = role_end(role, now_month)
            start = month_index(role.start_date)
            dated.append(
                (
                    -(end if end is not None else -1),
                    -(start if start is not None else -1),
                    position,
                    role.title,
                    start,
                    end if now is not None or not role.current else None,
                    " ".join(bullet.text for bullet in role.bullets),
                )
            )
    dated.sort()
    spans = [(d[4], d[5]) for d in dated[:ROLES_READ]]
    weights = career_weights(spans)
    titles = tuple((d[3], w, d[6]) for d, w in zip(dated[:ROLES_READ], weights, strict=True))
    # The untitled top part, where a headline stands (none when a heading opens the resume).
    first = min(resume.sections, key=lambda section: section.start, default=None)
    if first is None:
        top = resume.text
    elif first.start > 0 or not first.heading.strip():
        top = resume.text[: first.start] or resume.text[: first.end]
    else:
        top = ""
    # Cached: ranking postings for one resume asks the same question for every posting.
    found = list(_resume_sightings(titles, resume.text, resume.summary, top))
    if not any(
        s.occupation.family == PROJECT_DELIVERY and generic_project_title(s.phrase) for s in found
    ):
        return found
    # A generic "Project Manager" is IT as far as the work is IT (the text's word counts are
    # cached by work_domain, so ranking many postings for one resume counts them once).
    share = it_share(text_evidence(resume.text, resume.skills))
    if share is not None and share > 1 - LEAST_PART:
        return found  # all IT: the table's reading, nothing to say
    return split_generic(found, share, "by your resume's text")


def career_weights(spans: Sequence[tuple[int | None, int | None]]) -> list[float]:
    """How much each role's title counts, latest first, from its (start, end) months.

    The roles share ``sum(ROLE_RECENCY[:n])``: half by their place (``ROLE_RECENCY``: the
    latest is where the candidate stands now), half by the time spent in each (its months,
    unknown: ``ROLE_MONTHS_UNKNOWN``, at most ``ROLE_MONTHS_CAP``), halved every
    ``CAREER_HALF_LIFE`` months between its end and the latest role's. Without dates, by place
    alone.
    """
    n = len(spans)
    if n == 0:
        return []
    place = [ROLE_RECENCY[min(k, len(ROLE_RECENCY) - 1)] for k in range(n)]
    total = sum(place[: len(ROLE_RECENCY)])
    by_place = [total * p / sum(place) for p in place]
    latest_end = spans[0][1] if spans[0][1] is not None else spans[0][0]
    if latest_end is None or all(start is None for start, _ in spans):
        return by_place
    spent: list[float] = []
    for start, end in spans:
        months = end - start + 1 if start is not None and end is not None else None
        span = min(max(months or ROLE_MONTHS_UNKNOWN, 1), ROLE_MONTHS_CAP)
        gap = max(0, latest_end - end) if end is not None else 0
        spent.append(span * 0.5 ** (gap / CAREER_HALF_LIFE))
    return [(p + total * t / sum(spent)) / 2 for p, t in zip(by_place, spent, strict=True)]


@functools.lru_cache(maxsize=256)
def _resume_sightings(
    titles: tuple[tuple[str, float, str], ...],
    text: str,
    summary: str | None,
    top: str,
) -> tuple[Sighting, ...]:
    """:func:`resume_occupations` on the latest-first roles (title, weight, bullets' text), the
    text, the summary and the untitled top part."""
    table = load_occupations()
    found: list[Sighting] = []
    places = ["your latest role", *["an earlier role"] * len(titles)][: len(titles)]
    for (title, weight, _), where in zip(titles, places, strict=True):
        found += _role_title(table, title, weight, where)
    if not found:
        # No title names a job ("Principal", "Director"): the bullets, weaker evidence, may.
        for (_, weight, bullets), where in zip(titles, places, strict=True):
            found += _bullet_words(bullets, weight, where)
    # The opening words, a headline ("Senior IT Project Manager", also in a resume flattened
    # to one line), and the summary's: what the candidate says they are, read beside the roles.
    headline = read_sightings(table, text, 1.0, "your headline", HEADLINE_WORDS)
    found += (headline := headline or _headline_words(table, top))
    if summary:
        # Without a headline the summary's opening says what the candidate is: it weighs as one.
        weight = 0.5 if headline else 1.0
        found += read_sightings(
            table, summary, weight, "your summary", HEADLINE_WORDS
        ) or _opening_title(table, summary, weight, "your summary")
    return tuple(found or text_fallback(table, text, "your resume's"))


# Where a title written as two joined by "&" or "and" splits ("Portfolio Manager & Delivery
# Lead"): only between two heads, so "Research and Development Engineer" stays whole.
_JOINED = re.compile(r"\s(?:&|and)\s", re.IGNORECASE)


def _role_title(table: OccupationTable, title: str, weight: float, where: str) -> list[Sighting]:
    """A role's title as :func:`read_title` reads it, and the titles in it the table does not
    know that end in a job noun and name a family by their words: "Portfolio Manager & Delivery
    Lead" is also a delivery lead, "Practice Manager Project Delivery Lead" ends in a project
    title glued on, its head. Each part weighs alike, a glued head twice."""
    title = _field_first(table, title)
    found = read_title(table, title, 1.0, where)
    unknown: list[tuple[float, tuple[str, str]]] = []
    known = 0.0
    for part in re.split(r"[/]|" + TITLE_PARTS.pattern, title, flags=re.IGNORECASE):
        pieces = _JOINED.split(part or "")
        if not all(_head_word(table, WORDS.findall(piece.casefold())) for piece in pieces):
            pieces = [part]
        for piece in pieces:
            named = [m for m in table.find(piece) if not starts_a_name(piece, m)]
            words = WORDS.findall(piece.casefold().replace("&", " "))
            if named:
                known += 1
                # The words after the last known title: a second title glued on, the head.
                last = named[-1].phrase.split()[-1]
                ends = [k for k, w in enumerate(words) if w == last]
                words, head_weight = (words[ends[-1] + 1 :] if ends else []), 2.0
            else:
                head_weight = 1.0
            named_family = table.family_words(" ".join(words)) if _head_word(table, words) else None
            if named_family is not None:
                unknown.append((head_weight, named_family))
    if not known or not unknown:  # nothing known, or nothing more: as read
        return [s._replace(weight=s.weight * weight) for s in found]
    total = known + sum(w for w, _ in unknown)
    parts = [s._replace(weight=s.weight * weight * known / total) for s in found]
    return parts + [
        Sighting(family_role(family), weight * w / total, f"{where} word '{word}'", phrase=word)
        for w, (family, word) in unknown
    ]


def _head_word(table: OccupationTable, words: list[str]) -> bool:
    """Whether a piece of a title ends in a job noun ("manager"; "lead", a level word the table's
    titles drop, ends one too: "Delivery Lead") after a word that is no level word."""
    return (
        bool(words)
        and (words[-1] in table.heads or words[-1] == "lead")
        and any(w not in LEVEL_WORDS for w in words[:-1])
    )


# The project family's words in a role's bullets.
_PROJECT_WORDS = frozenset(
    str.split(
        "project projects program programs programme programmes pmo pmp prince2 stakeholder "
        "stakeholders milestone milestones deliverable deliverables delivery scope implementation "
        "implementations roadmap roadmaps go-live steering budget budgets schedule schedules"
    )
)
# Per 100 words of a real resume's bullets: 3 in 4 IT PM resumes name these as densely, 1 in 10
# other resumes.
_PROJECT_DENSITY = 2.0
_PROJECT_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # "go-live" is one word
_PROJECT_MENTIONS = 3  # and at least this many: a short role says too little
_BULLET_TRUST = 0.5  # bullets are prose: they count half what a title would


def _bullet_words(bullets: str, weight: float, where: str) -> list[Sighting]:
    """A role whose title names no occupation ("Principal", "Consultant", "Director") read by
    its bullets: project management when they name projects densely, else nothing."""
    words = _PROJECT_WORD.findall(bullets.casefold())
    mentions = sum(1 for word in words if word in _PROJECT_WORDS)
    if mentions < _PROJECT_MENTIONS or mentions * 100 < _PROJECT_DENSITY * len(words):
        return []
    said = f"{where}'s bullets ({mentions} project words)"
    return [Sighting(family_role(PROJECT_DELIVERY), weight * _BULLET_TRUST, said, True)]


_HYPHENATED = re.compile(r"\S+-\S+")


def _opening_title(table: OccupationTable, text: str, weight: float, where: str) -> list[Sighting]:
    """A text's opening words up to the first job noun read as a title ("Operations and project
    leader with ..."), without hyphenated words: they describe the person ("Detail-oriented")."""
    opening = _HYPHENATED.sub(" ", TAG.sub(" ", text[: HEADLINE_WORDS * CHARS_PER_WORD]))
    words = WORDS.findall(opening.casefold())
    for end, word in enumerate(words[: MAX_TITLE_WORDS + 1]):
        if word in table.heads:
            return read_title(table, " ".join(words[: end + 1]), weight, where)
    return []


# "Director of Information Technology": a head, "of", the field it heads (up to a title's split).
_HEAD_OF = re.compile(
    r"\b((?:[a-z.]+\s+){0,2}[a-z.]+)\s+of\s+((?:the\s+)?[a-z&.]+(?:\s+[a-z&.]+){0,3}?)"
    r"(?=\s*(?:[,;()\[\]|/]|\s[-\u2013\u2014:]+\s|$))",
    re.IGNORECASE,
)


def _field_first(table: OccupationTable, title: str) -> str:
    """``title`` with "<head> of <field>" written "<field> <head>" where only that names a job.

    O*NET writes "Information Technology Director", resumes as often "Director of Information
    Technology"; a phrase that names a known title as written ("Student Technician The
    University of Texas") is left alone.
    """

    def turn(match: re.Match[str]) -> str:
        head, field = match.group(1), match.group(2)
        turned = f"{field} {head}"
        if table.find(match.group(0)) or not table.find(turned):
            return match.group(0)
        return turned

    return _HEAD_OF.sub(turn, title) if " of " in title.casefold() else title


# Where a headline line ends in a resume's top part: a line break, a tag, or the run of spaces
# that stands for one in a flattened text.
_LINE_END = re.compile(r"\n|<[^>]{0,200}>|\s{3,}")
_HEADLINE_LINE_WORDS = 10  # a first line longer than this is no title line


def _headline_words(table: OccupationTable, text: str) -> list[Sighting]:
    """A headline naming no known title, read by its words ("DBA Engineer", "VP IT - Software").

    ``text`` is the resume's untitled top part. Its first line, when short enough to be a
    title, is read whole as a title (:func:`read_title`: its parts, else its family words);
    otherwise its opening words up to the first word that ends a known title.
    """
    opening = text[: HEADLINE_WORDS * CHARS_PER_WORD]
    line = next((part for part in _LINE_END.split(opening) if part.strip()), "").strip()
    if line[:1].islower():  # a sentence or markup ("the default layout is 'page'"), no title
        return []
    if len(WORDS.findall(line.casefold())) <= _HEADLINE_LINE_WORDS:
        found = read_title(table, line, 1.0, "your headline")
        if found:
            return found
    return _opening_title(table, opening, 1.0, "your headline")
