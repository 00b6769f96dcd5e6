"""Roles of an experience section: the header (title, employer, place), the dates, the bullets.

Roles are anchored on the lines that carry dates, wherever the dates stand: on the title's or
the employer's line ("Title — Employer, City | Jan 2019 – Present", "Title at Employer\t2019 –
2021", "Employer (March 2024 to Present)"), on a line of their own above or below them, with the
place on a line of its own. From the dated line the header grows up and down over the short
lines around it until a title and an employer are found (:mod:`.role_header` tells which is
which by cues, not positions). A role's bullets are everything up to the next role's header: a
paragraph without bullets is its description. One employer over several titles (promotions)
gives each title its own role with the employer repeated. A section with no dates at all has a
role for each short header block followed by its description.

The title words and employer suffixes live in :mod:`.role_header`; contact, certification and
posting parsing import them from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from resume_kit.model.dates import MONTH_NAMES, MONTH_PATTERN, ends_current
from resume_kit.model.documents import Role, TextSpan
from resume_kit.structure.lines import (
    _folded,
    _is_bullet,
    _is_sentence,
    _Line,
    _strip_bullet,
    find_date_range,
)
from resume_kit.structure.role_header import _COMPANY_SUFFIX_RE as _COMPANY_SUFFIX_RE
from resume_kit.structure.role_header import _PLURAL_TITLE_WORD_RE as _PLURAL_TITLE_WORD_RE
from resume_kit.structure.role_header import _TITLE_WORD_RE as _TITLE_WORD_RE
from resume_kit.structure.role_header import (
    HeaderFields,
    org_score,
    title_score,
    without_duration,
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


def _words(text: str) -> int:
    """How many words ``text`` holds; Chinese and Japanese, written without spaces, count a word
    for every two characters."""
    return len(text.split()) + len(_CJK_RE.findall(text)) // 2


_CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


# A description line opens with what was done: "Designed ...", "Led ...", "Collaborate with ...".
_ACTION_VERB_RE = re.compile(
    r"^(?:[A-Za-z]{3,}(?:ed|ing)|led|ran|run|built|build|grew|grow|won|cut|wrote|write|drove|"
    r"drive|made|make|took|taught|teach|design|develop|manage|create|implement|lead|maintain|"
    r"support|collaborate|coordinate|deliver|improve|increase|reduce|work|plan|organi[sz]e|"
    r"perform|provide|conduct|analy[sz]e|assist|prepare|oversee|oversaw|handle|ensure|establish|"
    r"migrate|automate|mentor|train|test|review|invent|reali[sz]e|supervise|recruit|participate|"
    r"responsible|help|helped|set|own|owned|spearhead|launch|ship|shipped|contribute|define|"
    r"negotiate|partner|serve|act|drove|achieve|execute|facilitate|monitor|research|write)\b",
    re.IGNORECASE,
)


# "Technologies: Java, Spring, Oracle": a label, then a list of three items or more.
_LABELLED_LIST_RE = re.compile(r"^[^:|]{2,40}:\s*[^,]+,[^,]+,")
# "Main project: platform for finding staff": a label, then a phrase in lower case.
_LABELLED_PROSE_RE = re.compile(r"^[A-Z][\w /&'-]{1,30}:\s+[a-z]")
# What a PDF repeats on every page: the owner's name with "Résumé", page numbers, a printed-on
# date ("February 10, 2026").
_PAGE_FURNITURE_RE = re.compile(
    r"\s*(?:page\s+)?\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*$|[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d$",
    re.IGNORECASE,
)
_RESUME_WORD_RE = re.compile(r"\b(?:r[ée]sum[ée]|curriculum vitae|lebenslauf)\b", re.IGNORECASE)


def _page_furniture(text: str) -> bool:
    """Whether a line is what a page repeats: a page number or a printed-on date (the whole
    line), or the word "Résumé" (anywhere: looked for only where its letters are, a search at
    every character of every line was a tenth of reading the roles)."""
    if _PAGE_FURNITURE_RE.match(text):
        return True
    folded = _folded(text)
    return (
        "sum" in folded or "curriculum vitae" in folded or "lebenslauf" in folded
    ) and _RESUME_WORD_RE.search(text) is not None


_GRADE_RE = re.compile(r"(?:c?gpa|grade)\b", re.IGNORECASE)
# A numbered item ("1. Built ...", "2) Led ..."): a list, not a header.
_NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s*\D")


def _is_body(lines: list[_Line], index: int) -> bool:
    """Whether a line is description (a bullet, prose, a wrapped rest), not a header line."""
    text = lines[index].text
    if _is_bullet(text) or _continues(lines, index) or _NUMBERED_RE.match(text):
        return True
    if _page_furniture(text) or _GRADE_RE.match(text):
        return True  # a page's header or footer ("Jane Doe · Résumé", "2 / 3"), a grade
    found = find_date_range(text)
    labelled = _LABELLED_LIST_RE.match(text) or _LABELLED_PROSE_RE.match(text)
    if labelled and found is None:
        return True  # "Used: HTML, CSS, React": a list or phrase under a label, not a header
    if text.endswith(":") and len(text.split()) <= 4:
        return True  # "Responsibilities:", "Key achievements:": the list below is description
    dated = found is not None
    # "Yahoo!", "Acme Inc." and "Acme / May 2018 – June 2021." are headers, not sentences.
    short_dated = (
        found is not None
        and found.start is not None
        and len(_header_text(lines[index]).split()) <= 8
    )
    if _is_sentence(text) and _words(text) > 3 and not short_dated and not _titled_at(text):
        return True
    if _ends_wrapped_sentence(lines, index):
        return True
    if text[:1].islower() and (
        not dated or (_wraps_on(lines, index) and not _date_only(lines[index]))
    ):
        return True  # a wrapped line's rest, or a lower-case description
    words = text.split()
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return (
        len(words) >= 3
        and lower * 2 >= len(words) - 1  # prose, not a Title Case name ("United Airlines")
        and bool(_ACTION_VERB_RE.match(text))
        and not dated
        and not title_score(text)
    )


# A month left at the end of a line whose year wrapped onto the next ("Manager (Jan" / "2013 –
# Present)"). A match starts with a space, "(" or a month name's first letter at a word's start:
# said once up front, and the names grouped by that letter (MONTH_PATTERN), the search is 3x
# faster over a long header line (it tried a hundred names at each character); the same matches.
_MONTH_AT_END_RE = re.compile(
    rf"(?=\s|\(|\b[{''.join(sorted({name[0] for name in MONTH_NAMES}))}])"
    rf"\s*\(?\b(?P<month>{MONTH_PATTERN})\.?$",
    re.IGNORECASE,
)


def _wraps_on(lines: list[_Line], index: int) -> bool:
    """Whether the line above is a long line cut short mid-sentence (a PDF's or a DOCX's width)."""
    if index == 0:
        return False
    above = lines[index - 1].text
    return len(above) >= 50 and not above.endswith((".", "!", "?", ":", ";"))


def _ends_wrapped_sentence(lines: list[_Line], index: int) -> bool:
    """ "Hospitals." under "...at the University of Chicago": the last words of a long line
    wrapped at the page's width, not a name standing alone."""
    text = lines[index].text
    if index == 0 or not text.endswith(".") or len(text.split()) > 3:
        return False
    if re.search(r"\b(?:Inc|Corp|Ltd|Co|LLC|Jr|Sr|[A-Z])\.$", text):
        return False
    above = lines[index - 1].text
    return (
        len(above) >= 50
        and not above.endswith((".", "!", "?", ":"))
        and not _has_range(lines[index - 1])
    )


def _header_text(line: _Line) -> str:
    """A header line's text without its bullet, dates ("Summer 2012 and 2013") and duration."""
    # Grouping roles asks for the same lines' header text many times (about three times each):
    # short lines (headers are) are remembered.
    text = line.text
    return _short_header_text(text) if len(text) <= 300 else _compute_header_text(text)


@lru_cache(maxsize=4096)
def _short_header_text(text: str) -> str:
    return _compute_header_text(text)


def _compute_header_text(text: str) -> str:
    text = _DOT_LEADER_RE.sub(" | ", _strip_bullet(text))  # "South College ........ 2025"
    for _ in range(3):
        found = find_date_range(text)
        if found is None:
            break
        rest = text[found.finish :]
        rest = rest if re.search(r"\w", rest) else ""  # "... from 2019 – current."
        rest = re.sub(r"^\s*[:：]\s*", "", rest)  # "June 2017: Research assistant"
        text = f"{text[: found.begin]} | {rest}"
    text = re.sub(r"[(\[]\s*\|?\s*[)\]]", " ", text)  # "Manager (2015 - 2018)"
    text = text.strip(" |,;–—-\t/")
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:]  # "(2015 - 2018)" gone but its bracket
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1]
    # "Summer 2012 and 2013" leaves "and"; lower case only: "Portland, OR" keeps its state
    text = re.sub(r"^(?:and|&|or|,)(?:\s+|$)|\s+(?:and|&|or)$", "", text.strip())
    text = _MONTH_AT_END_RE.sub("", text)
    text = without_duration(text).strip(" /")
    # "2 years as Captain at Synthesio from 2014 to today": the words around the dates go
    return _AROUND_DATES_RE.sub("", text).strip(" ,/")


def _titled_at(text: str) -> bool:
    """ "Lead Developer at Chaucer, Omnifone, Centrica, ... (2005–2013)": a job title, "at", and
    a range closing the line, however many employers the line lists."""
    found = find_date_range(text)
    if found is None or found.start is None or re.search(r"\w", text[found.finish :]):
        return False
    title = re.match(r"^(?P<title>[^,;:]{3,60}?)\s+at\s+[A-Z]", _strip_bullet(text))
    return title is not None and reads_as_job_title(title["title"])


# Dot leaders between a name and its dates ("South College ……………… 07/2025 – Present").
_DOT_LEADER_RE = re.compile(r"\s*(?:[.…·]\s*){4,}")


# What ties a title to its dates or duration in a sentence-like header ("as ...", "... from").
_AROUND_DATES_RE = re.compile(
    r"^(?:as\s+|(?:from|since)(?:\s+|$))|\s+(?:from|since|between|during)$", re.IGNORECASE
)


def _fields(lines: list[_Line]) -> HeaderFields:
    fields = HeaderFields()
    for line in lines:
        if text := _header_text(line):
            fields.add(text)
    return fields


@dataclass
class _RoleDraft:
    header: list[_Line] = field(default_factory=list)
    date_line: _Line | None = None
    body: list[_Line] = field(default_factory=list)


def _date_only(line: _Line) -> bool:
    return not _header_text(line)


def _header_span(
    lines: list[_Line], header_ok: list[bool], anchor: int, low: int, high: int, below: bool
) -> tuple[int, int]:
    """The first and last header lines of the role dated on ``lines[anchor]``.

    The header grows over the header-like lines above (from ``low``) and then below (before
    ``high``) until it names a title and an employer: up to three lines above a line holding
    dates only ("Employer" / "City" / "Title" / "Jan 2020 - now"), two otherwise. A line that
    opens with its dates and a block ("2012 - 2014 - University of Bremen" / "Research
    Assistant", a blank line above) heads its entry: it grows down first. ``below``: the
    section's dates head their entries (:func:`_dates_head_entries`), the header is below only.
    """
    if below:
        last = anchor
        while (
            last + 1 < high
            and last - anchor < 2
            and header_ok[last + 1]
            and (last == anchor or _short_header(lines[last + 1]))  # the first: the header
            and not _has_range(lines[last + 1])
            and not _fields(lines[anchor : last + 1]).complete()
        ):
            last += 1
        return anchor, last
    reach = 3 if _date_only(lines[anchor]) else 2

    # "Start May 2014<tab>Job Description, The Company Ltd., Honolulu": a line led by its dates
    # names a title and an employer by its own order and one cue; the lines above are the
    # entry before.
    own = _fields([lines[anchor]])
    title, employer, _ = own.result()
    texts = [p.text for p in own.pieces]
    named = (
        _dates_lead(lines[anchor])
        and not _date_only(lines[anchor])
        and own.has_employer()
        and title in texts
        and employer in texts
        and texts.index(title) < texts.index(employer)  # "Title, Employer" as written
        and any(p.org > p.title for p in own.pieces)
    )

    def up(first: int, last: int) -> int:
        while (
            not named
            and first - 1 >= low
            and anchor - (first - 1) <= reach
            and header_ok[first - 1]
            and not _has_range(lines[first - 1])
            and not _fields(lines[first : last + 1]).complete()
        ):
            first -= 1
        return first

    def down(first: int, last: int) -> int:
        while (
            last + 1 < high
            and last - anchor < 2
            and header_ok[last + 1]
            and (_short_header(lines[last + 1]) or _opens_with_title(lines[last + 1]))
            and not _has_range(lines[last + 1])
            and not _fields(lines[first : last + 1]).complete()
        ):
            last += 1
        return last

    if _dates_lead(lines[anchor]) and not _date_only(lines[anchor]) and lines[anchor].after_blank:
        last = down(anchor, anchor)
        return up(anchor, last), last
    first = up(anchor, anchor)
    return first, down(first, anchor)


def _opens_with_title(line: _Line) -> bool:
    """ "Adjunct Instructor & Tutor – General Studies English ENG 1201 (Hybrid)": a long line whose
    first piece reads as a job title, not a sentence."""
    pieces = re.split(r"\t|\s[—–|-]\s", line.text, maxsplit=1)
    return len(pieces) == 2 and reads_as_job_title(pieces[0]) and not _is_sentence(pieces[0])


def _dates_lead(line: _Line) -> bool:
    found = find_date_range(_strip_bullet(line.text))
    return found is not None and found.begin == 0


def _short_header(line: _Line) -> bool:
    """Short enough to be a header line below the dated one: eight words, or twelve set in
    pieces ("Innovate Solutions Inc. — Leading B2B SaaS Provider\tSan Francisco, CA")."""
    words = len(line.text.split())
    return words <= 8 or (
        words <= 12 and bool(re.search(r"\t|\s[—–|]\s", line.text)) and not _is_sentence(line.text)
    )


def _bullet_header(lines: list[_Line], index: int) -> bool:
    """Whether a bulleted line is a role's header line, not a bullet of its description.

    Some resumes bullet their headers as well: a bullet with the role's dates and a title or
    employer ("• Kitchen employee from 2017 – 2019", "• 2021-2022 - Clerk. Acme LTDA"; a date
    alone only beside both), or the employer's line, with its place or an organisation's name,
    just above a dated title line ("• Google\tMountain View, CA" / "Software Engineer\tOct
    2016 – Present"). Never a sentence or a line opening with what was done.
    """
    text = _strip_bullet(lines[index].text)
    if not _is_bullet(lines[index].text) or _ACTION_VERB_RE.match(text):
        return False
    head = _header_text(lines[index])
    if not head or len(head.split()) > 12 or _is_sentence(head.rstrip(".")):
        return False
    if _LABELLED_LIST_RE.match(head) or _LABELLED_PROSE_RE.match(head):
        return False
    fields = _fields([lines[index]])
    found = find_date_range(text)
    if found is not None:
        # The dates open or close the line: "Exchange 2003-2007 upgrade" names versions.
        ends = not _header_text(_Line(text[: found.begin], 0, 0, False)) or not re.search(
            r"\w", text[found.finish :]
        )
        if not ends:
            return False
        if found.start is None:
            return fields.complete()
        return fields.title_found() or any(p.org > p.title for p in fields.pieces)
    below = lines[index + 1] if index + 1 < len(lines) else None
    if (
        below is None
        or _is_bullet(below.text)
        or not _has_range(below)
        or _is_body(lines, index + 1)
    ):
        return False
    own = fields.result()
    return (
        len(head.split()) <= 8
        and not fields.title_found()
        and bool(fields.location or (own[1] and org_score(own[1])))
    )


def _group_roles(lines: list[_Line]) -> list[_RoleDraft]:
    """Cut an experience section into roles, anchored on the lines that carry dates."""
    header_ok = [not _is_body(lines, i) or _bullet_header(lines, i) for i in range(len(lines))]
    leading = {i for i in range(1, len(lines)) if _leads_with_dates(lines, header_ok, i)}
    anchors = [
        i for i, line in enumerate(lines) if (header_ok[i] and _has_range(line)) or i in leading
    ]
    if not anchors:
        return _undated_roles(lines, header_ok)
    closing = _closing_roles(lines, header_ok, anchors)
    if closing is not None:
        return closing
    below = _dates_head_entries(lines, header_ok, anchors)
    spans: list[tuple[int, int, int]] = []  # (first header line, anchor, last header line)
    taken = -1  # the last line already given to a role's header
    for n, anchor in enumerate(anchors):
        if anchor <= taken:
            continue
        if anchor in leading:  # the header is above; the dated line opens the description
            first = anchor - 1
            while (
                first - 1 > taken
                and anchor - first < 2
                and header_ok[first - 1]
                and not _has_range(lines[first - 1])
                and not _fields(lines[first:anchor]).complete()
            ):
                first -= 1
            spans.append((first, anchor, anchor - 1))
            taken = anchor - 1
            continue
        high = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        first, last = _header_span(lines, header_ok, anchor, taken + 1, high, below)
        spans.append((first, anchor, last))
        taken = last
    drafts: list[_RoleDraft] = []
    for n, (first, anchor, last) in enumerate(spans):
        stop = spans[n + 1][0] if n + 1 < len(spans) else len(lines)
        low = spans[n - 1][2] + 1 if n else 0
        if first > low:
            owner = _employer_line(lines, header_ok, low, first, anchor, last)
            if owner is not None:
                # The employer's name above a blurb about it: cut from the role before.
                if drafts:
                    cut = lines[owner].start
                    drafts[-1].body = [ln for ln in drafts[-1].body if ln.start < cut]
                drafts.append(
                    _RoleDraft(
                        header=[lines[owner], *lines[first : last + 1]],
                        date_line=lines[anchor],
                        body=lines[owner + 1 : first] + lines[last + 1 : stop],
                    )
                )
                continue
        named = _fields(lines[first : last + 1])
        lost = not named.title_found() and not named.has_employer()
        orphan = _orphan_header(lines, header_ok, low, first, anchor) if lost else None
        if orphan is not None:
            # The dates fell below the first bullets (a PDF's right-aligned column read late):
            # the header is the block of short lines above them, cut from the role before.
            if drafts:
                cut = lines[orphan[0]].start
                drafts[-1].body = [ln for ln in drafts[-1].body if ln.start < cut]
            header = [*lines[orphan[0] : orphan[1] + 1], *lines[first : last + 1]]
            body = lines[orphan[1] + 1 : first] + lines[last + 1 : stop]
            drafts.append(_RoleDraft(header=header, date_line=lines[anchor], body=body))
            continue
        drafts.append(
            _RoleDraft(
                header=lines[first : last + 1], date_line=lines[anchor], body=lines[last + 1 : stop]
            )
        )
    return drafts


def _dates_head_entries(lines: list[_Line], header_ok: list[bool], anchors: list[int]) -> bool:
    """Whether every entry of the section opens with its dates on a line of their own, the
    header below them (a tabular CV: "Seit 05/2019" / "Acme GmbH (Berlin)" / "Entwickler" /
    description): the dates open the section and each is followed by a header line.

    Then a header never grows up from the dates: the lines above them end the entry before.
    """
    if anchors[0] != 0 or len(anchors) < 2:
        return False
    return all(
        _date_only(lines[a])
        and a + 1 < len(lines)
        and header_ok[a + 1]
        and not _has_range(lines[a + 1])
        and not _is_bullet(lines[a + 1].text)
        for a in anchors
    )


def _closing_roles(
    lines: list[_Line], header_ok: list[bool], anchors: list[int]
) -> list[_RoleDraft] | None:
    """Roles whose dates close them: "Title - Employer" / description / "from March 2021 till
    November 2021", for every role of the section, or None for another layout.

    Only when every dated line holds dates alone, the section opens with a header naming a
    title or an employer followed by description before the first dates, and nothing like a
    header follows the last dates: each role is then
    the header block opening the lines since the dates before, its description, its dates.
    """
    if not all(_date_only(lines[a]) for a in anchors):
        return None
    if anchors[-1] + 1 < len(lines) and header_ok[anchors[-1] + 1]:
        return None  # the last dates head an entry below them: dates open the roles
    first = anchors[0]
    block = 0
    while block < first and header_ok[block] and block < 3:
        block += 1
    if not 0 < block < first or not any(not header_ok[i] for i in range(block, first)):
        return None
    head = _fields(lines[:block])
    if not (head.title_found() or any(p.org > p.title for p in head.pieces)):
        return None
    drafts: list[_RoleDraft] = []
    start = 0
    for anchor in anchors:
        end = start
        while (
            end < anchor
            and header_ok[end]
            and end - start < 3
            and not (end > start and _fields(lines[start:end]).complete())
        ):
            end += 1
        if end > start:
            drafts.append(
                _RoleDraft(header=lines[start:end], date_line=lines[anchor], body=lines[end:anchor])
            )
        elif drafts:  # no header of its own: more description and dates of the role before
            drafts[-1].body.extend(lines[start:anchor])
        start = anchor + 1
    if drafts and start < len(lines):
        drafts[-1].body.extend(lines[start:])
    return drafts


def _employer_line(
    lines: list[_Line], header_ok: list[bool], low: int, first: int, anchor: int, last: int
) -> int | None:
    """The line naming the employer of a titled header that names none, above a blurb.

    "Stripe — Remote" / "Stripe provides payments products." / "Senior TPM (2025 – Present)":
    past one or two lines of prose (never bullets) above the header, a short header-like line
    with no title word and no dates, naming an organisation or written in capitals.
    """
    fields = _fields(lines[first : last + 1])
    if not fields.title_found() or fields.has_employer():
        return None
    i = first - 1
    skipped = 0
    while i >= low and skipped <= 2 and not header_ok[i] and not _is_bullet(lines[i].text):
        i -= 1
        skipped += 1
    if skipped == 0 or i < low or not header_ok[i] or _has_range(lines[i]):
        return None
    name = _header_text(lines[i])
    head = re.split(r"\s[-–—|]\s|\s{3,}|\t", name)[0]
    words = [w for w in head.split() if w[:1].isalpha()]
    capitalised = bool(words) and len(words) <= 6 and all(w[:1].isupper() for w in words)
    if title_score(head) or not (org_score(head) or capitalised):
        return None
    return i


def _orphan_header(
    lines: list[_Line], header_ok: list[bool], low: int, first: int, anchor: int
) -> tuple[int, int] | None:
    """A block of header lines naming a title between ``low`` and a lone date line, or None.

    Only for a line with nothing but dates (a place beside them at most) whose header is not
    around it: the nearest block of one to three header-like lines above, one of them read as
    a title, within eight lines.
    """
    if not _date_only(lines[anchor]) and not _fields([lines[anchor]]).location:
        return None
    i = first - 1
    while i >= max(low, first - 8):
        if header_ok[i] and not _has_range(lines[i]):
            last = i
            while i - 1 >= low and header_ok[i - 1] and last - (i - 1) < 3:
                i -= 1
            if _fields(lines[i : last + 1]).title_found() and (i > low or low == 0):
                return i, last
            return None
        i -= 1
    return None


def _leads_with_dates(lines: list[_Line], header_ok: list[bool], index: int) -> bool:
    """A description opening with the role's dates under its header ("Software Developer –
    Acme GmbH" / "2020, Jul-Oct. Acme builds till software. I worked on ...")."""
    line = lines[index]
    if header_ok[index] or _is_bullet(line.text) or not header_ok[index - 1]:
        return False
    if _has_range(lines[index - 1]):
        return False
    found = find_date_range(line.text)
    return found is not None and found.begin <= 1 and found.start is not None


def _undated_roles(lines: list[_Line], header_ok: list[bool]) -> list[_RoleDraft]:
    """Roles of a section without dates: a block of one to three short header lines naming a
    title or an employer, then its description."""
    starts: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not header_ok[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and header_ok[j + 1] and j + 1 - i < 3:
            j += 1
        block = lines[i : j + 1]
        followed = j + 1 < len(lines) and not header_ok[j + 1]
        # Without dates only a block naming a job or an employer is a role ("Vim" / "Qt
        # Creator" in a tools list, "Web-services: REST API" are not); a label's value is what
        # counts. An employer's name on a line of its own ("Job Title" / "Acme Company") is
        # the other half of a header whose title has no title word.
        values = [_header_text(b).rsplit(":", 1)[-1].strip() for b in block]
        cued = any(title_score(v) for v in values) or (
            len(block) >= 2 and any(org_score(v) and not _is_sentence(v) for v in values)
        )
        if followed and cued:
            starts.append((i, j))
        i = j + 1
    drafts: list[_RoleDraft] = []
    for n, (first, last) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        drafts.append(_RoleDraft(header=lines[first : last + 1], body=lines[last + 1 : stop]))
    return drafts


# A line ending so leaves its sentence open: the next line is the rest of it (a PDF's wrapping).
# The words in lower case only: "Portland, OR" ends a place, not a sentence.
_OPEN_END_RE = re.compile(r"(?:[,;&(]|\b(?:and|or|of|to|the|in|on|for|with|using|from|by))$")


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
    # A lone year inside prose ("Won the 2019 award") is not a role date; on a short line it is,
    # and so is a date closing a line set in columns ("Beamline User\t\tNovember 2009",
    # "Simulation Training\tGetoq Consulting, 2011 / 11").
    return (
        found.start is not None
        or len(line.text.split()) <= 8
        # "June 2017: Research assistant in machine learning at ...": dates as the line's label
        or (
            line.text[found.finish :].startswith(":")
            and len(line.text[: found.begin].split()) <= 3
            and not _is_sentence(line.text)
        )
        or (
            bool(re.search(r"\t|\s{3,}", line.text[: found.begin]))
            and not line.text[found.finish :].strip(" .")
            and not _is_sentence(line.text)
        )
    )


def _dates(draft: _RoleDraft) -> tuple[str | None, str | None, bool, bool]:
    """Start, end, current, and whether the line held one date only (no range)."""
    if draft.date_line is None:
        # No date read, but "Date: Month 20XX – Ongoing": a role still running all the same
        current = any(ends_current(line.text) for line in draft.header)
        return None, None, current, False
    text = draft.date_line.text
    at = draft.header.index(draft.date_line) if draft.date_line in draft.header else 0
    month = _MONTH_AT_END_RE.search(draft.header[at - 1].text) if at > 0 else None
    if month is not None and re.match(r"\s*\d{4}", text):
        text = f"{month['month']} {text}"  # the month before the line break
    found = find_date_range(text)
    if found is None:
        return None, None, False, False
    if found.start is None:  # one date: when the role began (or the day of a one-off)
        later = re.match(r"\s*(?:and|&|,)\s*((?:19|20)\d\d)\b", text[found.finish :])
        if later is not None and found.end is not None and later[1] > found.end[:4]:
            return found.end, later[1], False, False  # "Summer 2012 and 2013"
        return found.end, None, False, True
    # Two periods on one line ("Jun 2018 - Sep 2018, Sep 2019 - Nov 2019"): the overall span.
    again = find_date_range(text[found.finish :])
    if again is not None and again.start is not None and not found.current:
        return found.start, again.end, again.current, False
    if found.end is None and not found.current and re.match(r"\s*[-–—]", text[found.finish :]):
        # "Start June 2021–" / "now": the open end wrapped onto the next line of a narrow column
        after = [*draft.header, *draft.body]
        at = after.index(draft.date_line) + 1 if draft.date_line in after else len(after)
        if at < len(after) and _NOW_RE.fullmatch(_strip_bullet(after[at].text).strip(" .")):
            return found.start, None, True, False
    return found.start, found.end, found.current, False


_NOW_RE = re.compile(r"present|current|currently|now|today|ongoing|heute|aktuell|至今", re.I)


def _title_from_first_bullet(draft: _RoleDraft) -> None:
    """ "Bill's Superette, Andover, MN. 02/2018 – 08/2019." / "• Shift Supervisor.": a header
    naming the employer and no title, whose first bullet is a bare job title, takes it."""
    if not draft.body or not _is_bullet(draft.body[0].text):
        return
    text = _strip_bullet(draft.body[0].text).rstrip(". ")
    fields = _fields(draft.header)
    if (
        len(text.split()) <= 4
        and not re.search(r"\d", text)
        and reads_as_job_title(text)
        and fields.has_employer()
        and not fields.title_found()
    ):
        draft.header.append(draft.body.pop(0))


# "2020 – Present AviaBit Performed a developer role ...": a name in capitals right after the
# dates, then the description's first word (a verb, or a word in lower case).
_NAME_AFTER_DATES_RE = re.compile(
    r"[\s,;:|–—-]*(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of)){0,3})\s+(?P<next>\S+)"
)


def _employer_after_dates(draft: _RoleDraft) -> None:
    """A titled header with no employer, whose dates run on into the description with the
    employer's name first (flattened text: "Front End Team Lead" / "2020 – Present AviaBit
    Performed a developer role ..."): the name joins the header."""
    line = draft.date_line
    if line is None or not draft.body:
        return
    if draft.body[0] is line:  # the dates open the description's line
        found = find_date_range(line.text)
        if found is None or found.begin > 1:
            return
        text, at = line.text, found.finish
    elif draft.header[-1] is line and draft.body[0].split and _date_only(line):
        first = draft.body[0]  # the description's line cut from the dates' by the flat reading
        if first.start - line.end > 3 or _is_bullet(first.text):
            return
        text, at = first.text, 0
    else:
        return
    fields = _fields(draft.header)
    if not fields.title_found() or fields.has_employer():
        return
    found_name = _NAME_AFTER_DATES_RE.match(text, at)
    if found_name is None:
        return
    words = found_name["name"].split()
    verb = next((k for k, w in enumerate(words) if _ACTION_VERB_RE.fullmatch(w)), None)
    following = found_name["next"] if verb is None else words[verb]
    name = " ".join(words[:verb])
    if (
        not name
        or title_score(name)
        or not (following[:1].islower() or _ACTION_VERB_RE.match(following))
    ):
        return
    # On the title's line, as "Title, Employer" is: an employer of this role only, not one
    # written once above several titles.
    at_title = next((i for i, h in enumerate(draft.header) if _fields([h]).title_found()), None)
    if at_title is None:
        return
    titled = draft.header[at_title]
    draft.header[at_title] = _Line(f"{titled.text}\t{name}", titled.start, titled.end, False)


def _parse_roles(lines: list[_Line]) -> list[Role]:
    drafts = _group_roles(lines)
    for draft in drafts:
        _title_from_first_bullet(draft)
        _employer_after_dates(draft)
    dated = [_dates(draft) for draft in drafts]
    # One date alone among ranges is a one-off (a two-day training); on a timeline of single
    # dates each is a start whose end is not given.
    one_off = any(d[0] is not None and not d[3] for d in dated)
    read = [_fields(draft.header) for draft in drafts]
    heads = [fields.result() for fields in read]
    cued = [fields.title_found() for fields in read]
    alone = [fields.employer_alone() for fields in read]
    heads, drafts, dated = _spread_employers(heads, cued, alone, drafts, dated)
    roles: list[Role] = []
    for (title, employer, location), draft, (start, end, current, single) in zip(
        heads, drafts, dated, strict=True
    ):
        if title is None and employer is None and not draft.body:
            continue  # dates alone (a column read apart from its entries): nothing to tell
        if single and not draft.body and not _cued(draft):
            continue  # "10/2020 Meteor Conference": an event on a timeline, not a role
        if single and one_off:
            end = start
        bullets = [_bullet_span(line) for line in draft.body]
        last = draft.body[-1] if draft.body else draft.header[-1]
        roles.append(
            Role(
                title=title,
                employer=employer,
                location=location,
                start_date=start,
                end_date=end,
                current=current,
                bullets=bullets,
                start=draft.header[0].start,
                end=last.end,
            )
        )
    return roles


def _cued(draft: _RoleDraft) -> bool:
    """Whether a header names a job or an organisation by a cue, not by its order alone."""
    fields = _fields(draft.header)
    return fields.title_found() or any(p.org > p.title for p in fields.pieces)


_Head = tuple[str | None, str | None, str | None]
_Dated = tuple[str | None, str | None, bool, bool]


def _spread_employers(
    heads: list[_Head],
    cued: list[bool],
    alone: list[bool],
    drafts: list[_RoleDraft],
    dated: list[_Dated],
) -> tuple[list[_Head], list[_RoleDraft], list[_Dated]]:
    """One employer over several titles (promotions): each title gets the employer.

    A role naming only an employer, with no description, heads the titled roles below it that
    name none ("Acme Corp 2015 - 2021" / "Senior Analyst 2019 - 2021" / ... / "Analyst 2015 -
    2019"): it is merged into them. A titled role without an employer under a role whose
    employer has a line of its own (written once, above the first title) takes that employer
    and its place; under "Title at Employer" it stays without one (a freelance spell).
    """
    out_heads: list[_Head] = []
    out_drafts: list[_RoleDraft] = []
    out_dated: list[_Dated] = []
    owner: tuple[str, str | None] | None = None
    for n, ((title, employer, location), draft) in enumerate(zip(heads, drafts, strict=True)):
        following = heads[n + 1] if n + 1 < len(heads) else None
        # A name alone: an employer, or a piece no cue claimed ("ACCENTURE: 2014 - Current").
        name = employer if title is None else title if employer is None and not cued[n] else None
        if (
            name is not None
            and not draft.body
            and following is not None
            and following[0] is not None
            and following[1] is None
            and cued[n + 1]
        ):
            owner = (name, location)
            drafts[n + 1].header[:0] = draft.header
            continue
        if employer is None and title is not None and owner is not None:
            employer, location = owner[0], location or owner[1]
        elif employer is not None:
            owner = (employer, location) if alone[n] else None
        out_heads.append((title, employer, location))
        out_drafts.append(draft)
        out_dated.append(dated[n])
    return out_heads, out_drafts, out_dated


def _bullet_span(line: _Line) -> TextSpan:
    content = _strip_bullet(line.text)
    start = line.end - len(content)
    return TextSpan(text=content, start=start, end=line.end)
