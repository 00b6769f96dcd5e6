"""What loads spaCy first (the commands that run the pipeline, the ``--dask local`` fork server):
spaCy, without spaCy's own command line.

``import spacy`` (3.x) imports ``spacy.cli.info`` to offer ``spacy.info``, and with it the whole of
spaCy's command line (typer, weasel, requests, jinja2, rich and the rest: 350 modules, 0.17 of
the 1.0 CPU seconds between a command's start and its pipeline being ready), which nothing here
uses. spaCy's own fix (a lazy ``spacy.info``, explosion/spaCy#12962) is not in the 3.x releases,
so :func:`import_spacy` does the same from outside, for our own processes only: while
spaCy imports, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins; they are taken out of
``sys.modules`` at once, so a later ``import spacy.cli`` imports the real one, and the stand-in
``spacy.info`` calls the real ``info``.

It also keeps numpy's OpenBLAS to one thread (unless the user chose a number): spaCy imports numpy,
whose OpenBLAS starts a thread per core at import, each spinning a while for work that never comes
here (nothing in resume_kit multiplies matrices with it; a trained ``--model`` multiplies with
blis): 0.04 CPU seconds of a command's start on 2 cores, more with more cores.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from pathlib import Path
from typing import Any

from resume_kit.lazy import collector_paused

__all__ = ["BLAS_THREAD_VARIABLES", "import_spacy", "one_blas_thread"]

BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")
"""What OpenBLAS reads for its thread count, first found first: any one set is the user's choice."""

# The one line of spaCy's __init__ that imports its command line; with any other mention of it
# there, spaCy is imported as it is.
_CLI_IMPORT = "from .cli.info import info"


def import_spacy() -> None:
    """Import spaCy (once; the collector paused), leaving out its command line where it can."""
    if "spacy" in sys.modules:
        return
    one_blas_thread()
    with collector_paused():
        stand_ins = _stand_ins() if _cli_import_is_the_known_one() else {}
        sys.modules.update(stand_ins)
        try:
            import spacy  # noqa: F401
        finally:
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]


def one_blas_thread() -> None:
    """Start numpy's OpenBLAS (when numpy is imported next) with one thread, unless the user set
    its thread count; processes started from here (``--jobs``, ``--dask local``) inherit it."""
    if "numpy" in sys.modules or any(os.environ.get(name) for name in BLAS_THREAD_VARIABLES):
        return
    os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _cli_import_is_the_known_one() -> bool:
    """Whether spaCy's ``__init__`` mentions its command line in the one known import only."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return False
    try:
        source = Path(spec.origin).read_text(encoding="utf-8")
    except OSError:
        return False
    mentions = [line.strip() for line in source.splitlines() if ".cli" in line]
    return [line.split("#")[0].strip() for line in mentions] == [_CLI_IMPORT]


def _stand_ins() -> dict[str, types.ModuleType]:
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package, so that importing its submodule .info is allowed
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    return {"spacy.cli": package, "spacy.cli.info": info}


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported now."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
