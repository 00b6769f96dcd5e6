"""The tailored resume's body: every section of the source resume, nothing left out.

The body is built as an ordered list of sections (:func:`plan_sections`), one per section of the
resume (the contact block aside: it becomes the name and contact line). Each section is laid out
from the resume's own lines, which are all used, each exactly once:

* a role of an experience section is *structured* (title, employer, place, dates as written, its
  bullets reordered for the posting) when its title, employer and place account for every word
  of its header; otherwise its header is printed as written above the same bullets;
* an education or certification entry is one structured line ("degree, institution, year") when
  that line keeps every word of the entry, else the entry's lines as written;
* a skills section keeps its lines ("Label: a, b, c"), less the items Core Competencies already
  names word for word;
* everything else (summary, projects, publications, awards, languages, volunteering, custom
  sections, an experience section with no role header recognised, lines between roles) goes
  through as written: its bullets and paragraphs, wrapped lines joined
  (:mod:`~resume_kit.tailoring.source_lines`).

What went through as written although it belongs to a section that is normally structured is
listed in :attr:`SectionPlan.kept_as_written`, for the one warning ``tailor`` prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import Field

from resume_kit.model.dates import MONTH_NAMES, find_date_range, format_month
from resume_kit.model.documents import Certification, Education, Posting, Resume, Role, Section
from resume_kit.model.report import MatchReport
from resume_kit.structure.lines import split_outside_brackets
from resume_kit.tailoring.context_common import (
    TemplateContext,
    format_dates,
    metrics_in,
    skill_spans,
    skills_in,
)
from resume_kit.tailoring.source_lines import (
    Piece,
    SourceLine,
    clean_display,
    keeps_words,
    pieces,
    source_lines,
    words,
)

__all__ = [
    "LEVEL_WEIGHT",
    "Block",
    "SectionEntry",
    "SectionPlan",
    "display_heading",
    "order_bullets",
    "plan_sections",
    "role_bullets",
]

LEVEL_WEIGHT = {"required": 3.0, "preferred": 2.0, "mentioned": 1.0}

BlockKind = Literal["role", "bullet", "paragraph"]
SectionKind = Literal[
    "summary",
    "competencies",
    "experience",
    "education",
    "certifications",
    "skills",
    "projects",
    "other",
]


class Block(TemplateContext):
    """One piece of a section: a role, a bullet or a paragraph.

    A role has ``title``, ``employer``, ``location``, ``dates`` and ``bullets`` (``text`` empty);
    a bullet or paragraph has ``text`` only.
    """

    kind: BlockKind
    text: str = ""
    title: str = ""
    employer: str = ""
    location: str = ""
    dates: str = ""
    bullets: list[str] = Field(default_factory=list)


class SectionEntry(TemplateContext):
    """A section of the tailored resume: its kind, its heading and what it holds."""

    kind: SectionKind
    heading: str
    blocks: list[Block] = Field(default_factory=list)


@dataclass
class SectionPlan:
    """The tailored resume's sections and what the plan has to say about them.

    Attributes:
        sections: The sections in the order chosen for the posting.
        competencies: The tailored Core Competencies (the ``competencies`` section's items).
        kept_as_written: Parts of normally structured sections that went through as written
            ("the role header 'Acme | 2019' in 'Experience'").
        left_out: ``(role, bullets)`` for every role ``max_bullets`` trimmed.
        parts: Which part of the tailored resume each line of the resume went into, by the
            line's offset ("role 2 of 'Experience'", "'Awards' as written"): every line below a
            heading, outside the contact details, is in exactly one.
    """

    sections: list[SectionEntry]
    competencies: list[str] = field(default_factory=list)
    kept_as_written: list[str] = field(default_factory=list)
    left_out: list[tuple[str, list[str]]] = field(default_factory=list)
    parts: dict[int, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Headings and order

STANDARD_HEADINGS: dict[str, str] = {
    "summary": "Professional Summary",
    "competencies": "Core Competencies",
    "experience": "Professional Experience",
    "education": "Education",
    "certifications": "Certifications",
    "skills": "Skills",
    "projects": "Projects",
    "other": "Additional Information",
}
_SMALL_WORDS = {"and", "or", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"}
# Three-letter words that are words, not acronyms, in a heading written in capitals.
_SHORT_WORDS = {
    "key",
    "top",
    "new",
    "own",
    "art",
    "job",
    "law",
    "all",
    "our",
    "day",
    "web",
    "lab",
    "use",
    "way",
    "bio",
    "pro",
    "far",
    "few",
    "big",
    "fun",
    "age",
    "sea",
    "air",
    "oil",
}


def display_heading(heading: str) -> str:
    """A heading as written, decoration stripped and capitals made title case.

    ``PROFESSIONAL EXPERIENCE`` -> ``Professional Experience``, ``IT SKILLS`` -> ``IT Skills``,
    ``AWARDS AND HONORS:`` -> ``Awards and Honors``; a heading in mixed case is kept as it is.
    """
    text = clean_display(heading).strip("#*_=~-–—:：|• ").strip()
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(letters) <= 3:
        return text
    out: list[str] = []
    for index, word in enumerate(text.split()):
        bare = re.sub(r"\W", "", word)
        if index and bare.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif len(bare) <= 3 and bare.isalpha() and bare.lower() not in _SHORT_WORDS:
            out.append(word)  # an acronym: "IT", "QA", "AWS"
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def _rank(kind: str, posting: Posting, resume: Resume) -> float:
    """Where a kind of section goes: what shows the work first, then credentials, then the rest."""
    certifications_first = bool(posting.certifications_asked and resume.certifications)
    ranks = {
        "summary": 0.0,
        "competencies": 1.0,
        "experience": 2.0,
        "projects": 3.0,
        "education": 4.5 if certifications_first else 4.0,
        "certifications": 4.0 if certifications_first else 4.5,
        "skills": 5.0,
    }
    return ranks.get(kind, 6.0)


# --------------------------------------------------------------------------------------------
# Bullets


def _bullet_score(
    resume: Resume,
    spans: list[tuple[int, int, str]],
    weights: dict[str, float],
    start: int,
    end: int,
) -> float:
    score = sum(weights.get(skill, 0.0) for skill in skills_in(spans, start, end))
    if metrics_in(resume, start, end):
        score += 1.0
    return score


def _met_weights(report: MatchReport) -> dict[str, float]:
    return {r.skill: LEVEL_WEIGHT[r.level] for r in report.requirements if r.status == "met"}


def _ordered(resume: Resume, report: MatchReport, items: Sequence[Piece]) -> list[str]:
    """Bullets most relevant to the posting first; ties keep the resume's order.

    Relevance: the weight of each posting requirement the bullet shows (required 3, preferred 2,
    mentioned 1, as in the scorer) plus one for a number.
    """
    spans = skill_spans(resume)
    weights = _met_weights(report)
    scored = [
        (-_bullet_score(resume, spans, weights, item.start, item.end), index, item.text)
        for index, item in enumerate(items)
    ]
    return [text for _, _, text in sorted(scored)]


def role_bullets(
    resume: Resume, role: Role, lines: Sequence[SourceLine] | None = None
) -> list[Piece]:
    """A role's bullets as the candidate wrote them: lines a PDF wrapped are joined again.

    Args:
        resume: The resume.
        role: One of its roles.
        lines: The role's body lines (by default those its bullets start on).

    Returns:
        The bullets, in the resume's order.
    """
    if lines is None:
        lines = [
            line
            for bullet in role.bullets
            for line in source_lines(
                resume.text, _line_start(resume.text, bullet.start), bullet.end
            )
        ]
    return pieces(lines)


def order_bullets(
    resume: Resume, role: Role, report: MatchReport, *, max_bullets: int | None = None
) -> list[str]:
    """A role's bullets, most relevant to the posting first, optionally trimmed.

    Relevance: the weight of each posting requirement the bullet shows (required 3, preferred 2,
    mentioned 1, as in the scorer) plus one for a number. Ties keep the resume's order. A bullet
    a PDF wrapped over several lines is one bullet.

    Args:
        resume: The extracted resume.
        role: One of its roles.
        report: The match report.
        max_bullets: Keep at most this many bullets per role (None keeps all).

    Returns:
        The bullets' text, words unchanged.
    """
    ordered = _ordered(resume, report, role_bullets(resume, role))
    return ordered[:max_bullets] if max_bullets is not None else ordered


# --------------------------------------------------------------------------------------------
# Lines of a section


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _body_lines(resume: Resume, section: Section) -> list[SourceLine]:
    """The lines of a section below its heading (an inline heading's rest of line included)."""
    text = resume.text
    start = section.start
    if section.heading:
        line_end = text.find("\n", start)
        line_end = section.end if line_end < 0 else min(line_end, section.end)
        first = text[start:line_end]
        at = first.find(section.heading)
        rest_at = start + at + len(section.heading) if at >= 0 else line_end
        rest = text[rest_at:line_end]
        start = (
            rest_at + len(rest) - len(rest.lstrip(" :：\t")) if rest.strip(" :：\t") else line_end
        )
    return source_lines(text, start, section.end)


def _blocks(items: Iterable[Piece]) -> list[Block]:
    return [Block(kind="bullet" if p.bullet else "paragraph", text=p.text) for p in items]


def _verbatim(lines: Sequence[SourceLine]) -> list[Block]:
    return _blocks(pieces(lines))


def _covered(source: str, rendered: str) -> bool:
    """Whether ``rendered`` keeps every word of ``source`` (as often as it is written)."""
    return keeps_words(source, rendered)


def _short(line: SourceLine) -> bool:
    """A name, degree or date line rather than a sentence."""
    return not line.bullet and len(words(line.content)) <= 14 and not line.content.endswith(".")


def _entry_as_written(lines: Sequence[SourceLine]) -> list[Block]:
    """An entry's lines as written: the short lines ("Cornell University", "BS in CS", "May
    2014 | Ithaca, NY") as one bullet joined by bars, longer lines as they are."""
    head = 0
    while head < len(lines) and _short(lines[head]):
        head += 1
    blocks = [Block(kind="bullet", text=" | ".join(line.content for line in lines[:head]))]
    return (blocks if head else []) + _verbatim(lines[head:])


# --------------------------------------------------------------------------------------------
# Experience


@dataclass
class _Builder:
    """What the sections are built from, and what they report."""

    resume: Resume
    report: MatchReport
    competencies: Sequence[str]
    max_bullets: int | None
    kept_as_written: list[str] = field(default_factory=list)
    left_out: list[tuple[str, list[str]]] = field(default_factory=list)
    parts: dict[int, str] = field(default_factory=dict)

    def take(self, lines: Iterable[SourceLine], part: str) -> None:
        """Record that ``lines`` went into ``part`` (a line goes into one part only)."""
        for line in lines:
            if line.start in self.parts:
                raise AssertionError(f"line at {line.start} used twice: {part}")
            self.parts[line.start] = part


_MONTH_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(MONTH_NAMES, key=len, reverse=True))})\.?\s*$", re.IGNORECASE
)


# The separator or the word that leads into a role's dates ("Director of IT , 11/2012 to Current",
# "Driver from 2019 – current", "Fahrer seit 2019"): they go with the dates.
_DATES_LEAD = re.compile(
    r"(?:\s*[,;|–—·]|\s+(?:from|since|between|seit|von|depuis|desde))?\s*$", re.IGNORECASE
)


def _dates_as_written(header: Sequence[SourceLine], role: Role) -> tuple[str, list[str]]:
    """The role's dates as the resume writes them, and the header lines without them."""
    texts: list[str] = []
    for line in header:  # "...Manager (Jan" / "2013 – Present)": a date a PDF broke in two
        if texts and _MONTH_BEFORE.search(texts[-1]) and re.match(r"\d{4}\b", line.content):
            texts[-1] = f"{texts[-1]} {line.content}"
        else:
            texts.append(line.content)
    dates = ""
    rest: list[str] = []
    for text in texts:
        found = None if dates else find_date_range(text)
        if found is None:
            rest.append(text)
            continue
        begin, finish = found.begin, found.finish
        # "(Jan 2013 – Present)": a month the range left out, and the brackets, go with it.
        month = _MONTH_BEFORE.search(text[:begin])
        if month:
            begin = month.start()
        if text[:begin].rstrip().endswith("(") and text[finish:].lstrip().startswith(")"):
            begin = text[:begin].rstrip().rfind("(")
            finish = text.index(")", finish) + 1
        dates = text[begin:finish].strip(" ()")
        # "Dean's List Spring 2020, Fall 2021": no space left before the comma the dates stood by.
        # Only at the join: the rest of the line stays as the resume writes it. The separator
        # that stood before the dates ("Director of IT ,  11/2012 to Current") goes with them.
        # So does the word that led into them ("Delivery driver from 2019 – current." must not
        # become "Delivery driver from.").
        before, after = _DATES_LEAD.sub("", text[:begin]), text[finish:]
        joined = after.lstrip() if after.lstrip()[:1] in tuple(",;:.)") else " " + after
        # "Dayton, OH. 2017 – now." -> "Dayton, OH.", not "OH..".
        if joined[:1] in tuple(",;:.") and before.endswith(joined[:1]):
            joined = joined[1:]
        rest.append(before + joined)
    return dates or format_dates(role), rest


def _role_block(builder: _Builder, role: Role, lines: Sequence[SourceLine], heading: str) -> Block:
    """One role: header structured when its fields keep every word, bullets ordered."""
    bullet_ends = {bullet.end for bullet in role.bullets}
    first_body = next((i for i, line in enumerate(lines) if line.end in bullet_ends), len(lines))
    header, body = lines[:first_body], lines[first_body:]
    dates, rest = _dates_as_written(header, role)
    fields = [role.title or "", role.employer or "", role.location or ""]
    title, employer, location = (clean_display(v) if words(v) else "" for v in fields)
    if not _covered(" ".join(rest), " ".join(fields)):
        written = [p.strip(" |,;·•–—-\t") for r in rest for p in re.split(r"\s*\|\s*", r)]
        title = " | ".join(p for p in written if words(p))
        employer = location = ""
        builder.kept_as_written.append(f"role header {title!r}")
    items = pieces(body)
    # Short lines above the first bullet ("Sunnyvale, CA", "Full-time") say where and how the
    # role was held: they stay on top; the bullets below are ordered for the posting.
    pinned = 0
    while pinned < len(items) and _role_detail(items[pinned].text):
        pinned += 1
    ordered = _ordered(builder.resume, builder.report, items[pinned:])
    if builder.max_bullets is not None and len(ordered) > builder.max_bullets:
        name = " | ".join(p for p in (title, employer) if p) or heading
        builder.left_out.append((name, ordered[builder.max_bullets :]))
        ordered = ordered[: builder.max_bullets]
    return Block(
        kind="role",
        title=title,
        employer=employer,
        location=location,
        dates=dates,
        bullets=[item.text for item in items[:pinned]] + ordered,
    )


def _role_detail(text: str) -> bool:
    return len(text.split()) <= 4 and not text.endswith((".", "!", "?"))


def _claimed(
    lines: Sequence[SourceLine], spans: Iterable[tuple[int, int]]
) -> list[tuple[int, list[SourceLine]]]:
    """Which lines each item claims: ``(item index, lines)`` in text order, each line once."""
    owner: dict[int, int] = {}
    for index, (start, end) in enumerate(spans):
        for position, line in enumerate(lines):
            if position not in owner and start <= line.end and line.start < end:
                owner[position] = index
    groups: list[tuple[int, list[SourceLine]]] = []
    for position, line in enumerate(lines):
        index = owner.get(position, -1)
        if groups and groups[-1][0] == index:
            groups[-1][1].append(line)
        else:
            groups.append((index, [line]))
    return groups


def _experience(builder: _Builder, section: Section, heading: str) -> list[Block]:
    resume = builder.resume
    lines = _body_lines(resume, section)
    roles = [r for r in resume.roles if section.start <= r.start < section.end]
    spans = [(_line_start(resume.text, r.start), r.end) for r in roles]
    groups = _claimed(lines, spans)
    for position in range(1, len(groups)):
        index, group = groups[position]
        loose = groups[position - 1][1]
        if index >= 0 and groups[position - 1][0] < 0 and not words(roles[index].title or ""):
            # A role whose title was not found: the short lines just above it are its header
            # ("President & CEO" / "Yahoo!" above "July 2012 – Ongoing").
            take = 0
            while take < min(2, len(loose)) and _short(loose[-1 - take]):
                take += 1
            if take:
                group[:0] = loose[len(loose) - take :]
                del loose[len(loose) - take :]
    blocks: list[Block] = []
    kept = len(builder.kept_as_written)
    loose_lines = 0
    for index, group in groups:
        if index >= 0:
            builder.take(group, f"role {index + 1} of {heading!r}")
            blocks.append(_role_block(builder, roles[index], group, heading))
        elif group:
            builder.take(group, f"{heading!r} as written")
            blocks += _verbatim(group)
            loose_lines += len(group)
    headers = len(builder.kept_as_written) - kept
    if headers:
        del builder.kept_as_written[kept:]
        builder.kept_as_written.append(f"{heading!r}: {headers} role header(s)")
    if not roles and lines:
        builder.kept_as_written.append(f"{heading!r} (no role recognised)")
    elif loose_lines:
        builder.kept_as_written.append(f"{heading!r}: {loose_lines} line(s) outside any role")
    return blocks


# --------------------------------------------------------------------------------------------
# Education and certifications


def _whole(field_text: str) -> bool:
    """A field parsed whole: no dangling separator ("completed, 11/"), brackets balanced."""
    text = field_text.strip()
    return (
        not re.search(r"^[:;,/|–—-]|[:;,/|(–—-]$", text)
        and text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
    )


def _structured_line(parts: Sequence[str]) -> str:
    """The fields joined by commas; "" when one of them was not parsed whole."""
    parts = [clean_display(part) for part in parts if part]
    return ", ".join(parts) if all(_whole(part) for part in parts) else ""


def _education_line(item: Education) -> str:
    degree = item.degree or item.field or ""
    return _structured_line([degree, item.institution or "", format_month(item.end_date)])


def _certification_line(item: Certification) -> str:
    return _structured_line([item.name, item.issuer or "", format_month(item.date)])


def _entries(
    builder: _Builder,
    section: Section,
    heading: str,
    spans: list[tuple[int, int]],
    renders: list[str],
) -> list[Block]:
    """Entries (education, certifications) as structured lines when they keep every word.

    An entry the structured line would shorten is written as the resume writes it; lines in
    which no entry was recognised are too, and are reported in ``kept_as_written``.
    """
    lines = _body_lines(builder.resume, section)
    blocks: list[Block] = []
    loose = 0
    claimed = _claimed(lines, spans)
    owners = {index for index, _ in claimed}
    for index, group in claimed:
        # Several entries can share a line ("PMP, CSM, ITIL 4"): the line belongs to the first,
        # so it is written from every entry that starts on it and claims no line of its own.
        sharing = [index] + [
            i
            for i, (start, _) in enumerate(spans)
            if i not in owners and group[0].start <= start <= group[-1].end
        ]
        text = " ".join(line.content for line in group)
        builder.take(group, f"entry {index + 1} of {heading!r}" if index >= 0 else heading)
        rendered = [renders[i] for i in sharing] if index >= 0 else []
        if rendered and all(rendered) and _covered(text, " ".join(rendered)):
            blocks += [Block(kind="bullet", text=renders[i]) for i in sharing]
            continue
        if index >= 0:  # an entry the fields do not hold whole ("..., Columbus, OH, 2019")
            blocks += _entry_as_written(group)
        else:  # lines no entry was recognised in (a GPA, honours, a list of courses)
            blocks += [b for line in group for b in _entry_as_written([line])]
            loose += len(group)
    if loose:
        builder.kept_as_written.append(f"{heading!r}: {loose} line(s)")
    return blocks


def _education(builder: _Builder, section: Section, heading: str) -> list[Block]:
    items = [e for e in builder.resume.education if section.start <= e.start < section.end]
    spans = [(e.start, e.end) for e in items]
    return _entries(builder, section, heading, spans, [_education_line(e) for e in items])


def _certifications(builder: _Builder, section: Section, heading: str) -> list[Block]:
    items = [c for c in builder.resume.certifications if section.start <= c.start < section.end]
    spans = [(c.start, c.end) for c in items]
    return _entries(builder, section, heading, spans, [_certification_line(c) for c in items])


# --------------------------------------------------------------------------------------------
# Skills

_LABEL = re.compile(r"^(?P<label>[A-Z][\w &/'’()+.\-]{0,40}?)\s*:\s*(?P<rest>.*)$")


def _split_items(text: str) -> list[str]:
    """Items of a skills line: split on , ; | and bullets, not inside brackets."""
    items = split_outside_brackets(text)
    return [item.strip(" .") for item in items if item.strip(" .")]


def _norm(text: str) -> str:
    return re.sub(r"[^\w+#]+|_", " ", text.casefold()).strip()


def _skill_line(line: SourceLine) -> tuple[str, list[str]] | None:
    """``(label, items)`` of a skills line ("Tools: Jira, Confluence"); None for prose."""
    label_match = _LABEL.match(line.content)
    label, rest = (label_match["label"], label_match["rest"]) if label_match else ("", line.content)
    items = _split_items(rest)
    # Six words at most an item ("Jinja2 ({{ … }} & {% … %})" is one word and punctuation).
    if (not items and not label) or any(len(re.findall(r"[^\W_]+", i)) > 6 for i in items):
        return None
    return label, items


@dataclass
class _SkillGroup:
    label: str
    items: list[str]
    bullet: bool
    open: bool  # a label written above its values takes the list lines that follow


def _skills(builder: _Builder, section: Section) -> list[Block]:
    """A skills section's lines, less the items Core Competencies names word for word.

    "Label: a, b" lines keep their label; a label written on its own line ("Over 5000 lines:",
    or a table's label cell above its values) takes the list lines below it; unlabelled lists
    run on as one paragraph. A list all of whose items Core Competencies names is kept whole.
    """
    shown = {_norm(name) for name in builder.competencies}
    out: list[_SkillGroup | Block] = []
    body = _body_lines(builder.resume, section)
    builder.take(body, f"{section.heading!r} (skills)")
    # Lines a PDF wrapped ("Led teams across AI, data" / "science, and development") are one.
    lines = [SourceLine(p.start, p.end, p.bullet, p.text) for p in pieces(body)]
    for position, line in enumerate(lines):
        parsed = _skill_line(line)
        if parsed is None:
            out += _verbatim([line])
            continue
        label, items = parsed
        after = _skill_line(lines[position + 1]) if position + 1 < len(lines) else None
        listing = after is not None and not after[0] and len(after[1]) > 1
        last = out[-1] if out else None
        if (label and not items) or (not label and len(items) == 1 and listing):
            out.append(_SkillGroup(label or items[0], [], line.bullet, True))
        elif not label and isinstance(last, _SkillGroup) and (last.open or not last.label):
            last.items += items
        else:
            out.append(_SkillGroup(label, list(items), line.bullet, False))
    blocks: list[Block] = []
    for group in out:
        if isinstance(group, Block):
            blocks.append(group)
            continue
        # A list Core Competencies names entirely stays as written: its label is the
        # candidate's grouping ("Languages: Python, Go").
        kept = [item for item in group.items if _norm(item) not in shown] or group.items
        if kept:
            text = f"{group.label}: {', '.join(kept)}" if group.label else ", ".join(kept)
            blocks.append(Block(kind="bullet" if group.bullet else "paragraph", text=text))
    return blocks


# --------------------------------------------------------------------------------------------
# The contact block

# What a contact line holds besides the values the contact parser kept: more e-mail addresses,
# links, phone numbers and the labels in front of them.
_CONTACT_NOISE = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|io|dev|me|co|edu|info|site|page|"
    r"app|tech|uk|ca|de|in|au|eu|fr|cn|br)(?:/\S*)?|\+?\(?\d[\d\s().\-]{5,}\d|"
    r"\b(?:e-?mail|phone|mobile|cell|tel|telephone|fax|linkedin|github|gitlab|twitter|website|web|"
    r"portfolio|address|contact|skype|homepage|blog)\b",
    re.IGNORECASE,
)


def _contact_content(resume: Resume, section: Section, headline: str) -> list[SourceLine]:
    """The lines of a contact section that are not contact details (shown in the header).

    The name, e-mail, phone, links, place and the headline under the name are the header's; a
    profile paragraph above the first heading, or a whole resume whose headings were not
    recognised, is content and is kept.
    """
    contact = resume.contact
    values = [contact.name, contact.email, contact.phone, contact.location, headline]
    values += contact.links
    kept: list[SourceLine] = []
    longest_first = sorted((clean_display(v) for v in values if v), key=len, reverse=True)
    for line in _body_lines(resume, section):
        rest = line.content
        for value in longest_first:
            rest = re.sub(re.escape(value), " ", rest, flags=re.IGNORECASE)
        left = [token for token in _CONTACT_NOISE.sub(" ", rest).split() if words(token)]
        # What is left of a line of contact details is a country or a label ("US", "Germany"):
        # a word or two, a small part of the line.
        leftover = sum(len(token) for token in left)
        if left and not (len(left) <= 2 and leftover * 3 <= len(line.content)):
            kept.append(line)
    return kept


# --------------------------------------------------------------------------------------------
# The plan


def _headings(sections: Sequence[Section]) -> list[str]:
    """Each section's heading as written (a standard one when the resume gives none)."""
    out: list[str] = []
    for section in sections:
        heading = display_heading(section.heading) or STANDARD_HEADINGS[section.name]
        if _norm(heading) == _norm(STANDARD_HEADINGS["competencies"]):
            heading = "Additional Skills"  # the tailored Core Competencies come first
        out.append(heading)
    return out


def _reads_as_profile(found: Sequence[Piece]) -> bool:
    """A profile paragraph under the name: a few paragraphs of sentences, no list."""
    size = sum(len(p.text.split()) for p in found)
    prose = any(p.text.endswith(".") or len(p.text.split()) >= 12 for p in found)
    return len(found) <= 4 and not any(p.bullet for p in found) and size >= 15 and prose


def _contact_entries(
    builder: _Builder, posting: Posting, headline: str
) -> list[tuple[float, int, SectionEntry]]:
    """What contact sections hold besides contact details, as sections of their own.

    The untitled top part becomes the summary when it is a few paragraphs of sentences and the
    resume has no summary section; such a profile beside a summary section, or a few other
    lines, stay under the name; more (a whole resume whose headings were not recognised) follow
    Core Competencies under "Background".
    """
    resume = builder.resume
    entries: list[tuple[float, int, SectionEntry]] = []
    has_summary = any(s.name == "summary" for s in resume.sections)
    for index, section in enumerate(resume.sections):
        if section.name != "contact":
            continue
        content = _contact_content(resume, section, headline)
        builder.take(content, "the contact block's other lines")
        found = pieces(content)
        if not found:
            continue
        blocks = _blocks(found)
        if section.heading:
            heading = display_heading(section.heading)
            entries.append(
                (
                    _rank("other", posting, resume),
                    index,
                    SectionEntry(kind="other", heading=heading, blocks=blocks),
                )
            )
        elif not has_summary and _reads_as_profile(found):
            entries.append(
                (
                    _rank("summary", posting, resume),
                    index,
                    SectionEntry(
                        kind="summary", heading=STANDARD_HEADINGS["summary"], blocks=blocks
                    ),
                )
            )
        elif _reads_as_profile(found) or sum(len(p.text.split()) for p in found) < 40:
            # A profile beside a summary section, or a few lines under the name ("Mechanical
            # Engineering", "Location: Saudi Arabia"): they stay there, without a heading.
            entries.append((-1.0, index, SectionEntry(kind="other", heading="", blocks=blocks)))
        else:
            # A whole resume whose headings were not recognised: after the Core Competencies,
            # under a heading of its own so that it is not read as part of them.
            background = SectionEntry(kind="other", heading="Background", blocks=blocks)
            entries.append((1.5, index, background))
    return entries


def _is_references(section: Section) -> bool:
    return bool(re.search(r"\brefere(?:nce|e)s?\b", section.heading, re.IGNORECASE))


def plan_sections(
    resume: Resume,
    posting: Posting,
    report: MatchReport,
    *,
    competencies: Sequence[str],
    summary: str,
    headline: str = "",
    max_bullets: int | None = None,
) -> SectionPlan:
    """Every section of the resume, laid out and ordered for the posting.

    Args:
        resume: The extracted resume.
        posting: The extracted posting (what it asks for decides whether certifications come
            before education).
        report: Their MatchReport (bullets are ordered by the requirements it finds met).
        competencies: The tailored Core Competencies (a section of their own after the summary;
            a skills section leaves out what they name).
        summary: A tailored summary sentence, used only when the resume has no summary section.
        headline: The headline under the name (a contact line holding only it is not content).
        max_bullets: Keep at most this many bullets per role (the rest are listed in
            :attr:`SectionPlan.left_out`).

    Returns:
        The plan: sections in order, what went through as written, what was left out.
    """
    builder = _Builder(resume, report, competencies, max_bullets)
    body = [s for s in resume.sections if s.name != "contact"]
    entries = _contact_entries(builder, posting, headline)
    for index, (section, heading) in enumerate(zip(body, _headings(body), strict=True)):
        if section.name == "experience":
            blocks = _experience(builder, section, heading)
        elif section.name == "education":
            blocks = _education(builder, section, heading)
        elif section.name == "certifications":
            blocks = _certifications(builder, section, heading)
        elif section.name == "skills":
            blocks = _skills(builder, section)
        else:
            lines = _body_lines(resume, section)
            builder.take(lines, f"{heading!r} as written")
            blocks = _verbatim(lines)
        if blocks:
            entry = SectionEntry(kind=section.name, heading=heading, blocks=blocks)  # type: ignore[arg-type]
            entries.append((_rank(section.name, posting, resume), index, entry))
    if resume.references and not any(_is_references(s) for s in body):
        held = SectionEntry(
            kind="other",
            heading="References",
            blocks=[Block(kind="paragraph", text=clean_display(r)) for r in resume.references],
        )
        entries.append((_rank("other", posting, resume), len(resume.sections), held))
    if summary and not any(e.kind == "summary" for _, _, e in entries):
        own = SectionEntry(
            kind="summary",
            heading=STANDARD_HEADINGS["summary"],
            blocks=[Block(kind="paragraph", text=summary)],
        )
        entries.append((_rank("summary", posting, resume), -1, own))
    if competencies:
        listed = SectionEntry(kind="competencies", heading=STANDARD_HEADINGS["competencies"])
        entries.append((_rank("competencies", posting, resume), -1, listed))
    ordered = [entry for _, _, entry in sorted(entries, key=lambda e: (e[0], e[1]))]
    return SectionPlan(
        ordered, list(competencies), builder.kept_as_written, builder.left_out, builder.parts
    )
