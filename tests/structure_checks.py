"""What the structure tests build and check: a source text, and sections that tile it.

Shared by ``structure/test_resume.py`` and ``structure/test_posting.py``; here, next to
``conftest.py``, so that any test can import it.
"""

from __future__ import annotations

from typing import Any

from resume_kit.model.documents import Posting, Resume, SourceText


def source_text(text: str, fmt: str = "txt", **kwargs: Any) -> SourceText:
    """``text`` as a reader of format ``fmt`` gives it, from a file named ``fixture.<fmt>``."""
    return SourceText(source=f"fixture.{fmt}", format=fmt, text=text, **kwargs)


def check_spans(document: Resume | Posting) -> None:
    """Sections are in order, do not overlap, start with their headings and tile the text."""
    text = document.text
    previous_end = 0
    for section in document.sections:
        assert section.start >= previous_end
        assert section.start < section.end
        assert text[section.start : section.end].startswith(section.heading)
        previous_end = section.end
    assert previous_end == len(text)
