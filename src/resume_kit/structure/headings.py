"""Headings and the sections they open, for resumes and postings.

Each kind of document has its own heading vocabulary, mapping the headings written ("Work
History", "What you'll do") to canonical section names ("experience", "responsibilities"):
the section kinds.

Heading detection: a line is a heading when it is short, is not a bullet or a sentence, and,
once its decoration is set aside (icons and emoji before it, a number, a typed rule or a colon
after it), either matches the heading vocabulary of the document kind ("Work History", "What
you'll do"; letter-spaced "E D U C A T I O N", "R ESEARCH E XPERIENCE" and "exp erience" too), or
is made of a section noun and the words allowed beside it ("Relevant IT Project Experience";
for resumes the noun may stand anywhere: "Skill Areas", "Courses and Certificates") and is styled
as a heading (ALL CAPS, Title Case, trailing colon, or marked by the format in
``heading_lines``). A heading-looking line outside the vocabulary becomes an ``other`` section,
keeping its own words, only when it is clearly a heading: two words or more, ALL CAPS or marked
by the format, after the first known heading, not followed by dates (employer names in
capitals are common in experience sections), not a job title, and not one of several labels of
a list (the same words again, or one after another with a line or less between).

The sections tile the text: every character is in exactly one (the untitled top part, even a
blank one, is the first). Each carries a confidence: a known heading styled as one is near 1, a
heading found inside flattened text (:mod:`resume_kit.structure.flat`), unstyled or unknown is
lower.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from resume_kit.model.base import trusted
from resume_kit.model.dates import find_date_range
from resume_kit.model.documents import (
    PostingSection,
    ResumeSection,
    Section,
    SectionName,
    SourceText,
)
from resume_kit.read.limits import check_time
from resume_kit.structure.education import degree_level
from resume_kit.structure.heading_words import (
    HEAD_NOUNS,
    POSTING_MODIFIERS,
    RESUME_HEADINGS,
    compact_key,
    heading_key,
)
from resume_kit.structure.lines import _is_bullet, _Line, _line_start
from resume_kit.structure.roles import _COMPANY_SUFFIX_RE, _TITLE_WORD_RE

# Heading vocabularies (normalised by heading_key); the resume's live in heading_words.

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
_RESUME_HEADS: dict[str, SectionName] = HEAD_NOUNS
_POSTING_HEADS: dict[str, SectionName] = {
    "responsibilities": "responsibilities",
    "duties": "responsibilities",
    "requirements": "requirements",
    "qualifications": "requirements",
    "benefits": "benefits",
    "perks": "benefits",
}

# Inline headings ("Skills: Agile, Scrum") are trusted only for these sections and only outside
# experience/projects, where "Skills: Jira" is usually a line of a role.
_RESUME_INLINE = frozenset({"summary", "skills", "certifications", "education"})
_POSTING_INLINE = frozenset({"requirements", "preferred"})


def _vocabulary(
    table: dict[ResumeSection, tuple[str, ...]] | dict[PostingSection, tuple[str, ...]],
) -> dict[str, SectionName]:
    return {heading_key(variant): name for name, variants in table.items() for variant in variants}


_RESUME_VOCAB = _vocabulary(RESUME_HEADINGS)
_POSTING_VOCAB = _vocabulary(_POSTING_HEADINGS)
_heading_key = heading_key  # the name the posting modules import


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&",
     "your", "our", "you", "we"]
)  # fmt: skip

# Unicode small capitals ("Eᴅᴜᴄᴀᴛɪᴏɴ") read as the capitals they show.
_SMALL_CAPS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "ABCDEFGHIJKLMNOPQRSTUVWYZ")


def _is_all_caps(text: str) -> bool:
    if _ASCII_LOWER_RE.search(text):
        return False  # a letter not in capitals: most lines have one, found at once
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_ASCII_LOWER_RE = re.compile("[a-z]")


_LETTER_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’\-]*")


def _is_title_case(text: str) -> bool:
    words = _LETTER_WORD_RE.findall(text)
    if not words or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


@dataclass(frozen=True)
class _HeadingGuess:
    name: SectionName | None  # canonical name, None when the line is heading-like but unknown
    heading: str  # as written (label only for an inline "Skills: ..." heading)
    inline: bool = False
    confidence: float = 0.9
    unstyled: bool = False  # named by its section words alone, without any heading style


_NOT_SPACE_RE = re.compile(r"\S")
_LINK_START_RE = re.compile(r"https?://|www\.")
_FIELD_VALUE_RE = re.compile(r"[:：]\s*\S")
_DIGIT_RE = re.compile(r"\d")
_INLINE_LABEL_RE = re.compile(r"^([A-Za-z][A-Za-z &/'’\-]{2,40}):\s+\S")
# What decorates a heading: a typed rule after it ("OBJECTIVE______"), icons or emoji before it,
# a number before it ("2. Education"), a colon or full stop after it.
_TRAILING_RULE_RE = re.compile(r"\s*[_=~\-–—─━.·*]{3,}\s*$")
_LEADING_GLYPHS_RE = re.compile(r"^[^\w\"'“‘(]+")
_NUMBERING_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+")
_TRAILING_MARKS_RE = re.compile(r"[\s:：.*#_=]+$")
# The characters a rule or the marks end with (whitespace aside): both patterns start with a
# repeat, so the engine tries them at every character of a line; a line that does not end with
# one of these (most lines) cannot match.
_RULE_ENDS = tuple("_=~-–—─━.·*")
_MARK_ENDS = ":：.*#_="
# "E D U C A T I O N" and "W O R K   E X P E R I E N C E": letters spaced one by one.
_SPACED_LETTERS_RE = re.compile(r"^\w(?: \w)+(?:\s{2,}\w(?: \w)+)*$")
# "R ESEARCH E XPERIENCE": small caps extracted as a capital, a space, the smaller capitals.
# The capital first and its word start looked back on from it (the \b of "\b([A-Z]) ..."): the
# engine skips to the capitals, where it tried the \b at every character.
_SPLIT_CAPITAL_RE = re.compile(r"([A-Z])(?<!\w.) (?=[A-Z]{2,}\b)")


def _without_rule(text: str) -> str:
    """``_TRAILING_RULE_RE.sub("", text)``: a typed rule at the end, and the spaces around it."""
    return _TRAILING_RULE_RE.sub("", text) if text.rstrip().endswith(_RULE_ENDS) else text


def _clean_heading(text: str) -> tuple[str, bool]:
    """The heading's words without decoration, and whether it ended with a full stop."""
    text = _without_rule(text)
    text = _LEADING_GLYPHS_RE.sub("", text)
    text = _NUMBERING_RE.sub("", text)
    stop = text.rstrip(" :：*#_=").endswith(".")
    if text and (text[-1] in _MARK_ENDS or text[-1].isspace()):
        text = _TRAILING_MARKS_RE.sub("", text)
    return text, stop


_WIDE_SPACE_RE = re.compile(r"\s{2,}")


def _despaced(text: str) -> str | None:
    """A letter-spaced heading's words joined up, None when the line is not letter-spaced."""
    if _SPACED_LETTERS_RE.match(text):
        return " ".join(part.replace(" ", "") for part in _WIDE_SPACE_RE.split(text))
    joined = _SPLIT_CAPITAL_RE.sub(r"\1", text)
    return joined if joined != text else None


_COMPACT_CACHE: dict[int, dict[str, SectionName]] = {}


def _compact_vocab(vocab: dict[str, SectionName]) -> dict[str, SectionName]:
    """``vocab`` keyed without spaces ("workexperience"), built once per vocabulary."""
    found = _COMPACT_CACHE.get(id(vocab))
    if found is None:
        found = {compact_key(key): name for key, name in vocab.items() if len(key) >= 5}
        _COMPACT_CACHE[id(vocab)] = found
    return found


def _match_vocab(
    found: _HeadingText, vocab: dict[str, SectionName]
) -> tuple[SectionName, float] | None:
    """The section a heading's words name exactly (written, letter-spaced or joined by "and"):
    ``found.key`` is the words' key, ``found.spaced_key`` the key of the letter-spaced words
    joined up."""
    key, spaced_key = found.key, found.spaced_key
    if key in vocab:
        return vocab[key], 0.95
    if spaced_key is not None and spaced_key in vocab:
        return vocab[spaced_key], 0.9
    if found.compact is not None:
        compact = _compact_vocab(vocab).get(found.compact)
        if compact is not None:
            return compact, 0.85  # "exp erience": a heading split by the PDF's drawing
    parts = found.parts
    if parts is not None and all(part in vocab for part in parts):
        # "Preferred / Nice to have", "Education & Certifications": the first name decides.
        return vocab[parts[0]], 0.9
    return None


def _head_noun(
    words: Sequence[str], heads: dict[str, SectionName], modifiers: frozenset[str], anywhere: bool
) -> SectionName | None:
    """The kind a heading's section noun names: the last word after modifiers, or (``anywhere``)
    the first section noun among modifiers ("Skill Areas", "Courses and Certificates")."""
    if not anywhere:
        if words[-1] in heads and all(w in modifiers for w in words[:-1]):
            return heads[words[-1]]
        return None
    found = next((w for w in words if w in heads), None)
    if found is None or not all(w in heads or w in modifiers for w in words):
        return None
    return heads[found]


def _section_words_only(
    words: Sequence[str], heads: dict[str, SectionName], modifiers: frozenset[str] | None
) -> bool:
    """Whether every word is a section noun or a word allowed beside one, one noun at least."""
    allowed = modifiers or POSTING_MODIFIERS
    return any(w in heads for w in words) and all(w in heads or w in allowed for w in words)


class _HeadingText(NamedTuple):
    """What a line says as a heading, whatever the vocabulary (see :func:`_heading_text`)."""

    body: str  # the words without decoration
    stop: bool  # it ended with a full stop
    key: str  # heading_key(body)
    words: tuple[str, ...]  # the key's words (of the letter-spaced words joined up)
    heading: str  # the heading as shown
    spaced_key: str | None  # heading_key of the letter-spaced words joined up (_despaced)
    # Whatever the vocabulary, these are the same for a line: worked out once per line text
    # (the line is weighed as a posting's and a resume's, and headings recur), not per call.
    compact: str | None  # compact_key(key) where "exp erience" may be looked up (40 or fewer)
    parts: list[str] | None  # the key's parts around " and ", None without one
    # How it is styled; None for a long line (most are refused whatever the vocabulary: their
    # styles are worked out only for the few made of section words).
    # The flags are small ints, not an object each: the cache's entries are made in the
    # first pass over a text, where every object more brought the garbage collector sooner.
    styles: int | None


# The styles of a heading's line (see _styles).
_STRONG = 1  # marked by the format or in capitals
_STYLED = 2  # strong or in Title Case ("Work History")
_ABOUT_STYLED = 4  # "About Globex" styled as a heading (only asked of "about" + 1-4 words)
_COLON = 8  # the line ends with a colon


def _styles(text: str, marked: bool, body: str, words: tuple[str, ...]) -> int:
    """The style flags of a line ``text`` whose heading words are ``body`` (keyed ``words``)."""
    strong = marked or _is_all_caps(body)
    flags = _STRONG | _STYLED if strong else _STYLED if _is_title_case(body) else 0
    if (
        words[0] == "about"
        and 2 <= len(words) <= 5
        and (marked or _is_title_case(text) or _is_all_caps(text))
    ):
        flags |= _ABOUT_STYLED
    return flags | _COLON if text.rstrip().endswith((":", "：")) else flags


def _heading_text(text: str, marked: bool) -> _HeadingText | None:
    """A line's heading words, or None when no vocabulary could make it a heading (too long, a
    bullet, a field, a link, digits). Each line is weighed against both kinds' vocabularies and
    headings recur from text to text: short lines (all that can be headings) are remembered."""
    if len(text) > 120:
        return None
    return _short_heading_text(text, marked)


@lru_cache(maxsize=16_384)
def _short_heading_text(text: str, marked: bool) -> _HeadingText | None:
    if _is_bullet(text):
        return None
    # The small capitals are not ASCII: an ASCII line (most) is not translated character by
    # character.
    body, stop = _clean_heading(text if text.isascii() else text.translate(_SMALL_CAPS))
    if not body or len(body) > 90:
        return None
    # The refusals that need no key first: a line refused is not keyed.
    if "@" in text or _LINK_START_RE.search(text) or _DIGIT_RE.search(body):
        return None  # "Salary: $105,000" is a field; "Skills: a, b" is an inline heading
    if _FIELD_VALUE_RE.search(body) or body.endswith((",", ";", "!")):
        return None
    key = heading_key(body)
    spaced = _despaced(body)
    spaced_key = None if spaced is None else heading_key(spaced)
    words = tuple(spaced_key.split() if spaced and spaced_key is not None else key.split())
    if not words or len(words) > 9:
        return None
    heading = text.strip() if marked else _without_rule(text).strip()
    heading = heading.strip("#*_= ").rstrip(":：").strip()
    long = len(body) > 60 or len(words) > 6
    return _HeadingText(
        body,
        stop,
        key,
        words,
        heading,
        spaced_key,
        compact_key(key) if len(key) <= 40 and " " in key else None,
        key.split(" and ") if " and " in key else None,
        None if long else _styles(text, marked, body, words),
    )


def _guess_heading(
    line: _Line,
    vocab: dict[str, SectionName],
    heads: dict[str, SectionName],
    modifiers: frozenset[str] | None = None,
) -> _HeadingGuess | None:
    """Whether ``line`` looks like a heading, and which section it names (None: unknown)."""
    text = line.text
    found = _heading_text(text, line.marked)
    if found is None:
        return None
    words, heading = found.words, found.heading
    if (len(found.body) > 60 or len(words) > 6) and not _section_words_only(
        words, heads, modifiers
    ):
        # Long lines are headings only when made of section words ("Academic Qualification,
        # Trainings and Professional Certifications", "Areas of Expertise and Hands-on Experience")
        return None
    styles = found.styles
    if styles is None:
        styles = _styles(text, line.marked, found.body, words)
    exact = _match_vocab(found, vocab)
    if exact is not None:
        styled = bool(styles & _STYLED)
        # "PROFILE." is a heading; "Led the team." is a sentence and "projects." the end of one
        if found.stop and (len(words) > 3 or not styled):
            return None
        return _HeadingGuess(
            exact[0],
            heading,
            confidence=exact[1] if styled else exact[1] - 0.1,
            # A posting's sentence-case headings follow each other ("About Stripe", "About the
            # team"): only a resume's unstyled line under its own kind is a label.
            unstyled=not styled and modifiers is not None,
        )
    if found.stop:
        return None
    if styles & _ABOUT_STYLED and vocab.get("about") == "about":
        return _HeadingGuess("about", heading, confidence=0.8)  # "About Globex"
    strong = bool(styles & _STRONG)
    styled = bool(styles & (_STRONG | _COLON | _STYLED))
    body = found.body
    resume = modifiers is not None
    # A resume's line made only of section words is a heading even unstyled ("Invited
    # Presentations & professional development"); a posting's must be styled.
    if not (styled or (resume and len(words) >= 2 and body[:1].isupper())):
        return None
    name = _head_noun(words, heads, modifiers or POSTING_MODIFIERS, anywhere=resume)
    if name is not None and not (resume and _TITLE_WORD_RE.search(body)):
        return _HeadingGuess(name, heading, confidence=0.75 if styled else 0.6, unstyled=not styled)
    if not styled:
        return None
    # An unknown heading has words of its own: one capitals word is more often an employer, a
    # client or an acronym ("SABIC", "MICROSOFT") than a heading.
    if strong and 2 <= len(words) <= 4:
        return _HeadingGuess(None, heading, confidence=0.5)
    return None


def _guess_inline_heading(
    line: _Line, vocab: dict[str, SectionName], inline: frozenset[str]
) -> _HeadingGuess | None:
    """ "Skills: Agile, Scrum, Jira" -> a skills heading whose body starts on the same line."""
    # The label is at most 41 characters: a line without a colon that early cannot match.
    match = _INLINE_LABEL_RE.match(line.text) if line.text.find(":", 0, 42) >= 0 else None
    if not match:
        return None
    name = vocab.get(heading_key(match.group(1)))
    if name not in inline:
        return None
    return _HeadingGuess(name, match.group(1).strip(), inline=True, confidence=0.7)


def _find_sections(
    source: SourceText,
    lines: list[_Line],
    vocab: dict[str, SectionName],
    heads: dict[str, SectionName],
    top: SectionName,
    inline: frozenset[str],
    modifiers: frozenset[str] | None = None,
) -> list[Section]:
    """Split the text into sections; the untitled top part is named ``top``.

    The sections tile the text: each character is in exactly one (a blank start goes to the
    first). ``modifiers`` (resumes) lets a section noun stand anywhere in a styled heading.
    """
    starts: list[tuple[int, SectionName, str, float]] = []  # (offset, name, heading, confidence)
    unknown: list[int] = []  # indexes into starts of headings outside the vocabulary
    current = top
    current_caps = False  # the current section's heading is in capitals
    # The lines that may open a section, in order: each with its heading guess, or with the
    # inline heading it opens where it is no heading itself (``guess.inline``: "Skills: Agile,
    # Scrum", taken only outside experience and projects). A posting's lines are mostly no
    # heading: the loops below look at these alone, not at every line.
    hits: list[tuple[int, _HeadingGuess]] = []
    for index, line in enumerate(lines):
        if not index & 1023:
            check_time()  # the time budget, where no alarm can interrupt (off the main thread)
        text = line.text
        # (_heading_text refuses a line over 120 characters: no call for a paragraph.)
        guess = None if len(text) > 120 else _guess_heading(line, vocab, heads, modifiers)
        if guess is not None:
            hits.append((index, guess))
        elif text.find(":", 0, 42) >= 0:  # an inline label ends within 41 characters
            guess = _guess_inline_heading(line, vocab, inline)
            if guess is not None:
                hits.append((index, guess))
    # Where the format marks the headings (Word styles, a PDF's heading size, Markdown "#"),
    # what it leaves unmarked is less likely a heading: see _format_says_no.
    # Resumes only: a posting's page marks its headings unevenly (h2 beside bold paragraphs).
    # And only where the marked headings are at least as many as the unmarked Title Case ones: a
    # Word file with two headings in a heading style and three in plain bold is no guide.
    marked = unmarked = 0
    for index, guess in hits:
        if guess.name is not None and not guess.inline:
            if lines[index].marked:
                marked += 1
            elif not guess.unstyled and not _is_all_caps(lines[index].text):
                unmarked += 1
    format_marks = modifiers is not None and marked >= 2 and marked >= unmarked
    for index, guess in hits:
        line = lines[index]
        if guess.inline and (current in ("experience", "projects") or guess.name == current):
            continue
        if guess.unstyled and guess.name == current:
            continue  # "Project tools" above its list in a skills section is a label
        if (
            guess.name == current
            and current != "other"  # "Awards" after "LANGUAGES": two sections of other kinds
            and current_caps
            and modifiers is not None
            and not guess.inline
            and not line.marked
            and not _is_all_caps(line.text)
        ):
            continue  # "Tools" in Title Case under "TECHNICAL SKILLS": a sub-heading
        if (
            format_marks
            and not line.marked
            and _format_says_no(guess, lines, index, current, {start[1] for start in starts})
        ):
            continue
        name = guess.name
        if name is None:
            if not starts or _is_company_like(line.text):
                continue
            if _dates_follow(lines, index) and not _names_other_noun(guess.heading, heads):
                continue  # an employer in capitals; "AWARDS AND PROMOTION" above dated awards
            if not line.marked and not _stands_apart(source.text, line):
                continue  # "PMP, CSM" or "ITIL" in a list is not a heading
            if modifiers is not None and _TITLE_WORD_RE.search(line.text):
                continue  # "PROJECT MANAGER" above a role is a job title
            if modifiers is not None and degree_level(line.text) is not None:
                continue  # "SECONDARY SCHOOL CERTIFICATE" set like a heading opens an entry
            unknown.append(len(starts))
            name = "other"
        confidence = guess.confidence if line.marked or not line.split else guess.confidence - 0.15
        confidence = round(confidence, 2)  # 0.8, not 0.7999999999999999, in the JSON output
        starts.append((line.start, name, guess.heading, confidence))
        current = name
        current_caps = _is_all_caps(line.text)
    starts = _drop_labels(starts, unknown, lines)
    starts = _end_prose_asks(starts, lines)
    # Built unvalidated (model.base.trusted: every value is of its type, each confidence a float
    # from 0.3 to 0.95): validating them was a twentieth of a posting's structure.
    sections: list[Section] = []
    text_end = len(source.text)
    if not starts or starts[0][0] > 0:
        first = starts[0][0] if starts else text_end
        if source.text:  # even blank: every character is in a section
            blank = _NOT_SPACE_RE.search(source.text, 0, first) is None  # (no copy of it)
            sections.append(_section(top, "", 0, first, 0.3 if blank else 0.6))
    for i, (start, name, heading, confidence) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else text_end
        sections.append(_section(name, heading, start, end, confidence))
    return sections


def _section(name: SectionName, heading: str, start: int, end: int, confidence: float) -> Section:
    fields = {
        "name": name,
        "heading": heading,
        "start": start,
        "end": end,
        "confidence": confidence,
    }
    return trusted(Section, fields)


# The sections a resume has once and cannot do without: their heading is worth taking even
# where the format left it unmarked, the first time.
_CORE_SECTIONS = frozenset({"summary", "experience", "education", "skills"})


def _format_says_no(
    guess: _HeadingGuess,
    lines: list[_Line],
    index: int,
    current: SectionName,
    seen: set[SectionName],
) -> bool:
    """Whether a heading guess on a line the format left unmarked, in a document whose format
    marks its headings, is rather a line of a section: words in lower case ("additional
    information" under a quote), a label among labels ("Certifications: CSPO" after
    "Languages: English" in a skills list), or a sub-heading in Title Case ("International
    Awards" under "Honors & Awards", "Projects" inside a role, "Tools" in a skills section).
    Unmarked capitals stay headings (a second column's headings set at the body's size), and
    so does a core section's exact heading when the document has no such section yet, and an
    experience or education heading inside a section of another kind ("Leadership Experience"
    after the skills: no skills list has a sub-heading of roles)."""
    if guess.unstyled:
        return True
    if guess.inline:
        near = [lines[j].text for j in (index - 1, index + 1) if 0 <= j < len(lines)]
        return any(_INLINE_LABEL_RE.match(text) for text in near)
    if _is_all_caps(lines[index].text):
        return False
    if guess.name in ("experience", "education") and current not in ("experience", "education"):
        return False
    return not (guess.confidence >= 0.9 and guess.name in _CORE_SECTIONS and guess.name not in seen)


def _drop_labels(
    starts: list[tuple[int, SectionName, str, float]], unknown: list[int], lines: list[_Line]
) -> list[tuple[int, SectionName, str, float]]:
    """Unknown headings that are labels of a list, not headings: the same words more than once
    ("SABIC" above each project of a table), or one after another with a line or less between
    ("English", "Hindi" in a languages table)."""
    if not unknown:
        return starts
    counts = Counter(heading_key(starts[i][2]) for i in unknown)
    drop: set[int] = set()
    for i in unknown:
        if counts[heading_key(starts[i][2])] > 1:
            drop.add(i)
            continue
        neighbours = [j for j in (i - 1, i + 1) if j in unknown]
        for j in neighbours:
            low, high = min(i, j), max(i, j)
            first = bisect_left(lines, starts[low][0], key=_line_start)
            last = bisect_left(lines, starts[high][0], key=_line_start)
            between = last - first - 1
            # Two headings the format marks, with a line under the first, are two sections
            # ("MY LIFE PHILOSOPHY" / a one-line quote / "MOST PROUD OF"); labels of a list are
            # the same words again or share no line between them.
            marked = lines[first].marked and lines[last].marked
            if between <= 0 or (between == 1 and not marked):
                drop.update((low, high))
    return [start for i, start in enumerate(starts) if i not in drop]


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
    starts: list[tuple[int, SectionName, str, float]], lines: list[_Line]
) -> list[tuple[int, SectionName, str, float]]:
    """Close each requirements section opened by a sentence at its first line that is no ask."""
    out: list[tuple[int, SectionName, str, float]] = []
    for i, (start, name, heading, confidence) in enumerate(starts):
        out.append((start, name, heading, confidence))
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
                out.append((line.start, "other", "", 0.5))
                break
    return out


_NON_SPACE_RE = re.compile(r"\S")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_LIST_MARK_RE = re.compile(r"[,;|]")


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
    has_word = any(len(w) >= 4 for w in _LETTERS_RE.findall(line.text))
    return after_blank and has_word and not _LIST_MARK_RE.search(line.text)


def _is_company_like(text: str) -> bool:
    return bool(_COMPANY_SUFFIX_RE.search(_heading_key(text)))


def _names_other_noun(heading: str, heads: dict[str, SectionName]) -> bool:
    """Whether a heading holds a noun of the dated lists that are neither roles nor studies
    ("Awards", "Publications", "Honors")."""
    return any(heads.get(word) == "other" for word in _heading_key(heading).split())


def _dates_follow(lines: list[_Line], index: int) -> bool:
    """True when the line or one of the next three holds a date (an employer, not a heading)."""
    return any(find_date_range(line.text) for line in lines[index : index + 4])
