"""Document contexts: what each document says, built only from the candidate's own facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from resume_kit.model.documents import Posting, Resume, Role
from resume_kit.model.report import MatchReport
from resume_kit.tailoring.context_common import format_dates
from resume_kit.tailoring.contexts import DocumentContexts, build_contexts
from resume_kit.tailoring.letter_context import build_letter_context
from resume_kit.tailoring.prep_context import load_salary_table
from resume_kit.tailoring.resume_context import order_bullets

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2025, 6, 2)


@pytest.fixture(scope="module")
def match() -> tuple[Resume, Posting, MatchReport]:
    from resume_kit.api import extract, load_posting, load_resume, score

    resume = extract(load_resume(ROOT / "examples" / "jordan-rivera-resume.txt"))
    posting = extract(load_posting(ROOT / "examples" / "posting-it-project-manager.txt"))
    return resume, posting, score(resume, posting, today="2025-06")


@pytest.fixture(scope="module")
def contexts(match: tuple[Resume, Posting, MatchReport]) -> DocumentContexts:
    return build_contexts(*match, today=TODAY)


def test_competencies_follow_the_posting_and_use_its_wording(
    contexts: DocumentContexts, match: tuple[Resume, Posting, MatchReport]
) -> None:
    _, _, report = match
    comps = contexts.resume.competencies
    # The resume writes "MS Project" in its bullets; the posting says "Microsoft Project" first.
    assert "Microsoft Project" in comps
    met_names = [r.name for r in report.requirements if r.status == "met"]
    assert comps.index("Risk Management") < comps.index("Power BI")
    assert all(name in comps or name not in met_names[:3] for name in met_names[:3])


def _resume_text(contexts: DocumentContexts) -> str:
    parts = [*contexts.resume.competencies]
    for section in contexts.resume.sections:
        for block in section.blocks:
            parts += [block.text, block.title, block.employer, *block.bullets]
    return " ".join(parts)


def test_missing_requirements_are_never_added(contexts: DocumentContexts) -> None:
    text = _resume_text(contexts)
    for missing in ("Kanban", "PRINCE2", "SAFe", "Scaled Agile"):
        assert missing not in text


def test_bullets_are_reordered_never_changed(
    contexts: DocumentContexts, match: tuple[Resume, Posting, MatchReport]
) -> None:
    resume = match[0]
    for role, entry in zip(resume.roles, contexts.resume.roles(), strict=True):
        assert sorted(entry.bullets) == sorted(b.text.strip() for b in role.bullets)
        assert (entry.title, entry.employer) == (role.title, role.employer)
    first = contexts.resume.roles()[0].bullets[0]
    assert "Jira" in first or "Scrum" in first  # a required skill with a number comes first


def test_max_bullets_trims_each_role(match: tuple[Resume, Posting, MatchReport]) -> None:
    resume, _, report = match
    kept = order_bullets(resume, resume.roles[0], report, max_bullets=2)
    assert kept == order_bullets(resume, resume.roles[0], report)[:2]


def test_the_resumes_own_summary_is_kept_as_written(
    contexts: DocumentContexts, match: tuple[Resume, Posting, MatchReport]
) -> None:
    # Its words are the candidate's: the tailoring is in the competencies and the bullet order.
    summary = contexts.resume.sections[0]
    assert (summary.kind, summary.heading) == ("summary", "Professional Summary")
    assert contexts.resume.summary_text() == match[0].summary


def test_without_a_summary_one_is_made_from_the_resumes_facts(
    match: tuple[Resume, Posting, MatchReport],
) -> None:
    from resume_kit.api import extract, load_resume, score

    resume, posting, _ = match
    summary = next(s for s in resume.sections if s.name == "summary")
    text = resume.text[: summary.start] + resume.text[summary.end :]
    without = extract(load_resume(text.encode(), name="no-summary.txt"))
    made = build_contexts(without, posting, score(without, posting, today="2025-06"), today=TODAY)
    # The latest title, the years of the dated roles, the posting's heaviest skills the resume
    # shows, its certifications (canonical names) and its strongest bullet with a number.
    assert made.resume.summary_text() == (
        "Senior IT Project Manager with 14 years of experience in Risk Management, Scrum, Budget "
        "Management and Jira. Certifications: Project Management Professional (PMP), Certified "
        "ScrumMaster (CSM) and ITIL Foundation. Recent result: built a risk register and weekly "
        "RAID review in Jira and Confluence, reducing unplanned executive escalations by 35% over "
        "2 fiscal years."
    )


def test_role_dates_are_written_as_on_a_resume() -> None:
    role = Role(start_date="2021-03", current=True, start=0, end=1)
    assert format_dates(role) == "Mar 2021 – Present"
    assert format_dates(Role(start_date="2014", end_date="2017-05", start=0, end=1)) == (
        "2014 – May 2017"
    )


def test_letter_addresses_the_hiring_manager_and_names_role_and_company(
    contexts: DocumentContexts,
) -> None:
    letter = contexts.cover_letter
    assert letter.salutation == "Dear Priya Natarajan,"
    assert letter.date == "June 2, 2025"
    assert "IT Project Manager" in letter.opening and "Cobalt Ridge Software" in letter.opening
    assert 2 <= len(letter.body) <= 3
    assert letter.gap is None


def test_letter_quotes_the_resumes_evidence(
    contexts: DocumentContexts, match: tuple[Resume, Posting, MatchReport]
) -> None:
    bullets = {b.text.strip().rstrip(".")[1:] for r in match[0].roles for b in r.bullets}
    for paragraph in contexts.cover_letter.body:
        assert any(bullet in paragraph for bullet in bullets)


def test_letter_reads_like_a_letter(contexts: DocumentContexts) -> None:
    letter = contexts.cover_letter
    # Paragraphs do not all open with the same words, and the address block is an address.
    openings = [" ".join(paragraph.split()[:3]) for paragraph in letter.body]
    assert len(set(openings)) == len(openings)
    assert letter.recipient == ["Priya Natarajan", "Cobalt Ridge Software, Inc.", "Columbus, OH"]
    assert "Northbridge Health Partners" in letter.opening  # the current employer, named


def test_prep_salary_line_does_not_repeat_its_label(contexts: DocumentContexts) -> None:
    salary = contexts.interview_prep.salary
    assert salary is not None and salary.posted is not None
    assert salary.posted.startswith("$115,000")


def test_letter_options(match: tuple[Resume, Posting, MatchReport]) -> None:
    resume, posting, report = match
    letter = build_letter_context(
        resume,
        posting.model_copy(update={"hiring_manager": None}),
        report,
        today=TODAY,
        motivation="Your claims platform is the kind of work I want to do",
        address_gaps=True,
    )
    assert letter.salutation == "Dear Hiring Manager,"
    assert letter.opening == "Your claims platform is the kind of work I want to do."
    assert letter.gap is not None and "Kanban" in letter.gap
    named = build_letter_context(resume, posting, report, today=TODAY, hiring_manager="Sam Lee")
    assert named.salutation == "Dear Sam Lee,"


def test_prep_sheet_contents(contexts: DocumentContexts) -> None:
    prep = contexts.interview_prep
    assert prep.role == "IT Project Manager"
    assert any("Kanban" in line for line in prep.research)  # a method named in the posting
    assert [q.question for q in prep.common_questions][1].startswith("How do you handle changes")
    assert prep.stories and all(s.action and s.situation for s in prep.stories)
    assert any(g.skill == "Kanban" for g in prep.gaps)
    assert any("Kanban" in q for q in prep.questions_to_ask)


def test_prep_flags_stated_years_that_the_dates_do_not_bear_out(
    match: tuple[Resume, Posting, MatchReport],
) -> None:
    resume, posting, report = match
    # The summary says 12 years; the dated roles (2011 on) count more by mid-2025.
    held = report.experience.years_held
    assert round(held) != 12
    line = next(g for g in build_contexts(*match, today=TODAY).interview_prep.at_a_glance
                if g.startswith("Experience:"))  # fmt: skip
    assert f"your resume says 12 years; its dated roles add up to {held:g} relevant years" in line
    # When the dates agree with the summary there is nothing to explain.
    agreeing = report.model_copy(
        update={"experience": report.experience.model_copy(update={"years_held": 12.0})}
    )
    line = next(g for g in build_contexts(resume, posting, agreeing, today=TODAY)
                .interview_prep.at_a_glance if g.startswith("Experience:"))  # fmt: skip
    assert line == "Experience: 12 relevant years against 5+ years"


def test_prep_salary_matches_the_level_and_names_its_source(contexts: DocumentContexts) -> None:
    salary = contexts.interview_prep.salary
    assert salary is not None
    assert salary.level == "mid" and salary.range == "$80,000 – $110,000 a year"
    assert "career guide" in salary.source
    assert salary.posted is not None and "$115,000" in salary.posted
    table = load_salary_table()
    assert table["levels"]["senior"]["min"] == 120000


def test_pmp_rule_is_stated(contexts: DocumentContexts) -> None:
    rule = contexts.interview_prep.certification_notes[0]
    assert "36 months" in rule and "60 months" in rule and "35 hours" in rule
    assert "already" in contexts.interview_prep.certification_notes[1]


def test_pmp_eligibility_is_estimated_without_the_certificate(
    match: tuple[Resume, Posting, MatchReport],
) -> None:
    resume, posting, report = match
    without = resume.model_copy(update={"certifications": []})
    notes = build_contexts(without, posting, report, today=TODAY).interview_prep
    assert "appears to meet the 36-month rule" in notes.certification_notes[1]


OLDEST_FIRST = """Sam Ortiz
sam.ortiz@example.com | 555-0100

EXPERIENCE
Junior Analyst | Harbor Bank | Boston, MA | Jan 2012 – Dec 2014
• Reconciled 40 accounts a week in Excel.
Senior Project Manager | Lumen Systems | Boston, MA | Mar 2019 – Present
• Led 6 agile teams through a $3M ERP rollout using Scrum and Jira.
"""


def test_the_headline_and_letter_name_the_latest_role_whatever_the_order() -> None:
    # Roles listed oldest first: the tailored documents and the report agree on the latest role.
    from resume_kit.api import extract, load_posting, load_resume, score

    resume = extract(load_resume(OLDEST_FIRST.encode(), name="oldest-first.txt"))
    posting = extract(load_posting(ROOT / "examples" / "posting-it-project-manager.txt"))
    report = score(resume, posting, today="2025-06")
    contexts = build_contexts(resume, posting, report, today=TODAY)
    assert contexts.resume.headline == "Senior Project Manager"
    assert "Senior Project Manager" in report.role_fit.your_role_basis
    assert (
        "most recently as Senior Project Manager at Lumen Systems" in contexts.cover_letter.opening
    )
