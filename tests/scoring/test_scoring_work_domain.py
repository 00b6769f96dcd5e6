"""Is a posting's work IT? The evidence a generic project title is read by."""

from __future__ import annotations

import pytest

from resume_kit.errors import DataFileError
from resume_kit.model.documents import SkillHit
from resume_kit.scoring.work_domain import (
    is_it_skill,
    it_share,
    job_text,
    load_work_domain,
    parse_work_domain,
    text_evidence,
    title_says,
)

SOFTWARE = (
    "You will run the delivery of our SaaS software releases with agile developers, keep the "
    "Jira board and the SDLC in order and report to the head of engineering."
)
BUILDING = (
    "You will run HVAC and electrical construction projects, manage subcontractors and "
    "contractors on the job site, check drawings and lead the commissioning of each building."
)
FILLER = "You will plan the work, keep the budget and report progress to the director. " * 8


def _share(text: str) -> float | None:
    return it_share(text_evidence(text))


def test_a_posting_about_software_reads_as_it_and_one_about_building_as_other_work() -> None:
    it, other = _share(SOFTWARE), _share(BUILDING)
    assert it is not None and other is not None
    assert it > 0.9 and other < 0.1
    # Naming neither says nothing: the caller keeps its reading.
    assert _share(FILLER) is None


def test_density_not_count_decides() -> None:
    """A long building posting that once names the 'software' it schedules in stays building
    work; a short posting that names software once among plain words is IT work."""
    long_building = BUILDING * 5 + " Our schedules live in planning software."
    share = _share(long_building)
    assert share is not None and share < 0.1
    short_it = "You will plan the releases of our software and report to the director."
    share = _share(short_it)
    assert share is not None and share > 0.5


def test_as_densely_named_is_an_even_split() -> None:
    share = _share("Software for construction sites.")  # one IT word, one other-work word
    assert share == 0.5


def test_it_in_capitals_counts_and_the_pronoun_does_not() -> None:
    assert text_evidence("You will lead the IT team.").it == 1
    assert text_evidence("You will lead it well and make it count.").it == 0
    # A text in capitals throughout: "IT IS" is no sign of IT.
    assert text_evidence("IT IS A GREAT JOB AND IT PAYS WELL").it == 0


def test_a_titles_own_qualifier_says_the_line_of_work() -> None:
    assert title_says("Technical Program Manager") == 1.0
    assert title_says("Digital Project Manager") == 1.0
    assert title_says("Industrial Hygiene Project Manager") == 0.0
    # IT named beside another line of work is IT work in that line ("Healthcare IT").
    assert title_says("Clinical Software Project Manager") == 1.0
    assert title_says("Senior Project Manager") is None


def test_office_and_drawing_tools_are_not_it_skills() -> None:
    def hit(skill_id: str, category: str) -> SkillHit:
        return SkillHit(id=skill_id, name=skill_id, category=category)  # type: ignore[arg-type]

    assert is_it_skill(hit("python", "technical")) and is_it_skill(hit("jira", "tool"))
    assert is_it_skill(hit("scrum", "methodology"))
    assert not is_it_skill(hit("ms-excel", "tool")) and not is_it_skill(hit("autocad", "tool"))
    assert not is_it_skill(hit("lean", "methodology"))
    # Recognised IT skills count once each, beside the words.
    skills = [hit("python", "technical"), hit("python", "technical"), hit("ms-excel", "tool")]
    assert text_evidence("Plain words.", skills).it == 1


def test_the_shipped_word_lists_load_and_tell_it_from_other_work() -> None:
    words = load_work_domain()
    assert "software" in words.it_words and "construction" in words.other_words
    assert "information technology" in words.it_phrases
    assert "scrum" in words.it_skills and "ms-excel" in words.not_it_skills
    assert not words.it_words & words.other_words


@pytest.mark.parametrize(
    ("bad_line", "says"),
    [
        ("it\tSoftware", "'Software' must be lowercase words"),
        ("itt\tsoftware", "cannot read 'itt"),
        ("it software", "cannot read"),
        ("it\tweb  site", "must be lowercase words split by one space"),
        ("it-skill\tno-such-skill", "unknown skill id 'no-such-skill'"),
        ("other\tcloud", "'cloud' is already listed as it on line 2"),
        ("it\tcloud", "'cloud' is already listed as it on line 2"),
        ("not-it-skill\tscrum", "'scrum' is already listed as it-skill on line 3"),
    ],
)
def test_a_bad_line_is_reported_with_its_file_and_line_number(bad_line: str, says: str) -> None:
    lines = ["# comment", "it\tcloud", "it-skill\tscrum", "", bad_line]
    with pytest.raises(DataFileError) as caught:
        parse_work_domain(lines, "work_domain.tsv", skill_ids={"scrum", "ms-excel"})
    message = str(caught.value)
    assert "work_domain.tsv" in message and "line 5" in message and says in message


def test_where_to_apply_says_nothing_of_the_work() -> None:
    """'Visit our website', 'apply online': any posting says it, an IT one or not."""
    assert _share("Visit our website to see all openings and apply online today.") is None


def test_the_job_text_leaves_out_the_company_profile() -> None:
    text = (
        "Project Coordinator\nCompany profile\nWe are a software and cloud company.\n\n"
        "Job description\nYou will coordinate construction projects."
    )
    own = job_text(text)
    assert "software" not in own and "construction projects" in own
    assert job_text("You will coordinate construction projects.") == (
        "You will coordinate construction projects."
    )
