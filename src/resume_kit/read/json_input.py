"""JSON input: a JSON Resume (jsonresume.org) or a JSON Resume job description rendered as the
canonical text a resume or posting of that content would have, with standard section headings.

Self-contained on purpose (it needs only the :data:`~resume_kit.read.lines.Line` type and the
assembling of lines into a ``SourceText``): it is to move into ``formats/jsonresume.py``, beside
the JSON Resume writer, with its code unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

from resume_kit.errors import InputFileError
from resume_kit.model.documents import SourceText
from resume_kit.read.lines import Line
from resume_kit.read.lines import build_source_text as _build  # its name in readers.py

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _read_json(text: str, source: str, name: str) -> SourceText:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", path=name
        ) from exc
    except RecursionError:
        raise InputFileError(
            "nests JSON too deeply to be a JSON Resume; check that this is the right file",
            path=name,
        ) from None
    if not isinstance(value, dict):
        raise InputFileError(
            f"holds a JSON {type(value).__name__}, not an object; expected a JSON Resume "
            '(with "basics") or a JSON job description (with "title")',
            path=name,
        )
    if any(key in value for key in ("basics", "work")):
        return _build(source, "json-resume", _render_resume(value), value)
    if "title" in value and any(
        key in value
        for key in ("company", "description", "responsibilities", "qualifications", "skills")
    ):
        return _build(source, "json-job", _render_job(value), value)
    raise InputFileError(
        'is JSON but neither a JSON Resume (no "basics" or "work") nor a JSON job '
        'description (no "title" with "company" or "description"); see jsonresume.org/schema',
        path=name,
    )


def _text(value: Any) -> str:
    """A JSON scalar as text ("" for missing, null or a container)."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def _items(value: Any) -> list[Any]:
    """A JSON list (a lone string counts as a one-item list; anything else as empty)."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in _items(value) if isinstance(item, dict)]


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _format_date(value: Any) -> str:
    """ISO-8601 ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` -> ``Mon YYYY`` / ``YYYY``."""
    text = _text(value)
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?", text)
    if not match:
        return text
    year, month = match.groups()
    if month and 1 <= int(month) <= 12:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return year


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
    loc = _obj(value)
    return _join(
        _text(loc.get("city")), _text(loc.get("region")), _text(loc.get("countryCode")), sep=", "
    )


def _bullets(values: Any) -> list[Line]:
    return [("• " + _text(item), False) for item in _items(values) if _text(item)]


def _credited_items(
    value: Any, name: str, by: str, date: str, *, summary: bool = False
) -> list[Line]:
    """Bullet lines "Name, By, Date[: summary]" for certificates, awards and publications."""
    lines: list[Line] = []
    for item in _dicts(value):
        if not _text(item.get(name)):
            continue
        text = _join(
            _text(item.get(name)),
            _join(_text(item.get(by)), _format_date(item.get(date)), sep=", "),
        )
        if summary and _text(item.get("summary")):
            text += f": {_text(item.get('summary'))}"
        lines.append(("• " + text, False))
    return lines


def _section(title: str, body: list[Line]) -> list[Line]:
    if not any(text.strip() for text, _ in body):
        return []
    return [("", False), (title, True), *body]


def _render_resume(resume: dict[str, Any]) -> list[Line]:
    """JSON Resume -> canonical resume text (name, contact, standard section headings)."""
    basics = _obj(resume.get("basics"))
    lines: list[Line] = []
    for key in ("name", "label"):
        if _text(basics.get(key)):
            lines.append((_text(basics.get(key)), False))
    contact = [_text(basics.get("email")), _text(basics.get("phone")), _text(basics.get("url"))]
    contact.append(_location(basics.get("location")))
    for profile in _dicts(basics.get("profiles")):
        contact.append(
            _text(profile.get("url"))
            or _join(_text(profile.get("network")), _text(profile.get("username")), sep=": ")
        )
    if any(contact):
        lines.append((_join(*contact, sep=" | "), False))

    summary = _text(basics.get("summary"))
    lines += _section("SUMMARY", [(summary, False)])

    def positions(entries: list[dict[str, Any]], org_keys: tuple[str, ...]) -> list[Line]:
        body: list[Line] = []
        for entry in entries:
            org = next((_text(entry.get(k)) for k in org_keys if _text(entry.get(k))), "")
            headline = _join(_text(entry.get("position")), org)
            if body:
                body.append(("", False))
            for line in (headline, _text(entry.get("location")), _date_range(entry)):
                if line:
                    body.append((line, False))
            if _text(entry.get("summary")):
                body.append((_text(entry.get("summary")), False))
            body += _bullets(entry.get("highlights"))
        return body

    lines += _section("EXPERIENCE", positions(_dicts(resume.get("work")), ("name", "company")))
    lines += _section(
        "VOLUNTEER EXPERIENCE",
        positions(_dicts(resume.get("volunteer")), ("organization", "name")),
    )

    education: list[Line] = []
    for entry in _dicts(resume.get("education")):
        degree = _join(_text(entry.get("studyType")), _text(entry.get("area")), sep=" in ")
        if education:
            education.append(("", False))
        for line in (
            _join(degree, _text(entry.get("institution"))),
            _date_range(entry, ongoing=False),
            _join("Score", _text(entry.get("score")), sep=": ") if entry.get("score") else "",
        ):
            if line:
                education.append((line, False))
        courses = ", ".join(_text(c) for c in _items(entry.get("courses")) if _text(c))
        if courses:
            education.append((f"Courses: {courses}", False))
    lines += _section("EDUCATION", education)

    certificates = _credited_items(resume.get("certificates"), "name", "issuer", "date")
    lines += _section("CERTIFICATIONS", certificates)

    awards = _credited_items(resume.get("awards"), "title", "awarder", "date", summary=True)
    lines += _section("AWARDS", awards)

    lines += _section("SKILLS", _named_keyword_lines(resume.get("skills")))

    projects: list[Line] = []
    for entry in _dicts(resume.get("projects")):
        if projects:
            projects.append(("", False))
        for line in (
            _text(entry.get("name")),
            _date_range(entry, ongoing=False),
            _text(entry.get("description")),
        ):
            if line:
                projects.append((line, False))
        projects += _bullets(entry.get("highlights"))
    lines += _section("PROJECTS", projects)

    publications = _credited_items(resume.get("publications"), "name", "publisher", "releaseDate")
    lines += _section("PUBLICATIONS", publications)

    languages = [
        ("• " + _text(lang.get("language")) + _paren(_text(lang.get("fluency"))), False)
        for lang in _dicts(resume.get("languages"))
        if _text(lang.get("language"))
    ]
    lines += _section("LANGUAGES", languages)
    lines += _section("INTERESTS", _named_keyword_lines(resume.get("interests"), level=False))
    # "references" are other people's words about the candidate: kept in data, not in the text,
    # so that nothing downstream mistakes them for the candidate's own claims.
    return lines


def _paren(text: str) -> str:
    return f" ({text})" if text else ""


def _named_keyword_lines(value: Any, *, level: bool = True) -> list[Line]:
    """``skills`` / ``interests`` entries as ``• Name (Level): kw1, kw2``."""
    lines: list[Line] = []
    for entry in _items(value):
        if isinstance(entry, str):
            lines.append(("• " + entry.strip(), False))
            continue
        if not isinstance(entry, dict):
            continue
        name = _text(entry.get("name"))
        keywords = ", ".join(_text(k) for k in _items(entry.get("keywords")) if _text(k))
        label = name + (_paren(_text(entry.get("level"))) if level else "")
        text = _join(label, keywords, sep=": ") if name else keywords
        if text:
            lines.append(("• " + text, False))
    return lines


def _render_job(job: dict[str, Any]) -> list[Line]:
    """JSON Resume job schema -> canonical posting text (title, company, standard headings)."""
    # The title line is not marked as a heading: it opens the untitled header part, as in a
    # posting pasted as text.
    lines: list[Line] = [(_text(job.get("title")), False)]
    if _text(job.get("company")):
        lines.append((_text(job.get("company")), False))
    location = _location(job.get("location"))
    remote = _text(job.get("remote"))
    if location or remote:
        lines.append((_join(location, f"Remote: {remote}" if remote else "", sep=" | "), False))
    for label, key in (("Type", "type"), ("Salary", "salary"), ("Posted", "date")):
        value = _format_date(job.get(key)) if key == "date" else _text(job.get(key))
        if value:
            lines.append((f"{label}: {value}", False))

    lines += _section("ABOUT", [(_text(job.get("description")), False)])
    lines += _section("RESPONSIBILITIES", _bullets(job.get("responsibilities")))
    qualifications = _bullets(job.get("qualifications"))
    if _text(job.get("experience")):
        qualifications.append((f"• Experience: {_text(job.get('experience'))}", False))
    lines += _section("QUALIFICATIONS", qualifications)
    lines += _section("SKILLS", _named_keyword_lines(job.get("skills")))
    return lines
