"""Role entries as common CV templates lay them out (LaTeX classes, German tabular CVs, Word
templates), read back from their text: each fixture is a small resume in our own words
reproducing one layout.
"""

from __future__ import annotations

from resume_kit.model.documents import Role, SourceText
from resume_kit.structure.resume import parse_resume


def _roles(body: str, heading: str = "Experience") -> list[Role]:
    text = f"Sam Rivers\nsam@example.org\n\n{heading}\n{body}"
    return parse_resume(SourceText(source="fixture.txt", format="txt", text=text)).roles


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
