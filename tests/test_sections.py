"""Structure of resumes and postings: sections, contact, roles, education, requirements."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.model.documents import Resume, SourceText
from resume_kit.structure.sections import (
    classify_mention,
    classify_requirement,
    find_years_required,
    parse_posting,
    parse_resume,
)


def _source(text: str, fmt: str = "txt", **kwargs: Any) -> SourceText:
    return SourceText(source=f"fixture.{fmt}", format=fmt, text=text, **kwargs)


def _check_spans(resume_or_posting: Any) -> None:
    """Spans are in order, do not overlap, and each starts with its heading."""
    text = resume_or_posting.text
    previous_end = 0
    for section in resume_or_posting.sections:
        assert section.start >= previous_end
        assert section.start < section.end
        assert text[section.start : section.end].startswith(section.heading)
        previous_end = section.end
    assert previous_end == len(text)


# --------------------------------------------------------------------------------------------
# Resumes.

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
    return parse_resume(_source(ALL_CAPS))


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
    _check_spans(caps_resume)


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
    resume = parse_resume(_source(TITLE_CASE))
    assert [(s.name, s.heading) for s in resume.sections] == [
        ("contact", ""),
        ("summary", "Profile"),
        ("experience", "Work History"),
        ("education", "Education & Training"),
        ("skills", "Key Skills"),
    ]
    _check_spans(resume)
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
    resume = parse_resume(_source(text, "docx", heading_lines=marked))
    assert [s.name for s in resume.sections] == [
        "contact",
        "summary",
        "experience",
        "education",
        "other",
    ]
    _check_spans(resume)
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
    resume = parse_resume(_source(text, "docx", heading_lines=[text.index("GLOBEX")]))
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
    resume = parse_resume(_source(DATES_OWN_LINES))
    _check_spans(resume)
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
    resume = parse_resume(_source(text))
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
    resume = parse_resume(_source(JSON_RENDERED, "json-resume", data=JSON_RESUME))
    text = resume.text
    _check_spans(resume)
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
    resume = parse_resume(_source(text))
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
    (entry,) = parse_resume(_source(text)).education
    assert entry.level == level


# --------------------------------------------------------------------------------------------
# Postings.

SECTIONED_POSTING = """Senior IT Project Manager
Company: Globex Corporation
Location: Chicago, IL (Hybrid)

About Globex
Globex builds logistics software for 400 retailers.

What you'll do
• Lead delivery of ERP integration projects.
• Report to Maria Gonzalez, Director of PMO.

Requirements
• 5+ years of IT project management experience.
• Bachelor's degree in Computer Science or related field.
• PMP certification.

Nice to have
• Experience with SAFe.
• MBA.

Benefits
• 25 days of paid leave and a 10-year service award.
"""


def test_posting_with_explicit_sections() -> None:
    posting = parse_posting(_source(SECTIONED_POSTING))
    assert [(s.name, s.heading) for s in posting.sections] == [
        ("header", ""),
        ("about", "About Globex"),
        ("responsibilities", "What you'll do"),
        ("requirements", "Requirements"),
        ("preferred", "Nice to have"),
        ("benefits", "Benefits"),
    ]
    _check_spans(posting)
    assert posting.title == "Senior IT Project Manager"
    assert posting.company == "Globex Corporation"
    assert posting.location == "Chicago, IL (Hybrid)"
    assert posting.hiring_manager == "Maria Gonzalez"
    assert posting.years_required is not None
    assert (posting.years_required.min, posting.years_required.max) == (5, None)
    assert posting.years_required.text == "5+ years"
    assert posting.degree_required == "bachelor"


PROSE_POSTING = """IT Project Manager at Initech

Initech is hiring an IT Project Manager to run our office-wide laptop refresh. You must have at \
least three years of experience managing infrastructure projects and a working knowledge of \
ITIL. Experience with Kanban is a plus. You will report to the Head of IT.
"""


def test_posting_in_prose_with_cue_words() -> None:
    posting = parse_posting(_source(PROSE_POSTING))
    assert posting.title == "IT Project Manager"
    assert posting.company == "Initech"
    assert posting.hiring_manager is None
    assert posting.years_required is not None
    assert posting.years_required.min == 3
    assert posting.years_required.text == "at least three years"
    assert posting.degree_required is None
    assert classify_requirement("You must have at least three years of experience.", "header") == (
        "required"
    )
    assert classify_requirement("Experience with Kanban is a plus.", "header") == "preferred"
    assert classify_requirement("You will report to the Head of IT.", "header") == "mentioned"


JSONLD_TEXT = """Project Manager, Cloud Migration

Responsibilities
• Plan and track AWS migration waves.

Qualifications
• 3-5 years in a project management role.
• MBA preferred.
"""


def test_posting_fields_from_json_ld() -> None:
    data = {
        "jsonld": {
            "@type": "JobPosting",
            "title": "Project Manager – Cloud Migration",
            "hiringOrganization": {"@type": "Organization", "name": "Umbrella Corp"},
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "addressLocality": "Toronto",
                    "addressRegion": "ON",
                    "addressCountry": "CA",
                },
            },
        }
    }
    posting = parse_posting(_source(JSONLD_TEXT, "html", data=data))
    assert posting.title == "Project Manager – Cloud Migration"
    assert posting.company == "Umbrella Corp"
    assert posting.location == "Toronto, ON, CA"
    assert [s.name for s in posting.sections] == ["header", "responsibilities", "requirements"]
    assert posting.years_required is not None
    assert (posting.years_required.min, posting.years_required.max) == (3, 5)
    # "MBA preferred" is not a required degree.
    assert posting.degree_required is None


def test_json_job_data_and_labelled_hiring_manager() -> None:
    text = "Scrum Master\nHiring manager: Tom Becker\n\nRequirements\n• Minimum of 7 years in IT.\n"
    data = {"title": "Scrum Master", "company": {"name": "Hooli"}, "location": "Berlin, Germany"}
    posting = parse_posting(_source(text, "json-job", data=data))
    assert (posting.title, posting.company, posting.location) == (
        "Scrum Master",
        "Hooli",
        "Berlin, Germany",
    )
    assert posting.hiring_manager == "Tom Becker"
    assert posting.years_required is not None
    assert posting.years_required.text == "Minimum of 7 years"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("5+ years of project management experience", (5, None, "5+ years")),
        ("5+ yrs managing IT projects", (5, None, "5+ yrs")),
        ("At least three years of experience leading teams", (3, None, "At least three years")),
        ("3-5 years of experience in IT", (3, 5, "3-5 years")),
        ("3 to 5 years of experience in IT", (3, 5, "3 to 5 years")),
        ("3–5 years’ experience", (3, 5, "3–5 years")),
        ("A minimum of 7 years of experience", (7, None, "A minimum of 7 years")),
        ("Two or more years of experience with Jira", (2, None, "Two or more years")),
        ("Five (5) years of experience", (5, None, "Five (5) years")),
        ("Ten years experience", (10, None, "Ten years")),
        ("fifteen years of experience", (15, None, "fifteen years")),
    ],
)
def test_years_required_variants(sentence: str, expected: tuple[float, float | None, str]) -> None:
    ((found, _),) = find_years_required(sentence)
    assert (found.min, found.max, found.text) == expected


def test_years_required_prefers_the_requirements_section() -> None:
    text = (
        "Project Manager\n\nAbout us\nFor 20 years we have built software.\n\n"
        "Requirements\n• 4+ years of experience as a project manager.\n"
    )
    posting = parse_posting(_source(text))
    assert posting.years_required is not None
    assert posting.years_required.min == 4


@pytest.mark.parametrize(
    ("sentence", "section", "expected"),
    [
        ("You must have a PMP certification.", "about", "required"),
        ("PMP certification is required.", "responsibilities", "required"),
        ("Essential: stakeholder management.", "other", "required"),
        ("Minimum 3 years with Agile.", "header", "required"),
        ("Knowledge of ITIL is a requirement.", "header", "required"),
        ("Update the RAID log as required.", "responsibilities", "mentioned"),
        ("Familiarity with SAFe is a plus.", "requirements", "preferred"),
        ("Experience with Kanban is nice to have.", "requirements", "preferred"),
        ("CSM preferred.", "requirements", "preferred"),
        ("Ideally you know Jira.", "requirements", "preferred"),
        ("Bonus points for PRINCE2.", "requirements", "preferred"),
        ("Cloud experience is an advantage.", "requirements", "preferred"),
        ("A PMP is desired but not required.", "requirements", "preferred"),
        ("A degree is not required.", "requirements", "preferred"),
        ("Experience with Jira.", "requirements", "required"),
        ("Experience with Jira.", "preferred", "preferred"),
        ("Experience with Jira.", "responsibilities", "mentioned"),
        ("Annual bonus and pension.", "benefits", "mentioned"),
        ("Plus, you will mentor two coordinators.", "responsibilities", "mentioned"),
        # Letters IGNORECASE matches to ASCII ones (a long s from a scanned old font):
        ("Jira is a MUſT.", "responsibilities", "required"),
        ("Kanban is DESİRED.", "responsibilities", "preferred"),
    ],
)
def test_classify_requirement(sentence: str, section: str, expected: str) -> None:
    assert classify_requirement(sentence, section) == expected


def test_company_and_location_from_the_line_under_the_title() -> None:
    text = (
        "Senior Technical Project Manager\nFernhill Analytics – Denver, CO (remote within the US)\n"
        "Salary: $120,000 - $140,000\n\nRequirements\n• 6 years of experience in delivery.\n"
    )
    posting = parse_posting(_source(text))
    assert posting.company == "Fernhill Analytics"
    assert posting.location == "Denver, CO (remote within the US)"
    # A "Label: value" field is not a heading even when the label is a section word.
    assert [s.name for s in posting.sections] == ["header", "requirements"]


def test_skills_table_labels_brackets_and_inline_heading() -> None:
    text = (
        "Ana Costa\nanacosta.dev\n\nSkills: Agile, Cloud Migration (AWS, Azure)\n"
        "TECHNICAL SKILLS\nProject tools\nJira, Confluence\n\nCERTIFICATIONS\n"
        "AWS Certified Solutions Architect – Associate, 2022\nPMP, CSM\n"
    )
    resume = parse_resume(_source(text))
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
    resume = parse_resume(_source(text))
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
    for parsed in (parse_resume(_source(text)), parse_posting(_source(text))):
        if text:
            _check_spans(parsed)
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
    (role,) = parse_resume(_source(below)).roles
    assert (role.title, role.employer, role.location, role.start_date, role.current) == (
        "Infrastructure Project Manager",
        "Acme Health Systems",
        "Denver, CO",
        "2019",
        True,
    )
    undated = "Lee Fox\nEXPERIENCE\nProject Manager at Acme Health\n• Ran 3 data-centre moves.\n"
    (role,) = parse_resume(_source(undated)).roles
    assert (role.title, role.employer, role.start_date) == ("Project Manager", "Acme Health", None)
    assert [b.text for b in role.bullets] == ["Ran 3 data-centre moves."]


def test_compound_heading_takes_the_first_known_name() -> None:
    text = (
        "Requirements\n• PMP\n\nPreferred / Nice to have\n• PRINCE2\n\nEducation & Certifications\n"
    )
    posting = parse_posting(SourceText(source="p.txt", format="txt", text=text))
    names = [s.name for s in posting.sections]
    assert "requirements" in names and "preferred" in names


@pytest.mark.parametrize(
    ("sentence", "skill", "expected"),
    [
        ("PMP required, CSM preferred.", "PMP", "required"),
        ("PMP required, CSM preferred.", "CSM", "preferred"),
        ("PMP preferred but at least CAPM.", "CAPM", "required"),
        ("PMP preferred but at least CAPM.", "PMP", "preferred"),
        ("Must have PMP, Jira; Scrum a plus.", "Jira", "required"),
        ("Must have PMP, Jira; Scrum a plus.", "Scrum", "preferred"),
        ("PMP and Jira are required, Scrum is a plus.", "PMP", "required"),
        ("Must know Jira (nice to have: Miro).", "Miro", "preferred"),
        ("Must know Jira (nice to have: Miro).", "Jira", "required"),
        # A sentence with one kind of cue keeps the whole-sentence rule.
        ("Jira, Confluence and Miro are a plus.", "Jira", "preferred"),
        ("Jira and Confluence are required.", "Confluence", "required"),
    ],
)
def test_a_mixed_cue_sentence_is_decided_clause_by_clause(
    sentence: str, skill: str, expected: str
) -> None:
    assert classify_mention(sentence, sentence.index(skill), "responsibilities") == expected


def test_a_posting_asking_for_one_certification_and_preferring_another_keeps_both_levels() -> None:
    from resume_kit import extract

    posting = extract(parse_posting(_source("Requirements\n- PMP required, CSM preferred.\n")))
    levels = {r.id: r.level for r in posting.requirements}
    assert levels["pmp"] == "required"
    assert levels["csm"] == "preferred"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A job board's first line runs the title into the company and place.
        (
            "Senior Project Manager Acme Bridges Ltd Copenhagen Denmark Full time Posted 3 days"
            " ago\nWe build.\n",
            "Senior Project Manager",
        ),
        (
            "Development Team Delivery Manager ( Project and Quality ) - Date posted: 2021-01\n"
            "About us\n",
            "Development Team Delivery Manager",
        ),
        # No title line: the sentence saying whom they look for.
        (
            "Acme Labs is looking for a project manager to head the Scale-up project.\nMore.\n",
            "project manager",
        ),
        (
            "Human Resource Management at Acme\n"
            "We are looking for an experienced Project Manager who likes change.\n",
            "Project Manager",
        ),
        (
            "As Account Security Manager in Acme you keep accounts safe.\nMore text here.\n",
            "Account Security Manager",
        ),
        # A first line labelled by its title.
        ("Data Engineer: Payments Platform\nWe build.\n", "Data Engineer"),
        # The sentence that names the post, in its many forms.
        (
            "Northwind invites applications for a position as Professor in Systems Design.\n",
            "Professor",
        ),
        ("A position as senior researcher is open at the lab.\nMore.\n", "senior researcher"),
        (
            "Do you want to be the Release Manager who keeps our trains on time?\nMore.\n",
            "Release Manager",
        ),
        (
            "Are you a seasoned Test Manager with a feel for quality?\nMore.\n",
            "Test Manager",
        ),
        ("A 3-year PhD scholarship in data engineering is available.\nMore.\n", "PhD scholarship"),
        # Several hires: the plural is made singular.
        ("We are looking for two full-time developers to join us.\nMore.\n", "developer"),
        (
            "The lab invites applications for 2-3 assistant professors or lecturers in AI.\n",
            "assistant professor",
        ),
        # One sentence does not hide the next.
        (
            "We want to be even better! We are looking for a skilled Test Manager for QA.\n",
            "Test Manager",
        ),
        (
            "Acme is looking for a maternity cover for our Release Planner who starts in May.\n",
            "Release Planner",
        ),
        # Slogans and section words are not titles.
        ("Are you a true sports enthusiast?\nDo you want to work with us?\n", None),
        ("Are you a natural leader?\nDo you like people?\n", None),
        ("Acme is looking for people to interview business managers.\nMore.\n", None),
        (
            "Organization Name: Cement Division\nBrief Description\n"
            "As head of a department you lead.\n",
            None,
        ),
    ],
)
def test_posting_title_from_the_text(text: str, title: str | None) -> None:
    assert parse_posting(_source(text)).title == title


def test_header_fields_run_together_on_one_line() -> None:
    posting = parse_posting(
        _source(
            "Req ID: 77 Official Title: Release Manager - Payments Job Area: Engineering & IT "
            "Country / Countries: Denmark\nWe ship.\n"
        )
    )
    assert (posting.title, posting.area) == ("Release Manager - Payments", "Engineering & IT")


def test_job_area_of_a_posting_without_a_title() -> None:
    posting = parse_posting(
        _source(
            "Company Name: Acme Cement Professional Area: Project Management\n"
            "Description: you lead the department.\n"
        )
    )
    assert (posting.title, posting.area) == (None, "Project Management")


# One example of every degree alternative, in odd cases and spellings: the degree hint search
# skips to the names' first letters and must still find all of these.
_DEGREE_EXAMPLES = [
    "Ph.D", "phd", "D.Phil", "Ed.D.", "DBA", "doctorate", "Doctoral", "Doctor of", "Master's",
    "Masters", "Master of", "MBA", "M.B.A.", "M.Sc", "MSc", "M.S.", "M.A.", "M.Eng", "MEng",
    "MPM", "MPA", "MIS", "MSIT", "MSPM", "graduate degree", "postgraduate degree", "MS", "MA",
    "Bachelor", "bachelor's", "B.Sc", "BSc", "B.S.", "B.A.", "BEng", "B.Tech", "BBA", "B.Com",
    "BSBA", "BSIT", "BA/BS", "four-year degree", "Undergraduate degree", "BS", "BA",
    "Associate degree", "A.A.S.", "A.S.", "AAS", "Diploma", "HND", "high school", "GED",
    "Secondary School", "ſecondary ſchool", ", MS", " ", "\n", "-", "x", "K", "İ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DEGREE_EXAMPLES) | st.text(max_size=5), max_size=15))
def test_degree_hint_search_finds_what_the_plain_alternation_finds(parts: list[str]) -> None:
    import re

    from resume_kit.structure.sections import _DEGREE_HINT_RE, _DEGREE_NAMES

    text = "".join(parts)
    plain = re.compile(
        "|".join(
            ("(?i:" if fold else "(?:") + rf"\b(?:{'|'.join(names)}){after})"
            for _, fold, names, after, _ in _DEGREE_NAMES
        )
    )
    assert [m.span() for m in _DEGREE_HINT_RE.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


_URL_PARTS = ["https://", "HTTP://", "www.", "WWW.", "linkedin.com/in/x", "GitHub.COM/",
    "gitlab.com", "uk.linkedin.com/", ".com", "/", "K", "İ", "ı", " ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_URL_PARTS) | st.text(max_size=4), max_size=12))
def test_url_prefilter_agrees_with_the_url_pattern(parts: list[str]) -> None:
    from resume_kit.structure.sections import _URL_RE, _has_url

    text = "".join(parts)
    assert _has_url(text) == (_URL_RE.search(text) is not None)


_PLACE_PARTS = ["Austin", ", ", "TX", "Remote", "REMOTE", "Hybrid", "On-site", "onsite",
    "Location: ", "Based in ", "London", "UK", "Canada", "78701", "(EST)", " ", "x", "ſ",
    "İ"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PARTS) | st.text(max_size=4), max_size=10))
def test_location_shortcut_finds_what_trying_every_piece_finds(parts: list[str]) -> None:
    from resume_kit.structure.sections import _REMOTE_RE, _find_location, _looks_location

    piece = "".join(parts)

    def slow(piece: str) -> str | None:  # the loop body without the shortcut
        piece = re.sub(r"^(?:location|address|based in)\s*[:\-]?\s*", "", piece, flags=re.I)
        piece = piece.strip(" ,")
        if _looks_location(piece):
            return piece
        pieces = [p.strip() for p in piece.split(",")]
        for i in range(max(1, len(pieces) - 4), len(pieces) - 1):
            tail = ", ".join(pieces[i:])
            if _looks_location(tail) and not _REMOTE_RE.match(tail):
                return tail
        return None

    assert _find_location([piece]) == slow(piece)


_MANAGER_PARTS = ["Reports to Jane Doe", "REPORTING TO ", "answers directly to ",
    "HİRİNG MANAGER is Sam Lee", "Hiring manager, Sam Lee", "REPORTſ to Jane Doe",
    "ANſWERING to Sam Lee", " is ", ", ", "Jane Doe", "the Director of IT", "İ", "ı", "ſ",
    "\u212a", "\n", " ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MANAGER_PARTS) | st.text(max_size=4), max_size=12))
def test_hiring_manager_shortcut_finds_what_the_full_search_finds(parts: list[str]) -> None:
    from resume_kit.structure.sections import (
        _HIRING_MANAGER_IS_RE,
        _REPORTS_TO_RE,
        _hiring_manager,
        _person,
    )

    text = "".join(parts)

    def slow() -> str | None:  # both searches run on every text
        for found in _REPORTS_TO_RE.finditer(text):
            person = _person(found.group("rest"))
            if person:
                return person
        named = _HIRING_MANAGER_IS_RE.search(text)
        return _person(named.group("rest")) if named else None

    assert _hiring_manager({}, {}, text) == slow()


def test_a_requirements_sentence_heading_ends_where_the_asks_stop() -> None:
    """Flat text with "We expect that you:" and no heading after it: the lines about the
    employer are not asks, so the skills they name are not required."""
    from resume_kit.api import extract

    text = (
        "Project manager for our startup programme\n"
        "We expect that you: Have experience with stakeholder management .\n"
        "Have project management experience .\n"
        "We also want you to know Jira .\n"
        "- Agile methods\n"
        "Some travelling is to be expected .\n"
        "We are 25 people working in Scrum in a very dynamic environment .\n"
    )
    posting = parse_posting(_source(text))
    asks = next(s for s in posting.sections if s.name == "requirements")
    assert asks.heading == "We expect that you"
    assert text[asks.start : asks.end].rstrip().endswith("- Agile methods")
    levels = {r.id: r.level for r in extract(posting).requirements}
    assert levels["project-management"] == levels["jira"] == levels["agile"] == "required"
    assert levels["scrum"] == levels["adaptability"] == "mentioned"  # the employer, after the asks
