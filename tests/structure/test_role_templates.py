"""Role entries as common CV templates lay them out (LaTeX classes, German tabular CVs, Word
templates), read back from their text: each fixture is a small resume in our own words
reproducing one layout.
"""

from __future__ import annotations

from resume_kit.model.documents import Role, SourceText
from resume_kit.structure.resume import parse_resume


def _parse(text: str) -> list[Role]:
    return parse_resume(SourceText(source="fixture.txt", format="txt", text=text)).roles


def _roles(body: str, heading: str = "Experience") -> list[Role]:
    return _parse(f"Sam Rivers\nsam@example.org\n\n{heading}\n{body}")


def test_undated_entry_named_by_its_employer_line_is_a_role() -> None:
    # An AltaCV-like entry whose title has no title word and whose start is written in a way
    # no date pattern reads: the employer's line and the open end still make it a role.
    body = (
        "\nWarehouse Whisperer\nNorthwind Company\nDate: Spring-ish – Ongoing\tLocation: Leeds\n"
        "• Kept the shelves in order.\n• Taught the new starters.\n"
        "\nChief Tinkerer\nCobalt Labs\nDate: Once Upon – Ongoing\n"
        "• Fixed the fixing machine.\n"
    )
    roles = _roles(body)
    assert [(r.title, r.employer, r.current) for r in roles] == [
        ("Warehouse Whisperer", "Northwind Company", True),
        ("Chief Tinkerer", "Cobalt Labs", True),
    ]
    assert all(r.start_date is None for r in roles)


def test_undated_tools_list_is_still_no_role() -> None:
    # Lines without a title word or an organisation's name make no role.
    body = "Vim\nQt Creator\n• daily driver\n"
    assert _roles(body) == []


def test_dates_heading_each_entry_of_a_tabular_cv() -> None:
    # A German tabular CV: each entry opens with its dates, the employer (its town in brackets)
    # and the title indented below; the header never reaches up into the entry before.
    body = (
        "\nSeit 05/2019\n    Quellwerk (Kassel)\n    Fachkraft Lager\n    Kurz gesagt: viel.\n"
        "\n08/2015 - 05/2019\n    Quellwerk (Kassel)\n    Disponent\n    Kurz gesagt: mehr.\n"
        "\n06/2011 - 07/2015\n    Nordlicht (Husum)\n    Fahrer\n    Kurz gesagt: weit.\n"
    )
    roles = _roles(body, heading="Berufstätigkeit")
    assert [(r.title, r.employer, r.location, r.start_date, r.end_date) for r in roles] == [
        ("Fachkraft Lager", "Quellwerk", "Kassel", "2019-05", None),
        ("Disponent", "Quellwerk", "Kassel", "2015-08", "2019-05"),
        ("Fahrer", "Nordlicht", "Husum", "2011-06", "2015-07"),
    ]
    assert roles[0].current


def test_a_name_with_its_place_in_brackets_is_the_employer() -> None:
    # Neither line has a cue: the one with a place in brackets is where the work was.
    body = "Bramble & Finch (Galway)\nWrangler of Ledgers\n2018 – 2020\n• Balanced the books.\n"
    assert [(r.title, r.employer, r.location) for r in _roles(body)] == [
        ("Wrangler of Ledgers", "Bramble & Finch", "Galway")
    ]


def test_a_whole_role_left_in_the_summary_is_still_a_role() -> None:
    # The experience heading was a picture: the roles run on inside the summary.
    text = (
        "Sam Rivers\nsam@example.org\n\nSummary\nCalm under pressure, fond of spreadsheets.\n\n"
        "Senior Data Analyst, Quillon Corp\tJan 2019 – Present\n• Built the churn model.\n"
        "Harbour Lights\t2017 – 2018\n• A side project about lighthouses.\n"
    )
    roles = _parse(text)
    assert [(r.title, r.employer, r.start_date, r.current) for r in roles] == [
        ("Senior Data Analyst", "Quillon Corp", "2019-01", True)
    ]


def test_dates_in_the_top_part_make_no_role() -> None:
    # A birthday or a "last updated" line is no role, even beside a name.
    text = (
        "Sam Rivers\nBorn 01/1990 in Kassel\nLast updated in March 2026\nsam@example.org\n\n"
        "Skills\nPython, SQL\n"
    )
    assert _parse(text) == []


def test_a_run_of_dated_entries_under_an_unseen_heading_are_roles() -> None:
    # A LaTeX CV whose work heading was not recognised: its entries, each led by "Start" and a
    # date in a left column, then "Title, Employer, Town", stay in the personal details. A
    # run of them, each naming an organisation, is read as roles; the birthday is not one.
    text = (
        "Sam Rivers\nsam@example.org\n\nPersonal information\nBirthday\t01.01.1990 in Leeds\n"
        "Work and school\n"
        "Start June 2021– Shelf Whisperer, Northwind Ltd., Leeds\nnow\n"
        "Kept the shelves in order.\nAnd the books.\n"
        "Start May 2017\tShelf Whisperer, Cobalt Trading Ltd., York\n"
        "Kept the other shelves.\nAnd more books.\n"
    )
    roles = _parse(text)
    assert [(r.title, r.start_date, r.current) for r in roles] == [
        ("Shelf Whisperer", "2021-06", True),
        ("Shelf Whisperer", "2017-05", False),
    ]
    assert [r.employer for r in roles] == ["Northwind Ltd., Leeds", "Cobalt Trading Ltd., York"]


def test_a_name_spelt_out_before_its_initials_is_the_organisation() -> None:
    # "... (EPICS)": a programme or body named with its initials, not a job title; a title
    # with its own initials ("Chief Executive Officer (CEO)") stays a title.
    body = (
        "Chief Executive Officer (CEO)\t\t2016 - 2019\n- Ran the company.\n"
        "Riverside Literacy Outreach Network (RLON)\t\tFall 2015 - Spring 2016\n"
        "- Ran reading hours for children.\n"
    )
    assert [(r.title, r.employer) for r in _roles(body)] == [
        ("Chief Executive Officer (CEO)", None),
        (None, "Riverside Literacy Outreach Network (RLON)"),
    ]


def test_dates_as_a_label_before_a_long_title() -> None:
    # "June 2017: <title>" with the employer on the next line: the dates label the header
    # even when the title runs long.
    body = (
        "June 2017: Research assistant in machine learning for speech and robotics\n"
        "Tampere University of Technology – Tampere, Finland\n"
        "Study of spiking neural networks.\n"
    )
    assert [(r.title, r.employer, r.start_date) for r in _roles(body)] == [
        (
            "Research assistant in machine learning for speech and robotics",
            "Tampere University of Technology",
            "2017-06",
        )
    ]


def test_moderncv_entries_title_employer_and_town_after_the_dates() -> None:
    # moderncv's \cventry: the dates in the left column, then "Title, Employer, Town." on one
    # line; a sub-heading ("Vocational") above the first entry is not its employer.
    body = (
        "Vocational\n2015–2018 Software Engineer, Globex, Springfield.\n\n"
        "General description no longer than two lines.\nDetailed achievements:\n"
        "Shipped the thing;\n\n"
        "2012–2015 Data Analyst, Initech, Paris.\nDescription line one\n"
    )
    assert [(r.title, r.employer, r.location, r.start_date) for r in _roles(body)] == [
        ("Software Engineer", "Globex", "Springfield", "2015"),
        ("Data Analyst", "Initech", "Paris", "2012"),
    ]
