"""Flattened resume text cut back into lines, before sections are looked for.

Exports from web forms and applicant systems run a resume into one long line: headings,
role headers, dates and bullets follow each other with runs of spaces, or single spaces, between
them ("...reduce cycle times. Education Bachelor of Science..."); text wrapped at a fixed width
puts a heading in the middle of a line. :func:`split_flat` cuts such lines into pieces (the
:class:`~resume_kit.structure.lines._Line` of each keeps its offsets in the text, so nothing is
moved or lost) at:

* runs of three or more spaces, not inside a date range ("07/2004   to   Current") nor
  beside a separator ("Acme   －   City");
* a bullet glyph between spaces;
* a heading of the resume vocabulary written in capitals or Title Case, where a heading can
  start (after a sentence, a date or a piece boundary) and followed by a capitalised word;
* the end of a date range followed by a sentence ("2016 to 2019 Provided leadership..."), and
  the last sentence end before a date range (where the role header starts).

A text is cut only when it is flattened (two fifths of its characters in lines of 250 or more) or
wrapped at a fixed width (then only headings are cut out of its lines): a laid-out resume's long
bullet is left whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, deque
from functools import lru_cache
from itertools import pairwise

from resume_kit.model.dates import _DATE_START, _RANGE_RE, YEAR_RE
from resume_kit.model.documents import SectionName
from resume_kit.structure.heading_words import heading_key
from resume_kit.structure.lines import _Line

__all__ = ["split_flat"]

# A line this long is no line of a laid-out resume: a flattened one.
FLAT_LINE = 250
_SPACE_RUN_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]{3,}")
# The characters of a space run other than " " and the tab (see _space_runs).
_ODD_SPACES = "\u00a0\u3000" + "".join(map(chr, range(0x2000, 0x200C)))
# A bullet glyph between spaces with a word after it (a run of empty bullets is cut nowhere).
# The glyph first, the space before it looked back at: the engine then skips to the glyphs
# (3x faster than the look-behind first, the same matches).
_BULLET_IN_LINE_RE = re.compile(r"[•●▪◦‣∙○■□➢►▶✓✔*](?<=\s.)(?=\s+\w)")
_SEPARATORS = ",－-–—|/&(+:"
_WORD_RE = re.compile(r"[^\W\d_][\w'’&/\-]*")
_SENTENCE_END_RE = re.compile(r"[.!?)](?=\s+[A-Z])")
_NOT_BEFORE_HEADING = frozenset(
    ["of", "in", "and", "the", "for", "to", "with", "on", "at", "my", "our", "your", "a", "an",
     "by", "from", "department", "ministry", "board", "bachelor", "master", "degree"]
)  # fmt: skip


def split_flat(text: str, lines: list[_Line], vocab: dict[str, SectionName]) -> list[_Line]:
    """Cut flattened lines of ``text`` into pieces (see the module docstring).

    Args:
        text: The document text the lines index.
        lines: Its non-blank lines in text order.
        vocab: The heading vocabulary (keys as :func:`heading_key` makes them).

    Returns:
        The lines, flattened ones replaced by their pieces (``split`` True), in text order.
    """
    wrapped = _wrapped(lines)
    long_chars = sum(len(line.text) for line in lines if len(line.text) >= FLAT_LINE)
    # Flattened: two fifths of the text or more in long lines. A laid-out resume's few long
    # lines (a long bullet, a role's "Skills: ..." line) are lines, not runs of several.
    flat = long_chars * 5 >= 2 * sum(len(line.text) for line in lines) > 0
    if not wrapped and not flat:
        return lines
    phrases = _PHRASES.get(id(vocab))
    if phrases is None:  # the vocabularies are module constants: built once each
        phrases = _PHRASES[id(vocab)] = _phrases(vocab)
    out: list[_Line] = []
    for line in lines:
        if flat and len(line.text) >= FLAT_LINE:
            ranges = _ranges(text[line.start : line.end])
            cuts = _space_cuts(text, line, ranges) | _bullet_cuts(text, line)
            cuts |= _date_cuts(text, line, ranges)
        elif wrapped and len(line.text) > 40:
            cuts = set()
        else:
            out.append(line)
            continue
        cuts |= _fast_heading_cuts(text[line.start : line.end], line.start, phrases)
        out.extend(_pieces(text, line, sorted(cuts)))
    return out


def _wrapped(lines: list[_Line]) -> bool:
    """Whether the text was wrapped at a fixed width: most long lines end near one length."""
    lengths = [len(line.text) for line in lines if len(line.text) >= 40]
    if len(lengths) < 8:
        return False
    width = Counter(min(n // 4, 50) for n in lengths).most_common(1)[0][0] * 4
    near = sum(1 for n in lengths if width - 6 <= n <= width + 6)
    return near >= 0.6 * len(lengths) and width >= 56


def _pieces(text: str, line: _Line, cuts: list[int]) -> list[_Line]:
    """``line`` cut at the offsets ``cuts``, each piece stripped (blank pieces dropped)."""
    bounds = [line.start, *(c for c in cuts if line.start < c < line.end), line.end]
    if len(bounds) == 2:
        return [line]
    out = []
    for begin, end in pairwise(bounds):
        piece = text[begin:end]
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        start = begin + lead
        out.append(_Line(stripped, start, start + len(stripped), line.marked, split=True))
    return out


def _ranges(value: str) -> list[tuple[int, int]]:
    """Offsets of the date ranges (two dates, or a date and "Present") in ``value``: what
    ``_RANGE_RE.finditer(value)`` finds.

    A range's first date holds a year and starts at most :func:`_date_reach` before it, so a
    range starts only in the window from there to a year's first digit: the pattern is tried at
    those offsets alone (a line without a year, most, is not scanned at all). A search from each
    year scanned the rest of the line when no range followed (two thirds of the lines' date
    work); the windows are a few characters each.
    """
    windows = _windows(value)
    found: list[tuple[int, int]] = []
    end = 0  # where the last range found ends: the next one starts there or later
    for low, high in windows:
        at = max(low, end)
        while at <= high:
            # Only where a date can start (a digit, a month's letter at a word's start): the
            # pattern's own first step, searched in C up to the window's end.
            start = _DATE_START_RE.search(value, at, high + 1)
            if start is None:
                break
            at = start.start()
            match = _RANGE_RE.match(value, at)
            if match is None:
                at += 1
                continue
            found.append(match.span())
            end = match.end()
            at = max(at + 1, end)  # a range is never empty: the next starts after this one
    return found


# Where a date range can start: its pattern's first step (compiled alone, as the pattern is).
_DATE_START_RE = re.compile(_DATE_START, re.IGNORECASE)


def _windows(value: str) -> list[tuple[int, int]]:
    """The offsets a date range may start at in ``value``: from each year's reach to the year,
    as disjoint ascending (first, last) pairs (a year's reach may lie behind an earlier year's
    when spaces stand before it)."""
    spans = sorted(
        (_date_reach(value, year.start()), year.start()) for year in YEAR_RE.finditer(value)
    )
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1] + 1:
            if high > merged[-1][1]:
                merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


# How far before its year a date's first character may stand, past the spaces and "de" before
# the year: a month name (ten letters at most), a full stop and a comma ("Septiembre., 2019"); or
# "31/12/", "12 / ".
_MONTH_REACH = 12


def _date_reach(value: str, year: int) -> int:
    """The earliest offset a date whose year starts at ``year`` may start at: the date patterns
    allow any spaces, and "de" ("enero de 2020"), between a month name and its year."""
    at = year
    while at and value[at - 1].isspace():
        at -= 1
    if value[max(0, at - 2) : at].lower() == "de":
        at -= 2
        while at and value[at - 1].isspace():
            at -= 1
    return max(0, at - _MONTH_REACH)


def _space_runs(value: str) -> list[tuple[int, int]]:
    """The spans of ``_SPACE_RUN_RE.finditer(value)``.

    The search stops at every space of a long line (it was a sixth of cutting one): a line of
    none of the run's characters but " " (no tab; an ASCII string, known at once, holds none of
    the others) has its runs of three spaces or more found by ``str.find``, a scan in C, and
    most flattened lines have none at all.
    """
    if "\t" in value or (not value.isascii() and any(char in value for char in _ODD_SPACES)):
        return [match.span() for match in _SPACE_RUN_RE.finditer(value)]
    runs = []
    at = value.find("   ")
    while at >= 0:  # the run before ended where " " does not follow: this one starts here
        end = at + 3
        while end < len(value) and value[end] == " ":
            end += 1
        runs.append((at, end))
        at = value.find("   ", end)
    return runs


def _space_cuts(text: str, line: _Line, inside: list[tuple[int, int]]) -> set[int]:
    value = text[line.start : line.end]
    cuts: set[int] = set()
    runs = _space_runs(value)
    if not runs:
        return cuts
    # The ranges are apart and in order: only the last one to begin before a run may hold it
    # (found by bisection: a look at every range for every run was the most of a dated line).
    begins = [begin for begin, _ in inside]
    for start, after in runs:
        # The last character before the run that rstrip() would keep, and the first after it:
        # copying the line's text before and after each run was quadratic in a long line.
        end = start
        while end and value[end - 1].isspace():
            end -= 1
        if not end or after == len(value):
            continue
        if value[end - 1] in _SEPARATORS or value[after] in _SEPARATORS:
            continue
        holder = bisect_left(begins, start) - 1
        if holder >= 0 and start < inside[holder][1]:
            continue  # inside a date range
        cuts.add(line.start + after)
    return cuts


def _bullet_cuts(text: str, line: _Line) -> set[int]:
    value = text[line.start : line.end]
    if value.isascii() and "*" not in value:
        return set()  # "*" is the only ASCII glyph (isascii is a flag, "in" a scan in C)
    return {line.start + match.start() for match in _BULLET_IN_LINE_RE.finditer(value)}


def _date_cuts(text: str, line: _Line, ranges: list[tuple[int, int]]) -> set[int]:
    """Around each date range: after it when a sentence follows, at the sentence end before."""
    value = text[line.start : line.end]
    cuts = set()
    for begin, end in ranges:
        after = value[end : end + 80]  # a slice: the rest of a long line is not copied
        rest = after.lstrip(" \u00a0")
        if len(rest.split(" ", 3)) > 3 and rest[:1].isupper():
            cuts.add(line.start + end + len(after) - len(rest))
        window = value[max(0, begin - 160) : begin]
        ends = list(_SENTENCE_END_RE.finditer(window))
        if ends and _reads_as_header(window[ends[-1].end() :]):
            cuts.add(line.start + max(0, begin - 160) + ends[-1].end())
    return cuts


def _reads_as_header(text: str) -> bool:
    """Whether the words before a date read as a role header ("Senior Analyst, Acme - Austin,
    TX"), not as the end of a sentence that the date closes ("...for 300 users (2018-2019)")."""
    words = _WORD_RE.findall(text)
    if len(words) < 2 or _BULLET_IN_LINE_RE.search(text):
        return False
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals * 2 >= len(words)


# One-word headings cut out of running text: only the unmistakable ones ("Training" or "Work"
# open sentences too often).
_ONE_WORD = frozenset(
    ["summary", "profile", "objective", "experience", "education", "skills", "certifications",
     "projects", "awards", "languages", "interests", "references", "publications", "highlights",
     "accomplishments", "achievements", "employment", "competencies", "certificates",
     "berufserfahrung", "ausbildung", "kenntnisse", "formation", "competences", "experiencia",
     "educacion", "habilidades", "idiomas"]
)  # fmt: skip


_PHRASES: dict[int, dict[int, frozenset[str]]] = {}


def _phrases(vocab: dict[str, SectionName]) -> dict[int, frozenset[str]]:
    """The vocabulary's headings by number of words (one-word ones from ``_ONE_WORD`` only);
    under 0, the words they start with."""
    by_length: dict[int, set[str]] = {}
    for key in vocab:
        count = len(key.split())
        if count > 1 or key in _ONE_WORD:
            by_length.setdefault(count, set()).add(key)
    phrases = {n: frozenset(keys) for n, keys in by_length.items() if n <= 5}
    phrases[0] = _first_words(phrases)
    return phrases


def _heading_cuts(text: str, line: _Line, phrases: dict[int, frozenset[str]]) -> set[int]:
    """Offsets where a heading of the vocabulary starts inside the line, and where it ends.

    The plain way (every word keyed): ``split_flat`` uses :func:`_fast_heading_cuts`, and
    tests/structure/test_flat_fast_paths.py checks that it cuts where this does.
    """
    value = text[line.start : line.end]
    words = list(_WORD_RE.finditer(value))
    # heading_key of each word; plain ASCII words (nearly all) need only lower case.
    # Words that are not plain ASCII letters (nor capitalised) are in no heading: no key.
    keys = [
        w.lower() if w.isascii() and w.isalpha() else heading_key(w) if w[0].isupper() else ""
        for w in (word.group() for word in words)
    ]
    firsts = phrases[0]
    cuts: set[int] = set()
    found: set[str] = set()  # the headings cut out, by key
    after = 0  # the first word after the last heading cut out
    # Only the words a heading can start with are tried, in order (one pass in a comprehension:
    # a loop over every word of a flattened text was a third of the cutting).
    for index in [i for i, key in enumerate(keys) if key in firsts]:
        if index < after or not words[index].group()[0].isupper():
            continue
        matched = _heading_at(value, words, keys, index, phrases)
        if matched:
            begin, end = words[index].start(), words[index + matched - 1].end()
            cuts.update((line.start + begin, line.start + end))
            found.add(" ".join(keys[index : index + matched]))
            after = index + matched
    if len(value) >= FLAT_LINE:
        cuts |= _late_headings(value, words, keys, found, line.start)
    return cuts


# A word of _WORD_RE starts at the first letter of a run of word characters (and "'’&/-"). Its
# capitalised words are nearly all a capital A-Z after a character outside such a run: those are
# matched whole; any other capital or non-ASCII character is one to check (see _capitals). Each
# alternative starts with its letter, so the engine skips to those (2x faster than a look-behind
# first).
_CAPITAL_RE = re.compile(r"[A-Z](?<![\w'’&/\-].)[\w'’&/\-]*|(?P<check>[A-Z]|[^\x00-\x7f])")
_NOT_LETTERS = "_'’&/-"  # characters _WORD_RE goes on over that cannot start a word (and digits)


def _key(word: str) -> str:
    """The key ``_heading_cuts`` gives a word."""
    if word.isascii() and word.isalpha():
        return word.lower()
    return heading_key(word) if word[0].isupper() else ""


def _in_word(char: str) -> bool:
    """Whether ``_WORD_RE`` goes on over ``char`` (\\w is what str.isalnum says, and "_")."""
    return char.isalnum() or char in "_'’&/-"


def _starts_word(value: str, start: int) -> bool:
    """Whether a word of ``_WORD_RE`` starts at ``start``: a letter, and no letter in the run of
    word characters before it (in "2Experience" the word is "Experience", in "eBay" there is
    none at "B")."""
    char = value[start]
    if not char.isalnum() or char.isdecimal():
        return False  # \\w but not \\d nor "_": what _WORD_RE takes for a letter
    index = start - 1
    while index >= 0 and (value[index].isdecimal() or value[index] in _NOT_LETTERS):
        index -= 1
    return index < 0 or not _in_word(value[index])


def _capitals(value: str) -> list[tuple[int, str]]:
    """The words of ``_WORD_RE`` in ``value`` that start with a capital (``str.isupper``), with
    their offsets.

    The plain way: :func:`_candidates` finds those a heading may start with by two searches, and
    tests/structure/test_flat_fast_paths.py checks that it finds what keying these finds.
    """
    out = []
    for match in _CAPITAL_RE.finditer(value):
        start = match.start()
        if match.lastgroup is None:
            out.append((start, match.group()))
        elif value[start].isupper() and _starts_word(value, start):
            word = _WORD_RE.match(value, start)
            if word is not None:
                out.append((start, word.group()))
    return out


def _candidates(value: str, firsts: frozenset[str]) -> list[tuple[int, str, str]]:
    """The capitalised words of ``value`` (as :func:`_capitals` finds them) whose key is in
    ``firsts`` or ``_LATE``, with their offsets and keys.

    Two searches find them instead of keying every capitalised word: the words of plain ASCII
    letters among them by name, and the few others to be keyed as :func:`_capitals` keys them
    (tests/structure/test_flat_fast_paths.py compares).
    """
    named, odd = _candidate_res(firsts)
    # The named words in order; an ASCII one is keyed by lower() to a word looked for (the
    # search named it), a non-ASCII one ("ſ" and the Kelvin sign match "s" and "k" under
    # IGNORECASE) the plain way. Keying every word in a function call, sorted, was a third of
    # this search.
    words = []
    for match in named.finditer(value):
        word = match.group()
        words.append((match.start(), word, word.lower() if word.isascii() else _key(word)))
    # The few other words to key, where no named word starts.
    others = []
    named_at: set[int] | None = None
    for match in odd.finditer(value):
        start = match.start()
        if value[start].isupper() and _starts_word(value, start):
            if named_at is None:
                named_at = {at for at, _, _ in words}
            found = _WORD_RE.match(value, start) if start not in named_at else None
            if found is not None:
                others.append((start, found.group(), _key(found.group())))
    if others:
        words = sorted(words + others)  # no two start at one offset
    return [word for word in words if word[2] in firsts or word[2] in _LATE]


@lru_cache(maxsize=8)
def _candidate_res(firsts: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The searches of :func:`_candidates`: the words named, and the words to key.

    Each starts with one set of characters, so that the engine skips to those (a search that
    begins with a choice of groups is tried at every character: twice as slow as the plain way).
    """
    by_capital: dict[str, list[str]] = {}
    for word in sorted(firsts | frozenset(_LATE), key=len, reverse=True):
        if word.isascii() and word.isalpha():
            by_capital.setdefault(word[0].upper(), []).append(re.escape(word[1:]))
    # A named word: its capital, with no character _WORD_RE runs on over before it, then the
    # rest of it in any case, and the word ends there.
    named = "|".join(
        f"{capital}(?<![\\w'’&/\\-].)(?i:{'|'.join(rests)})"
        for capital, rests in by_capital.items()
    )
    # To key (a superset, checked one by one): a capital or any character outside ASCII that
    # follows a digit or one of "_'’&/-" (a word may start there: "2Experience"); that starts
    # clean and whose ASCII letters run on into a letter, a digit or a dash ("Expérience",
    # "Work-"), or an apostrophe where a word looked for holds one ("What’s"; after "&" or "/"
    # a key is no single word); a letter outside ASCII (it may be a capital: "Éducation")
    # after no letter (after one no word starts: the "é" of "Société" is not tried).
    apostrophe = "'’" if any("'" in word for word in firsts) else ""
    odd = (
        r"[^\x00-\x40\x5b-\x7f]"
        rf"(?:(?<=[\d_'’&/\-].)|(?<=[A-Z])(?<![\w'’&/\-].)[A-Za-z]*+(?=[\w{apostrophe}\-])"
        r"|(?<=[^\W\d_\x00-\x7f])(?<![^\W\d_].))"
    )
    return re.compile(f"(?:{named})(?![\\w'’&/\\-])"), re.compile(odd)


def _word_before(value: str, start: int) -> re.Match[str] | None:
    """The word of ``_WORD_RE`` before the one at ``start`` in ``value`` (None: the first)."""
    reach = 64
    while True:
        begin = max(0, start - reach)
        # Back to where a run of word characters starts: from there the words are as found
        # from the start of the line.
        while begin and _in_word(value[begin - 1]):
            begin -= 1
        last = deque(_WORD_RE.finditer(value, begin, start), maxlen=1)
        if last or not begin:
            return last[0] if last else None
        reach *= 4


def _fast_heading_cuts(value: str, offset: int, phrases: dict[int, frozenset[str]]) -> set[int]:
    """``_heading_cuts`` of the line ``value`` starting at ``offset``: the same cuts, faster.

    The plain way keys every word of the line; this one finds only the capitalised words (a
    heading starts with one) and reads the words around those that may start a heading: in a
    flattened text most words are no candidate (tests/structure/test_fast_paths.py compares).
    """
    firsts = phrases[0]
    longest = max(phrases)
    cuts: set[int] = set()
    found: set[str] = set()
    capitals = _candidates(value, firsts)
    after = 0  # where the last heading cut out ends
    lengths = _phrase_lengths(tuple(phrases.items()))
    for start, _word, key in capitals:
        if start < after or not _may_head(value, start, key, lengths, phrases):
            continue
        before = _word_before(value, start)
        words = [] if before is None else [before]
        index = len(words)
        for word in _WORD_RE.finditer(value, start):
            words.append(word)
            if len(words) - index == longest:
                break
        keys = [_key(word.group()) for word in words]
        matched = _heading_at(value, words, keys, index, phrases)
        if matched:
            begin, end = words[index].start(), words[index + matched - 1].end()
            cuts.update((offset + begin, offset + end))
            found.add(" ".join(keys[index : index + matched]))
            after = end
    if len(value) >= FLAT_LINE:
        cuts |= _fast_late_headings(value, capitals, found, offset)
    return cuts


def _may_head(
    value: str,
    start: int,
    key: str,
    lengths: dict[str, tuple[int, ...]],
    phrases: dict[int, frozenset[str]],
) -> bool:
    """Whether the words from ``start`` (the first keyed ``key``) make a phrase of ``phrases``:
    else no heading starts there, and the word before it need not be looked for (most
    capitalised words a heading may start with start none: "It", "Work", "Experience with")."""
    counts = lengths.get(key)
    if counts is None:
        return False
    # The counts are read off ``phrases``: a one-word count is a one-word phrase.
    if counts[0] == 1:
        return True  # a one-word heading ("Experience"): the words after it need no look
    keys = []
    for word in _WORD_RE.finditer(value, start):
        keys.append(_key(word.group()))
        if len(keys) == counts[-1]:
            break
    return any(" ".join(keys[:count]) in phrases[count] for count in counts if count <= len(keys))


@lru_cache(maxsize=8)
def _phrase_lengths(items: tuple[tuple[int, frozenset[str]], ...]) -> dict[str, tuple[int, ...]]:
    """How many words the phrases (``phrases.items()``) starting with each word have."""
    lengths: dict[str, set[int]] = {}
    for count, keys in items:
        for phrase in keys if count else ():
            lengths.setdefault(phrase.split()[0], set()).add(count)
    return {first: tuple(sorted(counts)) for first, counts in lengths.items()}


def _fast_late_headings(
    value: str, capitals: list[tuple[int, str, str]], found: set[str], offset: int
) -> set[int]:
    """``_late_headings`` of a line from its capitalised candidate words."""
    cuts: set[int] = set()
    for late in _LATE:
        if late in found:
            continue
        for start, word, key in reversed(capitals):
            if key != late:
                continue
            end = start + len(word)
            before = _word_before(value, start)
            if before is None or _WORD_RE.search(value, end) is None:
                continue  # the first word of the line or its last one
            follows = value[end : end + 3].lstrip()
            if (
                before.group()[0].islower()
                and _key(before.group()) not in _NOT_BEFORE_HEADING
                and (follows[:1].isupper() or follows[:1].isdigit())
            ):
                cuts.update((offset + start, offset + end))
            break  # only the last one is tried
    return cuts


# Closing sections of a flattened resume whose heading may follow a last bullet that has no
# full stop ("...the maximum customer base Education Certification in ...").
_LATE = ("education", "skills", "certifications")


def _late_headings(
    value: str, words: list[re.Match[str]], keys: list[str], found: set[str], offset: int
) -> set[int]:
    """Cuts around the last capitalised "Education", "Skills" or "Certifications" of a line
    where no heading of that word was found: after a lower-case word ("Patient Education"
    is a phrase) and before a capitalised word or a digit."""
    cuts: set[int] = set()
    # Where each of the words stands (one pass, not one backward walk per word).
    places: dict[str, list[int]] = {}
    for index in [i for i, key in enumerate(keys) if key in _LATE]:
        places.setdefault(keys[index], []).append(index)
    for late in _LATE:
        if late in found:
            continue
        for index in reversed(places.get(late, [])):
            word = words[index].group()
            if not 0 < index <= len(words) - 2 or not word[0].isupper():
                continue
            before = words[index - 1].group()
            after = value[words[index].end() : words[index].end() + 3].lstrip()
            if (
                before[0].islower()
                and keys[index - 1] not in _NOT_BEFORE_HEADING
                and (after[:1].isupper() or after[:1].isdigit())
            ):
                cuts.update((offset + words[index].start(), offset + words[index].end()))
            break  # only the last one is tried
    return cuts


def _first_words(phrases: dict[int, frozenset[str]]) -> frozenset[str]:
    """The words a heading of ``phrases`` can start with (a word elsewhere needs no look)."""
    return frozenset(key.split()[0] for keys in phrases.values() for key in keys)


def _heading_at(
    value: str,
    words: list[re.Match[str]],
    keys: list[str],
    index: int,
    phrases: dict[int, frozenset[str]],
) -> int:
    """How many words from ``index`` make a heading that starts there (0: none)."""
    for count in sorted(phrases, reverse=True):
        if (
            not count
            or index + count > len(words)
            or " ".join(keys[index : index + count]) not in phrases[count]
        ):
            continue
        if index and keys[index - 1] in _NOT_BEFORE_HEADING and _adjacent(value, words, index):
            return 0  # "Department of Education", "in Skills week"
        written = [w.group() for w in words[index : index + count]]
        caps = all(w.isupper() for w in written) and len("".join(written)) >= 4
        title = all(w[0].isupper() or w.lower() in ("and", "of", "&") for w in written)
        if not (caps or title):
            continue
        if count == 1 and not (caps or _boundary_before(value, words, index)):
            return 0  # a single word in Title Case mid-sentence ("our Education team")
        last = words[index + count - 1].end()
        if not index and value[last : last + 2].lstrip()[:1] in (":", "："):
            return 0  # "Skills: Jira, SQL" opening a line: an inline heading, read as one later
        nxt = value[last : last + 4].lstrip(" \u00a0:：-–—")
        if not nxt or nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "•●▪*(":
            return count
    return 0


def _adjacent(value: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether word ``index`` follows the word before it with only a space between."""
    return not value[words[index - 1].end() : words[index].start()].strip()


def _boundary_before(value: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether a heading can start at word ``index``: first, or after a sentence, a date or a
    wide gap."""
    if not index:
        return True
    between = value[words[index - 1].end() : words[index].start()]
    if re.search(r"[.!?:;)\]|•\d]|\s{2,}", between):
        return True
    return words[index - 1].group()[-1:].isdigit()
