"""Education entries and certifications; degree levels, the one table of degree names.

:func:`degree_level` is where every degree name is known ("Ph.D.", "MBA", "B.Sc.", "HND", "high
school"...), with its level; resumes' education entries and postings' degree asked both use it.
"""

from __future__ import annotations

import re

from resume_kit.model.dates import find_date_range
from resume_kit.model.documents import Certification, Education, EducationLevel
from resume_kit.structure.lines import (
    _is_sentence,
    _Line,
    _split_pieces,
    _strip_bullet,
    _without_dates,
)
from resume_kit.structure.role_header import without_full_stop
from resume_kit.structure.roles import _COMPANY_SUFFIX_RE
from resume_kit.structure.wordsearch import WordSearch, compile_word_alternatives, letter_cases

__all__ = ["degree_level"]


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
        # As written in capitals ("MASTER OF BUSINESS ADMINISTRATION", "MENG IN CS").
        (r"MASTER(?:'S|’S|S)?(?: OF| DEGREE| IN)", "MENG", "MSC", r"M\.SC\.?"),
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
    # "Undergraduate" alone names the degree ("Undergraduate, Economics", "an undergraduate or
    # graduate degree": the lesser one is what is required), but not in "undergraduate students",
    # "undergraduate and graduate levels" or "Undergraduate Certificate".
    (
        "bachelor",
        True,
        ("Undergraduate",),
        r"(?=\s*(?:$|[,;:|()/\n]|[-–—]\s)|\s+(?:or\s+graduate\s+)?(?:degree|studies|qualification)"
        r"s?\b|\s+(?:in|of)\s)",
        "",
    ),
    (
        "associate",
        False,
        (r"Associate(?:'s|’s|s)? (?:of|degree|in)", r"A\.A\.S?\.", r"A\.S\.", "AAS"),
        _NO_LETTER_AFTER,
        "",
    ),
    (
        "diploma",
        True,
        ("Diploma", "HND", "High School", "GED", "Secondary School",
         # School-leaving qualifications by country: Bangladesh and India, the UK, Germany,
         # Austria and Switzerland, France, Spain, Portugal and Brazil.
         r"Higher Secondary(?: School)? Certificate", "A[- ]Levels?", "O[- ]Levels?", "GCSEs?",
         "Abitur", "Matura", r"Baccalaur[ée]at", "Bachillerato", r"Ensino m[ée]dio"),
        _NO_LETTER_AFTER,
        "",
    ),
    ("diploma", False, ("HSC", "SSC"), _NO_LETTER_AFTER, ""),
]  # fmt: skip


def _degree_pattern(fold: bool, names: tuple[str, ...], after: str, before: str) -> re.Pattern[str]:
    """One level's names as one pattern (``before``, a word start, a name, ``after``), built to
    skip to the names' first letters where nothing must precede them (same matches as the plain
    alternation; 4x faster over long lines)."""
    if before:
        # The look-behinds go first; a lookahead for the names' first letters spares them
        # (and the names) at every other character.
        firsts = {letter_cases(name[0]) if fold else name[0] for name in names}
        start = f"(?=[{''.join(sorted(firsts))}])"
        return re.compile(rf"{start}{before}\b(?:{'|'.join(names)}){after}", re.I if fold else 0)
    then = f"(?i:{after})" if fold else f"(?:{after})"
    return compile_word_alternatives(((name, fold) for name in names), then=then)


_DEGREE_PATTERNS: list[tuple[EducationLevel, re.Pattern[str]]] = [
    (level, _degree_pattern(fold, names, after, before))
    for level, fold, names, after, before in _DEGREE_NAMES
]


# Any degree name of any level (the look-behinds dropped: within a section they would see the
# line before), searched once per section so that only the few lines naming a degree run the
# seven patterns, and by degree_level to find where a degree can start. Searched from the gap
# before each word (structure/wordsearch.py): the search was a quarter of parse_posting (0.26 s
# per 198 postings; 0.03 s when built to skip to the names' first letters, half that now).
_DEGREE_HINTS = WordSearch(
    (name + after, fold) for _, fold, names, after, _ in _DEGREE_NAMES for name in names
)
_DEGREE_HINT_RE = _DEGREE_HINTS.pattern


_INSTITUTION_RE = re.compile(
    r"\b(?:University|Universit[yéä]t?|College|Institute|School|Academy|Polytechnic|"
    r"Conservatory|Universidad|Universidade|Université|Hochschule|Fachhochschule|Instituto|"
    r"Istituto|Institut|Gymnasium|Lyc[ée]e|Liceo|Colegio|Col[ée]gio|Escola|Escuela|"
    r"Education Board|Board of|Faculty|Facult[ée]|Fakultät|Campus)\b",
    re.I,
)


# The label of a form's field ("Institute :", "School:") alone: no school's name.
_FIELD_LABEL_RE = re.compile(
    r"^\W*(?:Institute|Institution|School|College|University|Board|Faculty|Campus)\W*$", re.I
)


# ... and at the start of its value ("Institute : Kazi Azim Uddin College").
_FIELD_LABEL_START_RE = re.compile(
    r"^[\s:;]*(?:(?:Name of (?:the )?)?(?:Institute|Institution|School|College|University)"
    r"(?: Name)?\s*:)?\s*",
    re.I,
)


def _entry_degree(text: str) -> tuple[EducationLevel, re.Match[str]] | None:
    """The degree an education line names; "High School" at the end of a school's name
    ("Lakeside High School") is the school, not a degree ("... 71% Secondary School Certificate"
    is one)."""
    found = degree_level(text)
    if found is None:
        return None
    lead = len(text) - len(text.lstrip(" •*-:"))
    match = found[1]
    if (
        match.group().lower().endswith("school")
        and match.start() > lead
        and not _CERTIFICATE_AFTER_RE.match(text, match.end())
    ):
        return None
    return found


_CERTIFICATE_AFTER_RE = re.compile(r"\s*(?:Certificate|Diploma|Leaving)", re.I)


def _names_institution(text: str) -> bool:
    """Whether ``text`` names a school, not counting the school word of a degree it starts with
    ("Secondary School Certificate", "High School Diploma"; but "Lakeside High School")."""
    degree = degree_level(text)
    lead = len(text) - len(text.lstrip(" •*-:"))
    skip = degree[1].end() if degree is not None and degree[1].start() <= lead else 0
    if skip:
        # "Higher Secondary School Certificate": the degree name runs on past its match.
        tail = re.match(r"(?:\s+(?:School|Certificate|Diploma|Examination))+", text[skip:], re.I)
        skip += tail.end() if tail else 0
    if _FIELD_LABEL_RE.match(text):
        return False  # "Institute" in "Institute : Kazi Azim Uddin College" is the label
    return any(m.start() >= skip for m in _INSTITUTION_RE.finditer(text))


def degree_level(text: str, start: int = 0) -> tuple[EducationLevel, re.Match[str]] | None:
    """The level of the first degree mentioned in ``text``, with the match that names it.

    Args:
        text: Text that may name a degree ("B.Sc. Computer Science", "MBA preferred").
        start: Where to start looking, when the caller knows no degree is named before it
            (the text before it is still seen by the look-behinds, as in a search from 0).

    Returns:
        ``(level, match)`` for the earliest degree mention, or None when there is none.
        "Certificate" is not a degree here; Education entries without a degree get level "other".
    """
    # Each level's pattern is a hint's with more conditions, so a degree starts where a hint does:
    # at the first hint where a level's pattern matches, the first such level in the table is the
    # one whose search from ``start`` finds the earliest match. One search of the hints to there
    # instead of one search of the text per level (a flattened posting's line is all of it).
    hint = _DEGREE_HINTS.search(text, start)
    while hint is not None:
        at = hint.start()
        for level, pattern in _DEGREE_PATTERNS:
            match = pattern.match(text, at)
            if match is not None:
                return level, match
        hint = _DEGREE_HINTS.search(text, at + 1)
    return None


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


# A line under an entry that adds to it: grades, honours, courses, a thesis, a label ("GPA: 3.8").
_NOTE_RE = re.compile(
    r"\b(?:c?gpa|grade|cum laude|honou?rs|distinction|thesis|dissertation|coursework|courses?|"
    r"minor|major|points|percentage|aggregates?|first class|dean'?s list|relevant)\b|^[^:]{1,30}:",
    re.IGNORECASE,
)


def _split_joined(lines: list[_Line]) -> list[_Line]:
    """Lines holding two entries cut apart: "HSC – Board | 2006 | 71% Secondary School
    Certificate (SSC) – Board | 2004", two lines a PDF's wrapping joined. The cut is at a second
    degree name that follows a date."""
    out: list[_Line] = []
    for line in lines:
        text = line.text
        found = find_date_range(text)
        if found is None or _entry_degree(text) is None:
            out.append(line)
            continue
        after = _entry_degree(text[found.finish :])
        if after is None:
            out.append(line)
            continue
        cut = found.finish + after[1].start()
        first, rest = text[:cut].rstrip(), text[cut:]
        if not first or _entry_degree(first) is None:
            out.append(line)
            continue
        out.append(_Line(first, line.start, line.start + len(first), line.marked, line.split))
        # The rest may hold a third entry.
        out.extend(_split_joined([_Line(rest, line.start + cut, line.end, False, True)]))
    return out


def _group_education(lines: list[_Line], page: str | None = None) -> list[list[_Line]]:
    """Cut an education section into entries.

    A degree when the entry has one, or an institution when it has one, starts the next entry.
    Dates mark the entries' edges too: when the section opens with a date, each date opens an
    entry; else a dated entry is complete, and a line after it that neither completes it nor
    notes something about it (a grade, honours, courses) starts the next one ("C.B.T.i.s #134"
    / "IT Technical" / "2009-2012" / "Instituto Tecnológico" / ...). With the text the lines are
    in (``page``), a blank line after an entry that has its degree and school starts the next one
    ("A.I. Product Manager" / "Udacity - Nanodegree" under a B.S. and its school).
    """
    groups: list[list[_Line]] = []
    has_degree = has_institution = has_date = False
    dates_first = bool(lines) and find_date_range(lines[0].text) is not None
    previous: _Line | None = None
    for line in lines:
        after_blank = (
            page is not None
            and previous is not None
            and page.count("\n", previous.end, line.start) >= 2
        )
        previous = line
        text = _strip_bullet(line.text)
        degree = _entry_degree(text) is not None
        institution = _names_institution(text)
        dated = find_date_range(text) is not None
        note = _is_sentence(text) or bool(_NOTE_RE.search(text))
        new = not groups or (degree and has_degree) or (institution and has_institution)
        if dates_first and dated and has_date:
            new = True
        complete = has_date and (has_degree or has_institution or len(groups[-1]) >= 2)
        fills = (degree and not has_degree) or (institution and not has_institution)
        if not dates_first and complete and not dated and not note and not fills:
            new = True
        if after_blank and has_degree and has_institution and not note and not fills:
            new = True
        if not degree and not institution and groups and note and not (dates_first and dated):
            new = False  # a note under the entry ("2017: Licence 1" is a dated entry)
        if new:
            groups.append([])
            has_degree = has_institution = has_date = False
        groups[-1].append(line)
        has_degree = has_degree or degree
        has_institution = has_institution or institution
        has_date = has_date or dated
    return groups


# "Diploma at School" in the languages the headings are known in (French "à" / "au").
_AT_SCHOOL_RE = re.compile(r"^(?P<what>.{2,60}?)\s+(?:at|à|au|@)\s+(?P<where>\S.*)$")


def _parse_education(lines: list[_Line], text: str | None = None) -> list[Education]:
    entries: list[Education] = []
    for group in _group_education(_split_joined(lines), text):
        texts = [_strip_bullet(line.text) for line in group]
        degree_text = level = field_text = institution_text = end_date = None
        dated = False
        for text in texts:
            found = find_date_range(text)
            dated = dated or found is not None
            if found is not None and end_date is None and not found.current:
                end_date = found.end
            clean = _without_dates(text)
            pieces = _split_pieces(clean)
            for piece in pieces:
                parts = [p.strip() for p in piece.split(",")]
                for part in parts:
                    if institution_text is None and _names_institution(part):
                        institution_text = _FIELD_LABEL_START_RE.sub("", without_full_stop(part))
                guess = _entry_degree(piece)
                if guess is not None and degree_text is None:
                    level = guess[0]
                    degree_text = piece
                    for part in parts:
                        if _names_institution(part) and part in degree_text:
                            degree_text = degree_text.replace(part, "").strip(" ,")
                    again = degree_level(degree_text)
                    field_text = _field_of_study(degree_text, again[1]) if again else None
        names = [
            # ": CFEE à l'école de Dialmath" after its date: the name without the colon
            name.lstrip(" :;-–—")
            for text in texts
            for name in map(without_full_stop, _split_pieces(_without_dates(text)))
            if degree_level(name) is None
            and not _is_sentence(name)
            and not _NOTE_RE.search(name.lstrip(" :"))
            and not _FIELD_LABEL_RE.match(name)
            and re.search(r"[^\W\d_]", name)
        ]
        if institution_text is None and names and (degree_text is not None or len(texts) >= 2):
            # "BITS Pilani" on its own line: a name that is not the degree nor a date.
            institution_text = names[0]
        if degree_text is None and institution_text is None and dated and names:
            # "2009: CFEE à l'école de Dialmath", "LICENCE 1 à ITECOM": a dated line of its own
            # naming what was studied where is an entry, whatever its words.
            at = _AT_SCHOOL_RE.match(names[0])
            institution_text = names[0] if at and len(names[0].split()) <= 12 else None
        if degree_text is None and institution_text is not None:
            at = _AT_SCHOOL_RE.match(institution_text)
            if at and not _names_institution(at.group("what")):
                # "LICENCE 1 à ITECOM", "BFEM au lycée de Thillè": what, then where.
                degree_text = at.group("what").strip(" :;-–—")
                institution_text = at.group("where")
            else:
                # "Instituto Tecnológico" / "Computer System Engineering": the other name line.
                others = [n for n in names if n not in institution_text and len(n.split()) <= 8]
                degree_text = others[0] if others else None
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


# Words that make a piece a certification's name rather than its issuer.
_CERT_WORD_RE = re.compile(
    r"\b(?:certified|certificate|certification|certifications|license|licence|licensed|"
    r"associate|professional|specialty|specialist|practitioner|foundation|fundamentals|"
    r"course|training|nanodegree)\b",
    re.IGNORECASE,
)


def _known_issuer(text: str) -> bool:
    """ "PMI", "Amazon Web Services (AWS)": a known issuer, its acronym in brackets or not."""
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
    return bool(_KNOWN_ISSUERS_RE.match(re.sub(r"^the\s+", "", bare, flags=re.IGNORECASE)))


def _named_then_issuer(name: str, issuer: str) -> bool:
    """ "AWS Certified Security - Specialty, Amazon Web Services": a certification's name, then
    a short name with no certification word (the body that awarded it)."""
    return (
        bool(_CERT_WORD_RE.search(name))
        and not _CERT_WORD_RE.search(issuer)
        and 1 <= len(issuer.split()) <= 5
        and issuer.strip()[:1].isupper()
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
        _known_issuer(comma.group("issuer"))
        or _named_then_issuer(text[: comma.start()], comma.group("issuer"))
        or _COMPANY_SUFFIX_RE.search(comma.group("issuer").strip())
        or re.search(
            r"\b(?:Institute|Alliance|Association|Council|Board|Society)\b", comma.group("issuer")
        )
    ):
        issuer, text = comma.group("issuer"), text[: comma.start()]
    name = text.strip(" ,;|–—-")
    if issuer:
        issuer = issuer.strip(" ,;")
        if issuer.startswith("(") and issuer.endswith(")"):
            issuer = issuer[1:-1]
        issuer = issuer.strip(" ()") if issuer.count("(") != issuer.count(")") else issuer
    return name, issuer or None, date


def _parse_certifications(lines: list[_Line]) -> list[Certification]:
    certs: list[Certification] = []
    for line in lines:
        content = _strip_bullet(line.text)
        base = line.end - len(content)
        for piece in _split_entries(content):
            text, offset = piece
            name, issuer, date = _parse_certification_text(text)
            if not name or _is_sentence(name) or not re.search(r"[^\W\d_]", name):
                continue  # a sentence, or a year or number alone
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
            and not (len(parts) == 2 and _named_then_issuer(parts[0].group(), parts[1].group()))
            and not any(
                _known_issuer(p.group())
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
