"""Names a package re-exports but imports only on first use (PEP 562 module ``__getattr__``), and
the collector paused while such heavy things load.

``import resume_kit`` and the stage packages stay cheap: spaCy, matplotlib and the readers' heavy
libraries load only when a name that needs them is used.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from importlib import import_module
from typing import Any

__all__ = ["collector_paused", "lazy_attributes"]


def lazy_attributes(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports each name from its module when first asked for.

    Args:
        package: The package's ``__name__`` (named in the error for an unknown attribute).
        names: Attribute name -> the module that defines it.

    Returns:
        The function to assign to the package's ``__getattr__``.
    """

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        with collector_paused():  # the first use of a name may import spaCy
            return getattr(import_module(module), name)

    return __getattr__


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while loading what lives as long as the process.

    Importing spaCy and loading the pipeline make about a million objects that all stay alive,
    and each collection they set off on the way walks again all those made so far, for nothing:
    0.12 of the 1.1 CPU seconds a command took to start (imports 0.06, the pipeline's load
    0.05). What garbage loading leaves is found by the next full collection (the one before the
    pipeline is frozen, in ``nlp.batch``). Pauses nest: only the outermost resumes, and a
    collector the caller turned off stays off.

    Paused by a zero threshold, not ``gc.disable()``: srsly's msgpack reader, which spaCy runs
    while it loads, turns the collector back on when it is done.
    """
    thresholds = gc.get_threshold()
    if thresholds[0] == 0:  # paused already
        yield
        return
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
