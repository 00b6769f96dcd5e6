"""Errors written for the user.

Two kinds of error exist in resume_kit: a :class:`ResumeKitError` carries a message meant for the
person running the tool (the CLI prints it as one ``Error: ...`` line and exits 1), and anything
else is a bug that keeps its traceback.
"""

from __future__ import annotations

import os


class ResumeKitError(Exception):
    """Base class of every error whose message is written for the user.

    Args:
        message: What went wrong and what to do about it, in one sentence.
        path: The file the problem is about, if any; it is put in front of the message.
    """

    exit_code = 1

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None) -> None:
        self.message = message
        self.path = None if path is None else os.fspath(path)
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = " ".join(self.message.split())  # always one line, whatever the cause said
        return f"{self.path}: {text}" if self.path else text


class InputFileError(ResumeKitError):
    """A resume or posting could not be read (missing, unsupported, corrupt, too large...)."""


class LimitExceededError(InputFileError):
    """An input file is over one of the :class:`~resume_kit.read.limits.Limits`.

    Args:
        message: What the file holds, the limit, and the option that raises it.
        path: The file.
        limit: The name of the :class:`~resume_kit.read.limits.Limits` field exceeded.
    """

    def __init__(
        self, message: str, *, path: str | os.PathLike[str] | None = None, limit: str = ""
    ) -> None:
        self.limit = limit
        super().__init__(message, path=path)


class DataFileError(ResumeKitError):
    """A keyword or framework data file is invalid; the message names file, line and key."""


class TemplateError(ResumeKitError):
    """A document template failed; the message names the template file and line."""


class OutputError(ResumeKitError):
    """An output file could not be written, or would overwrite a file without ``--force``."""


class UsageError(ResumeKitError):
    """A library call or option combination makes no sense (exit code 2 in the CLI)."""

    exit_code = 2
