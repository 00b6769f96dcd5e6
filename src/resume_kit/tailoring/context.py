"""Finished contexts for the three document templates: every string is decided here.

Templates only lay out; this module chooses and words everything, from the candidate's own facts:

* the tailored resume reorders and selects what the resume already says (competencies in the
  posting's order and wording, bullets by relevance) and never adds a skill, number, employer,
  title or date that is not in the source resume;
* the cover letter ties the posting's top met requirements to the resume's own evidence sentences;
* the interview-prep sheet lists questions, story seeds, gaps, salary figures and certification
  notes.

Pure functions over the models (plus the shipped salary table): no spaCy, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from resume_kit.errors import DataFileError
from resume_kit.model.documents import Education, Posting, Resume, Role, SkillHit
from resume_kit.model.report import Evidence, MatchReport, RequirementMatch

LEVEL_WEIGHT = {"required": 3.0, "preferred": 2.0, "mentioned": 1.0}
MAX_COMPETENCIES = 15
SUMMARY_COMPETENCIES = 4
LETTER_PARAGRAPHS = 3
PREP_QUESTIONS = 5
PREP_GAPS = 5
# Categories whose posting wording is a proper name worth copying ("Microsoft Project", "Jira");
# for responsibilities and soft skills the posting's words are phrases ("own project budgets").
NAMED_CATEGORIES = {"tool", "methodology", "technical", "certification"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Titles that count as leading projects for the PMP experience rule.
_LEADS_PROJECTS = re.compile(
    r"\b(project|program|programme|delivery|scrum master|pmo|portfolio)\b", re.IGNORECASE
)


class _Context(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def variables(self) -> dict[str, Any]:
        """The template variables (plain dicts, lists and strings)."""
        return self.model_dump()


class Link(_Context):
    """A piece of contact text, with a URL when it is an address or a web link."""

    text: str
    url: str | None = None


class RoleEntry(_Context):
    """One role of the tailored resume."""

    title: str
    employer: str
    location: str
    dates: str
    bullets: list[str]


class ResumeContext(_Context):
    """Variables of ``resume.md.j2``."""

    name: str
    headline: str
    contact: list[Link]
    summary: str
    competencies: list[str]
    experience: list[RoleEntry]
    skills: list[str]
    education: list[str]
    certifications: list[str]
    title: str
    author: str


class LetterContext(_Context):
    """Variables of ``cover_letter.md.j2``."""

    name: str
    contact: list[Link]
    date: str
    recipient: list[str]
    salutation: str
    subject: str
    opening: str
    body: list[str]
    gap: str | None
    closing: str
    sign_off: str
    title: str
    author: str


class StorySeed(_Context):
    """A likely question and the candidate's own evidence to answer it (STAR prompts)."""

    question: str
    skill: str
    situation: str
    task: str
    action: str
    result: str


class CommonQuestion(_Context):
    """A question most project-manager interviews ask, with how to prepare."""

    question: str
    prepare: str


class GapNote(_Context):
    """A requirement the resume does not show, and how to answer honestly."""

    skill: str
    level: str
    answer: str


class SalaryNote(_Context):
    """The salary range for the posting's level, with its source."""

    level: str
    label: str
    range: str
    source: str
    posted: str | None
    tips: list[str]


class PrepContext(_Context):
    """Variables of ``interview_prep.md.j2``."""

    name: str
    role: str
    company: str
    score: str
    at_a_glance: list[str]
    research: list[str]
    common_questions: list[CommonQuestion]
    stories: list[StorySeed]
    gaps: list[GapNote]
    questions_to_ask: list[str]
    salary: SalaryNote | None
    certification_notes: list[str]
    title: str
    author: str


class DocumentContexts(_Context):
    """The three contexts built from one match."""

    resume: ResumeContext
    cover_letter: LetterContext
    interview_prep: PrepContext


# ---------------------------------------------------------------------------------------------
# Small helpers


def format_month(date: str | None) -> str:
    """``2021-03`` -> ``Mar 2021``; ``2019`` -> ``2019``; None -> ``""``."""
    if not date:
        return ""
    found = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", date.strip())
    if not found:
        return date
    year, month = found.group(1), found.group(2)
    if month and 1 <= int(month) <= 12:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return year


def format_dates(role: Role) -> str:
    """A role's dates as written on a resume: ``Mar 2021 – Present``."""
    start = format_month(role.start_date)
    end = "Present" if role.current else format_month(role.end_date)
    if start and end:
        return f"{start} – {end}"
    return start or end


def format_letter_date(today: dt.date) -> str:
    """``2025-06-02`` -> ``June 2, 2025``."""
    return f"{_MONTH_NAMES[today.month - 1]} {today.day}, {today.year}"


def join_words(items: Sequence[str]) -> str:
    """``["a", "b", "c"]`` -> ``"a, b and c"``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def _sentence_case_verb(sentence: str) -> str:
    """Lowercase a bullet's first letter to continue a sentence ("Led" -> "led"), not acronyms."""
    sentence = sentence.strip().rstrip(".")
    if len(sentence) > 1 and sentence[0].isupper() and sentence[1].islower():
        return sentence[0].lower() + sentence[1:]
    return sentence


def _full_stop(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _contact_links(resume: Resume) -> list[Link]:
    contact = resume.contact
    items: list[Link] = []
    if contact.location:
        items.append(Link(text=contact.location))
    if contact.phone:
        items.append(Link(text=contact.phone))
    if contact.email:
        items.append(Link(text=contact.email, url=f"mailto:{contact.email}"))
    for link in contact.links:
        url = link if re.match(r"^[a-z][a-z0-9+.-]*://", link, re.IGNORECASE) else f"https://{link}"
        items.append(Link(text=link, url=url))
    return items


def _latest_role(resume: Resume) -> Role | None:
    return resume.roles[0] if resume.roles else None


def _headline(resume: Resume) -> str:
    role = _latest_role(resume)
    return role.title if role and role.title else ""


def _skill_spans(resume: Resume) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, hit.id) for hit in resume.skills for m in hit.mentions]


def _skills_in(spans: Iterable[tuple[int, int, str]], start: int, end: int) -> set[str]:
    return {skill for s, e, skill in spans if start <= s < end}


def _metrics_in(resume: Resume, start: int, end: int) -> list[str]:
    return [m.text for m in resume.metrics if start <= m.start < end]


def _stated_years(resume: Resume) -> str | None:
    """The years of experience the resume itself states in its summary ("12 years")."""
    for metric in resume.metrics:
        if (
            metric.kind == "duration"
            and metric.section == "summary"
            and metric.unit
            in (
                "years",
                "year",
                None,
            )
        ):
            found = re.match(r"(\d+)\+?\s*(?:years?|yrs?)\b", metric.text, re.IGNORECASE)
            if found:
                return found.group(1)
    if resume.summary:
        found = re.search(r"\b(\d{1,2})\+?\s*years?\b", resume.summary, re.IGNORECASE)
        if found:
            return found.group(1)
    return None


def _years(resume: Resume, report: MatchReport) -> str | None:
    """Years of experience: as the resume states them, else counted from the dated roles."""
    stated = _stated_years(resume)
    if stated:
        return stated
    total = int(report.experience.years_total)
    return str(total) if total >= 1 else None


def _hit_by_id(hits: Iterable[SkillHit]) -> dict[str, SkillHit]:
    return {hit.id: hit for hit in hits}


def _names_of(skill_id: str, name: str) -> set[str]:
    """Every way the taxonomy writes a skill (name, aliases, an acronym in brackets), normalised."""
    from resume_kit.nlp.taxonomy import load_skill_meta

    names = {_norm(name)}
    meta = load_skill_meta().get(skill_id)
    if meta is not None:
        names |= {_norm(meta.name), *(_norm(alias) for alias in meta.aliases)}
    names |= {_norm(inner) for inner in re.findall(r"\(([^)]+)\)", name)}
    return names


def _posting_wording(posting: Posting, requirement: RequirementMatch, own: SkillHit) -> str:
    """The posting's own name for a skill the candidate has ("Microsoft Project" for "MS Project").

    Only for named things (tools, methods, certifications, technologies), and only when the
    posting writes one of the skill's names or aliases with a capital ("Scrum ceremonies" is a
    phrase, not a name); otherwise the canonical name.
    """
    hit = _hit_by_id(posting.skills).get(requirement.skill)
    if hit is None or own.category not in NAMED_CATEGORIES:
        return requirement.name
    names = _names_of(requirement.skill, requirement.name)
    for mention in hit.mentions:
        text = " ".join(mention.text.split())
        key = _norm(text)
        # A name that holds a shorter name of the same skill is a phrase ("Scrum ceremonies").
        phrase = any(n != key and re.search(rf"\b{re.escape(n)}\b", key) for n in names if n)
        if any(ch.isupper() for ch in text) and key in names and not phrase:
            return text
    return requirement.name


def _met(report: MatchReport, resume: Resume) -> list[RequirementMatch]:
    """Requirements the resume itself shows (implied "partial" matches are not claimed)."""
    held = {hit.id for hit in resume.skills}
    return [r for r in report.requirements if r.status == "met" and r.skill in held]


def _by_weight(requirements: Iterable[RequirementMatch]) -> list[RequirementMatch]:
    return sorted(requirements, key=lambda r: -r.weight)  # stable: ties keep the posting's order


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", text.lower()).strip()


# ---------------------------------------------------------------------------------------------
# Resume


def _bullet_score(
    resume: Resume,
    spans: list[tuple[int, int, str]],
    weights: dict[str, float],
    start: int,
    end: int,
) -> float:
    skills = _skills_in(spans, start, end)
    score = sum(weights.get(skill, 0.0) for skill in skills)
    if _metrics_in(resume, start, end):
        score += 1.0
    return score


def order_bullets(
    resume: Resume, role: Role, report: MatchReport, *, max_bullets: int | None = None
) -> list[str]:
    """A role's bullets, most relevant to the posting first, optionally trimmed.

    Relevance: the weight of each posting requirement the bullet shows (required 3, preferred 2,
    mentioned 1, as in the scorer) plus one for a number. Ties keep the resume's order.

    Args:
        resume: The extracted resume.
        role: One of its roles.
        report: The match report.
        max_bullets: Keep at most this many bullets per role (None keeps all).

    Returns:
        The bullets' text, unchanged.
    """
    spans = _skill_spans(resume)
    weights = {r.skill: LEVEL_WEIGHT[r.level] for r in report.requirements if r.status == "met"}
    scored = [
        (-_bullet_score(resume, spans, weights, bullet.start, bullet.end), index, bullet.text)
        for index, bullet in enumerate(role.bullets)
    ]
    ordered = [text.strip() for _, _, text in sorted(scored)]
    return ordered[:max_bullets] if max_bullets is not None else ordered


def _strongest_bullet(resume: Resume, report: MatchReport) -> str | None:
    """The resume's most relevant bullet that carries a number (for the summary)."""
    spans = _skill_spans(resume)
    weights = {r.skill: LEVEL_WEIGHT[r.level] for r in report.requirements if r.status == "met"}
    best: tuple[float, int, str] | None = None
    order = 0
    for rank, role in enumerate(resume.roles):
        recency = 1.0 if rank == 0 else 0.8 if rank == 1 else 0.6
        for bullet in role.bullets:
            order += 1
            if not _metrics_in(resume, bullet.start, bullet.end):
                continue
            score = _bullet_score(resume, spans, weights, bullet.start, bullet.end) * recency
            if best is None or (-score, order) < (-best[0], best[1]):
                best = (score, order, bullet.text.strip())
    return best[2] if best else None


def competencies(resume: Resume, posting: Posting, report: MatchReport) -> list[str]:
    """Core competencies: the posting's met requirements first, in the posting's wording.

    Then the candidate's own listed skills that are not already named, as the resume writes them.
    Never a skill the resume does not show.
    """
    own = _hit_by_id(resume.skills)
    names: list[str] = []
    covered: set[str] = set()
    for requirement in _met(report, resume):
        hit = own[requirement.skill]
        if hit.category == "domain" and all(m.section == "education" for m in hit.mentions):
            continue  # a degree subject is not a competency
        name = _posting_wording(posting, requirement, hit)
        if _norm(name) not in {_norm(n) for n in names}:
            names.append(name)
        covered.add(requirement.skill)
    spans = _skill_spans(resume)
    for item in resume.skills_listed:
        if len(names) >= MAX_COMPETENCIES:
            break
        start = resume.text.find(item)
        ids = _skills_in(spans, start, start + len(item)) if start >= 0 else set()
        if ids and ids <= covered:
            continue
        if _norm(item) in {_norm(n) for n in names}:
            continue
        names.append(item)
        covered |= ids
    return names[:MAX_COMPETENCIES]


def _summary(resume: Resume, report: MatchReport, comps: list[str]) -> str:
    headline = _headline(resume) or "Professional"
    years = _years(resume, report)
    first = f"{headline} with {years} years of experience" if years else headline
    top = comps[:SUMMARY_COMPETENCIES]
    parts = [f"{first}{' in ' + join_words(top) if top else ''}."]
    held = [c.name for c in resume.certifications]
    if held:
        parts.append(f"Certifications: {join_words(held)}.")
    best = _strongest_bullet(resume, report)
    if best:
        parts.append(f"Recent result: {_sentence_case_verb(best)}.")
    return " ".join(parts)


def _education_line(education: Education) -> str:
    parts = [education.degree or education.field or "", education.institution or ""]
    parts.append(format_month(education.end_date))
    return ", ".join(part for part in parts if part)


def build_resume_context(
    resume: Resume, posting: Posting, report: MatchReport, *, max_bullets: int | None = None
) -> ResumeContext:
    """The tailored resume: the candidate's own facts, selected and ordered for the posting.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        max_bullets: Keep at most this many bullets per role.

    Returns:
        The context of ``resume.md.j2``.
    """
    comps = competencies(resume, posting, report)
    named = {_norm(c) for c in comps}
    skills = [item for item in resume.skills_listed if _norm(item) not in named]
    name = resume.contact.name or ""
    company = posting.company or ""
    return ResumeContext(
        name=name,
        headline=_headline(resume),
        contact=_contact_links(resume),
        summary=_summary(resume, report, comps),
        competencies=comps,
        experience=[
            RoleEntry(
                title=role.title or "",
                employer=role.employer or "",
                location=role.location or "",
                dates=format_dates(role),
                bullets=order_bullets(resume, role, report, max_bullets=max_bullets),
            )
            for role in resume.roles
        ],
        skills=skills,
        education=[line for line in map(_education_line, resume.education) if line],
        certifications=[
            ", ".join(p for p in (c.name, c.issuer or "", c.date or "") if p)
            for c in resume.certifications
        ],
        title=" – ".join(p for p in (f"{name} resume" if name else "Resume", company) if p),
        author=name,
    )


# ---------------------------------------------------------------------------------------------
# Cover letter


def _best_evidence(requirement: RequirementMatch, resume: Resume) -> Evidence | None:
    """The requirement's strongest evidence from a role's bullet, if any.

    A role's header line ("Senior Engineer, Acme, Portland, OR") is not an action to quote.
    """
    bullets = [(b.start, b.end) for role in resume.roles for b in role.bullets]
    for evidence in requirement.evidence:
        in_bullet = any(start <= evidence.start < end for start, end in bullets)
        if evidence.section == "experience" and evidence.role_title and in_bullet:
            return evidence
    return None


# Lead-ins for the letter's evidence paragraphs, in turn, so three paragraphs do not all open
# with the same words.
_LETTER_LEADS = (
    "You are looking for {skills}.",
    "Your posting also asks for {skills}.",
    "You also mention {skills}.",
)


def _letter_paragraphs(
    report: MatchReport, resume: Resume, limit: int = LETTER_PARAGRAPHS
) -> list[str]:
    """Up to ``limit`` paragraphs, each one evidence sentence and the requirements it shows."""
    chosen: dict[tuple[int, int], tuple[Evidence, list[str]]] = {}
    for requirement in _by_weight(_met(report, resume)):
        evidence = _best_evidence(requirement, resume)
        if evidence is None:
            continue
        key = (evidence.start, evidence.end)
        if key in chosen:
            chosen[key][1].append(requirement.name)
        elif len(chosen) < limit:
            chosen[key] = (evidence, [requirement.name])
    paragraphs = []
    previous: str | None = None
    for index, (evidence, names) in enumerate(chosen.values()):
        where = f"as {evidence.role_title}"
        if evidence.employer:
            where += f" at {evidence.employer}"
        lead = _LETTER_LEADS[index % len(_LETTER_LEADS)].format(skills=join_words(names))
        role_part = "In the same role" if where == previous else f"In my role {where}"
        previous = where
        paragraphs.append(
            f"{lead} {role_part}, I {_sentence_case_verb(evidence.sentence.lstrip('•-* '))}."
        )
    return paragraphs


def build_letter_context(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    today: dt.date,
    hiring_manager: str | None = None,
    motivation: str | None = None,
    address_gaps: bool = False,
) -> LetterContext:
    """A one-page cover letter tying the posting's top requirements to the resume's evidence.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.
        today: The letter's date.
        hiring_manager: Whom to address (overrides the posting's hiring manager).
        motivation: The candidate's own opening sentence(s), used as written.
        address_gaps: Add one honest line about the most important missing requirement.

    Returns:
        The context of ``cover_letter.md.j2``.
    """
    name = resume.contact.name or ""
    role = posting.title or "the advertised"
    company = posting.company or ""
    manager = (hiring_manager or posting.hiring_manager or "").strip()
    at = f" at {company}" if company else ""
    headline = _headline(resume)
    years = _years(resume, report)
    if motivation and motivation.strip():
        opening = _full_stop(" ".join(motivation.split()))
    else:
        background = ""
        latest = _latest_role(resume)
        if latest and latest.employer and headline:
            headline = f"{headline} at {latest.employer}"
        if headline and years:
            background = f" I bring {years} years of experience, most recently as {headline}."
        elif headline:
            background = f" I am currently working as {headline}."
        opening = _full_stop(f"I am writing to apply for the {role} position{at}") + background
    gap = None
    if address_gaps:
        missing = [
            r for r in report.requirements if r.status == "missing" and r.level == "required"
        ]
        if missing:
            gap = (
                f"Your posting also asks for {missing[0].name}, which I have not used in a "
                "professional role yet; I would rather say so plainly, and I am ready to learn it."
            )
    reach = [x for x in (resume.contact.email, resume.contact.phone) if x]
    closing = (
        f"I would welcome the chance to discuss how I can help{' ' + company if company else ''}"
        " deliver its projects."
    )
    if reach:
        closing += f" You can reach me at {' or '.join(reach)}."
    recipient = [manager] if manager else []
    if company:
        recipient.append(company)
    if posting.location:
        place = re.sub(r"\s*\([^)]*\)", "", posting.location).strip(" ,;")
        recipient.append(place or posting.location)
    return LetterContext(
        name=name,
        contact=_contact_links(resume),
        date=format_letter_date(today),
        recipient=recipient,
        salutation=f"Dear {manager}," if manager else "Dear Hiring Manager,",
        subject=f"Application for {role}{at}" if posting.title else f"Application{at}",
        opening=opening,
        body=_letter_paragraphs(report, resume),
        gap=gap,
        closing=closing,
        sign_off="Sincerely,",
        title=" – ".join(p for p in (f"Cover letter for {role}", company) if p),
        author=name,
    )


# ---------------------------------------------------------------------------------------------
# Interview prep


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
    import yaml

    from resume_kit.resources import templates_file

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


def _months_between(start: str | None, end: str | None) -> int | None:
    def months(date: str | None) -> int | None:
        found = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", (date or "").strip())
        if not found:
            return None
        return int(found.group(1)) * 12 + int(found.group(2) or 1) - 1

    a, b = months(start), months(end)
    return None if a is None or b is None or b < a else b - a + 1


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
    today = report.today
    months = 0
    for role in resume.roles:
        if role.title and _LEADS_PROJECTS.search(role.title):
            end = today if role.current else role.end_date
            months += _months_between(role.start_date, end) or 0
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


def _story(requirement: RequirementMatch, resume: Resume) -> StorySeed | None:
    evidence = _best_evidence(requirement, resume)
    if evidence is None:
        return None
    role = next((r for r in resume.roles if r.start <= evidence.start < r.end), None)
    dates = f" ({format_dates(role)})" if role else ""
    numbers = _metrics_in(resume, evidence.start, evidence.end)
    where = " at ".join(p for p in (evidence.role_title or "", evidence.employer or "") if p)
    return StorySeed(
        question=(
            f"Tell me about a time {requirement.name} made a difference in a project you ran. "
            "What did you do?"
        ),
        skill=requirement.name,
        situation=f"{where}{dates}: what was the project, and what was at stake?",
        task=f"What was your part, and where did {requirement.name} come in?",
        action=evidence.sentence.lstrip("•-* "),
        result=(
            f"Lead with the numbers: {join_words(numbers)}; then what changed for the business."
            if numbers
            else "Say what changed, and find a number for it (time, cost, people, quality)."
        ),
    )


def build_prep_context(resume: Resume, posting: Posting, report: MatchReport) -> PrepContext:
    """The interview-prep sheet: research, questions with story seeds, gaps, salary, PMP notes.

    Args:
        resume: The extracted resume.
        posting: The extracted posting.
        report: Their MatchReport.

    Returns:
        The context of ``interview_prep.md.j2``.
    """
    name = resume.contact.name or ""
    role = posting.title or "this role"
    company = posting.company or "the company"
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
        stated = _stated_years(resume)
        if stated is not None and float(stated) != round(report.experience.years_held):
            line += (
                f" (your resume says {stated} years; its dated roles add up to "
                f"{report.experience.years_held:g} relevant years: know which you mean)"
            )
        glance.append(line)
    posting_hits = _hit_by_id(posting.skills)
    methods = [
        r.name
        for r in report.requirements
        if r.skill in posting_hits and posting_hits[r.skill].category in ("methodology", "tool")
    ]
    research = [
        f"Company background: what {company} sells, to whom, and how it is organised.",
        _full_stop(f"Recent news: press releases, funding, leadership or launches at {company}"),
        "Competitors: who else serves the same customers, and what that means for this team.",
    ]
    if methods:
        research.append(
            f"The team's methods and tools named in the posting: {join_words(methods)}; be "
            "ready to say how you have used each of them."
        )
    stories: list[StorySeed] = []
    for requirement in _by_weight(_met(report, resume)):
        story = _story(requirement, resume)
        if story is not None and all(s.action != story.action for s in stories):
            stories.append(story)
        if len(stories) >= PREP_QUESTIONS:
            break
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
    ask = list(_GENERAL_ASK)
    if methods:
        ask.append(f"How does the team use {join_words(methods[:3])} day to day?")
    top = [r.name for r in _by_weight(report.requirements)[:2]]
    if top:
        verb = "do" if len(top) > 1 else "does"
        ask.append(f"Where {verb} {join_words(top)} matter most in the first projects I would run?")
    return PrepContext(
        name=name,
        role=role,
        company=company,
        score=f"{report.overall:g}",
        at_a_glance=glance,
        research=research,
        common_questions=[CommonQuestion(question=q, prepare=p) for q, p in _COMMON],
        stories=stories,
        gaps=gaps,
        questions_to_ask=ask,
        salary=_salary(report, posting),
        certification_notes=_pmp_notes(resume, report),
        title=" – ".join(p for p in (f"Interview prep for {role}", posting.company or "") if p),
        author=name,
    )


def build_contexts(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    today: dt.date,
    hiring_manager: str | None = None,
    motivation: str | None = None,
    max_bullets: int | None = None,
    address_gaps: bool = False,
) -> DocumentContexts:
    """All three document contexts for one match (see the ``build_*_context`` functions)."""
    return DocumentContexts(
        resume=build_resume_context(resume, posting, report, max_bullets=max_bullets),
        cover_letter=build_letter_context(
            resume,
            posting,
            report,
            today=today,
            hiring_manager=hiring_manager,
            motivation=motivation,
            address_gaps=address_gaps,
        ),
        interview_prep=build_prep_context(resume, posting, report),
    )
