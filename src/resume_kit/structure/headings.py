"""Headings and the sections they open, for resumes and postings.

Each kind of document has its own heading vocabulary, mapping the headings written ("Work
History", "What you'll do") to canonical section names ("experience", "responsibilities"):
the section kinds.

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
from dataclasses import dataclass

from resume_kit.model.dates import find_date_range
from resume_kit.model.documents import (
    PostingSection,
    ResumeSection,
    Section,
    SectionName,
    SourceText,
)
from resume_kit.read.limits import check_time
from resume_kit.structure.lines import _is_bullet, _Line, _line_start
from resume_kit.structure.roles import _COMPANY_SUFFIX_RE

# Heading vocabularies (normalised: lower case, "&" and "/" read as "and", punctuation dropped).

_RESUME_HEADINGS: dict[ResumeSection, tuple[str, ...]] = {
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

_POSTING_HEADINGS: dict[PostingSection, tuple[str, ...]] = {
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
_RESUME_HEADS: dict[str, SectionName] = {
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
_POSTING_HEADS: dict[str, SectionName] = {
    "responsibilities": "responsibilities",
    "duties": "responsibilities",
    "requirements": "requirements",
    "qualifications": "requirements",
    "benefits": "benefits",
    "perks": "benefits",
}
_MODIFIERS = frozenset(
    ["professional", "relevant", "work", "technical", "key", "core", "selected", "select",
     "additional", "other", "career", "employment", "it", "project", "projects", "management",
     "program", "leadership", "industry", "recent", "previous", "prior", "notable", "major",
     "academic", "formal", "software", "business", "personal", "agile", "related", "applicable",
     "consulting", "military", "job", "role", "position", "basic", "minimum", "required",
     "preferred", "essential", "main", "specific", "general"]
)  # fmt: skip

# Inline headings ("Skills: Agile, Scrum") are trusted only for these sections and only outside
# experience/projects, where "Skills: Jira" is usually a line of a role.
_RESUME_INLINE = frozenset({"summary", "skills", "certifications", "education"})
_POSTING_INLINE = frozenset({"requirements", "preferred"})


def _vocabulary(
    table: dict[ResumeSection, tuple[str, ...]] | dict[PostingSection, tuple[str, ...]],
) -> dict[str, SectionName]:
    return {variant: name for name, variants in table.items() for variant in variants}


_RESUME_VOCAB = _vocabulary(_RESUME_HEADINGS)
_POSTING_VOCAB = _vocabulary(_POSTING_HEADINGS)


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&",
     "your", "our", "you", "we"]
)  # fmt: skip


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
    name: SectionName | None  # canonical name, None when the line is heading-like but unknown
    heading: str  # as written (label only for an inline "Skills: ..." heading)
    inline: bool = False


_LINK_START_RE = re.compile(r"https?://|www\.")
_FIELD_VALUE_RE = re.compile(r"[:：]\s*\S")
_DIGIT_RE = re.compile(r"\d")
_INLINE_LABEL_RE = re.compile(r"^([A-Za-z][A-Za-z &/'’\-]{2,40}):\s+\S")


def _guess_heading(
    line: _Line, vocab: dict[str, SectionName], heads: dict[str, SectionName]
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
    line: _Line, vocab: dict[str, SectionName], inline: frozenset[str]
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
    vocab: dict[str, SectionName],
    heads: dict[str, SectionName],
    top: SectionName,
    inline: frozenset[str],
) -> list[Section]:
    """Split the text into sections; the untitled top part is named ``top``."""
    starts: list[tuple[int, SectionName, str]] = []  # (offset, name, heading)
    current = top
    for index, line in enumerate(lines):
        if not index & 1023:
            check_time()  # the time budget, where no alarm can interrupt (off the main thread)
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
    starts: list[tuple[int, SectionName, str]], lines: list[_Line]
) -> list[tuple[int, SectionName, str]]:
    """Close each requirements section opened by a sentence at its first line that is no ask."""
    out: list[tuple[int, SectionName, str]] = []
    for i, (start, name, heading) in enumerate(starts):
        out.append((start, name, heading))
        if name != "requirements" or _heading_key(heading) not in _PROSE_ASKS:
            continue
        end = starts[i + 1][0] if i + 1 < len(starts) else None
        # The section's lines, found by bisection (lines are in text order): scanning every
        # line for each such section was quadratic in a text of many of them.
        for k in range(bisect_right(lines, start, key=_line_start), len(lines)):
            line = lines[k]
            if end is not None and line.start >= end:
                break
            words = line.text.lower().split()
            if (
                words[0].strip(",.:;") in _NOT_ASK_WORDS
                and not _is_bullet(line.text)
                and not _ADDRESSES_READER_RE.search(line.text)
            ):
                out.append((line.start, "other", ""))
                break
    return out


_NON_SPACE_RE = re.compile(r"\S")


def _stands_apart(text: str, line: _Line) -> bool:
    """An unmarked capitals line reads as a heading: after a blank line, no list, a real word."""
    # What ``text[: line.start].rstrip(" \t")`` would say, without copying the text before the
    # line for each line asked about (quadratic in a text of many capitals lines).
    cut = line.start
    while cut > 0 and text[cut - 1] in " \t":
        cut -= 1
    after_blank = (
        cut == 0
        or (cut >= 2 and text.startswith("\n\n", cut - 2))
        or _NON_SPACE_RE.search(text, 0, cut) is None
    )
    has_word = any(len(w) >= 4 for w in re.findall(r"[^\W\d_]+", line.text))
    return after_blank and has_word and not re.search(r"[,;|]", line.text)


def _is_company_like(text: str) -> bool:
    return bool(_COMPANY_SUFFIX_RE.search(_heading_key(text)))


def _dates_follow(lines: list[_Line], index: int) -> bool:
    """True when the line or one of the next three holds a date (an employer, not a heading)."""
    return any(find_date_range(line.text) for line in lines[index : index + 4])
