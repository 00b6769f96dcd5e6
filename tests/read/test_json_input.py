"""Tests for resume_kit.read.json_input: JSON Resume and JSON job files, built in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from read_helpers import (  # tests/read/read_helpers.py: shared by the reader tests
    _RESUME,
    assert_in_order,
    assert_user_error,
    heading_texts,
    lines_of,
)

from resume_kit.errors import InputFileError
from resume_kit.read import read_source


# ------------------------------------------------------------------------------------ JSON
def test_json_resume_renders_canonical_text(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(_RESUME))

    source = read_source(path)

    assert source.format == "json-resume"
    assert source.data == _RESUME
    lines = lines_of(source)
    assert lines[:3] == [
        "Jane Doe",
        "IT Project Manager",
        "jane@example.com | +1 555 0100 | Denver, CO, US | https://linkedin.com/in/jane",
    ]
    assert_in_order(
        source.text,
        "SUMMARY\nDelivery-focused project manager.",
        "EXPERIENCE\nSenior IT Project Manager — Northwind\nMar 2019 – Present\n"
        "• Led 14 projects worth $8.5M\n• Cut costs 30%",
        "Project Coordinator — Contoso\nJan 2015 – Feb 2019\nCoordinated EHR rollout.",
        "EDUCATION\nBachelor in Computer Science — University of Colorado\n2014",
        "CERTIFICATIONS\n• PMP — PMI, Jun 2018",
        "SKILLS\n• Agile (Expert): Scrum, Kanban",
        "PROJECTS\nERP consolidation\n• Merged four systems",
    )
    assert "Kubernetes" not in source.text  # someone else's words are not the candidate's claims
    assert heading_texts(source) == [
        "SUMMARY",
        "EXPERIENCE",
        "EDUCATION",
        "CERTIFICATIONS",
        "SKILLS",
        "PROJECTS",
    ]


def test_json_job_renders_canonical_text(tmp_path: Path) -> None:
    job = {
        "title": "IT Project Manager",
        "company": "Contoso",
        "type": "Full-time",
        "location": {"city": "Denver", "region": "CO", "countryCode": "US"},
        "remote": "Hybrid",
        "description": "Lead infrastructure projects.",
        "responsibilities": ["Own the roadmap", "Run steering meetings"],
        "qualifications": ["PMP certification", "5+ years managing IT projects"],
        "skills": [{"name": "Agile", "keywords": ["Scrum"]}],
    }
    path = tmp_path / "job.json"
    path.write_text(json.dumps(job))

    source = read_source(path)

    assert source.format == "json-job"
    assert source.data == job
    assert_in_order(
        source.text,
        "IT Project Manager\nContoso\nDenver, CO, US | Remote: Hybrid\nType: Full-time",
        "ABOUT\nLead infrastructure projects.",
        "RESPONSIBILITIES\n• Own the roadmap\n• Run steering meetings",
        "QUALIFICATIONS\n• PMP certification\n• 5+ years managing IT projects",
        "SKILLS\n• Agile: Scrum",
    )
    assert heading_texts(source) == [
        "ABOUT",
        "RESPONSIBILITIES",
        "QUALIFICATIONS",
        "SKILLS",
    ]


def test_json_with_wrong_value_types_is_rendered_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        json.dumps({"basics": "Jane", "work": [{"position": 7, "highlights": "Led 3 teams"}, 5]})
    )

    source = read_source(path)

    assert "• Led 3 teams" in lines_of(source)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{\n  "basics": {"name": "Jane",}\n}')

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert "line 2, column" in assert_user_error(error, path)


@pytest.mark.parametrize("content", ['["a", "b"]', '{"name": "Jane"}'])
def test_json_that_is_neither_schema_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "data.json"
    path.write_text(content)

    with pytest.raises(InputFileError) as error:
        read_source(path)

    assert "JSON Resume" in assert_user_error(error, path)
