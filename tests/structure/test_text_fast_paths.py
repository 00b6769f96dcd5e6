"""Contact, line and title helpers: the shortcuts find what the plain searches find.

The contact part of a flattened resume is the whole text, and a flattened posting's first line
is the whole posting: blanking out e-mails and links, telling a sentence from a header, cutting
glued words and dropping Markdown marks run over all of it. Each shortcut (a search skipped where
its mark is absent, a count that stops once decided, a pattern that starts at its first
character) is compared here with the plain form.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.model.documents import Section
from resume_kit.structure import (
    contact,
    education,
    lines,
    posting,
    posting_title,
    requirements,
    role_header,
)

_PARTS = [
    " ", "  ", "\n", ".", ". ", ",", "(", ")", "()", "[ ]", "[", "]", "-", " - ", " – ", "—", "|",
    "@", "jo@acme.io", "x@y", "http://acme.io/a", "WWW.acme.com", "linkedin.com/in/jo",
    "GitHub.com/jo", ".COM/", "://", "2019", "Jan 2019 - Present", "2016 to 2019", "Inc.",
    "Acme Corp.", "U.S.", "the", "Managed", "team", "AnalystLocation:", "SupportEngineer",
    "immediately.Multi", "x)Yes", "*", "**", "_", "__", "`", "#", "# ", "> ", "*Title*",
    "word", "İ", "ſ", "\u212a", "é",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PARTS) | st.text(max_size=4), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("Jo Doe jo@acme.io http://acme.io/x WWW.ACME.COM/y linkedin.com/in/jo 555 0100")
def test_links_are_blanked_as_the_plain_substitutions_blank_them(text: str) -> None:
    plain = contact._URL_RE.sub(" ", contact._EMAIL_RE.sub(" ", text))
    assert contact._without_links(text) == plain
    assert contact._has_url(text) == (contact._URL_RE.search(text) is not None)


def _plain_is_sentence(text: str) -> bool:
    text = text.rstrip()
    if text.endswith((".", "!", "?", "。", "！", "？")) and not re.search(
        r"\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St|U\.S|[A-Z])\.$", text
    ):
        return True
    words = [w for w in lines._without_dates(text).split() if re.search(r"[A-Za-z]", w)]
    return len(words) > 12


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
@example("a b c d e f g h i j k x,2019-2020,y")  # 12 words, 13 once the dates are out
@example("a b c d e f g h i x2019-2020y p()q()r")  # 11 words, 14 once dates and "()" are out
@example("a b c d e f g h i j a(2016 to 2019)b a()b c[]d")
def test_a_sentence_is_told_as_the_plain_count_tells(text: str) -> None:
    assert lines._is_sentence(text) == _plain_is_sentence(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_pieces_and_items_are_cut_as_the_plain_splits_cut(text: str) -> None:
    items = lines.split_outside_brackets(text)
    plain_items = [piece for item in items for piece in re.split(r"\s[-–—]\s", item)]
    assert lines._split_top_level(text) == plain_items
    plain_pieces = re.split(r"\s*(?:[|·•\t]|\s[-–—]\s|[–—])\s*|\s{3,}", text)
    assert lines._split_pieces(text) == [t for t in map(lines._trim, plain_pieces) if t]


_PLAIN_GLUE_RE = re.compile(r"(?<=[a-z)])(?=[A-Z][a-z]+)|(?<=[a-z]\.)(?=[A-Z][a-z])")
_PLAIN_MARK_RE = re.compile(r"^(?:#{1,6}|>)\s*|[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}")


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
@example("#** x **y** _z_ a`b` ***")
@example("Support AnalystLocation: Boston immediately.Multi x)Yes")
def test_glues_and_marks_are_found_where_the_plain_patterns_find_them(text: str) -> None:
    glues = [m.start() for m in posting_title._GLUE_RE.finditer(text)]
    assert glues == [m.start() for m in _PLAIN_GLUE_RE.finditer(text)]
    stripped = text.strip()
    if not stripped.startswith(("#", ">")):
        plain = _PLAIN_MARK_RE.sub("", stripped)
        assert posting_title._MD_INNER_MARK_RE.sub("", stripped) == plain


_PLAIN_HEADER_FIELD_RE = re.compile(
    rf"\b(?P<label>{'|'.join(posting._HEADER_LABELS)}){posting._HEADER_FIELD_THEN}", re.IGNORECASE
)
_FIELD_PARTS = [
    "Job Title", "JOB  TITLE", "job\ttitle", "Official Title", "Position title", "Job Area",
    "Functional Area", "job function", "Job Family", "JOB CATEGORY", "Professional Area",
    "xjob title", "İob title", ":", "：", " ", "  ", "\n", "Product Manager - ERD", "Sales",
    "Auto req ID", "1393BR", "/", "&", "Location", "ſ", "K",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FIELD_PARTS) | st.text(max_size=3), max_size=25).map("".join))
@example("Auto req ID: 1393BR Official Title: Product Manager - ERD Job Area: Sales")
@example("Job Area: Sales i\u0307 Job Title: Analyst")  # lowercasing moves the offsets
def test_header_fields_are_read_as_the_plain_pattern_reads_them(text: str) -> None:
    lines_of = [posting._Line(text, 0, len(text), marked=False)]
    plain: dict[str, str] = {}
    for match in _PLAIN_HEADER_FIELD_RE.finditer(text):
        key = "title" if match["label"].lower().endswith("title") else "area"
        value = match.group("value").strip(" -–—/&|,")
        if value:
            plain.setdefault(key, value)
    assert posting._header_fields(lines_of, text, lines._folded(text)) == plain  # the same string
    copied = posting._Line("".join(list(text)), 0, len(text), marked=False)  # another string
    assert posting._header_fields([copied], text, lines._folded(text)) == plain


_HEADER_LINES = [
    "Senior Analyst, Acme Corp - Austin, TX", "Acme Corp", "Project Manager at Globex",
    "Location: Boston, MA", "Company: Initech", "Team Lead | Mitotech LLC, Moscow, Russia",
    "Athena (Holon, Israel) Web Front End Developer", "Period", "jo@acme.io",
    "Developer @ acme.io", "Davanni's, Coon Rapids, MN", "Engineer: Platform team",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEADER_LINES) | st.text(max_size=12), max_size=6))
def test_role_header_lines_read_once_read_as_when_read_afresh(texts: list[str]) -> None:
    """Each header line's reading is remembered: read again at another line number (a warm
    cache), a role's title, employer and place are what a first reading gives."""
    role_header._read_header_line.cache_clear()
    cold = role_header.HeaderFields()
    for text in texts:
        cold.add(text)
    first = cold.result()
    warm = role_header.HeaderFields()
    for text in reversed(texts):
        warm.add(text)  # every text cached, now at other line numbers
    warm_again = role_header.HeaderFields()
    for text in texts:
        warm_again.add(text)
    assert warm_again.result() == first
    assert warm_again.pieces == cold.pieces
    assert [piece.line for piece in warm_again.pieces] == [piece.line for piece in cold.pieces]
    assert all(a is not b for a, b in zip(warm_again.pieces, cold.pieces, strict=True))


_SENTENCE_PARTS = [
    "We are looking for a ", "Acme is seeking an ", "The ", "Our ", "As a ", "Role: ",
    "Position: ", "Senior Project Manager", "Data Engineer", "Scrum Master", " Location: Boston",
    " works with the team. ", " is responsible for ", " role ", "join us as ", "PhD position ",
    "hiring a ", "Analyst", ". ", ", ", " ", "the team", "you will", "Are you a ", "?",
]  # fmt: skip


def _plain_title_in_sentences(text: str) -> str | None:
    """Every finder over the whole text, the earliest title kept (as first written)."""
    finders = (
        posting_title._labelled_title,
        posting_title._seeking_title,
        posting_title._subject_title,
        posting_title._title_before_label,
    )
    found = [f for f in (finder(text) for finder in finders) if f is not None]
    return min(found)[1] if found else None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PARTS) | st.text(max_size=4), max_size=20).map("".join))
@example("Role: Data Engineer. We are looking for a Scrum Master. The Analyst works with you.")
@example("The Data Engineer works with the team. Position: Senior Project Manager")
@example("The Data Engineer works. Role: Analyst")
def test_the_title_a_sentence_names_is_the_plain_finders_earliest(text: str) -> None:
    line = lines._Line(text, 0, len(text), marked=False)
    plain = _plain_title_in_sentences(posting_title.clean_line(text))
    post = posting_title._ACADEMIC_POST_RE.search(posting_title.clean_line(text))
    expected = plain if plain is not None else (post.group("post") if post else None)
    assert posting_title._title_in_sentences([line]) == expected


_PLAIN_PIECE_SPLIT_RE = re.compile(r"\s*(?:[|•·◆♦▪●\t]|\s{2,}|\s[-–—]\s)\s*")
_PIECE_PARTS = [" ", "  ", "   ", "\t", " \t", "\t ", "\n", "|", " | ", "•", "·", "◆", "●", "-",
                " - ", " – ", "—", " —", "\u00a0", "\u2003", "Boston", "MA", "x"]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECE_PARTS) | st.text(max_size=3), max_size=25).map("".join))
@example("Boston, MA | Remote  \t- Full time • 2019 – 2020\u00a0—\u2003x")
def test_a_line_is_cut_into_pieces_where_the_plain_pattern_cuts_it(text: str) -> None:
    assert [m.span() for m in contact._PIECE_SPLIT_RE.finditer(text)] == [
        m.span() for m in _PLAIN_PIECE_SPLIT_RE.finditer(text)
    ]
    assert contact._PIECE_SPLIT_RE.split(text) == _PLAIN_PIECE_SPLIT_RE.split(text)


_HIRING_PARTS = [
    "We are looking for a ", "in search of an ", "Acme seeks ", "seeing for ", "recruiting ",
    "openings for ", "opportunity for ", "vacancy for the ", "need for ", "needs a ",
    "applications for ", "position as ", "role of ", "job for ", "available as ", "As a ",
    "as an ", "as ", "join us as ", "join our data team as ", "if you are ", "If you're ",
    "want to be the ", "like to become ", "Are you a ", "are you ", "hiring ", "hire two ",
    "to add a ", "TO  ADD an ", "requires one ", "REQUIRE 3 ", "Scrum Master", "Data Engineer",
    ". ", "! ", "? ", ", ", " ", "\n", "ſeeking a ", "looKing for a ", "İf you are ",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_HIRING_PARTS) | st.text(max_size=3), max_size=20).map("".join))
@example("As a Manager you will join our team as a lead; we are looking for a Data Engineer")
@example("Are you a Scrum Master? If you're an Analyst, we need a Data Engineer")
def test_hiring_sentences_are_the_plain_search_s_matches(text: str) -> None:
    # Tried only where the automaton found a cue's start: the same matches, groups and all.
    assert [(m.span(), m.groupdict()) for m in posting_title._seeking_matches(text)] == [
        (m.span(), m.groupdict()) for m in posting_title._SEEKING_RE.finditer(text)
    ]
    assert posting_title._SEEKING._starts  # the automaton is in use


def _plain_degree_required(text: str, sections: list[Section]) -> str | None:
    """As before the shortcut: each line holding a hint weighed in whole (its degree looked for
    from the line's start)."""
    ordered = [s for s in sections if s.name == "requirements"] + [
        s for s in sections if s.name not in ("requirements", "preferred", "benefits")
    ]
    for section in ordered:
        chunk = text[section.start : section.end]
        done = -1
        for hint in education._DEGREE_HINT_RE.finditer(chunk):
            if hint.start() < done:
                continue
            start = chunk.rfind("\n", 0, hint.start()) + 1
            end = chunk.find("\n", hint.start())
            done = len(chunk) if end == -1 else end
            line = chunk[start:done]
            guess = education.degree_level(line)
            if guess is None or (guess[0] == "diploma" and "diploma" not in line.lower()):
                continue
            if requirements.classify_requirement(line, section.name) == "preferred":
                continue
            return guess[0]
    return None


_DEGREE_PARTS = [
    "PhD", "Ph.", "Ph\n", "D.Phil", "\nD.Phil", "MS", ", MS", ",\nMS", "MBA", "Master's",
    "BS", "BA", "B.Sc.", "Bachelor's degree", "bachelor", "Undergraduate", "undergraduate\n",
    "High School", "diploma", "Diploma", "HSC", "GED", "A-Level", " preferred", " required",
    " or ", " in CS", ", ", " ", "\n", ".", "Lakeside ", "MS Office", "x",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_DEGREE_PARTS) | st.text(max_size=3), max_size=20).map("".join),
    st.sampled_from(["requirements", "responsibilities", "about"]),
)
@example("MBA preferred\nBS in CS or Ph\nD.Phil required", "requirements")
@example("We offer ... BS in CS required, PhD preferred", "about")
def test_the_degree_asked_is_the_one_found_line_by_line(text: str, name: str) -> None:
    # Each line's degree is looked for from its first hint on: the same degree as from its start.
    half = len(text) // 2
    sections = [
        Section(name="header", heading="", start=0, end=half),
        Section(name=name, heading="", start=half, end=len(text)),
    ]
    assert posting._degree_required(text, sections) == _plain_degree_required(text, sections)
