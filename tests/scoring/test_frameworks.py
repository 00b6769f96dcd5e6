"""Competency frameworks: every shipped file loads, bad files fail with file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_kit.errors import DataFileError
from resume_kit.model.framework import COMPONENT_NAMES
from resume_kit.scoring.frameworks import (
    choose_framework,
    list_frameworks,
    load_framework,
    parse_framework,
)

SHIPPED = [
    "it-project-manager",
    "program-manager",
    "scrum-master",
    "infrastructure-pm",
    "software-development-pm",
    "cybersecurity-pm",
    "data-pm",
    "project-coordinator",
    "business-analyst",
    "it-general",
]

SKILL_IDS = {"scrum", "agile", "risk-management", "jira", "pmp"}

VALID = """\
name: tiny
version: "1.0"
description: "Tiny."
title_keywords: [project manager]
weight_total: 100
seniority:
  entry: {title_cues: [junior], min_years: 0, max_years: 2}
  mid: {min_years: 3, max_years: 7}
  senior: {title_cues: [senior], min_years: 8}
components:
  requirements: 40
  evidence: 15
  coverage: 15
  experience: 10
  seniority: 5
  credentials: 5
  quantification: 10
areas:
  - id: methods
    name: Methods
    weight: 60
    skills: [scrum, agile]
    evidence: "Name the method in a bullet."
  - id: risk
    name: Risk
    weight: 40
    skills: [risk-management]
    evidence: "A bullet about risks."
"""


def _error(text: str, tmp_path: Path, name: str = "tiny.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_framework(str(path), skill_ids=SKILL_IDS)
    return str(info.value)


def test_valid_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(VALID, encoding="utf-8")
    framework = load_framework(str(path), skill_ids=SKILL_IDS)
    assert framework.name == "tiny"
    assert [a.id for a in framework.areas] == ["methods", "risk"]
    assert framework.components.weight("requirements") == 40
    assert load_framework(str(path), skill_ids=SKILL_IDS) is framework  # cached


def test_skill_ids_follow_the_areas_of_each_copy(tmp_path: Path) -> None:
    # skill_ids is kept between calls (scoring asks it per requirement); a copy with other areas
    # (how a user's tweaked framework is built in code) must not see the original's set.
    path = tmp_path / "tiny.yaml"
    path.write_text(VALID, encoding="utf-8")
    framework = load_framework(str(path), skill_ids=SKILL_IDS)
    assert framework.skill_ids == {"scrum", "agile", "risk-management"}
    narrowed = framework.model_copy(update={"areas": framework.areas[1:]})
    assert narrowed.skill_ids == {"risk-management"}
    assert framework.skill_ids == {"scrum", "agile", "risk-management"}


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_framework_loads(name: str) -> None:
    framework = load_framework(name)
    assert framework.name == name
    assert sum(framework.components.weight(c) for c in COMPONENT_NAMES) == framework.weight_total
    assert sum(area.weight for area in framework.areas) == framework.weight_total
    assert framework.description and "\n" not in framework.description


def test_list_frameworks_names_and_descriptions() -> None:
    listed = dict(list_frameworks())
    assert set(SHIPPED) <= set(listed)
    assert "IT Project Manager" in listed["it-project-manager"]


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(DataFileError) as info:
        load_framework("it-project-mangler")
    message = str(info.value)
    assert "it-project-mangler" in message
    assert "it-project-manager" in message and "scrum-master" in message


def test_unknown_key_names_file_line_and_key(tmp_path: Path) -> None:
    text = VALID.replace("    weight: 40\n", "    weight: 40\n    wieght: 3\n")
    message = _error(text, tmp_path)
    assert "tiny.yaml" in message
    assert "line 27" in message
    assert "area 'risk'" in message and "wieght" in message and "unknown key" in message


def test_unknown_skill_id_names_line_and_area(tmp_path: Path) -> None:
    text = VALID.replace("skills: [risk-management]", "skills: [risk-mgmt]")
    message = _error(text, tmp_path)
    assert "tiny.yaml" in message and "line 27" in message
    assert "area 'risk'" in message and "unknown skill id 'risk-mgmt'" in message


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("  requirements: 40\n", "  requirements: 45\n", 10, "component weights add up to 105"),
        ("    weight: 60\n", "    weight: 50\n", 18, "area weights add up to 90"),
        ("  evidence: 15\n", "  evidence: -15\n", 12, "evidence"),
        ("    weight: 40\n", "    weight: 0\n", 26, "weight"),
        ("weight_total: 100\n", "weight_total: 7\n", 5, "weight_total"),
    ],
)
def test_bad_weights(tmp_path: Path, old: str, new: str, line: int, words: str) -> None:
    assert old in VALID
    message = _error(VALID.replace(old, new), tmp_path)
    assert "tiny.yaml" in message and f"line {line}" in message and words in message


@pytest.mark.parametrize(
    ("role_fit", "words"),
    [
        ("{title: 0, skills: 0}", "title and skills are both 0"),
        ("{title: 2, skills: 1, neighbour_credit: 1.5}", "neighbour_credit"),
        ("{title: 2, skils: 1}", "skils"),
    ],
)
def test_bad_role_fit_weights(tmp_path: Path, role_fit: str, words: str) -> None:
    text = VALID + f"role_fit: {role_fit}\n"
    line = text.count("\n")
    message = _error(text, tmp_path)
    assert "tiny.yaml" in message and f"line {line}" in message and words in message


def test_missing_key_points_at_its_mapping(tmp_path: Path) -> None:
    message = _error(VALID.replace("  seniority: 5\n", ""), tmp_path)
    assert "line 10" in message and "components.seniority" in message and "missing" in message


def test_duplicate_key_is_rejected(tmp_path: Path) -> None:
    message = _error(VALID.replace('version: "1.0"\n', 'version: "1.0"\nversion: "2"\n'), tmp_path)
    assert "line 3" in message and "version" in message and "duplicate" in message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    message = _error(VALID.replace("skills: [scrum, agile]", "skills: [scrum, agile"), tmp_path)
    assert "tiny.yaml" in message and "YAML syntax error" in message
    assert "line 2" in message  # line 2x: the unclosed list is reported where it breaks


def test_parse_framework_without_a_file() -> None:
    framework = parse_framework(VALID, "inline.yaml", SKILL_IDS)
    assert framework.source == "inline.yaml"
    with pytest.raises(DataFileError, match="unknown key"):
        parse_framework(VALID + "source: x\n", "inline.yaml", SKILL_IDS)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("IT Project Manager", "it-project-manager"),
        ("Senior Technical Project Manager", "it-project-manager"),
        ("Project Manager", "it-project-manager"),
        ("Scrum Master", "scrum-master"),
        ("Agile Coach (Remote)", "scrum-master"),
        ("Program Manager, Cloud", "program-manager"),
        ("Technical Program Manager", "program-manager"),
        ("Business Analyst", "business-analyst"),
        ("Backend Software Engineer", "it-general"),
        ("Senior Java Developer", "it-general"),
        ("Data Project Manager", "data-pm"),
        ("Cybersecurity Project Manager", "cybersecurity-pm"),
        ("Infrastructure Project Manager - Data Center", "infrastructure-pm"),
        ("Software Development Project Manager", "software-development-pm"),
        ("Junior Project Coordinator", "project-coordinator"),
        ("Head of Project Delivery", "it-project-manager"),
        ("Account Executive", "it-general"),
        ("Senior Technology Manager", "it-project-manager"),  # O*NET alternate title
        ("Data Processing Systems Project Planner", "it-general"),  # O*NET: systems analyst
    ],
)
def test_choose_framework(title: str, expected: str) -> None:
    framework, reason = choose_framework(title)
    assert framework.name == expected
    assert expected in reason and title.strip() in reason


def test_choose_framework_reason_names_the_matched_words() -> None:
    framework, reason = choose_framework("Senior IT Project Manager")
    assert framework.name == "it-project-manager"
    assert reason == (
        "chose it-project-manager because the title 'Senior IT Project Manager' contains "
        "'it project manager'"
    )


def test_onet_title_table_is_named_in_the_reason() -> None:
    framework, reason = choose_framework("Technology Manager")
    assert framework.name == "it-project-manager"
    assert "O*NET" in reason


def test_choose_framework_without_title_uses_the_default() -> None:
    framework, reason = choose_framework(None)
    assert framework.name == "it-project-manager"
    assert "no title" in reason


def test_untitled_posting_gets_the_framework_holding_its_skills() -> None:
    from resume_kit.scoring.frameworks import choose_framework_by_skills

    developer, reason = choose_framework_by_skills({"python": 3.0, "java": 3.0, "git": 1.0})
    assert developer.name == "it-general"
    assert "no title" in reason and "100%" in reason
    pm, _ = choose_framework_by_skills({"risk-management": 3.0, "project-planning": 3.0})
    assert pm.name == "it-project-manager"  # the default keeps ties with its neighbours
    nothing, reason = choose_framework_by_skills({})
    assert nothing.name == "it-project-manager" and "default" in reason


def test_role_fit_weight_is_optional_for_older_files(tmp_path: Path) -> None:
    framework = parse_framework(VALID, "tiny.yaml", SKILL_IDS)
    assert framework.components.role_fit == 0 and framework.family == ""


def test_deprecated_neighbour_credit_still_loads_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A framework written for an earlier release sets role_fit.neighbour_credit: it must still
    # load, and the user is told (file and line) that the key does nothing any more.
    text = VALID + "role_fit: {title: 2, skills: 1, neighbour_credit: 0.5}\n"
    path = tmp_path / "old.yaml"
    path.write_text(text, encoding="utf-8")
    with caplog.at_level("WARNING", logger="resume_kit"):
        framework = load_framework(str(path))
    assert framework.role_fit.title == 2
    warning = " ".join(r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert "old.yaml" in warning and f"line {text.count(chr(10))}" in warning
    assert "neighbour_credit is no longer used" in warning


def test_shipped_frameworks_do_not_set_the_deprecated_key() -> None:
    # Checked on the loaded data, not the warning: the parse is cached, so an earlier test's load
    # would have used up the one warning.
    assert all(load_framework(n).role_fit.neighbour_credit is None for n, _ in list_frameworks())
