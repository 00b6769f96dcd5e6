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
from typing import Literal

from resume_kit.model.dates import YearMonth
from resume_kit.model.documents import Posting, Resume, latest_role
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
from resume_kit.scoring.resume_role import career_weights, resume_occupations
from resume_kit.scoring.role_reading import (
    ABBREVIATED_TITLES,
    CHARS_PER_WORD,
    CUE_WORDS,
    PROJECT_DELIVERY,
    TAG,
    WORDS,
    Sighting,
    generic_project_title,
    in_prose,
    named_in_prose,
    read_sightings,
    split_generic,
    text_fallback,
)
from resume_kit.scoring.tunables import (
    HEADLINE_WORDS,
    PROSE_TRUST,
    ROLE_OUTSIDE_SHOWN,
    ROLE_UNKNOWN,
    TEXT_TITLES_READ,
    TEXT_WORDS_READ,
)
from resume_kit.scoring.weighting import Scored
from resume_kit.scoring.work_domain import it_share, job_text, text_evidence, title_says

__all__ = [
    "career_weights",
    "fit_role",
    "latest_title",
    "occupation_fit",
    "posting_occupations",
    "resume_occupations",
]


# A phrase that says whom the posting hires; the title follows within ``CUE_WORDS`` words, in the
# same sentence.
_HIRING_CUE = re.compile(
    r"\b(?:seeking|looking\s+for|hiring|recruiting|searching\s+for|in\s+search\s+of|"
    r"join\s+(?:us|our\s+\w+(?:\s+\w+)?)\s+as)\b([^.!?;:|\n]{1,120})",
    re.IGNORECASE,
)
# A lowercase letter then a capitalised word: two words a flattened list glued together.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_FIELD_TIMES = 2  # fields of one family named this often in an untitled posting are the job
# In prose only after an article or "as" ("experience as a PM", "the TPM will"): a product's
# initials are named bare ("use EM and PM to ...").
_PROSE_ABBREVIATIONS = tuple(
    (re.compile(rf"(\b(?i:an?|the|as|our|your)\s+){initials}\b"), rf"\1{title}")
    for initials, title in ABBREVIATED_TITLES.items()
)


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
            read_sightings(
                table, text, 1.0, where, limit, one_word=limit is None, fields=limit is None
            )
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
    opening = _spelled_out(text[: TEXT_WORDS_READ * CHARS_PER_WORD])
    return tuple(
        _hiring_phrase(table, opening)
        or text_fallback(table, opening, "its", colleagues=True)
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
    words = WORDS.findall(TAG.sub(" ", text).casefold().replace("&", " and "))
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
    fields = in_prose(found[:TEXT_TITLES_READ], "its text field '{}'")
    return [s._replace(where=s.where.replace("manager'", "management'")) for s in fields]


def _hiring_phrase(table: OccupationTable, text: str) -> list[Sighting]:
    """The title a posting says it hires ("we are seeking a Senior Project Manager", "join our
    team as a developer"), read as its title: the job, not a colleague named in prose.

    ("As a project manager" is no cue: "five years as a project manager" asks for a past job.)

    Only the first such phrase within the opening words, and a title starting within a few words
    of the cue ("looking for an experienced Project Manager"; not "looking for ways to help the
    developers").
    """
    opening = TAG.sub(" ", text[: TEXT_WORDS_READ * CHARS_PER_WORD])
    for cue in _HIRING_CUE.finditer(opening):
        found = [m for m in table.find(cue.group(1), limit=CUE_WORDS) if named_in_prose(table, m)]
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
        s.occupation.family == PROJECT_DELIVERY and generic_project_title(s.phrase) for s in found
    ):
        return found
    share = title_says(title) if title else None
    how = "by its title"
    if share is None:
        share = it_share(text_evidence(job_text(posting.text), posting.skills))
        how = "by its text"
    return split_generic(found, share, how)


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


RoleRelation = Literal["same", "family", "neighbour", "other"]
"""How near the posting's occupation is to yours, as the reports say it."""
_RELATION_CLAUSE: dict[RoleRelation, str] = {
    "same": "your occupation",
    "family": "your family of roles",
    "neighbour": "a neighbouring kind of role",
    "other": "another kind of role",
}
_GATE_CLAUSE: dict[RoleRelation | None, str] = {
    "same": "the posting is for your occupation",
    "family": "the posting is for an occupation of your role family",
    "neighbour": "the posting's role is a neighbouring occupation",
    "other": "the posting's role is another kind of occupation",
    None: "its occupation could not be told, so role fit is partly a neutral guess",
}


def _relation(mine: Occupation, theirs: Occupation, score: float) -> RoleRelation:
    """The one place that names how near two occupations are: the same, one family, else by the
    occupation score (under 0.5 another kind of role)."""
    if mine.code == theirs.code:
        return "same"
    if mine.family == theirs.family:
        return "family"
    return "other" if score < 0.5 else "neighbour"


def gate_relation_words(mine: Sequence[Sighting], theirs: Sequence[Sighting]) -> str:
    """How near the posting's occupation is to yours, in the role gate's sentence (see
    :func:`~resume_kit.scoring.weighting.describe_gate`); the same reading role fit reports."""
    score = occupation_fit(mine, theirs)
    if not mine or not theirs or score is None:
        return _GATE_CLAUSE[None]
    return _GATE_CLAUSE[_relation(_top(mine).occupation, _top(theirs).occupation, score)]


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
    relation = _RELATION_CLAUSE[_relation(my_top.occupation, their_top.occupation, score)]
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
