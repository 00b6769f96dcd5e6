"""Degree names and levels."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.structure.education import _field_of_study, degree_level

# One example of every degree alternative, in odd cases and spellings: the degree hint search
# skips to the names' first letters and must still find all of these.
_DEGREE_EXAMPLES = [
    "Ph.D", "phd", "D.Phil", "Ed.D.", "DBA", "doctorate", "Doctoral", "Doctor of", "Master's",
    "Masters", "Master of", "MBA", "M.B.A.", "M.Sc", "MSc", "M.S.", "M.A.", "M.Eng", "MEng",
    "MPM", "MPA", "MIS", "MSIT", "MSPM", "graduate degree", "postgraduate degree", "MS", "MA",
    "Bachelor", "bachelor's", "B.Sc", "BSc", "B.S.", "B.A.", "BEng", "B.Tech", "BBA", "B.Com",
    "BSBA", "BSIT", "BA/BS", "four-year degree", "Undergraduate degree", "BS", "BA",
    "undergraduate", "Associate degree", "A.A.S.", "A.S.", "AAS", "Diploma", "HND", "high school",
    "GED", "Secondary School", "ſecondary ſchool", ", MS", " ", "\n", "-", "x", "K", "İ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DEGREE_EXAMPLES) | st.text(max_size=5), max_size=15))
def test_degree_hint_search_finds_what_the_plain_alternation_finds(parts: list[str]) -> None:

    from resume_kit.structure.education import _DEGREE_HINT_RE, _DEGREE_NAMES

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


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("BEng Electronic Engineering", "bachelor"),
        ("M.Sc. Data Science", "master"),
        ("BS in CS", "bachelor"),
        ("HND in Computing", "diploma"),
        # What the scorer's own table knew: high school, GED, undergraduate, four-year degree.
        ("High school diploma", "diploma"),
        ("GED or equivalent", "diploma"),
        ("Undergraduate degree in Economics", "bachelor"),
        ("Undergraduate, Economics", "bachelor"),
        ("An undergraduate or graduate degree in engineering", "bachelor"),
        ("A four-year degree in IT", "bachelor"),
        ("Four year degree required", "bachelor"),
    ],
)
def test_degree_level_names(text: str, level: str) -> None:
    found = degree_level(text)
    assert found is not None
    assert found[0] == level


@pytest.mark.parametrize(
    "text",
    [
        "MS Office expert",
        "Expert in MS Project",
        "Scrum Master",
        "Teaching undergraduate students",
        "Courses at undergraduate and graduate levels",
        "Undergraduate Certificate in Computer Information Systems",
    ],
)
def test_not_a_degree(text: str) -> None:
    assert degree_level(text) is None


def test_degree_field_after_undergraduate() -> None:
    text = "Undergraduate studies in Economics"
    found = degree_level(text)
    assert found is not None
    assert _field_of_study(text, found[1]) == "Economics"


def _education(body: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    from resume_kit.model.documents import SourceText
    from resume_kit.structure.resume import parse_resume

    text = f"Ana Lima\nana@example.org\n\nEducation\n{body}"
    resume = parse_resume(SourceText(source="fixture.txt", format="txt", text=text))
    return [(e.degree, e.level, e.institution, e.end_date) for e in resume.education]


def test_entries_without_degree_names_are_cut_at_their_dates() -> None:
    body = (
        "Escola Técnica Estadual 12.\nIT Technician.\n2009-2012 / Recife, PE.\n"
        "Instituto Federal de Pernambuco.\nComputer Systems Engineering.\n2012-2018 / Recife.\n"
    )
    assert _education(body) == [
        ("IT Technician", "other", "Escola Técnica Estadual 12", "2012"),
        ("Computer Systems Engineering", "other", "Instituto Federal de Pernambuco", "2018"),
    ]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Higher Secondary Certificate (HSC) – Dhaka Education Board | 2006", "diploma"),
        ("A level, Physics and Chemistry – Kampala Hill School", "diploma"),
        ("Abitur – Goethe-Gymnasium Freiburg, 2015", "diploma"),
        ("MASTER OF BUSINESS ADMINISTRATION – Rennes School of Business, 2020", "master"),
        ("MENG IN CIVIL ENGINEERING – Imperial College London, 2014", "master"),
    ],
)
def test_school_leaving_and_capitalised_degrees(line: str, level: str) -> None:
    ((degree, found_level, institution, _),) = _education(line + "\n")
    assert found_level == level
    assert degree is not None and institution is not None


def test_grades_and_courses_stay_with_their_entry() -> None:
    body = (
        "BSc Computer Science\nUniversity of Leeds\n2015 - 2018\nGPA: 3.7\n"
        "Relevant courses: Databases, Networks\nMSc Data Science\nUniversity of York\n2019\n"
    )
    assert [(d, i) for d, _, i, _ in _education(body)] == [
        ("BSc Computer Science", "University of Leeds"),
        ("MSc Data Science", "University of York"),
    ]


def _certifications(body: str) -> list[tuple[str, str | None, str | None]]:
    from resume_kit.model.documents import SourceText
    from resume_kit.structure.resume import parse_resume

    text = f"Ana Lima\nana@example.org\n\nCertifications\n{body}"
    resume = parse_resume(SourceText(source="fixture.txt", format="txt", text=text))
    return [(c.name, c.issuer, c.date) for c in resume.certifications]


def test_certification_then_its_issuer_after_a_comma() -> None:
    body = (
        "Cloud Security Specialty, Amazon Web Services (AWS)\n"
        "Certified Kubernetes Administrator (CKA), The Linux Foundation\n"
        "Vault Associate (003), HashiCorp, 2024\n"
        "2023\n"
    )
    assert _certifications(body) == [
        ("Cloud Security Specialty", "Amazon Web Services (AWS)", None),
        ("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", None),
        ("Vault Associate (003)", "HashiCorp", "2024"),
    ]


def test_a_list_of_short_certification_names_is_still_split() -> None:
    assert [name for name, _, _ in _certifications("PMP, CSM, ITIL 4\n")] == [
        "PMP",
        "CSM",
        "ITIL 4",
    ]
