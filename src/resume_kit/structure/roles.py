"""Roles of an experience section: the header (title, employer, place), the dates, the bullets.

Roles are anchored on the lines that carry dates, in the layouts "Title — Employer, City | Jan
2019 – Present", "Employer, City" / "Title" / "03/2017 - 12/2020", "Title, Employer (2015-2018)",
"Title at Employer", with dates on their own line or after a tab. The title words and employer
suffixes that tell a title from an employer live here too; contact, certification and posting
parsing use them as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_kit.model.dates import find_date_range
from resume_kit.model.documents import Role, TextSpan
from resume_kit.structure.lines import (
    _is_bullet,
    _is_sentence,
    _Line,
    _split_pieces,
    _strip_bullet,
    _without_dates,
)
from resume_kit.structure.places import _PLACE_WORDS, _is_region, _looks_location

_COMPANY_SUFFIX_RE = re.compile(
    r"\b(?:inc|llc|llp|ltd|limited|corp|corporation|company|co|group|gmbh|plc|ag|sa|bank|"
    r"university|college|hospital|technologies|technology|solutions|systems|services|consulting|"
    r"consultants|partners|labs|agency|council|holdings|industries|institute|foundation|ministry|"
    r"department|software|networks|health|healthcare|insurance|airlines|media|bros|associates|"
    r"enterprises|international|global|digital|analytics|financial|capital|energy|pharma|"
    r"pharmaceuticals|logistics|retail|telecom|communications)\.?$",
    re.IGNORECASE,
)
_TITLE_WORD_RE = re.compile(
    r"\b(?:manager|director|lead|leader|coordinator|analyst|engineer|developer|consultant|"
    r"specialist|officer|administrator|architect|master|owner|head|vp|vice president|president|"
    r"intern|assistant|associate|supervisor|executive|designer|scientist|technician|"
    r"representative|programmer|tester|agent|clerk|founder|co-founder|chief|principal|cto|cio|"
    r"ceo|coo|cfo|scheduler|planner|controller|auditor|accountant|trainer|teacher|instructor|"
    r"advisor|adviser|strategist|partner|contractor|freelancer|fellow|researcher|pm|pmo|"
    r"delivery|support|apprentice|trainee|expert|sme|facilitator|coach|professor|professorship|"
    r"lecturer|postdoc)\b",
    re.IGNORECASE,
)
# Plural title words a posting uses when it hires several ("looking for two developers"); only
# nouns whose plural is not also a verb or another word ("leads", "supports", "masters").
_PLURAL_TITLE_WORD_RE = re.compile(
    r"(?:manager|director|leader|coordinator|analyst|engineer|developer|consultant|specialist|"
    r"officer|administrator|architect|designer|scientist|technician|programmer|tester|researcher|"
    r"planner|controller|accountant|trainer|teacher|advisor|adviser|assistant|intern|trainee|"
    r"apprentice|professor|professorship|lecturer|postdoc)s",
    re.IGNORECASE,
)


def reads_as_job_title(text: str) -> bool:
    """Whether ``text`` reads as a job title ("Senior IT Project Manager", "Data Analyst II").

    One to eight words naming a job (a title word such as manager, engineer, analyst), no date,
    no sentence, no list ("PMP | Agile | Scrum") and no contact detail.

    Args:
        text: A role's title or the headline under a resume's name.

    Returns:
        True for a job title.
    """
    text = " ".join(text.split())
    words = text.split()
    return (
        1 <= len(words) <= 8
        and bool(_TITLE_WORD_RE.search(text))
        and not re.search(r"[|•·@:;\\]|https?:|\.(?:com|org|net)\b", text)
        and not text.endswith((".", ","))
        and text.count("(") == text.count(")")
        and find_date_range(text) is None
        and any(ch.isupper() for ch in text)
    )


def _is_header_like(line: _Line) -> bool:
    return not _is_bullet(line.text) and not _is_sentence(line.text)


def _assign_comma_piece(piece: str) -> dict[str, str]:
    """Split "Title, Employer", "Employer, City, ST" or "Employer, City" into fields."""
    parts = [p.strip() for p in piece.split(",") if p.strip()]
    found: dict[str, str] = {}
    if _looks_location(piece):
        return {"location": piece}
    for n in (3, 2, 1):  # peel a location off the end
        if len(parts) > n:
            tail = ", ".join(parts[-n:])
            if _looks_location(tail) or (n == 1 and _is_region(tail)):
                found["location"] = tail
                parts = parts[:-n]
                break
    if len(parts) == 1:
        kind = "title" if _TITLE_WORD_RE.search(parts[0]) else "unknown"
        if _COMPANY_SUFFIX_RE.search(parts[0]):
            kind = "employer"
        found[kind] = parts[0]
        return found
    first, second = parts[0], ", ".join(parts[1:])
    first_title = bool(_TITLE_WORD_RE.search(first)) and not _COMPANY_SUFFIX_RE.search(first)
    second_title = bool(_TITLE_WORD_RE.search(second)) and not _COMPANY_SUFFIX_RE.search(second)
    if first_title and not second_title:
        found.update(title=first, employer=second)
    elif second_title and not first_title:
        found.update(employer=first, title=second)
    elif not first_title and not second_title and "location" not in found:
        # "Employer, City": a short capitalised tail is the place.
        if re.fullmatch(_PLACE_WORDS, second) and len(second.split()) <= 3:
            found.update(employer=first, location=second)
        else:
            found.update(employer=first, unknown=second)
    else:
        found["title"] = piece if "location" not in found else ", ".join(parts)
    return found


class _HeaderFields:
    """Title, employer and location read from a role's header lines one line at a time.

    What each line says is kept as found; the lines whose part is unclear fill a missing title,
    then a missing employer, at the end. Adding a line costs that line only, so a role whose
    header keeps growing line by line stays linear.
    """

    def __init__(self) -> None:
        self.title: str | None = None
        self.employer: str | None = None
        self.location: str | None = None
        self.unknown: list[str] = []

    def add(self, text: str) -> None:
        """Read one header line (dates already removed)."""
        at = re.match(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<rest>[A-Z0-9].*)$", text)
        pieces: list[str]
        if at and _TITLE_WORD_RE.search(at.group("title")):
            if self.title is None:
                self.title = at.group("title").strip(" ,")
            pieces = _split_pieces(at.group("rest"))
            head = _assign_comma_piece(pieces[0]) if pieces else {}
            if "employer" not in head:
                head["employer"] = head.pop("unknown", head.pop("title", ""))
            found_list = [head] + [_assign_comma_piece(p) for p in pieces[1:]]
        else:
            found_list = [_assign_comma_piece(p) for p in _split_pieces(text)]
        for found in found_list:
            if found.get("location") and self.location is None:
                self.location = found["location"]
            if found.get("title"):
                if self.title is None:
                    self.title = found["title"]
                else:
                    self.unknown.append(found["title"])
            if found.get("employer"):
                if self.employer is None:
                    self.employer = found["employer"]
                else:
                    self.unknown.append(found["employer"])
            if found.get("unknown"):
                self.unknown.append(found["unknown"])

    def result(self) -> tuple[str | None, str | None, str | None]:
        """Title, employer and location of the lines added so far."""
        title, employer = self.title, self.employer
        for piece in self.unknown[:2]:  # only the first two can fill a gap
            if title is None:
                title = piece
            elif employer is None:
                employer = piece
        return title, employer, self.location


def _parse_role_header(texts: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, employer and location from a role's header lines (dates already removed)."""
    fields = _HeaderFields()
    for text in texts:
        fields.add(text)
    return fields.result()


@dataclass
class _RoleDraft:
    header: list[_Line] = field(default_factory=list)
    date_line: _Line | None = None
    body: list[_Line] = field(default_factory=list)


def _group_roles(lines: list[_Line]) -> list[_RoleDraft]:
    """Cut an experience section into roles, anchored on the lines that carry dates."""
    anchors = [
        i
        for i, line in enumerate(lines)
        if _is_header_like(line) and _has_range(line) and not _continues(lines, i)
    ]
    drafts: list[_RoleDraft] = []
    if not anchors:
        # No dates: a header-like line followed by bullets starts a role ("Title at Employer").
        anchors = [
            i
            for i, line in enumerate(lines)
            if _is_header_like(line)
            and i + 1 < len(lines)
            and (_is_bullet(lines[i + 1].text) or _is_sentence(lines[i + 1].text))
        ]
        for n, i in enumerate(anchors):
            stop = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
            drafts.append(_RoleDraft(header=[lines[i]], body=lines[i + 1 : stop]))
        return drafts
    taken = -1  # index of the last line already given to a role
    spans: list[tuple[int, int]] = []  # (first header index, last header index) per anchor
    for i in anchors:
        first = i
        while first - 1 > taken and i - (first - 1) <= 2 and _is_header_like(lines[first - 1]):
            if _has_range(lines[first - 1]) or _continues(lines, first - 1):
                break
            first -= 1
        last = i
        spans.append((first, last))
        taken = i
    for n, (first, anchor) in enumerate(spans):
        stop = spans[n + 1][0] if n + 1 < len(spans) else len(lines)
        header = lines[first : anchor + 1]
        # Header lines below the dates ("Acme Corp | 2019 - Present" then "Project Manager"),
        # read one by one as they are taken.
        fields = _HeaderFields()
        for line in header:
            if text := _without_dates(line.text):
                fields.add(text)
        title, employer, _ = fields.result()
        body = anchor + 1
        while (
            body < stop
            and _is_header_like(lines[body])
            and len(lines[body].text.split()) <= 8
            and (title is None or employer is None)
        ):
            header.append(lines[body])
            if text := _without_dates(lines[body].text):
                fields.add(text)
            title, employer, _ = fields.result()
            body += 1
        drafts.append(_RoleDraft(header=header, date_line=lines[anchor], body=lines[body:stop]))
    return drafts


# A line ending so leaves its sentence open: the next line is the rest of it (a PDF's wrapping).
_OPEN_END_RE = re.compile(r"(?:[,;&(]|\b(?:and|or|of|to|the|in|on|for|with|using|from|by))$", re.I)


def _continues(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is the wrapped rest of the bullet above it, not a role header.

    The bullet above leaves its sentence open ("...using Backbone, Jade,") or the line goes on
    in lower case ("to $1.6 billion in revenue in 2015").
    """
    if index == 0 or not _is_bullet(lines[index - 1].text) or _is_bullet(lines[index].text):
        return False
    above = lines[index - 1].text.rstrip()
    return bool(_OPEN_END_RE.search(above)) or (
        lines[index].text[:1].islower() and not above.endswith((".", "!", "?", ":"))
    )


def _has_range(line: _Line) -> bool:
    found = find_date_range(line.text)
    if found is None:
        return False
    # A lone year inside prose ("Won the 2019 award") is not a role date; on a short line it is.
    return found.start is not None or len(line.text.split()) <= 8


def _parse_roles(lines: list[_Line]) -> list[Role]:
    roles: list[Role] = []
    for draft in _group_roles(lines):
        texts = [_without_dates(_strip_bullet(line.text)) for line in draft.header]
        title, employer, location = _parse_role_header([t for t in texts if t])
        start_date = end_date = None
        current = False
        if draft.date_line is not None:
            found = find_date_range(draft.date_line.text)
            if found is not None:
                start_date, end_date, current = found.start, found.end, found.current
        bullets = [_bullet_span(line) for line in draft.body]
        last = draft.body[-1] if draft.body else draft.header[-1]
        roles.append(
            Role(
                title=title,
                employer=employer,
                location=location,
                start_date=start_date,
                end_date=end_date,
                current=current,
                bullets=bullets,
                start=draft.header[0].start,
                end=last.end,
            )
        )
    return roles


def _bullet_span(line: _Line) -> TextSpan:
    content = _strip_bullet(line.text)
    start = line.end - len(content)
    return TextSpan(text=content, start=start, end=line.end)
