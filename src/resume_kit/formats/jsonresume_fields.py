"""Which JSON Resume keys mean what: the one table every JSON Resume mapping reads.

The reader (JSON -> text), the structure builder (JSON -> Resume) and the writer (Resume -> JSON)
all take a field through these names, so a file that says ``description`` where the schema says
``summary`` (older JSON Resume versions and other tools do) gives the same role in the text and in
the structure: the two can no longer drift apart.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "BASICS_SUMMARY",
    "BASICS_URL",
    "CERTIFICATE_DATE",
    "CERTIFICATE_ISSUER",
    "CERTIFICATE_LISTS",
    "WORK_ORGANISATION",
    "WORK_SUMMARY",
    "WORK_TITLE",
    "dicts_of",
    "first_text",
    "items_of",
    "object_of",
    "text_of",
]

# Accepted keys, in order of preference (the schema's own name first).
BASICS_URL = ("url", "website")
BASICS_SUMMARY = ("summary", "objective")
WORK_TITLE = ("position", "title")
WORK_ORGANISATION = ("name", "company")
WORK_SUMMARY = ("summary", "description")
CERTIFICATE_LISTS = ("certificates", "certifications")
CERTIFICATE_ISSUER = ("issuer", "authority")
CERTIFICATE_DATE = ("date", "startDate")


def text_of(value: Any) -> str:
    """A JSON scalar as text ("" for missing, null or a container)."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def items_of(value: Any) -> list[Any]:
    """A JSON list (a lone string counts as a one-item list; anything else as empty)."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.strip():
        return [value]
    return []


def dicts_of(value: Any) -> list[dict[str, Any]]:
    return [item for item in items_of(value) if isinstance(item, dict)]


def object_of(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def first_text(data: dict[str, Any], *keys: str) -> str | None:
    """The text of the first of ``keys`` that holds any (numbers count; None when none does)."""
    for key in keys:
        value = text_of(data.get(key))
        if value:
            return value
    return None
