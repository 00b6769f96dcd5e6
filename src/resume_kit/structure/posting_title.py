"""A posting's job title, when no field names it, and the test every title passes.

A title is short (at most :data:`TITLE_MAX_CHARS`), is no heading ("Company profile",
"Overview") and no sentence, and holds a job-title head noun: a word that ends O*NET's job titles
("Engineer", "Nurse", "Counsel", "Recruiter"; ``keywords/title_words.json``, built by
``scripts/build_titles.py``) or one of the title words of :mod:`.roles`. Where it is found, in
order: a heading-like line at the top (Markdown ``# [Title](link)`` too), the title words a
flattened posting opens with, a sentence naming whom they hire ("TAD is seeking a Cyber
Targeteer", "The Project Manager will ...", "Title: ...", "... Engineer Location: ..."). Words
glued across a lost line break ("AnalystLocation:") are parted first (:func:`unglue`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, wraps

from resume_kit.structure.contact import _has_url
from resume_kit.structure.headings import _POSTING_VOCAB, _heading_key
from resume_kit.structure.lines import _folded, _is_bullet, _is_sentence, _Line
from resume_kit.structure.role_header import _head_words  # one read of title_words.json
from resume_kit.structure.roles import _PLURAL_TITLE_WORD_RE, _TITLE_WORD_RE
from resume_kit.structure.wordsearch import KeyedPattern, compile_word_alternatives, matches_at

__all__ = [
    "TITLE_MAX_CHARS",
    "bounded_title",
    "heading_title",
    "is_head_word",
    "title_from_text",
    "title_shape",
]

TITLE_MAX_CHARS = 80
_TITLE_MAX_WORDS = 8


# Words recur from posting to posting (and a title's words are weighed by several finders):
# what each one is, is remembered. The answers depend on the word alone.
@lru_cache(maxsize=16_384)
def is_head_word(word: str) -> bool:
    """Whether ``word`` (punctuation around it ignored) can end a job title: "Counsel", "RN"."""
    bare = word.strip("()[],:;?.!'\"*")
    return bool(bare) and (bare.casefold() in _head_words() or bool(_TITLE_WORD_RE.fullmatch(bare)))


@lru_cache(maxsize=16_384)
def _plural_head(word: str) -> str | None:
    """The singular of a plural head noun ("engineers" -> "engineer", "nurses" -> "nurse")."""
    bare = word.strip("()[],:;?.!'\"*")
    if _PLURAL_TITLE_WORD_RE.fullmatch(bare):
        return bare[:-1]
    singular = bare[:-1].casefold()
    if (
        len(bare) > 4
        and bare.endswith("s")
        and singular in _head_words()
        and singular not in _VERB_HEADS
    ):
        return bare[:-1]
    return None


# Title words whose plural is mostly a verb: "leads efforts", "supports users", "monitors".
_VERB_HEADS = frozenset(
    ["lead", "support", "head", "partner", "master", "monitor", "coach", "guard", "judge", "scout",
     "cook", "host", "counsel", "escort", "tutor", "pilot", "guide", "clerk", "staff", "tech",
     "admin", "owner", "agent", "expert", "chief", "principal", "associate", "executive", "fellow",
     "delivery", "leader", "professional"]
)  # fmt: skip


# "[Title](https://...)" -> "Title"; "**Title**", "# Title", "`Title`" -> "Title".
# Neither part may hold its own opening bracket: each match attempt then stops at the next "[" or
# "(", so a line of many unclosed brackets is read in linear time, not quadratic.
_MD_LINK_RE = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_MARK_RE = re.compile(r"^(?:#{1,6}|>)\s*|[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}")
# The same without its first alternative, for a text that does not open with "#" or ">" (where
# that one never matches), and with the look-behind after the first mark: both alternatives then
# start with a mark and the engine skips to the marks (2x faster over a flattened posting). The
# first mark is taken before the alternatives: a pattern opening with a set of characters is
# searched for that set in a tight loop, one opening with alternatives is tried at every character
# (3x faster again).
_MD_INNER_MARK_RE = re.compile(r"[*_`](?:[*_`]{0,2}(?=\S)|(?<=\S.)[*_`]{0,2})")
# A title word glued to the next word by a lost line break ("Support AnalystLocation: Boston",
# "Sr Devops EngineerYour job is"), or a field label glued to a value ("SharePointLocation :").
# Each match is the capital itself, looked back from: the engine then skips to the capitals (a
# look-behind first is tried at every character); two glues are never next to each other.
_GLUE_RE = re.compile(r"[A-Z](?<=[a-z)][A-Z])(?=[a-z])|[A-Z](?<=[a-z]\.[A-Z])(?=[a-z])")
# Whether any glue can be: "[a-z)]\.?[A-Z][a-z]", looked for from its capital (a lowercase letter
# first is tried at most characters of a text).
_GLUE_HINT_RE = re.compile(r"[A-Z](?=[a-z])(?:(?<=[a-z)][A-Z])|(?<=[a-z)]\.[A-Z]))")
# Words that open a sentence, glued to the last word of the one before ("SVN | GitIf you're").
_GLUED_OPENER_RE = re.compile(r"(?:If|We|Our|The|This|You|As)\s")
# A field label: one capitalised word and a colon, after one of the words that open two-word
# labels ("Work Location:", "Job Type:"); "Engineer Location:" is a title and a label.
_GLUED_LABEL_RE = re.compile(
    r"(?:(?:Work|Job|Position|Pay|Start|End|Employment|Contract|Visa|Travel|Required|Desired|"
    r"Primary|Short|Complete|Base|Salary)\s+)?"
    r"(?:[A-Z][a-z#]*|(?<![A-Za-z])[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s*[:：]"
)


_MEMO_MAX_CHARS = 20_000


def _memo_short(function: Callable[[str], str]) -> Callable[[str], str]:
    """``function`` remembering its last results for texts up to ``_MEMO_MAX_CHARS`` long.

    The title and company finders clean and unglue the same first lines several times; in a
    flattened posting the first line is the whole text. Longer texts are not kept (memory).
    """
    remembered = lru_cache(maxsize=32)(function)

    @wraps(function)
    def call(text: str) -> str:
        return remembered(text) if len(text) <= _MEMO_MAX_CHARS else function(text)

    return call


@_memo_short
def clean_line(text: str) -> str:
    """A line without Markdown marks and with single spaces: "# [Title](url)" -> "Title"."""
    if "[" in text:
        text = _MD_LINK_RE.sub(r"\1", text)
    if "#" in text or ">" in text or "*" in text or "_" in text or "`" in text:
        text = text.strip()
        marks = _MD_MARK_RE if text.startswith(("#", ">")) else _MD_INNER_MARK_RE
        text = marks.sub("", text)
    return _single_spaced(text)


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``: ``text`` itself where it is single-spaced already (most
    lines are: a printable text holds no whitespace but the space, every other being a
    separator or a control character), without cutting a flattened posting's line into its
    thousands of words and joining them again."""
    if (
        text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    ):
        return text
    return " ".join(text.split())


# A line longer than this is no heading and no title line (titles are at most 80 characters;
# a line with a Markdown link or markers around a title may be longer).
_LINE_MAX_CHARS = 200


@_memo_short
def unglue(text: str) -> str:
    """Put " | " where a lost line break glued a title word or a label to the word before it.

    "Portal Support AnalystLocation: Boston" -> "Portal Support Analyst | Location: Boston";
    "DevOps", "JavaScript" and "SharePoint" stay whole (their first part is no title word and no
    label follows).
    """
    if not _GLUE_HINT_RE.search(text):
        return text
    out: list[str] = []
    last = 0
    for glue in _GLUE_RE.finditer(text):
        at = glue.start()
        word_start = max(text.rfind(" ", 0, at), text.rfind("\u00a0", 0, at)) + 1
        before = text[word_start:at]
        if (
            before.endswith(".")  # "immediately.Multi-faceted": two sentences
            or _GLUED_OPENER_RE.match(text, at)
            # A long title word only: "TechOps" and "LeadGen" are names, not "Tech" + "Ops".
            or (len(tail := _TO_LAST_LETTERS_RE.sub("", before)) >= 5 and is_head_word(tail))
            or _GLUED_LABEL_RE.match(text, at)
        ):
            out.append(text[last:at])
            out.append(" | ")
            last = at
    out.append(text[last:])
    return "".join(out)


# A character no glue's test reads at or after the glue's capital (_GLUE_RE's look-ahead,
# _GLUED_OPENER_RE, _GLUED_LABEL_RE read letters, "#", whitespace and colons only).
_GLUE_UNREAD_RE = re.compile(r"[^A-Za-z#\s:：]")
# How much of a long text is unglued for what reads only its opening (its title, its first words).
_HEAD_CHARS = 1000


def _unglued_head(text: str) -> str | None:
    """``unglue(text)`` up to where it is the same as ungluing the text's head: ``unglue(text)``
    starts with what this returns (None: ``text`` is not much longer than :data:`_HEAD_CHARS`).

    The head is cut at a character past :data:`_HEAD_CHARS` that no glue's test reads (no
    letter, space or colon), so each glue before it is told as in the whole text; a flattened
    posting's one line is not unglued whole to read its first words.
    """
    if len(text) <= 2 * _HEAD_CHARS:
        return None
    cut = _GLUE_UNREAD_RE.search(text, _HEAD_CHARS)
    return None if cut is None else unglue(text[: cut.start()])


# Words that open a sentence or end a title's phrase, never part of one ("to head the project").
_NOT_TITLE_WORDS = frozenset(
    ["a", "an", "the", "as", "we", "you", "our", "your", "are", "is", "do", "can", "would", "will",
    "who", "which", "that", "to", "with", "at", "on", "by", "from", "join", "about", "if", "in",
    "for", "or", "dear", "this", "these", "their", "his", "her", "its", "be", "has", "have", "was",
    "were", "where", "when", "whose", "while"]
)  # fmt: skip
# Words that may stand before a title word in a title ("Senior", "IT", ".NET", "Team", "-").
_TITLE_LEAD_WORD_RE = re.compile(
    r"^(?:[A-Z0-9.#+/&(][\w.#+/&()'’-]*|[a-z]{1,2}[A-Z][\w.#+/&()'’-]*|[-–—/&(),]|of|and|for|in)$"
)
# Words a hiring sentence may pass on its way to the title ("a maternity cover for our Warehouse
# Planner"); the other words above end it ("people to interview").
_PASS_BEFORE_TITLE = frozenset(["a", "an", "the", "our", "for"])
# Praise that ends in a title word but names no job: "a world leader in gases", "team player".
_NOT_A_TITLE_RE = re.compile(
    r"\b(?:world|industry|market|global|thought|category|technology|sector|recognized|"
    r"recognised|international|national)\s+leaders?$",
    re.IGNORECASE,
)
# Headings and labels that are never a title, beyond the posting's section vocabulary.
_HEADING_WORDS = frozenset(
    ["company profile", "company description", "job description", "position description",
     "job details", "job brief", "job overview", "position overview", "position details",
     "role description", "your job", "description"]
)  # fmt: skip


def _capitalised(words: list[str]) -> bool:
    """Title case ("Director of Product Development", "VP, Sales"), or a short phrase in sentence
    case ("Systems engineer / network administrator"), not prose ("Other sites for our plant")."""
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    upper = sum(1 for w in letters if not w.islower())  # "iOS", "eBusiness" count
    if upper * 3 >= len(letters) * 2:
        return True
    last = words[-1].strip(".,;:!?").lower()
    return (
        not words[0].islower()
        and len(words) <= 6
        and not any(w.lower() in _NOT_TITLE_WORDS for w in words[1:])
        # "Identifies opportunities and lead": a bullet, not "Software developer".
        and last not in _VERB_HEADS
    )


# Words a title writes in lowercase: "Director of Product Development", "Head of IT".
_SMALL_WORDS = frozenset(["of", "and", "for", "in", "the", "to", "with", "de", "on", "at", "or"])


# The gender marker of European postings: "Developer (m/f/d)", "Engineer ( f/m/x )".
_GENDER_RE = re.compile(r"\s*\(\s*[mfwdx]\s*(?:/+\s*[mfwdx]\s*)+\)", re.IGNORECASE)
_PLACEHOLDER_RE = re.compile(r"\s*<[^>]*>.*$")
_TWO_SENTENCES_RE = re.compile(r"[a-z]{3}\.\s+[A-Z]")


def title_shape(phrase: str, *, lowercase_ok: bool = False, head: bool = True) -> str | None:
    """``phrase`` cleaned when it can be a job title, else None.

    A title is at most :data:`TITLE_MAX_CHARS` long and 12 words, is no heading, opens with no
    sentence word ("We", "The", "Dear"), holds a job-title head noun (unless ``head`` is False:
    the first line of a posting, which is its title whatever its words) and is written in title
    case. A title in lowercase ("project manager") is taken only from a sentence that names whom
    they hire (``lowercase_ok``); that sentence's reader decides when one word alone will do.
    """
    phrase = clean_line(phrase)
    # Each pattern tried only on a phrase with the character it needs.
    if "<" in phrase:
        phrase = _PLACEHOLDER_RE.sub("", phrase)  # "Analyst <ORGANIZATION>": placeholders
    if "(" in phrase:
        phrase = _GENDER_RE.sub("", phrase)
    if ":" in phrase:  # "Data Engineer: Payments", not "RESPONSIBILITIES:Local user support"
        phrase = phrase.split(":", 1)[0]
    if "." in phrase and _TWO_SENTENCES_RE.search(phrase):
        return None  # "Care Workers. Pulse Healthcare.": two sentences
    phrase = phrase.strip(" -–—|:;,/·•")
    if not phrase or len(phrase) > TITLE_MAX_CHARS:
        return None
    words = phrase.split()
    if len(words) > 12 or words[0].casefold().strip("\"'“(") in _NOT_TITLE_WORDS:
        return None
    key = _heading_key(phrase)
    if key in _POSTING_VOCAB or key in _HEADING_WORDS or _NOT_A_TITLE_RE.search(phrase):
        return None
    if head and not any(_head_or_plural(w) for w in _TITLE_WORD_SPLIT_RE.split(phrase)):
        return None
    if not lowercase_ok and not _capitalised(words):
        return None
    return phrase


def _head_or_plural(word: str) -> bool:
    """A head noun, its plural or its possessive ("Doctors", "Registrar's")."""
    word = _POSSESSIVE_END_RE.sub("", word)
    return is_head_word(word) or _plural_head(word) is not None


# The label that starts after a field's title ("... Analyst Location: Boston"), and the end of
# its first sentence.
_NEXT_LABEL_RE = re.compile(r"(?:\s|(?<=[A-Za-z0-9)]))" + _GLUED_LABEL_RE.pattern)
_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


def bounded_title(title: str | None) -> str | None:
    """A title from a field, cut to :data:`TITLE_MAX_CHARS` at a separator, or None.

    Fields are trusted ("Job Title: ..."), but a field that ran into the text of a flattened
    posting ("Oracle HCM Analyst Location: Boston Duration: 12 months ...") is cut where the next
    label starts, and one still too long is dropped: a paragraph is no title.
    """
    if title is None:
        return None
    title = clean_line(title)
    label = _NEXT_LABEL_RE.search(title)
    if label is not None and label.start() > 0:
        title = title[: label.start()]
    title = unglue(title).split(" | ", 1)[0]
    title = _SENTENCE_BREAK_RE.split(title, maxsplit=1)[0].strip(" -–—|:;,/.")
    while len(title) > TITLE_MAX_CHARS:
        cut = max(title.rfind(sep, 0, TITLE_MAX_CHARS + 1) for sep in (" - ", " | ", " (", ", "))
        if cut <= 0:
            return None
        title = title[:cut].strip(" -–—|:;,/")
    return title or None


def _is_title_head(bare: str) -> bool:
    """A head word, or slashed words one of which is ("Engineer/Architect", "Specialist/MSA")."""
    if is_head_word(bare):
        return True
    return "/" in bare and any(is_head_word(part) for part in bare.split("/") if part)


# Words that end a title read from capitalised text ("Opportunity The Solution Architect").
_SENTENCE_WORDS = frozenset(
    ["the", "a", "an", "we", "you", "our", "your", "this", "is", "are", "will", "who", "which"]
)


# The patterns _title_prefix, _head_or_plural, unglue and title_shape try on each word, compiled
# once (the re module's cache lookup was a tenth of a word's time).
_POSSESSIVE_RE = re.compile(r"(.+?)['’]s")
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_WORD_CHARS_RE = re.compile(r"[\w.#+/&'’-]+")
_SENTENCE_END_RE = re.compile(r"[a-z]{3}[.!?]$|[A-Z]{2}[.!?]$")
_TO_LAST_LETTERS_RE = re.compile(r"^.*[^A-Za-z]")
_TITLE_WORD_SPLIT_RE = re.compile(r"[\s/,()–—-]+")


def _title_prefix(words: list[str], *, any_case: bool) -> str | None:
    """The words up to the last title word among the first few, when all before it may lead one.

    "Senior Project Manager Acme Ltd London" -> "Senior Project Manager"; "Are you ..." -> None.
    With ``any_case`` (a sentence naming whom they hire) a plural title word counts too and is
    made singular: "full-stack developers" -> "full-stack developer". A word ending in a colon
    ("Counsel Location: Boston"), a possessive ("The Programmer's role") or a full stop ends
    the title, and so does a title word seen before ("Nurse ... Registered Nurse").
    """
    start, end = 0, None
    seen: set[str] = set()
    words = words[:_TITLE_MAX_WORDS]
    for index, word in enumerate(words):
        bare = word.strip("()[],:;?.!")
        label_end = word.endswith((":", "："))
        possessive = _POSSESSIVE_RE.fullmatch(bare)
        plural = _plural_head(word) if any_case else None
        if possessive is not None and is_head_word(possessive.group(1)):
            words[index] = possessive.group(1)
            end = index + 1
            break
        # Read from capitalised text, a lowercase title word counts only as the first one
        # ("Software developer"), not after a capitalised title ("Analyst consultant").
        if (
            bare
            and _is_title_head(bare)
            and (any_case or not bare.islower() or (end is None and index))
        ):
            if bare.casefold() in seen:
                break
            seen.add(bare.casefold())
            words[index] = bare if index else word.rstrip(",:;?.!")
            end = index + 1
        elif plural is not None:
            words[index] = plural
            end = index + 1
        elif any_case and end is None and bare.lower() == "as":
            start = index + 1  # "an appointment as postdoctoral researcher"
        elif not any_case and bare.lower() in _SENTENCE_WORDS:
            break
        elif (
            index == 0 or end is not None or (any_case and bare.lower() not in _PASS_BEFORE_TITLE)
        ) and bare.lower() in _NOT_TITLE_WORDS:
            break  # "As a ...", "Manager to head the project", "people to interview"
        elif label_end or (
            not (any_case and _WORD_CHARS_RE.fullmatch(word))
            and not _TITLE_LEAD_WORD_RE.match(word)
        ):
            break
        if label_end or (end == index + 1 and _SENTENCE_END_RE.search(word)):
            break  # "Counsel Location:", "a Splunk Admin. Location"
        if any_case and end == index + 1 and word.endswith(","):
            break  # "a role as a product manager, engineer, or executive"
    if end is None:
        return None
    end = _of_area(words, end)
    kept = words[start:end]
    # "competent Project Manager" -> "Project Manager": a capitalised title drops lowercase words
    # before it.
    if any(w[:1].isupper() for w in kept):
        while kept and kept[0].islower():
            kept = kept[1:]
    return " ".join(kept).strip(" -–—/,(") or None


_AREA_WORD_RE = re.compile(r"[A-Z]|[a-z]{1,2}[A-Z]")


def _of_area(words: list[str], end: int) -> int:
    """Where a title ends that goes on with "of" and an area: "Director of Product Development
    will ...", "Head of IT." (one to three capitalised words after "of", ending there; not
    "Professor of Neurosurgery Faculty of Health", whose area runs on)."""
    if end + 1 >= len(words) or words[end] != "of":
        return end
    stop = end + 1
    while stop < len(words) and stop - end <= 3:
        word = words[stop]
        if not _AREA_WORD_RE.match(word) or word.lower() in _NOT_TITLE_WORDS:
            break
        stop += 1
        if word.endswith((".", ",", ":", ";", "!", "?")):
            words[stop - 1] = word.rstrip(".,:;!?")
            return stop
    if stop == end + 1:
        return end
    after = words[stop] if stop < len(words) else ""
    if after[:1].isupper() or after.lower() in ("of", "and", "&", "for", "in"):
        return end
    return stop


# "We are looking for an experienced Project Manager to ...", "Acme is seeking a Scrum Master",
# "As a Delivery Manager you will ...": the words after the article, up to a title word.
_SEEKING_RE = re.compile(
    # Every cue starts a word (or the text): said once, so the engine tries the cues only at word
    # starts, not at every character (2.4x faster, same matches).
    r"(?=\b[^\W\d_]|^)"
    r"(?:(?:(?P<hire>\b(?:looking|searching)\s+for|\bin\s+search\s+of|"
    r"\b(?:seeking|seeing|seeks?|recruiting|recruit)(?:\s+for)?)|"
    r"\b(?:opening|openings|opportunity|vacancy|need)\s+for|"
    # "invites applications for a position as Professor", "available as Director Data Partner"
    r"\bapplications\s+for|\b(?:position|role|job|opening|vacancy|available)\s+(?:as|of|for)|"
    r"(?P<lead_as>(?:^|(?<=[.!?]\s))as)|(?P<mid_as>\bas(?=\s+an?\s))|"
    r"\bjoin\s+(?:us|our\s+\w+(?:\s+team)?)\s+as|\bif\s+you(?:\s+are|['’]re)|"
    # Questions that name the role: "Do you want to be the Knowledge Management Consultant ...?"
    r"(?P<question>\b(?:want|like)\s+to\s+(?:be|become)|^are\s+you))\s+"
    r"(?:(?:an?|the|our|one|two|\d+|(?:one\s+or\s+)?more|a\s+number\s+of)\s+)?|"
    # Verbs that name a title only with an article: "is hiring a Scrum Master", "require a
    # dynamic Head of Release", not "the hiring managers", "requires strong analysts".
    r"(?:(?P<hire_verb>\b(?:hiring|hire|to\s+add))|\b(?:needs?|requires?))\s+"
    r"(?:an?|the|one|two|\d+)\s+)"
    # A lookahead, so one match does not swallow the next ("want to be better! We are looking
    # for a ...").
    r"(?=(?P<rest>.{3,90}))",
    re.IGNORECASE,
)
# "The Senior Network Engineer is responsible for ...", "The Project Manager works with ...": a
# capitalised title as the subject of a sentence.
# Each word's first letter comes first and what must precede it is looked back on from there:
# the engine then skips to those letters (the text's start or a space, full stop or colon before
# a word, tried at every character, made the search 4x slower).
_SUBJECT_RE = re.compile(
    r"(?P<det>T(?<![^\s.!?:].)he|t(?<![^\s.!?:].)he|O(?<![^\s.!?:].)ur|Y(?<![^\s.!?:].)our"
    r"|A(?<![^\s.!?:].)n?)\s+(?=(?P<rest>(?:[A-Z]|[a-z]{1,2}[A-Z]).{2,90}))"
)
# Whether _SUBJECT_RE can name a title at all: r"\b(?:[Tt]he|Our|Your|An?) [a-z]{0,2}[A-Z]", each
# word looked for from its first letter.
_SUBJECT_HINT_RE = re.compile(
    r"(?:T(?<!\w.)he|t(?<!\w.)he|O(?<!\w.)ur|Y(?<!\w.)our|A(?<!\w.)n?) [a-z]{0,2}[A-Z]"
)
# "... the Branch Office Administrator (BOA) role may be right for you": after "the" in a
# sentence, a title only when "role" or "position" follows.
_ROLE_AFTER_RE = re.compile(r"^(?:\([A-Z]{2,6}\)\s+)?(?:role|position)\b")
_SUBJECT_VERB_RE = re.compile(
    r"^(?:will|is|works?|plays?|provides?|serves?|acts?|leads?|supports?|reports?|manages?|"
    r"oversees?|owns?|partners?|drives?|coordinates?|position|role|must|should|shall|at|in|"
    r"within|for|\(|,|-|–)",
)
# "A 3-year PhD scholarship in ...", "Postdoc position is available ...": academic posts name the
# post, not a title word.
_ACADEMIC_POST_RE = re.compile(
    r"\b(?P<post>(?:ph\.?\s?d|post-?doc(?:toral)?)\s+"
    r"(?:scholarship|position|fellowship|student(?:ship)?|stipend|researcher|project))\b",
    re.IGNORECASE,
)


def _may_name_post(text: str) -> bool:
    """Whether ``_ACADEMIC_POST_RE`` may match: each match holds "ph" or "post" (folded as its
    IGNORECASE folds), where the pattern, with no first character to skip to, is tried at every
    character of the line."""
    folded = _folded(text)
    return "ph" in folded or "post" in folded


# "Organization Name: Cement Division": a labelled field, whatever its label.
_LABEL_LINE_RE = re.compile(r"^[A-Za-z][\w ./-]{0,30}:\s")
# Title words that alone are not a title ("As head of a department", "hiring support").
_NOT_ALONE_TITLE_WORDS = frozenset(
    ["head", "lead", "support", "delivery", "partner", "principal", "associate", "master", "owner",
     "expert", "chief", "executive", "fellow", "agent", "professional", "tech", "admin", "staff",
     "leader"]
)  # fmt: skip
# Adjectives a seeking sentence puts before the title ("an experienced project manager").
_SEEKING_ADJECTIVES = frozenset(
    ["creative", "resourceful", "proven", "outstanding", "exceptional", "forward-thinking",
     "hands-on", "results-driven", "detail-oriented", "bright", "smart", "new", "experienced",
     "skilled", "talented", "motivated", "dedicated", "passionate", "driven", "ambitious",
     "seasoned", "proactive", "dynamic", "enthusiastic", "highly", "self-motivated", "qualified",
     "energetic", "strong", "great", "committed", "curious", "independent", "full-time",
     "part-time", "vacant", "remote", "and", ","]
)  # fmt: skip
# Verbs after a capitalised phrase that make it the subject of a sentence, so a company, not a
# title: "CSI Tech is searching for ...", "Acme Labs provides ...".
_SUBJECT_VERBS = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "seeks", "provides", "offers", "helps",
     "builds", "develops", "delivers", "invites", "announces", "wants", "needs", "requires",
     "specializes", "specialises", "creates", "makes", "designs", "operates", "serves", "works",
     "will", "can", "currently", "brings", "combines", "supports"]
)  # fmt: skip


def _without_lead_heading(text: str) -> str:
    """A flattened posting's text without the section heading it opens with.

    "About the job The Project Manager works ..." -> "The Project Manager works ...".
    """
    words = text.split(maxsplit=4)  # the first four words (and the rest, not split)
    for count in (4, 3, 2, 1):
        key = _heading_key(" ".join(words[:count]))
        if key in _POSTING_VOCAB or key in _HEADING_WORDS:
            return " ".join(text.split()[count:])
    return text


# _SEEKING_RE tried only where one Aho-Corasick pass found a string a match can start with
# (structure/wordsearch.py: "look", "seek", "hiri", "as " and the like, in each case), at a word's
# start: the hiring sentences of 6,000 first lines of postings 57 -> 36 ms, where the pattern was
# tried after each gap before a cue's first letters (and 28 -> 25 ms to the first match).
_SEEKING = KeyedPattern(_SEEKING_RE, word_start=True)


def _seeking_matches(text: str, limit: int | None = None) -> Iterator[re.Match[str]]:
    """``_SEEKING_RE.finditer(text)`` (the same matches); with ``limit``, those that start at
    ``limit`` or before."""
    for found in _SEEKING.finditer(text):
        if limit is not None and found.start() > limit:
            return
        yield found


_COUNT_RE = re.compile(r"\d+(?:-\d+)?")


def _seeking_title(text: str, limit: int | None = None) -> tuple[int, str] | None:
    """The first title a hiring sentence names in ``text``, with where it starts (None also when
    it would start after ``limit``)."""
    for found in _seeking_matches(text, limit):
        words = unglue(found.group("rest")).split()
        while words and (
            words[0].lower().strip(",") in _SEEKING_ADJECTIVES
            or _COUNT_RE.fullmatch(words[0])  # "2-3 assistant professors"
        ):
            words = words[1:]
        prefix = _title_prefix(words, any_case=True)
        if prefix is None:
            continue
        count = len(prefix.split())
        following = words[count : count + 1]
        as_cue = found.group("lead_as") or found.group("mid_as")
        if as_cue and following and following[0].lower() in ("we", "our"):
            continue  # "As an SAP Global Partner we provide ...": the company
        if (
            (count <= 5 or (count <= 7 and _capitalised(prefix.split())))
            and (prefix.lower() not in _NOT_ALONE_TITLE_WORDS)
            # A question, or "as a" inside a sentence, names a role only in capitals: "Are you
            # a Scrum Master?", not "Are you a natural leader?" or "acting as a sparring partner".
            and not ((found.group("question") or found.group("mid_as")) and prefix[:1].islower())
            # One word in lowercase names a title only after a verb of hiring ("seeking a
            # motivated administrator", "two developers"), not in "serve as liaison".
            and not (
                count == 1
                and prefix.islower()
                and not (found.group("hire") or found.group("hire_verb"))
            )
        ):
            shaped = title_shape(prefix, lowercase_ok=True)
            if shaped is not None:
                return found.start(), shaped
    return None


def _subject_title(text: str, limit: int | None = None) -> tuple[int, str] | None:
    """The first capitalised title that is the subject of a sentence in ``text``, or that "the
    ... role" names (None also when it would start after ``limit``)."""
    if not _SUBJECT_HINT_RE.search(text):
        return None
    for found in _SUBJECT_RE.finditer(text):
        if limit is not None and found.start() > limit:
            return None
        words = unglue(found.group("rest")).split()
        prefix = _title_prefix(words, any_case=False)
        if prefix is None:
            continue
        count = len(prefix.split())
        after = " ".join(words[count:])
        names_role = _ROLE_AFTER_RE.match(after) is not None
        if (
            prefix.lower() not in _NOT_ALONE_TITLE_WORDS
            and not prefix.split()[0].islower()
            and (names_role or (found.group("det") != "the" and _SUBJECT_VERB_RE.match(after)))
        ):
            shaped = title_shape(prefix)
            if shaped is not None:
                return found.start(), shaped
    return None


_TITLE_LABELS = (
    r"job\s+title",
    r"position\s+title",
    "title",
    "position",
    "role",
    "opening",
    "vacancy",
)
# A title labelled inside a flattened posting: "... Position: Change & Release Management
# Associate Responsibilities - Within ...", "Role: Core Java Developer Location: ...".
# Built to skip to the labels' first letters (structure/wordsearch.py): the case-blind
# alternation was tried at every character of a flattened posting.
_LABELLED_RE = compile_word_alternatives(
    ((label, True) for label in _TITLE_LABELS), then=r"\s*[:：]\s*(?=(?P<rest>\S.{2,90}))"
)
_TITLE_LABEL_WORDS = ("job", "position", "title", "role", "opening", "vacancy")  # labels' first
# The label a job board puts right after the title: "Configuration Build Engineer Location: ...".
# (Its first character a set, not alternatives: the engine skips to it.)
_AFTER_TITLE_LABEL_RE = re.compile(r"[\s|]\s*(?:(?:Job|Work)\s+)?(?:Location|Duration)\s*[:：]")


def _labelled_title(text: str) -> tuple[int, str] | None:
    """The first title a "Title:" / "Position:" / "Role:" label names in ``text``."""
    if ":" not in text and "：" not in text:
        return None
    for found in matches_at(_LABELLED_RE, text, _folded(text), _TITLE_LABEL_WORDS):
        prefix = _title_prefix(unglue(found.group("rest")).split(), any_case=False)
        shaped = title_shape(prefix) if prefix is not None else None
        if shaped is not None:
            return found.start(), shaped
    return None


def _title_before_label(text: str) -> tuple[int, str] | None:
    """The capitalised title words right before a "Location:" or "Duration:" label."""
    if "Location" not in text and "Duration" not in text:
        return None
    text = unglue(text)
    for found in _AFTER_TITLE_LABEL_RE.finditer(text):
        words = text[max(0, found.start() - 120) : found.start()].split()[-_TITLE_MAX_WORDS:]
        words = [w for w in words if w != "|"]
        if not words or not _is_title_head(words[-1].strip(",;")):
            continue
        kept: list[str] = []
        for word in reversed(words):
            if (
                not _TITLE_LEAD_WORD_RE.match(word)
                or word.lower() in _NOT_TITLE_WORDS
                or (word.endswith((".", ":", "!", "?")) and kept)
            ):
                break
            kept.insert(0, word)
        while kept and kept[0].lower() in _SMALL_WORDS:
            kept = kept[1:]
        shaped = title_shape(" ".join(kept)) if kept else None
        if shaped is not None:
            return found.start() - len(" ".join(kept)), shaped
    return None


def _top_lines(lines: list[_Line]) -> list[tuple[_Line, str]]:
    """The first lines that may hold a title, each with its text cleaned of Markdown."""
    top = []
    for line in lines[:6]:
        text = clean_line(line.text)
        if (
            text
            and (len(text) > 60 or _heading_key(text) not in _POSTING_VOCAB)
            and not _is_bullet(line.text)
            # A label's colon is among its first 32 characters, which ungluing only moves on: a
            # line without one there is no label, and is not unglued to be told so.
            and not (text.find(":", 0, 32) >= 0 and _LABEL_LINE_RE.match(unglue(text[:100])))
            # A link later in a flattened posting's one line does not make its opening a link.
            and not _has_url(text[:100])
        ):
            top.append((line, text))
    return top


def heading_title(lines: list[_Line]) -> str | None:
    """The posting's first line when it is a title ("Medical Coder"), else None."""
    top = _top_lines(lines[:1])
    if not top:
        return None
    head = unglue(top[0][1]).split(" | ", 1)[0]
    if len(head) > _LINE_MAX_CHARS or _is_sentence(head) or len(head.split()) > 12:
        return None
    return title_shape(head)


def _glued_head(text: str) -> str:
    """``unglue(text).split(" | ", 1)[0]``, or a text longer than :data:`_LINE_MAX_CHARS` when
    that is (what a line's title is not read from), from the unglued head where it tells."""
    head = _unglued_head(text)
    if head is not None:
        bar = head.find(" | ")
        if bar >= 0:
            return head[:bar]  # the first bar: any before it would be in the head
        if len(head) > _LINE_MAX_CHARS + 3:
            return head  # the first bar is later: the text before it is longer still
    return unglue(text).split(" | ", 1)[0]


def title_from_text(lines: list[_Line]) -> str | None:
    """A posting's title when no field names it.

    In order: a short heading-like line near the top that holds a title word; the title words a
    long first line opens with ("Portal Support AnalystLocation: ..." -> "Portal Support
    Analyst"); a first line labelled by its title; a sentence naming whom they hire ("seeking a
    Cyber Combat Targeteer", "The Project Manager works with ...", nearest the top first); an
    academic post ("PhD scholarship").
    """
    top = _top_lines(lines)
    for index, (_line, text) in enumerate(top):
        # Only the first line may be a title glued to the text after it ("Portal Support
        # AnalystLocation: ..."); a glued piece of a later paragraph is no heading.
        head = _glued_head(text) if index == 0 else text
        if len(head) > _LINE_MAX_CHARS or _is_sentence(head) or len(head.split()) > 12:
            continue
        shaped = title_shape(head)
        if shaped is not None:
            return shaped
    if lines and top and top[0][0] is lines[0]:
        shaped = _opening_title(top[0][1])
        if shaped is not None:
            return shaped
    if lines:
        # "Angular Developer: Security Services Onboarding": a first line labelled by its title.
        label = _LABEL_LINE_RE.match(lines[0].text)
        if label is not None:
            words = label.group(0).rstrip(": \t").split()
            if _title_prefix(words, any_case=False) == " ".join(words):
                return title_shape(" ".join(words))
    found = _title_in_sentences(lines[:8])
    if found is not None:
        return found
    if top and top[0][0] is lines[0]:
        # A short first line is the posting's title whatever its words ("Entry Level"), unless
        # it is a sentence, a heading or a label.
        text = top[0][1]
        if len(text) <= _LINE_MAX_CHARS and not _is_sentence(text) and len(text.split()) <= 10:
            shaped = title_shape(text, head=False)
            if shaped is not None:
                return shaped
    # Deeper in the text "PhD project" names research work more often than the post.
    return _title_in_sentences(lines[8:], academic=False)


# A dash or bar between spaces: "Acme Cloud Services - Site Reliability Engineer".
_DASH_RE = re.compile(r"\s[-–—|]\s")


def _opening_title(text: str) -> str | None:
    """The title words a long first line opens with ("Portal Support AnalystLocation: ..."), or
    that follow the company it opens with ("Acme Cloud Services - Site Reliability Engineer")."""
    head = _unglued_head(text)
    if head is not None:
        try:
            return _opening_title_of(head, whole=False)
        except _PastHead:
            pass  # the words read run past the head: read from the whole text
    return _opening_title_of(unglue(text), whole=True)


class _PastHead(Exception):
    """The words a title is read from run past the unglued head of a text."""


def _opening_title_of(text: str, *, whole: bool) -> str | None:
    """:func:`_opening_title` of an unglued text, or of its head (not ``whole``: it raises
    :class:`_PastHead` where the words read may run past it)."""
    text = _without_lead_heading(text)
    shaped = _prefix_title(text, whole=whole)
    if shaped is None:
        dash = _DASH_RE.search(text[:60])
        if dash is not None:
            shaped = _prefix_title(text[dash.end() :], whole=whole)
    return shaped


# The words of a flattened posting's text that _prefix_title reads at first: the title's (at most
# _TITLE_MAX_WORDS) and the capitalised run after it, which rarely goes on for long.
_OPENING_WORDS = 40


def _prefix_title(text: str, *, whole: bool = True) -> str | None:
    """The title ``text``'s words open with, when they are no sentence about a company.

    With ``whole`` False, ``text`` is the start of the text to read (its last word may be cut
    short): :class:`_PastHead` is raised where more than it is read.
    """
    words = text.split(maxsplit=_OPENING_WORDS)
    if not whole and len(words) <= _OPENING_WORDS:
        raise _PastHead  # the first words are not all in the head, each followed by a space
    cut = len(words) > _OPENING_WORDS  # its last item is the rest of the text, not split
    if cut:
        words.pop()
    prefix = _title_prefix(words, any_case=False)
    if prefix is None or len(prefix.split()) < 2:
        return None  # "Monitor and update the plans": one word is no title here
    # The word after the capitalised words: "CSI Tech is searching for ...", "Excelsior
    # Professional Search is a firm": the subject of a sentence is a company, unless the verb
    # says the title is wanted ("Java Developer is needed").
    run = _capitalised_run(words, len(prefix.split()))
    if cut and run + 1 >= len(words):  # the run, or the word after it, is past the words split
        if not whole:
            raise _PastHead
        words = text.split()
        run = _capitalised_run(words, len(prefix.split()))
    after = words[run].lower() if run < len(words) else ""
    wanted = run + 1 < len(words) and words[run + 1].lower().strip(".,") in _WANTED
    if (after in _SUBJECT_VERBS and not wanted) or _POSSESSIVE_END_RE.search(words[run - 1]):
        return None
    # "Orbital Cloud Services - Site Reliability Engineer": a company before the dash.
    parts = _DASH_RE.split(prefix, maxsplit=1)
    if len(parts) == 2 and not any(_is_title_head(w) for w in parts[0].split()):
        prefix = parts[1]
    return title_shape(prefix)


_WANTED = frozenset(["needed", "required", "wanted", "sought", "responsible"])


def _capitalised_run(words: list[str], start: int) -> int:
    """Where the capitalised words from ``start`` on end: the first word from there that does
    not start with a capital (``len(words)`` when none)."""
    return next((i for i, w in enumerate(words) if i >= start and not w[:1].isupper()), len(words))


def _title_in_sentences(lines: list[_Line], *, academic: bool = True) -> str | None:
    """The title a sentence names, from the first line that names one; with ``academic``, an
    academic post ("A PhD scholarship is available") too."""
    for line in lines:
        text = clean_line(line.text)
        # The title that starts first wins (on a tie, the least): a finder stops at a start
        # after the best found so far (a flattened posting's first line is the whole text).
        found = [f for f in (_labelled_title(text), _title_before_label(text)) if f is not None]
        for finder in (_subject_title, _seeking_title):
            title = finder(text, min(found)[0] if found else None)
            if title is not None:
                found.append(title)
        if found:
            return min(found)[1]
        post = _ACADEMIC_POST_RE.search(text) if academic and _may_name_post(text) else None
        if post is not None:
            return post.group("post")
    return None
