"""The one place that finds packaged data files.

``templates/`` and ``keywords/`` ship inside the wheel as the packages ``resume_kit.templates`` and
``resume_kit.keywords``; they are only ever read through :mod:`importlib.resources`, so the same
code works from a wheel, an editable install and a zip.
"""

from __future__ import annotations

import hashlib
import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

KEYWORDS_PACKAGE = "resume_kit.keywords"
TEMPLATES_PACKAGE = "resume_kit.templates"
FRAMEWORKS_PACKAGE = "resume_kit.keywords.frameworks"


def keywords_file(name: str) -> Traversable:
    """Return a file shipped in ``keywords/`` (e.g. ``skills.jsonl``)."""
    return files(KEYWORDS_PACKAGE).joinpath(name)


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


# What `resume-kit init-templates` copies: the documents' templates, the Word styles they are
# written with, the example Word design for --docx-template, and the variables' documentation.
STARTER_TEMPLATES = (
    "resume.md.j2",
    "cover_letter.md.j2",
    "interview_prep.md.j2",
    "reference.docx",
    "resume-template.docx",
    "README.md",
)


def copy_templates(folder: str | os.PathLike[str], *, force: bool = False) -> list[Path]:
    """Copy the shipped templates into ``folder`` for a user to edit.

    Args:
        folder: Where to put them; created when missing.
        force: Overwrite files of the same names already there.

    Returns:
        The paths written.

    Raises:
        OutputError: A file exists (without ``force``) or the folder cannot be written.
    """
    from resume_kit.render import write_outputs

    shipped = {name: templates_file(name).read_bytes() for name in STARTER_TEMPLATES}
    return write_outputs(shipped, folder, force=force)
