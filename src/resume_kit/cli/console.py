"""How the command line talks: verbosity, progress details and colour.

* Verbosity: ``-q`` keeps only what a command was asked to print and errors; ``-v`` adds progress
  details on stderr (which framework was chosen and why, how long each step took). The details
  are ordinary :mod:`logging` records of the ``resume_kit`` logger, so a program using the library
  can show them too (``logging.getLogger("resume_kit").setLevel(logging.INFO)``).
* Colour: only on a terminal, and never when the ``NO_COLOR`` environment variable is set to a
  non-empty value (https://no-color.org). click removes colour codes when the stream is not a
  terminal; :func:`colour` adds the ``NO_COLOR`` rule.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

from resume_kit.log import logger

QUIET, NORMAL, VERBOSE = -1, 0, 1

_HANDLER_NAME = "resume-kit-cli"
_MARK_STYLES: dict[str, dict[str, Any]] = {
    "[met]": {"fg": "green", "bold": True},
    "[partial]": {"fg": "yellow", "bold": True},
    "[missing]": {"fg": "red", "bold": True},
}
_MARK = re.compile("|".join(re.escape(mark) for mark in _MARK_STYLES))


def colour() -> bool | None:
    """The ``color`` argument for :func:`click.echo`: False under NO_COLOR, else click decides.

    Returns:
        False when ``NO_COLOR`` is set and not empty; None (colour on a terminal only) otherwise.
    """
    return False if os.environ.get("NO_COLOR") else None


def echo(message: str = "", *, err: bool = False, **style: Any) -> None:
    """Print one line, styled with :func:`click.style` keywords where colour is allowed."""
    import click

    click.echo(click.style(message, **style) if style else message, err=err, color=colour())


def style_marks(text: str) -> str:
    """Colour the ``[met]`` / ``[partial]`` / ``[missing]`` marks of a text report.

    The words stay, so the meaning never rests on colour alone.
    """
    import click

    return _MARK.sub(lambda m: click.style(m.group(0), **_MARK_STYLES[m.group(0)]), text)


def configure_logging(verbosity: int) -> None:
    """Send the library's progress details to stderr as the CLI's verbosity asks.

    Args:
        verbosity: :data:`QUIET` (errors only), :data:`NORMAL` (warnings) or :data:`VERBOSE`.
    """
    level = {QUIET: logging.ERROR, NORMAL: logging.WARNING}.get(verbosity, logging.INFO)
    logger.setLevel(level)
    if not any(h.get_name() == _HANDLER_NAME for h in logger.handlers):
        handler = _ClickHandler()
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


class _ClickHandler(logging.Handler):
    """Writes records through click (so CliRunner captures them and NO_COLOR applies).

    A warning (a damaged file whose text was partly recovered, say) is printed as
    ``Warning: <file>: ...``, the way an error is ``Error: <file>: ...``.
    """

    def emit(self, record: logging.LogRecord) -> None:
        import click

        try:
            message = self.format(record)
            if logging.WARNING <= record.levelno < logging.ERROR:
                prefix = click.style("Warning:", fg="yellow", bold=True)
                click.echo(f"{prefix} {message}", err=True, color=colour())
            else:
                echo(message, err=True, dim=record.levelno < logging.WARNING)
        except Exception:  # a closed stream must not turn a log line into a crash
            self.handleError(record)
