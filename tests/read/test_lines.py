"""Tests for resume_kit.read.lines: line cleaning, checked through the plain-text reader."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

# Lines that exercise each step of the line cleaning: bullets and list markers, rules, odd spaces,
# controls, terminal colours, zero-width characters, continuation indents.
_LINE_PARTS = [
    "• ", "- ", "* ", "1. ", "12) ", "٣. ", "\uf0b7 ", "o ", "~~~", "_ _ _", "---", "***", "===",
    "\u00a0", "\u3000", "\t", "\x00", "\x1b[31m", "\x7f", "\u200b", "\ufeff", "\u00ad", "\r\n",
    "\n", "\r", "\x0c", "\u2028", "  ", "Led", "x", "____", "é", "—", "\u2002", "\x1c", "\x85",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS) | st.text(max_size=4), max_size=20))
@example(["~~~", "____"])  # a rule after a rule: once found, clean_line left "~~~" standing
def test_plain_text_cleaned_once_equals_cleaned_twice(parts: list[str]) -> None:
    # Plain text is cleaned line by line as it is read and not again when assembled; cleaning is
    # idempotent, and the ASCII fast path of _clean_line gives what the full substitutions give.
    from resume_kit.read.lines import _ANSI, _BULLET, _INVISIBLE, _RULE, _SPACES, _TRAILING_RULE
    from resume_kit.read.lines import assemble_text as _assemble
    from resume_kit.read.lines import clean_line as _clean_line
    from resume_kit.read.plain import read_plain as _read_plain

    text = "".join(parts)
    lines = _read_plain(text)
    assert _assemble(lines, cleaned=True) == _assemble(lines)
    for line in text.splitlines():
        # The steps in full, without the shortcuts _clean_line takes.
        slow = _INVISIBLE.sub("", _ANSI.sub("", line.translate(_SPACES))).rstrip()
        if not _RULE.match(slow):
            slow = _TRAILING_RULE.sub("", slow)
        bullet = _BULLET.match(slow)
        slow = "" if _RULE.match(slow) else "• " + slow[bullet.end() :] if bullet else slow
        assert _clean_line(line) == slow


def test_a_rule_typed_after_a_heading_is_dropped_and_the_heading_kept() -> None:
    from resume_kit.read.lines import clean_line

    assert clean_line("OBJECTIVE____________________") == "OBJECTIVE"
    assert clean_line("EXPERIENCE \t______________ ") == "EXPERIENCE"
    assert clean_line("Fill in: ____ by Friday") == "Fill in: ____ by Friday"  # not at the end
    assert clean_line("snake_case_name") == "snake_case_name"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS) | st.text(max_size=4), max_size=20))
def test_lines_are_split_where_the_line_break_pattern_splits_them(parts: list[str]) -> None:
    # split_lines runs the substitution only when a break other than "\n" is present.
    from resume_kit.read.lines import _LINE_BREAKS, split_lines

    text = "".join(parts)
    assert split_lines(text) == _LINE_BREAKS.sub("\n", text).split("\n")


def test_every_character_a_line_loses_is_unprintable() -> None:
    # clean_line leaves a printable line as it is but for trailing spaces: it must hold none of
    # the characters the substitutions remove or replace.
    from resume_kit.read.lines import _INVISIBLE, _ODD_SPACES

    removed = [chr(c) for c in range(0x110000) if _INVISIBLE.match(chr(c))]
    assert len(removed) > 60
    assert not any(c.isprintable() for c in [*removed, *_ODD_SPACES, "\x1b"])
