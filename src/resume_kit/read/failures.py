"""Library failures worded for users: a reader's message says what went wrong in one clause."""

from __future__ import annotations

import re


def failure_reason(exc: Exception) -> str:
    """A library exception as a short clause for a user message (no object reprs)."""
    text = re.sub(r"'?<_io\.\w+ object at 0x[0-9a-f]+>'?", "the file", str(exc))
    text = " ".join(text.split())
    if len(text) > 160:
        text = text[:157] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
