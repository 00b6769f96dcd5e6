"""The structure stage's speed shortcuts find exactly what the plain searches find.

Each shortcut (a lookahead saying where a match can start, names grouped by first letter, a
search skipped when a word it needs is absent, a count that stops once the score is decided)
must leave every result as it was: here each is compared with the plain form on texts made of
the words the patterns look for, in any case, glued or spaced, with odd characters among them.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.model import dates
from resume_kit.structure import (
    contact,
    education,
    headings,
    kind,
    posting_title,
    requirements,
    roles,
)
from resume_kit.structure.flat import _ranges
from resume_kit.structure.heading_words import compact_key
from resume_kit.structure.headings import _RESUME_VOCAB, _heading_key
from resume_kit.structure.lines import (
    _ABBREVIATION_END_RE,
    _folded,
    _is_sentence,
    _section_lines,
    _split_lines,
    _without_dates,
    split_outside_brackets,
    split_walking_brackets,
)
from resume_kit.structure.posting import posting_outline
from resume_kit.structure.resume import resume_lines, resume_sections
from resume_kit.structure.roles import _page_furniture, _parse_roles

_PARTS = [
    " ", "  ", "   ", "\n", ", ", ". ", "-", " – ", " to ", "/", ":", "'", "’", "(", ")", "@",
    "0", "1", "2", "7", "12", "03", "2019", "1987", "'19", "2024", "555-0188", "+1 555 010 9999",
    "Jan", "january", "SEPT", "sep", "Sept.", "März", "déc", "ſep", "Present", "current", "now",
    "must", "required", "not required", "a plus", "nice to have", "preferred", "İdeally",
    "you will", "You'll", "we are hiring", "join our", "apply", "is looking for", "our", "we're",
    "looking for a", "As a", "seeking", "hire a", "are you", "Engineer", "Manager",
    "PhD", "Ph.D.", "MS", "MBA", "BS", "B.Sc.", "Bachelor's", "master of", "high school", "HSC",
    "http://x.io/1", "www.acme.com", "LinkedIn.com/in/jo", "github.com/jo", "phone:", "id:",
    "x", "ab", "Kelvin\u212a", "\u00a0", "\t",
]  # fmt: skip

_TEXTS = st.lists(st.sampled_from(_PARTS) | st.text(max_size=5), max_size=30).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _plain_date_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the date shortcuts: no start lookahead, months as one alternation."""
    plain_months = "|".join(sorted(dates._MONTHS, key=len, reverse=True))
    source = pattern.pattern.replace(dates._DATE_START, "").replace(dates._MONTH_RE, plain_months)
    return re.compile(source, pattern.flags)


_PLAIN_RANGE_RE = _plain_date_pattern(dates._RANGE_RE)
_PLAIN_ONE_RE = _plain_date_pattern(dates._ONE_RE)
_PLAIN_MONTH_RANGE_RE = _plain_date_pattern(dates._MONTH_RANGE_RE)
_PLAIN_CUE_RE = re.compile(
    f"(?P<pref>{requirements._NEGATED_RE.pattern}|{requirements._PREFERRED_RE.pattern})"
    f"|(?P<req>{requirements._REQUIRED_RE.pattern})",
    re.IGNORECASE,
)
_PLAIN_SEEKING_RE = re.compile(
    posting_title._SEEKING_RE.pattern.replace(r"(?=\b[^\W\d_]|^)", "", 1), re.IGNORECASE
)
_PLAIN_POSTING_CUES = re.compile(
    r"\b(you will|you'll|you have|we are (looking|seeking|hiring)|we offer|join (us|our)|apply|"
    r"(is|are) (looking|searching) for|(is|are) (wanted|hiring|seeking)|"
    r"successful (application|applicant|candidate)|requirements|qualifications|"
    r"the ideal candidate|equal opportunity|job (description|type)|the (job|position) is|"
    r"what you('ll| will) (do|bring))\b",
    re.IGNORECASE,
)
_PLAIN_ADDRESS_RE = re.compile(r"\b(?:you|your|you'll|you're|we|we're|our)\b", re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Jan 2019 - Present, 03/2017 to 12/2020; 2019 october - now")
@example("ſep 2019 – Mar 2020 and Jan - Jun 2019")
@example("Septiembre.,      DE \u00a0 2019 - 2020 and enero de\t2020 – actual, 15/03/2019-2020")
@example("2019 2020 – 2021 Sept. 2017 2018 to 1999 '19 – '20")
@example("Jan 2019" + " " * 30 + "Feb 2020 – 2021, 2018   –   Present, März   de   2017 - heute")
@example("12/2019-2020 2021 – 2022 – 2023 '19-'20 2019201920")
def test_date_patterns_find_what_the_plain_patterns_find(text: str) -> None:
    assert _spans(dates._RANGE_RE, text) == _spans(_PLAIN_RANGE_RE, text)
    assert _spans(dates._ONE_RE, text) == _spans(_PLAIN_ONE_RE, text)
    assert _spans(dates._MONTH_RANGE_RE, text) == _spans(_PLAIN_MONTH_RANGE_RE, text)
    # A flattened line's date ranges are looked for only a little before each year it holds.
    assert _ranges(text) == [m.span() for m in _PLAIN_RANGE_RE.finditer(text)]


# A month at a header line's end, as written before its search was made to skip to where one
# can start.
_PLAIN_MONTH_AT_END_RE = re.compile(
    r"\s*\(?\b(?P<month>" + "|".join(sorted(dates.MONTH_NAMES, key=len, reverse=True)) + r")\.?$",
    re.IGNORECASE,
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Manager (Jan")
@example("Engineer  \t sept.\n")
@example("x ſep")
@example("Analyst, März")
def test_a_month_at_a_lines_end_is_what_the_plain_pattern_finds(text: str) -> None:
    for suffix in ("", " (Jan", " mar.", "\tDezember", " (ſept\n", "xmay"):
        fast = roles._MONTH_AT_END_RE.search(text + suffix)
        plain = _PLAIN_MONTH_AT_END_RE.search(text + suffix)
        assert (fast and (fast.span(), fast["month"])) == (plain and (plain.span(), plain["month"]))
        assert roles._MONTH_AT_END_RE.sub("", text + suffix) == _PLAIN_MONTH_AT_END_RE.sub(
            "", text + suffix
        )


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("PMP not required, CSM is a plus; you must have SQL")
@example("  plus: Go, at\u2003least 3 years; AN\tADVANTAGE; is\u00a0an asset; bonus")
def test_requirement_cues_find_what_the_plain_pattern_finds(text: str) -> None:
    assert _spans(requirements._CUE_RE, text) == _spans(_PLAIN_CUE_RE, text)
    # Searched keyed (an Aho-Corasick pass for where a cue can start): the same cues.
    keyed = [(m.span(), m.lastgroup) for m in requirements._CUES.finditer(text)]
    assert keyed == _spans(_PLAIN_CUE_RE, text)
    assert requirements._CUES._starts  # the automaton is in use
    plain = {m.lastgroup for m in _PLAIN_CUE_RE.finditer(text)}
    assert requirements._cues(text) == ("pref" in plain, "req" in plain)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("As a Manager you will join our team; we are looking for a Data Engineer")
def test_hiring_sentences_find_what_the_plain_pattern_finds(text: str) -> None:
    assert [m.groupdict() for m in posting_title._SEEKING_RE.finditer(text)] == [
        m.groupdict() for m in _PLAIN_SEEKING_RE.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("PhD or MS, BS in CS; MBA preferred. High School diploma, HSC")
def test_degree_patterns_find_what_the_plain_patterns_find(text: str) -> None:
    for (level, pattern), (_, fold, names, after, before) in zip(
        education._DEGREE_PATTERNS, education._DEGREE_NAMES, strict=True
    ):
        plain = re.compile(rf"{before}\b(?:{'|'.join(names)}){after}", re.I if fold else 0)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], level


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("You'll join our team. We are hiring; apply now: you will, you have, we offer")
def test_posting_cues_count_what_the_plain_patterns_count(text: str) -> None:
    assert kind._POSTING_CUES._starts is not None  # found keyed (an Aho-Corasick pass)
    assert [m.span() for m in kind._POSTING_CUES.finditer(text)] == [
        m.span() for m in _PLAIN_POSTING_CUES.finditer(text)
    ]
    assert kind._ADDRESS_RE.findall(text) == _PLAIN_ADDRESS_RE.findall(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Call 555-0188 or see http://x.io/id: 5550101999")
@example("jo@acme.com")
def test_contact_reachable_as_the_full_search_finds_it(text: str) -> None:
    lines = _split_lines(kind.SourceText(source="t", text=text, format="txt"))
    joined = "\n".join(line.text for line in lines)
    full = bool(contact._EMAIL_RE.search(joined)) or (
        contact._find_phone(contact._URL_RE.sub(" ", joined)) is not None
    )
    assert kind._reachable(lines) == full
    if contact._URL_RE.search(text):  # every link holds one of the cues the shortcut looks for
        assert any(cue in _folded(text) for cue in contact._URL_CUES)


def test_remembered_lines_are_only_the_same_sources() -> None:
    # A text read as a posting then as a resume is split into lines once; another source with
    # the same text but other heading marks gets its own lines, and no caller's list is shared.
    text = "Jo Doe\n\nSkills\nSQL\n  \nExperience\n"
    plain = kind.SourceText(source="a.txt", text=text, format="txt")
    styled = kind.SourceText(source="a.docx", text=text, format="docx", heading_lines=[8, 22])
    first = _split_lines(plain)
    first.append(first[0])  # a caller changing its list changes no one else's
    assert _split_lines(plain) == first[:-1]
    assert [line.marked for line in _split_lines(styled)] == [False, True, False, True]
    assert [line.marked for line in _split_lines(plain)] == [False, False, False, False]
    assert [line.after_blank for line in _split_lines(plain)] == [False, True, False, True]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("'19 ’20 ‘21 1949 1950 2099 20 19 120199")
def test_year_search_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = re.compile(r"19[5-9]\d|20\d\d|['’‘]\d\d")
    assert [m.span() for m in kind._ANY_YEAR_RE.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


# Lines of resumes and postings: headings of both, role headers with dates, contact details,
# phrases addressed to an applicant, and a long flattened line of them.
_DOC_PARTS = [
    "Experience", "EDUCATION", "Skills: SQL, Jira", "Certifications", "Projects", "Summary",
    "About us", "Responsibilities", "Requirements", "Benefits", "What you'll do",
    "Engineer, Acme Corp | Jan 2019 - Present", "Analyst — Globex, 2015 – 2018", "2017 - 2019",
    "Acme Inc", "• Led the team of 5", "• Built reports", "5+ years of experience required",
    "jo@acme.com", "+1 555 010 9999", "555-0188", "http://x.io/jo", "Jo Doe",
    "You will join our team. We offer great pay, you'll love our culture.",
    "We are looking for an engineer; apply now", "our", "you", "the ideal candidate",
    "Bachelor's degree", "Python", "2019", "March 2020",
]  # fmt: skip
_DOCS = st.lists(
    st.lists(st.sampled_from(_DOC_PARTS), min_size=1, max_size=3).map(" ".join)
    | st.lists(st.sampled_from(_DOC_PARTS), min_size=12, max_size=30).map("   ".join),
    max_size=14,
).map("\n".join)


def _plain_kind(source: kind.SourceText) -> str:
    """The guess with every stage weighed in full: both sides' points, no bound, no early stop."""
    outline = posting_outline(source)
    posting_only = {
        s.name for s in outline.sections if _heading_key(s.heading) not in _RESUME_VOCAB
    }
    points = 2 * len(posting_only & kind._POSTING_SECTIONS)
    opening = source.text[:20_000]
    points += min(4, len({m.group().lower() for m in _PLAIN_POSTING_CUES.finditer(opening)}))
    talk = len(_PLAIN_ADDRESS_RE.findall(opening))
    points += 2 if talk >= 8 else 1 if talk >= 3 else 0
    years = 2 if outline.years_required else 0
    lines = resume_lines(source)
    sections = resume_sections(source, lines)
    score = len({s.name for s in sections} & kind._RESUME_SECTIONS)
    top = [line for s in sections if s.name == "contact" for line in _section_lines(lines, s)]
    score += 1 if kind._reachable(top) else 0
    dated = sum(
        1
        for s in sections
        if s.name == "experience"
        for role in _parse_roles(_section_lines(lines, s))
        if role.start_date or role.end_date
    )
    score += 2 * min(2, dated)
    return "posting" if points + (years if dated < 2 else 0) > score else "resume"


@settings(max_examples=300, deadline=None)
@given(_DOCS)
@example("Jo Doe\njo@acme.com\nExperience\nEngineer, Acme Corp | Jan 2019 - Present\nSkills")
@example("About us\nYou will join our team.\nRequirements\n5+ years of experience required")
def test_the_guess_is_the_guess_weighed_in_full(text: str) -> None:
    # Bounds from what the text holds at all (a year, an "@", a link, a run of digits) and the
    # posting's phrases counted only while undecided leave every guess as the full weighing's.
    source = kind.SourceText(source="t", text=text, format="txt")
    assert kind.parse_either(source).kind == _plain_kind(source)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Call 555-0188 or see http://x.io/id: 5550101999")
@example("call 555 -http://x.io 0101")
def test_no_contact_found_where_the_text_holds_none_of_its_marks(text: str) -> None:
    source = kind.SourceText(source="t", text=text, format="txt")
    lines = resume_lines(source)
    if kind._reachable(lines) or any(kind._reachable([line]) for line in lines):
        assert kind._may_reach(text)


_PLAIN_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\(\+?\d{1,4}\)\s?|\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d"
    r"(?:[\d.\-]|\s[–-]\s|\s(?=\d)){5,}\d"
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["(", ")", "+", "1", "555", "0188", " ", "-", " - ", " – ", "."]) | _TEXTS,
        max_size=12,
    ).map("".join)
)
@example("(+44) (20) 555-0188, +1 555 010 9999, (555)555.0188, 12(555) 0101999, a+1 5550101")
def test_phone_numbers_are_found_where_the_plain_pattern_finds_them(text: str) -> None:
    assert _spans(contact._PHONE_RE, text) == _spans(_PLAIN_PHONE_RE, text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([",", ";", "|", "•", "·", "\t", " ", "SQL", "(", ")", "[", "]"]) | _TEXTS,
        max_size=12,
    ).map("".join)
)
@example("SQL, Python; Jira | Excel • AWS\tGCP, , ")
@example("Cloud (AWS, Azure), SQL) , [a; b], c")
def test_skill_items_are_split_as_the_character_walk_splits_them(text: str) -> None:
    assert split_outside_brackets(text) == split_walking_brackets(text)


_PLAIN_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
)
_PLAIN_LOOSE_EMAIL_RE = re.compile(r"(?<![\w.%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]{2,}(?![\w.@])")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["@", ".", "-", "_", "%", "+", "jo", "Acme", "com", " ", "é", "x.io"])
        | _TEXTS,
        max_size=12,
    ).map("".join)
)
@example("jo.doe@acme.com, é@x.io, a@b, jo@university jo@@x.com .jo@x.co -x@y.org")
def test_email_addresses_are_found_where_the_plain_patterns_find_them(text: str) -> None:
    assert _spans(contact._EMAIL_RE, text) == _spans(_PLAIN_EMAIL_RE, text)
    assert _spans(contact._LOOSE_EMAIL_RE, text) == _spans(_PLAIN_LOOSE_EMAIL_RE, text)


_PLAIN_PAGE_FURNITURE_RE = re.compile(
    r"\b(?:r[ée]sum[ée]|curriculum vitae|lebenslauf)\b"
    r"|^\s*(?:page\s+)?\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*$"
    r"|^[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d$",
    re.IGNORECASE,
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Résumé",
                "RESUME",
                "reſume",
                "Curriculum Vİtae",
                "LEBENSLAUF",
                "Page 2",
                " of 3",
                "2 / 3",
                "February 10, 2026",
                "Jo",
                " ",
                "x",
                "é",
                "ſ",
            ]
        )
        | _TEXTS,
        max_size=8,
    ).map("".join)
)
@example("Jane Doe · Résumé")
@example("  Page 2 of 3 ")
@example("Feb. 10, 2026")
def test_page_furniture_is_what_the_plain_pattern_finds(text: str) -> None:
    assert _page_furniture(text) == bool(_PLAIN_PAGE_FURNITURE_RE.search(text))


def _plain_is_sentence(text: str) -> bool:
    text = text.rstrip()
    if text.endswith((".", "!", "?", "。", "！", "？")) and not _ABBREVIATION_END_RE.search(text):
        return True
    if len(text.split()) + 1 + text.count("(") + text.count("[") <= 12:
        return False
    count = 0
    for word in _without_dates(text).split():
        if re.search(r"[A-Za-z]", word):
            count += 1
            if count > 12:
                return True
    return False


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Led", "a", "12", "2019 – 2020", " ", "  ", "\u00a0", "\t", "é", "(", "Inc."]
        )
        | _TEXTS,
        max_size=40,
    ).map("".join)
)
@example("Led a team of 12 engineers across 3 sites to ship 4 products in 2019 – 2020 on time")
@example("Acme Inc.")
@example("Led , , ſep 2019 not required , Led , (")  # a long s in a month: once a crash
def test_sentences_are_told_as_the_word_walk_tells_them(text: str) -> None:
    assert _is_sentence(text) == _plain_is_sentence(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "http://x.io/a",
                "HTTPS://",
                "www.",
                "WWW.",
                "uk.linkedin.com/in/jo",
                "LinkedIn.com/",
                "github.com/jo",
                "gitlab.com/",
                "de.",
                "lİnkedin.com/a",
                "abcd.github.com/q",
                " ",
                "|",
                "(",
                "x",
                ".",
            ]
        )
        | _TEXTS,
        max_size=10,
    ).map("".join)
)
@example("see uk.linkedin.com/in/jo, http://x.io/a|www.acme.com (GitHub.com/jo) abcd.github.com/q")
def test_links_are_blanked_where_the_plain_substitution_blanks_them(text: str) -> None:
    # The link pattern tried only where a link can start blanks what it blanks everywhere.
    assert contact._without_urls(text) == contact._URL_RE.sub(" ", text)


_HEADING_WORDS = [
    "About", "about", "ABOUT", "Globex", "the", "Team", "Work", "EXPERIENCE", "skills", "&",
    "and", "Skills", ":", "：", " ", "  ", "ǅ", "Éducation", "of", "·", "1", "#", "_",
]  # fmt: skip
_HEADING_LINES = st.lists(st.sampled_from(_HEADING_WORDS), min_size=1, max_size=9).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_HEADING_LINES, st.booleans())
@example("About Globex", False)
@example("ABOUT THE TEAM:", False)
@example("Work and Skills", True)
def test_heading_styles_worked_out_once_are_the_plain_tests(text: str, marked: bool) -> None:
    # A line's styles are worked out once per line text (headings._styles, kept with its heading
    # words): each flag is the test _guess_heading used to make on every call.
    found = headings._short_heading_text(text, marked)
    if found is None:
        return
    body, words = found.body, found.words
    flags = headings._styles(text, marked, body, words)
    strong = marked or headings._is_all_caps(body)
    assert bool(flags & headings._STRONG) == strong
    assert bool(flags & headings._STYLED) == (strong or headings._is_title_case(body))
    assert bool(flags & headings._COLON) == text.rstrip().endswith((":", "："))
    about = (
        words[0] == "about"
        and 2 <= len(words) <= 5
        and (marked or headings._is_title_case(text) or headings._is_all_caps(text))
    )
    assert bool(flags & headings._ABOUT_STYLED) == about
    assert found.styles in (None, flags)  # None: a long line, its styles asked when needed
    key = found.key
    compact = compact_key(key) if len(key) <= 40 and " " in key else None
    assert found.compact == compact
    parts = key.split(" and ")
    assert found.parts == (parts if len(parts) > 1 else None)


_NAME_PARTS = st.sampled_from(
    [
        "Jane Doe", "RESUME", "Résumé", "RÉSUMÉ", "reſume", "cv", "CV", "Curriculum Vitae",
        "curriculum  vitae", "CURRİCULUM VİTAE", "Lebenslauf", "(she/her)", "(", ")", ", PMP",
        ", CSM®", ",", " ", "  ", "|", "•", ".", "jane.dev", "x.COM", "ab.Io/x", "a.ınfo", "@",
        "jo@acme.co", "www.acme.com", "Tel:", "2019", "ſite", ".ſite", "\u212a", "é",
    ]
)  # fmt: skip
_NAME_LINES = st.lists(_NAME_PARTS | st.text(max_size=4), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NAME_LINES)
@example("Jane Doe - Résumé (2024)")
@example("CURRİCULUM VİTAE Jane Doe")
@example("jane.dev | ab.Io/x | x.ſite")
@example("Jane Doe, PMP, CSM®")
def test_name_decoration_domains_and_credentials_as_the_plain_substitutions(text: str) -> None:
    # Each substitution is skipped where its pattern needs a mark the text lacks ("(", a word,
    # a dot and a domain's ending, a comma): the text is what the substitution gives.
    assert contact._without_decor(text) == contact._NAME_DECOR_RE.sub(" ", text)
    assert contact._without_bare_domains(text) == contact._BARE_DOMAIN_RE.sub(" ", text)
    plain = re.sub(r"(?:,\s*[A-Z][A-Za-z0-9\-]*[A-Z0-9](?:®)?)+\s*$", "", text).strip()
    assert contact._strip_credentials(text) == plain


def _plain_name_candidates(line: str, *, uncut_twice: bool) -> list[str]:
    """The name candidates as they were found before the shortcuts: every substitution run, and
    (``uncut_twice``) the line weighed before its pieces even when it is its one piece."""
    line = line[:200]
    if contact._ICON_LABEL_RE.match(line):
        return []
    line = contact._LEADING_GLYPHS_RE.sub("", line)
    line = contact._URL_RE.sub(" ", contact._EMAIL_RE.sub(" ", line))
    line = contact._BARE_DOMAIN_RE.sub(" ", line)
    out = []
    pieces = contact._NAME_SPLIT_RE.split(line)
    for piece in [line, *pieces] if uncut_twice or len(pieces) > 1 else pieces:
        if ":" in piece.strip(" :") or piece.lstrip().startswith((":", "：")):
            continue
        words = contact._NAME_DECOR_RE.sub(" ", piece).split()
        while words and words[0].lower() in contact._CONTACT_WORDS:
            words = words[1:]
        piece = " ".join(words).strip(" ,;:–-")
        if piece:
            out.append(piece)
    return out


@settings(max_examples=400, deadline=None)
@given(_NAME_LINES)
@example("Jane Doe")
@example("Jane Doe | jo@acme.co | jane.dev")
def test_name_candidates_are_the_plain_ones_without_the_uncut_line_twice(text: str) -> None:
    # A line not cut into pieces was weighed as the line and again as its one piece: the same
    # text twice, which the name finder's first match never needed.
    assert contact._name_candidates(text) == _plain_name_candidates(text, uncut_twice=False)
    twice = _plain_name_candidates(text, uncut_twice=True)
    for first_line in (True, False):  # the name found is the first candidate that reads as one
        found = (
            p
            for p in contact._name_candidates(text)
            if contact._looks_name(p, first_line=first_line)
        )
        plain = (p for p in twice if contact._looks_name(p, first_line=first_line))
        assert next(found, None) == next(plain, None)
