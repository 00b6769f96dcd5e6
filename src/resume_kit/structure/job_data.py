"""A posting's fields read straight from structured data, not from the text.

A JSON Resume job document (``data["title"]``, ``data["company"]``...) and the JSON-LD
``JobPosting`` of a saved page (``data["jsonld"]``) give a posting's title, company, location and
hiring manager. Values are read as :func:`~resume_kit.formats.jsonresume_fields.first_text` reads
any JSON field.
"""

from __future__ import annotations

from typing import Any

from resume_kit.formats.jsonresume_fields import first_text

__all__ = ["job_jsonld", "name_of", "place_of"]


def job_jsonld(data: dict[str, Any] | None) -> dict[str, Any]:
    """The JSON-LD ``JobPosting`` a reader found in a page (``data["jsonld"]``).

    Args:
        data: The reader's ``SourceText.data``.

    Returns:
        The ``JobPosting`` object (else the first object of a list), or an empty dict.
    """
    if not data:
        return {}
    value = data.get("jsonld")
    if isinstance(value, list):
        value = next(
            (v for v in value if isinstance(v, dict) and v.get("@type") == "JobPosting"),
            next((v for v in value if isinstance(v, dict)), None),
        )
    return value if isinstance(value, dict) else {}


def name_of(value: Any) -> str | None:
    """The name a JSON value gives: a string itself, or an object's ``name``.

    Args:
        value: A JSON value, such as JSON-LD ``hiringOrganization`` or a job's ``company``.

    Returns:
        The stripped name, or None.
    """
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        return first_text(value, "name")
    return None


def place_of(value: Any) -> str | None:
    """A readable place from a JSON-LD ``jobLocation`` / JSON job ``location`` value.

    Args:
        value: A place as a string, an object (``address``, ``addressLocality``, ``city``...)
            or a list of places.

    Returns:
        "City, Region, Country" (places of a list joined by "; "), or None.
    """
    if isinstance(value, list):
        places = [p for p in (place_of(v) for v in value) if p]
        return "; ".join(places) or None
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("address"), dict):
        return place_of(value["address"])
    country = value.get("addressCountry", value.get("countryCode", value.get("country")))
    country_name = name_of(country)
    parts = [
        first_text(value, "addressLocality", "city"),
        first_text(value, "addressRegion", "region", "state"),
        country_name,
    ]
    place = ", ".join(p for p in parts if p)
    return place or first_text(value, "address", "name")
