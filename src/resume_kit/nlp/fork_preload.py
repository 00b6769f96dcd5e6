"""Loaded once by the fork server that forks ``--dask local``'s worker processes.

:func:`resume_kit.nlp.workers.dask_client` names this module as the fork server's preload: the
server imports it, so the spaCy pipeline and the skill data are loaded there, once, while the
command reads its own inputs; each worker is then forked from the server with both already in
memory (shared with the server until written to) instead of importing and loading them again.
"""

from __future__ import annotations

import gc
import os

from resume_kit.nlp.pipeline import build_nlp
from resume_kit.nlp.startup import import_spacy
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.nlp.workers import PRELOAD_MODEL_VARIABLE


def _load() -> bool:
    try:
        # As the command does: spaCy without its command line (typer, weasel, rich, ...), which
        # the server and every worker forked from it would otherwise hold for nothing.
        import_spacy()
        # The command's --model (see workers._start_fork_server); the blank pipeline without.
        build_nlp(os.environ.get(PRELOAD_MODEL_VARIABLE) or None)
        load_skill_meta()
    except Exception:
        # The fork server must not fail (every worker is forked from it): a worker that needs the
        # pipeline loads it again itself, and what fails then fails as its task's error, which
        # the command reports as usual.
        return False
    return True


LOADED = _load()
"""Whether the pipeline was loaded here (so a forked worker has it already)."""
# What is loaded now is kept for the server's life: the garbage collector need not look at it
# again, here or in the workers, where each pass writes to every object it visits and so makes
# the worker's own copy of pages it could share with the server.
gc.freeze()
