"""The scorer on small hand-made resumes and postings: each component moves the way it should."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.errors import UsageError
from resume_kit.model.documents import (
    Certification,
    Education,
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
from resume_kit.scoring.degree_fields import _DEGREE_FIELD_LEAD
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


@pytest.fixture(scope="module")
def framework() -> Framework:
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
    degree: str | None = None,
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


def component(report: MatchReport, name: str) -> float:
    return next(c.score for c in report.components if c.name == name)


def requirement(report: MatchReport, skill_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in report.requirements if r.skill == skill_id)


@pytest.fixture
def base(framework: Framework) -> MatchReport:
    return score(
        make_resume(BASE_RESUME), make_posting("Project Manager", BASE_POSTING_REQS), framework
    )


# --- the overall ------------------------------------------------------------------------------


def test_contributions_add_up_to_overall(base: MatchReport) -> None:
    assert 0 <= base.overall <= 100
    assert round(sum(c.contribution for c in base.components), 1) == base.overall
    assert round(sum(c.effective_weight for c in base.components if c.included), 1) == 100.0


def test_weights_come_from_the_framework_file(framework: Framework) -> None:
    changed = FRAMEWORK_YAML.replace("requirements: 35", "requirements: 25").replace(
        "evidence: 15", "evidence: 25"
    )
    other = parse_framework(changed, "other.yaml", set(SKILLS))
    report = score(
        make_resume(BASE_RESUME), make_posting("Project Manager", BASE_POSTING_REQS), other
    )
    weights = {c.name: c.weight for c in report.components}
    assert weights["requirements"] == 25 and weights["evidence"] == 25
    assert report.framework.name == "test-pm" and report.framework.version == "9.9"


def test_framework_reason_is_kept(framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Project Manager", BASE_POSTING_REQS),
        framework,
        framework_reason="chose test-pm because...",
    )
    assert report.framework.reason == "chose test-pm because..."


# --- requirements -----------------------------------------------------------------------------


def test_adding_a_required_skill_raises_the_score(framework: Framework, base: MatchReport) -> None:
    resume = make_resume(
        BASE_RESUME.replace("• Reported weekly", "• Kept the budget on track; reported weekly")
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS), framework)
    assert requirement(base, "budget-management").status == "missing"
    assert requirement(report, "budget-management").status == "met"
    assert component(report, "requirements") > component(base, "requirements")
    assert report.overall > base.overall


def test_required_weighs_more_than_preferred_and_repeats_and_title_add(
    framework: Framework,
) -> None:
    posting = make_posting(
        "Scrum Project Manager",
        [("scrum", "required", 3), ("jira", "preferred", 1), ("kanban", "mentioned", 1)],
    )
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert requirement(report, "scrum").weight > requirement(report, "jira").weight
    assert requirement(report, "jira").weight > requirement(report, "kanban").weight
    assert requirement(report, "scrum").in_title
    plain = make_posting("Project Manager", [("scrum", "required", 1)])
    assert (
        requirement(report, "scrum").weight
        > requirement(score(make_resume(BASE_RESUME), plain, framework), "scrum").weight
    )
    # Reported heaviest first.
    assert [r.weight for r in report.requirements] == sorted(
        (r.weight for r in report.requirements), reverse=True
    )


def test_acronym_and_full_name_meet_the_same_requirement(framework: Framework) -> None:
    # The resume says "Project Management Professional", the posting says "PMP": same id.
    resume = make_resume(
        BASE_RESUME.replace(
            "Project Management Professional (PMP)", "Project Management Professional"
        )
    )
    report = score(resume, make_posting("Project Manager", [("pmp", "required", 1)]), framework)
    assert requirement(report, "pmp").status == "met"
    assert report.credentials.certifications_missing == []


def test_implied_skill_gives_partial_credit_and_says_so(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("agile", "required", 1)])
    report = score(make_resume(BASE_RESUME), posting, framework)
    match = requirement(report, "agile")
    assert match.status == "partial"
    assert match.via == "scrum"
    assert match.suggestion is not None and "Scrum" in match.suggestion
    assert 0 < component(report, "requirements") < 1
    assert match.evidence and "Scrum" in match.evidence[0].sentence
    # Without the taxonomy there is no implication to give credit through.
    bare = score_match(make_resume(BASE_RESUME), posting, framework, today="2024-06")
    assert requirement(bare, "agile").status == "missing"


def test_implied_credit_is_one_step_only(framework: Framework) -> None:
    # Scrum implies Agile, Agile implies SDLC: Scrum alone says nothing about SDLC.
    posting = make_posting("Project Manager", [("sdlc", "required", 1)])
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert requirement(report, "sdlc").status == "missing"
    with_agile = make_resume(BASE_RESUME.replace("Jira, Kanban", "Jira, Kanban, Agile"))
    match = requirement(score(with_agile, posting, framework), "sdlc")
    assert match.status == "partial" and match.via == "agile"
    assert match.suggestion is not None and "directly implies" in match.suggestion


def test_a_missing_certification_is_suggested_only_if_held(framework: Framework) -> None:
    resume = make_resume(
        BASE_RESUME.replace("PMP", "").replace("Project Management Professional", "")
    )
    report = score(resume, make_posting("Project Manager", [("pmp", "required", 1)]), framework)
    match = requirement(report, "pmp")
    assert match.status == "missing"
    assert match.suggestion == (
        "The posting asks for PMP (required); your resume does not list it. If you hold it, add "
        "it to your certifications with the year you earned it; if not, it is a gap to speak to."
    )


def test_missing_requirement_suggestion_is_concrete(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME.replace("Jira, Kanban", "Jira"))
    posting = make_posting("Project Manager", [("kanban", "required", 2), ("scrum", "required", 1)])
    report = score(resume, posting, framework)
    match = requirement(report, "kanban")
    assert match.status == "missing"
    assert match.suggestion == (
        "The posting asks for Kanban twice (required); your resume never mentions it. If you "
        "have used it, add it to the bullet where you did."
    )
    assert report.suggestions[0].skill == "kanban"  # the biggest gap comes first


# --- evidence ---------------------------------------------------------------------------------


def test_skill_in_a_bullet_is_stronger_than_in_the_skills_list(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("jira", "required", 1)])
    listed = score(make_resume(BASE_RESUME), posting, framework)
    shown = score(
        make_resume(
            BASE_RESUME.replace("Jira, Kanban", "Kanban").replace(
                "• Reported weekly", "• Tracked 40 epics in Jira; reported weekly"
            )
        ),
        posting,
        framework,
    )
    assert requirement(listed, "jira").status == requirement(shown, "jira").status == "met"
    assert component(shown, "evidence") > component(listed, "evidence")
    assert requirement(listed, "jira").suggestion == (
        "Jira appears only in your Skills list; show it in a bullet with a result."
    )
    best = requirement(shown, "jira").evidence[0]
    assert best.role_title == "Senior Project Manager" and best.employer == "Acme"
    assert best.section == "experience"


def test_bullet_with_a_metric_is_stronger(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("stakeholder-communication", "required", 1)])
    plain = score(make_resume(BASE_RESUME), posting, framework)
    quantified = score(
        make_resume(BASE_RESUME.replace("every stakeholder.", "every stakeholder; 95% satisfied.")),
        posting,
        framework,
    )
    assert not requirement(plain, "stakeholder-communication").evidence[0].has_metric
    assert requirement(quantified, "stakeholder-communication").evidence[0].has_metric
    assert component(quantified, "evidence") > component(plain, "evidence")


def test_recent_role_is_stronger_than_an_old_one(framework: Framework) -> None:
    posting = make_posting("Project Manager", [("ms-project", "required", 1)])
    old = score(make_resume(BASE_RESUME), posting, framework)
    recent = score(
        make_resume(
            BASE_RESUME.replace("• Kept MS Project schedules", "• Kept schedules").replace(
                "• Reported weekly", "• Planned in MS Project; reported weekly"
            )
        ),
        posting,
        framework,
    )
    assert component(recent, "evidence") > component(old, "evidence")
    assert "older role" in (requirement(old, "ms-project").suggestion or "")


# --- coverage, experience, seniority, credentials, quantification ------------------------------


def test_coverage_rises_with_a_new_area(framework: Framework, base: MatchReport) -> None:
    resume = make_resume(
        BASE_RESUME.replace("• Reported weekly", "• Owned the $3M budget; reported weekly")
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS), framework)
    assert component(report, "coverage") > component(base, "coverage")
    area = next(a for a in report.areas if a.area == "budget")
    assert area.skills_shown == ["budget-management"] and area.coverage > 0


def test_more_years_raise_experience(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS, years=15)
    short = score(make_resume(BASE_RESUME), posting, framework)
    longer = score(make_resume(BASE_RESUME.replace("2012-01", "2008-01")), posting, framework)
    assert longer.experience.years_held > short.experience.years_held
    assert component(longer, "experience") > component(short, "experience")
    assert short.experience.years_asked == 15


def test_overlapping_roles_count_once() -> None:
    resume = make_resume(
        """
        ## experience
        === PM | A | 2020-01 | 2021-12
        • Ran Scrum.
        === PM | B | 2021-01 | 2022-12
        • Ran Scrum.
        """
    )
    framework = parse_framework(FRAMEWORK_YAML, "t.yaml", set(SKILLS))
    report = score(resume, make_posting("Project Manager", [("scrum", "required", 1)]), framework)
    assert report.experience.years_held == 3.0


def test_roles_without_relevant_skills_do_not_count_toward_years(framework: Framework) -> None:
    resume = make_resume(
        BASE_RESUME.replace(
            "=== Project Coordinator | Beta | 2012-01 | 2018-12\n"
            "• Kept MS Project schedules for five projects.",
            "=== Store Manager | Corner Shop | 2012-01 | 2018-12\n• Ran the tills and the rota.",
        )
    )
    report = score(resume, make_posting("Project Manager", BASE_POSTING_REQS, years=10), framework)
    assert report.experience.years_total == 12.5
    assert report.experience.years_held == 5.5  # 2019-01 to 2024-06, the PM role only
    assert component(report, "experience") == pytest.approx(0.55)


def test_current_role_counts_up_to_today(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS)
    early = score_match(make_resume(BASE_RESUME), posting, framework, today="2020-12")
    late = score_match(make_resume(BASE_RESUME), posting, framework, today="2024-12")
    assert late.experience.years_held == pytest.approx(early.experience.years_held + 4, abs=0.05)


def test_today_defaults_to_newest_date_not_the_clock(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS, extra_text="Posted 2023")
    report = score_match(make_resume(BASE_RESUME), posting, framework)
    assert report.today == "2023-01"
    assert "posting" in report.today_basis
    with pytest.raises(UsageError):
        score_match(make_resume(BASE_RESUME), posting, framework, today="June 2024")


def test_seniority_from_titles(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME)
    senior = score(resume, make_posting("Senior Project Manager", BASE_POSTING_REQS), framework)
    assert senior.experience.seniority_asked == "senior"
    assert senior.experience.seniority_held == "senior"
    assert component(senior, "seniority") == 1.0
    junior_resume = make_resume(
        BASE_RESUME.replace("Senior Project Manager", "Junior Project Manager")
    )
    gap = score(junior_resume, make_posting("Senior Project Manager", BASE_POSTING_REQS), framework)
    assert gap.experience.seniority_held == "entry"
    assert component(gap, "seniority") < component(senior, "seniority")


def test_certifications_and_degree_asked_vs_held(framework: Framework) -> None:
    posting = make_posting(
        "Project Manager",
        BASE_POSTING_REQS,
        degree="Master's degree",
        certifications=["PMP", "ITIL 4"],
    )
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert report.credentials.certifications_missing == ["ITIL 4"]
    assert report.credentials.degree_met is False
    assert report.credentials.degree_held_level == "bachelor"
    assert any("ITIL 4" in s.text for s in report.suggestions)
    better = score(
        make_resume(BASE_RESUME.replace("Bachelor of Science", "Master of Science") + "ITIL 4\n"),
        posting,
        framework,
    )
    assert component(better, "credentials") > component(report, "credentials")


def test_adding_a_metric_raises_quantification(framework: Framework) -> None:
    posting = make_posting("Project Manager", BASE_POSTING_REQS)
    fewer = BASE_RESUME.replace(" for a $2M programme", "")
    before = score(make_resume(fewer), posting, framework)
    after = score(
        make_resume(fewer.replace("for five projects.", "for five projects, 98% on time.")),
        posting,
        framework,
    )
    assert (before.quantification.with_metric, before.quantification.bullets) == (1, 4)
    assert after.quantification.with_metric == 2
    assert component(after, "quantification") > component(before, "quantification")
    assert any("1 of 4 experience bullets" in s.text for s in before.suggestions)


# --- thin postings, determinism ----------------------------------------------------------------


def test_empty_posting_still_scores_and_says_why(framework: Framework) -> None:
    report = score(make_resume(BASE_RESUME), make_posting(None, []), framework)
    assert 0 <= report.overall <= 100
    assert any("gave little to match on" in note for note in report.notes)
    assert report.posting_evidence.little and report.posting_evidence.requirements == 0
    # Nothing measured: the posting-facing components sit at the framework's neutral prior
    # instead of being dropped (dropping them let the resume-only components make up 100).
    for name in ("requirements", "evidence", "coverage"):
        part = next(c for c in report.components if c.name == name)
        assert part.included and part.score == framework.posting_prior.score
        assert part.measured is None or name == "coverage"
        assert part.prior_share == 1.0 or name == "coverage"
    assert round(sum(c.contribution for c in report.components), 1) == report.overall
    assert round(sum(c.effective_weight for c in report.components if c.included), 1) == 100.0


def test_thin_posting_does_not_outrank_a_real_match(framework: Framework) -> None:
    # One skill named and shown is not a 100% requirements match: the posting told us little.
    resume = make_resume(BASE_RESUME)
    thin = score(resume, make_posting("Project Manager", [("scrum", "mentioned", 1)]), framework)
    rich = score(
        resume,
        make_posting(
            "Project Manager",
            [
                ("scrum", "required", 2),
                ("risk-management", "required", 1),
                ("jira", "preferred", 1),
                ("pmp", "required", 1),
                ("ms-project", "preferred", 1),
                ("stakeholder-communication", "required", 1),
                ("kanban", "mentioned", 1),
            ],
        ),
        framework,
    )
    assert component(thin, "requirements") < component(rich, "requirements") < 1
    assert thin.overall < rich.overall
    assert thin.posting_evidence.little and not rich.posting_evidence.little
    part = next(c for c in thin.components if c.name == "requirements")
    assert part.measured == 1.0 and 0.5 < part.prior_share < 1
    assert "neutral" in part.explanation
    assert round(sum(c.contribution for c in thin.components), 1) == thin.overall


def test_prior_lives_in_the_framework_file(framework: Framework) -> None:
    changed = FRAMEWORK_YAML.replace(
        "quantification_target: 0.5", "quantification_target: 0.5\nposting_prior: {score: 0.2}"
    )
    other = parse_framework(changed, "other.yaml", set(SKILLS))
    report = score(make_resume(BASE_RESUME), make_posting(None, []), other)
    assert component(report, "requirements") == 0.2


def test_soft_skills_weigh_less_than_hard_skills(framework: Framework) -> None:
    posting = make_posting(
        "Project Manager", [("adaptability", "required", 1), ("jira", "required", 1)]
    )
    report = score(make_resume(BASE_RESUME), posting, framework)
    assert requirement(report, "adaptability").weight < requirement(report, "jira").weight


def test_degree_field_is_not_a_missing_skill(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME.replace("Computer Science", "Business"))
    posting = make_posting(
        "Project Manager",
        [("computer-science", "required", 1), ("scrum", "required", 1)],
        degree="Bachelor's degree",
        extra_text="Bachelor's degree in Computer Science or a related field.",
    )
    # make_posting also lists the skill as a bullet; keep only the degree sentence's mention.
    hits = [
        hit.model_copy(update={"mentions": hit.mentions[-1:]})
        if hit.id == "computer-science"
        else hit
        for hit in posting.skills
    ]
    posting = posting.model_copy(update={"skills": hits})
    report = score(resume, posting, framework)
    assert "computer-science" not in {r.skill for r in report.requirements}
    assert not any("Computer Science" in s.text for s in report.suggestions)
    assert report.credentials.degree_fields == ["Computer Science"]
    assert any("field of a degree" in note for note in report.notes)
    # The same skill asked as a skill (not after "degree in") is still a requirement.
    plain = make_posting("Project Manager", [("computer-science", "required", 1)])
    assert requirement(score(resume, plain, framework), "computer-science").status == "missing"


def test_few_requirements_are_noted(framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Project Manager", [("scrum", "required", 1)]),
        framework,
    )
    assert any("only 1 skill recognised" in note for note in report.notes)


def test_same_inputs_same_json(framework: Framework) -> None:
    resume = make_resume(BASE_RESUME)
    posting = make_posting("Senior Project Manager", BASE_POSTING_REQS, certifications=["PMP"])
    first = score(resume, posting, framework).model_dump_json()
    second = score(resume, posting, framework).model_dump_json()
    assert first == second
    json.loads(first)


_HASHSEED_SCRIPT = """
import sys
sys.path[:0] = [{tests!r}]
import test_scoring as t
from resume_kit.scoring.frameworks import parse_framework
framework = parse_framework(t.FRAMEWORK_YAML, "test-pm.yaml", set(t.SKILLS))
resume = t.make_resume(t.BASE_RESUME)
posting = t.make_posting("Senior Project Manager", t.BASE_POSTING_REQS + [("agile", "required", 1)])
print(t.score(resume, posting, framework).model_dump_json())
"""


def test_json_does_not_depend_on_hash_seed() -> None:
    script = _HASHSEED_SCRIPT.format(tests=str(Path(__file__).parent))
    outputs = []
    for seed in ("1", "2024"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("{")


# --- role fit ---------------------------------------------------------------------------------

_AREAS = FRAMEWORK_YAML[FRAMEWORK_YAML.index("areas:") :]
OTHER_YAML = (
    FRAMEWORK_YAML.replace("name: test-pm", "name: test-dev")
    .replace("title_keywords: [project manager]", "title_keywords: [developer]")
    .replace(
        _AREAS,
        'areas:\n  - {id: code, name: Code, weight: 100, skills: [python, sdlc], evidence: "x"}\n',
    )
)
ROLE_YAML = FRAMEWORK_YAML.replace("quantification: 10", "quantification: 0\n  role_fit: 10")


@pytest.fixture(scope="module")
def role_framework() -> Framework:
    return parse_framework(ROLE_YAML, "test-pm.yaml", set(SKILLS))


@pytest.fixture(scope="module")
def dev_framework() -> Framework:
    return parse_framework(OTHER_YAML, "test-dev.yaml", set(SKILLS))


def test_role_fit_is_left_out_without_your_role(role_framework: Framework) -> None:
    report = score(make_resume(BASE_RESUME), make_posting("Project Manager", []), role_framework)
    fit = next(c for c in report.components if c.name == "role_fit")
    assert not fit.included and "no job title" in fit.explanation
    assert round(sum(c.contribution for c in report.components), 1) == report.overall


def test_posting_of_your_role_fits_better_than_another_role(
    role_framework: Framework, dev_framework: Framework
) -> None:
    resume = make_resume(BASE_RESUME)
    mine = (role_framework, "your title")
    same = score(
        resume,
        make_posting("Project Manager", BASE_POSTING_REQS),
        role_framework,
        your_role=mine,
        posting_role=(role_framework, "their title"),
    )
    # Another role that asks for skills the resume also shows (a developer posting asking for
    # Jira and Scrum): requirements are met alike, role fit tells them apart.
    other = score(
        resume,
        make_posting("Python Developer", [("python", "required", 3), *BASE_POSTING_REQS]),
        role_framework,
        your_role=mine,
        posting_role=(dev_framework, "their title"),
    )
    assert same.role_fit.title_score == 1.0 and other.role_fit.title_score == 0.0
    assert same.role_fit.outside == ["PMP"]  # the test framework's areas leave it out
    assert same.role_fit.skill_share is not None and other.role_fit.skill_share is not None
    assert other.role_fit.skill_share < same.role_fit.skill_share
    assert "Python" in other.role_fit.outside
    assert component(other, "role_fit") < component(same, "role_fit")
    assert other.overall < same.overall
    fit = next(c for c in other.components if c.name == "role_fit")
    assert "another role" in fit.explanation and "outside it: Python" in fit.explanation


def test_neighbouring_role_gets_part_of_the_title_credit(role_framework: Framework) -> None:
    family = role_framework.model_copy(update={"family": "delivery"})
    neighbour = family.model_copy(update={"name": "test-scrum"})
    report = score(
        make_resume(BASE_RESUME),
        make_posting("Scrum Master", BASE_POSTING_REQS),
        family,
        your_role=(family, "your title"),
        posting_role=(neighbour, "their title"),
    )
    assert report.role_fit.title_score == 0.5


def test_role_fit_weighs_title_and_skills_as_the_framework_says(
    role_framework: Framework, dev_framework: Framework
) -> None:
    """A posting of your role asking for skills outside your framework, against another role's
    posting asking for your framework's skills: the title decides as shipped (2 : 1), the skills
    when a framework file says they alone count."""
    resume = make_resume(BASE_RESUME)

    def fits(framework: Framework) -> tuple[float, float]:
        mine = (framework, "your title")
        same = score(
            resume,
            make_posting("Project Manager", [("python", "required", 3)]),
            framework,
            your_role=mine,
            posting_role=(framework, "their title"),
        )
        other = score(
            resume,
            make_posting("Python Developer", BASE_POSTING_REQS),
            framework,
            your_role=mine,
            posting_role=(dev_framework, "their title"),
        )
        return component(same, "role_fit"), component(other, "role_fit")

    same, other = fits(role_framework)
    assert same > other
    skills_only = parse_framework(
        ROLE_YAML + "role_fit: {title: 0, skills: 1}\n", "test-pm.yaml", set(SKILLS)
    )
    same, other = fits(skills_only)
    assert same < other


def test_untitled_posting_rests_role_fit_on_skills(role_framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME),
        make_posting(None, BASE_POSTING_REQS),
        role_framework,
        your_role=(role_framework, "your title"),
    )
    assert report.role_fit.title_score is None
    assert component(report, "role_fit") == report.role_fit.skill_score


def test_a_title_without_a_level_word_scores_no_years_or_seniority(framework: Framework) -> None:
    report = score(
        make_resume(BASE_RESUME), make_posting("Warehouse", BASE_POSTING_REQS), framework
    )
    left_out = {c.name for c in report.components if not c.included}
    assert {"experience", "seniority"} <= left_out
    assert report.experience.seniority_asked == "mid"  # still shown, as the default
    stated = score(
        make_resume(BASE_RESUME), make_posting("Warehouse", BASE_POSTING_REQS, years=3), framework
    )
    assert {"experience", "seniority"}.isdisjoint(
        c.name for c in stated.components if not c.included
    )


def test_latest_title_is_the_current_role() -> None:
    from resume_kit.scoring.role_fit import latest_title

    assert latest_title(make_resume(BASE_RESUME), "2024-06") == "Senior Project Manager"


def test_only_a_bullet_is_asked_for_a_number(framework: Framework) -> None:
    """A skill shown in a bullet without a number gets "add the result"; one shown by the role's
    own heading does not (there is no bullet to add it to)."""
    posting = make_posting("Project Manager", [("jira", "required", 1)])
    in_bullet = score(
        make_resume(
            "## experience\n=== Project Manager | Acme | 2019-01 | Present\n"
            "• Configured Jira boards for the delivery teams.\n"
        ),
        posting,
        framework,
    )
    in_heading = score(
        make_resume(
            "## experience\n=== Jira Administrator | Acme | 2019-01 | Present\n"
            "• Ran the service desk for 300 users.\n"
        ),
        posting,
        framework,
    )
    assert "bullet without a number" in (requirement(in_bullet, "jira").suggestion or "")
    assert requirement(in_heading, "jira").status == "met"
    assert "bullet without a number" not in (requirement(in_heading, "jira").suggestion or "")


# The degree-field search as first written; the shipped one skips to the names' first letters for
# speed and must find exactly the same places.
_PLAIN_DEGREE_FIELD_LEAD = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|b\.?sc?|m\.?sc?|b\.?a|m\.?a|ph\.?\s?d|mba|diploma)"
    r"\b[^.;:\n]{0,40}?\b(?:in|of)\s+",
    re.IGNORECASE,
)
_DEGREE_WORDS = ["Degree", "BACHELOR'S", "masters", "B.Sc", "MSc", "b.a", "M.A", "Ph. D", "MBA",
    "diploma", " in ", " of ", "ſ", "K", "İ", "_", "-", ".", "\n", "Computer Science"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(_DEGREE_WORDS)), max_size=20))
def test_degree_field_search_finds_what_the_plain_pattern_finds(parts: list[str]) -> None:
    text = "".join(parts)
    found = [m.span() for m in _DEGREE_FIELD_LEAD.finditer(text)]
    assert found == [m.span() for m in _PLAIN_DEGREE_FIELD_LEAD.finditer(text)]
