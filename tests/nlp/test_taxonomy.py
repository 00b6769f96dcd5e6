"""The skill taxonomy: shipped files validate, bad rows are reported precisely, aliases resolve."""

from __future__ import annotations

import json

import pytest

from resume_kit.errors import DataFileError
from resume_kit.model.documents import SkillCategory
from resume_kit.nlp.taxonomy import (
    PATTERN_FILES,
    implied_skills,
    load_patterns,
    load_skill_meta,
    parse_patterns,
    parse_skill_meta,
)

# Ids the competency frameworks refer to: they must keep existing.
CORE_IDS = [
    "project-management",
    "scrum",
    "agile",
    "waterfall",
    "kanban",
    "lean",
    "devops",
    "sdlc",
    "prince2",
    "six-sigma",
    "itil",
    "pmp",
    "capm",
    "csm",
    "psm",
    "pmi-acp",
    "pgmp",
    "pfmp",
    "pmi-rmp",
    "ccmp",
    "comptia-project-plus",
    "prince2-foundation",
    "prince2-practitioner",
    "itil-foundation",
    "safe",
    "ms-project",
    "jira",
    "asana",
    "trello",
    "confluence",
    "slack",
    "ms-teams",
    "zoom",
    "harvest",
    "toggl",
    "google-docs",
    "tableau",
    "power-bi",
    "smartsheet",
    "ms-excel",
    "sharepoint",
    "servicenow",
    "risk-management",
    "budget-management",
    "stakeholder-communication",
    "change-management",
    "quality-assurance",
    "project-closure",
    "project-planning",
    "scope-management",
    "schedule-management",
    "resource-management",
    "leadership",
    "communication",
    "problem-solving",
    "time-management",
    "negotiation",
    "adaptability",
    "technical-proficiency",
    "infrastructure",
    "cloud-computing",
    "databases",
    "data-management",
    "cybersecurity",
    "networking",
    "software-development",
    "kubernetes",
    "postgresql",
    "csharp",
    "nodejs",
]


def meta_row(skill_id: str, **extra: object) -> str:
    row: dict[str, object] = {"id": skill_id, "name": skill_id.title(), "category": "tool"}
    row.update(extra)
    return json.dumps(row)


def test_shipped_taxonomy_loads_and_holds_the_core_ids() -> None:
    meta = load_skill_meta()
    missing = [skill_id for skill_id in CORE_IDS if skill_id not in meta]
    assert missing == []
    assert {skill.category for skill in meta.values()} <= set(SkillCategory.__args__)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_shipped_pattern_files_validate(name: str) -> None:
    patterns = load_patterns(name)
    assert patterns
    meta = load_skill_meta()
    assert all(row["id"] in meta for row in patterns)


def test_bad_category_names_file_line_and_key() -> None:
    text = meta_row("jira") + "\n" + meta_row("asana", category="tools") + "\n"
    with pytest.raises(DataFileError) as caught:
        parse_skill_meta(text, "my_meta.jsonl")
    message = str(caught.value)
    assert "my_meta.jsonl" in message
    assert "line 2" in message
    assert "category" in message and "'tools'" in message and "methodology" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (meta_row("jira", colour="blue"), "unknown key 'colour'"),
        (meta_row("jira") + "\n" + meta_row("jira"), "line 2: key 'id': duplicate id 'jira'"),
        (meta_row("Jira"), "key 'id'"),
        (meta_row("scrum", implies=["agile"]), "implies unknown id 'agile'"),
        (meta_row("a", implies=["b"]) + "\n" + meta_row("b", implies=["a"]), "cycle"),
        ('{"id": "jira", "name": "Jira"}', "missing key 'category'"),
        ("{not json", "line 1: not valid JSON"),
    ],
)
def test_bad_meta_rows_are_rejected(text: str, expected: str) -> None:
    with pytest.raises(DataFileError, match=r"bad\.jsonl") as caught:
        parse_skill_meta(text, "bad.jsonl")
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"label": "SKILL", "pattern": "Jira", "id": "asana"}, "line 2: key 'id': 'asana'"),
        ({"label": "ORG", "pattern": "Jira", "id": "jira"}, "key 'label'"),
        ({"label": "SKILL", "pattern": "", "id": "jira"}, "key 'pattern'"),
        ({"label": "SKILL", "pattern": "JIRA", "id": "jira", "x": 1}, "unknown key 'x'"),
        ({"label": "SKILL", "pattern": "Atlassian Jira", "id": "jira"}, "duplicate pattern"),
    ],
)
def test_bad_pattern_rows_are_rejected(row: dict[str, object], expected: str) -> None:
    meta = parse_skill_meta(meta_row("jira"), "meta.jsonl")
    first = json.dumps({"label": "SKILL", "pattern": "Atlassian Jira", "id": "jira"})
    with pytest.raises(DataFileError, match=r"pats\.jsonl") as caught:
        parse_patterns(first + "\n" + json.dumps(row) + "\n", "pats.jsonl", meta)
    assert expected in str(caught.value)


def test_implies_is_transitive() -> None:
    assert "agile" in implied_skills("scrum")
    assert {"scrum", "agile"} <= implied_skills("csm")
    assert "project-management" in implied_skills("pmp")
    assert "scrum" not in implied_skills("agile")
    meta = parse_skill_meta(
        "\n".join([meta_row("a", implies=["b"]), meta_row("b", implies=["c"]), meta_row("c")]),
        "m.jsonl",
    )
    assert implied_skills("a", meta) == {"b", "c"}


@pytest.fixture(scope="module")
def skill_ids_of():  # type: ignore[no-untyped-def]
    from resume_kit.nlp.pipeline import build_nlp

    nlp = build_nlp()

    def ids(text: str) -> list[str]:
        doc = nlp(text)
        return [span.id_ for span in doc.spans["skills"]]

    return ids


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Tracked work in JIRA.", "jira"),
        ("Administered Atlassian JIRA for 40 users.", "jira"),
        ("Ran services on k8s.", "kubernetes"),
        ("Migrated data to Postgres.", "postgresql"),
        ("Built schedules in MS Project.", "ms-project"),
        ("Wrote services in C# and .NET.", "csharp"),
        ("APIs written in Node.js.", "nodejs"),
        ("Holds the Project Management Professional certification.", "pmp"),
        ("Certified Scrum Master since 2019.", "csm"),
        ("Managed budgets up to $2M.", "budget-management"),
        ("Managing the project budget for a CRM rollout.", "budget-management"),
        ("Communicated with stakeholders weekly.", "stakeholder-communication"),
        ("Used Microsoft SQL Server and SSIS.", "sql-server"),
    ],
)
def test_aliases_resolve_to_canonical_ids(skill_ids_of, text: str, skill_id: str) -> None:  # type: ignore[no-untyped-def]
    assert skill_id in skill_ids_of(text)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # O*NET lists "Adobe AIR", "Microsoft ASP.NET", "Sitecore CMS": the vendor or product
        # before the acronym is not the skill the acronym names.
        ("Export the files to Adobe PDF.", "adobe-air"),
        ("A Microsoft partner since 2001.", "dotnet"),
        ("Experience with Sitecore.", "wordpress"),
        ("We sell to IBM.", "ibm"),
    ],
)
def test_a_vendor_or_product_name_alone_is_not_the_skill_its_acronym_names(
    skill_ids_of, text: str, skill_id: str
) -> None:  # type: ignore[no-untyped-def]
    assert skill_id not in skill_ids_of(text)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Built kiosk apps on Adobe AIR.", "adobe-air"),
        ("Query it with Structured Query Language.", "sql"),  # "<expansion> SQL" keeps both
        ("Prototypes drawn in Axure.", "axure-rp"),  # "Axure RP": RP is no skill, Axure is
        ("Ran Microsoft Office SharePoint Server.", "microsoft-office-sharepoint-server-moss"),
    ],
)
def test_names_before_an_acronym_that_spell_it_or_name_the_product_still_match(
    skill_ids_of, text: str, skill_id: str
) -> None:  # type: ignore[no-untyped-def]
    assert skill_id in skill_ids_of(text)
