"""JSON Resume out: the sections beyond work, education, certificates and skills.

A resume's projects, volunteering, awards, publications, languages, interests and references
become the JSON Resume keys of the same names (:func:`extra_sections`), read from the resume's own
sections: a section is mapped by its kind (``projects``) or by its heading ("Honors & Awards",
"Volunteer Experience", "Languages"). Entries are read as :mod:`~resume_kit.formats.jsonresume_text`
writes them ("• Title, Awarder, Date", "English (Native speaker)", a project's name, dates,
description and highlights), so a JSON Resume read in and converted out keeps them; entries of
other files are read the same way, each line an entry where no finer structure shows. The
headings JSON Resume has no key for are returned apart, for the caller to report.
"""

from __future__ import annotations

import re
from typing import Any

from resume_kit.model.dates import find_date_range, parse_date_range
from resume_kit.model.documents import Resume, Section

__all__ = ["EXTRA_KEYS", "extra_sections"]

# JSON Resume key -> what a section heading for it says; in the schema's order.
EXTRA_KEYS: dict[str, re.Pattern[str]] = {
    "volunteer": re.compile(r"volunt|community", re.IGNORECASE),
    "awards": re.compile(r"award|hono(?:u)?r|prize|achievement|accomplishment", re.IGNORECASE),
    "publications": re.compile(r"publication|paper|article", re.IGNORECASE),
    "languages": re.compile(r"language|sprachen|langues|idiomas", re.IGNORECASE),
    "interests": re.compile(r"interest|hobb", re.IGNORECASE),
    "references": re.compile(r"refere(?:nce|e)", re.IGNORECASE),
    "projects": re.compile(r"project", re.IGNORECASE),
}
_BULLET = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►▶✓✔*]|[-–—](?=\s))\s*")
_ISO = re.compile(r"^\d{4}(?:-\d{2})?$")


def _key(section: Section) -> str | None:
    """The JSON Resume key a section goes under (None for one the schema has no key for)."""
    if section.name not in ("projects", "other"):
        return None
    for key, pattern in EXTRA_KEYS.items():
        if pattern.search(section.heading):
            return key
    return "projects" if section.name == "projects" else None


def _blocks(resume: Resume, section: Section) -> list[list[str]]:
    """The section's body lines in blank-line separated blocks (its heading line left out)."""
    text = resume.text[section.start : section.end]
    first, _, rest = text.partition("\n")
    if section.heading and section.heading in first:
        after = first[first.index(section.heading) + len(section.heading) :].strip(" :：\t")
        text = f"{after}\n{rest}"  # an inline heading's line goes on after it
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _bare(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip()


def _dates(line: str) -> dict[str, str] | None:
    """``startDate`` / ``endDate`` when the line is a date range and nothing more."""
    found = find_date_range(line)
    if found is None or line[: found.begin].strip() or line[found.finish :].strip(" .,;|"):
        return None
    parsed = parse_date_range(line)
    if parsed is None:
        return None
    start, end, _ = parsed
    out = {"startDate": start or "", "endDate": end or ""}
    return {key: value for key, value in out.items() if value and _ISO.match(value)} or None


def _entry(block: list[str], name_key: str, *, organisation: bool) -> dict[str, Any]:
    """A project or volunteering entry: name line, dates, description, highlights."""
    entry: dict[str, Any] = {}
    notes: list[str] = []
    highlights: list[str] = []
    for index, line in enumerate(block):
        if _BULLET.match(line):
            highlights.append(_bare(line))
            continue
        dates = _dates(line) if index else None
        if dates:
            entry.update(dates)
        elif index == 0:
            if organisation and " — " in line:
                position, _, place = line.partition(" — ")
                entry.update(position=position.strip(), organization=place.strip())
            else:
                entry[name_key] = line
        else:
            notes.append(line)
    if notes:
        entry["summary" if organisation else "description"] = " ".join(notes)
    if highlights:
        entry["highlights"] = highlights
    return entry


def _line_entries(lines: list[str], key: str) -> list[dict[str, Any]]:
    """Entries of a list section, one per line."""
    out: list[dict[str, Any]] = []
    for line in (_bare(raw) for raw in lines):
        if not line:
            continue
        labelled = re.match(r"^(?P<name>[^:]{1,60}):\s+(?P<rest>.+)$", line)
        level = re.match(r"^(?P<name>.+?)\s*\((?P<rest>[^()]+)\)$", line)
        if key == "languages":
            out.append(
                {"language": level["name"], "fluency": level["rest"]}
                if level
                else {"language": line}
            )
        elif key == "interests" and labelled:
            words = [w.strip() for w in labelled["rest"].split(",") if w.strip()]
            out.append({"name": labelled["name"], "keywords": words})
        elif key == "references":
            out.append(
                {"name": labelled["name"], "reference": labelled["rest"]}
                if labelled
                else {"reference": line}
            )
        else:
            field = {"awards": "title", "volunteer": "organization"}.get(key, "name")
            out.append({field: line})
    return out


def extra_sections(resume: Resume) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """The resume's sections that JSON Resume has keys for, as those keys' entries.

    Args:
        resume: A parsed resume.

    Returns:
        ``(entries by key, headings left out)``: the keys in the schema's order, each with its
        entries in the resume's order; and the headings of the sections of kind ``other`` that
        no key holds ("Links", "Life Philosophy").
    """
    found: dict[str, list[dict[str, Any]]] = {}
    left_out: list[str] = []
    for section in resume.sections:
        key = _key(section)
        if key is None:
            if section.name == "other" and _blocks(resume, section):
                left_out.append(section.heading)
            continue
        blocks = _blocks(resume, section)
        if key in ("projects", "volunteer"):
            name_key = "name" if key == "projects" else "organization"
            entries = []
            for block in blocks:
                if all(_BULLET.match(line) for line in block):  # a list of names
                    entries += _line_entries(block, key)
                else:
                    entries.append(_entry(block, name_key, organisation=key == "volunteer"))
        else:
            entries = _line_entries([line for block in blocks for line in block], key)
        found.setdefault(key, []).extend(e for e in entries if e)
    if resume.references and "references" not in found:
        found["references"] = _line_entries(resume.references, "references")
    order = [key for key in ("volunteer", "awards", "publications", "languages", "interests",
                             "references", "projects") if key in found]  # fmt: skip
    return {key: found[key] for key in order}, left_out
