"""A role's header lines read into title, employer and place, by cues rather than positions.

Each header line (its dates removed) is cut into pieces at "|", tabs, spaced dashes and wide
gaps; "at" / "@" joins a title to its employer. Each piece is scored: how much it reads as a job
title (a title word such as manager or engineer, or an O*NET head noun ending it: "Driver",
"Nurse"; ``keywords/title_words.json``) and how much as an organisation (a suffix such as Inc,
LLC, GmbH, University, Bank; a word such as Laboratory or Ministry; a web domain). Places ("Austin,
TX", "Remote") are taken out first. The best title piece is the title, the best organisation
piece the employer, and the pieces neither cue claims fill the gaps in the order written, so
"Title / Company" and "Company / Title" both come out right when one of the two carries a cue.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from resume_kit import resources
from resume_kit.structure.lines import _split_pieces, _trim
from resume_kit.structure.places import _PLACE_WORDS, _is_region, _looks_location

_COMPANY_SUFFIX_RE = re.compile(
    r"\b(?:inc|llc|llp|ltd|ltda|limited|corp|corporation|company|co|group|gmbh|plc|ag|sa|bank|"
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
# Titles the vocabulary above misses: other languages' ("Praktikum", "Werkstudent", "Stagiaire",
# German compounds such as "Softwareentwickler") and words for a post rather than a trade
# ("Student Worker", "Summer internship", "Full-time co-op positions").
_OTHER_TITLE_RE = re.compile(
    r"\b(?:employee|member|volunteer|staff|student|co-?op|internship|part-time|full-time|"
    r"positions?|praktikum|praktikant(?:in)?|werkstudent(?:in)?|"
    r"stagiaire|stage|estagiário|estagiária|becario|ingénieur|développeur|desarrollador|"
    r"desenvolvedor|analista|gerente|[a-zäöü]*(?:entwickler|ingenieur|berater|leiter|referent|"
    r"mitarbeiter)(?:in)?)\b",
    re.IGNORECASE,
)
# Chinese titles and organisations by their last characters (no word breaks to match on):
# "系统架构设计师" (systems architect), "软件工程师" (software engineer); "...有限公司" (Ltd.),
# "...大学" (university).
_CJK_TITLE_RE = re.compile(
    r"(?:工程师|设计师|架构师|经理|总监|主管|主任|实习生|专员|顾问|程序员|开发者|分析师|助理|总裁|教师)$"
)
_CJK_ORG_RE = re.compile(r"(?:公司|集团|大学|学院|银行|研究所|研究院|医院|工作室|中心)$")
# Words that name an organisation wherever they stand in it ("University of Bremen", "Division of
# IT", "Cornell Robot Learning Lab", "Freelance"), and ones that do so as a last word of several.
_ORG_WORD_RE = re.compile(
    r"\b(?:university|universität|université|universidad|universidade|college|institute|"
    r"institut|instituto|school|academy|laboratory|lab|labs|hospital|clinic|bank|ministry|"
    r"department|division|agency|authority|council|foundation|association|society|inc|llc|ltd|"
    r"gmbh|corp|plc|s\.a|sas|sarl|srl|pvt|co\.|company|corporation|group|freelance|"
    r"self-employed|self employed|startup|centre|center|federation|army|navy|air force)\b",
    re.IGNORECASE,
)
_ORG_LAST_WORD_RE = re.compile(
    r"\s(?:research|studio|studios|ventures|works|team|network|networks|club|church|store|"
    r"restaurant|cafe|café|hotel|firm|office|bureau|press|magazine|newspaper|project)$",
    re.IGNORECASE,
)
# Labels of key/value job blocks ("Position: ...", "Company: ...", "Employer - ...").
_LABEL_RE = re.compile(
    r"^(?P<label>job\s+title|title|position|role|designation|company|employer|organi[sz]ation|"
    r"client|location|place|city|duration|period|dates?)\s*[:：]\s*",
    re.IGNORECASE,
)
_BARE_LABEL_RE = re.compile(
    r"(?:period|company|employer|role|position|title|job\s+title|dates?|duration|location|"
    r"organi[sz]ation)\s*[:：]?",
    re.IGNORECASE,
)
_CONTACT_RE = re.compile(
    r"\S@\S|https?://|www\.|^(?:e-?mail|website|web|phone|tel|mobile|fax)\s*[:：]", re.IGNORECASE
)
_LABEL_KINDS = {
    "job title": "title",
    "title": "title",
    "position": "title",
    "role": "title",
    "designation": "title",
    "company": "employer",
    "employer": "employer",
    "organisation": "employer",
    "organization": "employer",
    "client": "employer",
}
# A stray glyph an icon font left at either end of a line ("z July 2012", "\uf0b7 Acme").
_STRAY_GLYPH_RE = re.compile(r"^(?:[a-z]|[^\w\s(\[\"'])\s+|\s+(?:[a-z]|[^\w\s)\]\"'.!])$")
_DOMAIN_RE = re.compile(
    r"[a-z0-9-]{2,}\.(?:com|org|net|io|ai|edu|gov|co|uk|de|fr|nl|es|it|ch|at|be|se|eu|ca|au|pl|br)\b"
)
# A legal form after a comma belongs to the name: "Omnious Co., Ltd.", "Acme, Inc.".
_LEGAL_FORM_RE = re.compile(r"(?:inc|ltd|ltda|llc|llp|co|corp|gmbh|plc|pty|s\.?a|ag)\.?", re.I)
# A full stop ending a name inside a header line ("Aux. administrativo. Valetur Transportes"):
# after a word in lower case or a long one, not an abbreviation ("Assoc.", "Corp.", "Sept.").
_INNER_STOP_RE = re.compile(r"(?<!\w)(?:[a-zà-ÿ]{4,}|\w{6,})\.\s+(?=[A-ZÀ-Þ])")
# "Head of Digital", "Director of Global Sales": a title word, then "of" / "for" and an area.
_TITLE_OF_RE = re.compile(
    rf"^(?:\w+\s+){{0,3}}(?:{_TITLE_WORD_RE.pattern[2:-2]})\s+(?:of|for)\s", re.IGNORECASE
)
# A duration written beside the dates: "(2 years)", "2 yrs 3 mos", "· 4 months".
_DURATION_RE = re.compile(
    r"[(·•]?\s*\b\d{1,2}\+?\s*(?:years?|yrs?|months?|mos?)\b(?:,?\s*\d{1,2}\s*(?:months?|mos?)\b)?"
    r"\s*\)?",
    re.IGNORECASE,
)


@cache
def _head_words() -> frozenset[str]:
    """Head nouns of job titles, lowercased (``keywords/title_words.json``, from O*NET)."""
    entry = resources.keywords_file("title_words.json")
    if not entry.is_file():  # a broken install still has the title words above
        return frozenset()
    data = json.loads(entry.read_text(encoding="utf-8"))
    return frozenset(str(word) for word in data.get("words", []))


@lru_cache(maxsize=4096)  # a header's pieces are scored again as its header grows
def title_score(text: str) -> int:
    """How much ``text`` reads as a job title: 0 for none, more for stronger cues.

    A title word ("Manager", "Intern") counts two, an O*NET head noun ending the text ("Driver",
    "Nurse") two, one inside it one, "Head of ..." two more.
    """
    bare = re.sub(r"\([^)]*\)", " ", text)
    score = 0
    if _TITLE_WORD_RE.search(bare) or _OTHER_TITLE_RE.search(bare) or _CJK_TITLE_RE.search(bare):
        score += 2
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", bare)]
    heads = _head_words()
    if words and words[-1] in heads:
        score += 2
    elif any(word in heads for word in words):
        score += 1
    if _TITLE_OF_RE.search(bare):
        score += 2
    elif re.search(r"\s(?:of|for)\s", bare):
        lead = re.split(r"\s(?:of|for)\s", bare.casefold())[0].split()
        # "Editor for Science", "Creator of FrontendExpert": a head noun or an agent noun
        # ("-or", "-er", "-ist") before "of", not an organisation ("Center for ...").
        agent = len(lead) == 1 and re.fullmatch(r"[a-z-]{3,}(?:or|er|ist)", lead[0])
        if any(word in heads for word in lead) or (agent and not _ORG_WORD_RE.search(bare)):
            score += 2
    return score


@lru_cache(maxsize=4096)
def org_score(text: str) -> int:
    """How much ``text`` reads as an organisation's name: a suffix three, a word or domain two."""
    score = 0
    if _COMPANY_SUFFIX_RE.search(text) or _CJK_ORG_RE.search(text):
        score += 3
    elif _ORG_WORD_RE.search(text) or _ORG_LAST_WORD_RE.search(text):
        score += 2
    if _DOMAIN_RE.search(text) or (not score and _named_with_acronym(text)):
        score += 2
    return score


def _named_with_acronym(text: str) -> bool:
    """ "Engineering Projects in Community Service (EPICS)", "Small Business Growth Alliance
    (SBGA)": a name of three capitalised words or more followed by its initials in brackets is
    an organisation's (or a programme's); a job title rarely spells itself out so."""
    found = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<short>[A-Z]{3,8})\)", text.strip())
    if found is None:
        return False
    words = found["name"].split()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words).upper()  # "in", "of" may count ("EPICS")
    return len(capitals) >= 3 and found["short"] in (capitals, every)


def without_duration(text: str) -> str:
    """``text`` without a duration such as "(2 years)" or "· 3 yrs 2 mos"."""
    return _DURATION_RE.sub(" ", text).strip(" |,;·-–—")


@dataclass
class _Piece:
    """A piece of a header line and what it reads as."""

    text: str
    line: int
    title: int
    org: int
    # "Title, Rest" whose rest may be the employer when no other piece is.
    split: tuple[str, str] | None = None
    forced: str | None = None  # "title" / "employer" when "at" or a label said so
    before_place: bool = False  # written just before a place


def _piece(text: str, line: int, forced: str | None = None) -> _Piece:
    return _Piece(text, line, title_score(text), org_score(text), forced=forced)


def _is_skill_list(parts: list[str]) -> bool:
    """ "Python, TensorFlow, PyTorch, NLP": a tech stack after the title, not an employer.

    Three short items and more, none an organisation, at most one a title ("..., Project
    Manager" ends some stacks).
    """
    short = all(len(p.split()) <= 3 and not org_score(p) for p in parts)
    titled = sum(1 for p in parts if title_score(p))
    return len(parts) >= 3 and short and titled <= (1 if len(parts) >= 4 else 0)


def _before_place(piece: _Piece) -> _Piece:
    """Mark a name written before a place ("Davanni's, Coon Rapids, MN"): an employer far more
    often than a title when no cue says which."""
    piece.before_place = True
    return piece


def without_full_stop(text: str) -> str:
    """A name without the full stop after it.

    "Saint John's University." -> "Saint John's University"; "Acme Inc." and "J.P." keep theirs.
    """
    text = text.strip()
    if not text.endswith(".") or text.endswith(".."):
        return text.rstrip(". ") if text.endswith("..") else text
    last = text[:-1].split()[-1] if text[:-1].split() else ""
    if _LEGAL_FORM_RE.fullmatch(last) or re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]", last):
        return text
    return text[:-1].rstrip()


def _comma_pieces(text: str, line: int) -> tuple[list[_Piece], str | None]:
    """A piece that may hold commas: its parts as pieces, and a place peeled off its end."""
    text = without_full_stop(text)
    if not re.search(r"\w", text):
        return [], None
    if _looks_location(text):
        name, _, rest = text.partition(",")
        # "BlueWave Merchant Partners, Washington, DC": a name before "City, Region".
        if not (org_score(name) or len(name.split()) >= 3) or not _looks_location(rest):
            return [], text
        return [_before_place(_piece(name.strip(), line))], rest.strip()
    parts: list[str] = []
    for part in (without_full_stop(p) for p in _commas_outside_brackets(text)):
        if parts and _LEGAL_FORM_RE.fullmatch(part):
            parts[-1] = f"{parts[-1]}, {part}"
        elif parts and re.fullmatch(r"\([^()]+\)", part) and not title_score(part):
            parts[-1] = f"{parts[-1]} {part}"  # "South College, (Orlando Campus)": its branch
        elif part:
            parts.append(part)
    parts, location, inside = _take_place(parts)
    if not parts:
        return [], location
    if inside is not None:
        # "Mitotech LLC, Moscow, Russia, Team Lead": the place stood between the two names.
        return [_piece(", ".join(parts[:inside]), line), _piece(", ".join(parts[inside:]), line)], (
            location
        )
    placed = _PLACE_BETWEEN_RE.fullmatch(parts[0]) if len(parts) == 1 else None
    if (
        placed is not None
        and location is None
        and (_looks_location(placed["place"]) or _is_region(placed["place"]))
        and title_score(placed["after"])
        and not title_score(placed["before"])
    ):
        # "Athena (Holon, Israel) Web Front End Developer": employer, its place, the title
        return [_piece(placed["before"], line), _piece(placed["after"], line)], placed["place"]
    if len(parts) == 1:
        found = _glued_split(parts[0], line)
        if location is not None and len(found) == 1:
            _before_place(found[0])
        return found, location
    if (
        len(parts) == 3
        and location is None
        and title_score(parts[0]) > org_score(parts[0])
        and not title_score(parts[1])
        and not title_score(parts[2])
        and not org_score(parts[2])
        and re.fullmatch(_PLACE_WORDS, parts[2])
        and len(parts[2].split()) <= 3
    ):
        # "Software Engineer, Globex, Springfield": a title, the employer, its town (the order
        # of LaTeX CV entries such as moderncv's)
        return [_piece(parts[0], line), _before_place(_piece(parts[1], line))], parts[2]
    if _is_skill_list(parts):
        return [], location
    first, rest = parts[0], ", ".join(parts[1:])
    one, two = _piece(first, line), _piece(rest, line)
    if (one.title > one.org and two.org > two.title) or (
        one.org > one.title and two.title > two.org
    ):
        return [one, two], location  # "Title, Company" or "Company, Title"
    if two.title > two.org and one.title <= one.org:
        return [one, two], location  # "Acme, Project Manager": the title comes second
    placelike = bool(re.fullmatch(_PLACE_WORDS, rest)) and len(rest.split()) <= 3 and not two.org
    if location is None and placelike and one.title <= one.org:
        return [_before_place(one)], rest  # "Employer, City"
    if (one.org > one.title) != (two.org > two.title):
        return [one, two], location  # one part names an organisation, the other is the title
    whole = _piece(", ".join(parts), line)
    whole.split = (first, rest)  # "Title, Employer" or "Title, City": the other lines decide
    return [whole], location


# "Acme (Berlin)", "Firma 2 (Ort)": a name, then one or two capitalised words in brackets.
_NAME_PLACE_RE = re.compile(
    r"(?P<name>[^()]+?)\s+\((?P<place>[A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+)?)\)"
)


def _name_and_place(text: str) -> tuple[str, str] | None:
    """ "Acme (Berlin)" -> ("Acme", "Berlin"): a name, then one or two capitalised words in
    brackets naming no job, organisation or area of work ("Acme (Software)", "Engineering
    Projects (EPICS)" keep theirs)."""
    found = _NAME_PLACE_RE.fullmatch(text)
    if found is None:
        return None
    place = found["place"]
    if place.casefold() in _AREA_WORDS or title_score(place) or org_score(place):
        return None
    return found["name"], place


_PLACE_BETWEEN_RE = re.compile(r"(?P<before>[^()]+?)\s*\((?P<place>[^()]+)\)\s+(?P<after>[^()]+)")


def _commas_outside_brackets(text: str) -> list[str]:
    """ "Inetex (Rehovot, Israel), Developer" -> ["Inetex (Rehovot, Israel)", " Developer"]."""
    parts: list[str] = []
    depth = start = 0
    for at, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    return [part.strip() for part in parts]


def _take_place(parts: list[str]) -> tuple[list[str], str | None, int | None]:
    """The place among a header's comma parts: at the end ("Acme, Austin, TX"), in brackets
    ("Inetex (Rehovot, Israel)") or between two names ("Acme, Moscow, Russia, Team Lead").

    Returns:
        The other parts, the place, and where the place stood when it was between two parts.
    """
    for n in (3, 2, 1):  # a place at the end first
        if len(parts) > n:
            tail = ", ".join(parts[-n:])
            if _looks_location(tail) or (n == 1 and _is_region(tail)):
                return parts[:-n], tail, None
    if parts:
        bracket = re.fullmatch(r"(?P<name>.+?)\s*\((?P<place>[^()]+)\)", parts[-1])
        if bracket and (_looks_location(bracket["place"]) or _is_region(bracket["place"])):
            return [*parts[:-1], bracket["name"]], bracket["place"], None
    for n in (3, 2):  # then between two names
        for at in range(1, len(parts) - n):
            middle = ", ".join(parts[at : at + n])
            if _looks_location(middle):
                return parts[:at] + parts[at + n :], middle, at
    return parts, None, None


def _glued_split(text: str, line: int) -> list[_Piece]:
    """ "WEB DEVELOPER EREVO TECHNOLOGIES": a title and an organisation with no mark between.

    Only in capitals (a Europass line whose parts differed by font weight) or before a legal
    form ("Software Engineer Acme GmbH"): the title ends on a title word or a bracket, the rest
    names an organisation and no title.
    """
    inner = re.fullmatch(r"(?P<outer>.+?)\s*\((?P<inner>[^()]+)\)", text)
    if inner and org_score(inner["inner"]) and not org_score(inner["outer"]):
        # "Scientific Employee (University of Bremen)", "Simulation Training (Getoq
        # Consulting)": an organisation in brackets after a name that is none is the employer
        return [_piece(inner["outer"], line), _piece(inner["inner"], line)]
    whole = _paren_split(text, line)
    words = text.split()
    if not (whole.title and whole.org) or len(words) < 3:
        return [whole]
    capitals = text.upper() == text
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        ends_title = left.endswith(")") or bool(_TITLE_WORD_RE.search(words[k - 1]))
        ends_title = ends_title or words[k - 1].casefold() in _head_words()
        legal = bool(_LEGAL_FORM_RE.fullmatch(words[-1]))
        if (
            ends_title
            and (capitals or legal)
            and title_score(left)
            and not title_score(right)
            and org_score(right)
            and right[:1].isupper()
        ):
            return [_piece(left, line), _piece(right, line)]
    return [whole]


# A job's area written after its title ("Software Engineer Backend"): no employer.
_AREA_WORDS = frozenset({
    "backend", "frontend", "front-end", "back-end", "fullstack", "full-stack", "infrastructure",
    "operations", "security", "marketing", "sales", "finance", "engineering", "development",
    "design", "support", "research", "product", "data", "analytics", "quality", "testing",
    "automation", "networking", "network", "cloud", "devops", "mobile", "web", "software",
    "hardware", "platform", "systems", "services", "consulting", "administration", "accounting",
    "logistics", "procurement", "compliance", "risk", "strategy", "training", "education",
    "healthcare", "manufacturing", "technology", "it", "hr", "qa", "ux", "ui", "apps",
    "applications", "internal", "external", "remote", "contract", "contractor", "freelance",
    "temporary", "intern", "internship", "trainee",
})  # fmt: skip


# Compiled once: these are asked of every word and piece of every header line.
_BRACKETED_RE = re.compile(r"\([^()]+\)")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _title_then_name(text: str) -> tuple[str, str | None]:
    """ "IT Project Manager Radley Corporation": a title and its employer run together.

    Text flattened from a resume whose title and employer stood on lines of their own: the
    title ends on a title word ("Manager", "Developer", "Lead") and what follows is a name in
    capitals (no title word, no place): an organisation by its suffix, two words and more
    ("Blue Cross Blue Shield"), or one word that names no job area ("Raytheon", "TEKsystems";
    after a title in capitals, only one shaped like a brand). Otherwise ``text`` stays the title
    ("Software Engineer Backend").
    """
    words = text.split()
    for k in range(len(words) - 1, 0, -1):
        last = words[k - 1].strip(",")
        if k >= 2 and _BRACKETED_RE.fullmatch(last):
            last = words[k - 2]  # "Project Manager (Software) AccessNsite"
        if not _TITLE_WORD_RE.fullmatch(last):
            continue
        if re.fullmatch(r"I{1,3}|IV|V", words[k]) and k + 1 < len(words):
            k += 1  # "Security Specialist II Aires": the grade belongs to the title
        left, rest = " ".join(words[:k]), words[k:]
        name = " ".join(rest)
        capitalised = all(
            w.lstrip("(")[:1].isupper() or w[:1].isdigit() or w in ("&", "of", "and") for w in rest
        )
        brand = (
            len(rest) == 1
            and len(name) >= 3
            and name.casefold() not in _AREA_WORDS
            and (
                bool(re.search(r"[a-z][A-Z]|[A-Za-z]-[A-Z]", name))
                or not left.isupper()
                or not name.isupper()  # "IT PROJECT MANAGER TEKsystems"
            )
        )
        if (
            capitalised
            and rest[0][:1].isupper()
            and rest[0].casefold() not in ("of", "for", "and", "in", "at")  # "Director Of IT"
            and not title_score(name)
            and not _looks_location(name)
            and not re.fullmatch(r"[IVX]+|\d+", name)
            and (org_score(name) or len(rest) >= 2 or brand)
        ):
            return left, name
        break  # only after the last title word
    return text, None


def _paren_split(text: str, line: int) -> _Piece:
    """ "Title (Company)" as two pieces' worth: the employer kept as the split's rest."""
    whole = _piece(text, line)
    inner = re.fullmatch(r"(?P<outer>.+?)\s*\((?P<inner>[^()]+)\)", text)
    if inner and org_score(inner["inner"]) and title_score(inner["outer"]):
        whole.split = (inner["outer"], inner["inner"])
    return whole


@dataclass
class HeaderFields:
    """Title, employer and location read from a role's header lines, one line at a time."""

    pieces: list[_Piece] = field(default_factory=list)
    location: str | None = None
    lines: int = 0

    def add(self, text: str) -> None:
        """Read one header line (dates already removed)."""
        line = self.lines
        self.lines += 1
        # A section's roles are cut by trying several spans of header lines, so the same lines
        # are read again and again: each text is read once (with line 0) and its pieces copied.
        pieces, places = _read_header_line(text)
        # (The fields named: dataclasses.replace looked them up for every copy.)
        self.pieces.extend(
            _Piece(p.text, line, p.title, p.org, p.split, p.forced, p.before_place) for p in pieces
        )
        for place in places:
            self._take_place(place)

    def _take_place(self, place: str | None) -> None:
        if place and place.startswith("(") and place.endswith(")"):
            place = place[1:-1].strip()  # "(Rehovot, Israel)"
        if place and self.location is None:
            self.location = place

    def result(self) -> tuple[str | None, str | None, str | None]:
        """Title, employer and location of the lines added so far."""
        pieces = [p for p in self.pieces if _LETTER_RE.search(p.text)]  # "3.81" is no name
        title = next((p for p in pieces if p.forced == "title"), None)
        employer = next((p for p in pieces if p.forced == "employer"), None)
        if title is None:
            titled = [p for p in pieces if p.title > p.org and p is not employer]
            title = max(titled, key=lambda p: p.title - p.org, default=None)
        if employer is None:
            named = [p for p in pieces if p.org > p.title and p is not title]
            employer = max(named, key=lambda p: p.org - p.title, default=None)
        title_text = title.text if title else None
        employer_text = employer.text if employer else None
        # Pieces no cue gave away: neither read as an organisation more than as a title.
        unclaimed = [p for p in pieces if p is not title and p is not employer and p.org <= p.title]
        if title is not None and employer is None:
            others = [p for p in unclaimed if p.title == 0 == p.org]
            # A second title-like line is the employer ("Student Success Support Network").
            weaker = sorted(
                (p for p in pieces if p is not title and p.title > 0 and p.line != title.line),
                key=lambda p: p.title - p.org,
            )
            if others:  # "Manager, Operations" stays whole: its rest is no employer
                employer_text = _first(others)
            elif title.split is not None:
                title_text, employer_text = title.split
            elif weaker:
                employer_text = _first(weaker)
        elif employer is not None and title is None:
            if unclaimed:
                title_text = _first(unclaimed)
        elif title is None and employer is None and unclaimed:
            first = unclaimed[0]
            placed = [p for p in unclaimed if _name_and_place(p.text)]
            if len(unclaimed) >= 2 and len(placed) == 1:
                # "Firma (Ort)" / "Titel": no cue either way, but a name with its place in
                # brackets is where one worked ("Acme (Berlin)"), the other line the title
                title_text = next(p.text for p in unclaimed if p is not placed[0])
                employer_text = placed[0].text
            elif len(unclaimed) == 1 and first.split is not None:
                employer_text, title_text = first.split  # "Employer, Something": as written
            elif len(unclaimed) == 1 and first.before_place and not first.title:
                title_text, employer_text = None, first.text
            else:  # the likelier title first, else as written
                ranked = sorted(unclaimed, key=lambda p: -p.title)
                title_text = ranked[0].text
                employer_text = ranked[1].text if len(ranked) > 1 else None
        if title_text is not None and employer_text is None:
            title_text, employer_text = _title_then_name(title_text)
        at = _name_and_place(employer_text) if employer_text and not self.location else None
        if at is not None:
            return title_text, at[0], at[1]
        return title_text, employer_text, self.location

    def has_employer(self) -> bool:
        """Whether a piece of its own names the employer (not the rest of "Title, Rest")."""
        _, employer, _ = self.result()
        return employer is not None and not any(
            p.split is not None and employer == p.split[1] for p in self.pieces
        )

    def employer_alone(self) -> bool:
        """Whether the employer stands on a line of its own, apart from the title: the layout
        where one employer line can head several titles (promotions)."""
        title, employer, _ = self.result()
        lines = {p.line for p in self.pieces if p.text == employer and p.split is None}
        return bool(lines) and not any(
            p.line in lines for p in self.pieces if title is not None and title in p.text
        )

    def title_found(self) -> bool:
        """Whether a piece read as a title (a cue, not a guess from the order)."""
        return any(p.title > p.org or p.forced == "title" for p in self.pieces)

    def complete(self) -> bool:
        """A title found by its cue and an employer on a piece of its own (by cue or as the
        other piece): "Title, Rest" alone may still have its employer on the next line."""
        title, _, _ = self.result()
        return title is not None and self.title_found() and self.has_employer()


def _first(pieces: list[_Piece]) -> str:
    return pieces[0].text


def parse_role_header(texts: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, employer and location from a role's header lines (dates already removed).

    Args:
        texts: The header lines in reading order.

    Returns:
        ``(title, employer, location)``, each None when not found.
    """
    fields = HeaderFields()
    for text in texts:
        fields.add(text)
    return fields.result()


@lru_cache(maxsize=4096)
def _read_header_line(text: str) -> tuple[tuple[_Piece, ...], tuple[str | None, ...]]:
    """The pieces of one header line (line 0) and the places it names, in the order
    ``HeaderFields.add`` takes them."""
    line = 0
    pieces: list[_Piece] = []
    places: list[str | None] = []
    text = _STRAY_GLYPH_RE.sub("", without_duration(text)).strip()
    if _BARE_LABEL_RE.fullmatch(text) or _CONTACT_RE.search(text):
        # a table's header row ("Period", "Company", "Role"), an employer's e-mail
        return (), ()
    label = _LABEL_RE.match(text)
    if label:
        value = text[label.end() :].strip()
        kind = _LABEL_KINDS.get(" ".join(label["label"].lower().split()))
        if kind is not None and value:
            pieces.append(_piece(value, line, kind))
        elif label["label"].lower() in ("location", "place", "city") and value:
            places.append(value)
        return tuple(pieces), tuple(places)
    text = _INNER_STOP_RE.sub(lambda m: m.group(0).split(".")[0] + " | ", text)
    # "Company: Title" (a colon between two names, not a label)
    text = re.sub(r"(?<=\w)[:：]\s+(?=\S)", " | ", text).rstrip(":：")
    # "Developer at Acme", "Developer @ Acme", "Developer at acme.io"
    at = re.match(
        r"^(?P<title>.+?)\s+(?:at|@)\s*(?P<rest>(?:[A-Z0-9]|[a-z0-9-]+\.[a-z]{2,}\b).*)$", text
    )
    if at and title_score(at.group("title")):
        pieces.append(_piece(at.group("title").strip(" ,"), line, "title"))
        rest = _split_pieces(at.group("rest"))
        if rest:
            found, place = _comma_pieces(rest[0], line)
            places.append(place)
            if found:
                employer = found[0].text if found[0].split is None else found[0].split[0]
                pieces.append(_piece(employer, line, "employer"))
                pieces.extend(found[1:])
            rest = rest[1:]
    else:
        rest = _split_pieces(text)
    for text_piece in rest:
        found, place = _comma_pieces(_trim(text_piece), line)
        places.append(place)
        pieces.extend(found)
    return tuple(pieces), tuple(places)
