"""Education entries in the shapes real resumes write them: school-leaving certificates, form
fields, one dated line per entry in other languages."""

from __future__ import annotations

from resume_kit.model.documents import Education
from resume_kit.structure.education import _parse_education
from resume_kit.structure.lines import _Line


def _entries(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    lines = []
    at = 0
    for text in texts:
        lines.append(_Line(text, at, at + len(text), False))
        at += len(text) + 1
    found: list[Education] = _parse_education(lines)
    return [(e.degree, e.institution, e.end_date) for e in found]


def test_the_school_word_of_a_certificate_names_no_school() -> None:
    # "Secondary School Certificate" is the degree; "Lakeside High School" is the school.
    assert _entries(
        "SECONDARY SCHOOL CERTIFICATE",
        "Lakeside High School, 2019",
        "HIGHER SECONDARY SCHOOL CERTIFICATE",
        "Kazi Azim Uddin College, 2021",
    ) == [
        ("SECONDARY SCHOOL CERTIFICATE", "Lakeside High School", "2019"),
        ("HIGHER SECONDARY SCHOOL CERTIFICATE", "Kazi Azim Uddin College", "2021"),
    ]


def test_a_form_label_is_not_the_school() -> None:
    assert _entries(
        "• HIGHER SECONDARY SCHOOL CERTIFICATE",
        "Institute\t: Kazi Azim Uddin College",
        "Group\t: Business Studies",
        "Passing Year\t2021",
    ) == [("HIGHER SECONDARY SCHOOL CERTIFICATE", "Kazi Azim Uddin College", "2021")]


def test_dated_lines_naming_what_and_where_are_entries() -> None:
    # A French CV: one dated line per diploma, "<diploma> à/au <school>", no degree word known.
    assert _entries(
        "*2009 : CFEE à l'école de Dialmath",
        "*2013 : BFEM au lycée de Thillè",
        "*2017 : LICENCE 1 à ITECOM",
    ) == [
        ("CFEE", "l'école de Dialmath", "2009"),
        ("BFEM", "lycée de Thillè", "2013"),
        ("LICENCE 1", "ITECOM", "2017"),
    ]


def test_a_dated_line_without_a_school_is_no_entry() -> None:
    # Dean's list, a grade or a bare year under an entry stay notes, not entries of their own.
    assert _entries("BSc Statistics, Lakeside University, 2018", "2017 Dean's List") == [
        ("BSc Statistics", "Lakeside University", "2018")
    ]


def test_associates_of_science_is_a_degree() -> None:
    assert _entries("Associates of Science : Accounting, 2015", "Rowan College") == [
        ("Associates of Science : Accounting", "Rowan College", "2015")
    ]


def test_two_entries_joined_on_one_line_are_cut_apart() -> None:
    # A PDF's wrapping joined the second entry to the end of the first.
    assert _entries(
        "Higher Secondary Certificate (HSC) – Gujarat Board | 2006 | 71.20% Secondary School "
        "Certificate (SSC) – Gujarat Secondary Education Board | 2004 | 80%"
    ) == [
        ("Higher Secondary Certificate (HSC)", "Gujarat Board", "2006"),
        ("Secondary School Certificate (SSC)", "Gujarat Secondary Education Board", "2004"),
    ]
    # A school whose name ends in "High School" after the date is no second entry.
    assert _entries("BSc Statistics, 2018, Lakeside High School") == [
        ("BSc Statistics", "Lakeside High School", "2018")
    ]


def test_each_education_section_has_its_own_entries() -> None:
    from resume_kit.model.documents import SourceText
    from resume_kit.structure.resume import parse_resume

    text = (
        "Robin Vale\n\nACADEMIC QUALIFICATIONS\n• Web design course\n"
        "Institute : Nuran Computer College\n\n"
        "EDUCATION\n• HIGHER SECONDARY CERTIFICATE\nInstitute : Kazi Azim Uddin College\n"
        "Passing Year 2021\n"
    )
    resume = parse_resume(SourceText(source="cv.txt", format="txt", text=text))
    found = {(e.degree, e.institution) for e in resume.education}
    assert ("HIGHER SECONDARY CERTIFICATE", "Kazi Azim Uddin College") in found


def test_a_blank_line_after_a_whole_entry_starts_the_next() -> None:
    from resume_kit.model.documents import SourceText
    from resume_kit.structure.resume import parse_resume

    text = (
        "Robin Vale\n\nEDUCATION\nB.S. Mechanical Engineering\nColorado School of Mines\n"
        "Golden, CO\n\nA.I. Product Manager\nUdacity - Nanodegree\n"
    )
    resume = parse_resume(SourceText(source="cv.txt", format="txt", text=text))
    assert len(resume.education) == 2
    assert resume.education[0].institution == "Colorado School of Mines"
    assert "Udacity" in " ".join(
        filter(None, (resume.education[1].degree, resume.education[1].institution))
    )
