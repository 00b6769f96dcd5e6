"""Cutting flattened lines: the fast searches cut where the plain ones cut.

A flattened resume or posting is one line of thousands of words; the cutter used to key every
word to find the few that may start a heading, and to copy the line's text around every run of
spaces. The fast forms must leave every cut as it was: here each is compared with the plain form
on lines made of heading words in any case, glued to digits, apostrophes and hyphens, with
non-ASCII capitals and letters among them.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from resume_kit.structure import flat
from resume_kit.structure.headings import _POSTING_VOCAB, _RESUME_VOCAB
from resume_kit.structure.lines import _Line

_PARTS = [
    " ", "  ", "   ", ". ", ", ", ": ", "-", "'", "’", "&", "/", "_", "2", "2019", "•", "* ",
    "\u00a0", "\t", "Experience", "EXPERIENCE", "experience", "Work Experience", "Education",
    "EDUCATION", "Skills", "skills", "Certifications", "Professional Summary", "SUMMARY",
    "Summary", "Technical Skills", "Projects", "Key Skills", "Expérience", "Éducation", "Ｓkills",
    "of", "the", "in", "Department", "Bachelor", "Patient", "led", "Acme", "iPhone", "eBay",
    "ⒶSkills", "²Skills", "Skills:", "Jira", "SQL", "Managed", "Present", "Ⅻ", "ǅ", "İ",
    "WHAT’S IN IT FOR YOU", "What's", "What you'll do", "Work-", "It",
]  # fmt: skip

_LINES = st.lists(st.sampled_from(_PARTS) | st.text(max_size=4), max_size=60).map("".join)


def _plain_cuts(value: str, phrases: dict[int, frozenset[str]]) -> set[int]:
    line = _Line(value, 0, len(value), marked=False)
    return flat._heading_cuts(value, line, phrases)


@settings(max_examples=600, deadline=None)
@given(_LINES, st.sampled_from([_RESUME_VOCAB, _POSTING_VOCAB]))
@example(
    "Led the team. Experience Acme Corp 2019 Education BS Patient Education Skills Jira "
    + "x" * 250,
    _RESUME_VOCAB,
)
@example(
    "2Experience Acme -Skills Jira 'Education Bachelor eBay Skills SQL" + " y" * 130, _RESUME_VOCAB
)
@example("Expérience Acme. Éducation Licence. Ⓐ Skills SQL", _RESUME_VOCAB)
@example("Head of" + " " * 90 + "Education Programs and Skills Jira" + " z" * 120, _RESUME_VOCAB)
@example("role. WHAT’S IN IT FOR YOU Architect the BI stack" + " w" * 130, _POSTING_VOCAB)
def test_heading_cuts_are_the_plain_ones(value: str, vocab: dict[str, str]) -> None:
    phrases = flat._phrases(vocab)  # type: ignore[arg-type]
    assert flat._fast_heading_cuts(value, 0, phrases) == _plain_cuts(value, phrases)


@settings(max_examples=600, deadline=None)
@given(_LINES, st.sampled_from([_RESUME_VOCAB, _POSTING_VOCAB]))
@example(
    "Expérience 2Experience a2Skills -Work Work- Skills’ Sſills SKILLS Skillset A a İt ıt",
    _RESUME_VOCAB,
)
@example(
    "\u212aey \u212aEY Key KEY Tools2 Tech WoRk Ed Edu ²Skills ٣Skills Ｓkills ⒶSkills",
    _RESUME_VOCAB,
)
@example("role. WHAT’S IN IT FOR YOU Architect What's What’s", _POSTING_VOCAB)
@example("Société Éducation ÉDUCATION aÉducation 2Éducation _Éducation éÉducation", _RESUME_VOCAB)
def test_candidate_words_are_the_keyed_capitals(value: str, vocab: dict[str, str]) -> None:
    # The words a heading may start with, found by two searches, are the capitalised words whose
    # key is one of them, as keying every capitalised word finds them.
    firsts = flat._phrases(vocab)[0]  # type: ignore[arg-type]
    plain = [
        (start, word, key)
        for start, word in flat._capitals(value)
        if (key := flat._key(word)) in firsts or key in flat._LATE
    ]
    assert flat._candidates(value, firsts) == plain


def _plain_space_cuts(value: str, inside: list[tuple[int, int]]) -> set[int]:
    """The space cuts as first written: the line's text before and after each run, copied, and
    every date range looked at for each run."""
    cuts = set()
    for match in flat._SPACE_RUN_RE.finditer(value):
        if any(begin < match.start() < end for begin, end in inside):
            continue
        before = value[: match.start()].rstrip()
        after = value[match.end() :]
        if (
            not before
            or not after
            or before[-1] in flat._SEPARATORS
            or after[0] in flat._SEPARATORS
        ):
            continue
        cuts.add(match.end())
    return cuts


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "   ",
                "\t\t\t",
                " \n ",
                "\u2028",
                "a",
                "-",
                ",",
                "\u200b" * 3,
                " ",
                "2019",
                "Jan 2019",
                "   to   ",
                " – ",
                "Present",
                "07/2004",
            ]
        )
        | st.text(max_size=3),
        max_size=40,
    ).map("".join)
)
@example("07/2004   to   Current   Acme   Jan 2019   –   Present   Lead")
def test_space_cuts_are_the_plain_ones(value: str) -> None:
    line = _Line(value, 0, len(value), marked=False)
    assert flat._space_cuts(value, line, []) == _plain_space_cuts(value, [])
    inside = flat._ranges(value)  # runs inside a date range are no cuts
    assert flat._space_cuts(value, line, inside) == _plain_space_cuts(value, inside)


# Every character a space run is made of (the class of flat._SPACE_RUN_RE), and some that are
# spaces outside it.
_RUN_CHARS = [" ", "\t", "\u00a0", "\u3000", *map(chr, range(0x2000, 0x200C))]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_RUN_CHARS, "a", "é", "\u2028", "\u202f", "\n", "-"])
        | st.text(max_size=2),
        max_size=12,
    ).map("".join)
)
@example("a \u3000 b")
@example("a\u00a0\u00a0 b")
@example("a \t b")
@example("a  é")
@example("a     b   c  d" + " " * 7)
@example("   a \u2005  b")
def test_space_runs_are_the_searchs(value: str) -> None:
    # Lines of no run character but " " have their runs found by str.find.
    assert flat._space_runs(value) == [m.span() for m in flat._SPACE_RUN_RE.finditer(value)]
    line = _Line(value, 0, len(value), marked=False)
    assert flat._space_cuts(value, line, []) == _plain_space_cuts(value, [])


def test_the_find_path_knows_every_character_of_a_space_run() -> None:
    in_runs = {chr(c) for c in range(0x110000) if flat._SPACE_RUN_RE.fullmatch(chr(c) * 3)}
    assert in_runs == set(_RUN_CHARS) == {" ", "\t", *flat._ODD_SPACES}


_PLAIN_BULLET_RE = re.compile(r"(?<=\s)[•●▪◦‣∙○■□➢►▶✓✔*](?=\s+\w)")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "\n", "•", "*", "▶", "a", "B", "  ", "\t*"]) | st.text(max_size=2),
        max_size=30,
    ).map("".join)
)
@example("Led teams * Built reports")
@example("Led teams • Built reports")
def test_bullet_cuts_are_the_plain_ones(value: str) -> None:
    # ASCII lines without "*" are passed over: the same cuts.
    line = _Line(value, 0, len(value), marked=False)
    assert flat._bullet_cuts(value, line) == {m.start() for m in _PLAIN_BULLET_RE.finditer(value)}
