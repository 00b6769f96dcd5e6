"""Role fit: is the posting for the candidate's kind of role?

Two parts, weighed as the framework's ``role_fit`` says (title 2 : skills 1 as shipped):

* the occupation: the posting's title (else its job area, else its opening words) and the
  candidate's titles (roles, most recent weighing most, and the resume's headline) are read as
  O*NET occupations (:mod:`resume_kit.scoring.occupations`); the part is how near they are (same
  occupation 1, same family ``same_family``, a neighbouring family less, another family 0),
  averaged over what each side reads as. A PM resume against a developer posting scores 0 here
  whatever skills the two share.
* the skills: the share of the posting's hard-skill requirement weight that the candidate's role
  framework names, pulled toward the neutral prior like the requirements score. When neither
  side's framework has a role family (the generic IT one, also the fallback for titles no
  framework names: a data analyst, a nurse) the frameworks tell neither job: the part is then
  the neutral prior. A finance
  controller posting can ask for skills a project manager shows (budgets, stakeholders) and still
  be another job: its title says so.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from resume_kit.model.dates import YearMonth, month_index
from resume_kit.model.documents import Posting, Resume, latest_role, role_end
from resume_kit.model.framework import Framework
from resume_kit.model.report import RequirementMatch, RoleFitSummary
from resume_kit.scoring.frameworks import framework_by_keyword
from resume_kit.scoring.occupations import (
    LEVEL_WORDS,
    MAX_TITLE_WORDS,
    Occupation,
    OccupationTable,
    TitleMatch,
    load_occupations,
)
from resume_kit.scoring.tunables import (
    CAREER_HALF_LIFE,
    HEADLINE_WORDS,
    PROSE_TRUST,
    ROLE_MONTHS_CAP,
    ROLE_MONTHS_UNKNOWN,
    ROLE_OUTSIDE_SHOWN,
    ROLE_RECENCY,
    ROLE_UNKNOWN,
    ROLES_READ,
    TEXT_TITLES_READ,
    TEXT_WORDS_READ,
)
from resume_kit.scoring.weighting import Scored
from resume_kit.scoring.work_domain import it_share, job_text, text_evidence, title_says

_TAG = re.compile(r"<[^>]{0,200}>")
# Where a title splits into parts read apart: commas, brackets, bars, spaced dashes, "with".
_TITLE_PARTS = re.compile(
    r"[,;()\[\]|]|\s[-\u2013\u2014:]+\s|\u2013|\u2014|\swith\s", re.IGNORECASE
)
_WORDS = re.compile(r"[a-z0-9+#]+")
_MODIFIER_WORDS = 2  # the words before a one-word head that may name its family
_MODIFIER_SHARE = 2 / 3  # how much of such a title the modifier's family takes
PROJECT_DELIVERY = "project-delivery"  # the family of IT project titles in the table
# The words of a project title that could head IT or any other project work.
_GENERIC_PROJECT_WORDS = frozenset(
    str.split(
        "project projects program programme manager management coordinator lead leader director "
        "officer specialist administrator controller scheduler delivery pmo analyst technician "
        "planner planning owner product"
    )
)
# A phrase that says whom the posting hires; the title follows within ``_CUE_WORDS`` words, in the
# same sentence.
_HIRING_CUE = re.compile(
    r"\b(?:seeking|looking\s+for|hiring|recruiting|searching\s+for|in\s+search\s+of|"
    r"join\s+(?:us|our\s+\w+(?:\s+\w+)?)\s+as)\b([^.!?;:|\n]{1,120})",
    re.IGNORECASE,
)
_CUE_WORDS = 8
# A lowercase letter then a capitalised word: two words a flattened list glued together.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_FIELD_TIMES = 2  # fields of one family named this often in an untitled posting are the job
# Words shortly before a title in a posting's prose that make it a colleague, not the job.
_COLLEAGUE_CUES = frozenset(
    str.split(
        "with alongside beside among between to support supports supporting assist assists "
        "assisting"
    )
)
_CUE_BACK = 5  # how many words before a title are looked at
_LEAD_HEADS = frozenset({"lead", "leader"})  # the head of "Project Lead(er)", not a level
_LEAST_PART = 0.01  # a share of a split reading too small to keep
_NAME_WORDS = 3  # words after a one-word title that make it the start of a glued-on name
_CHARS_PER_WORD = 60  # generous: a word with the HTML markup some exported texts keep
# "PM" and "TPM" in capitals in a posting's title are the job's abbreviation ("PM with BA
# experience"); not after a number ("2 PM").
_TITLE_ABBREVIATIONS = (
    (re.compile(r"(?<![\d:.]\s)(?<![\d:.])\bTPM\b"), "Technical Program Manager"),
    (re.compile(r"(?<![\d:.]\s)(?<![\d:.])\bPM\b"), "Project Manager"),
)
# In prose only after an article or "as" ("experience as a PM", "the TPM will"): a product's
# initials are named bare ("use EM and PM to ...").
_PROSE_ABBREVIATIONS = (
    (re.compile(r"(\b(?i:an?|the|as|our|your)\s+)TPM\b"), r"\1Technical Program Manager"),
    (re.compile(r"(\b(?i:an?|the|as|our|your)\s+)PM\b"), r"\1Project Manager"),
)
# A field of work named as a posting's job ("Technical Program Management"): its manager, when
# the title names no known title ("Director, Program Management").
_FIELD_HEAD = re.compile(r"\bmanagement\b", re.IGNORECASE)


def _family_role(family: str) -> Occupation:
    """The occupation standing for a family told by a word, not by a known title."""
    return Occupation(f"family:{family}", f"a {family} role", family)


class Sighting(NamedTuple):
    """An occupation read from a title, how much it counts and where it was read.

    ``in_prose`` marks a title named somewhere in the text rather than as the document's own
    title or headline ("reports to the project manager"): weaker evidence. ``phrase`` is the
    known title read ("project manager"; empty when the family was told by a word).
    """

    occupation: Occupation
    weight: float
    where: str
    in_prose: bool = False
    phrase: str = ""


def _read(
    table: OccupationTable,
    text: str,
    weight: float,
    where: str,
    limit: int | None = None,
    *,
    one_word: bool = True,
    fields: bool = False,
) -> list[Sighting]:
    """The occupations ``text`` names, sharing ``weight`` (a 'PM / Developer' title is both).

    A whole title (``limit`` None) is read as :func:`_read_title` says; the opening words of a
    text (``limit`` words) share the weight equally among the titles they name; when not
    ``one_word`` (a posting's opening sentence) only those :func:`_named_in_prose` allows;
    ``fields``: a title naming a field of project work reads as its manager (a posting's title).
    """
    if limit is None:
        return _read_title(table, _TAG.sub(" ", text), weight, where, fields=fields)
    text = text[: limit * _CHARS_PER_WORD]  # the opening words only: skip the rest early
    found = [
        m
        for m in table.find(_TAG.sub(" ", text), limit=limit)
        if one_word or _named_in_prose(table, m)
    ]
    return [
        Sighting(
            occupation,
            weight / len(found) / len(m.occupations),
            f"{where} '{m.phrase}'",
            phrase=m.phrase,
        )
        for m in found
        for occupation in m.occupations
    ]


def _read_title(
    table: OccupationTable, title: str, weight: float, where: str, *, fields: bool = False
) -> list[Sighting]:
    """The occupations a whole title names, weighted by where each stands in it.

    * A title's parts (split at commas, brackets and dashes: "Program Manager - Care
      Operations") are read in order; the first part that names a job weighs most, each later
      one half as much ("Infrastructure Engineer (Scrum Master)").
    * Alternatives split by '/' weigh alike ("Project Manager / Developer").
    * Within an alternative the last title named is the head, the one the job is: it weighs
      twice an earlier one ("Solutions Architect Project Manager" is a project manager).
    * A title whose head is one generic word ("Developer", "Researcher") and whose words before
      it name a family ("BI Developer", "Security Researcher") is read two thirds as that
      family: the modifier says what kind of work, the head only that it is made or studied.
    * A one-word title inside a title, with words before it and three or more after it, starts
      the employer's name glued to the title, not the job ("PMO & Applications Manager
      Physician Partners of America"): it is not read.
    * With ``fields`` (a posting's title), "PM" and "TPM" are read as the titles they stand
      for ("PM with BA/Developer experience" manages projects), and a title that names no
      known title but a field of project work is its manager ("Director, Technical Program
      Management - DGX Cloud"): the product or team named beside it is where the job is, not
      what it is.
    * A title that names no known title may still say its family by its words ("Senior
      Analytics Engineer": data).
    """
    if fields:
        for abbreviation, title_words in _TITLE_ABBREVIATIONS:
            title = abbreviation.sub(title_words, title)
    pieces: list[tuple[float, str]] = []  # (weight before normalising, text)
    part_weight = 1.0
    for part, mark in _title_parts(title):
        options = [option for option in part.split("/") if option.strip()]
        named = [_title_matches(table, option) for option in options]
        if not any(named):
            continue
        if pieces and mark in "([":
            # "Infrastructure Engineer (Scrum Master)": a title in brackets after a title names
            # the same job a second way, as a '/' would: it weighs as the title before it.
            part_weight *= 2
        named = [matches for matches in named if matches]
        for matches in named:
            head_total = len(matches) + 1  # the head counts twice
            for k, match in enumerate(matches):
                share = (2 if k == len(matches) - 1 else 1) / head_total
                pieces.append((part_weight / len(named) * share, match.phrase))
        part_weight /= 2
    if fields and not pieces:
        # "Technical Program Management", "Change & Release Management Associate": the field's
        # manager, when the table knows one ("program manager", "release manager").
        managed = [
            m
            for m in table.find(_FIELD_HEAD.sub("manager", title))
            if m.phrase.endswith("manager") and " " in m.phrase
        ]
        pieces += [(1.0, m.phrase) for m in managed[-1:]]  # the last, the title's head
    if not pieces:
        named_family = table.family_words(title)
        if named_family is None:
            return []
        family, word = named_family
        role = _family_role(family)
        return [Sighting(role, weight, f"{where} word '{word}'", phrase=word)]
    total = sum(w for w, _ in pieces)
    found: list[Sighting] = []
    for piece_weight, phrase in pieces:
        share = weight * piece_weight / total
        occupations = table.titles[phrase]
        modifier = _modifier_family(table, title, phrase, occupations)
        if modifier is not None:
            family, word = modifier
            role = _family_role(family)
            found.append(Sighting(role, share * _MODIFIER_SHARE, f"{where} '{word} {phrase}'"))
            share *= 1 - _MODIFIER_SHARE
        found += [
            Sighting(occupation, share / len(occupations), f"{where} '{phrase}'", phrase=phrase)
            for occupation in occupations
        ]
    return found


def _title_parts(title: str) -> list[tuple[str, str]]:
    """The parts of a title (:data:`_TITLE_PARTS`), each with the mark that opens it ("" for the
    first, "(" for one in brackets, "," after a comma...)."""
    parts: list[tuple[str, str]] = []
    start, mark = 0, ""
    for split in _TITLE_PARTS.finditer(title):
        parts.append((title[start : split.start()], mark))
        start, mark = split.end(), split.group().strip()
    parts.append((title[start:], mark))
    return parts


def _title_matches(table: OccupationTable, option: str) -> list[TitleMatch]:
    """The known titles one option of a title names, in order, the last its head.

    "Lead" before a title is a level ("Lead Developer") and the table's lookup skips it; at the
    end of a title, after what is led, it is the head ("Project Lead", "Project Leader"): a
    known title ending in "lead" is then read whole.
    """
    found = [m for m in table.find(option) if not _starts_a_name(option, m)]
    words = _WORDS.findall(option.casefold())
    if len(words) < 2 or words[-1] not in _LEAD_HEADS:
        return found
    for size in range(min(MAX_TITLE_WORDS - 1, len(words) - 1), 0, -1):
        led = words[-1 - size : -1]
        phrase = " ".join([*led, "lead"])
        occupations = table.titles.get(phrase)
        if not occupations:
            # "Delivery Lead", "Programme Lead": a project's lead is its manager, in the
            # project-delivery titles (O*NET files "project lead" beside "project manager").
            phrase = " ".join([*led, "manager"])
            occupations = tuple(
                o for o in table.titles.get(phrase, ()) if o.family == PROJECT_DELIVERY
            )
        if occupations:
            lead = TitleMatch(phrase, occupations, len(words) - 1 - size)
            return [m for m in found if m.word < lead.word] + [lead]
    return found


def _starts_a_name(title: str, match: TitleMatch) -> bool:
    """Whether a one-word title found in ``title`` begins a name glued after the title.

    Such a word has words of the title before it and three or more words after it
    ("Applications Manager Physician Partners of America"); a title's own head stands at its end
    or before a word or two ("Production Superintendent USAF", "ICU Nurse Night Shift"); level
    words do not count.
    """
    if " " in match.phrase:
        return False
    words = _WORDS.findall(title.casefold().replace("&", " and "))
    before = [w for w in words[: match.word] if w not in LEVEL_WORDS]
    after = [w for w in words[match.word + 1 :] if w not in LEVEL_WORDS]
    return bool(before) and len(after) >= _NAME_WORDS


def _modifier_family(
    table: OccupationTable, title: str, phrase: str, occupations: Sequence[Occupation]
) -> tuple[str, str] | None:
    """The family the words just before a one-word title head name, when another than its own.

    "BI Developer" -> ("data", "bi"); "Java Developer" is a known title of its own and
    "Web Developer" names the developer's family: None. Only a computing head is moved, and only
    to a computing family: "Applications Physician" is a physician, "Front Office Developer" a
    developer.
    """
    computing = table.computing
    if " " in phrase or not any(o.family in computing for o in occupations):
        return None
    words = _WORDS.findall(title.casefold())
    if phrase not in words:
        return None
    before = words[max(0, words.index(phrase) - _MODIFIER_WORDS) : words.index(phrase)]
    named = table.family_words(" ".join(before))
    if named is None or named[0] not in computing or any(o.family == named[0] for o in occupations):
        return None
    return named


def _named_in_prose(table: OccupationTable, match: TitleMatch) -> bool:
    """Whether a title found in running text names a job there.

    A title of two words or more does; a one-word title only when it is a computing one
    ("developer", "programmer"): the others are as often a verb, a tool or a name ("monitor
    the schedule", "Chef", "Hunter") as a job.
    """
    return " " in match.phrase or all(o.family in table.computing for o in match.occupations)


def _text_fallback(
    table: OccupationTable, text: str, whose: str, *, colleagues: bool = False
) -> list[Sighting]:
    """Titles named anywhere in a text, the first weighing most (when no title says it).

    Only titles that name a job in running text (:func:`_named_in_prose`); with
    ``colleagues`` (a posting's text), not the people the job works with or for ("collaborate
    with the Product Owner", "reports to the project manager", "supports project managers").
    """
    # The first words only: a title named deep in the text says little, and reading it all
    # would cost more than the rest of the score for a long posting.
    opening = _TAG.sub(" ", text[: TEXT_WORDS_READ * _CHARS_PER_WORD])
    words = _WORDS.findall(opening.casefold().replace("&", " and ")) if colleagues else []
    found = [
        m
        for m in table.find(opening, limit=TEXT_WORDS_READ)
        if _named_in_prose(table, m)
        and not (colleagues and _COLLEAGUE_CUES & set(words[max(0, m.word - _CUE_BACK) : m.word]))
    ][:TEXT_TITLES_READ]
    return _in_prose(found, f"{whose} text '{{}}'")


def _in_prose(found: Sequence[TitleMatch], where: str) -> list[Sighting]:
    """Titles named in prose as sightings, the first weighing most (1, 1/2, 1/3...); ``where``
    takes the phrase at ``{}``."""
    return [
        Sighting(o, 1.0 / (1 + k) / len(m.occupations), where.format(m.phrase), True, m.phrase)
        for k, m in enumerate(found)
        for o in m.occupations
    ]


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
        s.occupation.family == PROJECT_DELIVERY and _generic_project_title(s.phrase) for s in found
    ):
        return found
    share = _it_share_of(resume)  # a generic "Project Manager" is IT as far as the work is IT
    if share is not None and share > 1 - _LEAST_PART:
        return found  # all IT: the table's reading, nothing to say
    return _split_generic(found, share, "by your resume's text")


_LAST_SHARE: list[tuple[Resume, float | None]] = []  # the last resume asked about, and its share


def _it_share_of(resume: Resume) -> float | None:
    """The share of IT in the resume's work (:func:`~resume_kit.scoring.work_domain.it_share`),
    remembered for the last resume: ranking asks it again for every posting."""
    if _LAST_SHARE and _LAST_SHARE[0][0] is resume:
        return _LAST_SHARE[0][1]
    share = it_share(text_evidence(resume.text, resume.skills))
    _LAST_SHARE[:] = [(resume, share)]
    return share


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
    headline = _read(table, text, 1.0, "your headline", HEADLINE_WORDS)
    found += (headline := headline or _headline_words(table, top))
    if summary:
        # Without a headline the summary's opening says what the candidate is: it weighs as one.
        weight = 0.5 if headline else 1.0
        found += _read(table, summary, weight, "your summary", HEADLINE_WORDS) or _opening_title(
            table, summary, weight, "your summary"
        )
    return tuple(found or _text_fallback(table, text, "your resume's"))


# Where a title written as two joined by "&" or "and" splits ("Portfolio Manager & Delivery
# Lead"): only between two heads, so "Research and Development Engineer" stays whole.
_JOINED = re.compile(r"\s(?:&|and)\s", re.IGNORECASE)


def _role_title(table: OccupationTable, title: str, weight: float, where: str) -> list[Sighting]:
    """A role's title as :func:`_read_title` reads it, and the titles in it the table does not
    know that end in a job noun and name a family by their words: "Portfolio Manager & Delivery
    Lead" is also a delivery lead, "Practice Manager Project Delivery Lead" ends in a project
    title glued on, its head. Each part weighs alike, a glued head twice."""
    title = _field_first(table, title)
    found = _read_title(table, title, 1.0, where)
    unknown: list[tuple[float, tuple[str, str]]] = []
    known = 0.0
    for part in re.split(r"[/]|" + _TITLE_PARTS.pattern, title, flags=re.IGNORECASE):
        pieces = _JOINED.split(part or "")
        if not all(_head_word(table, _WORDS.findall(piece.casefold())) for piece in pieces):
            pieces = [part]
        for piece in pieces:
            named = [m for m in table.find(piece) if not _starts_a_name(piece, m)]
            words = _WORDS.findall(piece.casefold().replace("&", " "))
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
        Sighting(_family_role(family), weight * w / total, f"{where} word '{word}'", phrase=word)
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
    return [Sighting(_family_role(PROJECT_DELIVERY), weight * _BULLET_TRUST, said, True)]


_HYPHENATED = re.compile(r"\S+-\S+")


def _opening_title(table: OccupationTable, text: str, weight: float, where: str) -> list[Sighting]:
    """A text's opening words up to the first job noun read as a title ("Operations and project
    leader with ..."), without hyphenated words: they describe the person ("Detail-oriented")."""
    opening = _HYPHENATED.sub(" ", _TAG.sub(" ", text[: HEADLINE_WORDS * _CHARS_PER_WORD]))
    words = _WORDS.findall(opening.casefold())
    for end, word in enumerate(words[: MAX_TITLE_WORDS + 1]):
        if word in table.heads:
            return _read_title(table, " ".join(words[: end + 1]), weight, where)
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
    title, is read whole as a title (:func:`_read_title`: its parts, else its family words);
    otherwise its opening words up to the first word that ends a known title.
    """
    opening = text[: HEADLINE_WORDS * _CHARS_PER_WORD]
    line = next((part for part in _LINE_END.split(opening) if part.strip()), "").strip()
    if line[:1].islower():  # a sentence or markup ("the default layout is 'page'"), no title
        return []
    if len(_WORDS.findall(line.casefold())) <= _HEADLINE_LINE_WORDS:
        found = _read_title(table, line, 1.0, "your headline")
        if found:
            return found
    return _opening_title(table, opening, 1.0, "your headline")


def posting_occupations(posting: Posting) -> list[Sighting]:
    """What occupation the posting is for: its title, else its job area, else its opening words.

    When none of these names a known job ("Director", a posting whose title was not found), the
    titles its text names are read, trusted as prose (``PROSE_TRUST``): "the director leads our
    data engineers" says the job more often than not, and the "project manager" such a posting
    reports to moves its fit only half as far as a title would.

    A generic project title ("Project Manager", "Program Manager") is IT project management only
    as far as the posting's work is IT (:func:`_line_of_work`); the rest is general project
    management, another family.

    Returns:
        The sightings, weights not normalised; empty when no known title is found.
    """
    table = load_occupations()
    for text, where, limit in (
        (posting.title, "its title", None),
        (posting.area, "its job area", None),
        (posting.text, "its opening words", HEADLINE_WORDS),
    ):
        # Opening words that are no title line are a sentence: its one-word "titles" are as
        # often verbs ("Monitor...") as jobs.
        found = (
            _read(table, text, 1.0, where, limit, one_word=limit is None, fields=limit is None)
            if text
            else []
        )
        if found:
            title = (posting.title or "") if where == "its title" else ""
            return _line_of_work(found, posting, title)
        # A job area names a field ("Project Management"), not a job: a framework's title
        # keyword places it in that framework's family of roles.
        keyword = framework_by_keyword(text) if text and where == "its job area" else None
        if keyword is not None and keyword[0].family:
            framework, phrase = keyword
            family = Occupation(f"family:{framework.family}", framework.name, framework.family)
            return [Sighting(family, 1.0, f"{where} '{phrase}'")]
    found = list(_untitled_reading(posting.text))
    return _line_of_work(found, posting, "")


@functools.lru_cache(maxsize=256)
def _untitled_reading(text: str) -> tuple[Sighting, ...]:
    """What a posting's text says of its job when its title and opening words do not: the title
    it hires, else titles its prose names, else its fields (cached: asked again per resume)."""
    table = load_occupations()
    # "3+ years as a PM": the job's abbreviation, as in a title.
    opening = _spelled_out(text[: TEXT_WORDS_READ * _CHARS_PER_WORD])
    return tuple(
        _hiring_phrase(table, opening)
        or _text_fallback(table, opening, "its", colleagues=True)
        or _fields_in_prose(table, opening)
    )


def _spelled_out(text: str) -> str:
    """``text`` with "PM" and "TPM" in capitals written as the titles they stand for, and the
    words a flattened list glued together apart again ("Degree requiredProject Management")."""
    text = _GLUED.sub(" ", text)
    if "PM" in text:  # most texts: no regex to run
        for abbreviation, title_words in _PROSE_ABBREVIATIONS:
            text = abbreviation.sub(title_words, text)
    return text


def _fields_in_prose(table: OccupationTable, text: str) -> list[Sighting]:
    """The fields of work a posting naming no title speaks of ("skills in programme and project
    management", "Project Management Certification required"), read as their managers named in
    prose ("project management" -> "project manager"), the first weighing most."""
    if "management" not in text.casefold():
        return []
    words = _WORDS.findall(_TAG.sub(" ", text).casefold().replace("&", " and "))
    # "management" turned "manager", flagged; "programme and project management" names two.
    turned: list[str] = []
    field: list[bool] = []
    for i, word in enumerate(words):
        turned.append("manager" if word == "management" else word)
        field.append(word == "management")
        if word in ("and", "or") and i + 2 < len(words) and words[i + 2] == "management":
            turned.insert(len(turned) - 1, "manager")
            field.insert(len(field) - 1, True)
    named: list[TitleMatch] = []
    # Only the words just before each field's head are looked up (two more for level words
    # the lookup skips): the title, if any, that ends there.
    for head in (i for i, flagged in enumerate(field[:TEXT_WORDS_READ]) if flagged):
        window = turned[max(0, head - MAX_TITLE_WORDS - 1) : head + 1]
        matches = table.find(" ".join(window))
        last = matches[-1] if matches else None
        # The last title found must end at the head (its words, level words aside, run to it).
        if (
            last
            and " " in last.phrase
            and " ".join(w for w in window[last.word :] if w not in LEVEL_WORDS) == last.phrase
        ):
            named.append(last)
    # A field named once is a skill asked for; its kind of work named again is the job.
    families = Counter(o.family for m in named for o in set(m.occupations))
    often = [m for m in named if any(families[o.family] >= _FIELD_TIMES for o in m.occupations)]
    found = list({m.phrase: m for m in reversed(often)}.values())[::-1]  # each once, first place
    fields = _in_prose(found[:TEXT_TITLES_READ], "its text field '{}'")
    return [s._replace(where=s.where.replace("manager'", "management'")) for s in fields]


def _hiring_phrase(table: OccupationTable, text: str) -> list[Sighting]:
    """The title a posting says it hires ("we are seeking a Senior Project Manager", "join our
    team as a developer"), read as its title: the job, not a colleague named in prose.

    ("As a project manager" is no cue: "five years as a project manager" asks for a past job.)

    Only the first such phrase within the opening words, and a title starting within a few words
    of the cue ("looking for an experienced Project Manager"; not "looking for ways to help the
    developers").
    """
    opening = _TAG.sub(" ", text[: TEXT_WORDS_READ * _CHARS_PER_WORD])
    for cue in _HIRING_CUE.finditer(opening):
        found = [m for m in table.find(cue.group(1), limit=_CUE_WORDS) if _named_in_prose(table, m)]
        if found:
            match = found[0]
            return [
                Sighting(
                    occupation,
                    1.0 / len(match.occupations),
                    f"its text '{cue.group(0).split()[0]} ... {match.phrase}'",
                    phrase=match.phrase,
                )
                for occupation in match.occupations
            ]
    return []


def _generic_project_title(phrase: str) -> bool:
    """Whether a project-delivery title says nothing of IT by its own words ("project manager",
    "program manager", "project coordinator"; not "scrum master", "it project manager")."""
    return bool(phrase) and all(word in _GENERIC_PROJECT_WORDS for word in phrase.split())


def _line_of_work(found: list[Sighting], posting: Posting, title: str) -> list[Sighting]:
    """Generic project titles split between IT and general project management.

    The share read as IT is what the title's own qualifiers say ("Technical", "Construction"),
    else what the posting's body says (:func:`~resume_kit.scoring.work_domain.it_share`). That
    share keeps the table's reading (its project-delivery occupation, as a resume's "Project
    Manager" reads); the rest is general project management. A posting that names neither IT
    nor other work keeps the table's reading whole.

    Args:
        found: The sightings read from the posting.
        posting: The posting (its text and skills are the body).
        title: The title the sightings were read from ("" when read from elsewhere).
    """
    if not any(
        s.occupation.family == PROJECT_DELIVERY and _generic_project_title(s.phrase) for s in found
    ):
        return found
    share = title_says(title) if title else None
    how = "by its title"
    if share is None:
        share = it_share(text_evidence(job_text(posting.text), posting.skills))
        how = "by its text"
    return _split_generic(found, share, how)


def _split_generic(found: list[Sighting], share: float | None, how: str) -> list[Sighting]:
    """Generic project titles of ``found`` read ``share`` as IT work, the rest as general
    project management (the table's 'general' line); unchanged when ``share`` is None."""
    general = load_occupations().general_projects
    if share is None or general is None:
        return found
    split: list[Sighting] = []
    for s in found:
        if s.occupation.family != PROJECT_DELIVERY or not _generic_project_title(s.phrase):
            split.append(s)
            continue
        # A part under 1% is noise of the logistic's tail, not a reading.
        if share >= _LEAST_PART:
            split.append(
                s._replace(
                    weight=s.weight * share,
                    where=f"{s.where}, {share:.0%} IT work {how}",
                )
            )
        if share <= 1 - _LEAST_PART:
            split.append(
                s._replace(
                    occupation=general,
                    weight=s.weight * (1 - share),
                    where=f"{s.where}, {1 - share:.0%} other work {how}",
                )
            )
    return split


def _top(sightings: Sequence[Sighting]) -> Sighting:
    """The occupation read most (ties: the first read)."""
    totals: dict[str, float] = {}
    for s in sightings:
        totals[s.occupation.code] = totals.get(s.occupation.code, 0.0) + s.weight
    best = max(totals.values())
    return next(s for s in sightings if totals[s.occupation.code] == best)


def occupation_fit(mine: Sequence[Sighting], theirs: Sequence[Sighting]) -> float | None:
    """How near the two sides' occupations are, averaged over both (None: either unknown).

    A side read only from titles named in its prose is trusted ``PROSE_TRUST``: the result is
    pulled that far toward the neutral ``ROLE_UNKNOWN``.
    """
    if not mine or not theirs:
        return None
    table = load_occupations()
    total_mine = sum(s.weight for s in mine)
    total_theirs = sum(s.weight for s in theirs)
    near = sum(
        a.weight * b.weight * table.similarity(a.occupation, b.occupation)
        for a in mine
        for b in theirs
    ) / (total_mine * total_theirs)
    for side in (mine, theirs):
        if all(s.in_prose for s in side):
            near = PROSE_TRUST * near + (1 - PROSE_TRUST) * ROLE_UNKNOWN
    return near


def latest_title(resume: Resume, today: str | None = None) -> str | None:
    """The title that says what role the candidate is in: the latest role's.

    Args:
        resume: The extracted resume.
        today: ``YYYY-MM`` at which ongoing roles end (None: the newest date in the resume).

    Returns:
        The title, or None when the resume has no titled role.
    """
    latest = latest_role(resume.roles, YearMonth.parse(today))
    return latest.title if latest is not None else None


def _occupation_words(
    mine: Sequence[Sighting], theirs: Sequence[Sighting], score: float | None
) -> str:
    """One clause saying what each side reads as and how near that is."""
    if not theirs:
        return "the posting names no job title the O*NET table knows, so its occupation is unknown"
    their_top = _top(theirs)
    posting = (
        f"the posting reads as {their_top.occupation.name}{_or_else(theirs, their_top)} "
        f"({their_top.occupation.family}; {their_top.where})"
    )
    if not mine or score is None:
        return f"{posting}; your resume names no job title the O*NET table knows"
    my_top = _top(mine)
    if my_top.occupation.code == their_top.occupation.code:
        relation = "your occupation"
    elif my_top.occupation.family == their_top.occupation.family:
        relation = "your family of roles"
    else:
        relation = "another kind of role" if score < 0.5 else "a neighbouring kind of role"
    return (
        f"{posting}, {relation}: {score:.0%} (you read as {my_top.occupation.name}"
        f"{_or_else(mine, my_top)}, {my_top.occupation.family}; {my_top.where})"
    )


def _or_else(sightings: Sequence[Sighting], top: Sighting) -> str:
    """' or <occupation>' when the title read as ``top`` reads as another just as well."""
    other = next(
        (
            s.occupation.name
            for s in sightings
            if s.where == top.where and s.occupation.code != top.occupation.code
        ),
        None,
    )
    return f" or {other}" if other else ""


def fit_role(
    matches: Sequence[RequirementMatch],
    categories: Mapping[str, str],
    framework: Framework,
    your_role: tuple[Framework, str] | None,
    posting_role: tuple[Framework, str] | None,
    *,
    mine: Sequence[Sighting] = (),
    theirs: Sequence[Sighting] = (),
) -> tuple[RoleFitSummary, Scored]:
    """Whether the posting is for the candidate's kind of role (see the module docstring).

    Args:
        matches: The requirements answered.
        categories: Skill id -> category of the posting's skills (soft skills do not count).
        framework: The framework scoring the match (its prior and role-fit weights).
        your_role: The framework of the resume's latest title and why (None: no skills part).
        posting_role: The framework of the posting's title or job area and why (None: neither).
        mine: The occupations the resume's titles read as (:func:`resume_occupations`).
        theirs: The occupation the posting reads as (:func:`posting_occupations`).
    """
    title_score = occupation_fit(mine, theirs)
    words = [_occupation_words(mine, theirs, title_score)]
    prior = framework.posting_prior
    skill_score: float | None = None
    share: float | None = None
    hard_weight = inside = 0.0
    outside: list[str] = []
    if (
        your_role is not None
        and not your_role[0].family
        and (posting_role is None or not posting_role[0].family)
    ):
        # Two roles of no framework family (the generic IT framework also takes every title no
        # framework names: a data analyst, a nurse, a cashier): the generic framework sketches
        # neither, and judging one's skills against it marks down whoever is no generic IT
        # worker. The part stays, at the neutral prior, so it moves no one against another.
        # Against a posting of a role family (a PM job) the generic side is still judged: its
        # skills being outside that family's is what the part is for.
        skill_score = prior.score
        words.append(
            f"neither your role nor the posting's has a framework of its own ({your_role[0].name}"
            f" is the generic one), so the skills part is a neutral {prior.score:.0%}"
        )
    elif your_role is not None:
        role = your_role[0]
        hard = [m for m in matches if categories.get(m.skill) != "soft_skill"]
        hard_weight = sum(m.weight for m in hard)
        inside = sum(m.weight for m in hard if m.skill in role.skill_ids)
        outside = [m.name for m in hard if m.skill not in role.skill_ids][:ROLE_OUTSIDE_SHOWN]
        shrink = prior.weight / (prior.weight + hard_weight) if prior.weight + hard_weight else 1.0
        share = inside / hard_weight if hard_weight else None
        skill_score = prior.score * shrink + (share or 0.0) * (1 - shrink)
        if share is None:
            words.append(f"it names no hard skill, so that part is a neutral {prior.score:.0%}")
        else:
            blend = (
                f", blended {shrink:.0%} with a neutral {prior.score:.0%} -> {skill_score:.0%}"
                if shrink >= 0.005
                else ""
            )
            words.append(
                f"{share:.0%} of the weight of the hard skills it asks for is in the {role.name} "
                f"framework{blend}" + (f" (outside it: {', '.join(outside)})" if outside else "")
            )
    weights = framework.role_fit
    # An occupation that cannot be told is neither a fit nor a misfit: a neutral part.
    occupation = ROLE_UNKNOWN if title_score is None else title_score
    if title_score is None:
        words[0] += f" (scored at a neutral {ROLE_UNKNOWN:.0%})"
    if skill_score is None or weights.title + weights.skills <= 0:
        value, how = occupation, "."
    else:
        value = (weights.title * occupation + weights.skills * skill_score) / (
            weights.title + weights.skills
        )
        how = f"; the occupation counts {weights.title:g}, the skills {weights.skills:g}."
    text = "; ".join(words) + how
    theirs_fw, their_basis = posting_role if posting_role is not None else (None, "")
    my_top = _top(mine) if mine else None
    their_top = _top(theirs) if theirs else None
    summary = RoleFitSummary(
        your_role=your_role[0].name if your_role is not None else None,
        your_role_basis=your_role[1] if your_role is not None else "",
        posting_role=theirs_fw.name if theirs_fw is not None else None,
        posting_role_basis=their_basis,
        title_score=None if title_score is None else round(title_score, 3),
        your_occupation=my_top.occupation.name if my_top else None,
        your_family=my_top.occupation.family if my_top else None,
        your_occupation_basis=my_top.where if my_top else "",
        posting_occupation=their_top.occupation.name if their_top else None,
        posting_family=their_top.occupation.family if their_top else None,
        posting_occupation_basis=their_top.where if their_top else "",
        hard_weight=round(hard_weight, 4),
        in_role_weight=round(inside, 4),
        skill_share=None if share is None else round(share, 3),
        skill_score=None if skill_score is None else round(skill_score, 3),
        outside=outside,
    )
    return summary, Scored(value, text[0].upper() + text[1:])
