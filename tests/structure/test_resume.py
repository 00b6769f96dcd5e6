"""Resume structure: sections, contact, roles, education, certifications, skills."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from structure_checks import check_spans, source_text

from resume_kit.model.documents import Resume
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.resume import parse_resume

ALL_CAPS = """JANE A. DOE, PMP
Austin, TX | jane.doe@example.com | +1 (512) 555-0143 | linkedin.com/in/janedoe

PROFESSIONAL SUMMARY
IT project manager with nine years of experience delivering ERP and cloud migrations.

PROFESSIONAL EXPERIENCE
Senior IT Project Manager — Globex Corporation, Chicago, IL | Jan 2019 – Present
• Led a portfolio of 12 infrastructure projects worth $4.5M.
• Cut release lead time 30% by introducing Kanban.
IT Project Coordinator — Initech, Austin, TX | Sept. 2015 – Dec 2018
• Coordinated vendor onboarding for a 40-person team.

EDUCATION
B.Sc. Computer Science, University of Texas at Austin, 2015
MBA, Rice University, May 2020

CERTIFICATIONS
• Project Management Professional (PMP) — PMI, 2019
• PRINCE2 Foundation (Axelos)
• Certified ScrumMaster, Scrum Alliance, 2017

SKILLS
Methodologies: Agile, Scrum, Kanban, Waterfall
Tools: Jira, Confluence, MS Project; Smartsheet

VOLUNTEER WORK
• Treasurer, Austin Food Bank board
"""


@pytest.fixture(scope="module")
def caps_resume() -> Resume:
    return parse_resume(source_text(ALL_CAPS))


def test_all_caps_resume_sections(caps_resume: Resume) -> None:
    names = [(s.name, s.heading) for s in caps_resume.sections]
    assert names == [
        ("contact", ""),
        ("summary", "PROFESSIONAL SUMMARY"),
        ("experience", "PROFESSIONAL EXPERIENCE"),
        ("education", "EDUCATION"),
        ("certifications", "CERTIFICATIONS"),
        ("skills", "SKILLS"),
        ("other", "VOLUNTEER WORK"),
    ]
    check_spans(caps_resume)


def test_all_caps_resume_contact(caps_resume: Resume) -> None:
    contact = caps_resume.contact
    assert contact.name == "JANE A. DOE"
    assert contact.email == "jane.doe@example.com"
    assert contact.phone == "+1 (512) 555-0143"
    assert contact.links == ["linkedin.com/in/janedoe"]
    assert contact.location == "Austin, TX"
    assert caps_resume.summary is not None
    assert caps_resume.summary.startswith("IT project manager with nine years")


def test_title_employer_location_dates_on_one_line(caps_resume: Resume) -> None:
    first, second = caps_resume.roles
    assert (first.title, first.employer, first.location) == (
        "Senior IT Project Manager",
        "Globex Corporation",
        "Chicago, IL",
    )
    assert (first.start_date, first.end_date, first.current) == ("2019-01", None, True)
    assert (second.title, second.employer, second.location) == (
        "IT Project Coordinator",
        "Initech",
        "Austin, TX",
    )
    assert (second.start_date, second.end_date, second.current) == ("2015-09", "2018-12", False)
    assert [b.text for b in first.bullets] == [
        "Led a portfolio of 12 infrastructure projects worth $4.5M.",
        "Cut release lead time 30% by introducing Kanban.",
    ]
    text = caps_resume.text
    for role in caps_resume.roles:
        assert text[role.start : role.end].startswith(role.title or "")
        for bullet in role.bullets:
            assert text[bullet.start : bullet.end] == bullet.text


def test_education_levels_and_certifications(caps_resume: Resume) -> None:
    bsc, mba = caps_resume.education
    assert (bsc.level, bsc.field, bsc.institution, bsc.end_date) == (
        "bachelor",
        "Computer Science",
        "University of Texas at Austin",
        "2015",
    )
    assert (mba.level, mba.institution, mba.end_date) == ("master", "Rice University", "2020-05")
    certs = [(c.name, c.issuer, c.date) for c in caps_resume.certifications]
    assert certs == [
        ("Project Management Professional (PMP)", "PMI", "2019"),
        ("PRINCE2 Foundation", "Axelos", None),
        ("Certified ScrumMaster", "Scrum Alliance", "2017"),
    ]
    for cert in caps_resume.certifications:
        assert caps_resume.text[cert.start : cert.end].startswith(cert.name)


def test_skills_split_on_commas_semicolons_and_labels(caps_resume: Resume) -> None:
    assert caps_resume.skills_listed == [
        "Agile",
        "Scrum",
        "Kanban",
        "Waterfall",
        "Jira",
        "Confluence",
        "MS Project",
        "Smartsheet",
    ]


TITLE_CASE = """Marcus Lee
Manchester, UK
marcus.lee@example.co.uk · +44 161 496 0000 · https://github.com/mlee

Profile:
Delivery-focused project manager who has run public-sector digital programmes.

Work History:
Project Manager at Northwind Traders
Mar 2020 - Present
• Ran PRINCE2 stage boards for a £1.2M CRM replacement.
Junior Project Manager, Contoso Ltd (2016-2020)
• Kept RAID logs for 6 concurrent projects.
Managed supplier contracts and weekly reporting.

Education & Training:
BA (Hons) Business Management — University of Leeds, 2016

Key Skills:
• Stakeholder management • Risk management • Budgeting
"""


def test_title_case_headings_with_colons_and_work_history() -> None:
    resume = parse_resume(source_text(TITLE_CASE))
    assert [(s.name, s.heading) for s in resume.sections] == [
        ("contact", ""),
        ("summary", "Profile"),
        ("experience", "Work History"),
        ("education", "Education & Training"),
        ("skills", "Key Skills"),
    ]
    check_spans(resume)
    assert resume.contact.name == "Marcus Lee"
    assert resume.contact.location == "Manchester, UK"
    assert resume.contact.phone == "+44 161 496 0000"
    assert resume.contact.links == ["https://github.com/mlee"]
    first, second = resume.roles
    assert (first.title, first.employer) == ("Project Manager", "Northwind Traders")
    assert (first.start_date, first.current) == ("2020-03", True)
    assert (second.title, second.employer) == ("Junior Project Manager", "Contoso Ltd")
    assert (second.start_date, second.end_date) == ("2016", "2020")
    # A plain sentence under a role is one of its bullets too.
    assert [b.text for b in second.bullets] == [
        "Kept RAID logs for 6 concurrent projects.",
        "Managed supplier contracts and weekly reporting.",
    ]
    (degree,) = resume.education
    assert (degree.level, degree.institution, degree.end_date) == (
        "bachelor",
        "University of Leeds",
        "2016",
    )
    assert resume.skills_listed == ["Stakeholder management", "Risk management", "Budgeting"]


# A docx resume laid out in a table: each cell is its own line and the reader marks the cells
# styled as headings.
TABLE_LINES = [
    "Priya Natarajan",
    "Bengaluru, India",
    "priya.n@example.in",
    "Summary",
    "Program manager for banking platforms.",
    "Career History",
    "Infosys Limited, Bengaluru",
    "Technical Project Manager",
    "04/2018 - 11/2022",
    "• Delivered a core-banking upgrade for 3 million accounts.",
    "Accenture, Pune",
    "Project Analyst",
    "07/2014 - 03/2018",
    "• Tracked budgets across 8 workstreams.",
    "Academic Background",
    "Master of Technology in Software Systems",
    "BITS Pilani",
    "2014",
    "Publications",
    "• Agile at scale in regulated banks (2021)",
]


def test_headings_from_a_table_with_heading_lines() -> None:
    text = "\n".join(TABLE_LINES) + "\n"
    offsets = {line: text.index(line + "\n") for line in TABLE_LINES}
    marked = [
        offsets[h] for h in ("Summary", "Career History", "Academic Background", "Publications")
    ]
    resume = parse_resume(source_text(text, "docx", heading_lines=marked))
    assert [s.name for s in resume.sections] == [
        "contact",
        "summary",
        "experience",
        "education",
        "other",
    ]
    check_spans(resume)
    assert resume.contact.location == "Bengaluru, India"
    assert [(r.title, r.employer, r.location, r.start_date, r.end_date) for r in resume.roles] == [
        ("Technical Project Manager", "Infosys Limited", "Bengaluru", "2018-04", "2022-11"),
        ("Project Analyst", "Accenture", "Pune", "2014-07", "2018-03"),
    ]
    (degree,) = resume.education
    assert degree.level == "master"
    assert degree.field == "Software Systems"
    assert degree.institution == "BITS Pilani"
    assert degree.end_date == "2014"


def test_unknown_marked_line_inside_experience_is_not_a_heading() -> None:
    # Word users style employer names as headings too; dates below mark them as roles.
    text = (
        "Sam Ortiz\nEXPERIENCE\nGLOBEX CORPORATION\nProgram Manager\n2017 – 2021\n"
        "• Ran a $2M programme.\n"
    )
    resume = parse_resume(source_text(text, "docx", heading_lines=[text.index("GLOBEX")]))
    assert [s.name for s in resume.sections] == ["contact", "experience"]
    (role,) = resume.roles
    assert (role.title, role.employer) == ("Program Manager", "GLOBEX CORPORATION")


DATES_OWN_LINES = """ALEX MORGAN
Denver, CO 80202
(303) 555-0199
alex.morgan@example.com

EXPERIENCE

Senior IT Project Manager
Acme Health Systems, Denver, CO
March 2019 – Present
• Migrated 2,400 users to Microsoft 365 two weeks ahead of schedule.
• Managed a $3.2M budget with 4% variance.

IT Project Manager
Wayne Enterprises, Boulder, CO
06/2015 – 02/2019
• Introduced Scrum to 5 teams.

EDUCATION
Bachelor of Science in Information Systems
Colorado State University, Fort Collins, CO — 2015
"""


def test_two_roles_with_dates_on_their_own_lines() -> None:
    resume = parse_resume(source_text(DATES_OWN_LINES))
    check_spans(resume)
    assert resume.contact.name == "ALEX MORGAN"
    assert resume.contact.phone == "(303) 555-0199"
    assert resume.contact.location == "Denver, CO 80202"
    first, second = resume.roles
    assert (first.title, first.employer, first.location) == (
        "Senior IT Project Manager",
        "Acme Health Systems",
        "Denver, CO",
    )
    assert (first.start_date, first.end_date, first.current) == ("2019-03", None, True)
    assert len(first.bullets) == 2
    assert (second.title, second.employer, second.start_date, second.end_date) == (
        "IT Project Manager",
        "Wayne Enterprises",
        "2015-06",
        "2019-02",
    )
    assert [b.text for b in second.bullets] == ["Introduced Scrum to 5 teams."]
    (degree,) = resume.education
    assert (degree.level, degree.field, degree.institution, degree.end_date) == (
        "bachelor",
        "Information Systems",
        "Colorado State University",
        "2015",
    )


def test_dates_after_a_tab_and_title_at_employer() -> None:
    text = (
        "Dana Wu\n\nEmployment\nProject Lead at Umbrella Corp\tFeb 2012 – Aug 2014\n"
        "• Delivered 3 data-centre moves.\n"
        "Scrum Master | Hooli | Remote\tSep 2014 — Now\n• Facilitated PI planning.\n"
    )
    resume = parse_resume(source_text(text))
    assert [
        (r.title, r.employer, r.location, r.start_date, r.end_date, r.current) for r in resume.roles
    ] == [
        ("Project Lead", "Umbrella Corp", None, "2012-02", "2014-08", False),
        ("Scrum Master", "Hooli", "Remote", "2014-09", None, True),
    ]


JSON_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Robin Okafor",
        "email": "robin@example.org",
        "phone": "+234 803 555 0101",
        "url": "https://robin.example.org",
        "location": {"city": "Lagos", "countryCode": "NG"},
        "profiles": [{"network": "LinkedIn", "url": "https://linkedin.com/in/robinokafor"}],
        "summary": "Project manager for fintech platforms.",
    },
    "work": [
        {
            "name": "Paystack",
            "position": "Technical Project Manager",
            "startDate": "2020-02-01",
            "highlights": ["Shipped 14 releases in 2022.", "Grew the PMO from 2 to 6 people."],
        },
        {
            "name": "Interswitch",
            "position": "Project Coordinator",
            "startDate": "2017-05",
            "endDate": "2020-01",
            "highlights": ["Ran UAT for card switching."],
        },
    ],
    "education": [
        {
            "institution": "University of Lagos",
            "area": "Computer Engineering",
            "studyType": "Bachelor of Engineering",
            "endDate": "2016",
        }
    ],
    "certificates": [{"name": "PMI-ACP", "issuer": "PMI", "date": "2021-06-30"}],
    "skills": [{"name": "Delivery", "keywords": ["Scrum", "Jira"]}, {"name": "Budgeting"}],
}

JSON_RENDERED = """Robin Okafor
robin@example.org | +234 803 555 0101 | Lagos, NG

Summary
Project manager for fintech platforms.

Experience
Technical Project Manager, Paystack (2020-02 – Present)
• Shipped 14 releases in 2022.
• Grew the PMO from 2 to 6 people.
Project Coordinator, Interswitch (2017-05 – 2020-01)
• Ran UAT for card switching.

Education
Bachelor of Engineering, Computer Engineering, University of Lagos (2016)

Certifications
PMI-ACP, PMI (2021-06)

Skills
Delivery: Scrum, Jira
Budgeting
"""


def test_json_resume_data_fills_fields_with_offsets_into_rendered_text() -> None:
    resume = parse_resume(source_text(JSON_RENDERED, "json-resume", data=JSON_RESUME))
    text = resume.text
    check_spans(resume)
    assert resume.contact.name == "Robin Okafor"
    assert resume.contact.links == [
        "https://robin.example.org",
        "https://linkedin.com/in/robinokafor",
    ]
    assert resume.contact.location == "Lagos, NG"
    assert resume.summary == "Project manager for fintech platforms."
    first, second = resume.roles
    assert (first.title, first.employer, first.start_date, first.current) == (
        "Technical Project Manager",
        "Paystack",
        "2020-02",
        True,
    )
    assert (second.end_date, second.current) == ("2020-01", False)
    for role in resume.roles:
        for bullet in role.bullets:
            assert text[bullet.start : bullet.end] == bullet.text
    assert text[second.start : second.end].startswith("Project Coordinator")
    (degree,) = resume.education
    assert (degree.level, degree.field, degree.institution) == (
        "bachelor",
        "Computer Engineering",
        "University of Lagos",
    )
    (cert,) = resume.certifications
    assert (cert.name, cert.issuer, cert.date) == ("PMI-ACP", "PMI", "2021-06")
    assert text[cert.start : cert.end] == "PMI-ACP"
    assert resume.skills_listed == ["Scrum", "Jira", "Budgeting"]


def test_sentences_and_bullets_are_never_headings() -> None:
    text = (
        "Kim Park\nEXPERIENCE\nProject Manager, Stark Industries, 2018 – 2020\n"
        "• SKILLS\nEducation was a priority for the team.\nREFERENCES\nAvailable on request.\n"
    )
    resume = parse_resume(source_text(text))
    assert [s.heading for s in resume.sections] == ["", "EXPERIENCE", "REFERENCES"]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Ph.D. in Information Science, MIT", "doctorate"),
        ("Doctor of Business Administration", "doctorate"),
        ("MBA, Warwick Business School", "master"),
        ("M.S. Project Management, Boston University", "master"),
        ("Master of Science in IT", "master"),
        ("B.Sc. (Hons) Computing", "bachelor"),
        ("Bachelor's in Economics", "bachelor"),
        ("BA History, Boston College, Boston, MA", "bachelor"),
        ("Associate of Applied Science, Network Administration", "associate"),
        ("Diploma in Project Management", "diploma"),
    ],
)
def test_education_level(line: str, level: str) -> None:
    text = f"Lee Smith\nEDUCATION\n{line}\n"
    (entry,) = parse_resume(source_text(text)).education
    assert entry.level == level


def test_skills_table_labels_brackets_and_inline_heading() -> None:
    text = (
        "Ana Costa\nanacosta.dev\n\nSkills: Agile, Cloud Migration (AWS, Azure)\n"
        "TECHNICAL SKILLS\nProject tools\nJira, Confluence\n\nCERTIFICATIONS\n"
        "AWS Certified Solutions Architect – Associate, 2022\nPMP, CSM\n"
    )
    resume = parse_resume(source_text(text))
    assert resume.contact.links == ["anacosta.dev"]
    assert [s.heading for s in resume.sections] == [
        "",
        "Skills",
        "TECHNICAL SKILLS",
        "CERTIFICATIONS",
    ]
    assert resume.skills_listed == ["Agile", "Cloud Migration (AWS, Azure)", "Jira", "Confluence"]
    assert [(c.name, c.issuer, c.date) for c in resume.certifications] == [
        ("AWS Certified Solutions Architect – Associate", None, "2022"),
        ("PMP", None, None),
        ("CSM", None, None),
    ]


def test_unknown_capitals_heading_becomes_other_only_when_it_stands_apart() -> None:
    text = (
        "Kim Park\n\nCERTIFICATIONS\nPMP\nITIL FOUNDATION\n\nBOARD SERVICE\n"
        "• Trustee, Riverside Library\n"
    )
    resume = parse_resume(source_text(text))
    assert [(s.name, s.heading) for s in resume.sections] == [
        ("contact", ""),
        ("certifications", "CERTIFICATIONS"),
        ("other", "BOARD SERVICE"),
    ]
    assert [c.name for c in resume.certifications] == ["PMP", "ITIL FOUNDATION"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "EXPERIENCE",
                "Skills:",
                "Requirements",
                "• Led 5 projects.",
                "Jan 2019 – Present",
                "Project Manager, Acme Inc",
                "",
                "  ",
                "PMP — PMI, 2019",
                "Nice to have",
                "5+ years of experience",
            ]
        )
        | st.text(max_size=40),
        max_size=25,
    )
)
def test_any_text_gives_ordered_sections_covering_the_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    for parsed in (parse_resume(source_text(text)), parse_posting(source_text(text))):
        if text:
            check_spans(parsed)
        else:
            assert parsed.sections == []
        for role in getattr(parsed, "roles", []):
            for bullet in role.bullets:
                assert text[bullet.start : bullet.end] == bullet.text


def test_title_below_the_employer_and_roles_without_dates() -> None:
    below = (
        "Lee Fox\nEXPERIENCE\nAcme Health Systems, Denver, CO    2019 – Present\n"
        "Infrastructure Project Manager\n• Ran 3 data-centre moves.\n"
    )
    (role,) = parse_resume(source_text(below)).roles
    assert (role.title, role.employer, role.location, role.start_date, role.current) == (
        "Infrastructure Project Manager",
        "Acme Health Systems",
        "Denver, CO",
        "2019",
        True,
    )
    undated = "Lee Fox\nEXPERIENCE\nProject Manager at Acme Health\n• Ran 3 data-centre moves.\n"
    (role,) = parse_resume(source_text(undated)).roles
    assert (role.title, role.employer, role.start_date) == ("Project Manager", "Acme Health", None)
    assert [b.text for b in role.bullets] == ["Ran 3 data-centre moves."]
