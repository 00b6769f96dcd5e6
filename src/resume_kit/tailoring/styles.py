"""The shipped Word designs (``--style``) and how a style name becomes a reference .docx.

Each design is a reference document whose styles, page size and margins the Word writer keeps
(:func:`resume_kit.tailoring.docx_writer.markdown_to_docx`). They are built by
``scripts/make_reference_docx.py``; ``classic`` is ``templates/reference.docx``, the default when
no style is asked for, so ``--reference-docx`` and the old default behave exactly as before.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from importlib.resources import as_file
from pathlib import Path

from resume_kit.errors import UsageError
from resume_kit.resources import templates_file

STYLES: dict[str, str] = {
    "classic": "reference.docx",
    "modern": "styles/modern.docx",
    "compact": "styles/compact.docx",
}
"""Style name -> its reference document, relative to the shipped ``templates/``."""

# Files extracted from a zipped install live until the process ends (as_file needs a scope).
_extracted = ExitStack()
atexit.register(_extracted.close)


def style_path(name: str) -> Path:
    """Return a real file path of a shipped style's reference .docx.

    Args:
        name: ``classic``, ``modern`` or ``compact``.

    Returns:
        The path (inside the installed package; a temporary copy if it is zipped).

    Raises:
        UsageError: An unknown style; the message lists the known ones.
    """
    if name not in STYLES:
        raise UsageError(f"unknown style {name!r}; choose one of {', '.join(STYLES)}")
    return _extracted.enter_context(as_file(templates_file(STYLES[name])))


def resolve_reference_docx(
    style: str | None, reference_docx: str | os.PathLike[str] | None
) -> str | os.PathLike[str] | None:
    """Choose the reference .docx for the Word writer from ``style`` / ``reference_docx``.

    Args:
        style: A shipped style name, or None.
        reference_docx: The user's own reference .docx, or None.

    Returns:
        The user's file, the style's file, or None for the default (``classic``).

    Raises:
        UsageError: Both were given, or the style is unknown.
    """
    if style is None:
        return reference_docx
    if reference_docx is not None:
        raise UsageError(
            "give either a style or a reference .docx, not both (--style / --reference-docx)"
        )
    return style_path(style)
