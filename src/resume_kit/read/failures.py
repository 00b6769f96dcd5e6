"""Library failures worded for users: a reader's message says what went wrong in one clause,
and a reader that recovered part of a damaged file says so as a warning."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from contextvars import ContextVar

from resume_kit.log import logger


def failure_reason(exc: Exception) -> str:
    """A library exception as a short clause for a user message (no object reprs)."""
    text = re.sub(r"'?<_io\.\w+ object at 0x[0-9a-f]+>'?", "the file", str(exc)[:2000])
    # A library may quote the bad bytes it met: no control character reaches the terminal.
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    if len(text) > 160:
        text = text[:157] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# Warnings of the read in progress: said only once the whole file has been read, so a file that
# is refused in the end gets its one error line and no warning before it.
_PENDING: ContextVar[list[str] | None] = ContextVar("resume_kit_pending_warnings", default=None)


def warn_recovered(name: str, message: str) -> None:
    """Say that a damaged file's text was partly recovered (the CLI prints ``Warning: ...``).

    Inside :func:`warnings_when_read` the warning waits until the read succeeds; elsewhere it is
    logged at once on the ``resume_kit`` logger at WARNING level.

    Args:
        name: The file, as errors name it.
        message: What was recovered or lost, then (after ``;``) what the user can check or do.
    """
    line = f"{name}: {' '.join(message.split())}"
    pending = _PENDING.get()
    if pending is None:
        logger.warning("%s", line)
    elif line not in pending:
        pending.append(line)


def warnings_when_read() -> AbstractContextManager[None]:
    """Hold the warnings of a read until its block ends without an error, then log them."""
    return _HeldWarnings()


class _HeldWarnings:
    """:func:`warnings_when_read`'s block: a class, not a generator's context manager (which
    took a tenth of reading a short text, 2 us an input)."""

    __slots__ = ("pending", "token")

    def __enter__(self) -> None:
        self.pending: list[str] = []
        self.token = _PENDING.set(self.pending)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: object
    ) -> None:
        _PENDING.reset(self.token)
        if kind is None:  # no error: log the warnings held (after an error, it says it all)
            for line in self.pending:
                logger.warning("%s", line)
