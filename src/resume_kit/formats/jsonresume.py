"""Write resumes as JSON Resume (jsonresume.org), validated against the official v1.0.0 schema.

Two documents come out of here:

* :func:`build_json_resume` turns a parsed :class:`~resume_kit.model.documents.Resume` (from a
  .docx, .pdf, .txt, .md... file) into a JSON Resume: ``basics`` (name, label, email, phone, url,
  location, profiles, summary), ``work`` with highlights and ISO dates, ``education``,
  ``certificates`` and ``skills`` with keywords, grouped as the resume groups them ("Project tools:
  Jira, ..."), and the resume's projects, volunteering, awards, publications, languages, interests
  and references (:mod:`~resume_kit.formats.jsonresume_sections`);
* :func:`build_tailored_json_resume` does the same for the tailored resume: the bullets in the
  tailored order and the skills as the tailored document lists them.

Only what the resume says is written: a field the parser could not fill is left out, never guessed
or filled with a placeholder. JSON Resume is read back (:mod:`resume_kit.formats.jsonresume_text`
and :mod:`resume_kit.formats.jsonresume_structure`, through the same key table), so ``convert`` then
``tailor`` from the ``.json`` gives the same documents as from the original file.

The schema (``schemas/jsonresume-schema-1.0.0.json``, MIT, from the npm package
``resume-schema`` 1.0.0) ships with the package and is read through :mod:`resume_kit.resources`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from resume_kit.formats.jsonresume_sections import extra_sections
from resume_kit.model.documents import Certification, Education, Resume, Role
from resume_kit.resources import schemas_file

__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_URL",
    "build_json_resume",
    "build_tailored_json_resume",
    "dump_json_resume",
    "json_resume_errors",
    "left_out_of_json",
    "load_schema",
    "resume_label",
    "validate_json_resume",
]

SCHEMA_FILE = "jsonresume-schema-1.0.0.json"
SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"

# The schema's own ISO-8601 pattern (definitions.iso8601): YYYY-MM-DD, YYYY-MM or YYYY.
_ISO_DATE = re.compile(
    r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# Networks recognised from a link's domain (the JSON Resume ``profiles[].network`` value).
_NETWORKS = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "bitbucket.org": "Bitbucket",
    "twitter.com": "Twitter",
    "x.com": "X",
    "stackoverflow.com": "Stack Overflow",
    "medium.com": "Medium",
    "behance.net": "Behance",
    "dribbble.com": "Dribbble",
    "xing.com": "XING",
}
# The label of a "Label: a, b, c" skills line, as sections._parse_skills reads it.
_SKILL_LABEL = re.compile(r"^[A-Z][A-Za-z &/'’()\-]{1,40}:\s*")
_LEAD_PART = re.compile(r"\s[·•|]\s")  # the separators of a details line
_BULLET = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►▶✓✔*]|[-–—](?=\s))\s*")


# --------------------------------------------------------------------------------------------
# Schema


@cache
def load_schema() -> dict[str, Any]:
    """The JSON Resume v1.0.0 schema shipped with the package."""
    schema: dict[str, Any] = json.loads(schemas_file(SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


def json_resume_errors(data: Any) -> list[str]:
    """Every way ``data`` breaks the JSON Resume schema, as ``"path: message"`` lines.

    Args:
        data: A parsed JSON document.

    Returns:
        The problems in document order; empty when ``data`` is a valid JSON Resume.
    """
    from jsonschema import Draft4Validator

    validator = Draft4Validator(load_schema(), format_checker=Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{e.json_path.removeprefix('$.') or '(top level)'}: {e.message}" for e in errors]


def validate_json_resume(data: dict[str, Any]) -> dict[str, Any]:
    """Check a JSON Resume we built against the schema and return it.

    Raises:
        AssertionError: The document is invalid. Everything in it comes from our own code, so
            that is a bug, not a problem with the user's file.
    """
    problems = json_resume_errors(data)
    if problems:
        raise AssertionError("built an invalid JSON Resume: " + "; ".join(problems))
    return data


def dump_json_resume(data: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON text (indented, non-ASCII kept, final newline)."""
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# Pieces


def _iso(date: str | None) -> str | None:
    return date if date and _ISO_DATE.match(date) else None


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` only when there is something to say (no empty strings, lists or objects)."""
    if value not in (None, "", [], {}):
        target[key] = value


def _location(text: str | None) -> dict[str, str]:
    """ "Columbus, OH" -> city and region (what follows the first comma, kept as written)."""
    if not text:
        return {}
    city, _, region = (part.strip() for part in text.partition(","))
    out: dict[str, str] = {}
    _put(out, "city", city)
    _put(out, "region", region)
    return out


def _network(link: str) -> str | None:
    host = urlsplit(link if _SCHEME.match(link) else f"//{link}").hostname or ""
    host = host.lower().removeprefix("www.")
    for domain, network in _NETWORKS.items():
        if host == domain or host.endswith("." + domain):
            return network
    return None


def _profile(link: str) -> dict[str, str]:
    """A ``profiles`` entry; the username only where the network's URLs say which part it is."""
    profile: dict[str, str] = {}
    network = _network(link)
    _put(profile, "network", network)
    path = [p for p in urlsplit(link if _SCHEME.match(link) else f"//{link}").path.split("/") if p]
    if network == "LinkedIn" and len(path) >= 2 and path[0] == "in":
        profile["username"] = path[1]
    elif network in ("GitHub", "GitLab", "Twitter", "X") and len(path) == 1:
        profile["username"] = path[0]
    profile["url"] = link  # as written: the reader shows it, so the round trip keeps its text
    return profile


def _contact_lines(resume: Resume) -> list[str]:
    section = next((s for s in resume.sections if s.name == "contact"), None)
    if section is None:
        return []
    return [ln.strip() for ln in resume.text[section.start : section.end].split("\n") if ln.strip()]


def resume_label(resume: Resume) -> str | None:
    """The headline under the name ("Senior IT Project Manager"), when the resume has one.

    It is a short line of the contact part holding none of the contact details and no sentence.
    """
    contact = resume.contact
    known = [v for v in (contact.name, contact.email, contact.phone, contact.location) if v]
    known += contact.links
    for line in _contact_lines(resume):
        if line == contact.name:
            continue
        if any(value in line for value in known):
            # "IT Project Manager · Austin, TX · a@b.com": a headline leading the details line.
            lead = _LEAD_PART.split(line, maxsplit=1)[0].strip()
            if lead == line or any(value in lead for value in known):
                continue
            line = lead
        words = line.split()
        if (
            1 <= len(words) <= 8
            and not any(ch.isdigit() for ch in line)
            and not line.endswith((".", ":"))
            and not _BULLET.match(line)
            and "|" not in line
        ):
            return line
        return None  # only the line right after the name and details can be the headline
    return None


def _basics(resume: Resume, *, label: str | None, summary: str | None) -> dict[str, Any]:
    contact = resume.contact
    basics: dict[str, Any] = {}
    _put(basics, "name", contact.name)
    _put(basics, "label", label)
    _put(basics, "email", contact.email)
    _put(basics, "phone", contact.phone)
    links = list(contact.links)
    # The first link is the personal site unless it is a profile on a known network; keeping the
    # rest in order as profiles keeps the contact line's order when the JSON is read back.
    if links and _network(links[0]) is None:
        basics["url"] = links.pop(0)
    _put(basics, "summary", summary)
    _put(basics, "location", _location(contact.location))
    _put(basics, "profiles", [_profile(link) for link in links])
    return basics


def _work(role: Role, highlights: list[str]) -> dict[str, Any]:
    work: dict[str, Any] = {}
    _put(work, "name", role.employer)
    _put(work, "position", role.title)
    _put(work, "location", role.location)
    _put(work, "startDate", _iso(role.start_date))
    if not role.current:
        _put(work, "endDate", _iso(role.end_date))
    _put(work, "highlights", highlights)
    return work


def _education(item: Education) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    _put(entry, "institution", item.institution)
    _put(entry, "studyType", item.degree)
    _put(entry, "area", item.field)
    _put(entry, "endDate", _iso(item.end_date))
    return entry


def _certificate(item: Certification) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": item.name}
    _put(entry, "issuer", item.issuer)
    _put(entry, "date", _iso(item.date))
    return entry


def _heading_name(heading: str) -> str:
    """A section heading as a skills group name: ``TECHNICAL SKILLS`` -> ``Technical Skills``."""
    heading = heading.strip().strip("#*_=").strip().rstrip(":：").strip()
    letters = [c for c in heading if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        heading = " ".join(
            w if len(w) <= 3 and w != "AND" else w.capitalize() for w in heading.split()
        )
        heading = heading.replace(" And ", " and ")
    return heading or "Skills"


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The non-blank lines of ``text[start:end]`` with their offsets."""
    out: list[tuple[int, str]] = []
    offset = start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def _group_name(lines: list[tuple[int, str]], index: int, heading: str) -> str:
    """Which group the skills on ``lines[index]`` belong to (see :func:`skill_groups`)."""
    text = _BULLET.sub("", lines[index][1].strip())
    label = _SKILL_LABEL.match(text)
    if label:
        return label.group().rstrip(": \t")
    if index > 0 and ("," in text or "|" in text):
        above = lines[index - 1][1].strip()
        is_heading = index - 1 == 0 and heading and above.strip("#*_= :") == heading.strip("#*_= :")
        if (
            not is_heading
            and above
            and not _BULLET.match(above)
            and "," not in above
            and "|" not in above
            and len(above.split()) <= 5
        ):
            return above.rstrip(":")  # a table's label cell above its values
    return _heading_name(heading) if heading else "Skills"


def skill_groups(resume: Resume) -> list[tuple[str, list[str]]]:
    """The listed skills grouped as the resume groups them, in the resume's order.

    A ``Label: a, b`` line (or a table's label cell above its values) names its group; other
    items take their section's heading ("Core Competencies", "Skills"). Flattening the groups
    gives ``resume.skills_listed`` back in its order, which the round trip relies on.

    Args:
        resume: A parsed resume.

    Returns:
        ``(group name, items)`` pairs.
    """
    text = resume.text
    sections = [s for s in resume.sections if s.name == "skills"]
    lines = {id(s): _lines(text, s.start, s.end) for s in sections}
    groups: list[tuple[str, list[str]]] = []
    cursor = sections[0].start if sections else 0
    for item in resume.skills_listed:
        at = text.find(item, cursor)
        if at < 0:
            at = text.find(item)
        name = "Skills"
        section = next((s for s in sections if s.start <= at < s.end), None)
        if section is not None:
            cursor = at + len(item)
            own = lines[id(section)]
            index = max(i for i, (offset, _) in enumerate(own) if offset <= at)
            name = _group_name(own, index, section.heading)
        if groups and groups[-1][0] == name:
            groups[-1][1].append(item)
        else:
            groups.append((name, [item]))
    return groups


def _skills(groups: list[tuple[str, list[str]]]) -> list[dict[str, Any]]:
    return [{"name": name, "keywords": items} for name, items in groups if items]


def _document(
    basics: dict[str, Any],
    work: list[dict[str, Any]],
    resume: Resume,
    skills: list[dict[str, Any]],
) -> dict[str, Any]:
    extra, _ = extra_sections(resume)
    data: dict[str, Any] = {"$schema": SCHEMA_URL}
    _put(data, "basics", basics)
    _put(data, "work", [w for w in work if w])
    _put(data, "volunteer", extra.get("volunteer"))
    _put(data, "education", [e for e in map(_education, resume.education) if e])
    _put(data, "awards", extra.get("awards"))
    _put(data, "certificates", [_certificate(c) for c in resume.certifications])
    _put(data, "publications", extra.get("publications"))
    _put(data, "skills", skills)
    for key in ("languages", "interests", "references", "projects"):
        _put(data, key, extra.get(key))
    data["meta"] = {"version": "v1.0.0"}
    return validate_json_resume(data)


def left_out_of_json(resume: Resume) -> list[str]:
    """Headings of the resume's sections JSON Resume has no key for ("Links", "Hobbies"...).

    Args:
        resume: A parsed resume.

    Returns:
        The headings, in the resume's order (a caller writing JSON Resume reports them).
    """
    return extra_sections(resume)[1]


# --------------------------------------------------------------------------------------------
# Entry points


def build_json_resume(
    resume: Resume, *, bullets: Sequence[Sequence[str]] | None = None
) -> dict[str, Any]:
    """A resume as a JSON Resume document (schema v1.0.0), with only what the resume says.

    Args:
        resume: A parsed resume (:func:`resume_kit.api.load_resume`; skills need not be
            extracted).
        bullets: Each role's highlights, one list per role of ``resume`` (default: its bullets'
            lines; the ``convert`` command passes them with the lines a PDF wrapped joined).

    Returns:
        The document, already checked against the schema.

    Raises:
        ValueError: ``bullets`` does not hold one list per role of ``resume``.
    """
    if bullets is None:
        bullets = [[b.text.strip() for b in role.bullets] for role in resume.roles]
    if len(bullets) != len(resume.roles):
        raise ValueError("the bullets were not read from this resume")
    work = [_work(role, list(items)) for role, items in zip(resume.roles, bullets, strict=True)]
    basics = _basics(resume, label=resume_label(resume), summary=resume.summary)
    return _document(basics, work, resume, _skills(skill_groups(resume)))


def build_tailored_json_resume(
    resume: Resume,
    *,
    headline: str,
    summary: str,
    bullets: Sequence[Sequence[str]],
    skills: Sequence[tuple[str, Sequence[str]]],
) -> dict[str, Any]:
    """The tailored resume as JSON Resume, so any JSON Resume theme can render it.

    The content is the tailored document's: its summary and headline, each role's bullets in the
    tailored order (and trimmed as it is), and its skills under the document's own headings. Dates,
    employers, education and certificates come from the resume as they are.

    Args:
        resume: The extracted resume the tailored document was built from.
        headline: The tailored headline (``basics.label``; left out when empty).
        summary: The tailored summary (``basics.summary``; left out when empty).
        bullets: Each role's bullets as the tailored document lists them, one list per role of
            ``resume`` in its order.
        skills: ``(heading, items)`` pairs, in order (``skills[].name`` and ``keywords``).

    Returns:
        The document, already checked against the schema.

    Raises:
        ValueError: ``bullets`` does not hold one list per role of ``resume``.
    """
    if len(bullets) != len(resume.roles):
        raise ValueError("the tailored bullets were not built from this resume")
    work = [_work(role, list(items)) for role, items in zip(resume.roles, bullets, strict=True)]
    basics = _basics(resume, label=headline or None, summary=summary or None)
    groups = [(name, list(items)) for name, items in skills]
    return _document(basics, work, resume, _skills(groups))
