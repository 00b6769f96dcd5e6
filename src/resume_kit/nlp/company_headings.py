"""Where a posting speaks about its employer: the paragraphs under "About us" and like headings.

:func:`company_regions` finds the character ranges under a company or benefits heading ("About
us", "Company profile", "What we offer"), up to the next heading. Plain text rules, no spaCy: the
nlp stage drops the skills named there (:mod:`resume_kit.nlp.company_context`), and the scorer
reads a posting's line of work from the rest (:mod:`resume_kit.scoring.work_domain`) without
loading a pipeline.
"""

from __future__ import annotations

import re

from resume_kit.nlp.word_search import holds_any
from resume_kit.nlp.word_search import lowered as lowercase

__all__ = ["COMPANY_HEADINGS", "company_regions"]

# Headings of the paragraphs about the employer and what it offers (lowercase).
COMPANY_HEADINGS: tuple[str, ...] = (
    "about us",
    "about the company",
    "about the organisation",
    "about the organization",
    "company description",
    "company overview",
    "company profile",
    "who we are",
    "our company",
    "our story",
    "our mission",
    "our culture",
    "what we do",
    "what do we do",
    "job benefits",
    "benefits",
    "perks",
    "perks and benefits",
    "perks & benefits",
    "benefits and perks",
    "what we offer",
    "we offer",
    "our offer",
    "what we can offer",
    "what we can offer you",
    "what we'll offer you",
    "what we will offer you",
    "what's in it for you",
    "why join us",
    "why work with us",
    "why work for us",
)
# Headings that end such a paragraph: the parts of a posting that ask (lowercase).
_JOB_HEADINGS: tuple[str, ...] = (
    "job description",
    "description",
    "the role",
    "about the role",
    "about the job",
    "about the position",
    "your role",
    "the position",
    "responsibilities",
    "key responsibilities",
    "your responsibilities",
    "duties",
    "tasks",
    "your tasks",
    "your mission",
    "what you'll do",
    "what you will do",
    "what you'll be doing",
    "requirements",
    "qualifications",
    "basic qualifications",
    "minimum qualifications",
    "preferred qualifications",
    "skills",
    "skills and experience",
    "skills & requirements",
    "technologies",
    "tech stack",
    "our stack",
    "about you",
    "who you are",
    "your profile",
    "profile",
    "what you need",
    "what you'll need",
    "what you bring",
    "what we're looking for",
    "what we are looking for",
    "who we are looking for",
    "you have",
    "nice to have",
    "bonus points",
    "how to apply",
    "job overview",
    "position overview",
    "role overview",
    "job summary",
    "position summary",
    "position description",
    "the opportunity",
    "we are looking for",
    "key accountabilities",
    "accountabilities",
    "desired skills",
    "essential skills",
    "experience",
    "must have",
    "nice to haves",
    "what you'll bring",
    "what you will bring",
    "your skills",
)


_HEADING_MARKS = " \t#*_•>-–"
# Heading name -> whether it opens a company paragraph.
_HEADING_KINDS: dict[str, bool] = {
    **{name: False for name in _JOB_HEADINGS},
    **{name: True for name in COMPANY_HEADINGS},
}
_MOST_HEADING_WORDS = max(len(name.split()) for name in _HEADING_KINDS)
_LONGEST_HEADING = max(len(name) for name in _HEADING_KINDS) + 20
_WORD_RE = re.compile(r"\S+")
_STYLED_WORDS = 6
# A text holding none of the company headings' names, in any case, has no company heading.
# A name holding a shorter one ("job benefits", "benefits") is found whenever that one is: only
# the shortest are looked for.
_ALL_OPENING_NAMES = {name.replace("'", "") for name in COMPANY_HEADINGS}
_OPENING_NAMES = tuple(
    sorted(n for n in _ALL_OPENING_NAMES if not any(o in n for o in _ALL_OPENING_NAMES if o != n))
)
_LAST_WORDS = tuple(sorted({name.rsplit(None, 1)[-1] for name in _HEADING_KINDS}))
_END_MARKS = _HEADING_MARKS + ":"
# A posting flattened to one line keeps its headings in Title Case without a colon: "... Go
# Beyond. Job Overview This is a hands-on position" ends the company's words.
_TITLED_RE = re.compile(
    r"(?<=[.!?] )(?:"
    + "|".join(
        re.escape(name.title()).replace(r"\ ", r"\s+")
        for name in sorted(_JOB_HEADINGS, key=len, reverse=True)
        if " " in name
    )
    + r")(?=\s+[A-Z])"
)
_TITLED_NAMES = tuple(name.title() for name in _JOB_HEADINGS if " " in name)


# A short line ending with a colon opens a list of something else ("We'd love you to have:").
_COLON_LINE_RE = re.compile(r"(?m)^[ \t#*•\-]*[^\n:]{1,60}:[ \t]*$")
_SHORT_LINE = 72
_LOWER_ASCII = re.compile("[a-z]")
# A short line about the reader or the work opens the asks ("What you'll work with", "Your
# skills", "Our tech stack"), colon or not.
_ASK_LINE_RE = re.compile(
    r"(?im)^[ \t#*•\-]*(?:what\s+you|who\s+you|what\s+we(?:'re|\s+are)\s+looking|your|"
    r"our\s+(?:tech|stack|technologies|tools)|tech\s+stack|the\s+stack|skills|requirements|"
    r"qualifications)\b"
    r"(?:[ \t]+[^\s.!]+){0,5}[ \t]*[?:]?[ \t]*$"
)


def company_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` under a company or benefits heading, up to the next heading.

    Args:
        text: A posting's text.

    Returns:
        ``(start, end)`` ranges in text order; empty when there is no such heading.
    """
    # Headings are looked up whole, line by line and before each colon: a regex alternation of a
    # hundred names tried at every character cost more than tokenizing the text.
    lowered = lowercase(text)
    if not holds_any(lowered, _OPENING_NAMES):
        return []  # no company heading can be there: most documents, every resume
    marks = _heading_marks(text, lowered)
    opening = [end for _, end, opens in marks if opens]
    if not opening:
        return []
    first = opening[0]
    marks += _styled_marks(text, first)
    if holds_any(text, _TITLED_NAMES):
        marks += [(m.start(), m.end(), False) for m in _TITLED_RE.finditer(text, first)]
    marks.sort()
    regions: list[tuple[int, int]] = []
    for index, (_, end, opens) in enumerate(marks):
        if not opens:
            continue
        following = [start for start, _, _ in marks[index + 1 :] if start >= end]
        regions.append((end, following[0] if following else len(text)))
    return regions


def _heading_marks(text: str, lowered: str) -> list[tuple[int, int, bool]]:
    """Known headings, alone on a line or before a colon: (start, end, opens a company part).

    ``lowered``: ``text.lower()``, which the caller has already."""
    marks: list[tuple[int, int, bool]] = []
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ"): keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    start = 0
    for line in lowered.split("\n"):
        # str.endswith with a tuple tests every heading's last word in one call.
        if len(line) <= _LONGEST_HEADING and line.rstrip(_END_MARKS).endswith(_LAST_WORDS):
            name = _heading_name(line)
            if name in _HEADING_KINDS:
                marks.append((start, start + len(line), _HEADING_KINDS[name]))
        start += len(line) + 1
    colon = lowered.find(":")
    while colon != -1:
        line_start = max(lowered.rfind("\n", 0, colon) + 1, colon - _LONGEST_HEADING)
        if lowered[line_start:colon].rstrip(_END_MARKS).endswith(_LAST_WORDS):
            # The longest known name among the last few words before the colon.
            words = list(_WORD_RE.finditer(text, line_start, colon))[-_MOST_HEADING_WORDS:]
            for word in words:
                name = _heading_name(text[word.start() : colon])
                if name in _HEADING_KINDS:
                    marks.append((word.start(), colon + 1, _HEADING_KINDS[name]))
                    break
        colon = lowered.find(":", colon + 1)
    return marks


def _styled_marks(text: str, after: int) -> list[tuple[int, int, bool]]:
    """Lines from ``after`` on where some other part begins: a heading by its style, a short line
    ending with a colon, a short line about the reader or the work."""
    marks: list[tuple[int, int, bool]] = []
    start = text.rfind("\n", 0, after) + 1
    for line in text[start:].split("\n"):
        if len(line) <= _SHORT_LINE and (
            _styled_heading(line)
            or (":" in line and _COLON_LINE_RE.match(line))
            or _ASK_LINE_RE.match(line)
        ):
            marks.append((start, start + len(line), False))
        start += len(line) + 1
    return marks


def _styled_heading(line: str) -> bool:
    """Is the line a heading by its style: Markdown (``## Skills``, ``**WE ARE LOOKING FOR**``) or
    all capitals, of at most six words and no sentence?"""
    marked = line.lstrip().startswith(("#", "**", "__"))
    if not marked and _LOWER_ASCII.search(line):
        return False  # a lowercase letter: in no Markdown heading and not all in capitals
    core = line.strip().strip(_HEADING_MARKS + ":")
    words = core.split()
    if not words or len(words) > _STYLED_WORDS or core[-1] in ".,;!" or "<" in core:
        return False  # "<" is markup or a placeholder left in the text, not a heading
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 3:
        return False
    if marked:
        return True
    # In capitals, a lone word may be a skill on its own line ("JOOQ"): two words at least.
    return len(words) >= 2 and all(c.isupper() for c in letters)


def _heading_name(text: str) -> str:
    """A line or phrase as a heading name: marks and colon off, lowercase, single spaces."""
    return " ".join(
        text.strip().strip(_HEADING_MARKS).rstrip(":").lower().replace("’", "'").split()
    )
