"""Draw the match report's coverage per competency area as a PNG chart.

Two panels share one row per competency area of the framework: on the left how much of what the
posting asks falls in that area (its share of the posting's weighted requirements), on the right
how well the resume shows the area (the area's coverage, 0-100 %). Rows are ordered by the
posting's emphasis, then by the framework's weight, so what the posting cares about is on top.

matplotlib is imported inside :func:`draw_chart` only: commands that never draw do not pay its
import time. The figure is built with the object-oriented API on an Agg canvas (no pyplot, no
display, no global figure state) inside matplotlib's default style, so a user's ``matplotlibrc``
cannot change it; with ``metadata={"Software": None}`` the same report gives the same PNG bytes
for a given matplotlib version.
"""

from __future__ import annotations

import multiprocessing
import os
import textwrap
import threading
from io import BytesIO
from types import TracebackType
from typing import TYPE_CHECKING, Any

from resume_kit.model.report import AreaCoverage, MatchReport

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Okabe & Ito's colour-blind-safe palette: blue for the posting, vermillion for the resume; the two
# also differ in lightness, so they stay apart in greyscale.
POSTING_COLOUR = "#0072B2"
RESUME_COLOUR = "#D55E00"
COVERED = 0.5
"""Coverage at which scoring counts an area as covered (drawn as a dashed line)."""

_FONT = "DejaVu Sans"  # ships inside matplotlib: the same glyphs on every machine
_RC: dict[Any, Any] = {  # keys are rcParams names (typed as literals by matplotlib)
    "font.family": "sans-serif",
    "font.sans-serif": [_FONT],
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "resume-kit",
    "path.simplify": True,
}
WIDTH_IN = 7.5
DPI = 144
_ROW_IN = 0.34
_LABEL_WIDTH = 28
_LEFT_IN = 2.0  # room for a label of _LABEL_WIDTH characters at 9 pt


def ordered_areas(report: MatchReport) -> list[AreaCoverage]:
    """The report's areas in chart order: posting emphasis, then framework weight, high first.

    Args:
        report: A match report.

    Returns:
        The areas, most emphasised first (ties keep the framework's order).
    """
    return sorted(report.areas, key=lambda area: (-area.emphasis, -area.weight))


def describe_chart(report: MatchReport) -> str:
    """A text alternative for the chart (the ``alt`` of the image in Word and HTML).

    Args:
        report: A match report.

    Returns:
        One paragraph naming every area with the posting's share and the resume's coverage.
    """
    areas = ordered_areas(report)
    if not areas:
        return "Coverage per competency area: the framework defines no areas."
    parts = [
        f"{area.name}: posting {area.emphasis:.0%}, resume {area.coverage:.0%}" for area in areas
    ]
    return (
        "Bar chart of coverage per competency area, by the posting's emphasis (share of what it "
        "asks) and the resume's coverage. " + "; ".join(parts) + "."
    )


def draw_chart(report: MatchReport, *, width: float = WIDTH_IN, dpi: int = DPI) -> bytes:
    """Draw the coverage-per-area chart of a match report.

    Args:
        report: A match report (from :func:`resume_kit.score`).
        width: Figure width in inches (the height follows the number of areas).
        dpi: Resolution of the PNG.

    Returns:
        The PNG file's bytes (the same report gives the same bytes).
    """
    import matplotlib.style
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    areas = ordered_areas(report)
    rows = max(1, len(areas))
    height = 1.35 + _ROW_IN * rows
    with matplotlib.style.context("default"), matplotlib.rc_context(_RC):
        figure = Figure(figsize=(width, height), dpi=dpi)
        FigureCanvasAgg(figure)
        # Fixed margins in inches instead of a layout engine: labels are wrapped to a known width,
        # and constrained layout cost an extra pass over every text (about 40% of the time).
        figure.subplots_adjust(
            left=_LEFT_IN / width,
            right=1 - 0.2 / width,
            top=1 - 0.62 / height,
            bottom=0.6 / height,
            wspace=0.12,
        )
        asked, shown = figure.subplots(1, 2, sharey=True, width_ratios=(1, 1.35))
        title = report.posting_title or "the posting"
        lead, match = "Coverage per competency area: ", f" (match {report.overall:.1f} / 100)"
        # A long posting title is shortened to what the figure's width holds (11-point bold runs
        # at about 7 points a character), not to a fixed length: it was cut at both edges.
        room = max(20, int(width * 72 / 7) - len(lead) - len(match))
        figure.suptitle(
            f"{lead}{textwrap.shorten(title, room, placeholder='...')}{match}",
            fontsize=11,
            fontweight="bold",
        )
        if not areas:
            shown.text(0.5, 0.5, "The framework defines no competency areas.", ha="center")
            asked.set_axis_off()
            shown.set_axis_off()
        else:
            _draw_panels(asked, shown, areas)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def _draw_panels(asked: Axes, shown: Axes, areas: list[AreaCoverage]) -> None:
    from matplotlib.ticker import PercentFormatter

    positions = list(range(len(areas)))
    labels = [textwrap.fill(area.name, _LABEL_WIDTH) for area in areas]
    emphasis = [area.emphasis for area in areas]
    coverage = [area.coverage for area in areas]

    top = max(max(emphasis), 0.05)
    bars = asked.barh(positions, emphasis, color=POSTING_COLOUR, height=0.62)
    asked.bar_label(bars, labels=[f"{value:.0%}" for value in emphasis], padding=3, fontsize=8)
    asked.set_xlim(0, top * 1.3)
    asked.set_title("What the posting asks", color=POSTING_COLOUR, loc="left")
    asked.set_xlabel("share of its requirements")

    bars = shown.barh(positions, coverage, color=RESUME_COLOUR, height=0.62)
    shown.bar_label(bars, labels=[f"{value:.0%}" for value in coverage], padding=3, fontsize=8)
    shown.set_xlim(0, 1.16)
    shown.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    shown.axvline(COVERED, color="#555555", linestyle="--", linewidth=0.8)
    shown.set_title("What the resume shows", color=RESUME_COLOUR, loc="left")
    shown.set_xlabel("coverage (dashed line: counted as covered)")

    for axes in (asked, shown):
        axes.xaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
        axes.grid(axis="x", color="#dddddd", linewidth=0.6)
        axes.set_axisbelow(True)
        axes.tick_params(axis="y", length=0)
    asked.set_yticks(positions, labels)
    asked.invert_yaxis()  # shared y: most emphasised area on top in both panels


class ChartDrawer:
    """Draws the chart in a second process that imports matplotlib while this one works.

    Importing matplotlib takes about 0.5 s, a quarter of a ``tailor`` run, and this process spends
    as long importing spaCy and extracting. Where ``fork`` is available, there is a second CPU and
    no other thread runs (forking a threaded process can deadlock the child), a child process is
    forked at once, imports matplotlib, then draws the report it is sent. Elsewhere, or if the
    child fails, the chart is drawn here. It is the same :func:`draw_chart` either way, so the same
    report gives the same bytes. Use it as a context manager so the child never outlives the run.
    """

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Any = None  # receives from the child
        self._send: Any = None  # sends to the child
        self._report: MatchReport | None = None
        usable = (
            "fork" in multiprocessing.get_all_start_methods()
            and (os.cpu_count() or 1) > 1
            and threading.active_count() == 1
        )
        if usable:
            context = multiprocessing.get_context("fork")
            # Two one-way pipes (OS pipes), not a duplex Pipe: that one is a socket pair, and
            # resume_kit opens no socket of any kind (tests/test_security.py blocks them).
            to_child_read, self._send = context.Pipe(duplex=False)
            self._conn, from_child_write = context.Pipe(duplex=False)
            self._process = context.Process(
                target=_serve, args=(to_child_read, from_child_write), daemon=True
            )
            self._process.start()
            to_child_read.close()
            from_child_write.close()

    def draw(self, report: MatchReport) -> bytes:
        """Return the chart of ``report`` as PNG bytes (see :func:`draw_chart`)."""
        self.submit(report)
        return self.result()

    def submit(self, report: MatchReport) -> None:
        """Start drawing ``report`` (in the child, if there is one); :meth:`result` returns it."""
        self._report = report
        if self._process is not None:
            try:
                self._send.send(report)
            except OSError:
                self.close()  # the child died: result() draws here

    def result(self) -> bytes:
        """The PNG of the report given to :meth:`submit`."""
        report = self._report
        if report is None:
            raise RuntimeError("submit a report first")
        if self._process is not None:
            try:
                status, payload = self._conn.recv()
                if status == "ok" and isinstance(payload, bytes):
                    return payload
            except (OSError, EOFError):
                pass  # the child died: draw here, where an error keeps its traceback
            finally:
                self.close()
        return draw_chart(report)

    def close(self) -> None:
        """Stop the child process, if any."""
        if self._process is not None:
            self._send.close()
            self._conn.close()
            self._process.join(timeout=0.5)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()
            self._process = None

    def __enter__(self) -> ChartDrawer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _serve(inbox: Any, outbox: Any) -> None:
    """Child process: import matplotlib, then draw the one report sent (or exit when none is)."""
    # The imports are the point: they overlap with the parent's work.
    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401

    try:
        report = inbox.recv()
    except (EOFError, OSError):
        return
    try:
        outbox.send(("ok", draw_chart(report)))
    except Exception as exc:  # reported back; the parent draws again and shows the traceback
        outbox.send(("error", repr(exc)))
