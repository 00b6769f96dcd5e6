"""Helpers and sample data shared by the reader tests (a module, not a test file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from file_builders import docx_bytes

from resume_kit.errors import InputFileError
from resume_kit.model.documents import SourceText
from resume_kit.read import read_source


def lines_of(source: SourceText) -> list[str]:
    return source.text.split("\n")


def read_lines(path: Path) -> list[str]:
    """The non-empty lines of the text read from ``path``, in reading order."""
    return [line for line in lines_of(read_source(path)) if line]


def heading_texts(source: SourceText) -> list[str]:
    return [source.text[start:].split("\n", 1)[0] for start in source.heading_lines]


def assert_in_order(text: str, *parts: str) -> None:
    position = -1
    for part in parts:
        found = text.find(part, position + 1)
        assert found > position, f"{part!r} missing or out of order in:\n{text}"
        position = found


def assert_user_error(error: pytest.ExceptionInfo[InputFileError], path: Path | str) -> str:
    message = str(error.value)
    assert str(path) in message
    assert "\n" not in message
    return message


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _docx_bytes() -> bytes:
    return docx_bytes(["Jane Doe"])


_RESUME = {
    "basics": {
        "name": "Jane Doe",
        "label": "IT Project Manager",
        "email": "jane@example.com",
        "phone": "+1 555 0100",
        "summary": "Delivery-focused project manager.",
        "location": {"city": "Denver", "region": "CO", "countryCode": "US"},
        "profiles": [{"network": "LinkedIn", "url": "https://linkedin.com/in/jane"}],
    },
    "work": [
        {
            "name": "Northwind",
            "position": "Senior IT Project Manager",
            "startDate": "2019-03-01",
            "highlights": ["Led 14 projects worth $8.5M", "Cut costs 30%"],
        },
        {
            "name": "Contoso",
            "position": "Project Coordinator",
            "startDate": "2015-01",
            "endDate": "2019-02-28",
            "summary": "Coordinated EHR rollout.",
        },
    ],
    "education": [
        {
            "institution": "University of Colorado",
            "area": "Computer Science",
            "studyType": "Bachelor",
            "endDate": "2014",
        }
    ],
    "certificates": [{"name": "PMP", "issuer": "PMI", "date": "2018-06-01"}],
    "skills": [{"name": "Agile", "level": "Expert", "keywords": ["Scrum", "Kanban"]}],
    "projects": [{"name": "ERP consolidation", "highlights": ["Merged four systems"]}],
    "references": [{"name": "Boss", "reference": "Great at Kubernetes"}],
}
