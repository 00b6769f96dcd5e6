"""JSON Resume in: the text the reader writes and the structure built from it agree."""

from __future__ import annotations

import json

import resume_kit
from resume_kit.formats.jsonresume_text import json_document_kind, render_resume_lines

# Keys older JSON Resume files and other tools use where the v1.0.0 schema has another name.
OLDER_KEYS = {
    "basics": {"name": "Ada Park", "email": "ada@example.com", "website": "https://ada.example"},
    "work": [
        {
            "company": "Northwind Ltd",
            "title": "Delivery Lead",
            "startDate": "2020-01",
            "description": "Led the migration of 40 services to the new platform.",
        }
    ],
    "certifications": [{"name": "PRINCE2 Practitioner", "authority": "Axelos"}],
}


def _resume() -> resume_kit.Resume:
    return resume_kit.load_resume(json.dumps(OLDER_KEYS).encode(), name="resume.json")


def test_a_role_description_is_in_the_text_and_is_the_roles_bullet() -> None:
    resume = _resume()
    (role,) = resume.roles
    assert role.title == "Delivery Lead" and role.employer == "Northwind Ltd"
    (bullet,) = role.bullets
    assert bullet.text == "Led the migration of 40 services to the new platform."
    assert resume.text[bullet.start : bullet.end] == bullet.text


def test_the_title_key_and_the_website_reach_the_text() -> None:
    text = "\n".join(line for line, _ in render_resume_lines(OLDER_KEYS))
    assert "Delivery Lead — Northwind Ltd" in text
    assert "https://ada.example" in text


def test_certifications_under_their_older_names_are_read_with_their_issuer() -> None:
    resume = _resume()
    (certification,) = resume.certifications
    assert certification.name == "PRINCE2 Practitioner"
    assert certification.issuer == "Axelos"
    assert "PRINCE2 Practitioner — Axelos" in resume.text
    assert resume.text[certification.start : certification.end] == "PRINCE2 Practitioner"


def test_the_kind_of_a_json_document_is_told_from_its_keys() -> None:
    assert json_document_kind({"basics": {}}) == "json-resume"
    assert json_document_kind({"title": "PM", "company": "Acme"}) == "json-job"
    assert json_document_kind({"title": "PM"}) is None
