"""Occupations: job titles read as O*NET occupations and role families; the data file's checks."""

from __future__ import annotations

import pytest

from resume_kit.errors import DataFileError
from resume_kit.scoring.occupations import load_occupations, parse_occupations

GOOD = [
    "same_family\t0.9",
    "family\tsoftware\tcomputing",
    "family\tproject-delivery\tcomputing",
    "near\tsoftware\tproject-delivery\t0.25",
    "occupation\t15-1252.00\tsoftware\tSoftware Developers",
    "occupation\t13-1082.00\tproject-delivery\tProject Management Specialists",
    "title\tdeveloper\t15-1252.00",
    "title\tjava developer\t15-1252.00",
    "title\tproject manager\t13-1082.00",
]


def test_longest_title_phrase_wins_and_level_words_are_skipped() -> None:
    table = parse_occupations(GOOD, "occupations.tsv")
    found = table.find("Senior Java Developer / Project Manager (remote)")
    assert [(m.phrase, m.occupations[0].family) for m in found] == [
        ("java developer", "software"),
        ("project manager", "project-delivery"),
    ]
    assert table.find("Head of Sales") == []


def test_similarity_same_occupation_family_and_neighbours() -> None:
    table = parse_occupations([*GOOD, "family\tfinance"], "occupations.tsv")
    assert table.computing == {"software", "project-delivery"}
    (dev,) = table.titles["developer"]
    (pm,) = table.titles["project manager"]
    assert table.similarity(dev, dev) == 1.0
    assert table.similarity(dev, pm) == table.similarity(pm, dev) == 0.25


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("title\tjava developer\t15-9999.00", "unknown occupation '15-9999.00'"),
        ("occupation\t15-1251.00\tsofware\tProgrammers", "unknown family 'sofware'"),
        ("near\tsoftware\tproject-delivery\t1.5", "outside 0-1"),
        ("title\tJava Developer\t15-1252.00", "lowercase words"),
        ("titel\tjava developer\t15-1252.00", "cannot read"),
        ("family\tfinance\tcomputeing", "cannot read"),
        ("general\tproject-genral\t13-1082.00\tProject Management", "unknown family"),
    ],
)
def test_a_typo_names_the_file_and_line(line: str, words: str) -> None:
    with pytest.raises(DataFileError) as caught:
        parse_occupations([*GOOD, line], "occupations.tsv")
    message = str(caught.value)
    assert message.startswith(f"occupations.tsv: line {len(GOOD) + 1}: ") and words in message


def test_a_general_line_gives_the_general_project_occupation() -> None:
    """The 'general' line names the family a generic project title reads as outside IT, with
    the same O*NET code as the project-delivery occupation but a family of its own."""
    lines = [
        *GOOD,
        "family\tproject-general",
        "near\tproject-delivery\tproject-general\t0.5",
        "general\tproject-general\t13-1082.00\tProject Management Specialists",
    ]
    table = parse_occupations(lines, "occupations.tsv")
    general = table.general_projects
    (pm,) = table.titles["project manager"]
    assert general is not None and general.code == pm.code
    assert (general.family, pm.family) == ("project-general", "project-delivery")
    assert table.similarity(general, pm) == 0.5
    assert parse_occupations(GOOD, "occupations.tsv").general_projects is None


def test_shipped_table_reads_common_it_titles() -> None:
    table = load_occupations()

    def family(title: str) -> str | None:
        found = table.find(title)
        return found[0].occupations[0].family if found else None

    assert family("Senior IT Project Manager") == "project-delivery"
    assert family("Scrum Master") == "project-delivery"
    assert family("Java Developer") == "software"
    assert family("Data Scientist") == "data"
    assert family("Linux System Administrator") == "infrastructure"
    assert family("Information Security Analyst") == "security"
    assert family("Staff Accountant") == "finance"
    # Words that are a job only with others around them name no occupation alone.
    assert family("Analyst") is None and family("Client") is None


def test_an_unknown_title_is_placed_by_its_family_words() -> None:
    """'Senior Analytics Engineer' is no O*NET title, but 'analytics' says data."""
    table = parse_occupations([*GOOD, "family\tdata", "word\tanalytics\tdata"], "occupations.tsv")
    assert table.find("Senior Analytics Engineer") == []
    assert table.family_words("Senior Analytics Engineer") == ("data", "analytics")
    assert table.family_words("Engineer") is None
    shipped = load_occupations()
    assert shipped.family_words("BI / Analytics Lead") == ("data", "bi")


def test_a_title_on_several_lines_reads_as_each_occupation() -> None:
    """O*NET files "IT Specialist" about evenly under support and systems: both, not a guess."""
    lines = [
        *GOOD,
        "family\tit-support",
        "family\tinfrastructure",
        "occupation\t15-1232.00\tit-support\tComputer User Support Specialists",
        "occupation\t15-1244.00\tinfrastructure\tNetwork and Computer Systems Administrators",
        "title\tit specialist\t15-1244.00",
        "title\tit specialist\t15-1232.00",
        "title\tit specialist\t15-1232.00",  # a repeated line adds nothing
    ]
    (match,) = parse_occupations(lines, "occupations.tsv").find("Senior IT Specialist")
    assert [o.family for o in match.occupations] == ["infrastructure", "it-support"]


def test_shipped_table_reads_titles_by_what_o_net_files_them_under() -> None:
    """Titles O*NET files outside computing keep their own family; IT ones theirs."""
    table = load_occupations()

    def families(title: str) -> list[str]:
        return [o.family for m in table.find(title) for o in m.occupations]

    # A longer title outside computing is not read by its IT-sounding last words.
    assert families("Construction Project Manager") == ["management"]
    assert families("Financial Analyst") == ["finance"]
    # DevOps and site reliability are infrastructure work whatever their "engineer".
    assert families("Senior DevOps Engineer") == ["infrastructure"]
    assert families("Site Reliability Engineer") == ["infrastructure"]
    # Evenly filed: read as both, first the family more of its longer titles ("IT Support
    # Specialist") are filed under.
    assert families("IT Specialist") == ["it-support", "infrastructure"]
    assert families("QA Engineer")[0] == "software" and len(families("QA Engineer")) == 2


def test_an_it_manager_is_a_neighbour_of_an_it_project_manager_not_one() -> None:
    """O*NET files 'IT Manager' under both IT project managers and computer and information
    systems managers; no project-delivery framework names it, so it reads as the IT managers'
    occupation: a neighbouring family of the IT PM's (partial credit), not the same job."""
    table = load_occupations()

    def families(title: str) -> list[str]:
        return [o.family for m in table.find(title) for o in m.occupations]

    for title in ("IT Manager", "Information Technology Manager", "IT Supervisor"):
        assert families(title) == ["it-management"], title
    assert families("IT Project Manager") == ["project-delivery"]
    assert families("Release Manager") == ["project-delivery"]  # a framework names it
    manager = table.find("IT Manager")[0].occupations[0]
    pm = table.find("IT Project Manager")[0].occupations[0]
    assert 0.0 < table.similarity(manager, pm) < table.same_family
    # A title a project-delivery framework lists is that family's alone.
    assert families("Project Coordinator") == ["project-delivery"]


def test_a_title_no_family_holds_a_majority_of_reads_as_each() -> None:
    """'IT Analyst' is filed alike under security, software, user support, systems analysis and
    networks: it reads as several computing families, none of them alone."""
    table = load_occupations()
    (match,) = table.find("IT Analyst")
    kinds = {o.family for o in match.occupations}
    assert len(kinds) >= 3 and kinds <= table.computing
