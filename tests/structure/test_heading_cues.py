"""Headings where the format marks some lines: what the marks say about the unmarked ones.

Each test reproduces one shape seen in real resumes: sub-headings under a section, labels in a
list, placeholder-like lower-case lines, long headings made of section words, a degree set like a
heading, two marked headings close together.
"""

from __future__ import annotations

from resume_kit.model.documents import InputFormat, Resume, SourceText
from resume_kit.structure.resume import parse_resume


def _marked(lines: list[tuple[str, bool]], fmt: InputFormat = "pdf") -> Resume:
    """A resume from (text, marked by the format) lines."""
    text = "\n".join(line for line, _ in lines) + "\n"
    offsets: list[int] = []
    at = 0
    for line, marked in lines:
        if marked:
            offsets.append(at)
        at += len(line) + 1
    return parse_resume(
        SourceText(source=f"fixture.{fmt}", format=fmt, text=text, heading_lines=offsets)
    )


def _kinds(resume: Resume) -> list[tuple[str, str]]:
    return [(s.heading, s.name) for s in resume.sections if s.heading]


_TOP = [("Robin Vale", True), ("robin.vale@example.org", False), ("", False)]
_EXPERIENCE = [
    ("Experience", True),
    ("Data Analyst, Northwind Traders | 2019 - 2023", False),
    ("• Built weekly sales dashboards.", False),
    ("", False),
]


def test_unmarked_title_case_sub_headings_stay_in_their_section() -> None:
    # The format marks the section headings; "International Awards" and "Projects" are set
    # smaller: sub-headings inside the section, not sections of their own.
    resume = _marked(
        [
            *_TOP,
            ("Experience", True),
            ("Data Analyst, Northwind Traders | 2019 - 2023", False),
            ("Projects", False),
            ("• Sales dashboard", False),
            ("Analyst, Contoso | 2016 - 2019", False),
            ("• Built reports.", False),
            ("Honors & Awards", True),
            ("International Awards", False),
            ("2021 2nd Place, Data Cup", False),
            ("Skills", True),
            ("SQL, Python", False),
            ("Tools", False),
            ("Tableau, Excel", False),
        ]
    )
    assert _kinds(resume) == [
        ("Experience", "experience"),
        ("Honors & Awards", "other"),
        ("Skills", "skills"),
    ]
    assert len(resume.roles) == 2


def test_an_unmarked_core_heading_is_still_taken() -> None:
    # The format lost the cue of the last headings (bold Title Case where the others are bold
    # capitals): a first education section, or roles after a skills list, are still sections.
    resume = _marked(
        [
            *_TOP,
            ("RELEVANT EXPERIENCE", True),
            ("Data Analyst, Northwind Traders | 2019 - 2023", False),
            ("RELEVANT SKILLS", True),
            ("SQL, Python", False),
            ("Leadership Experience", False),
            ("Club President, Chess Society | 2015 - 2016", False),
            ("Education", False),
            ("BSc Statistics, Lakeside University, 2018", False),
        ]
    )
    assert [name for _, name in _kinds(resume)] == [
        "experience",
        "skills",
        "experience",
        "education",
    ]
    assert resume.education and resume.education[0].institution == "Lakeside University"


def test_unmarked_capitals_stay_headings() -> None:
    # A second column's headings set in bold capitals at the body's size go unmarked.
    resume = _marked(
        _TOP
        + _EXPERIENCE
        + [
            ("SKILLS", True),
            ("SQL", False),
            ("EDUCATION", False),
            ("BSc Statistics, Lakeside University", False),
        ]
    )
    assert [name for _, name in _kinds(resume)] == ["experience", "skills", "education"]


def test_lower_case_words_are_no_heading_where_the_format_marks_headings() -> None:
    resume = _marked(
        [
            *_TOP,
            ("additional information", False),
            ("Some quote", False),
            *_EXPERIENCE,
            ("Skills", True),
            ("SQL", False),
        ]
    )
    assert [h for h, _ in _kinds(resume)] == ["Experience", "Skills"]


def test_a_label_among_labels_is_no_inline_heading() -> None:
    # "Certifications: CSPO" in a list of "Label: values" under a marked Skills heading.
    resume = _marked(
        _TOP
        + _EXPERIENCE
        + [
            ("Skills", True),
            ("Technical: SQL, Python", False),
            ("Languages: English (native)", False),
            ("Certifications: Certified Scrum Product Owner (CSPO)", False),
            ("Education", True),
            ("BSc Statistics, Lakeside University, 2018", False),
        ]
    )
    assert [h for h, _ in _kinds(resume)] == ["Experience", "Skills", "Education"]


def test_inline_headings_of_plain_text_are_kept() -> None:
    # No heading is marked by the format: "Skills:" starts the skills section.
    text = (
        "Robin Vale\nrobin.vale@example.org\n\nEXPERIENCE\n"
        "Data Analyst, Northwind Traders | 2019 - 2023\n\nEDUCATION\nBSc Statistics, 2018\n"
        "Skills: SQL, Python\nCertifications: PMP, CSM\n"
    )
    resume = parse_resume(SourceText(source="fixture.txt", format="txt", text=text))
    assert [name for _, name in _kinds(resume)][1:] == ["education", "skills", "certifications"]
    assert resume.skills_listed == ["SQL", "Python"]


def test_long_headings_made_of_section_words() -> None:
    resume = _marked(
        _TOP
        + _EXPERIENCE
        + [
            ("AREAS OF EXPERTISE AND HANDS-ON EXPERIENCE", False),
            ("Windows administration", False),
            ("", False),
            ("ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS", False),
            ("BSCS, University of Lahore", False),
        ],
        fmt="docx",
    )
    assert [name for _, name in _kinds(resume)][1:] == ["skills", "education"]
    assert resume.education[0].institution == "University of Lahore"


def test_a_degree_set_like_a_heading_is_an_entry() -> None:
    resume = _marked(
        _TOP
        + _EXPERIENCE
        + [
            ("EDUCATIONAL QUALIFICATION", True),
            ("HIGHER SECONDARY CERTIFICATE", True),
            ("Kazi Azim Uddin College, 2021", False),
            ("", False),
            ("SECONDARY SCHOOL CERTIFICATE", True),
            ("Lakeside High School, 2019", False),
        ],
        fmt="docx",
    )
    assert [name for _, name in _kinds(resume)] == ["experience", "education"]
    assert len(resume.education) == 2


def test_two_marked_unknown_headings_a_line_apart_are_both_sections() -> None:
    resume = _marked(
        _TOP
        + _EXPERIENCE
        + [
            ("MY LIFE PHILOSOPHY", True),
            ("Something smart, in one sentence.", False),
            ("MOST PROUD OF", True),
            ("Fantastic achievement", False),
            ("REFEREES", True),
            ("Prof. Alpha Beta", False),
        ]
    )
    assert [h for h, _ in _kinds(resume)][1:] == ["MY LIFE PHILOSOPHY", "MOST PROUD OF", "REFEREES"]


def test_unmarked_labels_a_line_apart_are_no_headings() -> None:
    # Capital labels of a table, not marked by the format, one line apart: labels of a list.
    text = (
        "Robin Vale\n\nEXPERIENCE\nData Analyst, Northwind Traders | 2019 - 2023\n\n"
        "NORTH REGION\nsales lead\n\nSOUTH REGION\nsupport lead\n"
    )
    resume = parse_resume(SourceText(source="fixture.txt", format="txt", text=text))
    assert [h for h, _ in _kinds(resume)] == ["EXPERIENCE"]


def test_a_links_section_is_contact_details() -> None:
    resume = _marked(
        [*_TOP, *_EXPERIENCE, ("LINKS", True), ("github.com/rvale", False), ("Skills", True)]
    )
    assert ("LINKS", "contact") in _kinds(resume)


def test_an_awards_heading_above_dated_awards_is_a_heading() -> None:
    # An unknown heading followed by dates is usually an employer in capitals; one naming
    # awards (or publications, honours) is a heading above its dated list.
    resume = _marked(
        [
            *_TOP,
            *_EXPERIENCE,
            ("AWARDS AND PROMOTION", True),
            ("• Jan. 2019 Award of Take The Lead", False),
            ("• Mar. 2017 Efficient Development Award", False),
        ]
    )
    assert ("AWARDS AND PROMOTION", "other") in _kinds(resume)


def test_a_format_that_marks_few_headings_does_not_overrule_the_rest() -> None:
    # Two headings in a heading style, three more in plain bold Title Case the reader cannot
    # see: the marks are no guide, every heading stays.
    resume = _marked(
        [
            *_TOP,
            *_EXPERIENCE,
            ("Education", True),
            ("BSc Statistics, Lakeside University, 2018", False),
            ("Certifications", False),
            ("PMP, 2020", False),
            ("Projects", False),
            ("Sales dashboard", False),
            ("Volunteering", False),
            ("Food bank", False),
        ],
        fmt="docx",
    )
    assert [name for _, name in _kinds(resume)] == [
        "experience",
        "education",
        "certifications",
        "projects",
        "other",
    ]


def test_a_title_case_heading_of_the_same_kind_under_capitals_is_a_sub_heading() -> None:
    # Plain text, no format marks: "Tools" under "TECHNICAL SKILLS" is part of the skills list;
    # "Awards" after "LANGUAGES" is a section of its own (other sections are of many kinds).
    text = (
        "Robin Vale\n\nEXPERIENCE\nData Analyst, Northwind Traders | 2019 - 2023\n\n"
        "TECHNICAL SKILLS\nSQL, Python\n\nTools\nTableau, Excel\n\n"
        "LANGUAGES\nSpanish\n\nAwards\nAnalyst of the year\n"
    )
    resume = parse_resume(SourceText(source="cv.txt", format="txt", text=text))
    assert [h for h, _ in _kinds(resume)] == [
        "EXPERIENCE",
        "TECHNICAL SKILLS",
        "LANGUAGES",
        "Awards",
    ]
    assert "Tableau" in resume.skills_listed
