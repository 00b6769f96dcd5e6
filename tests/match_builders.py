"""Small hand-made resumes and postings, a tiny taxonomy and a framework, for the scorer's tests.

Shared by ``tests/scoring/`` and the report renderings' tests; here, next to ``conftest.py``, so
that any test can import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_kit.model.documents import (
    Certification,
    Education,
    EducationLevel,
    Mention,
    Metric,
    Posting,
    Requirement,
    Resume,
    Role,
    Section,
    SkillHit,
    TextSpan,
    YearsRequired,
    section_at,
)
from resume_kit.model.framework import Framework
from resume_kit.model.report import MatchReport
from resume_kit.scoring.frameworks import parse_framework
from resume_kit.scoring.match import score_match

# --- a tiny taxonomy: id -> (display name, category, spellings, implies) -----------------------

SKILLS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "scrum": ("Scrum", "methodology", ("Scrum",), ("agile",)),
    "agile": ("Agile", "methodology", ("Agile",), ("sdlc",)),
    "sdlc": ("SDLC", "methodology", ("SDLC",), ()),
    "computer-science": ("Computer Science", "domain", ("Computer Science",), ()),
    "adaptability": ("Adaptability", "soft_skill", ("adaptability",), ()),
    "kanban": ("Kanban", "methodology", ("Kanban",), ("agile",)),
    "jira": ("Jira", "tool", ("Jira",), ()),
    "ms-project": ("Microsoft Project", "tool", ("MS Project", "Microsoft Project"), ()),
    "pmp": ("PMP", "certification", ("PMP", "Project Management Professional"), ()),
    "risk-management": ("Risk management", "responsibility", ("risk management",), ()),
    "budget-management": ("Budget management", "responsibility", ("budget",), ()),
    "stakeholder-communication": (
        "Stakeholder communication",
        "responsibility",
        ("stakeholder",),
        (),
    ),
    "python": ("Python", "technical", ("Python",), ()),
}


@dataclass(frozen=True)
class Meta:
    """Stands in for keywords.SkillMeta: what the scorer reads of it."""

    name: str
    implies: tuple[str, ...] = field(default_factory=tuple)


META = {skill_id: Meta(name, implies) for skill_id, (name, _, _, implies) in SKILLS.items()}


FRAMEWORK_YAML = """
name: test-pm
version: "9.9"
description: "A small PM framework for tests."
title_keywords: [project manager]
weight_total: 100
default_level: mid
seniority:
  entry: {title_cues: [junior, coordinator], min_years: 0, max_years: 2}
  mid: {title_cues: [], min_years: 3, max_years: 7}
  senior: {title_cues: [senior, lead], min_years: 8}
components:
  requirements: 35
  evidence: 15
  coverage: 15
  experience: 10
  seniority: 5
  credentials: 10
  quantification: 10
quantification_target: 0.5
areas:
  - {id: methods, name: Methods, weight: 30, skills: [scrum, agile, kanban], evidence: "x"}
  - {id: risk, name: Risk, weight: 25, skills: [risk-management], evidence: "x"}
  - {id: budget, name: Budget, weight: 25, skills: [budget-management], evidence: "x"}
  - {id: tools, name: Tools, weight: 20, skills: [jira, ms-project], evidence: "x"}
"""


def pm_framework() -> Framework:
    """The test framework of FRAMEWORK_YAML, parsed against the tiny taxonomy."""
    return parse_framework(FRAMEWORK_YAML, "test-pm.yaml", set(SKILLS))


def _skill_hits(text: str, sections: list[Section]) -> list[SkillHit]:
    """Find every spelling of every test skill, like extraction would."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    hits = []
    for skill_id, (name, category, spellings, _) in sorted(SKILLS.items()):
        mentions = []
        for spelling in spellings:
            for found in re.finditer(rf"\b{re.escape(spelling)}\b", text, flags=re.IGNORECASE):
                line = next(span for span in lines if span[0] <= found.start() < span[1])
                mentions.append(
                    Mention(
                        text=found.group(),
                        start=found.start(),
                        end=found.end(),
                        section=section_at(sections, found.start()),
                        sentence_start=line[0],
                        sentence_end=line[1],
                    )
                )
        if mentions:
            mentions.sort(key=lambda m: m.start)
            hits.append(SkillHit(id=skill_id, name=name, category=category, mentions=mentions))
    return hits


def make_resume(source: str) -> Resume:
    """Build a Resume from a small markup.

    ``## name`` starts a section; ``=== title | employer | start | end`` starts a role (end
    ``Present`` = current); ``• `` lines are bullets of the role above; numbers written ``30%``
    or ``$2M`` are metrics.
    """
    text_lines: list[str] = []
    offset = 0
    sections: list[tuple[str, int]] = []
    roles: list[dict[str, object]] = []
    for raw in source.strip().splitlines():
        line = raw.strip()
        start = offset
        if line.startswith("## "):
            sections.append((line[3:].strip().lower(), start))
            line = line[3:].strip().upper()
        elif line.startswith("=== "):
            title, employer, begin, end = (part.strip() for part in line[4:].split("|"))
            roles.append(
                {
                    "title": title,
                    "employer": employer,
                    "start_date": begin or None,
                    "end_date": None if end in ("Present", "") else end,
                    "current": end == "Present",
                    "start": start,
                    "bullets": [],
                }
            )
            line = f"{title}, {employer}, {begin} - {end}"
        elif line.startswith("• ") and roles:
            bullets = roles[-1]["bullets"]
            assert isinstance(bullets, list)
            bullets.append((start, start + len(line)))
        text_lines.append(line)
        offset += len(line) + 1
    text = "\n".join(text_lines) + "\n"
    section_models = [
        Section(name=name, heading=name.upper(), start=begin, end=end)
        for (name, begin), end in zip(
            sections, [s[1] for s in sections[1:]] + [len(text)], strict=True
        )
    ]
    role_models = []
    for index, role in enumerate(roles):
        later = [r["start"] for r in roles[index + 1 :]] + [
            s.start for s in section_models if s.start > int(str(role["start"]))
        ]
        end = min([int(str(x)) for x in later] + [len(text)])
        bullets = role.pop("bullets")
        assert isinstance(bullets, list)
        role_models.append(
            Role(
                **role,  # type: ignore[arg-type]
                end=end,
                bullets=[TextSpan(text=text[b:e], start=b, end=e) for b, e in bullets],
            )
        )
    metrics = []
    for found in re.finditer(r"\$\d+(?:\.\d+)?[MK]?|\b\d+%", text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.start())
        metrics.append(
            Metric(
                text=found.group(),
                value=float(re.sub(r"[^\d.]", "", found.group())),
                unit="%" if found.group().endswith("%") else "USD",
                kind="percent" if found.group().endswith("%") else "money",
                start=found.start(),
                end=found.end(),
                sentence=text[line_start:line_end],
                sentence_start=line_start,
                sentence_end=line_end,
                section=section_at(section_models, found.start()),
            )
        )
    education = []
    certifications = []
    for section in section_models:
        body = text[section.start : section.end].splitlines()[1:]
        position = section.start + len(text[section.start : section.end].splitlines()[0]) + 1
        for line in body:
            if section.name == "education" and line:
                level = "master" if "Master" in line else "bachelor" if "Bachelor" in line else None
                education.append(
                    Education(degree=line, level=level, start=position, end=position + len(line))
                )
            if section.name == "certifications" and line:
                certifications.append(
                    Certification(name=line, start=position, end=position + len(line))
                )
            position += len(line) + 1
    return Resume(
        source="resume.txt",
        text=text,
        sections=section_models,
        roles=role_models,
        education=education,
        certifications=certifications,
        skills=_skill_hits(text, section_models),
        metrics=metrics,
    )


def make_posting(
    title: str | None,
    requirements: list[tuple[str, str, int]],
    *,
    years: float | None = None,
    degree: EducationLevel | None = None,
    certifications: list[str] | None = None,
    extra_text: str = "",
) -> Posting:
    """A posting asking for ``(skill id, level, count)`` requirements."""
    lines = [title or "", "Requirements"]
    lines += [f"- {SKILLS[skill_id][2][0]}" for skill_id, _, _ in requirements]
    if extra_text:
        lines.append(extra_text)
    text = "\n".join(lines) + "\n"
    sections = [Section(name="requirements", heading="Requirements", start=0, end=len(text))]
    title_norm = (title or "").casefold()
    return Posting(
        source="posting.txt",
        text=text,
        sections=sections,
        title=title,
        years_required=(
            YearsRequired(min=years, text=f"{years:g}+ years") if years is not None else None
        ),
        degree_required=degree,
        certifications_asked=certifications or [],
        skills=_skill_hits(text, sections),
        requirements=[
            Requirement(
                id=skill_id,
                level=level,  # type: ignore[arg-type]
                count=count,
                in_title=SKILLS[skill_id][2][0].casefold() in title_norm,
            )
            for skill_id, level, count in requirements
        ],
    )


BASE_RESUME = """
## summary
IT project manager.
## experience
=== Senior Project Manager | Acme | 2019-01 | Present
• Led Scrum delivery for 12 engineers and cut cycle time by 30%.
• Ran risk management for a $2M programme.
• Reported weekly to every stakeholder.
=== Project Coordinator | Beta | 2012-01 | 2018-12
• Kept MS Project schedules for five projects.
## skills
Jira, Kanban
## education
Bachelor of Science, Computer Science
## certifications
Project Management Professional (PMP)
"""


BASE_POSTING_REQS = [
    ("scrum", "required", 2),
    ("risk-management", "required", 1),
    ("jira", "preferred", 1),
    ("budget-management", "required", 1),
    ("pmp", "preferred", 1),
]


def score(resume: Resume, posting: Posting, framework: Framework, **kw: object) -> MatchReport:
    return score_match(
        resume,
        posting,
        framework,
        skill_meta=META,
        today="2024-06",
        **kw,  # type: ignore[arg-type]
    )


def base_report(framework: Framework) -> MatchReport:
    """BASE_RESUME scored against a "Project Manager" posting asking for BASE_POSTING_REQS."""
    return score(
        make_resume(BASE_RESUME), make_posting("Project Manager", BASE_POSTING_REQS), framework
    )


def component(report: MatchReport, name: str) -> float:
    return next(c.score for c in report.components if c.name == name)


def requirement(report: MatchReport, skill_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in report.requirements if r.skill == skill_id)


def extract_resume_text(text: str) -> Resume:
    """A resume text read and extracted through the public API, as a user's file would be."""
    import resume_kit

    doc = resume_kit.extract(resume_kit.load_resume(text.encode(), name="resume.txt"))
    assert isinstance(doc, Resume)
    return doc


def score_posting_text(resume: Resume, text: str, today: str) -> MatchReport:
    """Score ``resume`` against a posting text read and extracted through the public API."""
    import resume_kit

    posting = resume_kit.extract(resume_kit.load_posting(text.encode(), name="posting.txt"))
    assert isinstance(posting, Posting)
    return resume_kit.score(resume, posting, today=today)
