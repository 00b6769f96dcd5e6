"""Resume headings in the forms people write them, and lines that only look like headings."""

from __future__ import annotations

import pytest

from resume_kit.model.documents import Resume, Section, SourceText
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.resume import parse_resume


def _resume(text: str, heading_lines: list[int] | None = None) -> Resume:
    return parse_resume(
        SourceText(source="fixture.txt", format="txt", text=text, heading_lines=heading_lines or [])
    )


def _kinds(resume: Resume) -> list[tuple[str, str]]:
    return [(s.heading, s.name) for s in resume.sections if s.heading]


def _with_headings(experience: str, education: str, skills: str) -> str:
    return (
        "Robin Vale\nrobin.vale@example.org\n\n"
        f"{experience}\n"
        "Data Analyst, Northwind Traders | 2019 - 2023\n"
        "• Built weekly sales dashboards.\n\n"
        f"{education}\n"
        "BSc Statistics, Lakeside University, 2018\n\n"
        f"{skills}\n"
        "SQL, Python, Tableau\n"
    )


@pytest.mark.parametrize(
    ("experience", "education", "skills"),
    [
        ("EXPERIENCE", "EDUCATION", "SKILLS"),  # all caps
        ("Work Experience", "Education", "Skills"),  # title case
        ("Work experience:", "Education:", "Skills:"),  # trailing colons
        ("E X P E R I E N C E", "E D U C A T I O N", "S K I L L S"),  # letter-spaced
        ("W O R K   E X P E R I E N C E", "E D U C A T I O N", "S K I L L S"),
        ("P ROFESSIONAL E XPERIENCE", "E DUCATION", "T ECHNICAL S KILLS"),  # small caps as text
        ("exp erience", "edu cation", "sk ills"),  # split by the PDF's drawing
        ("Exᴘᴇʀɪᴇɴᴄᴇ", "Eᴅᴜᴄᴀᴛɪᴏɴ", "Sᴋɪʟʟs"),  # unicode small capitals
        ("💼 Experience", "🎓 Education", "🛠 Skills"),  # icons
        ("EXPERIENCE_______________", "EDUCATION---------------", "SKILLS==========="),  # rules
        ("1. Experience", "2. Education", "3. Skills"),  # numbered
        ("Where I've worked", "Academic Background", "What I know"),  # unusual wordings
        ("Career History", "Studies", "Tech Stack"),
        ("Professional Background", "Educational Qualification", "Skill Areas"),
        ("Berufserfahrung", "Ausbildung", "Kenntnisse"),  # German
        ("Expérience professionnelle", "Formation", "Compétences"),  # French
        ("Experiencia laboral", "Formación académica", "Habilidades"),  # Spanish
    ],
)
def test_heading_forms_name_their_sections(experience: str, education: str, skills: str) -> None:
    resume = _resume(_with_headings(experience, education, skills))
    assert [name for _, name in _kinds(resume)] == ["experience", "education", "skills"]
    # The heading is kept as written (a typed rule or colon aside): "other" sections reuse it.
    heading = _kinds(resume)[0][0]
    assert heading and heading in experience and not heading.endswith(("_", ":"))
    assert len(resume.roles) == 1 and resume.roles[0].start_date == "2019"


def test_section_nouns_anywhere_in_a_styled_heading() -> None:
    text = (
        "Sam Reed\n\nRESEARCH EXPERIENCE\nLab Assistant, Hill Institute | 2017 - 2019\n\n"
        "TEACHING EXPERIENCE\nTutor, Hill Institute | 2016 - 2017\n\n"
        "COURSES AND CERTIFICATES\nFirst Aid, 2015\n\n"
        "LANGUAGE SKILLS\nEnglish, Welsh\n"
    )
    assert _kinds(_resume(text)) == [
        ("RESEARCH EXPERIENCE", "experience"),
        ("TEACHING EXPERIENCE", "experience"),
        ("COURSES AND CERTIFICATES", "certifications"),
        ("LANGUAGE SKILLS", "other"),
    ]


def test_unknown_heading_is_an_other_section_keeping_its_words() -> None:
    text = (
        "Kim Ash\nkim@example.org\n\nEXPERIENCE\nChef, Blue Door | 2018 - 2022\n"
        "• Ran the kitchen.\n\nA WEEK IN MY LIFE\n\nCooking, climbing and reading.\n"
    )
    sections = _resume(text).sections
    assert (sections[-1].name, sections[-1].heading) == ("other", "A WEEK IN MY LIFE")
    assert sections[-1].confidence < sections[-2].confidence


def test_capitals_lines_that_are_not_headings() -> None:
    text = (
        "Lee Park\n\nEXPERIENCE\n\nNORTHWIND TRADERS\nSenior Buyer | 2019 - 2023\n"
        "• Cut stock costs.\n\nPROJECT MANAGER\nContoso Ltd | 2015 - 2019\n• Ran projects.\n\n"
        "PROJECTS\n\nSABLE\nA stock tool.\n\nSABLE\nIts second version.\n\n"
        "LANGUAGES\n\nEnglish\nFluent\n\nSPANISH\nBasic\n\nFRENCH\nBasic\n"
    )
    kinds = _kinds(_resume(text))
    # An employer followed by dates, a job title, the labels of a table: none is a heading.
    assert kinds == [("EXPERIENCE", "experience"), ("PROJECTS", "projects"), ("LANGUAGES", "other")]


def test_a_sentence_or_a_field_is_not_a_heading() -> None:
    text = (
        "Ada Moss\n\nSUMMARY\nEducation matters.\nExperience with Jira is a plus.\n"
        "Skills: Python, SQL\n"
    )
    resume = _resume(text)
    assert [s.name for s in resume.sections] == ["contact", "summary", "skills"]
    assert resume.skills_listed == ["Python", "SQL"]


def test_document_title_is_neither_heading_nor_name() -> None:
    resume = _resume("CURRICULUM VITAE\nMaría José Núñez\nmaria@example.org\n\nSKILLS\nExcel\n")
    assert resume.contact.name == "María José Núñez"
    assert _kinds(resume) == [("SKILLS", "skills")]


def test_confidence_orders_sure_and_unsure_headings() -> None:
    text = "Ann Lee\n\nEXPERIENCE\nClerk, Oak Bank | 2010 - 2012\n\nWork experience\nx\n"
    text += "\nMY STORY SO FAR\n\nSome words here.\n"
    sections = _resume(text, heading_lines=[9]).sections
    by_heading = {s.heading: s.confidence for s in sections}
    assert by_heading["EXPERIENCE"] >= 0.9
    assert by_heading["MY STORY SO FAR"] <= 0.6
    assert all(0.0 <= s.confidence <= 1.0 for s in sections)


def test_json_output_carries_the_confidences() -> None:
    data = _resume(_with_headings("EXPERIENCE", "EDUCATION", "SKILLS")).model_dump(mode="json")
    assert [s["confidence"] for s in data["sections"]][1:] == [0.95, 0.95, 0.95]
    assert 0.9 <= data["roles"][0]["confidence"] <= 1.0


def test_sections_built_unvalidated_are_the_validated_ones() -> None:
    # _find_sections builds its sections without validation (model.base.trusted): each must be
    # what validating its values makes, for every kind of heading guess and the untitled top.
    texts = [_with_headings(*forms) for forms in (("EXPERIENCE", "Education:", "S K I L L S"),)]
    texts.append("Ann Lee\n\nEXPERIENCE\nClerk | 2010 - 2012\n\nMY STORY SO FAR\n\nSome words.\n")
    sections = [s for text in texts for s in _resume(text, heading_lines=[2]).sections]
    posting = "Data Analyst\nAbout Acme\nWe sell.\nRequirements\n- SQL\nSkills: Go, Rust\nPerks\nx"
    source = SourceText(source="p.txt", format="txt", text=posting, heading_lines=[])
    sections += parse_posting(source).sections
    assert len({s.name for s in sections}) >= 6
    for section in sections:
        validated = Section(**section.model_dump())
        assert section == validated
        assert section.model_dump_json() == validated.model_dump_json()
        assert isinstance(section.confidence, float) and 0.0 <= section.confidence <= 1.0
