"""Places: "Austin, TX", "Toronto, Ontario, Canada", "Remote"; found in header and contact lines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from resume_kit.structure.lines import _folded, _trim

_US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "AB",
        "BC",
        "MB",
        "NB",
        "NL",
        "NS",
        "ON",
        "PE",
        "QC",
        "SK",
        "NSW",
        "VIC",
        "QLD",
        "ACT",
    ]
)
_REGIONS = frozenset(
    name.lower()
    for name in (
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
        "Ontario",
        "Quebec",
        "British Columbia",
        "Alberta",
        "Nova Scotia",
        "Manitoba",
        "USA",
        "US",
        "U.S.",
        "U.S.A.",
        "United States",
        "UK",
        "U.K.",
        "United Kingdom",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Ireland",
        "Canada",
        "Australia",
        "New Zealand",
        "India",
        "Germany",
        "France",
        "Netherlands",
        "The Netherlands",
        "Belgium",
        "Luxembourg",
        "Spain",
        "Portugal",
        "Italy",
        "Switzerland",
        "Austria",
        "Poland",
        "Czech Republic",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Singapore",
        "Malaysia",
        "Philippines",
        "Japan",
        "China",
        "Hong Kong",
        "South Korea",
        "Vietnam",
        "Indonesia",
        "Thailand",
        "UAE",
        "United Arab Emirates",
        "Saudi Arabia",
        "Qatar",
        "Israel",
        "Egypt",
        "South Africa",
        "Nigeria",
        "Kenya",
        "Ghana",
        "Brazil",
        "Mexico",
        "Argentina",
        "Chile",
        "Colombia",
        "Pakistan",
        "Bangladesh",
        "Sri Lanka",
        "Romania",
        "Ukraine",
        "Greece",
        "Turkey",
        "Türkiye",
        "Korea",
        "South Korea",
        "S. Korea",
        "S.Korea",
        "Taiwan",
        "Russia",
        "Peru",
        "Morocco",
        "Tunisia",
        "Algeria",
        "Senegal",
        "Uganda",
        "Tanzania",
        "Ethiopia",
        "Iran",
        "Iraq",
        "Jordan",
        "Lebanon",
        "Nepal",
        "Hungary",
        "Slovakia",
        "Slovenia",
        "Croatia",
        "Serbia",
        "Bulgaria",
        "Lithuania",
        "Latvia",
        "Estonia",
        "Iceland",
        "Bavaria",
        "Baden-Württemberg",
        "Île-de-France",
        "Catalonia",
    )
)
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’\-])*"
_PLACE_WORDS = rf"{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|de|del|la|upon|on|am|sur))*"
_CITY_REGION_RE = re.compile(
    rf"^(?P<city>{_PLACE_WORDS})\s*,\s*(?P<region>[A-Z][A-Za-z. ]*?)"
    r"(?:\s*,\s*(?P<country>[A-Z][A-Za-z. ]*?))?(?:\s+\d{5}(?:-\d{4})?)?"
    r"(?:\s*\([^()]{1,60}\))?$"
)
_REMOTE_RE = re.compile(r"^(?:remote|hybrid|on-?site|fully remote|remote-first)\b.{0,30}$", re.I)


# "Kyiv, remote", "Kyiv office, local": a city, then how the work is done there (in lower
# case: "Post Office" is a name).
_MODE = r"(?:remote|hybrid|on-?site|office|local)"
_CITY_MODE_RE = re.compile(
    rf"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){{0,2}}(?:,\s*| ){_MODE}(?:,\s*{_MODE})?"
)


def _is_region(text: str) -> bool:
    return text in _US_STATES or text.lower() in _REGIONS


def _looks_location(text: str) -> bool:
    """True for "Austin, TX", "London, UK", "Toronto, Ontario, Canada", "Remote"."""
    text = _trim(text.strip())
    if _REMOTE_RE.match(text) or _CITY_MODE_RE.fullmatch(text):
        return True
    # A city and its region hold a comma: a text without one (a name, a title) is not matched,
    # where the city's words were read before the missing comma failed it.
    match = _CITY_REGION_RE.match(text) if "," in text else None
    if not match:
        return False
    if not _is_region(match.group("region").strip()):
        return False
    country = match.group("country")
    return country is None or _is_region(country.strip())


def _may_hold_location(text: str) -> bool:
    """False when no piece of ``text`` can be a location (saves trying each piece).

    Without a comma only "Remote ..." (_REMOTE_RE) can match; most of a flat posting's header
    is prose like that.
    """
    if "," in text:
        return True
    folded = _folded(text)
    return "remote" in folded or "hybrid" in folded or "site" in folded


_PLACE_LABEL_RE = re.compile(r"^(?:location|address|based in)\s*[:\-]?\s*", re.IGNORECASE)


def _find_location(pieces: Iterable[str]) -> str | None:
    for piece in pieces:
        if not _may_hold_location(piece):
            continue
        piece = _PLACE_LABEL_RE.sub("", piece)
        piece = piece.strip(" ,")
        if _looks_location(piece):
            return piece
        # "123 Main St, Austin, TX 78701": keep the "City, ST" tail.
        # A location is at most "City, Region, Country, Code": longer tails are not tried (on a
        # line of thousands of commas trying them all was quadratic), so only the last four
        # parts after the first are cut off.
        last = [p.strip() for p in piece.rsplit(",", 4)[1:]]
        for i in range(len(last) - 1):
            tail = ", ".join(last[i:])
            if _looks_location(tail) and not _REMOTE_RE.match(tail):
                return tail
    return None
