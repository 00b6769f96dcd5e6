"""The interview-prep sheet's context: questions, story seeds, gaps, salary and certification notes.

Story seeds quote the resume's own evidence; gaps are what the posting asks and the resume does not
show, with how to answer honestly. Pure functions over the models plus the shipped salary table
(``templates/salary.yaml``): no spaCy, no clock (the report's ``today`` dates ongoing roles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import yaml

from resume_kit.errors import DataFileError
from resume_kit.model.dates import month_index
from resume_kit.model.documents import Posting, Resume, Role, role_end
from resume_kit.model.report import MatchReport
from resume_kit.resources import templates_file
from resume_kit.tailoring.context_common import (
    TemplateContext,
    by_weight,
    format_dates,
    full_stop,
    hits_by_id,
    join_words,
    met_requirements,
    stated_years,
)
from resume_kit.tailoring.resume_evidence import (
    Citation,
    citable_sentences,
    closest_citations,
    requirement_citation,
    role_label,
)

__all__ = [
    "PREP_GAPS",
    "PREP_QUESTIONS",
    "CommonQuestion",
    "GapNote",
    "LeftOut",
    "PrepContext",
    "SalaryNote",
    "StorySeed",
    "build_prep_context",
    "load_salary_table",
]


PREP_QUESTIONS = 5
PREP_GAPS = 5
_ASKED = "Tell me about a time"
# The prep sheet offers at least this many stories when the resume has the sentences for them.
_MIN_STORIES = 3
# Titles that count as leading projects for the PMP experience rule.
_LEADS_PROJECTS = re.compile(
    r"\b(project|program|programme|delivery|scrum master|pmo|portfolio)\b", re.IGNORECASE
)


class StorySeed(TemplateContext):
    """A likely question and the candidate's own evidence to answer it (STAR prompts)."""

    question: str
    skill: str
    situation: str
    task: str
    action: str
    result: str


class CommonQuestion(TemplateContext):
    """A question most project-manager interviews ask, with how to prepare."""

    question: str
    prepare: str


class GapNote(TemplateContext):
    """A requirement the resume does not show, and how to answer honestly."""

    skill: str
    level: str
    answer: str


class SalaryNote(TemplateContext):
    """The salary range for the posting's level, with its source."""

    level: str
    label: str
    range: str
    source: str
    posted: str | None
    tips: list[str]


class LeftOut(TemplateContext):
    """Bullets of one role that ``--max-bullets`` left out of the tailored resume."""

    role: str
    bullets: list[str]


class PrepContext(TemplateContext):
    """Variables of ``interview_prep.md.j2``."""

    name: str
    role: str
    company: str
    score: str
    at_a_glance: list[str]
    research: list[str]
    common_questions: list[CommonQuestion]
    stories: list[StorySeed]
    stories_heading: str
    gaps: list[GapNote]
    questions_to_ask: list[str]
    salary: SalaryNote | None
    certification_notes: list[str]
    left_out: list[LeftOut]
    title: str
    author: str


_COMMON = (
    (
        "How would you describe your project management style?",
        "Name the methods you actually use and give one example of adapting them to a team.",
    ),
    (
        "How do you handle changes to a project's scope?",
        "Walk through one real change: how it was raised, assessed for impact, approved and "
        "communicated.",
    ),
    (
        "Tell me about a difficult project and how you got it back on track.",
        "Pick a project that slipped; say what went wrong, what you changed and the result in "
        "numbers.",
    ),
)


_GENERAL_ASK = (
    "What are the biggest challenges the project management team is facing right now?",
    "How does the company measure whether a project succeeded?",
    "What would you expect the person in this role to have achieved after six months?",
)


_NEGOTIATION = (
    "Know your worth: compare the range with current data for your city and industry "
    "(Glassdoor, Payscale, LinkedIn Salary).",
    "Look at the whole package: bonus, benefits, remote work, training budget and career growth.",
    "Rehearse your case: two or three results with numbers that justify your figure.",
    "Raise salary at the right time, ideally once an offer is on the table.",
    "Stay positive and professional: aim for an agreement that works for both sides.",
)


@cache
def load_salary_table() -> dict[str, Any]:
    """Load and validate the shipped ``templates/salary.yaml``.

    Raises:
        DataFileError: The file is missing or invalid; names the file and key.
    """
    resource = templates_file("salary.yaml")
    where = str(resource)
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read the salary table: {exc}", path=where) from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise DataFileError("needs a 'source' string and 'levels'", path=where)
    levels = data.get("levels")
    if not isinstance(levels, dict):
        raise DataFileError("'levels' must map entry/mid/senior to ranges", path=where)
    for level, entry in levels.items():
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("label"), str)
            and isinstance(entry.get("min"), int)
            and (entry.get("max") is None or isinstance(entry.get("max"), int))
        )
        if not ok:
            raise DataFileError(
                f"levels.{level} needs a label, an integer min and an integer or null max",
                path=where,
            )
    return data


def _money(value: int, currency: str) -> str:
    symbol = "$" if currency == "USD" else f"{currency} "
    return f"{symbol}{value:,}"


def _salary(report: MatchReport, posting: Posting) -> SalaryNote | None:
    table = load_salary_table()
    level = report.experience.seniority_asked or report.experience.seniority_held
    if level is None or level not in table["levels"]:
        return None
    entry = table["levels"][level]
    currency = str(table.get("currency", "USD"))
    low = _money(entry["min"], currency)
    span = f"{low} – {_money(entry['max'], currency)}" if entry["max"] else f"{low} or more"
    posted = None
    for line in posting.text.splitlines():
        if re.search(r"\b(salary|compensation|pay range)\b", line, re.IGNORECASE) and re.search(
            r"\d", line
        ):
            posted = " ".join(line.strip(" -•*").split())
            posted = re.sub(
                r"^(?:salary|compensation|pay)(?: range)?\s*:\s*", "", posted, flags=re.I
            )
            posted = posted[:1].upper() + posted[1:]
            break
    return SalaryNote(
        level=level,
        label=str(entry["label"]),
        range=f"{span} a year",
        source=" ".join(str(table["source"]).split()),
        posted=posted,
        tips=list(_NEGOTIATION),
    )


def _months_in(role: Role, today: int) -> int:
    """Months a role lasted, counted as the scorer counts years of experience."""
    start = month_index(role.start_date)
    end = role_end(role, today)
    return 0 if start is None or end is None or end < start else end - start + 1


def _pmp_notes(resume: Resume, report: MatchReport) -> list[str]:
    """The PMP eligibility rule and whether the resume appears to meet it."""
    rule = (
        "PMP eligibility (Project Management Institute): a four-year degree and 36 months leading "
        "projects, or a secondary diploma (high school or associate's degree) and 60 months "
        "leading projects; both also need 35 hours of project management education."
    )
    if any(hit.id == "pmp" for hit in resume.skills) and any(
        "pmp" in c.name.lower() or "project management professional" in c.name.lower()
        for c in resume.certifications
    ):
        return [rule, "You list the PMP already: have your certification number ready."]
    today = month_index(report.today) or 0
    months = 0
    for role in resume.roles:
        if role.title and _LEADS_PROJECTS.search(role.title):
            months += _months_in(role, today)
    degree = report.credentials.degree_held_level
    four_year = degree in ("bachelor", "master", "doctorate")
    needed = 36 if four_year else 60
    basis = "a four-year degree" if four_year else "no four-year degree found"
    verdict = "appears to meet" if months >= needed else "does not yet appear to meet"
    return [
        rule,
        f"Your resume shows {basis} and about {months} months in project roles (titles with "
        f"project, program or delivery), so it {verdict} the {needed}-month rule. The 35 hours "
        "of training cannot be read from a resume: check your course records.",
    ]


def _story(citation: Citation, skill: str, question: str) -> StorySeed:
    """A story seed around one of the resume's sentences: its role, dates and numbers.

    ``skill`` is what the story shows ("" when it names no skill).
    """
    role = citation.role
    where = role_label(role)
    dates = format_dates(role) if role and where else ""
    if where:
        where += f" ({dates})" if dates else ""
        situation = f"{where}: what was the project, and what was at stake?"
    else:
        situation = "Where and when was this, what was the project, and what was at stake?"
    numbers = list(citation.metrics)
    return StorySeed(
        question=question,
        skill=skill,
        situation=situation,
        task=f"What was your part, and where did {skill} come in?"
        if skill
        else "What was your part?",
        action=citation.text,
        result=(
            f"Lead with the numbers: {join_words(numbers)}; then what changed for the business."
            if numbers
            else "Say what changed, and find a number for it (time, cost, people, quality)."
        ),
    )


def _at_a_glance(resume: Resume, report: MatchReport) -> list[str]:
    met = [r for r in report.requirements if r.status == "met"]
    partial = [r for r in report.requirements if r.status == "partial"]
    missing = [r for r in report.requirements if r.status == "missing"]
    glance = [
        f"Match score: {report.overall:g} / 100 ({report.framework.name} framework)",
        f"Requirements: {len(met)} met, {len(partial)} partly met, {len(missing)} missing",
    ]
    if report.experience.years_asked is not None:
        line = (
            f"Experience: {report.experience.years_held:g} relevant years against "
            f"{report.experience.years_asked_text or report.experience.years_asked}"
        )
        # The cover letter and summary quote the years the resume states; when the dates add up
        # to something else, an interviewer may ask which is right.
        stated = stated_years(resume)
        if stated is not None and float(stated) != round(report.experience.years_held):
            line += (
                f" (your resume says {stated} years; its dated roles add up to "
                f"{report.experience.years_held:g} relevant years: know which you mean)"
            )
        glance.append(line)
    return glance


def _team_methods(posting: Posting, report: MatchReport) -> list[str]:
    """The methodologies and tools the posting names, as the report names them."""
    posting_hits = hits_by_id(posting.skills)
    return [
        r.name
        for r in report.requirements
        if r.skill in posting_hits and posting_hits[r.skill].category in ("methodology", "tool")
    ]


def _research(company: str, methods: list[str]) -> list[str]:
    research = [
        f"Company background: what {company} sells, to whom, and how it is organised.",
        full_stop(f"Recent news: press releases, funding, leadership or launches at {company}"),
        "Competitors: who else serves the same customers, and what that means for this team.",
    ]
    if methods:
        research.append(
            f"The team's methods and tools named in the posting: {join_words(methods)}; be "
            "ready to say how you have used each of them."
        )
    return research


def _stories(resume: Resume, report: MatchReport) -> list[StorySeed]:
    """Story seeds: the heaviest met requirements, each with the resume's sentence showing it;
    then, when fewer than three, the resume's statements of work closest to the posting."""
    citations = citable_sentences(resume)
    stories: list[StorySeed] = []
    taken: set[int] = set()
    for requirement in by_weight(met_requirements(report, resume)):
        citation = requirement_citation(requirement, citations, taken)
        if citation is None:
            continue
        taken.add(citation.start)
        question = (
            f"{_ASKED} {requirement.name} made a difference in a project you ran. What did you do?"
        )
        stories.append(_story(citation, requirement.name, question))
        if len(stories) >= PREP_QUESTIONS:
            return stories
    names = {hit.id: hit.name for hit in resume.skills}
    wanted = min(PREP_QUESTIONS, _MIN_STORIES) - len(stories)
    untitled = 0
    for citation in closest_citations(report, citations, max(wanted, 0), taken):
        shown = join_words([names[s] for s in sorted(citation.skills) if s in names][:2])
        untitled += not shown
        question = "Walk me through this piece of your work: what did you do, and what came of it?"
        story = _story(citation, shown, question)
        stories.append(story.model_copy(update={"skill": shown or f"Your own example {untitled}"}))
    return stories


def _gaps(report: MatchReport) -> list[GapNote]:
    partial = [r for r in report.requirements if r.status == "partial"]
    missing = [r for r in report.requirements if r.status == "missing"]
    gaps = []
    for requirement in sorted(missing + partial, key=lambda r: -r.weight)[:PREP_GAPS]:
        if requirement.status == "partial" and requirement.via_name:
            answer = (
                f"You have {requirement.via_name}, which is related: say so, explain how it "
                f"carries over to {requirement.name}, and do not claim more."
            )
        else:
            answer = (
                "Not on your resume: say so plainly, then name your closest experience and how "
                "you would close the gap."
            )
        gaps.append(GapNote(skill=requirement.name, level=requirement.level, answer=answer))
    for cert in report.credentials.certifications_missing:
        if all(g.skill != cert for g in gaps):
            gaps.append(
                GapNote(
                    skill=cert,
                    level="certification",
                    answer="Say you do not hold it; if you plan to earn it, say when.",
                )
            )
    return gaps


def _questions_to_ask(report: MatchReport, methods: list[str]) -> list[str]:
    ask = list(_GENERAL_ASK)
    if methods:
        ask.append(f"How does the team use {join_words(methods[:3])} day to day?")
    top = [r.name for r in by_weight(report.requirements)[:2]]
    if top:
        verb = "do" if len(top) > 1 else "does"
        ask.append(f"Where {verb} {join_words(top)} matter most in the first projects I would run?")
    return ask


def build_prep_context(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    left_out: Sequence[tuple[str, Sequence[str]]] = (),
) -> PrepContext:
    """The interview-prep sheet: research, questions with story seeds, gaps, salary, PMP notes.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        left_out: ``(role, bullets)`` that ``--max-bullets`` left out of the tailored resume
            (:attr:`~resume_kit.tailoring.resume_sections.SectionPlan.left_out`), listed so that
            the candidate knows what the resume no longer says.

    Returns:
        The context of ``interview_prep.md.j2``.
    """
    name = resume.contact.name or ""
    role = posting.title or "this role"
    company = posting.company or "the company"
    methods = _team_methods(posting, report)
    stories = _stories(resume, report)
    return PrepContext(
        name=name,
        role=role,
        company=company,
        score=f"{report.overall:g}",
        at_a_glance=_at_a_glance(resume, report),
        research=_research(company, methods),
        common_questions=[CommonQuestion(question=q, prepare=p) for q, p in _COMMON],
        stories=stories,
        stories_heading=(
            "Questions on the Posting's Requirements"
            if any(s.question.startswith(_ASKED) for s in stories)
            else "Stories from Your Resume"
        ),
        gaps=_gaps(report),
        questions_to_ask=_questions_to_ask(report, methods),
        salary=_salary(report, posting),
        certification_notes=_pmp_notes(resume, report),
        left_out=[LeftOut(role=role, bullets=list(bullets)) for role, bullets in left_out],
        title=" – ".join(p for p in (f"Interview prep for {role}", posting.company or "") if p),
        author=name,
    )
