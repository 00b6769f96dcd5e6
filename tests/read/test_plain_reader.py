"""Tests for resume_kit.read.plain: plain text and Markdown, built at test time in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from read_helpers import (  # tests/read/read_helpers.py: shared by the reader tests
    heading_texts,
    lines_of,
)

from resume_kit.errors import InputFileError
from resume_kit.read import read_source

# ------------------------------------------------------------------------------------ plain text


def test_txt_normalises_line_endings_spaces_controls_and_bullets(tmp_path: Path) -> None:
    raw = (
        "Jane\u00a0Doe   \r\n"
        "Project\x00 Manager\x07\r"
        "- Led a team of 12\n"
        "* Cut costs 30%\n"
        "• Ran Scrum\n"
        "   ● Owned the roadmap\n"
        "▪ Managed vendors\n"
        "◦ Wrote reports\n"
        "– Hired staff\n"
        "o Trained users\n"
        "1. Delivered on time\n"
        "----------\n"
        "Tab\tkept\n"
    )
    path = tmp_path / "resume.txt"
    path.write_bytes(raw.encode("utf-8"))

    source = read_source(path)

    assert source.format == "txt"
    assert source.source == str(path)
    assert lines_of(source) == [
        "Jane Doe",
        "Project Manager",
        "• Led a team of 12",
        "• Cut costs 30%",
        "• Ran Scrum",
        "• Owned the roadmap",
        "• Managed vendors",
        "• Wrote reports",
        "• Hired staff",
        "• Trained users",
        "• Delivered on time",
        "",  # the ---- rule separates, it is not a bullet
        "Tab\tkept",
    ]
    assert source.heading_lines == []


def test_txt_joins_indented_continuation_of_a_wrapped_bullet(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("- Reduced hosting costs by 30% across\n  four data centres\nNext line\n")

    assert lines_of(read_source(path)) == [
        "• Reduced hosting costs by 30% across four data centres",
        "Next line",
    ]


@pytest.mark.parametrize(
    "encoded",
    [
        "\ufeffCafé résumé – “PMP”".encode(),
        "Café résumé – “PMP”".encode("utf-16"),  # BOM, native order
        b"\xff\xfe" + "Café résumé – “PMP”".encode("utf-16-le"),
        b"\xfe\xff" + "Café résumé – “PMP”".encode("utf-16-be"),
        "Café résumé – “PMP”".encode("cp1252"),
    ],
    ids=["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_txt_decodes_common_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes(encoded)

    assert read_source(path).text == "Café résumé – “PMP”"


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "RESUME.TXT"
    path.write_text("Jane Doe\n")

    assert read_source(path).format == "txt"


# ------------------------------------------------------------------------------------ Markdown


def test_markdown_is_reduced_to_plain_text_with_headings(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(
        "# Jane Doe\n"
        "jane@example.com | [portfolio](https://jane.dev)\n\n"
        "## Experience\n\n"
        "**Senior IT Project Manager** — *Northwind*\n\n"
        "- Led a **team of 12** to deliver the\n  ERP rollout\n"
        "* Cut costs `30%`\n\n"
        "1. First\n2. Second\n\n"
        "Skills\n------\n\n"
        "Agile, Scrum\n"
    )

    source = read_source(path)

    assert source.format == "md"
    assert lines_of(source) == [
        "Jane Doe",
        "jane@example.com | portfolio",
        "",
        "Experience",
        "Senior IT Project Manager — Northwind",
        "",
        "• Led a team of 12 to deliver the ERP rollout",
        "",  # "-" then "*": CommonMark starts a second list
        "• Cut costs 30%",
        "",
        "• First",
        "• Second",
        "",
        "Skills",
        "Agile, Scrum",
    ]
    assert heading_texts(source) == ["Jane Doe", "Experience", "Skills"]


def test_markdown_bold_line_is_marked_as_a_heading_but_not_a_bold_label(tmp_path: Path) -> None:
    # "**Key Achievements**" alone on its line is how many Markdown resumes set a heading;
    # "**Machine Learning:**" above a list is a label, and bold inside a line is emphasis.
    path = tmp_path / "resume.md"
    path.write_text(
        "## Summary\n\nDelivery lead.\n\n"
        "**Key Achievements**\n\n- Cut costs\n\n"
        "**Machine Learning:**\n\n- Pandas\n\n"
        "Led a **team of 12**\n"
    )

    source = read_source(path)

    marked = {source.text[offset:].split("\n", 1)[0] for offset in source.heading_lines}
    assert marked == {"Summary", "Key Achievements"}


_BINARY_PARTS = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\t", "\n", "\r", "\x1f", "\x7f", "\x80",
    "\x9f", "\ufffd", "\ud800", "é", "\u00a9", "text", "ab", "x" * 9000]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BINARY_PARTS), max_size=24).map("".join), st.booleans())
def test_binary_text_is_told_as_the_control_pattern_tells(text: str, legacy: bool) -> None:
    # _looks_binary counts the controls from the UTF-8 bytes, not with _CONTROL_RE.
    from resume_kit.read.plain import _CONTROL_RE, _HIGH_RE, _looks_binary

    sample = text[:8192]
    bad = len(_CONTROL_RE.findall(sample))
    if legacy:
        bad += sum(1 for ch in _HIGH_RE.findall(sample) if not ch.isalpha())
    assert _looks_binary(text, legacy) == (bool(sample) and bad > 0.3 * len(sample))


_TEXT_PARTS = ["\ufeff", "\ufeff\ufeff", "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\ud800",
    "\udfff", "\ufffd", "é", "€", "\U0001f600", "\u2028", " ", "\t", "\n", "\r\n", "text", "ab",
    "{", "<body>", "%PDF-", "PK\x03\x04", "x" * 9000]  # fmt: skip


def _outcome(call: Callable[[], object]) -> object:
    """What ``call`` returns, or its InputFileError's message."""
    try:
        return call()
    except InputFileError as exc:
        return str(exc)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PARTS), max_size=24).map("".join))
def test_a_text_given_as_str_reads_as_its_utf8_bytes_do(text: str) -> None:
    # A line of --input-jsonl arrives as a str: read without the UTF-8 round trip (decode_encoded
    # where it holds no NUL or lone surrogate), it gives exactly what reading its bytes gives:
    # the same text, format, headings and error.
    from resume_kit.read.source import read_bytes, read_named_text

    data = text.encode("utf-8", "replace")
    assert _outcome(lambda: read_named_text(text, name="job")) == _outcome(
        lambda: read_bytes(data, name="job")
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([p for p in _TEXT_PARTS if p not in ("\x00", "\ud800", "\udfff")]),
                max_size=24).map("".join))  # fmt: skip
def test_decoding_a_texts_bytes_gives_what_decode_encoded_gives(text: str) -> None:
    from resume_kit.read.plain import decode_encoded, decode_text

    assert _outcome(lambda: decode_encoded(text, "job")) == _outcome(
        lambda: decode_text(text.encode("utf-8"), "job")
    )
