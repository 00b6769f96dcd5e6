"""The library entry points: telling a resume from a posting."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_kit.api import guess_kind
from resume_kit.model.documents import SourceText


def _source(text: str) -> SourceText:
    return SourceText(source="input.txt", format="txt", text=text)


@pytest.mark.parametrize(
    "text",
    [
        # Short ads with no headings at all: only the way they address the reader tells.
        "Harbour Hotels are looking for new staff for housekeeping.\n"
        "The job is daily cleaning of guest rooms, Monday to Friday.\nPlease call us.",
        "Full-time drivers are wanted by a logistics company.\n"
        "The following are required for a successful application: a licence and two years "
        "of driving experience.",
        "Senior Backend Engineer\nYou will build our payments API in Go.\n"
        "Requirements\n- 5+ years with Go\n- PostgreSQL\nBenefits\n- Remote work",
    ],
)
def test_job_ads_are_recognised_as_postings(text: str) -> None:
    assert guess_kind(_source(text)) == "posting"


def test_a_resume_with_dated_roles_is_a_resume_even_when_it_says_requirements() -> None:
    text = (
        "Jordan Rivera\njordan@example.com | +1 555 010 2030\n\nEXPERIENCE\n"
        "IT Project Manager, Acme Corp    Jan 2019 - Present\n"
        "- Gathered requirements from 12 stakeholders and delivered the CRM upgrade.\n"
        "Project Coordinator, Beta LLC    2016 - 2018\n- Kept the schedule for 5 projects.\n"
        "EDUCATION\nB.S. Information Systems, State University, 2016\n"
    )
    assert guess_kind(_source(text)) == "resume"


def test_every_public_name_resolves_and_importing_the_package_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, resume_kit; heavy = [m for m in ('spacy', 'docx', 'matplotlib') "
        "if m in sys.modules]; print(heavy);"
        "[getattr(resume_kit, n) for n in resume_kit.__all__];"
        "from resume_kit.tailoring.application import tailor; assert resume_kit.tailor is tailor"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_posting_without_a_title_is_placed_by_its_job_area(tmp_path: Path) -> None:
    """ "Professional Area: Project Management" picks the framework and the role when no title
    does, and the report says it read the job area."""
    import resume_kit

    resume = Path(__file__).parents[1] / "examples" / "jordan-rivera-resume.txt"
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Company Name: Acme Cement Professional Area: Project Management\n"
        "Brief description\n"
        "You lead a department that delivers plants for customers worldwide.\n"
        "We expect that you: Have experience with risk management and budgets.\n",
        encoding="utf-8",
    )
    report = resume_kit.score(resume=resume, posting=posting, today="2026-11")
    assert report.posting_title is None
    assert "job area 'Project Management'" in report.framework.reason
    assert report.role_fit.posting_role == "it-project-manager"
    # The area names a field, not a job title: it places the posting among project roles, and
    # delivering cement plants is not IT work: general project management, a partial fit for
    # the example's IT project manager.
    assert report.role_fit.posting_family == "project-general"
    assert report.role_fit.your_family == "project-delivery"
    assert report.role_fit.title_score is not None and 0.3 < report.role_fit.title_score < 0.7
    fit = next(c for c in report.components if c.name == "role_fit")
    assert "its job area" in fit.explanation


def test_ranking_postings_without_their_metrics_scores_each_as_score_does(tmp_path: Path) -> None:
    """Rank leaves out finding metrics in postings (scoring reads only the resume's): every entry
    must still be what a full ``score`` of that posting gives."""
    import resume_kit
    from resume_kit.api import iter_extracted, load_document

    root = Path(__file__).parents[1]
    resume = root / "examples" / "jordan-rivera-resume.txt"
    postings = [
        root / "examples" / "posting-it-project-manager.txt",
        root / "examples" / "posting-technical-pm-prose.txt",
        root / "tests" / "fixtures" / "posting-backend-engineer.txt",
    ]
    entries = resume_kit.rank(resume=resume, postings=postings, today="2026-11")
    assert len(entries) == len(postings)
    for entry in entries:
        report = resume_kit.score(resume=resume, posting=entry.path, today="2026-11")
        assert entry.score == report.overall
        assert entry.missing == sum(r.status == "missing" for r in report.requirements)

    # The example posting states figures ("350 employees", "$3M"): without them nothing else moves.
    loaded = load_document(postings[0], "posting")
    full = next(iter_extracted([loaded]))
    lean = next(iter_extracted([loaded], metrics=False))
    assert full.metrics and not lean.metrics
    assert lean.model_copy(update={"metrics": full.metrics}) == full
