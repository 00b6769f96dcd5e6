"""The contact part of a resume: name, email, phone, links and location."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resume_kit.model.documents import Contact
from resume_kit.model.folding import fold_case
from resume_kit.structure.heading_words import DOCUMENT_TITLES as _DOCUMENT_TITLES
from resume_kit.structure.heading_words import HEAD_NOUNS, compact_key, heading_key
from resume_kit.structure.headings import _RESUME_VOCAB, _compact_vocab
from resume_kit.structure.lines import _Line
from resume_kit.structure.places import (
    _find_location,
    _is_region,
    _looks_location,
    _may_hold_location,
)
from resume_kit.structure.roles import _COMPANY_SUFFIX_RE, _TITLE_WORD_RE
from resume_kit.structure.wordsearch import SPACES, letter_cases

# An e-mail address: r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}".
# Written to start with a character of its local part (the engine skips to those) and to take
# the local part whole (its shorter runs are followed by no "@": the plain pattern tried each
# again at every character of every word), the same matches.
_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._%+\-](?<![A-Za-z0-9._%+\-].)[A-Za-z0-9._%+\-]*+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
)
# A phone number: r"(?<![\w+])(?:\(\+?\d{1,4}\)\s?|\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d"
# then _PHONE_DIGITS. Written to start with the characters a number starts with ("(", "+" or a
# digit), then the plain pattern's tries in its order for each: the engine skips to those
# characters instead of trying the pattern at every one (1.7x faster, the same matches:
# tests/structure/test_fast_paths.py).
_PHONE_DIGITS = r"(?:[\d.\-]|\s[–-]\s|\s(?=\d)){5,}\d"
_PHONE_RE = re.compile(
    r"[(+\d](?<![\w+].)(?:"
    rf"(?<=\()(?:\+?\d{{1,4}}\)\s?(?:\(\d{{1,4}}\)[\s.\-]?)?\d{_PHONE_DIGITS}"
    rf"|\d{{1,4}}\)[\s.\-]?\d{_PHONE_DIGITS})"
    rf"|(?<=\+)\d{{1,3}}[\s.\-]?(?:\(\d{{1,4}}\)[\s.\-]?)?\d{_PHONE_DIGITS}"
    rf"|(?<=\d){_PHONE_DIGITS})"
)
# In the contact part, an address typed without its domain's ending ("jane.doe@university").
_LOOSE_EMAIL_RE = re.compile(r"(?<![\w.%+\-])[A-Za-z0-9._%+\-]++@[A-Za-z0-9\-]{2,}(?![\w.@])")
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s|,;<>()]+|\b(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com)"
    r"/[^\s|,;<>()]+",
    re.IGNORECASE,
)
# What every link _URL_RE finds holds, in lower case (with _folded): a text without any has none.
_URL_CUES = ("http", "www.", "linkedin.com", "github.com", "gitlab.com")


def _has_url(text: str) -> bool:
    """Whether ``_URL_RE`` finds a link in ``text``.

    Each of its alternatives holds "://", "www." or ".com/" (its IGNORECASE folds nothing else
    into those characters), so a line without them is passed at once instead of trying the
    pattern at every word.
    """
    return _may_hold_url(text) and _URL_RE.search(text) is not None


def _may_hold_url(text: str) -> bool:
    """Whether ``text`` holds "://", "www." or ".com/" in any case (else no ``_URL_RE`` link)."""
    low = text.lower()
    return "://" in low or "www." in low or ".com/" in low


def _without_emails(text: str) -> str:
    """``text`` with its e-mail addresses blanked out (searched only where an ``@`` is)."""
    return _EMAIL_RE.sub(" ", text) if "@" in text else text


def _without_links(text: str) -> str:
    """``text`` with its e-mail addresses, then its links, blanked out (each searched only where
    its mark is: in a flattened resume the contact part is the whole text)."""
    return _without_urls(_without_emails(text))


def _without_urls(text: str) -> str:
    """``text`` (its e-mail addresses blanked already) with its links blanked out.

    As ``_URL_RE.sub(" ", text)``, but the pattern is tried only where a link can start: at an
    "http" or a "www.", or at a site's name or up to four characters before it ("uk." of
    "uk.linkedin.com/in/jo"). Those are found by a search that skips to their first letters;
    the plain substitution tried the pattern at every word of a resume's whole text.
    """
    if not _may_hold_url(text):
        return text
    starts: set[int] = set()
    for cue in _URL_START_RE.finditer(text):
        at = cue.start()
        site = text[at] in "lLgG"  # a site's name, not "http" or "www."
        starts.update((at, at - 3, at - 4) if site else (at,))
    out: list[str] = []
    done = 0  # the text up to here is written out
    for at in sorted(starts):
        if at < done or at < 0:
            continue
        link = _URL_RE.match(text, at)
        if link is not None:
            out.extend((text[done:at], " "))
            done = link.end()
    out.append(text[done:])
    return "".join(out)


def _cased_branches(words: tuple[str, ...]) -> str:
    """``words`` as branches that each start with a plain letter in one of its cases (the rest
    in any case), so that a search skips to those letters."""
    return "|".join(
        f"{re.escape(case)}(?i:{re.escape(word[1:])})"
        for word in words
        for case in letter_cases(word[0])
    )


# Where a link of _URL_RE may start: "http" or "www." (its first alternative starts there), or
# a site's name (its second, at the name or at two or three letters and a dot before it).
_URL_START_RE = re.compile(
    _cased_branches(("http", "www.", "linkedin.com/", "github.com/", "gitlab.com/"))
)


# A personal site written without scheme ("janedoe.dev"), looked for in the contact part only.
_DOMAIN_ENDS = "com|org|net|io|dev|me|co|info|site|page|app|tech|design|online|uk|ca|de|in|au|eu"
_BARE_DOMAIN_RE = re.compile(
    rf"(?<![@\w.])(?:[a-z0-9\-]+\.)+(?:{_DOMAIN_ENDS})(?:/[^\s|,;<>()]*)?(?![\w@])",
    re.IGNORECASE,
)
# What each bare domain holds: a dot and its ending, in the same case rule. The domain pattern is
# tried at every character; this one skips to the dots, so a text without it is not searched.
_DOMAIN_END_RE = re.compile(rf"\.(?:{_DOMAIN_ENDS})", re.IGNORECASE)
# Pieces of a line are cut at r"\s*(?:[|•·◆♦▪●\t]|\s{2,}|\s[-–—]\s)\s*". Written so that it
# starts with the one character every cut starts with (a space or a mark), the engine skips to
# those characters instead of trying the pattern at every one (2x faster over a flattened
# posting's header, the whole text; same cuts: tests/structure/test_text_fast_paths.py). After
# that character: the rest of a mark's cut, or the plain pattern's tries in its order (the
# leading spaces as many as can be, down to one; then none: a tab, more spaces, or " - ").
_PIECE_MARKS = "|•·◆♦▪●"
_PIECE_SPLIT_RE = re.compile(
    rf"[\s{_PIECE_MARKS}](?:(?<=[{_PIECE_MARKS}])\s*"
    rf"|\s*(?:[{_PIECE_MARKS}\t]|\s{{2,}}|\s[-–—]\s)\s*|(?<=\t)\s*|\s+|[-–—]\s\s*)"
)
_NAME_SPLIT_RE = _PIECE_SPLIT_RE


def _header_pieces(line: str) -> Iterator[str]:
    """The pieces of a header line as ``_PIECE_SPLIT_RE.split`` cuts them, one at a time (the
    search stops at the first location: a flattened posting's header is the whole text), and
    none from a line where no piece could hold a location."""
    if not _may_hold_location(line):  # a piece holds a location's cue only if its line does
        return
    last = 0
    for cut in _piece_cuts(line):  # it never matches empty, so as split() cuts
        yield line[last : cut.start()]
        last = cut.end()
    yield line[last:]


# Whitespace but the space: what \s matches besides " ".
_OTHER_SPACES = re.escape(SPACES.replace(" ", ""))
# A character every cut holds at its start or just after: a mark, a dash or whitespace other than
# a space (and two spaces, looked for apart). Cuts start at a mark, or at whitespace followed by
# whitespace, a mark or a dash and whitespace, or at a tab.
# A dash is a cue only after whitespace (" - "): a word's hyphen ("full-time") is passed at once.
_CUT_CUE_RE = re.compile(f"[{_PIECE_MARKS}\\-–—{_OTHER_SPACES}](?:(?<![-–—])|(?<=\\s[-–—]))")


def _piece_cuts(line: str) -> Iterator[re.Match[str]]:
    """``_PIECE_SPLIT_RE.finditer(line)``, the pattern tried only at its cues and the character
    before each: its first character is whitespace or a mark, which are every fifth character of
    a text, where its cues are a few in a posting."""
    starts: set[int] = set()
    for cue in _CUT_CUE_RE.finditer(line):
        starts.update((cue.start() - 1, cue.start()) if cue.start() else (0,))
    at = line.find("  ")
    while at != -1:
        starts.add(at)
        at = line.find("  ", at + 1)
    end = 0
    for at in sorted(starts):
        cut = _PIECE_SPLIT_RE.match(line, at) if at >= end else None  # as finditer goes on
        if cut is not None:
            end = cut.end()
            yield cut


# Words of a contact line's labels: "Tel Aviv Cell:" is a place and a label, not a name.
_CONTACT_WORDS = frozenset(
    ["tel", "cell", "phone", "mobile", "email", "e-mail", "mail", "fax", "linkedin", "github",
     "address", "contact", "contacts", "website", "portfolio", "telegram", "whatsapp", "skype"]
)  # fmt: skip
# A word of a name in any script: "Küster", "KÜSTER", "O'Neil", "Md.", "J.", "McDonald".
_NAME_WORD_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’\-])*\.?$")
_PARTICLES = frozenset(
    ["de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "la", "le",
     "du", "bin", "binti", "al", "el", "ter", "y", "e"]
)  # fmt: skip
_CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{1,3}(?: ?[\u4e00-\u9fff]{1,3})$")
# "Prénom : Aminata" / "Nom : DJIGO" / "Name: Jane Doe": a form's name fields.
_GIVEN_LABEL_RE = re.compile(
    r"^(?:prénom|prenom|first name|given name|vorname|nombre|primeiro nome)\s*[:：]\s*(.+)$", re.I
)
_FAMILY_LABEL_RE = re.compile(
    r"^(?:nom|last name|surname|family name|nachname|apellidos?|sobrenome)\s*[:：]\s*(.+)$", re.I
)
_FULL_LABEL_RE = re.compile(r"^(?:name|full name|nom complet|nome|姓名)\s*[:：]\s*(.+)$", re.I)
# What each match of _NAME_DECOR_RE holds, folded as its IGNORECASE compares ("(" aside): a
# piece without any is not searched (the pattern starts with \s*, tried at every character).
_DECOR_WORDS = ("resume", "résumé", "cv", "curriculum vitae", "lebenslauf")
_NAME_DECOR_RE = re.compile(rf"\s*(?:\([^)]*\)|\b(?:{'|'.join(_DECOR_WORDS)})\b)\s*", re.I)
_LEADING_GLYPHS_RE = re.compile(r"^[^\w(]+")
_ICON_LABEL_RE = re.compile(r"^[^\w(]*[:：]")


# Words no name holds: section words, headline words, an employer's or a product's words.
_NOT_NAME_WORDS = (
    _CONTACT_WORDS
    | frozenset(HEAD_NOUNS)
    | frozenset(
        ["overview", "highlights", "include", "includes", "information", "technology",
         "technologies", "engineering", "management", "planning", "strategic", "visionary",
         "virtual", "machines", "letter", "template", "application", "company",
         "senior", "junior", "student", "generalist", "pharmacist", "systems", "software",
         "data", "network", "security", "services", "solutions", "professional", "summary",
         "objective", "career", "resume", "curriculum", "vitae", "page", "web", "api", "cloud",
         "digital", "business", "marketing", "sales", "finance", "human", "resources", "it",
         "at", "of", "the", "and", "for", "in", "on", "with", "to"]
    )
)  # fmt: skip


def _find_phone(text: str) -> str | None:
    """The phone number of ``text``: labelled or international forms first, then the first one.

    Numbers that are something else are passed over: a year span ("2016-2019"), a date
    ("2020-03-27", "01.01.1980"), a quantity ("100-2000 hrs"), an identity number ("Id: 1174").
    """
    best: tuple[int, int, str] | None = None
    for line_no, line in enumerate(text.split("\n")):
        for match in _PHONE_RE.finditer(line):
            candidate = match.group().strip(" .-–")
            score = _phone_score(line, match.start(), match.end(), candidate)
            if score is None:
                continue
            key = (score, -line_no, candidate)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


_PHONE_LABEL_RE = re.compile(
    r"(?:phone|tel|telephone|mobile|mob|cell|ph|contact no|whatsapp|handy|telefon|téléphone|"
    r"teléfono|telefone|celular|电话|手机|☎|📞|📱)\.?\s*(?:no\.?|number|nr\.?)?\s*[:：.]?\s*$",
    re.IGNORECASE,
)
_NOT_PHONE_LABEL_RE = re.compile(
    r"(?:\bid|licen[cs]e|passport|dob|birth|geburt|naissance|date|ssn|zip|postal|gpa|isbn)"
    r"\b[^\d]{0,12}$",
    re.IGNORECASE,
)
_QUANTITY_AFTER_RE = re.compile(
    r"^\s*(?:\+\s*)?(?:hrs?|hours?|h|years?|yrs?|months?|days?|%|users|people|employees|km|"
    r"miles|words|pages|students|members|sites|servers)\b",
    re.IGNORECASE,
)
_DATE_LIKE_RE = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
    r"(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)\d\d|\d\d))$"
)


def _phone_score(line: str, begin: int, end: int, candidate: str) -> int | None:
    """How much ``candidate`` looks like a phone number (None: it is none)."""
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15 or _DATE_LIKE_RE.match(candidate):
        return None
    before, after = line[:begin], line[end:]
    if _QUANTITY_AFTER_RE.match(after) or before.rstrip().endswith(("$", "€", "£")):
        return None
    if (
        re.match(r"^\d+\s*[-–]\s*\d+$", candidate)
        and len(digits) < 9
        and not re.match(r"^\d{3}-\d{4}$", candidate)
    ):
        return None  # "100-2000" or "10-20000": a range; "555-0188" is a local number
    score = 0
    if _PHONE_LABEL_RE.search(before[-24:]):
        score += 3
    elif _NOT_PHONE_LABEL_RE.search(before[-24:]):
        return None
    if candidate.startswith(("+", "(")):
        score += 2
    if len(re.findall(r"[\s.\-–]", candidate)) >= 2:
        score += 1
    return score


def _strip_credentials(text: str) -> str:
    """ "Jane Doe, PMP, CSM" -> "Jane Doe"."""
    # Each credential follows a comma: a text without one has none to take off.
    return _CREDENTIALS_RE.sub("", text).strip() if "," in text else text.strip()


_CREDENTIALS_RE = re.compile(r"(?:,\s*[A-Z][A-Za-z0-9\-]*[A-Z0-9](?:®)?)+\s*$")


def _without_decor(piece: str) -> str:
    """``_NAME_DECOR_RE.sub(" ", piece)``, searched only where a match's "(" or word is."""
    if "(" not in piece:
        folded = fold_case(piece)
        if not any(word in folded for word in _DECOR_WORDS):
            return piece
    return _NAME_DECOR_RE.sub(" ", piece)


def _without_bare_domains(text: str) -> str:
    """``_BARE_DOMAIN_RE.sub(" ", text)``, searched only where a dot and a domain's ending are."""
    return _BARE_DOMAIN_RE.sub(" ", text) if _DOMAIN_END_RE.search(text) else text


def _looks_name(text: str, *, first_line: bool = False) -> bool:
    """Whether ``text`` reads as a person's name: two to five words of a name, in any script;
    not a heading, a document title, a job title, a place or a sentence."""
    stripped = _strip_credentials(text)
    tail = text[len(stripped) :].strip(" ,")
    if tail and _is_region(tail):
        return False  # "Newport, NY" is a place, not "Newport" with a credential
    text = stripped
    if _CJK_NAME_RE.match(text):
        return heading_key(text) not in _RESUME_VOCAB
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    key = heading_key(text)
    if key in _RESUME_VOCAB or compact_key(key) in _compact_vocab(_RESUME_VOCAB):
        return False  # a heading, also a letter-spaced one ("SUMMAR Y")
    if _TITLE_WORD_RE.search(text):
        return False
    if _looks_location(text) or heading_key(text) in _DOCUMENT_TITLES:
        return False
    if not all(_NAME_WORD_RE.match(w) for w in words) or not words[0][0].isupper():
        return False
    if any(w.endswith(".") and len(w) > 4 for w in words):
        return False  # "Md." and "J." are a name's; "Katzenliebhaber." ends a sentence
    if all(len(w) == 1 for w in words) or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return False  # "M E" of a letter-spaced "CONTACT ME"; "Tel Aviv Cell"; "Skill Highlights"
    if any(_COMPANY_SUFFIX_RE.fullmatch(w.lower().rstrip(".")) for w in words):
        return False  # "Porter Hedges LLP"
    lower = [w for w in words[1:] if not w[0].isupper() and w not in _PARTICLES]
    # "Aakarsh walia" at the top of the page is a name; elsewhere lower case is prose.
    return not lower or (first_line and len(words) == 2 and words[1].isalpha())


def _name_candidates(line: str) -> list[str]:
    """The pieces of a contact line that may be a name, decoration taken off."""
    line = line[:200]  # a name opens its line: a flattened text's line is not read to its end
    if _ICON_LABEL_RE.match(line):
        return []  # "⌂: Rishon LeZion": an icon's field
    line = _LEADING_GLYPHS_RE.sub("", line)
    line = _without_urls(_without_emails(line))
    line = _without_bare_domains(line)
    pieces = _NAME_SPLIT_RE.split(line)
    # The line and then its pieces; a line not cut is its own one piece, weighed once.
    pieces = [line, *pieces] if len(pieces) > 1 else pieces
    out = []
    for piece in pieces:
        if ":" in piece.strip(" :") or piece.lstrip().startswith((":", "：")):
            continue  # "⌂: Rishon LeZion", "Address: ...": a field's value
        words = _without_decor(piece).split()
        while words and words[0].lower() in _CONTACT_WORDS:
            words = words[1:]  # "CONTACTS JANE DOE": a label run into the name
        piece = " ".join(words).strip(" ,;:–-")
        if piece:
            out.append(piece)
    return out


def _find_name(lines: list[_Line], *, whole_lines: bool = False) -> str | None:
    """The candidate's name: a form's name fields, else the first line piece that reads as one
    (``whole_lines``: the first line that is one, for text where the top part was not found)."""
    given = family = None
    for line in lines[:20]:
        full = _FULL_LABEL_RE.match(line.text)
        if full and _looks_name(full.group(1).strip()):
            return _strip_credentials(full.group(1).strip())
        if match := _GIVEN_LABEL_RE.match(line.text):
            given = match.group(1).strip()
        elif match := _FAMILY_LABEL_RE.match(line.text):
            family = match.group(1).strip()
    if given and family:
        return f"{given} {family}"
    for index, line in enumerate(lines[:12]):
        if whole_lines:
            if _looks_name(line.text):
                return _strip_credentials(line.text)
            continue
        for piece in _name_candidates(line.text):
            if _looks_name(piece, first_line=index == 0):
                return _strip_credentials(piece)
    return None


def _parse_contact(
    lines: list[_Line], everything: list[_Line] | None = None, *, top: bool = True
) -> Contact:
    """The contact details of the top part of a resume (``lines``; ``top`` False: the first
    lines of a text that starts with a heading).

    An e-mail address or phone number the top part lacks is looked for in ``everything`` (the
    whole text: a sidebar or a page footer read after the body), the phone only when labelled
    or written in international form there.
    """
    text = "\n".join(line.text for line in lines)
    name = _find_name(lines, whole_lines=not top)
    # Each address holds an "@": a text without one is not searched.
    email = (_EMAIL_RE.search(text) or _LOOSE_EMAIL_RE.search(text)) if "@" in text else None
    no_email = _without_emails(text)  # once: the links below are looked for in it too
    text_no_urls = _without_urls(no_email)
    phone = _find_phone(text_no_urls)
    if everything is not None and (email is None or phone is None):
        whole = "\n".join(line.text for line in everything)
        if email is None:
            email = _EMAIL_RE.search(whole) if "@" in whole else None
        if phone is None:
            found = _find_phone(_without_links(whole))
            phone = found if found and _strong_phone(whole, found) else None
    links: dict[str, None] = {}  # in order of first appearance, each once
    if _may_hold_url(no_email):
        for match in _URL_RE.finditer(no_email):
            links.setdefault(match.group().rstrip("."))
    bare_domains = (
        _BARE_DOMAIN_RE.finditer(text_no_urls) if _DOMAIN_END_RE.search(text_no_urls) else ()
    )
    for match in bare_domains:
        url = match.group().rstrip(".")
        if url not in links and not re.fullmatch(r"[\d.]+", url):
            links[url] = None
    pieces = (p for line in lines for p in _header_pieces(line.text) if p)
    return Contact(
        name=name,
        email=email.group() if email else None,
        phone=phone,
        links=list(links),
        location=_find_location(pieces),
    )


def _strong_phone(text: str, phone: str) -> bool:
    """A phone found outside the contact part counts when labelled or international."""
    at = text.find(phone)
    return phone.startswith(("+", "(")) or bool(_PHONE_LABEL_RE.search(text[max(0, at - 24) : at]))
