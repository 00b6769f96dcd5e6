"""Input limits: how much of an untrusted file resume_kit agrees to read, and the checks.

Resumes and postings come from strangers and from the web. Every reader works within a
:class:`Limits`, whose defaults are far above any real resume or posting (a long resume is
5 pages, 30 KB of text) and far below what would exhaust memory or time. A file over a limit is
refused with a :class:`~resume_kit.errors.LimitExceededError` naming the file, the limit and the
command-line option that raises it. The limits and what they protect are listed in SECURITY.md.
"""

from __future__ import annotations

import gc
import io
import os
import signal
import threading
import time
import types
import weakref
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, fields, replace

from resume_kit.errors import LimitExceededError, UsageError

__all__ = [
    "DEFAULT_LIMITS",
    "LIMIT_OPTIONS",
    "Limits",
    "alarm_kept",
    "check_text",
    "check_time",
    "check_zip",
    "clock_paused",
    "input_clock",
    "pdf_clock",
    "resolve_limits",
]


@dataclass(frozen=True)
class Limits:
    """The most resume_kit reads from one input file.

    Attributes:
        max_bytes: Size of the file on disk (or on standard input), checked before reading.
        max_unzipped_bytes: Total uncompressed size of a .docx's parts, checked from the archive's
            directory (declared sizes) and again while decompressing (actual sizes) before Word
            XML is parsed: a "zip bomb" stops here.
        max_pdf_pages: Pages of a PDF, checked from the page tree and again while reading.
        max_chars: Characters of extracted text (what spaCy processes; its ``max_length``).
        max_word_chars: Characters in one run without a space: nothing in a resume is that long,
            and the tokenizer and pattern matchers slow down sharply on such runs.
        pdf_seconds: Wall-clock seconds to read one PDF.
        max_seconds: Wall-clock seconds to read, structure and extract one input (its time
            budget): a text shaped to be slow is abandoned and a batch goes on with the rest.
    """

    max_bytes: int = 20_000_000
    max_unzipped_bytes: int = 200_000_000
    max_pdf_pages: int = 500
    max_chars: int = 1_000_000
    max_word_chars: int = 2_000
    pdf_seconds: float = 60.0
    max_seconds: float = 3.0

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise UsageError(f"limit {field.name} must be a positive number, not {value!r}")


DEFAULT_LIMITS = Limits()
"""The defaults, made once (a Limits checks its fields when made; it is frozen, so shared)."""


def resolve_limits(limits: Limits | None, max_bytes: int | None = None) -> Limits:
    """``limits`` (the defaults when None) with ``max_bytes`` set when given.

    ``max_bytes`` keyword arguments predate :class:`Limits` and stay as a shortcut.
    """
    chosen = limits or DEFAULT_LIMITS
    return chosen if max_bytes is None else replace(chosen, max_bytes=max_bytes)


LIMIT_OPTIONS: dict[str, str] = {
    "max_bytes": "--max-bytes",
    "max_unzipped_bytes": "--max-unzipped-bytes",
    "max_pdf_pages": "--max-pdf-pages",
    "max_chars": "--max-chars",
    "max_word_chars": "--max-word-chars",
    "pdf_seconds": "--pdf-seconds",
    "max_seconds": "--max-seconds",
}
"""Limit field -> the command-line option that sets it (named in every limit error)."""


def over_limit(name: str, what: str, limit: float, unit: str, *, path: str) -> LimitExceededError:
    """The error for a file over one limit: what it has, the limit, and how to raise it."""
    shown = f"{limit:,}" if isinstance(limit, int) else f"{limit:g}"
    return LimitExceededError(
        f"{what}, over the {shown}-{unit} limit; if the file is genuine, raise it with "
        f"{LIMIT_OPTIONS[name]}",
        path=path,
        limit=name,
    )


# --------------------------------------------------------------------------------------------
# extracted text


def check_text(text: str, limits: Limits, *, path: str) -> None:
    """Refuse extracted text over ``max_chars`` or holding a run over ``max_word_chars``.

    Raises:
        LimitExceededError: Naming the limit and its option.
    """
    if len(text) > limits.max_chars:
        raise over_limit(
            "max_chars", f"holds {len(text):,} characters of text", limits.max_chars,
            "character", path=path,
        )  # fmt: skip
    if len(text) <= limits.max_word_chars or not _may_hold_run(text, limits.max_word_chars):
        return
    longest = max(map(len, text.split()), default=0)
    if longest > limits.max_word_chars:
        raise over_limit(
            "max_word_chars", f"holds a run of {longest:,} characters without a space",
            limits.max_word_chars, "character", path=path,
        )  # fmt: skip


def _may_hold_run(text: str, most: int) -> bool:
    """Whether ``text`` may hold a run of over ``most`` characters without whitespace.

    Splitting every text into words to find its longest was a tenth of reading a posting. A run
    of ``most + 1`` characters covers a whole block of ``(most + 2) // 2`` characters starting
    at a multiple of the block size, so only texts with a block free of whitespace need the
    split; a block's test stops at its first word (tests/read/test_limits.py compares).
    """
    size = (most + 2) // 2
    if size < 64:  # small limits: blocks too many to be worth it
        return True
    for at in range(0, len(text), size):
        block = text[at : at + size]
        if block.split(None, 1) == [block]:  # no whitespace in the block
            return True
    return False


# --------------------------------------------------------------------------------------------
# .docx (zip) archives

_CHUNK = 1 << 20


def check_zip(data: bytes, limits: Limits, *, path: str) -> None:
    """Refuse an archive whose parts unzip to more than ``max_unzipped_bytes``.

    The declared sizes in the archive's directory are summed first (free); then every part is
    decompressed in chunks, counting, and the count stops at the limit. Python's zipfile never
    yields more than a part's declared size and checks its CRC at the end, so an archive that
    lies about its sizes is refused as corrupt rather than read further.

    Raises:
        LimitExceededError: The archive unzips to more than the limit.
        zipfile.BadZipFile: The archive is corrupt (the caller reports it).
    """
    limit = limits.max_unzipped_bytes
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if declared > limit:
            raise over_limit(
                "max_unzipped_bytes", f"unzips to {declared:,} bytes", limit, "byte", path=path
            )
        total = 0
        for member in members:
            with archive.open(member) as part:
                while chunk := part.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise over_limit(
                            "max_unzipped_bytes", f"unzips to over {limit:,} bytes", limit,
                            "byte", path=path,
                        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# time: the clock of one input, and of one PDF inside it
#
# Each running clock has a deadline. ``check_time()`` (anywhere, any thread) raises the error of a
# clock whose time is up; this is how the work is bounded off the main thread and on systems
# without ``setitimer``. On the main thread of a Unix process one interval timer is also set to
# the earliest deadline, and its SIGALRM handler raises inside whatever is running (a regex, a
# parser, the tokenizer, a pipeline component), so even a stage that never checks stops on time.
# Clocks nest: a PDF's clock runs inside its input's, and the timer aims at the earliest deadline.
#
# An exception raised by a signal handler can land anywhere, so: the clock's own entry and exit,
# finalisers and garbage-collector and weak-reference callbacks (where Python prints exceptions
# and drops them) are never interrupted: the handler tries again a millisecond later. While a
# clock's time is up the alarm repeats, in case an exception was dropped all the same.


class _Timeout(BaseException):
    """Raised by the alarm inside the timed work; a BaseException so no ``except Exception``
    in a library swallows it. The clock whose time is up turns it into its error."""

    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self.clock = clock


class _Running(threading.local):
    """The clocks running in this thread, outermost first."""

    def __init__(self) -> None:
        self.clocks: list[_Clock] = []
        self.saved_handler: object = None  # SIGALRM handler before the outermost clock
        self.saved_timer: tuple[float, float] = (0.0, 0.0)
        self.saved_at = 0.0
        self.kept = False  # inside alarm_kept(): the handler stays between clocks


_running = _Running()
_LONGEST_TIMER = 86_400.0  # setitimer overflows on huge values; a far deadline is aimed again
_RETRY = 0.001  # the alarm came while a clock was starting or ending: try again this soon
_REPEAT = 0.05  # a clock's time is up and it still runs: raise again this soon


class _Clock:
    """One running clock (a context manager); see the comment above."""

    def __init__(self, seconds: float, error: Callable[[], LimitExceededError], kind: str) -> None:
        self.seconds = seconds
        self.error = error
        self.kind = kind  # the Limits field it enforces: "max_seconds" or "pdf_seconds"
        self.deadline = 0.0  # time.monotonic() at which the time is up, set on entry
        self.alarm = False

    def __enter__(self) -> Callable[[], None]:
        state = _running
        self.alarm = _uses_alarm()
        if self.alarm and not state.clocks and not state.kept:
            _save_alarm(state)
        self.deadline = time.monotonic() + self.seconds
        state.clocks.append(self)
        if self.alarm:
            _aim_alarm()
        return check_time

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        state = _running
        if self in state.clocks:
            state.clocks.remove(self)
        if self.alarm:
            if state.clocks:
                _aim_alarm()
            elif state.kept:
                signal.setitimer(signal.ITIMER_REAL, 0)
            else:
                _restore_alarm(state)
        if isinstance(error, _Timeout) and error.clock is self:
            raise self.error() from None
        # Any other exception, an outer clock's _Timeout among them, goes on as it is.


def _on_alarm(signum: int, frame: types.FrameType | None) -> None:
    clocks = _running.clocks
    if not clocks:
        return
    if frame is not None and (frame.f_code in _UNINTERRUPTED or _exceptions_ignored(frame)):
        signal.setitimer(signal.ITIMER_REAL, _RETRY)
        return
    first = min(clocks, key=lambda clock: clock.deadline)
    if first.deadline > time.monotonic():  # early (a clock ended, or a far deadline): aim again
        _aim_alarm()
        return
    signal.setitimer(signal.ITIMER_REAL, _REPEAT)
    raise _Timeout(first)


def _aim_alarm() -> None:
    """Set the timer to the earliest running deadline (at least a millisecond away)."""
    deadline = min(clock.deadline for clock in _running.clocks)
    delay = min(max(deadline - time.monotonic(), _RETRY), _LONGEST_TIMER)
    signal.setitimer(signal.ITIMER_REAL, delay)


def _save_alarm(state: _Running) -> None:
    """Set the clocks' SIGALRM handler, keeping the handler and timer someone else had set."""
    state.saved_handler = signal.signal(signal.SIGALRM, _on_alarm)
    state.saved_timer = signal.setitimer(signal.ITIMER_REAL, 0)
    state.saved_at = time.monotonic()


def _restore_alarm(state: _Running) -> None:
    """Put back the SIGALRM handler and timer someone else had set before the outermost clock."""
    signal.setitimer(signal.ITIMER_REAL, 0)
    handler = signal.SIG_DFL if state.saved_handler is None else state.saved_handler
    signal.signal(signal.SIGALRM, handler)  # type: ignore[arg-type]
    delay, interval = state.saved_timer
    if delay > 0:
        remaining = max(delay - (time.monotonic() - state.saved_at), _RETRY)
        signal.setitimer(signal.ITIMER_REAL, remaining, interval)


# Code during which the alarm must not raise: the clock would be left half started or ended.
_UNINTERRUPTED: frozenset[types.CodeType] = frozenset(
    function.__code__
    for function in (_Clock.__enter__, _Clock.__exit__, _aim_alarm, _save_alarm, _restore_alarm)
)


# Callbacks whose exceptions Python prints as "Exception ignored in ..." and drops.
_WEAKREF_MAPPINGS: tuple[object, ...] = (weakref.WeakKeyDictionary(), weakref.WeakValueDictionary())
_WEAKREF_REMOVERS: frozenset[types.CodeType] = frozenset(
    getattr(mapping, "_remove").__code__  # noqa: B009 (private: absent from the stubs)
    for mapping in _WEAKREF_MAPPINGS
)


def _exceptions_ignored(frame: types.FrameType) -> bool:
    """Whether ``frame`` runs a finaliser or a garbage-collector or weak-reference callback,
    where an exception would be printed and dropped instead of stopping the work."""
    code = frame.f_code
    return (
        code.co_name == "__del__"
        or code in _WEAKREF_REMOVERS
        or any(getattr(callback, "__code__", None) is code for callback in gc.callbacks)
    )


def _uses_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def check_time() -> None:
    """Raise the error of a running clock whose time is up (cheap; call it between steps).

    Raises:
        LimitExceededError: Naming the input and the option that raises its time limit.
    """
    clocks = _running.clocks
    if clocks:
        now = time.monotonic()
        for clock in clocks:
            if now > clock.deadline:
                raise clock.error()


def _forget_clocks_in_child() -> None:
    """A process forked while a clock ran starts with none (its timer is not inherited)."""
    state = _running
    state.clocks.clear()
    state.kept = False
    if hasattr(signal, "SIGALRM") and signal.getsignal(signal.SIGALRM) is _on_alarm:
        handler = signal.SIG_DFL if state.saved_handler is None else state.saved_handler
        signal.signal(signal.SIGALRM, handler)  # type: ignore[arg-type]


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_clocks_in_child)


@contextmanager
def alarm_kept() -> Iterator[None]:
    """Keep the clocks' SIGALRM handler set between the inputs of a batch (on the main thread).

    Each input's clock otherwise sets the handler and gives the one it found back (two
    ``signal.signal`` calls, about 8 us an input); inside this only the timer is set and cleared.
    Only for loops that run nothing but inputs' work between the clocks: the handler left set
    does nothing while no clock runs, but someone else's SIGALRM handler or timer, set between
    two clocks, would not be kept, and a timer found at the start is held until the end (with
    ``jobs=1`` a batch runs in the caller's process). The handler and timer found are given
    back at the end.
    """
    state = _running
    if state.kept or state.clocks or not _uses_alarm():
        yield
        return
    _save_alarm(state)
    state.kept = True
    try:
        yield
    finally:
        state.kept = False
        if not state.clocks:
            _restore_alarm(state)


@contextmanager
def clock_paused() -> Iterator[None]:
    """Stop the running clocks while waiting for input (standard input, a pipe, a file being
    fetched): waiting is not work on the input, and a slow producer is not a hostile file."""
    state = _running
    if not state.clocks:
        yield
        return
    alarm = _uses_alarm()
    if alarm:
        signal.setitimer(signal.ITIMER_REAL, 0)
    began = time.monotonic()
    try:
        yield
    finally:
        waited = time.monotonic() - began
        for clock in state.clocks:
            clock.deadline += waited
        if alarm:
            _aim_alarm()


def input_clock(limits: Limits, *, path: str) -> AbstractContextManager[Callable[[], None]]:
    """Bound reading, structure and extraction of one input to ``limits.max_seconds``.

    Inside an input clock already running in this thread, this joins it: ``load_document``
    called by ``extract_files`` spends the one budget of its input, not a second one. Entering
    it gives :func:`check_time`.

    Raises:
        LimitExceededError: The time ran out (``limit == "max_seconds"``).
    """
    if any(clock.kind == "max_seconds" for clock in _running.clocks):
        return nullcontext(check_time)
    seconds = limits.max_seconds

    def error() -> LimitExceededError:
        return over_limit(
            "max_seconds", "took too long to read and analyse", seconds, "second", path=path
        )

    return _Clock(seconds, error, "max_seconds")


def pdf_clock(limits: Limits, *, path: str) -> AbstractContextManager[Callable[[], None]]:
    """Bound the time spent reading one PDF to ``pdf_seconds``.

    Entering it gives a ``check()`` to call between pages (works in any thread). On the main
    thread of a Unix process an interval timer also interrupts a single slow page; a timer
    someone else had set is restored afterwards with its remaining time.

    Raises:
        LimitExceededError: The time ran out.
    """
    seconds = limits.pdf_seconds

    def error() -> LimitExceededError:
        return over_limit(
            "pdf_seconds", f"took over {seconds:g} seconds to read", seconds, "second", path=path
        )

    return _Clock(seconds, error, "pdf_seconds")
