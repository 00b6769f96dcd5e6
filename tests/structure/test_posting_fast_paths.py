"""A posting's structure read by shortcuts: each finds what the plain search finds.

A flattened posting's first line is the whole posting, so the searches for its title, degree,
years and hiring manager run over all of it. Each pattern rewritten to start with the
characters the engine can skip to, and each search cut short where no match can be, is compared
here with the plain form on texts made of the pieces it looks for.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.model.documents import EducationLevel
from resume_kit.structure import (
    contact,
    education,
    heading_words,
    headings,
    lines,
    posting,
    posting_company,
    posting_title,
    wordsearch,
    years,
)
from resume_kit.structure.lines import _Line


def _texts(parts: list[str], size: int = 25) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(parts) | st.text(max_size=4), max_size=size).map("".join)


_DEGREE_PARTS = [
    "PhD", "Ph. D", "MS", ", MS", ",MS", "MA", "MBA", "Master's", "MASTERS OF", "master of",
    "BS", "BA", "BA/BS", "B.Sc.", "Bachelor", "bachelors in", "Undergraduate", "undergraduate ",
    "students", "High School", "Lakeside High School", "diploma", "HSC", "GED", "A-Level",
    "MS Office", "BS Project", "Associate degree", "A.S.", " or ", " in ", ", ", " ", "\n", ".",
    "/", "-", "x", "é", "ſ", "\u212a",
]  # fmt: skip


def _plain_degree_level(
    text: str, start: int
) -> tuple[EducationLevel, tuple[int, int], str] | None:
    """Each level's pattern searched from ``start``; the earliest match wins, on a tie the
    level first in the table."""
    best: tuple[EducationLevel, re.Match[str]] | None = None
    for level, pattern in education._DEGREE_PATTERNS:
        match = pattern.search(text, start)
        if match and (best is None or match.start() < best[1].start()):
            best = (level, match)
    return None if best is None else (best[0], best[1].span(), best[1].group())


@settings(max_examples=800, deadline=None)
@given(_texts(_DEGREE_PARTS), st.integers(min_value=0, max_value=30))
@example("MS Office, MS in CS", 0)  # "MS Office" is no degree: the next hint is
@example("x, MS or BA/BS", 1)
@example("Lakeside High School diploma", 0)
def test_the_degree_named_is_the_earliest_any_level_finds(text: str, start: int) -> None:
    found = education.degree_level(text, start)
    expected = _plain_degree_level(text, start)
    assert (found and (found[0], found[1].span(), found[1].group())) == expected


_SENTENCE_PARTS = [
    "The ", "the ", "Our ", "Your ", "A ", "An ", "an ", "THE ", "Their ", "Athe ", "xThe ",
    ".The ", ":Our ", "!A ", "\nThe ", "Project Manager", "eBay Analyst", "iOS Developer", "data",
    " will ", " role", ". ", ": ", "  ", " ", "\t", "x", "é", "ſ",
]  # fmt: skip
_PLAIN_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[\s.!?:]))(?P<det>[Tt]he|Our|Your|An?)\s+"
    r"(?=(?P<rest>(?:[A-Z]|[a-z]{1,2}[A-Z]).{2,90}))"
)
_PLAIN_SUBJECT_HINT_RE = re.compile(r"\b(?:[Tt]he|Our|Your|An?) [a-z]{0,2}[A-Z]")


@settings(max_examples=800, deadline=None)
@given(_texts(_SENTENCE_PARTS))
@example("The Project Manager will lead. Our eBay Analyst")
@example("A Project Manager:An iOS Developer")
def test_a_sentence_s_subject_is_found_where_the_plain_pattern_finds_it(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in posting_title._SUBJECT_RE.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _PLAIN_SUBJECT_RE.finditer(text)
    ]
    found = posting_title._SUBJECT_HINT_RE.search(text)
    plain = _PLAIN_SUBJECT_HINT_RE.search(text)
    assert (found and found.span()) == (plain and plain.span())


_LABEL_PARTS = [
    "Job Title", "JOB  TITLE", "job\ttitle", "Position title", "Title", "POSITION", "Role",
    "Opening", "vacancy", "xrole", "İrole", "ſ", ":", "：", " : ", "Data Engineer", "Location",
    " ", "\n", "-", "é",
]  # fmt: skip
_PLAIN_LABELLED_RE = re.compile(
    r"\b(?:job\s+title|position\s+title|title|position|role|opening|vacancy)\s*[:：]\s*"
    r"(?=(?P<rest>\S.{2,90}))",
    re.IGNORECASE,
)


@settings(max_examples=500, deadline=None)
@given(_texts(_LABEL_PARTS))
@example("Job Title: Data Engineer Role : Analyst position:x")
@example("poſition: Data Engineer; TİTLE: Analyst")  # letters IGNORECASE folds to "s" and "i"
@example("i\u0307 Role: Data Engineer")  # lowercasing moves the offsets: the plain search
def test_a_labelled_title_is_found_where_the_plain_pattern_finds_it(text: str) -> None:
    plain = [(m.span(), m["rest"]) for m in _PLAIN_LABELLED_RE.finditer(text)]
    assert [(m.span(), m["rest"]) for m in posting_title._LABELLED_RE.finditer(text)] == plain
    # Tried only where the lowercased text holds a label's first word.
    found = wordsearch.matches_at(
        posting_title._LABELLED_RE, text, lines._folded(text), posting_title._TITLE_LABEL_WORDS
    )
    assert [(m.span(), m["rest"]) for m in found] == plain


_GLUE_PARTS = ["AnalystLocation", "x)Yes", "a.Bc", "a.BC", "a..Bc", "A", "Ab", "ab", ")", ".",
               " ", "Éb", "aÉ", "x"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(_GLUE_PARTS, size=12))
@example("immediately.Multi")
@example("a) Bc x)Yb")
def test_a_glue_is_thought_possible_where_the_plain_pattern_finds_one(text: str) -> None:
    plain = re.search(r"[a-z)]\.?[A-Z][a-z]", text) is not None
    assert (posting_title._GLUE_HINT_RE.search(text) is not None) == plain


_YEARS_PARTS = [
    "5", "10", "2.5", "+", " plus", "-", " to ", " (5)", "five", "Fifteen", "TWENTY", "ſix",
    "at least ", "A minimum of ", "min. ", "over ", "more than ", "no less than ", "upwards of ",
    " years", " Years", " YRS", " yr", "years", " or more", " minimum", " old", " ago", " of age",
    " experience", "x", "_", " ", "\n", "é", "٣", "yeaRſ", "YRſ", "yyr", "İ", "i\u0307",
]  # fmt: skip
_PLAIN_YEARS_RE = re.compile(
    years._YEARS_RE.pattern.replace(rf"(?=[\d{years._FIRSTS}])", "", 1), re.IGNORECASE
)


@settings(max_examples=800, deadline=None)
@given(_texts(_YEARS_PARTS))
@example("at least five (5) years, 3-5 yrs, over 10 YEARS old, 7 years minimum")
@example("ſix years; Fifteen yrs")
def test_years_asked_are_found_where_the_plain_patterns_find_them(text: str) -> None:
    assert _PLAIN_YEARS_RE.pattern != years._YEARS_RE.pattern
    for low, high in ((0, len(text)), (1, len(text) - 1), (2, 9)):
        assert [m.span() for m in years._YEARS_RE.finditer(text, low, high)] == [
            m.span() for m in _PLAIN_YEARS_RE.finditer(text, low, high)
        ]
    plain_words = [m.span() for m in re.finditer(r"years?|yrs?", text, re.IGNORECASE)]
    assert [m.span() for m in years._YEARS_WORD_RE.finditer(text)] == plain_words
    assert years._year_words(text, lines._folded(text)) == plain_words
    for match in years._YEARS_RE.finditer(text):
        plain = re.match(
            r"^\s*(?:old|ago|of age|warranty|contract|term)\b", text[match.end() :], re.I
        )
        assert (years._NOT_EXPERIENCE_RE.match(text, match.end()) is None) == (plain is None)


def _plain_prefix_title(words: list[str]) -> str | None:
    """The title words open with, read from every word of the text (as before the shortcut)."""
    prefix = posting_title._title_prefix(words, any_case=False)
    if prefix is None or len(prefix.split()) < 2:
        return None
    run = next(
        (i for i, w in enumerate(words) if i >= len(prefix.split()) and not w[:1].isupper()),
        len(words),
    )
    after = words[run].lower() if run < len(words) else ""
    wanted = run + 1 < len(words) and words[run + 1].lower().strip(".,") in posting_title._WANTED
    if (after in posting_title._SUBJECT_VERBS and not wanted) or re.search(
        r"['’]s$", words[run - 1]
    ):
        return None
    parts = re.split(r"\s[-–—|]\s", prefix, maxsplit=1)
    if len(parts) == 2 and not any(posting_title._is_title_head(w) for w in parts[0].split()):
        prefix = parts[1]
    return posting_title.title_shape(prefix)


def _plain_without_lead_heading(text: str) -> str:
    words = text.split()
    for count in (4, 3, 2, 1):
        key = posting_title._heading_key(" ".join(words[:count]))
        if key in posting_title._POSTING_VOCAB or key in posting_title._HEADING_WORDS:
            return " ".join(words[count:])
    return text


_OPENING_PARTS = [
    "Senior ", "Data ", "Engineer ", "Project Manager ", "Acme ", "Cloud ", "Services ", "- ",
    "is ", "needed ", "hiring ", "Acme's ", "About ", "the ", "job ", "Job Description ", "A ",
    "B ", "C ", "D ", "E ", "F ", "G ", "H ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PARTS), max_size=90).map("".join))
@example("Senior Data Engineer " + "A " * 36 + "is needed")  # "needed" is the 41st word
@example("Senior Data Engineer " + "A " * 37 + "is hiring")  # the run ends past 40 words
@example("About the job Project Manager Acme is hiring")
def test_a_title_the_text_opens_with_is_read_as_from_all_its_words(text: str) -> None:
    assert posting_title._prefix_title(text) == _plain_prefix_title(text.split())
    assert posting_title._without_lead_heading(text) == _plain_without_lead_heading(text)


_HIRING_PARTS = [
    "Acme ", "Acme Labs ", "is ", "are ", "is currently ", "now ", "hiring", "seeking",
    "looking for", "recruiting", "searching for", "looking", " ", "\n", "\t", "We ", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_texts(_HIRING_PARTS, size=8), max_size=6))
@example(["Acme is hiring", "we are looking for", "Globex is\nseeking", "seeking"])
def test_company_hiring_sentences_are_looked_for_on_every_line_that_can_hold_one(
    texts: list[str],
) -> None:
    rows = [_Line(text, 0, len(text), marked=False) for text in texts]
    kept = posting_company._hiring_lines(rows)
    assert kept == [line for line in rows if line in kept]  # in order, none twice
    assert all(any(verb in line.text for verb in posting_company._HIRING_VERBS) for line in kept)
    assert [line for line in rows if posting_company._HIRING_RE.search(line.text)] == [
        line for line in kept if posting_company._HIRING_RE.search(line.text)
    ]


@settings(max_examples=800, deadline=None)
@given(_texts([*_HIRING_PARTS, "Acme", "ACME Corp", "x-Ray", " Big  Data\tLabs", "Are", "IS",
    " is now hiring", " are hiring", "  is", "One Two Three Four Five Six"], size=20))  # fmt: skip
@example("One Two Three Four Five Six is hiring; x-Ray Labs are hiring, Acme is looking  for")
@example("Acme is hiring Globex is seeking")
def test_company_hiring_sentences_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    # Searched only in the windows before each "is hiring": the same matches.
    assert [m.span() for m in posting_company._hiring_matches(text)] == [
        m.span() for m in posting_company._HIRING_RE.finditer(text)
    ]


_MANAGER_PARTS = [
    "reports to ", "Reporting directly to ", "REPORT TO ", "anſwers to ", "answering to ",
    "reportsto ", "xreport to ", "Jane Doe", "the Director", "hiring manager is ",
    "Hiring Manager, ", "HİRİNG MANAGER is ", "i\u0307", "İ", "ı", " ", "\n", ". ", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(_MANAGER_PARTS, size=15))
@example("Reports to Jane Doe. reporting to the Director\nanſwers to Joe Bloggs")
@example("İ reports to Jane Doe")  # "İ" folds to one "i": the offsets stay
@example("i\u0307 reports to Jane Doe")  # a dotted "i" written in two: they move
def test_a_hiring_manager_is_looked_for_where_the_plain_search_looks(text: str) -> None:
    folded = lines._folded(text)
    for pattern, words in (
        (posting._REPORTS_TO_RE, ("report", "answer")),
        (posting._HIRING_MANAGER_IS_RE, ("hiring manager",)),
    ):
        assert [m.span() for m in wordsearch.matches_at(pattern, text, folded, words)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_the_other_spaces_are_what_the_engine_calls_whitespace_but_the_space() -> None:
    other = re.compile(f"[{contact._OTHER_SPACES}]")
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(other.match(char)) == (char != " " and bool(space.match(char))), hex(code)


_CUT_PARTS = [
    " ", "  ", "   ", "\t", " \t", "\n", "\u00a0", "\u2003", " \u3000", "|", " | ", "•", "·",
    "◆", "♦", "▪", "●", "-", " - ", "- ", " -", " – ", "—", " —x", "full-time", "Boston, MA",
    "Remote", "x",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_texts(_CUT_PARTS))
@example("Boston, MA | Remote  \t- Full time • 2019 – 2020\u00a0—\u2003x")
@example("-•- \t\u00a0 - x")
def test_a_header_line_is_cut_where_the_plain_pattern_cuts_it(text: str) -> None:
    assert [m.span() for m in contact._piece_cuts(text)] == [
        m.span() for m in contact._PIECE_SPLIT_RE.finditer(text)
    ]


_FIELD_PARTS = [
    "Job Title", "TITLE", "Company", "employer", "Location", "work location", "Hiring Manager",
    "reports to", "Recruiter", "Organisation", ":", "：", " : ", " ", "  ", "\n", "\n\n", " \n",
    "\t", "Data Engineer", "Acme", "x", "é", "İ",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_texts(_FIELD_PARTS))
@example("Job Title: Data Engineer\nCompany: Acme\n\n  Location : Boston\n")
@example("Title: x\n\nCompany:\n: Acme")  # a field's value ends past a blank line
def test_labelled_fields_are_found_where_the_plain_search_finds_them(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in posting._field_matches(text)] == [
        (m.span(), m.groupdict()) for m in posting._FIELD_RE.finditer(text)
    ]
    rows = [lines._Line(t, 0, len(t), marked=False) for t in text.split("\n")]
    plain = next(
        (
            index >= 3
            for index, row in enumerate(rows)
            if (m := posting._FIELD_RE.match(row.text)) is not None
            and posting._FIELD_KEYS.get(m["label"].lower()) == "title"
        ),
        False,
    )
    assert posting._title_field_is_low(rows) == plain


@settings(max_examples=500, deadline=None)
@given(_texts(["A", "b", "É", "é", "ǅ", "ⓐ", "Ⅻ", "中", "1", " ", "SKILLS", "Skills", "ß"], 12))
def test_capitals_are_told_as_the_plain_count_tells(text: str) -> None:
    letters = [c for c in text if c.isalpha()]
    assert headings._is_all_caps(text) == (len(letters) >= 3 and all(c.isupper() for c in letters))


_SHAPE_PARTS = [
    "Data Engineer", "Acme Inc.", " <ORG>", "<", ">", " (m/f/d)", "(", ")", "Workers. Pulse",
    ".", ". ", "Acme’s", "Acme's", "'", "’", "s", " ,", ";", "\n", " ", "x", "İ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(_SHAPE_PARTS, size=10))
@example("Acme Inc.\n")
@example("Analyst <ORGANIZATION> (m/f/d)")
def test_names_and_titles_are_shaped_as_when_every_pattern_runs(text: str) -> None:
    # Each pattern is tried only where its character is: elsewhere it cannot change the text.
    assert "<" in text or posting_title._PLACEHOLDER_RE.sub("", text) == text
    assert "(" in text or posting_title._GENDER_RE.sub("", text) == text
    assert "." in text or not posting_title._TWO_SENTENCES_RE.search(text)
    assert "'" in text or "’" in text or posting_company._POSSESSIVE_ON_RE.sub("", text) == text
    trimmed = posting_company._TRAILING_MARKS_RE.sub("", text.strip())
    assert trimmed.endswith(".") == bool(re.search(r"\.$", trimmed))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Engineer", "engineers", "Nurses", "(Manager)", "leads", "RN",
    "Analyst:", "the", "Counsel", "x", "", "s"]) | st.text(max_size=6), max_size=8))  # fmt: skip
def test_words_remembered_are_weighed_as_when_weighed_afresh(words: list[str]) -> None:
    warm = [(posting_title.is_head_word(w), posting_title._plural_head(w)) for w in words]
    posting_title.is_head_word.cache_clear()
    posting_title._plural_head.cache_clear()
    cold = [
        (posting_title.is_head_word.__wrapped__(w), posting_title._plural_head.__wrapped__(w))
        for w in words
    ]
    assert warm == cold


@settings(max_examples=300, deadline=None)
@given(_texts([" ", "\n", "\t", "\u00a0", "\u2003", "x", "\u200b", "\x1c"], 10), st.integers(0, 12))
def test_a_blank_start_is_told_without_copying_it(text: str, cut: int) -> None:
    assert (headings._NOT_SPACE_RE.search(text, 0, cut) is None) == (not text[:cut].strip())


_HEADING_PARTS = [
    "EDUCATION", "Education", "R ESEARCH", " E XPERIENCE", "E D U C A T I O N", "   ", "  ",
    "___", "===", "---", "—", "─", "━", "...", "·", "**", "*", "#", ":", "：", ".", "=", "_",
    "2. ", "IV) ", "•", " ", "\t", "\n", "\u3000", "\u00a0", "ᴇᴅᴜᴄᴀᴛɪᴏɴ", "Skills", "x", "é",
]  # fmt: skip
# The patterns as written before they were tried only where they can match.
_PLAIN_SPLIT_CAPITAL_RE = re.compile(r"\b([A-Z]) (?=[A-Z]{2,}\b)")


def _plain_clean_heading(text: str) -> tuple[str, bool]:
    text = headings._TRAILING_RULE_RE.sub("", text)
    text = headings._LEADING_GLYPHS_RE.sub("", text)
    text = headings._NUMBERING_RE.sub("", text)
    stop = text.rstrip(" :：*#_=").endswith(".")
    return headings._TRAILING_MARKS_RE.sub("", text), stop


@settings(max_examples=800, deadline=None)
@given(_texts(_HEADING_PARTS, size=12))
@example("OBJECTIVE______  \n")
@example("R ESEARCH E XPERIENCE")
@example("2. Education:  ")
def test_a_heading_is_cleaned_as_when_every_pattern_runs(text: str) -> None:
    # The rule and the trailing marks taken off only where the line ends with one of their
    # characters; the split capitals looked for from the capitals; ASCII lines not translated.
    assert headings._clean_heading(text) == _plain_clean_heading(text)
    assert headings._without_rule(text) == headings._TRAILING_RULE_RE.sub("", text)
    assert headings._SPLIT_CAPITAL_RE.sub(r"\1", text) == _PLAIN_SPLIT_CAPITAL_RE.sub(r"\1", text)
    plain = headings._short_heading_text.__wrapped__
    for marked in (False, True):
        found = plain(text, marked)
        translated = _plain_clean_heading(text.translate(headings._SMALL_CAPS))
        if found is not None:
            assert (found.body, found.stop) == translated


def _plain_key_tail(text: str) -> str:
    """The end of heading_key as written before ASCII text took the byte table."""
    return " ".join(heading_words._NOT_KEY_CHARS_RE.sub(" ", text.replace("-", " ")).split())


@settings(max_examples=800, deadline=None)
@given(_texts([*_HEADING_PARTS, "Skills & Tools", "C++/C#", "R&D", "don't", "x_y", "2nd", "\x7f",
    "ÉTUDES", "²", "'", "-", "Work-Experience"], size=12))  # fmt: skip
@example("Education & Training 2019 – C++ / R_D: don't")
def test_a_heading_key_is_what_the_plain_pattern_makes(text: str) -> None:
    # An ASCII text keyed by a byte table: the same key as the pattern makes.
    key = heading_words._compute_heading_key(text)
    folded = text.strip().strip("#*_=").strip().rstrip(":：").strip()
    if folded.isascii():
        folded = folded.replace("’", "'").replace("‘", "'").casefold()
        folded = folded.replace("&", " and ").replace("/", " and ").replace("+", " and ")
        assert key == _plain_key_tail(folded)


@settings(max_examples=500, deadline=None)
@given(_texts([" ", "  ", "\t", "\n", "\x0b", "\x1c", "\x1f", "\x85", "\xa0", "\u3000", "\x07",
    "a", "Bb", "x y", "é"], size=15))  # fmt: skip
@example(" lead")
@example("trail ")
def test_a_line_is_single_spaced_as_split_and_joined(text: str) -> None:
    assert posting_title._single_spaced(text) == " ".join(text.split())


def test_every_space_but_the_space_is_unprintable() -> None:
    # What lets a printable line be taken as single-spaced without splitting it.
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]


@settings(max_examples=800, deadline=None)
@given(_texts(["Organization Name", ": ", ":", "AnalystLocation", "SupportEngineer", "Job Type",
    "x", "abcdefghij", " ", "-", ".", "/", "é", "If", "We "], size=14))  # fmt: skip
@example("Senior Support AnalystLocation: Boston")
@example("Organization Name: Cement Division")
def test_a_top_line_is_told_a_label_as_when_unglued_first(text: str) -> None:
    # _top_lines unglues a line to match the label pattern only where a colon is among its first
    # 32 characters.
    plain = posting_title._LABEL_LINE_RE.match(posting_title.unglue(text[:100])) is not None
    if text.find(":", 0, 32) < 0:
        assert not plain


_GLUED_PARTS = [
    *_OPENING_PARTS, "AnalystLocation: ", "EngineerYour ", "DevOps ", "Remote.", "gitIf you ",
    "TechOps ", "JobType: ", " | ", ", ", ". ", ": ", "(", ")", "#", "：", "\n", "x", "-",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_GLUED_PARTS), max_size=120).map("".join))
@example("Senior Data EngineerYour team " + "A " * 60)
@example("About the job Project Manager Acme is hiring " + "B " * 60)
@example("Senior Data Engineer " + "A " * 45 + ", x " + "B " * 30)  # read from the head
@example("Acme Cloud - Senior DevOps EngineerLocation: A " + "C " * 45 + ". " + "D " * 9)
@example("About the job Project Manager " + "E " * 36 + "is needed, " + "F " * 30)
def test_a_long_text_s_opening_is_read_from_its_unglued_head_as_from_all_of_it(text: str) -> None:
    # The head made short, so that the texts drawn are longer than it.
    saved = posting_title._HEAD_CHARS
    posting_title._HEAD_CHARS = 20
    try:
        whole = posting_title.unglue(text)
        head = posting_title._unglued_head(text)
        assert head is None or whole.startswith(head)
        if head is not None:
            assert len(head) >= 20
        plain_head = whole.split(" | ", 1)[0]
        fast_head = posting_title._glued_head(text)
        assert fast_head == plain_head or (
            len(fast_head) > posting_title._LINE_MAX_CHARS
            and len(plain_head) > posting_title._LINE_MAX_CHARS
        )
        assert posting_title._opening_title(text) == posting_title._opening_title_of(
            whole, whole=True
        )
    finally:
        posting_title._HEAD_CHARS = saved


def test_a_long_text_s_title_is_read_from_its_head_where_its_head_holds_its_first_words() -> None:
    text = "Senior Data Engineer for " + "x " * 1000 + ", and more " * 200
    head = posting_title._unglued_head(text)
    assert head is not None and len(head) < len(text) // 2
    assert posting_title._opening_title_of(head, whole=False) == "Senior Data Engineer"
    assert posting_title._opening_title(text) == "Senior Data Engineer"


_PLAIN_WE_ARE_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:At\s+(?P<at>{posting_company._NAME}),?\s+(?:we|our)\b|"
    rf"We(?:['’]re|\s+are)\s+(?P<we>{posting_company._NAME})\s*[—–,-]|"
    rf"Join\s+(?P<join>{posting_company._NAME})\s+(?:as|and|in|to)\b)"
)
_WE_ARE_PARTS = [
    "At ", "At", "We're ", "We’re ", "We are ", "Join ", "Acme", " Corp", "eBay", ", ", ". ",
    "! ", "? ", ".\t", " we ", " our ", " — ", "-", " as ", " and ", "A", "W", "J", "\n", "x",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_texts(_WE_ARE_PARTS, 14))
@example("At Acme Corp, we build. We're Globex — a firm. Join eBay as a lead")
@example("Join Acme and. At Acme our")
def test_the_company_an_opening_names_is_found_where_the_plain_pattern_finds_it(
    text: str,
) -> None:
    # The pattern starts with its openings' first letters, the sentence's start looked behind.
    fast = [(m.span(), m.groupdict()) for m in posting_company._WE_ARE_RE.finditer(text)]
    assert fast == [(m.span(), m.groupdict()) for m in _PLAIN_WE_ARE_RE.finditer(text)]


_POST_PARTS = [
    "PhD", "Ph.D", "ph. d", "PH D", "pĥd", "Postdoc", "post-doctoral", "POſTDOC", "postdoctoral",
    " ", "  ", "\t", "scholarship", "Position", "student", "studentship", "project", "x", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_POST_PARTS, 12))
@example("A PhD scholarship is available")
@example("POſTDOC position")
def test_an_academic_post_is_looked_for_only_where_the_pattern_can_find_one(text: str) -> None:
    # The pattern is tried only where the folded text holds "ph" or "post".
    if posting_title._ACADEMIC_POST_RE.search(text) is not None:
        assert posting_title._may_name_post(text)
