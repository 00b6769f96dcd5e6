"""A resume's structure: sections, contact, summary, roles, education, certifications, skills."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_kit.formats.jsonresume_structure import resume_from_json
from resume_kit.model.documents import Resume, Role, Section, SourceText
from resume_kit.read.limits import check_time
from resume_kit.structure.contact import _parse_contact
from resume_kit.structure.education import _parse_certifications, _parse_education, degree_level
from resume_kit.structure.flat import split_flat
from resume_kit.structure.heading_words import MODIFIERS
from resume_kit.structure.headings import (
    _RESUME_HEADS,
    _RESUME_INLINE,
    _RESUME_VOCAB,
    _find_sections,
)
from resume_kit.structure.lines import (
    _is_bullet,
    _Line,
    _section_lines,
    _split_lines,
    _split_top_level,
    _strip_bullet,
)
from resume_kit.structure.role_header import org_score, title_score
from resume_kit.structure.roles import _has_range, _parse_roles

__all__ = ["ResumeDraft", "parse_resume"]


@dataclass
class ResumeDraft:
    """The first steps of :func:`parse_resume` as another reader already took them.

    Guessing a text's kind (:mod:`resume_kit.structure.kind`) cuts the lines, finds the sections
    and reads the experience sections' roles exactly as :func:`parse_resume` does; handing them
    over spares a resume doing that work twice (it was a quarter of a resume's extraction time).

    Attributes:
        lines: ``split_flat`` of the text's lines.
        sections: ``_find_sections`` of those lines with the resume vocabulary.
        roles: ``_parse_roles`` of each experience section's lines, by the section's index.
    """

    lines: list[_Line]
    sections: list[Section]
    roles: dict[int, list[Role]] = field(default_factory=dict)


def resume_lines(source: SourceText) -> list[_Line]:
    """The lines :func:`parse_resume` reads: the text's, flattened ones cut into pieces."""
    return split_flat(source.text, _split_lines(source), _RESUME_VOCAB)


def resume_sections(source: SourceText, lines: list[_Line]) -> list[Section]:
    """The sections :func:`parse_resume` finds in ``lines``."""
    return _find_sections(
        source, lines, _RESUME_VOCAB, _RESUME_HEADS, "contact", _RESUME_INLINE, MODIFIERS
    )


_REFERENCES_RE = re.compile(r"refer|referenz|référence|referencia", re.IGNORECASE)


def _is_list_line(text: str) -> bool:
    return len(_split_top_level(text)) >= 2


# Compiled once: asked of every line and item of a skills section.
_SKILL_LABEL_RE = re.compile(r"^[A-Z][A-Za-z &/'’\-]{1,40}:\s*")
_WORD_RUN_RE = re.compile(r"[^\W_]+")


def _parse_skills(lines: list[_Line]) -> list[str]:
    """Items of a skills section; "Label: a, b" and table label cells are labels, not skills."""
    skills: list[str] = []
    seen: set[str] = set()  # skills in lower case: a scan of the list made long lists quadratic
    for index, line in enumerate(lines):
        text = _strip_bullet(line.text)
        label = _SKILL_LABEL_RE.match(text)
        if label:
            text = text[label.end() :]
        elif (
            not _is_bullet(line.text)
            and not _is_list_line(text)
            and index + 1 < len(lines)
            and _is_list_line(lines[index + 1].text)
            and not _is_bullet(lines[index + 1].text)
        ):
            continue  # a table's label cell ("Project tools") above its values
        for item in _split_top_level(text):
            item = item.strip(" .")
            # Six words at most ("Jinja2 ({{ … }} & {% … %})" is one word and its punctuation).
            short = len(_WORD_RUN_RE.findall(item)) <= 6
            if item and short and item.lower() not in seen:
                skills.append(item)
                seen.add(item.lower())
    return skills


def _role_confidence(role: Role, section: Section) -> float:
    """How sure the parse of a role is: what of it was found, times how sure its section is."""
    found = 0.2
    found += 0.3 if role.start_date or role.end_date else 0.0
    found += 0.2 if role.title else 0.0
    found += 0.2 if role.employer else 0.0
    found += 0.1 if role.bullets else 0.0
    return round(min(1.0, found) * min(1.0, section.confidence + 0.15), 2)


def stray_roles(lines: list[_Line]) -> list[Role]:
    """The roles of a section that is not an experience section, but only whole ones.

    An experience heading the reader lost (drawn as a picture, set in a margin, worded oddly)
    or a role block read before its heading (a PDF's reading order) leaves roles in the top
    part or a summary. There a role counts when it is dated from a start, names its employer
    by an organisation's mark and has a title, and either the title has a title word and the
    dates are a range (a start, and an end or "Present"), or the section holds a run of two
    such roles or more. A birthday, a "Last updated" line, a school or a project are no roles.

    Args:
        lines: The section's lines (its heading excluded).

    Returns:
        The roles found, in the order written.
    """
    if not any(_has_range(line) for line in lines):
        return []  # no dates, no role (and a long top part is not read twice)
    found = [
        role
        for role in _parse_roles(lines)
        if role.start_date is not None
        and role.title is not None
        and role.employer is not None
        and org_score(role.employer) > title_score(role.employer)
        and not title_score(role.employer)
        # "Associate's Degree", "School education": a school's entry
        and not _DEGREE_RE.search(f"{role.title} {role.employer}")
    ]
    whole = [
        role
        for role in found
        if (role.end_date is not None or role.current)
        and title_score(role.title) > org_score(role.title)
    ]
    return found if len(found) >= 2 else whole


# A degree named as a title: a school's entry, not a role.
_DEGREE_RE = re.compile(
    r"\bdegree\b|\bbachelor|\bmaster'?s?\s+(?:of|in|degree)\b|\bdiploma\b|\b[BM]\.?\s?Sc\b"
    r"|\bM\.?B\.?A\b|\bPh\.?\s?D\b|\b[BM]\.[AS]\b|\bschool\b",
    re.IGNORECASE,
)


def parse_resume(source: SourceText, draft: ResumeDraft | None = None) -> Resume:
    """Turn a reader's text into a structured :class:`Resume`.

    Flattened text (one long line, runs of spaces, fixed-width wrapping) is first cut back
    into lines (:func:`~resume_kit.structure.flat.split_flat`). Sections are found by heading
    (see :mod:`resume_kit.structure.headings`) and tile the text; the untitled top part is the
    ``contact`` section. An e-mail or phone missing there is looked for in the rest of the text
    (not among references). Each experience section's roles are read apart, each with a
    confidence. Roles are read from the experience section, anchored on the lines that
    carry dates, in the layouts "Title — Employer, City | Jan 2019 – Present", "Employer, City" /
    "Title" / "03/2017 - 12/2020", "Title, Employer (2015-2018)", "Title at Employer", with dates
    on their own line or after a tab. When ``source.data`` holds a JSON Resume document, contact,
    summary, roles, education, certifications and skills come from it, with offsets found in the
    rendered text.

    Args:
        source: The reader's output.
        draft: The lines, sections and experience roles of ``source`` when a caller has them
            (they are the same as this function would find).

    Returns:
        The resume structure; skills and metrics are left empty for extraction to fill.
    """
    if draft is None:
        lines = resume_lines(source)
        check_time()  # between steps: how the time budget holds where no alarm can interrupt
        sections = resume_sections(source, lines)
        draft = ResumeDraft(lines, sections)
    lines, sections = draft.lines, draft.sections
    if source.data is not None and isinstance(
        source.data.get("basics", source.data.get("work")), (dict, list)
    ):
        return resume_from_json(source, sections, degree_level)

    def body(name: str) -> list[_Line]:
        check_time()
        return [ln for s in sections if s.name == name for ln in _section_lines(lines, s)]

    contact_lines = body("contact")
    # E-mail and phone missing at the top are looked for elsewhere, but not among references:
    # their addresses are other people's.
    elsewhere = [
        line
        for section in sections
        if not _REFERENCES_RE.search(section.heading)
        for line in _section_lines(lines, section)
    ]
    if contact_lines:
        contact = _parse_contact(contact_lines, elsewhere)
    else:  # the text starts with a heading: a sidebar or a page header may have been read late
        contact = _parse_contact(lines[:6], elsewhere, top=False)
    summary_lines = body("summary")
    # Each experience section's roles apart: an employer written once never spans two sections,
    # and the last role of "Research Experience" does not run on into "Teaching Experience".
    # Whole roles left in the top part or a summary (an experience heading not seen, a role
    # read before its heading) are roles too.
    known = draft.roles
    roles = [
        role.model_copy(update={"confidence": _role_confidence(role, section)})
        for index, section in enumerate(sections)
        if section.name in ("experience", "contact", "summary")
        for role in (
            (known[index] if index in known else _parse_roles(_section_lines(lines, section)))
            if section.name == "experience"
            else stray_roles(_section_lines(lines, section))
        )
    ]
    # Each education section's entries apart: an entry never runs on into the next section.
    education = [
        entry
        for section in sections
        if section.name == "education"
        for entry in _parse_education(_section_lines(lines, section), source.text)
    ]
    certifications = _parse_certifications(body("certifications"))
    skills_listed = _parse_skills(body("skills"))
    return Resume(
        source=source.source,
        text=source.text,
        sections=sections,
        contact=contact,
        summary=" ".join(_strip_bullet(ln.text) for ln in summary_lines) or None,
        roles=roles,
        education=education,
        certifications=certifications,
        skills_listed=skills_listed,
    )
