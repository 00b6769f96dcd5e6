"""The library's public entry points, one per job; each is defined in the stage that owns it.

``load_*`` read a file into a structured model (no spaCy); :func:`extract` runs the spaCy pipeline
over many documents at once (``nlp.pipe``) and fills in skills, metrics and requirement levels;
:func:`score` explains one match and :func:`rank` orders many; :func:`tailor` writes the documents.

The names that need spaCy are resolved on first use (PEP 562), so that reading a file or
converting it stays as quick to start as the readers themselves.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes
from resume_kit.model.documents import SourceText
from resume_kit.read.inputs import InputArg, read_input
from resume_kit.read.limits import Limits, resolve_limits
from resume_kit.structure.documents import KindArg, load_document, load_posting, load_resume
from resume_kit.structure.kind import guess_kind

if TYPE_CHECKING:
    from resume_kit.model.ranking import RankEntry
    from resume_kit.nlp.batch import (
        ErrorHandler,
        extract,
        extract_files,
        extract_many,
        iter_extracted,
    )
    from resume_kit.scoring.ranking import RankResult, rank, rank_many
    from resume_kit.scoring.scorer import current_month, score
    from resume_kit.tailoring.application import tailor

__all__ = [
    "ErrorHandler",
    "InputArg",
    "KindArg",
    "PathArg",
    "RankEntry",
    "RankResult",
    "current_month",
    "extract",
    "extract_files",
    "extract_many",
    "guess_kind",
    "iter_extracted",
    "load_document",
    "load_posting",
    "load_resume",
    "rank",
    "rank_many",
    "read",
    "score",
    "tailor",
]

PathArg = str | os.PathLike[str]

# name -> module that defines it, imported on first use (each pulls in spaCy).
_LAZY = {
    "ErrorHandler": "resume_kit.nlp.batch",
    "extract": "resume_kit.nlp.batch",
    "extract_files": "resume_kit.nlp.batch",
    "extract_many": "resume_kit.nlp.batch",
    "iter_extracted": "resume_kit.nlp.batch",
    "RankEntry": "resume_kit.model.ranking",
    "rank": "resume_kit.scoring.ranking",
    "rank_many": "resume_kit.scoring.ranking",
    "RankResult": "resume_kit.scoring.ranking",
    "current_month": "resume_kit.scoring.scorer",
    "score": "resume_kit.scoring.scorer",
    "tailor": "resume_kit.tailoring.application",
}


__getattr__ = lazy_attributes(__name__, _LAZY)


def read(
    path: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> SourceText:
    """Read any supported file into plain text with format hints.

    Args:
        path: A path (``"-"`` for stdin), the file's bytes, or an open binary or text file
            (see :mod:`resume_kit.read.inputs`).
        format: ``txt``, ``md``, ``docx``, ``pdf``, ``html`` or ``json`` when the name and content
            do not tell (Markdown given as bytes or without a ``.md`` name).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``, here and in the functions
            below).
        limits: What is read is bounded by these (see :class:`~resume_kit.read.limits.Limits` and
            SECURITY.md); the defaults when None.
    """
    return read_input(path, format=format, name=name, limits=resolve_limits(limits, max_bytes))
