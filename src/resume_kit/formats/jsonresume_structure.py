"""JSON Resume in: a Resume's structure taken from the JSON Resume document itself.

The text the pipeline searches is the document that :mod:`resume_kit.formats.jsonresume_text`
renders; the contact, summary, roles, education, certifications and listed skills come field by
field from the JSON (through the same key table, :mod:`resume_kit.formats.jsonresume_fields`),
each with its offsets found in that text. The level of a degree is a structure question: the
caller passes :func:`resume_kit.structure.education.degree_level` in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from resume_kit.formats.jsonresume_fields import (
    BASICS_SUMMARY,
    BASICS_URL,
    CERTIFICATE_DATE,
    CERTIFICATE_ISSUER,
    CERTIFICATE_LISTS,
    WORK_ORGANISATION,
    WORK_SUMMARY,
    WORK_TITLE,
    dicts_of,
    first_text,
)
from resume_kit.model.dates import parse_date
from resume_kit.model.documents import (
    Certification,
    Contact,
    Education,
    EducationLevel,
    Resume,
    Role,
    Section,
    SourceText,
    TextSpan,
)

__all__ = ["DegreeLevelOf", "resume_from_json"]


def _locate(text: str, value: str, start: int = 0) -> int | None:
    """Offset of ``value`` in ``text`` at or after ``start`` (then anywhere), or None."""
    if not value:
        return None
    index = text.find(value, start)
    if index < 0:
        index = text.find(value)
    return index if index >= 0 else None


# What an education entry's level can be (``Education.level`` in the model); the degree_level
# function passed to resume_from_json names one, with the match of the degree's name.
DegreeLevelOf = Callable[[str], tuple[EducationLevel, re.Match[str]] | None]


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
        The resume: contact, summary, roles, education, certifications, skills and references
        from the data.
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
        summary=first_text(basics, *BASICS_SUMMARY),
        roles=_roles_from_json(data, text, section_start("experience")),
        education=_education_from_json(data, text, section_start("education"), degree_level),
        certifications=_certifications_from_json(data, text, section_start("certifications")),
        skills_listed=_skills_from_json(data),
        references=_references_from_json(data),
    )


def _contact_from_json(basics: dict[str, Any]) -> Contact:
    links: list[str] = []
    if first_text(basics, *BASICS_URL):
        links.append(first_text(basics, *BASICS_URL) or "")
    for profile in dicts_of(basics.get("profiles")):
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
    for work in dicts_of(data.get("work")):
        title = first_text(work, *WORK_TITLE)
        employer = first_text(work, *WORK_ORGANISATION)
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
        summary = first_text(work, *WORK_SUMMARY)
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
    for item in dicts_of(data.get("education")):
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
        # The entry's other lines (dates, score, courses) run to the blank line after it.
        block_end = text.find("\n\n", end)
        end = len(text) if block_end < 0 else block_end
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
    for item in [i for key in CERTIFICATE_LISTS for i in dicts_of(data.get(key))]:
        name = first_text(item, "name")
        if not name:
            continue
        at = _locate(text, name, cursor)
        start = at if at is not None else cursor
        certifications.append(
            Certification(
                name=name,
                issuer=first_text(item, *CERTIFICATE_ISSUER),
                date=parse_date(first_text(item, *CERTIFICATE_DATE) or ""),
                start=start,
                end=start + len(name) if at is not None else start,
            )
        )
    return certifications


def _references_from_json(data: dict[str, Any]) -> list[str]:
    """ "Name: reference" for each entry of ``references`` (either part may be missing)."""
    out: list[str] = []
    for item in dicts_of(data.get("references")):
        name, said = first_text(item, "name"), first_text(item, "reference")
        text = f"{name}: {said}" if name and said else name or said
        if text:
            out.append(" ".join(text.split()))
    return out


def _skills_from_json(data: dict[str, Any]) -> list[str]:
    skills: list[str] = []
    for item in dicts_of(data.get("skills")):
        keywords = [k.strip() for k in item.get("keywords", []) if isinstance(k, str) and k.strip()]
        name = first_text(item, "name")
        for value in keywords or ([name] if name else []):
            if value not in skills:
                skills.append(value)
    return skills
