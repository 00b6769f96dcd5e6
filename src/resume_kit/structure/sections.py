"""Structure of a resume or posting: sections, contact, roles, education, requirements.

This runs on a reader's :class:`~resume_kit.model.documents.SourceText` before any NLP, with plain
Python
and regular expressions. Readers put each paragraph, list item and table cell on its own line and
start list items with ``"• "``, so the unit of work here is the line.

Heading detection: a line is a heading when it is short, is not a bullet or a sentence, and
either matches the heading vocabulary of the document kind exactly ("Work History", "What you'll
do") or is styled as a heading (ALL CAPS, Title Case, trailing colon, or marked by the format in
``heading_lines``) and ends with a known section noun after known modifiers ("Relevant IT Project
Experience"). A heading-looking line outside the vocabulary becomes an ``other`` section only when
it is clearly a heading: ALL CAPS or marked by the format, after the first known heading, and not
followed by dates (employer names in capitals are common in experience sections).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from resume_kit.model.dates import find_date_range, parse_date
from resume_kit.model.documents import (
    Certification,
    Contact,
    Education,
    Posting,
    RequirementLevel,
    Resume,
    Role,
    Section,
    SourceText,
    TextSpan,
    YearsRequired,
)
from resume_kit.structure.wordsearch import compile_word_alternatives

EducationLevel = Literal["doctorate", "master", "bachelor", "associate", "diploma", "other"]

# --------------------------------------------------------------------------------------------
# Heading vocabularies (normalised: lower case, "&" and "/" read as "and", punctuation dropped).

_RESUME_HEADINGS: dict[str, tuple[str, ...]] = {
    "contact": (
        "contact",
        "contact information",
        "contact info",
        "contact details",
        "personal information",
        "personal details",
    ),
    "summary": (
        "summary",
        "professional summary",
        "career summary",
        "executive summary",
        "summary of qualifications",
        "qualifications summary",
        "profile",
        "professional profile",
        "career profile",
        "personal profile",
        "about me",
        "objective",
        "career objective",
        "professional objective",
        "personal statement",
        "overview",
        "professional overview",
        "highlights",
        "career highlights",
    ),
    "experience": (
        "experience",
        "professional experience",
        "work experience",
        "relevant experience",
        "work history",
        "employment",
        "employment history",
        "career history",
        "professional history",
        "professional background",
        "positions held",
        "experience summary",
    ),
    "education": (
        "education",
        "education and training",
        "education and certifications",
        "education and qualifications",
        "academic background",
        "academic qualifications",
        "educational background",
        "academic history",
        "coursework",
        "relevant coursework",
    ),
    "skills": (
        "skills",
        "technical skills",
        "key skills",
        "core skills",
        "core competencies",
        "key competencies",
        "competencies",
        "areas of expertise",
        "expertise",
        "technical expertise",
        "skills and abilities",
        "skills and competencies",
        "skills summary",
        "skill set",
        "skillset",
        "technical proficiencies",
        "tools",
        "tools and technologies",
        "technologies",
        "tools and methodologies",
        "methodologies and tools",
        "professional skills",
        "strengths",
    ),
    "certifications": (
        "certifications",
        "certification",
        "certificates",
        "licenses and certifications",
        "licences and certifications",
        "certifications and licenses",
        "certifications and licences",
        "professional certifications",
        "professional development",
        "certifications and training",
        "training and certifications",
        "training",
        "credentials",
        "professional credentials",
        "accreditations",
    ),
    "projects": (
        "projects",
        "key projects",
        "selected projects",
        "notable projects",
        "project highlights",
        "project portfolio",
        "selected achievements",
        "key achievements",
        "achievements",
        "accomplishments",
        "key accomplishments",
        "career achievements",
        "notable achievements",
    ),
    "other": (
        "awards",
        "honors",
        "honours",
        "awards and honors",
        "awards and honours",
        "honors and awards",
        "volunteer",
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "community involvement",
        "languages",
        "interests",
        "hobbies",
        "hobbies and interests",
        "references",
        "publications",
        "affiliations",
        "professional affiliations",
        "memberships",
        "professional memberships",
        "activities",
        "additional information",
        "patents",
        "presentations",
        "conferences",
        "speaking",
        "military service",
        "security clearance",
        "clearance",
    ),
}

_POSTING_HEADINGS: dict[str, tuple[str, ...]] = {
    "about": (
        "about",
        "about us",
        "about the company",
        "about the job",
        "about the position",
        "about the team",
        "the team",
        "who we are",
        "company overview",
        "company description",
        "our company",
        "our mission",
        "overview",
        "job description",
        "description",
        "position summary",
        "job summary",
        "role overview",
        "position overview",
        "summary",
        "the opportunity",
        "introduction",
    ),
    "responsibilities": (
        "responsibilities",
        "key responsibilities",
        "your responsibilities",
        "main responsibilities",
        "job responsibilities",
        "role responsibilities",
        "duties",
        "job duties",
        "essential duties",
        "duties and responsibilities",
        "essential duties and responsibilities",
        "roles and responsibilities",
        "role and responsibilities",
        "what you'll do",
        "what you will do",
        "what you'll be doing",
        "what you will be doing",
        "the role",
        "about the role",
        "your role",
        "in this role",
        "in this role you will",
        "your impact",
        "day to day",
        "a day in the life",
        "accountabilities",
        "key accountabilities",
        "the position",
    ),
    "requirements": (
        "requirements",
        "job requirements",
        "key requirements",
        "minimum requirements",
        "essential requirements",
        "qualifications",
        "required qualifications",
        "basic qualifications",
        "minimum qualifications",
        "requirements and qualifications",
        "qualifications and requirements",
        "skills and qualifications",
        "skills and experience",
        "experience and skills",
        "knowledge skills and abilities",
        "education and experience",
        "required skills",
        "required experience",
        "mandatory skills",
        "essential skills",
        "essential criteria",
        "key skills",
        "skills",
        "experience",
        "must have",
        "must haves",
        "what you bring",
        "what you'll bring",
        "what you will bring",
        "what we're looking for",
        "what we are looking for",
        "who you are",
        "about you",
        "your profile",
        "your background",
        "what you need",
        "what you'll need",
        "you have",
        "ideal candidate",
        "the ideal candidate",
        "candidate profile",
        # Sentences that open a list of asks: "We expect that you: Have experience with ..."
        "we expect",
        "we expect that you",
        "we expect you to",
        "we expect you to have",
        "what we expect",
        "what we expect from you",
        "we imagine that you",
        "you should have",
        "your qualifications",
        "the successful candidate",
        "the successful candidate will",
        "the successful candidate has",
    ),
    "preferred": (
        "preferred",
        "preferred qualifications",
        "preferred skills",
        "preferred experience",
        "nice to have",
        "nice to haves",
        "nice to have skills",
        "good to have",
        "bonus",
        "bonus points",
        "bonus if you have",
        "pluses",
        "desired skills",
        "desired qualifications",
        "desirable",
        "desirable skills",
        "desirable criteria",
        "additional qualifications",
        "extra credit",
        "even better if",
        "it would be great if",
    ),
    "benefits": (
        "benefits",
        "what we offer",
        "we offer",
        "our offer",
        "perks",
        "perks and benefits",
        "benefits and perks",
        "compensation",
        "compensation and benefits",
        "salary",
        "salary and benefits",
        "salary range",
        "pay",
        "pay range",
        "rewards",
        "total rewards",
        "why join us",
        "why work with us",
        "why you'll love working here",
        "what's in it for you",
    ),
    "other": (
        "how to apply",
        "application process",
        "next steps",
        "equal opportunity",
        "equal opportunity employer",
        "eeo statement",
        "diversity",
        "location",
        "work location",
        "schedule",
        "working hours",
        "contact",
        "additional information",
        "our values",
        "values",
    ),
}

# Section nouns and the modifiers allowed before them for headings outside the exact vocabulary
# ("Relevant IT Project Experience"); only styled lines qualify.
_RESUME_HEADS = {
    "experience": "experience",
    "history": "experience",
    "employment": "experience",
    "skills": "skills",
    "competencies": "skills",
    "education": "education",
    "certifications": "certifications",
    "certificates": "certifications",
    "licenses": "certifications",
    "projects": "projects",
    "achievements": "projects",
    "accomplishments": "projects",
    "summary": "summary",
    "profile": "summary",
}
_POSTING_HEADS = {
    "responsibilities": "responsibilities",
    "duties": "responsibilities",
    "requirements": "requirements",
    "qualifications": "requirements",
    "benefits": "benefits",
    "perks": "benefits",
}
_MODIFIERS = frozenset(
    [
        "professional",
        "relevant",
        "work",
        "technical",
        "key",
        "core",
        "selected",
        "select",
        "additional",
        "other",
        "career",
        "employment",
        "it",
        "project",
        "projects",
        "management",
        "program",
        "leadership",
        "industry",
        "recent",
        "previous",
        "prior",
        "notable",
        "major",
        "academic",
        "formal",
        "software",
        "business",
        "personal",
        "agile",
        "related",
        "applicable",
        "consulting",
        "military",
        "job",
        "role",
        "position",
        "basic",
        "minimum",
        "required",
        "preferred",
        "essential",
        "main",
        "specific",
        "general",
    ]
)

# Inline headings ("Skills: Agile, Scrum") are trusted only for these sections and only outside
# experience/projects, where "Skills: Jira" is usually a line of a role.
_RESUME_INLINE = frozenset({"summary", "skills", "certifications", "education"})
_POSTING_INLINE = frozenset({"requirements", "preferred"})


def _vocabulary(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {variant: name for name, variants in table.items() for variant in variants}


_RESUME_VOCAB = _vocabulary(_RESUME_HEADINGS)
_POSTING_VOCAB = _vocabulary(_POSTING_HEADINGS)

_BULLET_RE = re.compile(r"^(?:[•●▪◦·‣∙○■□➢►▶✓✔*]|[-–—](?=\s))\s*")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "&",
        "your",
        "our",
        "you",
        "we",
    ]
)
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

# --------------------------------------------------------------------------------------------
# Places.

_US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "AB",
        "BC",
        "MB",
        "NB",
        "NL",
        "NS",
        "ON",
        "PE",
        "QC",
        "SK",
        "NSW",
        "VIC",
        "QLD",
        "ACT",
    ]
)
_REGIONS = frozenset(
    name.lower()
    for name in (
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
        "Ontario",
        "Quebec",
        "British Columbia",
        "Alberta",
        "Nova Scotia",
        "Manitoba",
        "USA",
        "US",
        "U.S.",
        "U.S.A.",
        "United States",
        "UK",
        "U.K.",
        "United Kingdom",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Ireland",
        "Canada",
        "Australia",
        "New Zealand",
        "India",
        "Germany",
        "France",
        "Netherlands",
        "The Netherlands",
        "Belgium",
        "Luxembourg",
        "Spain",
        "Portugal",
        "Italy",
        "Switzerland",
        "Austria",
        "Poland",
        "Czech Republic",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Singapore",
        "Malaysia",
        "Philippines",
        "Japan",
        "China",
        "Hong Kong",
        "South Korea",
        "Vietnam",
        "Indonesia",
        "Thailand",
        "UAE",
        "United Arab Emirates",
        "Saudi Arabia",
        "Qatar",
        "Israel",
        "Egypt",
        "South Africa",
        "Nigeria",
        "Kenya",
        "Ghana",
        "Brazil",
        "Mexico",
        "Argentina",
        "Chile",
        "Colombia",
        "Pakistan",
        "Bangladesh",
        "Sri Lanka",
        "Romania",
        "Ukraine",
        "Greece",
        "Turkey",
    )
)
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’\-])*"
_PLACE_WORDS = rf"{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|de|del|la|upon|on|am|sur))*"
_CITY_REGION_RE = re.compile(
    rf"^(?P<city>{_PLACE_WORDS})\s*,\s*(?P<region>[A-Z][A-Za-z. ]*?)"
    r"(?:\s*,\s*(?P<country>[A-Z][A-Za-z. ]*?))?(?:\s+\d{5}(?:-\d{4})?)?"
    r"(?:\s*\([^()]{1,60}\))?$"
)
_REMOTE_RE = re.compile(r"^(?:remote|hybrid|on-?site|fully remote|remote-first)\b.{0,30}$", re.I)


def _is_region(text: str) -> bool:
    return text in _US_STATES or text.lower() in _REGIONS


def _looks_location(text: str) -> bool:
    """True for "Austin, TX", "London, UK", "Toronto, Ontario, Canada", "Remote"."""
    text = _trim(text.strip())
    if _REMOTE_RE.match(text):
        return True
    match = _CITY_REGION_RE.match(text)
    if not match:
        return False
    if not _is_region(match.group("region").strip()):
        return False
    country = match.group("country")
    return country is None or _is_region(country.strip())


# --------------------------------------------------------------------------------------------
# Lines.


@dataclass(frozen=True)
class _Line:
    """A non-blank line: its stripped text and the offsets of that text."""

    text: str
    start: int
    end: int
    marked: bool


def _split_lines(source: SourceText) -> list[_Line]:
    marked = set(source.heading_lines)
    lines: list[_Line] = []
    offset = 0
    for raw in source.text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = offset + lead
            lines.append(_Line(stripped, start, start + len(stripped), offset in marked))
        offset += len(raw) + 1
    return lines


def _is_bullet(text: str) -> bool:
    return bool(_BULLET_RE.match(text))


def _strip_bullet(text: str) -> str:
    return _BULLET_RE.sub("", text, count=1)


def _heading_key(text: str) -> str:
    text = text.strip().strip("#*_=").strip().rstrip(":：").strip()
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = text.replace("&", " and ").replace("/", " and ").replace("+", " and ")
    text = _NOT_KEY_CHARS_RE.sub(" ", text)
    return " ".join(text.split())


_NOT_KEY_CHARS_RE = re.compile(r"[^a-z' ]+")


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _is_title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", text)
    if not words or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


@dataclass(frozen=True)
class _HeadingGuess:
    name: str | None  # canonical name, None when the line is heading-like but unknown
    heading: str  # as written (label only for an inline "Skills: ..." heading)
    inline: bool = False


_LINK_START_RE = re.compile(r"https?://|www\.")
_FIELD_VALUE_RE = re.compile(r"[:：]\s*\S")
_DIGIT_RE = re.compile(r"\d")
_INLINE_LABEL_RE = re.compile(r"^([A-Za-z][A-Za-z &/'’\-]{2,40}):\s+\S")


def _guess_heading(
    line: _Line, vocab: dict[str, str], heads: dict[str, str]
) -> _HeadingGuess | None:
    """Whether ``line`` looks like a heading, and which section it names (None: unknown)."""
    text = line.text
    if len(text) > 60 or _is_bullet(text):
        return None
    key = _heading_key(text)
    words = key.split()
    if not words or len(words) > 6:
        return None
    # A sentence is not a heading ("Led the team." / "Experience with Jira is a plus.").
    body = text.rstrip(":：").rstrip()
    if body.endswith((".", "!", ",", ";")) or "@" in text or _LINK_START_RE.search(text):
        return None
    if _FIELD_VALUE_RE.search(text) or _DIGIT_RE.search(text):
        return None  # "Salary: $105,000" is a field; "Skills: a, b" is an inline heading
    if key in vocab:
        return _HeadingGuess(vocab[key], body.strip("#*_= ").strip())
    parts = key.split(" and ")
    if len(parts) > 1 and all(part in vocab for part in parts):
        # "Preferred / Nice to have", "Education & Certifications": the first name decides.
        return _HeadingGuess(vocab[parts[0]], body.strip("#*_= ").strip())
    if (
        vocab.get("about") == "about"
        and words[0] == "about"
        and 2 <= len(words) <= 5
        and (line.marked or _is_title_case(text) or _is_all_caps(text))
    ):
        return _HeadingGuess("about", body.strip("#*_= ").strip())  # "About Globex"
    styled = line.marked or text.endswith((":", "：")) or _is_all_caps(text)
    styled = styled or _is_title_case(text)
    if not styled or len(words) > 5 or _DIGIT_RE.search(text):
        return None
    head = words[-1]
    if head in heads and all(w in _MODIFIERS for w in words[:-1]):
        return _HeadingGuess(heads[head], body.strip("#*_= ").strip())
    if (line.marked or _is_all_caps(text)) and len(words) <= 4:
        return _HeadingGuess(None, body.strip("#*_= ").strip())
    return None


def _guess_inline_heading(
    line: _Line, vocab: dict[str, str], inline: frozenset[str]
) -> _HeadingGuess | None:
    """ "Skills: Agile, Scrum, Jira" -> a skills heading whose body starts on the same line."""
    # The label is at most 41 characters: a line without a colon that early cannot match.
    match = _INLINE_LABEL_RE.match(line.text) if ":" in line.text[:42] else None
    if not match:
        return None
    name = vocab.get(_heading_key(match.group(1)))
    if name not in inline:
        return None
    return _HeadingGuess(name, match.group(1).strip(), inline=True)


def _find_sections(
    source: SourceText,
    lines: list[_Line],
    vocab: dict[str, str],
    heads: dict[str, str],
    top: str,
    inline: frozenset[str],
) -> list[Section]:
    """Split the text into sections; the untitled top part is named ``top``."""
    starts: list[tuple[int, str, str]] = []  # (offset, name, heading)
    current = top
    for index, line in enumerate(lines):
        guess = _guess_heading(line, vocab, heads)
        if guess is None and current not in ("experience", "projects"):
            guess = _guess_inline_heading(line, vocab, inline)
            if guess is not None and guess.name == current:
                guess = None
        if guess is None:
            continue
        name = guess.name
        if name is None:
            if not starts or _is_company_like(line.text) or _dates_follow(lines, index):
                continue
            if not line.marked and not _stands_apart(source.text, line):
                continue  # "PMP, CSM" or "ITIL" in a list is not a heading
            name = "other"
        starts.append((line.start, name, guess.heading))
        current = name
    starts = _end_prose_asks(starts, lines)
    sections: list[Section] = []
    text_end = len(source.text)
    if not starts or starts[0][0] > 0:
        first = starts[0][0] if starts else text_end
        if source.text[:first].strip() or (not starts and source.text):
            sections.append(Section(name=top, heading="", start=0, end=first))
    for i, (start, name, heading) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else text_end
        sections.append(Section(name=name, heading=heading, start=start, end=end))
    return sections


# Requirement headings that are the start of a sentence ("We expect that you: Have ..."). In flat
# text no heading may follow them, so their section ends where the sentences stop being asks of
# the reader: at a line that opens with one of _NOT_ASK_WORDS and does not address the reader
# ("Some travelling is expected", "We are ~25 people", "Salary and terms"; not "We also want you
# to know SQL"). Without that, a closing "a very dynamic environment" became a required skill.
_PROSE_ASKS = frozenset(
    ["we expect", "we expect that you", "we expect you to", "we expect you to have",
     "what we expect", "what we expect from you", "we imagine that you", "you should have",
     "the successful candidate", "the successful candidate will", "the successful candidate has"]
)  # fmt: skip
_NOT_ASK_WORDS = frozenset(
    ["we", "we're", "we've", "our", "us", "some", "salary", "application", "applications", "apply",
     "please", "about", "who", "contact", "start", "this", "there", "here"]
)  # fmt: skip


_ADDRESSES_READER_RE = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def _end_prose_asks(
    starts: list[tuple[int, str, str]], lines: list[_Line]
) -> list[tuple[int, str, str]]:
    """Close each requirements section opened by a sentence at its first line that is no ask."""
    out: list[tuple[int, str, str]] = []
    for i, (start, name, heading) in enumerate(starts):
        out.append((start, name, heading))
        if name != "requirements" or _heading_key(heading) not in _PROSE_ASKS:
            continue
        end = starts[i + 1][0] if i + 1 < len(starts) else None
        for line in lines:
            if line.start <= start or (end is not None and line.start >= end):
                continue
            words = line.text.lower().split()
            if (
                words[0].strip(",.:;") in _NOT_ASK_WORDS
                and not _is_bullet(line.text)
                and not _ADDRESSES_READER_RE.search(line.text)
            ):
                out.append((line.start, "other", ""))
                break
    return out


def _stands_apart(text: str, line: _Line) -> bool:
    """An unmarked capitals line reads as a heading: after a blank line, no list, a real word."""
    before = text[: line.start].rstrip(" \t")
    after_blank = not before or before.endswith("\n\n") or before.rstrip() == ""
    has_word = any(len(w) >= 4 for w in re.findall(r"[^\W\d_]+", line.text))
    return after_blank and has_word and not re.search(r"[,;|]", line.text)


def _is_company_like(text: str) -> bool:
    return bool(_COMPANY_SUFFIX_RE.search(_heading_key(text)))


def _dates_follow(lines: list[_Line], index: int) -> bool:
    """True when the line or one of the next three holds a date (an employer, not a heading)."""
    return any(find_date_range(line.text) for line in lines[index : index + 4])


def _section_lines(lines: list[_Line], section: Section) -> list[_Line]:
    """The body lines of a section (its heading line excluded unless the heading is inline)."""
    body = [ln for ln in lines if section.start <= ln.start < section.end]
    if section.heading and body and body[0].start == section.start:
        first = body[0]
        rest = first.text[len(section.heading) :].lstrip(" :：\t")
        if rest:  # inline heading: keep the content after "Skills:"
            offset = first.end - len(rest)
            body[0] = _Line(rest, offset, first.end, False)
        else:
            body = body[1:]
    return body


# --------------------------------------------------------------------------------------------
# Contact.

_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE_RE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d[\d\s.\-]{5,}\d")
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s|,;<>()]+|\b(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com)"
    r"/[^\s|,;<>()]+",
    re.IGNORECASE,
)


def _has_url(text: str) -> bool:
    """Whether ``_URL_RE`` finds a link in ``text``.

    Each of its alternatives holds "://", "www." or ".com/" (its IGNORECASE folds nothing else
    into those characters), so a line without them is passed at once instead of trying the
    pattern at every word.
    """
    low = text.lower()
    if "://" not in low and "www." not in low and ".com/" not in low:
        return False
    return _URL_RE.search(text) is not None


# A personal site written without scheme ("janedoe.dev"), looked for in the contact part only.
_BARE_DOMAIN_RE = re.compile(
    r"(?<![@\w.])(?:[a-z0-9\-]+\.)+(?:com|org|net|io|dev|me|co|info|site|page|app|tech|design|"
    r"online|uk|ca|de|in|au|eu)(?:/[^\s|,;<>()]*)?(?![\w@])",
    re.IGNORECASE,
)
_PIECE_SPLIT_RE = re.compile(r"\s*(?:[|•·◆♦▪●\t]|\s{2,}|\s[-–—]\s)\s*")
_NAME_WORD_RE = re.compile(r"^(?:[A-Z][a-zA-Z'’\-]+\.?|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+)$")


def _find_phone(text: str) -> str | None:
    for match in _PHONE_RE.finditer(text):
        candidate = match.group().strip(" .-")
        digits = re.sub(r"\D", "", candidate)
        if not 7 <= len(digits) <= 15:
            continue
        if re.fullmatch(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", candidate):
            continue  # a year range
        return candidate
    return None


def _strip_credentials(text: str) -> str:
    """ "Jane Doe, PMP, CSM" -> "Jane Doe"."""
    return re.sub(r"(?:,\s*[A-Z][A-Za-z0-9\-]*[A-Z0-9](?:®)?)+\s*$", "", text).strip()


def _looks_name(text: str) -> bool:
    text = _strip_credentials(text)
    words = text.split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in text):
        return False
    if _heading_key(text) in _RESUME_VOCAB or _TITLE_WORD_RE.search(text):
        return False
    return all(_NAME_WORD_RE.match(w) for w in words)


def _may_hold_location(text: str) -> bool:
    """False when no piece of ``text`` can be a location (saves trying each piece).

    Without a comma only "Remote ..." (_REMOTE_RE) can match; most of a flat posting's header
    is prose like that.
    """
    if "," in text:
        return True
    folded = _folded(text)
    return "remote" in folded or "hybrid" in folded or "site" in folded


def _find_location(pieces: Iterable[str]) -> str | None:
    for piece in pieces:
        if not _may_hold_location(piece):
            continue
        piece = re.sub(r"^(?:location|address|based in)\s*[:\-]?\s*", "", piece, flags=re.I)
        piece = piece.strip(" ,")
        if _looks_location(piece):
            return piece
        # "123 Main St, Austin, TX 78701": keep the "City, ST" tail.
        parts = [p.strip() for p in piece.split(",")]
        # A location is at most "City, Region, Country, Code": longer tails are not tried (on a
        # line of thousands of commas trying them all was quadratic).
        for i in range(max(1, len(parts) - 4), len(parts) - 1):
            tail = ", ".join(parts[i:])
            if _looks_location(tail) and not _REMOTE_RE.match(tail):
                return tail
    return None


def _parse_contact(lines: list[_Line]) -> Contact:
    text = "\n".join(line.text for line in lines)
    name = None
    for line in lines:
        piece = _PIECE_SPLIT_RE.split(line.text)[0]
        if _looks_name(piece):
            name = _strip_credentials(piece)
            break
        if _looks_name(line.text):
            name = _strip_credentials(line.text)
            break
    email = _EMAIL_RE.search(text)
    text_no_urls = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", text))
    links: list[str] = []
    no_email = _EMAIL_RE.sub(" ", text)
    for match in _URL_RE.finditer(no_email):
        url = match.group().rstrip(".")
        if url not in links:
            links.append(url)
    for match in _BARE_DOMAIN_RE.finditer(_URL_RE.sub(" ", no_email)):
        url = match.group().rstrip(".")
        if url not in links and not re.fullmatch(r"[\d.]+", url):
            links.append(url)
    pieces = [p for line in lines for p in _PIECE_SPLIT_RE.split(line.text) if p]
    return Contact(
        name=name,
        email=email.group() if email else None,
        phone=_find_phone(text_no_urls),
        links=links,
        location=_find_location(pieces),
    )


# --------------------------------------------------------------------------------------------
# Experience.


def _is_sentence(text: str) -> bool:
    """Prose rather than a header: ends with a full stop ("Acme Inc." aside) or is long."""
    text = text.rstrip()
    if text.endswith((".", "!", "?")) and not re.search(
        r"\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St|U\.S|[A-Z])\.$", text
    ):
        return True
    words = [w for w in _without_dates(text).split() if re.search(r"[A-Za-z]", w)]
    return len(words) > 12


def _is_header_like(line: _Line) -> bool:
    return not _is_bullet(line.text) and not _is_sentence(line.text)


def _trim(piece: str) -> str:
    """Strip separators and unbalanced brackets: "(2015" -> "2015", "Arts (MBA)" kept whole."""
    piece = piece.strip(" ,;[]")
    if piece.startswith("(") and piece.endswith(")"):
        piece = piece[1:-1]
    if piece.startswith("(") and piece.count("(") > piece.count(")"):
        piece = piece[1:]
    if piece.endswith(")") and piece.count(")") > piece.count("("):
        piece = piece[:-1]
    return piece.strip(" ,;")


def _split_pieces(text: str) -> list[str]:
    pieces = re.split(r"\s*(?:[|·•\t]|\s[-–—]\s|[–—])\s*|\s{3,}", text)
    return [t for t in (_trim(p) for p in pieces) if t]


def _split_top_level(text: str) -> list[str]:
    """Split a skills line on , ; | and bullets, but not inside brackets ("Cloud (AWS, Azure)")."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;|•·●▪◦\t":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [piece for item in items for piece in re.split(r"\s[-–—]\s", item)]


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


def _parse_role_header(texts: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, employer and location from a role's header lines (dates already removed)."""
    title: str | None = None
    employer: str | None = None
    location: str | None = None
    unknown: list[str] = []
    for text in texts:
        at = re.match(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<rest>[A-Z0-9].*)$", text)
        pieces: list[str]
        if at and _TITLE_WORD_RE.search(at.group("title")):
            if title is None:
                title = at.group("title").strip(" ,")
            pieces = _split_pieces(at.group("rest"))
            head = _assign_comma_piece(pieces[0]) if pieces else {}
            if "employer" not in head:
                head["employer"] = head.pop("unknown", head.pop("title", ""))
            found_list = [head] + [_assign_comma_piece(p) for p in pieces[1:]]
        else:
            found_list = [_assign_comma_piece(p) for p in _split_pieces(text)]
        for found in found_list:
            if found.get("location") and location is None:
                location = found["location"]
            if found.get("title"):
                if title is None:
                    title = found["title"]
                else:
                    unknown.append(found["title"])
            if found.get("employer"):
                if employer is None:
                    employer = found["employer"]
                else:
                    unknown.append(found["employer"])
            if found.get("unknown"):
                unknown.append(found["unknown"])
    for piece in unknown:
        if title is None:
            title = piece
        elif employer is None:
            employer = piece
    return title, employer, location


@dataclass
class _RoleDraft:
    header: list[_Line] = field(default_factory=list)
    date_line: _Line | None = None
    body: list[_Line] = field(default_factory=list)


def _group_roles(lines: list[_Line]) -> list[_RoleDraft]:
    """Cut an experience section into roles, anchored on the lines that carry dates."""
    anchors = [i for i, line in enumerate(lines) if _is_header_like(line) and _has_range(line)]
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
            if _has_range(lines[first - 1]):
                break
            first -= 1
        last = i
        spans.append((first, last))
        taken = i
    for n, (first, anchor) in enumerate(spans):
        stop = spans[n + 1][0] if n + 1 < len(spans) else len(lines)
        header = lines[first : anchor + 1]
        rest = lines[anchor + 1 : stop]
        # Header lines below the dates ("Acme Corp | 2019 - Present" then "Project Manager").
        texts = [_without_dates(line.text) for line in header]
        title, employer, _ = _parse_role_header([t for t in texts if t])
        while rest and _is_header_like(rest[0]) and len(rest[0].text.split()) <= 8:
            if title is not None and employer is not None:
                break
            header.append(rest[0])
            rest = rest[1:]
            title, employer, _ = _parse_role_header(
                [t for t in (_without_dates(h.text) for h in header) if t]
            )
        drafts.append(_RoleDraft(header=header, date_line=lines[anchor], body=rest))
    return drafts


def _has_range(line: _Line) -> bool:
    found = find_date_range(line.text)
    if found is None:
        return False
    # A lone year inside prose ("Won the 2019 award") is not a role date; on a short line it is.
    return found.start is not None or len(line.text.split()) <= 8


def _without_dates(text: str) -> str:
    found = find_date_range(text)
    if found is None:
        return text.strip()
    rest = text[: found.begin] + " | " + text[found.finish :]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    return rest.strip(" |,;–—-\t()")


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


# --------------------------------------------------------------------------------------------
# Education and certifications.

_NO_LETTER_AFTER = r"(?![A-Za-z])"
_NOT_AFTER_COMMA = r"(?<!,\s)(?<!,)"  # ", MS" is a state or a credential list, not a degree
# Each level's names as (level, ignore case, alternatives, what must follow, what must not
# precede). degree_level searches each as one pattern; _degree_required searches all of them at
# once for a first hint (compile_word_alternatives needs the alternatives apart).
_DEGREE_NAMES: list[tuple[EducationLevel, bool, tuple[str, ...], str, str]] = [
    (
        "doctorate",
        True,
        (
            r"Ph\.?\s?D\.?", r"D\.?Phil\.?", r"Ed\.?D\.?", "DBA", "Doctorate", "Doctoral",
            "Doctor of",
        ),
        _NO_LETTER_AFTER,
        "",
    ),
    (
        "master",
        False,
        (
            r"Master(?:'s|’s|s)", r"Master(?: of| degree| in)", "MBA", r"M\.B\.A\.",
            r"M\.\s?Sc\.?", "MSc", r"M\.S\.", r"M\.A\.", r"M\.\s?Eng\.?", "MEng", "MPM", "MPA",
            "MIS", "MSIT", "MSPM", "graduate degree", "postgraduate degree",
        ),
        _NO_LETTER_AFTER,
        "",
    ),
    (
        "master",
        False,
        ("MS", "MA"),
        r"\b(?!\s+(?:Project|Office|Excel|Teams|SQL))",
        _NOT_AFTER_COMMA,
    ),
    (
        "bachelor",
        True,
        (
            r"Bachelor(?:'s|’s|s)?(?: of| degree| in)?", r"B\.\s?Sc\.?", "BSc", r"B\.S\.",
            r"B\.A\.", r"B\.\s?Eng\.?", "BEng", r"B\.\s?Tech\.?", "BTech", "BBA", r"B\.B\.A\.",
            r"B\.\s?Com\.?", "BCom", "BSBA", "BSIT", "BA/BS", "BS/BA", "four[- ]year degree",
            "undergraduate degree",
        ),
        _NO_LETTER_AFTER,
        "",
    ),
    ("bachelor", False, ("BS", "BA"), r"\b(?!\s+(?:Project|Office))", _NOT_AFTER_COMMA),
    (
        "associate",
        False,
        (r"Associate(?:'s|’s)? (?:of|degree|in)", r"A\.A\.S?\.", r"A\.S\.", "AAS"),
        _NO_LETTER_AFTER,
        "",
    ),
    (
        "diploma",
        True,
        ("Diploma", "HND", "High School", "GED", "Secondary School"),
        _NO_LETTER_AFTER,
        "",
    ),
]  # fmt: skip
_DEGREE_PATTERNS: list[tuple[EducationLevel, re.Pattern[str]]] = [
    (level, re.compile(rf"{before}\b(?:{'|'.join(names)}){after}", re.I if fold else 0))
    for level, fold, names, after, before in _DEGREE_NAMES
]
_INSTITUTION_RE = re.compile(
    r"\b(?:University|Universit[yéä]t?|College|Institute|School|Academy|Polytechnic|"
    r"Conservatory|Universidad|Université|Hochschule)\b",
    re.I,
)


def degree_level(text: str) -> tuple[EducationLevel, re.Match[str]] | None:
    """The level of the first degree mentioned in ``text``, with the match that names it.

    Args:
        text: Text that may name a degree ("B.Sc. Computer Science", "MBA preferred").

    Returns:
        ``(level, match)`` for the earliest degree mention, or None when there is none.
        "Certificate" is not a degree here; Education entries without a degree get level "other".
    """
    best: tuple[EducationLevel, re.Match[str]] | None = None
    for level, pattern in _DEGREE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[1].start()):
            best = (level, match)
    return best


def _field_of_study(text: str, degree_match: re.Match[str]) -> str | None:
    """ "Computer Science" from "B.Sc. (Hons) Computer Science" or "Master of Technology in X"."""
    after = text[degree_match.end() :]
    after = re.sub(r"^\s*\((?:Hons?|Honours|Honors)\.?\)", "", after, flags=re.I)
    named = re.search(r"\b(?:in|of)\s+(?P<field>[A-Z][A-Za-z&/ \-]+)", after)
    if (
        named
        and not re.match(
            r"(?:Science|Arts|Engineering|Technology|Applied Science)\s*$",
            named.group("field").strip(),
        )
        and named.group("field").strip().split()[0] not in {"Science", "Arts"}
    ):
        value = named.group("field")
    else:
        after = re.sub(
            r"^\s*(?:of\s+)?(?:Applied Science|Applied Arts|Science|Arts|Engineering|Technology)\b",
            "",
            after,
        )
        plain = re.match(r"^[\s,:\-–—(]*(?P<field>[A-Z][A-Za-z&/ \-]+)", after)
        if plain is None:
            return None
        value = plain.group("field")
    value = re.split(r"\s+[-–—]\s+|[,|()–—]", value)[0].strip()
    if _INSTITUTION_RE.search(value) or len(value) < 2:
        return None
    return value


def _parse_education(lines: list[_Line]) -> list[Education]:
    groups: list[list[_Line]] = []
    has_degree = has_institution = False
    for line in lines:
        text = _strip_bullet(line.text)
        degree = degree_level(text) is not None
        institution = bool(_INSTITUTION_RE.search(text))
        new = not groups or (degree and has_degree) or (institution and has_institution)
        if not degree and not institution and groups and _is_sentence(text):
            new = False  # a note under the entry
        if new:
            groups.append([])
            has_degree = has_institution = False
        groups[-1].append(line)
        has_degree = has_degree or degree
        has_institution = has_institution or institution
    entries: list[Education] = []
    for group in groups:
        texts = [_strip_bullet(line.text) for line in group]
        degree_text = level = field_text = institution_text = end_date = None
        for text in texts:
            found = find_date_range(text)
            if found is not None and end_date is None and not found.current:
                end_date = found.end
            clean = _without_dates(text)
            pieces = _split_pieces(clean)
            for piece in pieces:
                parts = [p.strip() for p in piece.split(",")]
                for part in parts:
                    if institution_text is None and _INSTITUTION_RE.search(part):
                        institution_text = part
                guess = degree_level(piece)
                if guess is not None and degree_text is None:
                    level = guess[0]
                    degree_text = piece
                    for part in parts:
                        if _INSTITUTION_RE.search(part) and part in degree_text:
                            degree_text = degree_text.replace(part, "").strip(" ,")
                    again = degree_level(degree_text)
                    field_text = _field_of_study(degree_text, again[1]) if again else None
        if institution_text is None and degree_text is not None:
            # "BITS Pilani" on its own line: a name line that is not the degree nor a date.
            for text in texts:
                clean = _without_dates(text)
                if clean and degree_level(clean) is None and not _is_sentence(clean):
                    institution_text = _split_pieces(clean)[0]
                    break
        if degree_text is None and institution_text is None:
            continue
        entries.append(
            Education(
                degree=degree_text,
                level=level if level else "other",
                field=field_text,
                institution=institution_text,
                end_date=end_date,
                start=group[0].start,
                end=group[-1].end,
            )
        )
    return entries


_KNOWN_ISSUERS_RE = re.compile(
    r"^(?:PMI|Project Management Institute|Axelos|AXELOS|PeopleCert|Scrum Alliance|Scrum\.org|"
    r"Scaled Agile|Scaled Agile,? Inc\.?|ISACA|CompTIA|\(ISC\)²|ISC2|IIBA|APMG|APM|ICAgile|"
    r"Microsoft|Amazon Web Services|AWS|Google|Google Cloud|Cisco|Oracle|Salesforce|IBM|"
    r"Kanban University|ITIL|EXIN|IASSC|ASQ|Atlassian|Coursera|edX|Linux Foundation|CNCF)$",
    re.I,
)


# "AWS Certified Developer – Associate": the part after the dash is a level, not an issuer.
_CERT_LEVEL_RE = re.compile(
    r"^(?:associate|professional|foundation|practitioner|expert|specialty|fundamentals|advanced|"
    r"master|intermediate|beginner|entry|level\s*\d|v\d|\d)\b",
    re.IGNORECASE,
)


def _is_acronym_of(short: str, name: str) -> bool:
    """ "PMP" for "Project Management Professional": the parenthesis is part of the name."""
    letters = re.sub(r"[^A-Z]", "", short)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)).upper()
    if not letters or not short.replace("-", "").replace(" ", "").isalnum():
        return False
    it = iter(initials)
    return all(ch in it for ch in letters)


def _parse_certification_text(text: str) -> tuple[str, str | None, str | None]:
    """Name, issuer and date from one certification entry."""
    date = None
    found = find_date_range(text)
    if found is not None:
        date = found.start if found.end is None else found.end
        text = (text[: found.begin] + text[found.finish :]).strip()
    text = re.sub(r"\((?:expires?|exp\.?|valid|renewed|earned|issued)?\s*\)", "", text, flags=re.I)
    text = re.sub(
        r"\b(?:earned|issued|obtained|renewed|expires?|exp\.?)\s*:?\s*$",
        "",
        text.strip(),
        flags=re.I,
    )
    text = text.strip(" ,;|–—-")
    issuer = None
    by = re.search(r"\s+(?:by|from|issued by|via)\s+(?P<issuer>[A-Z].+)$", text)
    dash = re.search(r"\s*(?:\s[-–—]\s|[–—]|\|)\s*(?P<issuer>[^–—|]+)$", text)
    paren = re.search(r"\s*\((?P<issuer>[^()]+)\)\s*$", text)
    comma = re.search(r",\s*(?P<issuer>[^,]+)$", text)
    if by:
        issuer, text = by.group("issuer"), text[: by.start()]
    elif dash and not _CERT_LEVEL_RE.match(dash.group("issuer").strip()):
        issuer, text = dash.group("issuer"), text[: dash.start()]
    elif paren and not _is_acronym_of(paren.group("issuer"), text[: paren.start()]):
        issuer, text = paren.group("issuer"), text[: paren.start()]
    elif comma and (
        _KNOWN_ISSUERS_RE.match(comma.group("issuer").strip())
        or _COMPANY_SUFFIX_RE.search(comma.group("issuer").strip())
        or re.search(
            r"\b(?:Institute|Alliance|Association|Council|Board|Society)\b", comma.group("issuer")
        )
    ):
        issuer, text = comma.group("issuer"), text[: comma.start()]
    name = text.strip(" ,;|–—-")
    return name, (issuer.strip(" ,;()") if issuer else None), date


def _parse_certifications(lines: list[_Line]) -> list[Certification]:
    certs: list[Certification] = []
    for line in lines:
        content = _strip_bullet(line.text)
        base = line.end - len(content)
        for piece in _split_entries(content):
            text, offset = piece
            name, issuer, date = _parse_certification_text(text)
            if not name or _is_sentence(name):
                continue
            start = base + offset + text.find(name) if name in text else base + offset
            certs.append(
                Certification(
                    name=name, issuer=issuer, date=date, start=start, end=start + len(text)
                )
            )
    return certs


def _split_entries(text: str) -> list[tuple[str, int]]:
    """Split a line on ";" and, when it lists short names only, on commas ("PMP, CSM, ITIL 4")."""
    pieces = [
        (m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
        for m in re.finditer(r"[^;]+", text)
        if m.group().strip()
    ]
    out: list[tuple[str, int]] = []
    for piece, offset in pieces:
        parts = list(re.finditer(r"[^,]+", piece))
        simple = (
            len(parts) > 1
            and find_date_range(piece) is None
            and all(len(p.group().split()) <= 5 for p in parts)
            and not any(
                _KNOWN_ISSUERS_RE.match(p.group().strip())
                or re.search(r"\b(?:Institute|Alliance|Association)\b", p.group())
                for p in parts
            )
        )
        if simple:
            for p in parts:
                stripped = p.group().strip()
                if stripped:
                    lead = len(p.group()) - len(p.group().lstrip())
                    out.append((stripped, offset + p.start() + lead))
        else:
            out.append((piece, offset))
    return out


def _is_list_line(text: str) -> bool:
    return len(_split_top_level(text)) >= 2


def _parse_skills(lines: list[_Line]) -> list[str]:
    """Items of a skills section; "Label: a, b" and table label cells are labels, not skills."""
    skills: list[str] = []
    for index, line in enumerate(lines):
        text = _strip_bullet(line.text)
        label = re.match(r"^[A-Z][A-Za-z &/'’\-]{1,40}:\s*", text)
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
            if item and len(item.split()) <= 6 and item.lower() not in (s.lower() for s in skills):
                skills.append(item)
    return skills


# --------------------------------------------------------------------------------------------
# Resume.


def parse_resume(source: SourceText) -> Resume:
    """Turn a reader's text into a structured :class:`Resume`.

    Sections are found by heading (see the module docstring); the untitled top part is the
    ``contact`` section. Roles are read from the experience section, anchored on the lines that
    carry dates, in the layouts "Title — Employer, City | Jan 2019 – Present", "Employer, City" /
    "Title" / "03/2017 - 12/2020", "Title, Employer (2015-2018)", "Title at Employer", with dates
    on their own line or after a tab. When ``source.data`` holds a JSON Resume document, contact,
    summary, roles, education, certifications and skills come from it, with offsets found in the
    rendered text.

    Args:
        source: The reader's output.

    Returns:
        The resume structure; skills and metrics are left empty for extraction to fill.
    """
    lines = _split_lines(source)
    sections = _find_sections(
        source, lines, _RESUME_VOCAB, _RESUME_HEADS, "contact", _RESUME_INLINE
    )
    if source.data is not None and isinstance(
        source.data.get("basics", source.data.get("work")), (dict, list)
    ):
        return _resume_from_json(source, sections)

    def body(name: str) -> list[_Line]:
        return [ln for s in sections if s.name == name for ln in _section_lines(lines, s)]

    contact_lines = body("contact") if any(s.name == "contact" for s in sections) else lines[:6]
    summary_lines = body("summary")
    return Resume(
        source=source.source,
        text=source.text,
        sections=sections,
        contact=_parse_contact(contact_lines),
        summary=" ".join(_strip_bullet(ln.text) for ln in summary_lines) or None,
        roles=_parse_roles(body("experience")),
        education=_parse_education(body("education")),
        certifications=_parse_certifications(body("certifications")),
        skills_listed=_parse_skills(body("skills")),
    )


def _locate(text: str, value: str, start: int = 0) -> int | None:
    """Offset of ``value`` in ``text`` at or after ``start`` (then anywhere), or None."""
    if not value:
        return None
    index = text.find(value, start)
    if index < 0:
        index = text.find(value)
    return index if index >= 0 else None


def _str(data: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _resume_from_json(source: SourceText, sections: list[Section]) -> Resume:
    """Fill a Resume from a JSON Resume dict; offsets point into the rendered text."""
    data = source.data or {}
    text = source.text
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    assert isinstance(basics, dict)
    links: list[str] = []
    if _str(basics, "url", "website"):
        links.append(_str(basics, "url", "website") or "")
    for profile in _dicts(basics.get("profiles")):
        url = _str(profile, "url")
        if url and url not in links:
            links.append(url)
    location = None
    loc = basics.get("location")
    if isinstance(loc, dict):
        city = _str(loc, "city")
        region = _str(loc, "region", "countryCode")
        location = ", ".join(p for p in (city, region) if p) or None
    elif isinstance(loc, str):
        location = loc
    contact = Contact(
        name=_str(basics, "name"),
        email=_str(basics, "email"),
        phone=_str(basics, "phone"),
        links=links,
        location=location,
    )

    def section_start(name: str) -> int:
        return next((s.start for s in sections if s.name == name), 0)

    roles: list[Role] = []
    cursor = section_start("experience")
    for work in _dicts(data.get("work")):
        title = _str(work, "position", "title")
        employer = _str(work, "name", "company")
        found = [
            i for i in (_locate(text, v, cursor) for v in (title, employer) if v) if i is not None
        ]
        start = min(found) if found else cursor
        end = max(
            (
                i + len(v)
                for v in (title, employer)
                if v
                for i in [_locate(text, v, cursor)]
                if i is not None
            ),
            default=start,
        )
        bullets: list[TextSpan] = []
        highlights = [h for h in work.get("highlights", []) if isinstance(h, str) and h.strip()]
        summary = _str(work, "summary", "description")
        for bullet in ([summary] if summary else []) + highlights:
            bullet = bullet.strip()
            at = _locate(text, bullet, start)
            if at is not None:
                bullets.append(TextSpan(text=bullet, start=at, end=at + len(bullet)))
                end = max(end, at + len(bullet))
        end_raw = _str(work, "endDate")
        start_raw = _str(work, "startDate")
        # No endDate means ongoing, but only for a dated role: an undated one is not "Present".
        ongoing = end_raw is None and start_raw is not None
        roles.append(
            Role(
                title=title,
                employer=employer,
                location=_str(work, "location"),
                start_date=parse_date(start_raw or ""),
                end_date=parse_date(end_raw) if end_raw else None,
                current=ongoing or bool(re.match(r"(?i)present|current|now", end_raw or "")),
                bullets=bullets,
                start=start,
                end=end,
            )
        )
        cursor = end
    education: list[Education] = []
    cursor = section_start("education")
    for item in _dicts(data.get("education")):
        study = _str(item, "studyType")
        area = _str(item, "area")
        institution = _str(item, "institution")
        guess = degree_level(study or "")
        found = [
            i
            for i in (_locate(text, v, cursor) for v in (study, area, institution) if v)
            if i is not None
        ]
        start = min(found) if found else cursor
        ends = [
            i + len(v)
            for v in (study, area, institution)
            if v
            for i in [_locate(text, v, cursor)]
            if i is not None
        ]
        end = max(ends, default=start)
        education.append(
            Education(
                degree=study,
                level=guess[0] if guess else ("other" if study else None),
                field=area,
                institution=institution,
                end_date=parse_date(_str(item, "endDate") or ""),
                start=start,
                end=end,
            )
        )
        cursor = end
    certifications: list[Certification] = []
    cursor = section_start("certifications")
    for item in _dicts(data.get("certificates")) + _dicts(data.get("certifications")):
        name = _str(item, "name")
        if not name:
            continue
        at = _locate(text, name, cursor)
        start = at if at is not None else cursor
        certifications.append(
            Certification(
                name=name,
                issuer=_str(item, "issuer", "authority"),
                date=parse_date(_str(item, "date", "startDate") or ""),
                start=start,
                end=start + len(name) if at is not None else start,
            )
        )
    skills: list[str] = []
    for item in _dicts(data.get("skills")):
        keywords = [k.strip() for k in item.get("keywords", []) if isinstance(k, str) and k.strip()]
        name = _str(item, "name")
        for value in keywords or ([name] if name else []):
            if value not in skills:
                skills.append(value)
    return Resume(
        source=source.source,
        text=text,
        sections=sections,
        contact=contact,
        summary=_str(basics, "summary", "objective"),
        roles=roles,
        education=education,
        certifications=certifications,
        skills_listed=skills,
    )


# --------------------------------------------------------------------------------------------
# Postings.

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
}
_NUM = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")(?:\s*\(\d{1,2}\))?"
_YEARS_RE = re.compile(
    # \b first: the engine then rejects mid-word positions at once (4 ms -> under 1 ms a posting),
    # and "often 5 years" no longer reads as "ten".
    rf"\b(?P<text>(?:(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than|"
    rf"no\s+less\s+than|upwards\s+of)\s+)?"
    rf"(?P<min>{_NUM})\s*(?:(?:-|–|—|to)\s*(?P<max>{_NUM})\s*)?(?P<plus>\+|\s*plus)?"
    rf"(?P<more>\s+or\s+more)?\s*(?:years?|yrs?)\b(?P<minimum>\s+minimum)?)",
    re.IGNORECASE,
)
_EXPERIENCE_CONTEXT_RE = re.compile(
    r"\b(?:experience|experienced|expertise|background|track record|working|managing|leading|"
    r"in (?:a|an|the)\b|as (?:a|an)\b|of (?:it|project|program|professional))",
    re.IGNORECASE,
)
_NOT_EXPERIENCE_RE = re.compile(r"^\s*(?:old|ago|of age|warranty|contract|term)\b", re.I)


def _number(text: str) -> float:
    text = re.sub(r"\s*\(\d+\)", "", text).strip().lower()
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


_YEARS_WORD_RE = re.compile(r"years?|yrs?", re.IGNORECASE)
_YEARS_REACH = 120  # longer than any match ("no less than fifteen (15) to twenty (20) years")


def _years_matches(text: str) -> list[re.Match[str]]:
    """``_YEARS_RE`` matches, searched only near the words "year" / "yr" (every match ends in
    one, or in "minimum" just after it): scanning a whole posting position by position took a
    millisecond. Windows that overlap are merged, so no match is cut or found twice."""
    windows: list[list[int]] = []
    for word in _YEARS_WORD_RE.finditer(text):
        low, high = max(0, word.start() - _YEARS_REACH), word.end() + 20
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    return [match for low, high in windows for match in _YEARS_RE.finditer(text, low, high)]


def find_years_required(text: str) -> list[tuple[YearsRequired, int]]:
    """Every "N years" asked for in ``text``, with the offset of each match.

    Understands "5+ years", "at least three years", "3-5 years", "3 to 5 years", "minimum of 7
    years", "two or more years", "five (5) years", "7 years minimum"; numbers may be written as
    words from one to fifteen.

    Args:
        text: Posting text (or one sentence of it).

    Returns:
        ``(YearsRequired, offset)`` pairs in text order, ``text`` holding the words matched.
    """
    found: list[tuple[YearsRequired, int]] = []
    for match in _years_matches(text):
        if _NOT_EXPERIENCE_RE.match(text[match.end() :]):
            continue
        low = _number(match.group("min"))
        high = _number(match.group("max")) if match.group("max") else None
        if high is not None and high < low:
            continue
        found.append(
            (YearsRequired(min=low, max=high, text=match.group("text").strip()), match.start())
        )
    return found


def _sentence_around(text: str, offset: int) -> str:
    start = max(text.rfind("\n", 0, offset), max(text.rfind(". ", 0, offset), -1))
    end_candidates = [i for i in (text.find("\n", offset), text.find(". ", offset)) if i >= 0]
    end = min(end_candidates) if end_candidates else len(text)
    return text[start + 1 : end]


def _pick_years(text: str, sections: list[Section]) -> YearsRequired | None:
    best: tuple[int, int, YearsRequired] | None = None
    for years, offset in find_years_required(text):
        sentence = _sentence_around(text, offset)
        section = next((s.name for s in sections if s.start <= offset < s.end), "other")
        if section == "benefits":
            continue
        after = text[offset : offset + len(years.text) + 40]
        score = 0
        if section == "requirements":
            score += 4
        elif section == "preferred":
            score -= 2
        if _EXPERIENCE_CONTEXT_RE.search(sentence):
            score += 2
        elif section != "requirements":
            continue  # "for 20 years we have built software"
        if re.search(r"\b(?:years?|yrs?)\b(?:\s+of)?\s+(?:\w+\s+){0,3}experience", after, re.I):
            score += 1
        if classify_requirement(sentence, section) == "preferred":
            score -= 3
        if best is None or score > best[0]:
            best = (score, offset, years)
    return best[2] if best else None


# Any degree name of any level (the look-behinds dropped: within a section they would see the
# line before), searched once per section so that only the few lines naming a degree run the
# seven patterns. Built to skip to the names' first letters: the search was a quarter of
# parse_posting (0.26 s per 198 postings; 0.03 s now).
_DEGREE_HINT_RE = compile_word_alternatives(
    (name + after, fold) for _, fold, names, after, _ in _DEGREE_NAMES for name in names
)


def _degree_required(text: str, sections: list[Section]) -> str | None:
    ordered = [s for s in sections if s.name == "requirements"] + [
        s for s in sections if s.name not in ("requirements", "preferred", "benefits")
    ]
    for section in ordered:
        chunk = text[section.start : section.end]
        done = -1  # end of the last line checked
        for hint in _DEGREE_HINT_RE.finditer(chunk):
            if hint.start() < done:
                continue
            start = chunk.rfind("\n", 0, hint.start()) + 1
            end = chunk.find("\n", hint.start())
            done = len(chunk) if end == -1 else end
            line = chunk[start:done]
            guess = degree_level(line)
            if guess is None or (guess[0] == "diploma" and "diploma" not in line.lower()):
                continue
            if classify_requirement(line, section.name) == "preferred":
                continue  # "MBA preferred" is not a required degree
            return guess[0]
    return None


_FIELD_RE = re.compile(
    r"^\s*(?P<label>job title|position title|title|position|role|company|employer|organi[sz]ation|"
    r"hiring company|location|job location|work location|hiring manager|reports to|reporting to|"
    r"recruiter)\s*[:：]\s*(?P<value>.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Fields a job board runs together on one header line ("Auto req ID: 1393BR Official Title:
# Product Manager - ERD Job Area: Sales"): the value ends where the next "Capitalised Label:"
# starts. Only these unambiguous labels are read mid-line.
_HEADER_FIELD_RE = re.compile(
    r"\b(?P<label>official\s+title|job\s+title|position\s+title|professional\s+area|job\s+area|"
    r"functional\s+area|job\s+function|job\s+family|job\s+category)\s*[:：]\s*"
    r"(?P<value>[^:：\n]{2,80}?)"
    r"(?=\s+(?-i:[A-Z][\w&]*(?:\s+(?:/\s+)?[A-Z][\w&]*)?)\s*[:：]|\s*$)",
    re.IGNORECASE,
)
_PERSON_RE = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[\-'][A-Z][a-z]+)?(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'\-]+"
    r"(?:\s+[A-Z][a-zA-Z'\-]+)?)"
)
_NOT_PERSON_WORDS = frozenset(
    [
        "the",
        "our",
        "a",
        "an",
        "director",
        "head",
        "chief",
        "vice",
        "senior",
        "manager",
        "vp",
        "cio",
        "cto",
        "ceo",
        "coo",
        "cfo",
        "project",
        "program",
        "it",
        "information",
        "technology",
        "engineering",
        "operations",
        "delivery",
        "pmo",
        "business",
        "team",
        "department",
        "general",
        "group",
        "product",
    ]
)


def _fields(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for match in _FIELD_RE.finditer(text):
        label = match.group("label").lower()
        key = {
            "job title": "title",
            "position title": "title",
            "position": "title",
            "role": "title",
            "employer": "company",
            "organization": "company",
            "organisation": "company",
            "hiring company": "company",
            "job location": "location",
            "work location": "location",
            "reporting to": "reports to",
        }.get(label, label)
        values.setdefault(key, match.group("value").strip())
    return values


def _header_fields(lines: list[_Line]) -> dict[str, str]:
    """Title and job area from the labelled fields of the first lines, even mid-line."""
    values: dict[str, str] = {}
    for line in lines[:3]:
        for match in _HEADER_FIELD_RE.finditer(line.text):
            key = "title" if match["label"].lower().endswith("title") else "area"
            value = match.group("value").strip(" -–—/&|,")
            if value:
                values.setdefault(key, value)
    return values


def _person(text: str) -> str | None:
    match = _PERSON_RE.match(text.strip())
    if match is None:
        return None
    words = match.group("name").split()
    if any(w.lower().strip(".") in _NOT_PERSON_WORDS for w in words):
        return None
    return match.group("name")


def _jsonld(data: dict[str, Any] | None) -> dict[str, Any]:
    if not data:
        return {}
    value = data.get("jsonld")
    if isinstance(value, list):
        value = next(
            (v for v in value if isinstance(v, dict) and v.get("@type") == "JobPosting"),
            next((v for v in value if isinstance(v, dict)), None),
        )
    return value if isinstance(value, dict) else {}


def _name_of(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        return _str(value, "name")
    return None


def _place_of(value: Any) -> str | None:
    """A readable place from a JSON-LD ``jobLocation`` / JSON job ``location`` value."""
    if isinstance(value, list):
        places = [p for p in (_place_of(v) for v in value) if p]
        return "; ".join(places) or None
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("address"), dict):
        return _place_of(value["address"])
    country = value.get("addressCountry", value.get("countryCode", value.get("country")))
    country_name = _name_of(country)
    parts = [
        _str(value, "addressLocality", "city"),
        _str(value, "addressRegion", "region", "state"),
        country_name,
    ]
    place = ", ".join(p for p in parts if p)
    return place or _str(value, "address", "name")


_ABOUT_RE = re.compile(
    r"^About\s+(?!us\b|the\b|you\b|this\b|our\b|the role\b)(?P<company>[A-Z0-9].{1,50})$"
)
_HIRING_RE = re.compile(
    r"(?P<company>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})\s+(?:is\s+(?:hiring|seeking|looking\s+for|"
    r"recruiting|searching\s+for)|are\s+(?:hiring|seeking|looking\s+for))"
)
_HIRING_VERBS = (
    "hiring",
    "seeking",
    "looking",
    "recruiting",
    "searching",
)  # as _HIRING_RE spells them
_AT_COMPANY_RE = re.compile(r"\s(?:at|@)\s+(?P<company>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})")


def parse_posting(source: SourceText) -> Posting:
    """Turn a reader's text into a structured :class:`Posting`.

    Fields come from, in order of trust: JSON-LD (``data["jsonld"]``) or a JSON job
    (``data["title"]``, ``data["company"]``...), labelled lines ("Job Title:", "Company:",
    "Location:", "Hiring manager:"), then the text ("About Acme", "Acme is hiring",
    "... at Acme", the first heading-like line as title, "report to Jane Doe").

    Args:
        source: The reader's output.

    Returns:
        The posting structure: sections, title, company, location, hiring manager, years of
        experience and degree asked for. Skills and requirement levels are left to extraction.
    """
    text = source.text
    lines = _split_lines(source)
    sections = _find_sections(
        source, lines, _POSTING_VOCAB, _POSTING_HEADS, "header", _POSTING_INLINE
    )
    data = source.data or {}
    jsonld = _jsonld(data)
    fields = _fields(text)

    labelled = _header_fields(lines)
    title = (
        _str(jsonld, "title")
        or _str(data, "title", "jobTitle", "position")
        or fields.get("title")
        or labelled.get("title")
    )
    if title is None:
        title = _title_from_text(lines)
    area = _str(jsonld, "occupationalCategory") or labelled.get("area")
    company = _name_of(jsonld.get("hiringOrganization")) or _name_of(
        data.get("company", data.get("hiringOrganization", data.get("employer")))
    )
    company = company or fields.get("company")
    if company is None:
        company = _company_from_text(lines, title)
    if title and company:  # "IT Project Manager at Acme" -> "IT Project Manager"
        title = re.sub(rf"\s+(?:at|@|[-–—|])\s+{re.escape(company)}\s*$", "", title)
    location = (
        _place_of(jsonld.get("jobLocation"))
        or _place_of(data.get("location"))
        or fields.get("location")
    )
    if location is None:
        header = [
            ln.text for s in sections if s.name == "header" for ln in _section_lines(lines, s)
        ]
        location = _find_location(p for t in header for p in _PIECE_SPLIT_RE.split(t) if p)
    hiring_manager = _hiring_manager(data, fields, text)
    return Posting(
        source=source.source,
        text=text,
        sections=sections,
        title=title,
        area=area,
        company=company,
        location=location,
        hiring_manager=hiring_manager,
        years_required=_pick_years(text, sections),
        degree_required=_degree_required(text, sections),
    )


# "We are looking for an experienced Project Manager to ...", "Acme is seeking a Scrum Master",
# "As a Delivery Manager you will ...": the words after the article, up to a title word.
_SEEKING_RE = re.compile(
    r"(?:\b(?:looking|searching)\s+for|\b(?:seeking|seeks?|hiring|recruiting|recruit)|"
    # "invites applications for a position as Professor", "available as Director Data Partner"
    r"\bapplications\s+for|\b(?:position|role|job|opening|vacancy|available)\s+as|^as|"
    # Questions that name the role: "Do you want to be the Knowledge Management Consultant ...?"
    r"(?P<question>\b(?:want|like)\s+to\s+(?:be|become)|^are\s+you))\s+"
    r"(?:(?:an?|the|our|one|two|\d+|(?:one\s+or\s+)?more|a\s+number\s+of)\s+)?"
    # A lookahead, so one match does not swallow the next ("want to be better! We are looking
    # for a ...").
    r"(?=(?P<rest>.{3,90}))",
    re.IGNORECASE,
)
# "A 3-year PhD scholarship in ...", "Postdoc position is available ...": academic posts name the
# post, not a title word.
_ACADEMIC_POST_RE = re.compile(
    r"\b(?P<post>(?:ph\.?\s?d|post-?doc(?:toral)?)\s+"
    r"(?:scholarship|position|fellowship|student(?:ship)?|stipend|researcher|project))\b",
    re.IGNORECASE,
)
# Words that may stand before a title word in a title ("Senior", "IT", ".NET", "Team", "-").
_TITLE_LEAD_WORD_RE = re.compile(r"^(?:[A-Z0-9.#+/&(][\w.#+/&()'’-]*|[-–—/&(),]|of|and|for|in)$")
# Words that open a sentence or end a title's phrase, never part of one ("to head the project").
_NOT_TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "as",
        "we",
        "you",
        "our",
        "your",
        "are",
        "is",
        "do",
        "can",
        "would",
        "will",
        "who",
        "which",
        "that",
        "to",
        "with",
        "at",
        "on",
        "by",
        "from",
        "join",
        "about",
        "if",
        "in",
        "for",
        "or",
    ]
)
_TITLE_MAX_WORDS = 8
# Words a hiring sentence may pass on its way to the title ("a maternity cover for our Warehouse
# Planner"); the other words above end it ("people to interview").
_PASS_BEFORE_TITLE = frozenset(["a", "an", "the", "our", "for"])
# "Organization Name: Cement Division": a labelled field, whatever its label.
_LABEL_LINE_RE = re.compile(r"^[A-Za-z][\w ./-]{0,30}:\s")
# Title words that alone are not a title ("As head of a department", "hiring support").
_NOT_ALONE_TITLE_WORDS = frozenset(
    [
        "head",
        "lead",
        "support",
        "delivery",
        "partner",
        "principal",
        "associate",
        "master",
        "owner",
        "expert",
        "chief",
        "executive",
        "fellow",
        "agent",
    ]
)
# Adjectives a seeking sentence puts before the title ("an experienced project manager").
_SEEKING_ADJECTIVES = frozenset(
    [
        "new",
        "experienced",
        "skilled",
        "talented",
        "motivated",
        "dedicated",
        "passionate",
        "driven",
        "ambitious",
        "seasoned",
        "proactive",
        "dynamic",
        "enthusiastic",
        "highly",
        "self-motivated",
        "qualified",
        "energetic",
        "strong",
        "great",
        "committed",
        "curious",
        "independent",
        "full-time",
        "part-time",
        "vacant",
        "and",
        ",",
    ]
)


def _title_prefix(words: list[str], *, any_case: bool) -> str | None:
    """The words up to the last title word among the first few, when all before it may lead one.

    "Senior Project Manager Acme Ltd London" -> "Senior Project Manager"; "Are you ..." -> None.
    With ``any_case`` (a sentence naming whom they hire) a plural title word counts too and is
    made singular: "full-stack developers" -> "full-stack developer".
    """
    start, end = 0, None
    words = words[:_TITLE_MAX_WORDS]
    for index, word in enumerate(words):
        bare = word.strip("()[],:;?.!")
        if _TITLE_WORD_RE.fullmatch(bare):
            words[index] = bare if index else word.rstrip(",:;?.!")
            end = index + 1
        elif any_case and _PLURAL_TITLE_WORD_RE.fullmatch(bare):
            words[index] = bare[:-1]
            end = index + 1
        elif any_case and end is None and bare.lower() == "as":
            start = index + 1  # "an appointment as postdoctoral researcher"
        elif (
            index == 0 or end is not None or (any_case and bare.lower() not in _PASS_BEFORE_TITLE)
        ) and bare.lower() in _NOT_TITLE_WORDS:
            break  # "As a ...", "Manager to head the project", "people to interview"
        elif not (any_case and re.fullmatch(r"[\w.#+/&'’-]+", word)) and not (
            _TITLE_LEAD_WORD_RE.match(word)
        ):
            break
    if end is None:
        return None
    kept = words[start:end]
    # "competent Project Manager" -> "Project Manager": a capitalised title drops lowercase words
    # before it.
    if any(w[:1].isupper() for w in kept):
        while kept and kept[0].islower():
            kept = kept[1:]
    return " ".join(kept).strip(" -–—/,(") or None


def _title_from_text(lines: list[_Line]) -> str | None:
    """A posting's title when no field names it: a short heading-like line near the top that holds
    a title word, else the title words a long first line opens with, else a "we are looking for a
    <title>" sentence near the top, else a short first line."""
    top = [
        line
        for line in lines[:6]
        # A line over 60 characters is no heading (as in _guess_heading); the key of a flat
        # posting's one long line cost more than the rest of this function.
        if (len(line.text) > 60 or _heading_key(line.text) not in _POSTING_VOCAB)
        and not _is_bullet(line.text)
        and not _FIELD_RE.match(line.text)
        and not _LABEL_LINE_RE.match(line.text)
        and not _has_url(line.text)
    ]
    short = [line for line in top if not _is_sentence(line.text) and len(line.text.split()) <= 10]
    for line in short:
        first = line.text.split()[0].lower()
        if _TITLE_WORD_RE.search(line.text) and first not in _NOT_TITLE_WORDS:
            return line.text.rstrip(":")
    if lines and lines[0] in top:
        prefix = _title_prefix(lines[0].text.split(), any_case=False)
        if prefix is not None:
            return prefix
    if lines:
        # "Angular Developer: Security Services Onboarding": a first line labelled by its title.
        label = _LABEL_LINE_RE.match(lines[0].text)
        if label is not None:
            words = label.group(0).rstrip(": \t").split()
            if _title_prefix(words, any_case=False) == " ".join(words):
                return " ".join(words)
    for line in lines[:8]:
        for found in _SEEKING_RE.finditer(line.text):
            words = found.group("rest").split()
            while words and (
                words[0].lower().strip(",") in _SEEKING_ADJECTIVES
                or re.fullmatch(r"\d+(?:-\d+)?", words[0])  # "2-3 assistant professors"
            ):
                words = words[1:]
            prefix = _title_prefix(words, any_case=True)
            if (
                prefix is not None
                and len(prefix.split()) <= 5
                and (prefix.lower() not in _NOT_ALONE_TITLE_WORDS)
                # A question names a role only in capitals: "Are you a Scrum Master?", not "Are
                # you a natural leader?".
                and not (found.group("question") and prefix[:1].islower())
            ):
                return prefix
        academic = _ACADEMIC_POST_RE.search(line.text)
        if academic is not None:
            return academic.group("post")
    if short and lines and short[0] is lines[0]:
        return short[0].text.rstrip(":")
    return None


_EMPLOYMENT_WORDS_RE = re.compile(
    r"^(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship|remote|"
    r"hybrid|on-?site|posted|apply|job|salary|\$|£|€)",
    re.IGNORECASE,
)


def _company_from_text(lines: list[_Line], title: str | None) -> str | None:
    for line in lines:
        match = _ABOUT_RE.match(line.text.rstrip(":"))
        if match and len(line.text.split()) <= 6:
            return match.group("company").strip()
    # The line under the title: "Cobalt Ridge Software, Inc." / "Fernhill Analytics – Denver, CO".
    title_index = next((i for i, ln in enumerate(lines[:6]) if ln.text.rstrip(":") == title), None)
    if title_index is not None and title_index + 1 < len(lines):
        line = lines[title_index + 1]
        if (
            not _is_sentence(line.text)
            and not _is_bullet(line.text)
            and not _FIELD_RE.match(line.text)
            and not re.search(r"[:：]\s", line.text)
            and _heading_key(line.text) not in _POSTING_VOCAB
            and len(line.text.split()) <= 12
        ):
            for piece in _split_pieces(line.text):
                piece = re.sub(r"[^\w).&'’]+$", "", piece).strip()
                if piece and not _looks_location(piece) and not _EMPLOYMENT_WORDS_RE.match(piece):
                    return piece
    for line in lines:
        # The regex tries a capitalised name at every word; only lines with its verbs can match.
        if not any(verb in line.text for verb in _HIRING_VERBS):
            continue
        match = _HIRING_RE.search(line.text)
        if match:
            words = match.group("company").split()
            while words and words[0].lower() in {"the", "our", "we", "at", "why", "join"}:
                words = words[1:]
            if words:
                return " ".join(words)
    if title:
        match = _AT_COMPANY_RE.search(title)
        if match:
            return match.group("company").strip()
    return None


def _hiring_manager(data: dict[str, Any], fields: dict[str, str], text: str) -> str | None:
    """A named person only: "report to the Director of IT" names nobody."""
    named = _str(data, "hiring_manager", "hiringManager")
    if named:
        return _person(named) or named
    if "hiring manager" in fields:
        return _person(fields["hiring manager"]) or fields["hiring manager"]
    if "reports to" in fields and _person(fields["reports to"]):
        return _person(fields["reports to"])
    # Both patterns try every word of the text; a text without their words is passed at once.
    folded = _folded(text)
    if "report" in folded or "answer" in folded:
        for found in _REPORTS_TO_RE.finditer(text):
            person = _person(found.group("rest"))
            if person:
                return person
    named_in_text = _HIRING_MANAGER_IS_RE.search(text) if "hiring manager" in folded else None
    return _person(named_in_text.group("rest")) if named_in_text else None


_REPORTS_TO_RE = re.compile(
    r"\b(?i:report(?:s|ing)?|answer(?:s|ing)?)\s+(?:directly\s+)?to\s+(?P<rest>.+)"
)
_HIRING_MANAGER_IS_RE = re.compile(r"\b(?i:hiring manager)(?:\s+is|,)\s+(?P<rest>.+)")


def _folded(text: str) -> str:
    """``text`` lowercased so that a literal found by an IGNORECASE pattern is found in it.

    Meant for a quick "can the pattern match at all?" test: a pattern's ASCII letters match
    their other case and, under IGNORECASE, four non-ASCII letters (see the re docs): "İ"
    (which lower() turns into "i" and a combining dot), "ı", "ſ" and the Kelvin sign (which
    lower() turns into "k"). str.replace, not str.translate: translate took 0.4 ms a posting.
    """
    folded = text.lower()
    if folded.isascii():
        return folded
    return folded.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


# --------------------------------------------------------------------------------------------
# Requirement levels.

_NEGATED_RE = re.compile(
    r"\b(?:not|n't|never)\s+(?:\w+\s+){0,2}?(?:required|mandatory|essential|necessary|needed|"
    r"a\s+must|a\s+requirement|a\s+prerequisite)\b|\bno\s+(?:\w+\s+){0,3}?(?:required|needed|"
    r"necessary)\b|\b(?:optional)\b",
    re.IGNORECASE,
)
_PREFERRED_RE = re.compile(
    r"\bnice[\s\-]to[\s\-]haves?\b|\b(?:a|an|big|huge|strong|definite|real)\s+(?:plus|bonus|"
    r"advantage)\b|\bare\s+(?:a\s+)?plus(?:es)?\b|\bplus(?:es)?\s*[.!)]?\s*$|^\s*plus\s*:|"
    r"\bbonus\s+(?:points|if)\b|^\s*bonus\b|\bpreferred\b|\bpreferabl[ye]\b|\bdesired\b|"
    r"\bdesirable\b|\bideally\b|\badvantageous\b|\bbeneficial\b|\bhelpful\b|\bwelcomed?\b|"
    r"\b(?:is|are|would\s+be)\s+an?\s+asset\b|\bgood\s+to\s+have\b|\bwould\s+be\s+(?:great|nice)\b"
    r"|\beven\s+better\b|\bextra\s+credit\b",
    re.IGNORECASE,
)
_REQUIRED_RE = re.compile(
    r"\bmust\b|(?<!\bas )(?<!\bwhen )(?<!\bif )(?<!\bwhere )\brequired\b|\brequirements?\b|"
    r"\bneeds?\s+to\s+have\b|\byou(?:'ll|\s+will)\s+need\b|\bessential\b|\bminimum\b|"
    r"\bmandatory\b|\bprerequisite\b|\bat\s+least\b|\bis\s+necessary\b",
    re.IGNORECASE,
)


# All three cue patterns in one pass: a negated requirement or a preference (group "pref"), or a
# requirement ("req"). A requirement word inside a negation ("not required") is part of the
# negation, so it does not count as a requirement cue too.
_CUE_RE = re.compile(
    f"(?P<pref>{_NEGATED_RE.pattern}|{_PREFERRED_RE.pattern})|(?P<req>{_REQUIRED_RE.pattern})",
    re.IGNORECASE,
)


# Every cue pattern above needs one of these (lowercase) words; most posting sentences hold none,
# and a substring test is a hundred times cheaper than the regex.
_CUE_WORDS = (
    "must", "requir", "need", "essential", "minimum", "mandatory", "prerequisite", "at least",
    "necessary", "optional", "nice", "plus", "bonus", "advantage", "prefer", "desir", "ideal",
    "beneficial", "helpful", "welcome", "asset", "good to have", "would be", "even better",
    "extra credit",
)  # fmt: skip


@lru_cache(maxsize=8192)
def _cues(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds a preference cue and whether it holds a requirement cue."""
    lowered = _folded(text)  # as the IGNORECASE patterns see it ("muſt" is "must" to them)
    if not any(word in lowered for word in _CUE_WORDS):
        return False, False
    preference = required = False
    for match in _CUE_RE.finditer(text):
        if match.lastgroup == "pref":
            preference = True
        else:
            required = True
        if preference and required:
            break
    return preference, required


# Where a sentence that mixes cues splits into clauses: list commas, semicolons, colons, dashes
# and contrast words ("PMP required, CSM preferred"; "PMP preferred but at least CAPM").
_CLAUSE_SPLIT_RE = re.compile(
    r"\s*[,;:()]\s*|\s+(?:but|while|whereas|although|though)\s+|\s+[\u2013\u2014-]\s+",
    re.IGNORECASE,
)


def classify_mention(sentence: str, start: int, section: str) -> RequirementLevel:
    """How strongly a posting asks for the skill mentioned at ``start`` in ``sentence``.

    Same as :func:`classify_requirement`, except when the sentence holds both a requirement cue
    and a preference cue: then the mention's own clause decides ("PMP required, CSM preferred"
    makes PMP required and CSM preferred). A clause without a cue takes the cue of the nearest
    clause before it (a list continues: "Must have PMP, Jira; Scrum a plus"), else after it
    ("PMP and Jira are required").

    Args:
        sentence: The sentence (or bullet) holding the mention.
        start: Character offset of the mention within ``sentence``.
        section: Canonical name of the posting section the sentence is in.

    Returns:
        ``"required"``, ``"preferred"`` or ``"mentioned"``.
    """
    clauses = _mixed_clauses(sentence)
    if not clauses:
        return classify_requirement(sentence, section)
    index = max(0, bisect_right([c[0] for c in clauses], start) - 1)
    for level in (
        [clauses[index][1]]
        + [c[1] for c in reversed(clauses[:index])]
        + [c[1] for c in clauses[index + 1 :]]
    ):
        if level is not None:
            return level
    return classify_requirement(sentence, section)  # unreachable: a mixed sentence has cues


@lru_cache(maxsize=4096)
def _mixed_clauses(sentence: str) -> tuple[tuple[int, RequirementLevel | None], ...]:
    """The clauses of a sentence mixing both kinds of cue, as (start, level or None); else ()."""
    if _cues(sentence) != (True, True):
        return ()
    clauses: list[tuple[int, RequirementLevel | None]] = []
    begin = 0
    for match in [*_CLAUSE_SPLIT_RE.finditer(sentence), None]:
        end = match.start() if match else len(sentence)
        clause = sentence[begin:end]
        level: RequirementLevel | None = None
        preference, required = _cues(clause)
        if preference:
            level = "preferred"
        elif required:
            level = "required"
        clauses.append((begin, level))
        if match:
            begin = match.end()
    return tuple(clauses)


@lru_cache(maxsize=4096)  # the same sentence is asked about once per skill in it
def classify_requirement(sentence: str, section: str) -> RequirementLevel:
    """How strongly a posting asks for something mentioned in ``sentence``.

    Rule, first match wins:

    1. A negated requirement ("not required", "no ... needed", "optional") -> ``preferred``.
    2. A preference cue ("nice to have", "a plus", "bonus points", "preferred", "desired",
       "ideally", "advantage", "an asset", "beneficial") -> ``preferred``. Preference is checked
       before requirement because a sentence holding both ("PMP preferred but at least CAPM")
       is softer than a plain requirement, and "plus"/"bonus" only count as cues in their
       idiomatic forms ("is a plus", "bonus points", not "annual bonus").
    3. A requirement cue ("must", "required" - but not "as required" -, "requirement",
       "need to have", "essential", "minimum", "mandatory", "at least") -> ``required``.
    4. Otherwise by section: ``requirements`` -> ``required``, ``preferred`` -> ``preferred``,
       anything else (responsibilities, about, header, benefits) -> ``mentioned``.

    Args:
        sentence: The sentence (or bullet) holding the mention.
        section: Canonical name of the posting section the sentence is in.

    Returns:
        ``"required"``, ``"preferred"`` or ``"mentioned"``.
    """
    preference, required = _cues(sentence)
    if preference:
        return "preferred"
    if required:
        return "required"
    if section == "requirements":
        return "required"
    if section == "preferred":
        return "preferred"
    return "mentioned"
