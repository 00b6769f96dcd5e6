"""A posting's company, when no field names it, and the test every company name passes.

A company is an organisation's name: a few capitalised words ("Fernhill Analytics", "ABC Supply
Co., Inc.", "inLumon"), never a heading ("Company profile"), a phrase of a sentence ("Full Time
We", "INTERVIEW REQUIRED. Our Boston"), a generic word ("Client", "Our Team") or a job title.
When unsure there is none: the documents then name the file from the resume alone. Where it is
found, in order: an "About Acme" heading; the line under the title ("### Acme" on a job board's
Markdown page); the opening sentence of the posting or of its company section ("Acme is a
leading ...", "At Acme, we ...", "We're Acme, a ...", "Join Acme as ..."); "Acme is hiring";
"... at Acme" in the title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from resume_kit.structure.headings import _POSTING_VOCAB, _heading_key
from resume_kit.structure.lines import _is_bullet, _is_sentence, _Line, _split_pieces
from resume_kit.structure.places import _looks_location
from resume_kit.structure.posting_title import _VERB_HEADS, clean_line, is_head_word

__all__ = ["company_from_text", "company_shape"]

_COMPANY_MAX_CHARS = 60
_COMPANY_MAX_WORDS = 6

_EMPLOYMENT_WORDS_RE = re.compile(
    r"^(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship|remote|"
    r"hybrid|on-?site|posted|apply|job|salary|\$|£|€)",
    re.IGNORECASE,
)
# Words that never open a company's name: pronouns, articles of a sentence, section words.
_NOT_FIRST_WORDS = frozenset(
    ["we", "our", "us", "you", "your", "their", "this", "these", "it", "its", "a", "an", "if",
     "why", "join", "at", "about", "as", "for", "in", "on", "with", "and", "or", "to", "from",
     "interview", "required", "please", "apply", "description", "summary", "overview",
     "requirements", "responsibilities", "benefits", "location", "salary", "position", "role",
     "title", "company", "client", "employer", "department", "team", "all", "other", "new",
     "major", "leading", "large", "small", "global", "national", "international", "local",
     "great", "top", "dear", "hello", "hi", "greetings", "thank", "thanks", "must", "may",
     "should", "will", "can", "who", "what", "how", "when", "where", "since", "i", "he", "she",
     "they", "there", "here", "each", "every", "some", "any", "no", "not", "only", "also",
     "that", "currently", "today", "now", "recently", "however", "therefore", "additionally",
     "furthermore", "moreover", "then", "thus", "hence", "together", "would", "do", "are"]
)  # fmt: skip
# Words that end a generic phrase, not a name: "Financial Services Client", "Our Team".
_NOT_LAST_WORDS = frozenset(
    ["client", "clients", "customer", "company", "team", "program", "programme", "department",
     "division", "unit", "role", "position", "job", "opportunity", "profile", "description",
     "overview", "summary", "office", "area", "site", "sites", "industry", "sector", "market",
     "space", "world", "region", "country", "city", "firm", "agency", "organization",
     "organisation", "business", "provider", "leader", "employer", "organizations"]
)  # fmt: skip
# A company's legal or sector suffix, which a company name may end in even when it is a title
# word ("Partners", "Associates").
_SUFFIX_RE = re.compile(
    r"\b(?:inc|llc|llp|ltd|limited|corp|corporation|co|group|gmbh|plc|ag|sa|bv|nv|ab|as|oy|"
    r"partners|associates|consultants)\.?$",
    re.IGNORECASE,
)
# A sentence glued to the word before ("SummaryWe", "Development.We") or an all-capitals title
# glued to the next word ("REPRESENTATIVEConnectivity").
_GLUED_SENTENCE_RE = re.compile(r"[a-z.](?:We|Our|The|This|You)\b|[A-Z]{3}[a-z]")
# Sector words that alone name no company ("Analytics is a growing field").
_GENERIC_ALONE = frozenset(
    ["analytics", "technology", "technologies", "solutions", "services", "consulting", "software",
     "systems", "health", "healthcare", "finance", "marketing", "sales", "engineering",
     "operations", "research", "development", "management", "data", "security", "digital",
     "media", "design", "education", "government", "retail", "manufacturing", "insurance"]
)  # fmt: skip


# The patterns company_shape tries on each name, compiled once.
_POSSESSIVE_ON_RE = re.compile(r"['’]s\b.*$")
_TRAILING_MARKS_RE = re.compile(r"[\s,;:–—-]+$")
_NAME_START_RE = re.compile(r"[A-Z0-9]|[a-z]{1,3}[A-Z]")
_SENTENCE_STOP_RE = re.compile(r"[.!?]\s")
_ABBREVIATION_RE = re.compile(r"\b(?:Inc|Co|Corp|Ltd|St|Jr|Sr)\.")


def company_shape(name: str | None, *, lowercase_ok: bool = False) -> str | None:
    """``name`` cleaned when it can be an organisation's name, else None.

    A name is at most six words and 60 characters, opens with a capital or a brand's lowercase
    letter ("eBay", "inLumon"; any lowercase name with ``lowercase_ok``, for a name that stands on
    a line of its own: "ecosio"), is no heading, no location, no employment term, no phrase of a
    sentence and no job title, and does not end in a generic word ("Client", "Team").
    """
    if name is None:
        return None
    name = clean_line(name).replace("®", "").replace("™", "").replace("©", "")
    name = name.strip()
    if "'" in name or "’" in name:  # "Georgia-Pacific’s Project Group" -> the firm
        name = _POSSESSIVE_ON_RE.sub("", name)
    name = _TRAILING_MARKS_RE.sub("", name)
    if name.endswith(".") and not _SUFFIX_RE.search(name):  # (no whitespace ends it now)
        name = name[:-1]
    words = name.split()
    if not words or len(name) > _COMPANY_MAX_CHARS or len(words) > _COMPANY_MAX_WORDS:
        return None
    first, last = words[0].lower(), words[-1].lower().strip(".,")
    if (
        first in _NOT_FIRST_WORDS
        or last in _NOT_LAST_WORDS
        or "<" in name
        or (first == "the" and len(words) < 3 and not _SUFFIX_RE.search(name))
        or not (lowercase_ok or _NAME_START_RE.match(name))
        or _SENTENCE_STOP_RE.search(_ABBREVIATION_RE.sub("", name))
        or _GLUED_SENTENCE_RE.search(name)
        or _EMPLOYMENT_WORDS_RE.match(name)
        or _looks_location(name)
    ):
        return None
    key = _heading_key(name)
    if key in _POSTING_VOCAB or key in ("company profile", "company description", "job details"):
        return None
    if len(words) == 1 and first in _GENERIC_ALONE:
        return None
    if is_head_word(last) and not _SUFFIX_RE.search(name):
        return None  # "Senior Manager", "SAP Global Partner": a title, not a company
    if any(is_head_word(w) and w.lower() not in _VERB_HEADS for w in words[1:]):
        return None  # "Technical Consultant Cognizant Technology Solutions"
    if any(w.lower() in _SENTENCE_WORDS for w in words[1:]):
        return None  # "Centage Corporation is the world leader ..."
    return name


_SENTENCE_WORDS = frozenset(["is", "are", "was", "were", "has", "have", "we", "our", "you"])

_ABOUT_RE = re.compile(
    r"^About\s+(?!us\b|the\b|you\b|this\b|our\b|the role\b)(?P<company>[A-Z0-9].{1,50})$"
)
_NAME_MAX_WORDS = 5  # _HIRING_RE's name: a word and at most four more (_hiring_matches reads it)
_HIRING_RE = re.compile(
    rf"(?P<company>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,{_NAME_MAX_WORDS - 1}}})"
    r"\s+(?:is\s+(?:(?:currently|now)\s+)?"
    r"(?:hiring|seeking|looking\s+for|recruiting|searching\s+for)|"
    r"are\s+(?:hiring|seeking|looking\s+for))"
)
_HIRING_VERBS = ("hiring", "seeking", "looking", "recruiting", "searching")  # as _HIRING_RE
# What every _HIRING_RE match holds: a space, "is" or "are" and the verb.
_HIRING_TAIL_RE = re.compile(
    r"\s(?:is\s+(?:(?:currently|now)\s+)?(?:hiring|seeking|looking\s+for|recruiting|searching"
    r"\s+for)|are\s+(?:hiring|seeking|looking\s+for))"
)
_AT_COMPANY_RE = re.compile(r"\s(?:at|@)\s+(?P<company>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})")
# A capitalised name: words that start with a capital or a digit, or a brand's lowercase
# letters ("eBay"), joined by "&", "of", "for" ("A Place for Mom", "Bank of America").
_NAME = (
    r"(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[\w&.'’®™-]*"
    r"(?:,?\s+(?:(?:of|for|and|&|de|the)\s+)?(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[\w&.'’®™-]*){0,5}"
)
# The opening sentence of a posting or of its company section names the company as its subject:
# "Canonical is a leading provider ...", "ABC Supply Co., Inc. is the nation's ...", "The Apex
# Group was established ...", "Tesla is currently seeking ...".
_SUBJECT_RE = re.compile(
    rf"^(?P<company>{_NAME})\s+(?:\([^)]{{1,40}}\)\s+)?"
    r"(?:is|are|was|has|have|provides|offers|builds|develops|delivers|creates|helps|specializes|"
    r"specialises|operates|serves|designs|makes|brings|combines|empowers|enables|seeks)\b"
)
# "At Zillow Group, we're ...", "We're BrainRocket — an ...", "Join Omada as a ...".
# Written to start with the first letters of its three openings, the opening sentence's start
# looked behind for after it (r"(?:^|(?<=[.!?]\s))(?:At\s+...|We...|Join\s+...)", tried at every
# character of the opening's 300): the engine skips to those letters. The same matches
# (tests/structure/test_posting_fast_paths.py).
_WE_ARE_RE = re.compile(
    r"[AWJ](?:(?<=^.)|(?<=[.!?]\s.))"
    rf"(?:(?<=A)t\s+(?P<at>{_NAME}),?\s+(?:we|our)\b|"
    rf"(?<=W)e(?:['’]re|\s+are)\s+(?P<we>{_NAME})\s*[—–,-]|"
    rf"(?<=J)oin\s+(?P<join>{_NAME})\s+(?:as|and|in|to)\b)"
)
_OWNER_RE = re.compile(rf"(?:^|\s)(?P<owner>{_NAME})['’]s\s+$")
# Headings a flattened posting opens with before its first sentence ("About the job Canonical is
# ...", "Company Description Vestcom is ...").
_LEAD_HEADING_RE = re.compile(
    r"^(?:about the job|about us|about the company|company description|company profile|"
    r"company overview|who we are|the role|your job|job description|description|overview)"
    r"\s*[:：]?\s+",
    re.IGNORECASE,
)
_COMPANY_SECTION_KEYS = frozenset(
    ["about", "about us", "about the company", "company description", "company profile",
     "company overview", "who we are", "our company", "the company", "about the job"]
)  # fmt: skip


def _opening_company(text: str) -> str | None:
    """The company the opening sentence of ``text`` names: its subject, "At Acme, we", ..."""
    text = _LEAD_HEADING_RE.sub("", _LEAD_HEADING_RE.sub("", text))
    found = _SUBJECT_RE.match(text)
    if found is not None:
        shaped = company_shape(found.group("company"))
        if shaped is not None:
            return shaped
    head = text[:300]
    for found in _WE_ARE_RE.finditer(head):
        name = found.group("at") or found.group("we") or found.group("join")
        shaped = company_shape(name)
        if shaped is not None:
            return shaped
    return None


def _company_lines(lines: list[_Line]) -> list[str]:
    """The texts whose opening sentence may name the company: the posting's first line and the
    first line under a company heading ("Company profile", "About us")."""
    texts = [clean_line(line.text) for line in lines[:1]]
    for index, line in enumerate(lines[:-1]):
        if len(line.text) < 40 and _heading_key(clean_line(line.text)) in _COMPANY_SECTION_KEYS:
            texts.append(clean_line(lines[index + 1].text))
    return texts


def company_from_text(lines: list[_Line], title: str | None) -> str | None:
    """A posting's company when no field names it, or None (see the module's docstring)."""
    for line in lines:
        if len(line.text) > 80 or line.text.find("About", 0, 12) < 0:
            continue  # _ABOUT_RE matches only a short line that opens with "About"
        match = _ABOUT_RE.match(clean_line(line.text).rstrip(":"))
        if match and len(line.text.split()) <= 6:
            shaped = company_shape(match.group("company"))
            if shaped is not None:
                return shaped
    found = _under_title(lines, title)
    if found is not None:
        return found
    for text in _company_lines(lines):
        found = _opening_company(text)
        if found is not None:
            return found
    for line in _hiring_lines(lines):
        for match in _hiring_matches(line.text):
            before = line.text[: match.start()]
            if _PLACE_BEFORE_RE.search(before):
                continue  # "a client in the North Valley is looking", "Washington, DC is ..."
            owner = _OWNER_RE.search(before[-80:])
            words = match.group("company").split()
            while words and words[0].lower() in {"the", "our", "we", "at", "why", "join"}:
                words = words[1:]
            # "Harlow-Pine’s Engineering Group is seeking": the firm that owns the group.
            shaped = company_shape(owner.group("owner") if owner else " ".join(words))
            if shaped is not None:
                return shaped
    if title:
        match = _AT_COMPANY_RE.search(title)
        if match:
            return company_shape(match.group("company"))
    return None


# The patterns asked of each hiring line and of the line under a title, compiled once (the re
# module's cache misses them once other patterns have pushed them out).
_PLACE_BEFORE_RE = re.compile(r"(?:\b(?:in|at|near|from|of|to)\s+(?:the\s+)?|,\s*)$")
_FIELD_COLON_RE = re.compile(r"[:：]\s")
_PIECE_TAIL_RE = re.compile(r"[^\w).&'’]+$")


def _hiring_matches(text: str) -> Iterator[re.Match[str]]:
    """``_HIRING_RE.finditer(text)``, searched only before each "is hiring" (_HIRING_TAIL_RE):
    the pattern tries a capitalised name at every capital, which of a flattened posting's line
    are hundreds. A match is a name of at most five words ending just before a tail, its first
    word in the fifth run of non-spaces back at most (a name cannot hold a lowercase "is" or
    "are", so it ends at the first tail after its start): each window runs from there to the
    tail's end, windows that meet are merged, and the pattern is searched in each."""
    windows: list[list[int]] = []
    for tail in _HIRING_TAIL_RE.finditer(text):
        low = tail.start()
        for _ in range(_NAME_MAX_WORDS):  # back over a run of spaces and the word before it
            while low and text[low - 1].isspace():
                low -= 1
            while low and not text[low - 1].isspace():
                low -= 1
        if windows and low <= windows[-1][1]:
            windows[-1][1] = tail.end()
        else:
            windows.append([low, tail.end()])
    for low, high in windows:
        yield from _HIRING_RE.finditer(text, low, high)


def _hiring_lines(lines: list[_Line]) -> list[_Line]:
    """The lines where _HIRING_RE can match, in order: _HIRING_RE tries a capitalised name at
    every word, so it runs only on lines holding one of its verbs after "is" or "are". Each verb
    is looked for once in all the lines (joined), not line by line."""
    joined = "\n".join(line.text for line in lines)
    starts = list(accumulate((len(line.text) + 1 for line in lines), initial=0))
    held: set[int] = set()
    for verb in _HIRING_VERBS:
        at = joined.find(verb)
        while at != -1:
            index = bisect_right(starts, at) - 1
            held.add(index)
            at = joined.find(verb, starts[index + 1])  # the next line on
    # (_hiring_matches finds nothing on a line without a tail: no need to test for one here.)
    return [lines[i] for i in sorted(held)]


def _under_title(lines: list[_Line], title: str | None) -> str | None:
    """The company on the line under the title: "Cobalt Ridge Software, Inc.", "Fernhill
    Analytics – Denver, CO", "### Koombea"."""
    if title is None:
        return None
    # The title may be the line shortened ("Cloud Engineer (f/m/d)" -> "Cloud Engineer").
    index = next(
        (i for i, ln in enumerate(lines[:6]) if clean_line(ln.text).rstrip(":").startswith(title)),
        None,
    )
    if index is None or index + 1 >= len(lines):
        return None
    text = clean_line(lines[index + 1].text)
    if (
        len(text) > 120
        or _is_sentence(text)
        or _is_bullet(lines[index + 1].text)
        or _FIELD_COLON_RE.search(text)
        or _heading_key(text) in _POSTING_VOCAB
        or len(text.split()) > 12
    ):
        return None
    for piece in _split_pieces(text):
        piece = _PIECE_TAIL_RE.sub("", piece).strip()
        if piece and not _looks_location(piece) and not _EMPLOYMENT_WORDS_RE.match(piece):
            return company_shape(piece, lowercase_ok=True)
    return None
