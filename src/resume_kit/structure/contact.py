"""The contact part of a resume: name, email, phone, links and location."""

from __future__ import annotations

import re

from resume_kit.model.documents import Contact
from resume_kit.structure.headings import _RESUME_VOCAB, _heading_key
from resume_kit.structure.lines import _Line
from resume_kit.structure.places import _find_location
from resume_kit.structure.roles import _TITLE_WORD_RE

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
    links: dict[str, None] = {}  # in order of first appearance, each once
    no_email = _EMAIL_RE.sub(" ", text)
    for match in _URL_RE.finditer(no_email):
        links.setdefault(match.group().rstrip("."))
    for match in _BARE_DOMAIN_RE.finditer(_URL_RE.sub(" ", no_email)):
        url = match.group().rstrip(".")
        if url not in links and not re.fullmatch(r"[\d.]+", url):
            links[url] = None
    pieces = [p for line in lines for p in _PIECE_SPLIT_RE.split(line.text) if p]
    return Contact(
        name=name,
        email=email.group() if email else None,
        phone=_find_phone(text_no_urls),
        links=list(links),
        location=_find_location(pieces),
    )
