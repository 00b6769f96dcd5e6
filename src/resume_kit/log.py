"""Progress details: the ``resume_kit`` logger and a timer for the steps of a run.

The library reports what it chose and how long each step took as ordinary :mod:`logging` records,
so a program using it can show them (``logging.getLogger("resume_kit").setLevel(logging.INFO)``);
the command line shows them with ``-v`` (:mod:`resume_kit.cli.console`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["LOGGER_NAME", "logger", "timed"]

LOGGER_NAME = "resume_kit"

logger = logging.getLogger(LOGGER_NAME)


@contextmanager
def timed(step: str) -> Iterator[None]:
    """Log ``"<step>: 0.42 s"`` at INFO level when the block ends (shown with ``-v``)."""
    start = time.perf_counter()
    yield
    logger.info("%s: %.2f s", step, time.perf_counter() - start)
