"""The one place that finds packaged data files.

``templates/`` and ``keywords/`` ship inside the wheel as the packages ``resume_kit.templates`` and
``resume_kit.keywords``; they are only ever read through :mod:`importlib.resources`, so the same
code works from a wheel, an editable install and a zip.
"""

from __future__ import annotations

import hashlib
from importlib.resources import files
from importlib.resources.abc import Traversable

from resume_kit.errors import DataFileError

KEYWORDS_PACKAGE = "resume_kit.keywords"
TEMPLATES_PACKAGE = "resume_kit.templates"
FRAMEWORKS_PACKAGE = "resume_kit.keywords.frameworks"


def keywords_file(name: str) -> Traversable:
    """Return a file shipped in ``keywords/`` (e.g. ``skills.jsonl``)."""
    return files(KEYWORDS_PACKAGE).joinpath(name)


def read_keywords_lines(name: str) -> list[str]:
    """The lines of a text file shipped in ``keywords/``.

    Raises:
        DataFileError: The file is missing or unreadable (the message says to reinstall).
    """
    try:
        text = keywords_file(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read it ({exc}); reinstall resume-kit", path=name) from None
    return text.splitlines()


def templates_file(name: str) -> Traversable:
    """Return a file shipped in ``templates/`` (e.g. ``resume.md.j2``)."""
    return files(TEMPLATES_PACKAGE).joinpath(name)


def keywords_dir() -> Traversable:
    """Return the folder of shipped keyword files."""
    return files(KEYWORDS_PACKAGE)


def frameworks_dir() -> Traversable:
    """Return the folder of shipped competency frameworks."""
    return files(FRAMEWORKS_PACKAGE)


def hash_keywords(names: list[str]) -> str:
    """Return a short content hash of the named keyword files, used as a cache key."""
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(name.encode())
        digest.update(keywords_file(name).read_bytes())
    return digest.hexdigest()[:16]


SCHEMAS_PACKAGE = "resume_kit.schemas"


def schemas_file(name: str) -> Traversable:
    """Return a file shipped in ``schemas/`` (e.g. ``jsonresume-schema-1.0.0.json``)."""
    return files(SCHEMAS_PACKAGE).joinpath(name)
