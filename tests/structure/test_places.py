"""Places: the location search and its shortcut."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

_PLACE_PARTS = ["Austin", ", ", "TX", "Remote", "REMOTE", "Hybrid", "On-site", "onsite",
    "Location: ", "Based in ", "London", "UK", "Canada", "78701", "(EST)", " ", "x", "ſ",
    "İ"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PARTS) | st.text(max_size=4), max_size=10))
@example(["a, b, c, d, 123 Main St, Austin, TX 78701"])  # more parts than a location's
@example(["x, y, z, Austin, TX, "])
def test_location_shortcut_finds_what_trying_every_piece_finds(parts: list[str]) -> None:
    from resume_kit.structure.places import _REMOTE_RE, _find_location, _looks_location

    piece = "".join(parts)

    def slow(piece: str) -> str | None:  # the loop body without the shortcut
        piece = re.sub(r"^(?:location|address|based in)\s*[:\-]?\s*", "", piece, flags=re.I)
        piece = piece.strip(" ,")
        if _looks_location(piece):
            return piece
        pieces = [p.strip() for p in piece.split(",")]
        for i in range(max(1, len(pieces) - 4), len(pieces) - 1):
            tail = ", ".join(pieces[i:])
            if _looks_location(tail) and not _REMOTE_RE.match(tail):
                return tail
        return None

    assert _find_location([piece]) == slow(piece)


_PLAIN_CITY_MODE_RE = re.compile(
    r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}(?:,\s*| )(?:remote|hybrid|on-?site|office|local)"
    r"(?:,\s*(?:remote|hybrid|on-?site|office|local))?"
)
_LOCATION_PARTS = [
    *_PLACE_PARTS, "remote", "hybrid", "on-site", "onsite", "office", "local", "Kyiv",
    "Post Office", ",", "-",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LOCATION_PARTS) | st.text(max_size=3), max_size=8).map("".join))
@example("Kyiv, remote")
@example("Kyiv office, local")
@example("Austin, TX")
@example("Austin TX")
def test_a_location_is_told_as_by_trying_every_pattern(text: str) -> None:
    # A text without a comma is not matched against the city-and-region pattern.
    from resume_kit.structure import places

    trimmed = places._trim(text.strip())
    plain = bool(places._REMOTE_RE.match(trimmed) or _PLAIN_CITY_MODE_RE.fullmatch(trimmed))
    match = places._CITY_REGION_RE.match(trimmed)
    if not plain and match and places._is_region(match.group("region").strip()):
        country = match.group("country")
        plain = country is None or places._is_region(country.strip())
    assert places._looks_location(text) == plain
