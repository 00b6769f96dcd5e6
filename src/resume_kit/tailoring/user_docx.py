"""The user's own Word files (``--reference-docx``, ``--docx-template``), checked as inputs are.

A .docx is a zip archive, and python-docx unzips every part it reaches into memory: before this
check, a 1 MB ``--reference-docx`` whose styles unzip to 210 MB made a ``tailor`` run take 7 s
instead of 2, and 1 GB of memory instead of 170 MB. These files go through the checks a resume
.docx gets (:mod:`resume_kit.read.limits`): the size on disk, the sizes the archive declares, the
bytes actually unzipped (counted, stopping at the limit) and a Word document part, all before
python-docx parses anything; python-docx then opens the very bytes that were checked, not the
file again.
"""

from __future__ import annotations

import os
from pathlib import Path

from resume_kit.errors import LimitExceededError, ResumeKitError
from resume_kit.read.failures import failure_reason
from resume_kit.read.limits import Limits, check_zip, over_limit
from resume_kit.read.word import is_docx_zip

__all__ = ["read_user_docx"]

_RESAVE = "open it in Word and save it as a Word .docx document (not .doc, .dotx or .odt)"


def read_user_docx(
    path: str | os.PathLike[str],
    *,
    what: str,
    limits: Limits | None,
    error: type[ResumeKitError],
) -> bytes:
    """Read a .docx the user gives as a design (not as a resume), within the input limits.

    Args:
        path: The file.
        what: How messages call it, naming its option, e.g.
            ``"the reference .docx (--reference-docx)"``.
        limits: ``max_bytes`` and ``max_unzipped_bytes`` apply (the defaults when None).
        error: The error type for a missing or unreadable file (each caller keeps its own).

    Returns:
        The file's bytes, checked.

    Raises:
        LimitExceededError: The file, or what it unzips to, is over a limit; the message names
            ``what`` and the option that raises the limit.
        ResumeKitError: ``error``: the file does not exist, cannot be read or is not a .docx.
    """
    limits = limits or Limits()
    source = Path(path)
    if not source.is_file():
        raise error(f"{what} does not exist; give a Word .docx file", path=source)
    try:
        size = source.stat().st_size
        if size > limits.max_bytes:
            raise over_limit(
                "max_bytes", f"{what} is {size:,} bytes", limits.max_bytes, "byte",
                path=os.fspath(source),
            )  # fmt: skip
        data = source.read_bytes()
    except OSError as exc:
        raise error(f"{what} cannot be read: {exc.strerror or exc}", path=source) from None
    if not is_docx_zip(data):
        raise error(f"{what} is not a Word .docx file; {_RESAVE}", path=source)
    try:
        check_zip(data, limits, path=os.fspath(source))
    except LimitExceededError as exc:
        raise LimitExceededError(f"{what} {exc.message}", path=source, limit=exc.limit) from None
    except Exception as exc:  # zipfile / zlib raise several types: lying sizes, bad CRC, ...
        raise error(
            f"{what} is not a readable Word .docx file ({failure_reason(exc)}); {_RESAVE}",
            path=source,
        ) from None
    return data
