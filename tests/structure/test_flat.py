"""Flattened resumes (one long line, runs of spaces, fixed-width wrapping), and lossless sections.

The fixtures are written here in our own words, in the shapes exports from web forms and
applicant systems produce.
"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.model.documents import Resume, SourceText
from resume_kit.structure.kind import guess_kind
from resume_kit.structure.resume import parse_resume


def _source(text: str) -> SourceText:
    return SourceText(source="flat.txt", format="txt", text=text)


# One line, single spaces: headings, role headers and dates run into the prose.
ONE_LINE = (
    "Senior Network Engineer Denver, CO Work Experience Senior Network Engineer Harbor Freight "
    "Lines - Denver, CO 2017 to 2023 Designed the branch network for forty sites and moved the "
    "core to a leaf and spine fabric. Cut outages by half over two years. Network Engineer "
    "Copperline Telecom - Boulder, CO 2012 to 2017 Ran the routing team of four and rebuilt the "
    "monitoring with open source tools. Education Bachelor of Science in Computer Engineering "
    "Mesa State College - Grand Junction, CO 2008 to 2012 Skills BGP, OSPF, Juniper, Python, "
    "Ansible"
)

# Runs of spaces where the lines were, as a web form's export leaves them.
SPACED = (
    "         NETWORK ENGINEER         Summary     Network engineer with sixteen years of "
    "experience running carrier and campus networks, calm under pressure and fond of runbooks."
    "       Highlights          BGP and OSPF design  Firewall policy  Python automation      "
    "Experience     03/2015   to   Current     Senior Network Engineer    Company Name   －   "
    "City  ,   State      Led the migration of 300 branch routers to a new platform.  Wrote "
    "the automation that checks every change before it ships.     01/2009   to   02/2015     "
    "Network Engineer    Company Name   －   City  ,   State      Kept the campus network up "
    "for twelve thousand users.      Education      Bachelor of Science  :   Computer "
    "Science    State University  －   City  ,   State      Skills    BGP, OSPF, Python"
)


def _names(resume: Resume) -> list[str]:
    return [s.name for s in resume.sections]


def test_one_line_resume_gets_its_sections_and_roles() -> None:
    resume = parse_resume(_source(ONE_LINE))
    assert _names(resume) == ["contact", "experience", "education", "skills"]
    assert [(r.start_date, r.end_date) for r in resume.roles] == [
        ("2017", "2023"),
        ("2012", "2017"),
    ]
    assert resume.skills_listed[:2] == ["BGP", "OSPF"]
    # Headings found inside the text are less sure than headings on lines of their own.
    assert all(s.confidence < 0.95 for s in resume.sections)


def test_closing_heading_after_a_bullet_without_full_stop() -> None:
    # The last bullet of the last role has no full stop; "Patient Education" is a phrase.
    text = ONE_LINE.replace("open source tools.", "open source tools for Patient Education")
    text = text.replace(" Education Bachelor", " and the clinic base Education Bachelor")
    resume = parse_resume(_source(text))
    assert _names(resume) == ["contact", "experience", "education", "skills"]
    education = resume.sections[2]
    assert resume.text[education.start :].startswith("Education Bachelor")


def test_space_separated_export_gets_its_sections_and_roles() -> None:
    resume = parse_resume(_source(SPACED))
    assert _names(resume) == ["contact", "summary", "summary", "experience", "education", "skills"]
    roles = resume.roles
    assert [(r.start_date, r.current) for r in roles] == [("2015-03", True), ("2009-01", False)]
    assert roles[0].title == "Senior Network Engineer"
    # The date range "03/2015   to   Current" was not cut at its runs of spaces.
    assert resume.text[roles[0].start : roles[0].end].startswith("03/2015")


def test_flat_resume_with_years_is_a_resume() -> None:
    # "sixteen years of experience" reads like a posting's ask; the rest says resume.
    assert guess_kind(_source(SPACED)) == "resume"
    assert guess_kind(_source(ONE_LINE)) == "resume"


def test_posting_still_a_posting() -> None:
    posting = (
        "Network Engineer at Harbor Freight Lines. We are looking for an engineer to join our "
        "team. What you'll do: run our branch network and automate our changes. Requirements: "
        "5+ years of experience with BGP and OSPF. We offer a pension and remote days. Apply "
        "with your resume."
    )
    assert guess_kind(_source(posting)) == "posting"


def test_text_wrapped_at_a_fixed_width_finds_inline_headings() -> None:
    prose = (
        "Quality engineer who likes tidy data and short meetings and has run audits in three "
        "plants. EXPERIENCE Quality Engineer, Rowan Plastics, 2016 - 2024. Ran the supplier "
        "audits and cut returns by a third in two years by fixing the moulding checks on the "
        "night shift. Quality Technician, Rowan Plastics, 2012 - 2016. Measured parts and "
        "kept the gauge records. EDUCATION BEng Materials, Northgate University, 2012. "
        "SKILLS Six Sigma, Minitab, SPC, supplier audits, root cause analysis, gauge studies, "
        "measurement system analysis, control plans, first article inspection, process "
        "capability studies, corrective action reports and the paperwork that goes with them."
    )
    lines = textwrap.wrap(prose, 70)  # as a plain-text export wraps it
    resume = parse_resume(_source("Jo Hart\n" + "\n".join(lines) + "\n"))
    assert [s.name for s in resume.sections][1:] == ["experience", "education", "skills"]


def test_laid_out_resume_lines_are_not_cut() -> None:
    text = (
        "Sam Cole\n\nEXPERIENCE\nAnalyst, Acme Corp          Jan 2019 - Present\n"
        "• Built the Work Experience tracker for Education Services in Skills week.\n"
    )
    resume = parse_resume(_source(text))
    assert _names(resume) == ["contact", "experience"]
    assert len(resume.roles) == 1 and len(resume.roles[0].bullets) == 1


_PIECES = [
    "EXPERIENCE", "Education", "Skills:", "Work Experience", "S K I L L S", "exp erience",
    "Jan 2019 - Present", "2015 to 2018", "03/2015   to   Current", "• ", "- ", "Acme Corp",
    "Project Manager", "Led a team of 5.", "Python, SQL", "\n", "\n\n", "   ", " ", "\t",
    "CURRICULUM VITAE", "jane@example.com", "+1 555 010 0100", "ACME", "Ünïcödé", ":", ".",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=40),
    st.integers(0, 3),
)
def test_sections_tile_the_text_and_roles_stay_inside(parts: list[str], pad: int) -> None:
    # Long runs make flat lines: the flattened path must keep the same promises.
    text = " ".join(parts) * (1 + pad * 3)
    resume = parse_resume(_source(text))
    if not text:
        assert resume.sections == []
        return
    # Every character of the text is in exactly one section, in order.
    assert resume.sections[0].start == 0
    assert resume.sections[-1].end == len(text)
    for before, after in zip(resume.sections, resume.sections[1:], strict=False):
        assert before.end == after.start
    for section in resume.sections:
        assert section.start < section.end
        assert 0.0 <= section.confidence <= 1.0
        if section.heading:  # the heading as written, at the section's start
            assert section.heading in text[section.start : section.end]
    for role in resume.roles:
        assert 0.0 <= role.confidence <= 1.0
        assert any(s.start <= role.start and role.end <= s.end for s in resume.sections)
    for first, second in zip(resume.roles, resume.roles[1:], strict=False):
        assert first.end <= second.start
