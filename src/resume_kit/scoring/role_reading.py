"""Reading job titles as O*NET occupations: what the posting side and the resume side share.

A title is looked up in the occupation table (:mod:`resume_kit.scoring.occupations`) whole, by its
parts ("Project Manager (Scrum Master)") and by its head word's modifiers; each reading is a
:class:`Sighting` (an occupation, how much it weighs, where it was read). Generic project titles
are split between IT and general project management by the line of work (:func:`split_generic`).
:mod:`resume_kit.scoring.resume_role` reads a resume's titles, :mod:`resume_kit.scoring.role_fit`
a posting's and weighs the two against each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from resume_kit.scoring.occupations import (
    LEVEL_WORDS,
    MAX_TITLE_WORDS,
    Occupation,
    OccupationTable,
    TitleMatch,
    load_occupations,
)
from resume_kit.scoring.tunables import (
    TEXT_TITLES_READ,
    TEXT_WORDS_READ,
)

TAG = re.compile(r"<[^>]{0,200}>")
# Where a title splits into parts read apart: commas, brackets, bars, spaced dashes, "with".
TITLE_PARTS = re.compile(r"[,;()\[\]|]|\s[-\u2013\u2014:]+\s|\u2013|\u2014|\swith\s", re.IGNORECASE)
WORDS = re.compile(r"[a-z0-9+#]+")
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
CUE_WORDS = 8
# Words shortly before a title in a posting's prose that make it a colleague, not the job.
_COLLEAGUE_CUES = frozenset(
    str.split(
        "with alongside beside among between to support supports supporting assist assists "
        "assisting"
    )
)
_CUE_BACK = 5  # how many words before a title are looked at
_LEAD_HEADS = frozenset({"lead", "leader"})  # the head of "Project Lead(er)", not a level
LEAST_PART = 0.01  # a share of a split reading too small to keep
_NAME_WORDS = 3  # words after a one-word title that make it the start of a glued-on name
CHARS_PER_WORD = 60  # generous: a word with the HTML markup some exported texts keep
# The titles written as capital initials, the longer first ("TPM" before "PM"): read as the
# title in a posting's title here, and in prose after an article (scoring/role_fit.py).
ABBREVIATED_TITLES = {"TPM": "Technical Program Manager", "PM": "Project Manager"}
# "PM" and "TPM" in capitals in a posting's title are the job's abbreviation ("PM with BA
# experience"); not after a number ("2 PM").
_TITLE_ABBREVIATIONS = tuple(
    (re.compile(rf"(?<![\d:.]\s)(?<![\d:.])\b{initials}\b"), title)
    for initials, title in ABBREVIATED_TITLES.items()
)
# A field of work named as a posting's job ("Technical Program Management"): its manager, when
# the title names no known title ("Director, Program Management").
_FIELD_HEAD = re.compile(r"\bmanagement\b", re.IGNORECASE)


def family_role(family: str) -> Occupation:
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


def read_sightings(
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

    A whole title (``limit`` None) is read as :func:`read_title` says; the opening words of a
    text (``limit`` words) share the weight equally among the titles they name; when not
    ``one_word`` (a posting's opening sentence) only those :func:`named_in_prose` allows;
    ``fields``: a title naming a field of project work reads as its manager (a posting's title).
    """
    if limit is None:
        return read_title(table, TAG.sub(" ", text), weight, where, fields=fields)
    text = text[: limit * CHARS_PER_WORD]  # the opening words only: skip the rest early
    found = [
        m
        for m in table.find(TAG.sub(" ", text), limit=limit)
        if one_word or named_in_prose(table, m)
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


def read_title(
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
        role = family_role(family)
        return [Sighting(role, weight, f"{where} word '{word}'", phrase=word)]
    total = sum(w for w, _ in pieces)
    found: list[Sighting] = []
    for piece_weight, phrase in pieces:
        share = weight * piece_weight / total
        occupations = table.titles[phrase]
        modifier = _modifier_family(table, title, phrase, occupations)
        if modifier is not None:
            family, word = modifier
            role = family_role(family)
            found.append(Sighting(role, share * _MODIFIER_SHARE, f"{where} '{word} {phrase}'"))
            share *= 1 - _MODIFIER_SHARE
        found += [
            Sighting(occupation, share / len(occupations), f"{where} '{phrase}'", phrase=phrase)
            for occupation in occupations
        ]
    return found


def _title_parts(title: str) -> list[tuple[str, str]]:
    """The parts of a title (:data:`TITLE_PARTS`), each with the mark that opens it ("" for the
    first, "(" for one in brackets, "," after a comma...)."""
    parts: list[tuple[str, str]] = []
    start, mark = 0, ""
    for split in TITLE_PARTS.finditer(title):
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
    found = [m for m in table.find(option) if not starts_a_name(option, m)]
    words = WORDS.findall(option.casefold())
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


def starts_a_name(title: str, match: TitleMatch) -> bool:
    """Whether a one-word title found in ``title`` begins a name glued after the title.

    Such a word has words of the title before it and three or more words after it
    ("Applications Manager Physician Partners of America"); a title's own head stands at its end
    or before a word or two ("Production Superintendent USAF", "ICU Nurse Night Shift"); level
    words do not count.
    """
    if " " in match.phrase:
        return False
    words = WORDS.findall(title.casefold().replace("&", " and "))
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
    words = WORDS.findall(title.casefold())
    if phrase not in words:
        return None
    before = words[max(0, words.index(phrase) - _MODIFIER_WORDS) : words.index(phrase)]
    named = table.family_words(" ".join(before))
    if named is None or named[0] not in computing or any(o.family == named[0] for o in occupations):
        return None
    return named


def named_in_prose(table: OccupationTable, match: TitleMatch) -> bool:
    """Whether a title found in running text names a job there.

    A title of two words or more does; a one-word title only when it is a computing one
    ("developer", "programmer"): the others are as often a verb, a tool or a name ("monitor
    the schedule", "Chef", "Hunter") as a job.
    """
    return " " in match.phrase or all(o.family in table.computing for o in match.occupations)


def text_fallback(
    table: OccupationTable, text: str, whose: str, *, colleagues: bool = False
) -> list[Sighting]:
    """Titles named anywhere in a text, the first weighing most (when no title says it).

    Only titles that name a job in running text (:func:`named_in_prose`); with
    ``colleagues`` (a posting's text), not the people the job works with or for ("collaborate
    with the Product Owner", "reports to the project manager", "supports project managers").
    """
    # The first words only: a title named deep in the text says little, and reading it all
    # would cost more than the rest of the score for a long posting.
    opening = TAG.sub(" ", text[: TEXT_WORDS_READ * CHARS_PER_WORD])
    words = WORDS.findall(opening.casefold().replace("&", " and ")) if colleagues else []
    found = [
        m
        for m in table.find(opening, limit=TEXT_WORDS_READ)
        if named_in_prose(table, m)
        and not (colleagues and _COLLEAGUE_CUES & set(words[max(0, m.word - _CUE_BACK) : m.word]))
    ][:TEXT_TITLES_READ]
    return in_prose(found, f"{whose} text '{{}}'")


def in_prose(found: Sequence[TitleMatch], where: str) -> list[Sighting]:
    """Titles named in prose as sightings, the first weighing most (1, 1/2, 1/3...); ``where``
    takes the phrase at ``{}``."""
    return [
        Sighting(o, 1.0 / (1 + k) / len(m.occupations), where.format(m.phrase), True, m.phrase)
        for k, m in enumerate(found)
        for o in m.occupations
    ]


def generic_project_title(phrase: str) -> bool:
    """Whether a project-delivery title says nothing of IT by its own words ("project manager",
    "program manager", "project coordinator"; not "scrum master", "it project manager")."""
    return bool(phrase) and all(word in _GENERIC_PROJECT_WORDS for word in phrase.split())


def split_generic(found: list[Sighting], share: float | None, how: str) -> list[Sighting]:
    """Generic project titles of ``found`` read ``share`` as IT work, the rest as general
    project management (the table's 'general' line); unchanged when ``share`` is None."""
    general = load_occupations().general_projects
    if share is None or general is None:
        return found
    split: list[Sighting] = []
    for s in found:
        if s.occupation.family != PROJECT_DELIVERY or not generic_project_title(s.phrase):
            split.append(s)
            continue
        # A part under 1% is noise of the logistic's tail, not a reading.
        if share >= LEAST_PART:
            split.append(
                s._replace(
                    weight=s.weight * share,
                    where=f"{s.where}, {share:.0%} IT work {how}",
                )
            )
        if share <= 1 - LEAST_PART:
            split.append(
                s._replace(
                    occupation=general,
                    weight=s.weight * (1 - share),
                    where=f"{s.where}, {1 - share:.0%} other work {how}",
                )
            )
    return split
