"""Letters and prep sheets quote the resume's own whole sentences, with or without roles."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from resume_kit.api import extract, load_posting, load_resume, score
from resume_kit.model.documents import Posting, Resume
from resume_kit.model.report import MatchReport
from resume_kit.tailoring.contexts import DocumentContexts, build_contexts
from resume_kit.tailoring.resume_evidence import Citation, Form, citable_sentences, first_person
from resume_kit.tailoring.templating import render_template

TODAY = dt.date(2025, 6, 2)

# A resume flattened to one block with no headings (as a web form or a text dump gives it):
# structure detection finds no section and no role, but every statement is the candidate's.
FLAT_RESUME = (
    "Dana Whitfield\n"
    "dana.whitfield@example.org\n"
    "Dana has spent eight years delivering software for logistics companies.   "
    "Coordinated a Scrum team of 7 developers through 14 two-week sprints and shipped the "
    "carrier portal two weeks early.   Tracked every story and defect in Jira, cutting open "
    "defects from 120 to 35 in one quarter.   Planned release schedules with the operations and "
    "finance teams for four warehouse sites.\n"
)

# A bullet a PDF wrapped before a capital ("... to Amazon" / "Web Services ..."): the reader
# gives two lines, the second starting like a new sentence.
WRAPPED_RESUME = """Morgan Reyes
morgan.reyes@example.org

EXPERIENCE

Delivery Lead, Harbour Freight Systems, Portland, OR, 2019 - 2024
• Ran the Scrum ceremonies for the billing platform migration from the old data centre to Amazon
Web Services (AWS), finishing four weeks ahead of plan and within the approved budget.
• Wrote the weekly status report for the steering group and kept the risk register up to date
for every workstream of the programme.
• Hired and onboarded four engineers for the platform team and mentored two junior analysts.
"""

POSTING = """Project Manager
Northwind Logistics

Requirements:
- 5+ years of project management experience
- Hands-on experience with Scrum and Jira
- Experience with Kanban and PRINCE2
- Strong stakeholder management and risk management
"""


def _match(resume_text: str) -> tuple[Resume, Posting, MatchReport]:
    resume = extract(load_resume(resume_text.encode(), name="resume.txt"))
    posting = extract(load_posting(POSTING.encode(), name="posting.txt"))
    return resume, posting, score(resume, posting, today="2025-06")


@pytest.fixture(scope="module")
def flat() -> tuple[Resume, Posting, MatchReport]:
    return _match(FLAT_RESUME)


@pytest.fixture(scope="module")
def flat_contexts(flat: tuple[Resume, Posting, MatchReport]) -> DocumentContexts:
    return build_contexts(*flat, today=TODAY)


@pytest.fixture(scope="module")
def wrapped() -> tuple[Resume, Posting, MatchReport]:
    return _match(WRAPPED_RESUME)


def _flat_source() -> str:
    return " ".join(FLAT_RESUME.split())


def test_a_resume_with_no_roles_still_gets_a_letter_citing_its_sentences(
    flat: tuple[Resume, Posting, MatchReport], flat_contexts: DocumentContexts
) -> None:
    assert flat[0].roles == []  # the premise: structure detection found no role
    body = flat_contexts.cover_letter.body
    assert body, "the letter has no evidence paragraph"
    source = _flat_source()
    for paragraph in body:
        # Each paragraph quotes one whole sentence of the resume, put in the first person.
        statement = re.search(r"\bI (\w+) (.+)$", paragraph)
        assert statement is not None, paragraph
        assert statement.group(2) in source, paragraph
    letter = " ".join(body)
    assert "Scrum" in letter and "Jira" in letter  # the posting's requirements the resume shows
    assert "two weeks early" in letter and "from 120 to 35 in one quarter" in letter


def test_the_letter_claims_no_requirement_the_resume_lacks(
    flat_contexts: DocumentContexts,
) -> None:
    letter = " ".join(flat_contexts.cover_letter.body)
    for missing in ("Kanban", "PRINCE2"):
        assert missing not in letter


def test_prep_stories_quote_the_same_sentences_as_written(
    flat_contexts: DocumentContexts,
) -> None:
    stories = flat_contexts.interview_prep.stories
    assert stories
    source = _flat_source()
    for story in stories:
        assert story.action in source
        assert story.action.endswith(".")  # a whole sentence, up to its full stop
    assert any("14 two-week sprints" in s.action for s in stories)


def test_a_flattened_layout_gap_ends_a_statement() -> None:
    """A run of spaces parts a header from a statement: neither is quoted with the other."""
    resume = extract(
        load_resume(
            b"Work History   Project Manager , 01/2019 to Current   Managed a portfolio of 12 "
            b"projects worth $4M for three hospital clients.\n",
            name="resume.txt",
        )
    )
    texts = [c.text for c in citable_sentences(resume)]
    assert texts == ["Managed a portfolio of 12 projects worth $4M for three hospital clients."]


def test_a_bullet_wrapped_before_a_capital_is_quoted_whole(
    wrapped: tuple[Resume, Posting, MatchReport],
) -> None:
    resume = wrapped[0]
    whole = (
        "Ran the Scrum ceremonies for the billing platform migration from the old data centre to "
        "Amazon Web Services (AWS), finishing four weeks ahead of plan and within the approved "
        "budget."
    )
    texts = [c.text for c in citable_sentences(resume)]
    assert whole in texts
    assert not any(t.endswith(("Amazon", "up to date")) for t in texts)
    contexts = build_contexts(*wrapped, today=TODAY)
    letter = " ".join(contexts.cover_letter.body)
    assert "finishing four weeks ahead of plan and within the approved budget" in letter
    assert all(story.action in texts for story in contexts.interview_prep.stories)


def test_a_sentence_cut_short_is_never_quoted() -> None:
    """A reader that lost a bullet's end ("...resulting in a 30") leaves nothing to half-quote."""
    resume = extract(
        load_resume(
            "EXPERIENCE\n\nProduct Manager, Tidewater Apps, 2020 - 2024\n"
            "• Led the roadmap for the core CRM platform, resulting in a 30\n"
            "• Owned the product backlog for a new mobile application and launched it in 6 "
            "months.\n".encode(),
            name="resume.txt",
        )
    )
    texts = [c.text for c in citable_sentences(resume)]
    assert texts == [
        "Owned the product backlog for a new mobile application and launched it in 6 months."
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Led a team of 6 engineers.", "I led a team of 6 engineers."),
        (
            "Develops, tracks and controls the IT operating budget.",
            "I develop, track and control the IT operating budget.",
        ),
        ("Successfully migrated 40 servers.", "I successfully migrated 40 servers."),
        ("Leading a team of 5 analysts.", "My work has included leading a team of 5 analysts."),
        ("Responsible for vendor contracts.", "I was responsible for vendor contracts."),
        ("I built the data warehouse.", "I built the data warehouse."),
        (
            "Development of the carrier billing service.",
            "My work has included development of the carrier billing service.",
        ),
    ],
)
def test_first_person_keeps_the_words(sentence: str, said: str) -> None:
    form: Form = "self" if sentence.startswith("I ") else "verb"
    if sentence.startswith("Responsible"):
        form = "responsible"
    elif sentence.startswith("Development"):
        form = "task"
    citation = Citation(
        text=sentence,
        start=0,
        end=len(sentence),
        section="experience",
        role=None,
        form=form,
        skills=frozenset(),
        metrics=(),
        bullet=True,
    )
    assert first_person(citation) == said


def test_a_dash_typed_as_a_bullet_is_no_part_of_the_sentence() -> None:
    resume = extract(
        load_resume(
            b"-Led a quiz team in state-level and district-level competitions.\n", name="r.txt"
        )
    )
    assert [c.text for c in citable_sentences(resume)] == [
        "Led a quiz team in state-level and district-level competitions."
    ]


def test_titles_and_descriptions_are_not_read_as_statements() -> None:
    resume = extract(
        load_resume(
            b"Research Assistant at the Institute of Technology for two years in Boston.\n"
            b"Motivated self-starter with a passion for clean code and good tests.\n"
            b"Engineer specializing in payment systems for retail banks and insurers.\n",
            name="resume.txt",
        )
    )
    assert citable_sentences(resume) == []


def test_citations_are_deterministic(flat: tuple[Resume, Posting, MatchReport]) -> None:
    first = build_contexts(*flat, today=TODAY)
    again = build_contexts(*flat, today=TODAY)
    assert first.cover_letter.body == again.cover_letter.body
    assert first.interview_prep.stories == again.interview_prep.stories


def test_a_letter_without_a_name_renders_no_empty_heading(
    flat_contexts: DocumentContexts,
) -> None:
    context = flat_contexts.cover_letter.model_copy(update={"name": "", "author": ""})
    markdown = render_template("cover_letter.md.j2", context.variables())
    assert not re.search(r"^#+\s*$", markdown, re.MULTILINE)
    assert markdown.rstrip().endswith("Sincerely,")


def test_with_no_requirement_met_the_letter_argues_from_work_and_names_none() -> None:
    """A resume meeting none of the posting's requirements still gets its strongest statements
    of work, closest to the posting first, and no requirement is claimed for them."""
    resume = extract(load_resume(FLAT_RESUME.encode(), name="resume.txt"))
    posting = extract(
        load_posting(
            b"Construction Site Manager\nRequirements:\n- PRINCE2 certification\n"
            b"- Experience with Kanban boards\n- AutoCAD drawings\n",
            name="posting.txt",
        )
    )
    report = score(resume, posting, today="2025-06")
    assert not [r for r in report.requirements if r.status == "met"]  # the premise
    body = build_contexts(resume, posting, report, today=TODAY).cover_letter.body
    assert len(body) == 2
    source = _flat_source()
    for paragraph in body:
        assert "You are looking for" not in paragraph and "asks for" not in paragraph
        statement = re.search(r": I \w+ (.+)$", paragraph)
        assert statement is not None and statement.group(1) in source
    assert body[0].startswith("One example of the work I would bring: I ")
