"""Resume and posting fields read straight from structured data, not from the text.

A JSON Resume document (``source.data`` with ``basics`` / ``work``) maps field by field to a
:class:`~resume_kit.model.documents.Resume`, with offsets found in the rendered text. A job's
JSON (``data["title"]``, ``data["company"]``...) and the JSON-LD ``JobPosting`` of a saved page
(``data["jsonld"]``) give a posting's title, company, location and hiring manager.

Self-contained: it needs only the model (the degree level of an education entry comes from the
``degree_level`` function passed in).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from resume_kit.model.dates import parse_date
from resume_kit.model.documents import (
    Certification,
    Contact,
    Education,
    Resume,
    Role,
    Section,
    SourceText,
    TextSpan,
)

__all__ = ["DegreeLevelOf", "first_text", "job_jsonld", "name_of", "place_of", "resume_from_json"]


def _locate(text: str, value: str, start: int = 0) -> int | None:
    """Offset of ``value`` in ``text`` at or after ``start`` (then anywhere), or None."""
    if not value:
        return None
    index = text.find(value, start)
    if index < 0:
        index = text.find(value)
    return index if index >= 0 else None


def first_text(data: dict[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` whose value in ``data`` is a non-blank string, stripped.

    Args:
        data: A JSON object.
        *keys: The keys to try, in order.

    Returns:
        The stripped string, or None when no key holds one.
    """
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


# What an education entry's level can be (``Education.level`` in the model); the degree_level
# function passed to resume_from_json names one, with the match of the degree's name.
_Level = Literal["doctorate", "master", "bachelor", "associate", "diploma", "other"]
DegreeLevelOf = Callable[[str], tuple[_Level, re.Match[str]] | None]


def resume_from_json(
    source: SourceText, sections: list[Section], degree_level: DegreeLevelOf
) -> Resume:
    """Fill a Resume from a JSON Resume dict; offsets point into the rendered text.

    Args:
        source: A reader's output whose ``data`` is a JSON Resume document.
        sections: The sections found in the rendered text; each part is looked for from the
            start of its section.
        degree_level: The level of the degree a ``studyType`` names
            (:func:`resume_kit.structure.education.degree_level`).

    Returns:
        The resume: contact, summary, roles, education, certifications and skills from the data.
    """
    data = source.data or {}
    text = source.text
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    assert isinstance(basics, dict)

    def section_start(name: str) -> int:
        return next((s.start for s in sections if s.name == name), 0)

    return Resume(
        source=source.source,
        text=text,
        sections=sections,
        contact=_contact_from_json(basics),
        summary=first_text(basics, "summary", "objective"),
        roles=_roles_from_json(data, text, section_start("experience")),
        education=_education_from_json(data, text, section_start("education"), degree_level),
        certifications=_certifications_from_json(data, text, section_start("certifications")),
        skills_listed=_skills_from_json(data),
    )


def _contact_from_json(basics: dict[str, Any]) -> Contact:
    links: list[str] = []
    if first_text(basics, "url", "website"):
        links.append(first_text(basics, "url", "website") or "")
    for profile in _dicts(basics.get("profiles")):
        url = first_text(profile, "url")
        if url and url not in links:
            links.append(url)
    location = None
    loc = basics.get("location")
    if isinstance(loc, dict):
        city = first_text(loc, "city")
        region = first_text(loc, "region", "countryCode")
        location = ", ".join(p for p in (city, region) if p) or None
    elif isinstance(loc, str):
        location = loc
    return Contact(
        name=first_text(basics, "name"),
        email=first_text(basics, "email"),
        phone=first_text(basics, "phone"),
        links=links,
        location=location,
    )


def _roles_from_json(data: dict[str, Any], text: str, cursor: int) -> list[Role]:
    roles: list[Role] = []
    for work in _dicts(data.get("work")):
        title = first_text(work, "position", "title")
        employer = first_text(work, "name", "company")
        found = [
            i for i in (_locate(text, v, cursor) for v in (title, employer) if v) if i is not None
        ]
        start = min(found) if found else cursor
        end = max(
            (
                i + len(v)
                for v in (title, employer)
                if v
                for i in [_locate(text, v, cursor)]
                if i is not None
            ),
            default=start,
        )
        bullets: list[TextSpan] = []
        highlights = [h for h in work.get("highlights", []) if isinstance(h, str) and h.strip()]
        summary = first_text(work, "summary", "description")
        for bullet in ([summary] if summary else []) + highlights:
            bullet = bullet.strip()
            at = _locate(text, bullet, start)
            if at is not None:
                bullets.append(TextSpan(text=bullet, start=at, end=at + len(bullet)))
                end = max(end, at + len(bullet))
        end_raw = first_text(work, "endDate")
        start_raw = first_text(work, "startDate")
        # No endDate means ongoing, but only for a dated role: an undated one is not "Present".
        ongoing = end_raw is None and start_raw is not None
        roles.append(
            Role(
                title=title,
                employer=employer,
                location=first_text(work, "location"),
                start_date=parse_date(start_raw or ""),
                end_date=parse_date(end_raw) if end_raw else None,
                current=ongoing or bool(re.match(r"(?i)present|current|now", end_raw or "")),
                bullets=bullets,
                start=start,
                end=end,
            )
        )
        cursor = end
    return roles


def _education_from_json(
    data: dict[str, Any], text: str, cursor: int, degree_level: DegreeLevelOf
) -> list[Education]:
    education: list[Education] = []
    for item in _dicts(data.get("education")):
        study = first_text(item, "studyType")
        area = first_text(item, "area")
        institution = first_text(item, "institution")
        guess = degree_level(study or "")
        found = [
            i
            for i in (_locate(text, v, cursor) for v in (study, area, institution) if v)
            if i is not None
        ]
        start = min(found) if found else cursor
        ends = [
            i + len(v)
            for v in (study, area, institution)
            if v
            for i in [_locate(text, v, cursor)]
            if i is not None
        ]
        end = max(ends, default=start)
        education.append(
            Education(
                degree=study,
                level=guess[0] if guess else ("other" if study else None),
                field=area,
                institution=institution,
                end_date=parse_date(first_text(item, "endDate") or ""),
                start=start,
                end=end,
            )
        )
        cursor = end
    return education


def _certifications_from_json(data: dict[str, Any], text: str, cursor: int) -> list[Certification]:
    certifications: list[Certification] = []
    for item in _dicts(data.get("certificates")) + _dicts(data.get("certifications")):
        name = first_text(item, "name")
        if not name:
            continue
        at = _locate(text, name, cursor)
        start = at if at is not None else cursor
        certifications.append(
            Certification(
                name=name,
                issuer=first_text(item, "issuer", "authority"),
                date=parse_date(first_text(item, "date", "startDate") or ""),
                start=start,
                end=start + len(name) if at is not None else start,
            )
        )
    return certifications


def _skills_from_json(data: dict[str, Any]) -> list[str]:
    skills: list[str] = []
    for item in _dicts(data.get("skills")):
        keywords = [k.strip() for k in item.get("keywords", []) if isinstance(k, str) and k.strip()]
        name = first_text(item, "name")
        for value in keywords or ([name] if name else []):
            if value not in skills:
                skills.append(value)
    return skills


def job_jsonld(data: dict[str, Any] | None) -> dict[str, Any]:
    """The JSON-LD ``JobPosting`` a reader found in a page (``data["jsonld"]``).

    Args:
        data: The reader's ``SourceText.data``.

    Returns:
        The ``JobPosting`` object (else the first object of a list), or an empty dict.
    """
    if not data:
        return {}
    value = data.get("jsonld")
    if isinstance(value, list):
        value = next(
            (v for v in value if isinstance(v, dict) and v.get("@type") == "JobPosting"),
            next((v for v in value if isinstance(v, dict)), None),
        )
    return value if isinstance(value, dict) else {}


def name_of(value: Any) -> str | None:
    """The name a JSON value gives: a string itself, or an object's ``name``.

    Args:
        value: A JSON value, such as JSON-LD ``hiringOrganization`` or a job's ``company``.

    Returns:
        The stripped name, or None.
    """
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        return first_text(value, "name")
    return None


def place_of(value: Any) -> str | None:
    """A readable place from a JSON-LD ``jobLocation`` / JSON job ``location`` value.

    Args:
        value: A place as a string, an object (``address``, ``addressLocality``, ``city``...)
            or a list of places.

    Returns:
        "City, Region, Country" (places of a list joined by "; "), or None.
    """
    if isinstance(value, list):
        places = [p for p in (place_of(v) for v in value) if p]
        return "; ".join(places) or None
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("address"), dict):
        return place_of(value["address"])
    country = value.get("addressCountry", value.get("countryCode", value.get("country")))
    country_name = name_of(country)
    parts = [
        first_text(value, "addressLocality", "city"),
        first_text(value, "addressRegion", "region", "state"),
        country_name,
    ]
    place = ", ".join(p for p in parts if p)
    return place or first_text(value, "address", "name")
