"""JSON Resume in: a JSON Resume or JSON job document as the text of such a resume or posting.

The reader (:mod:`resume_kit.read.json_input`) gives the text this module renders (standard
section headings, one entry per line, bullets for highlights) to the rest of the pipeline, so a
``resume.json`` is searched for skills and metrics like any other file; the structure of a JSON
Resume is then taken from the document itself (:func:`build_resume_from_json`), with offsets
found in that text. Both read fields through the one key table of
:mod:`resume_kit.formats.jsonresume_fields`.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

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
    items_of,
    object_of,
    text_of,
)
from resume_kit.model.dates import YearMonth

__all__ = ["json_document_kind", "render_job_lines", "render_resume_lines"]

Line = tuple[str, bool]
"""A line of text and whether it is a heading (what every reader yields)."""


class _PositionKeys(NamedTuple):
    title: tuple[str, ...]
    organisation: tuple[str, ...]
    summary: tuple[str, ...]


_WORK = _PositionKeys(WORK_TITLE, WORK_ORGANISATION, WORK_SUMMARY)
_VOLUNTEER = _PositionKeys(("position",), ("organization", "name"), ("summary",))


def json_document_kind(value: dict[str, Any]) -> Literal["json-resume", "json-job"] | None:
    """Which JSON Resume document ``value`` is: a resume, a job description, or neither."""
    if any(key in value for key in ("basics", "work")):
        return "json-resume"
    if "title" in value and any(
        key in value
        for key in ("company", "description", "responsibilities", "qualifications", "skills")
    ):
        return "json-job"
    return None


def _format_date(value: Any) -> str:
    """ISO-8601 ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` -> ``Mon YYYY`` / ``YYYY``."""
    text = text_of(value)
    parsed = YearMonth.parse_iso(text)
    return parsed.label() if parsed is not None else text


def _date_range(item: dict[str, Any], *, ongoing: bool = True) -> str:
    start = _format_date(item.get("startDate"))
    end = _format_date(item.get("endDate"))
    if start:
        return f"{start} – {end or ('Present' if ongoing else '')}".rstrip(" –")
    return end


def _join(*parts: str, sep: str = " — ") -> str:
    return sep.join(part for part in parts if part)


def _location(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    loc = object_of(value)
    return _join(
        text_of(loc.get("city")),
        text_of(loc.get("region")),
        text_of(loc.get("countryCode")),
        sep=", ",
    )


def _bullets(values: Any) -> list[Line]:
    return [("• " + text_of(item), False) for item in items_of(values) if text_of(item)]


def _credited_items(
    value: Any,
    name: str,
    by: tuple[str, ...],
    date: tuple[str, ...],
    *,
    summary: bool = False,
) -> list[Line]:
    """Bullet lines "Name, By, Date[: summary]" for certificates, awards and publications."""
    lines: list[Line] = []
    for item in dicts_of(value):
        if not text_of(item.get(name)):
            continue
        text = _join(
            text_of(item.get(name)),
            _join(first_text(item, *by) or "", _format_date(first_text(item, *date)), sep=", "),
        )
        if summary and text_of(item.get("summary")):
            text += f": {text_of(item.get('summary'))}"
        lines.append(("• " + text, False))
    return lines


def _section(title: str, body: list[Line]) -> list[Line]:
    if not any(text.strip() for text, _ in body):
        return []
    return [("", False), (title, True), *body]


def render_resume_lines(resume: dict[str, Any]) -> list[Line]:
    """JSON Resume -> canonical resume text (name, contact, standard section headings)."""
    basics = object_of(resume.get("basics"))
    lines: list[Line] = []
    for key in ("name", "label"):
        if text_of(basics.get(key)):
            lines.append((text_of(basics.get(key)), False))
    contact = [text_of(basics.get("email")), text_of(basics.get("phone"))]
    contact.append(first_text(basics, *BASICS_URL) or "")
    contact.append(_location(basics.get("location")))
    for profile in dicts_of(basics.get("profiles")):
        contact.append(
            text_of(profile.get("url"))
            or _join(text_of(profile.get("network")), text_of(profile.get("username")), sep=": ")
        )
    if any(contact):
        lines.append((_join(*contact, sep=" | "), False))

    summary = first_text(basics, *BASICS_SUMMARY) or ""
    lines += _section("SUMMARY", [(summary, False)])

    def positions(entries: list[dict[str, Any]], keys: _PositionKeys) -> list[Line]:
        body: list[Line] = []
        for entry in entries:
            headline = _join(
                first_text(entry, *keys.title) or "", first_text(entry, *keys.organisation) or ""
            )
            if body:
                body.append(("", False))
            for line in (headline, text_of(entry.get("location")), _date_range(entry)):
                if line:
                    body.append((line, False))
            summary = first_text(entry, *keys.summary)
            if summary:
                body.append((summary, False))
            body += _bullets(entry.get("highlights"))
        return body

    lines += _section("EXPERIENCE", positions(dicts_of(resume.get("work")), _WORK))
    lines += _section(
        "VOLUNTEER EXPERIENCE", positions(dicts_of(resume.get("volunteer")), _VOLUNTEER)
    )

    education: list[Line] = []
    for entry in dicts_of(resume.get("education")):
        study, area = text_of(entry.get("studyType")), text_of(entry.get("area"))
        # "Bachelor of Science in Information Technology" already names its area.
        degree = (
            study
            if area and area.casefold() in study.casefold()
            else _join(study, area, sep=" in ")
        )
        if education:
            education.append(("", False))
        for line in (
            _join(degree, text_of(entry.get("institution"))),
            _date_range(entry, ongoing=False),
            _join("Score", text_of(entry.get("score")), sep=": ") if entry.get("score") else "",
        ):
            if line:
                education.append((line, False))
        courses = ", ".join(text_of(c) for c in items_of(entry.get("courses")) if text_of(c))
        if courses:
            education.append((f"Courses: {courses}", False))
    lines += _section("EDUCATION", education)

    listed = [item for key in CERTIFICATE_LISTS for item in dicts_of(resume.get(key))]
    certificates = _credited_items(listed, "name", CERTIFICATE_ISSUER, CERTIFICATE_DATE)
    lines += _section("CERTIFICATIONS", certificates)

    awards = _credited_items(resume.get("awards"), "title", ("awarder",), ("date",), summary=True)
    lines += _section("AWARDS", awards)

    lines += _section("SKILLS", _named_keyword_lines(resume.get("skills")))

    projects: list[Line] = []
    for entry in dicts_of(resume.get("projects")):
        if projects:
            projects.append(("", False))
        for line in (
            text_of(entry.get("name")),
            _date_range(entry, ongoing=False),
            text_of(entry.get("description")),
        ):
            if line:
                projects.append((line, False))
        projects += _bullets(entry.get("highlights"))
    lines += _section("PROJECTS", projects)

    publications = _credited_items(
        resume.get("publications"), "name", ("publisher",), ("releaseDate",)
    )
    lines += _section("PUBLICATIONS", publications)

    languages = [
        ("• " + text_of(lang.get("language")) + _paren(text_of(lang.get("fluency"))), False)
        for lang in dicts_of(resume.get("languages"))
        if text_of(lang.get("language"))
    ]
    lines += _section("LANGUAGES", languages)
    lines += _section("INTERESTS", _named_keyword_lines(resume.get("interests"), level=False))
    # "references" are other people's words about the candidate: kept out of the text, so that
    # nothing downstream mistakes them for the candidate's own claims (the Resume carries them
    # apart, in Resume.references, to the tailored resume).
    return lines


def _paren(text: str) -> str:
    return f" ({text})" if text else ""


def _named_keyword_lines(value: Any, *, level: bool = True) -> list[Line]:
    """``skills`` / ``interests`` entries as ``• Name (Level): kw1, kw2``."""
    lines: list[Line] = []
    for entry in items_of(value):
        if isinstance(entry, str):
            lines.append(("• " + entry.strip(), False))
            continue
        if not isinstance(entry, dict):
            continue
        name = text_of(entry.get("name"))
        keywords = ", ".join(text_of(k) for k in items_of(entry.get("keywords")) if text_of(k))
        label = name + (_paren(text_of(entry.get("level"))) if level else "")
        text = _join(label, keywords, sep=": ") if name else keywords
        if text:
            lines.append(("• " + text, False))
    return lines


def render_job_lines(job: dict[str, Any]) -> list[Line]:
    """JSON Resume job schema -> canonical posting text (title, company, standard headings)."""
    # The title line is not marked as a heading: it opens the untitled header part, as in a
    # posting pasted as text.
    lines: list[Line] = [(text_of(job.get("title")), False)]
    if text_of(job.get("company")):
        lines.append((text_of(job.get("company")), False))
    location = _location(job.get("location"))
    remote = text_of(job.get("remote"))
    if location or remote:
        lines.append((_join(location, f"Remote: {remote}" if remote else "", sep=" | "), False))
    for label, key in (("Type", "type"), ("Salary", "salary"), ("Posted", "date")):
        value = _format_date(job.get(key)) if key == "date" else text_of(job.get(key))
        if value:
            lines.append((f"{label}: {value}", False))

    lines += _section("ABOUT", [(text_of(job.get("description")), False)])
    lines += _section("RESPONSIBILITIES", _bullets(job.get("responsibilities")))
    qualifications = _bullets(job.get("qualifications"))
    if text_of(job.get("experience")):
        qualifications.append((f"• Experience: {text_of(job.get('experience'))}", False))
    lines += _section("QUALIFICATIONS", qualifications)
    lines += _section("SKILLS", _named_keyword_lines(job.get("skills")))
    return lines
