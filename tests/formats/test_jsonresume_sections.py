"""JSON Resume's other sections read from any resume: projects, volunteering, awards and more."""

from __future__ import annotations

from resume_kit.api import load_resume
from resume_kit.formats.jsonresume import build_json_resume, json_resume_errors
from resume_kit.formats.jsonresume_sections import extra_sections

TEXT = """Morgan Diaz
morgan.diaz@example.com

EXPERIENCE
Project Manager | Front Range Logistics | Jan 2019 – Present
• Led a warehouse automation program.

PROJECTS
Dock Scheduler
Jan 2023 – Jun 2023
An open-source dock appointment tool.
• Used by 4 warehouses.

VOLUNTEER EXPERIENCE
Shift Lead — Mile High Food Bank
• Planned shifts for 150 volunteers.

HONORS & AWARDS
• Operations Excellence Award, 2021

PUBLICATIONS
• Slotting for small warehouses, Supply Chain Quarterly, 2022

LANGUAGES
• Spanish (native)
• English

INTERESTS
• Outdoors: trail running, cartography

REFERENCES
• Dana Lee: Morgan kept three sites running.

LINKS
github.com/mdiaz
"""


def test_sections_go_under_their_json_resume_keys() -> None:
    found, left_out = extra_sections(load_resume(TEXT.encode(), name="r.txt"))
    assert found["projects"] == [
        {
            "name": "Dock Scheduler",
            "startDate": "2023-01",
            "endDate": "2023-06",
            "description": "An open-source dock appointment tool.",
            "highlights": ["Used by 4 warehouses."],
        }
    ]
    assert found["volunteer"] == [
        {
            "position": "Shift Lead",
            "organization": "Mile High Food Bank",
            "highlights": ["Planned shifts for 150 volunteers."],
        }
    ]
    assert found["awards"] == [{"title": "Operations Excellence Award, 2021"}]
    assert found["publications"] == [
        {"name": "Slotting for small warehouses, Supply Chain Quarterly, 2022"}
    ]
    assert found["languages"] == [
        {"language": "Spanish", "fluency": "native"},
        {"language": "English"},
    ]
    assert found["interests"] == [
        {"name": "Outdoors", "keywords": ["trail running", "cartography"]}
    ]
    assert found["references"] == [
        {"name": "Dana Lee", "reference": "Morgan kept three sites running."}
    ]
    # A list of links is contact details: its links go to basics.profiles, nothing is left out.
    assert left_out == []
    profiles = build_json_resume(load_resume(TEXT.encode(), name="r.txt"))["basics"]["profiles"]
    assert [p["url"] for p in profiles] == ["github.com/mdiaz"]


def test_the_json_resume_holds_them_and_is_valid() -> None:
    data = build_json_resume(load_resume(TEXT.encode(), name="r.txt"))
    assert json_resume_errors(data) == []
    keys = ["projects", "volunteer", "awards", "publications", "languages", "interests"]
    assert all(data[key] for key in [*keys, "references"])
