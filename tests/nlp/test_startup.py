"""The command line's start: spaCy loads without its own command line, which stays usable."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resume_kit.nlp import startup


def test_spacy_loads_without_its_command_line_which_still_imports_when_asked_for() -> None:
    # A fresh interpreter, as a command starts: the 350 modules of spaCy's command line stay out,
    # yet a later import of spacy.cli gets the real one and spacy.info answers as spaCy's own.
    code = """
import json, sys
from resume_kit.nlp.startup import import_spacy
import_spacy()
import spacy
left_out = [m for m in ("spacy.cli", "spacy.cli.info", "typer", "weasel") if m in sys.modules]
nlp = spacy.blank("en")
words = [t.text for t in nlp("Led 5 engineers.")]
info = spacy.info(silent=True)
import spacy.cli
from spacy.cli.info import info as real_info
print(json.dumps([left_out, words, info == real_info(silent=True), hasattr(spacy.cli, "app")]))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    left_out, words, same_info, real_cli = json.loads(result.stdout)
    assert left_out == []
    assert words == ["Led", "5", "engineers", "."]
    assert same_info and real_cli


def test_the_pipeline_and_the_fork_servers_preload_modules_import_no_spacy() -> None:
    # import_spacy can leave spaCy's command line out only if it imports spaCy first: the modules
    # imported before it runs (the pipeline's, by the --dask local fork server) must not.
    code = (
        "import sys, resume_kit.nlp.pipeline, resume_kit.nlp.taxonomy, resume_kit.nlp.workers; "
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_spacy_that_imports_its_command_line_otherwise_is_imported_as_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The stand-ins fit one line of spaCy's __init__; a release that mentions its command line
    # anywhere else gets no stand-ins (it may need more of spacy.cli than they offer).
    init = tmp_path / "__init__.py"

    class Spec:
        origin = str(init)

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: Spec())
    init.write_text("from . import util\nfrom .cli.info import info  # noqa: F401\n")
    assert startup._cli_import_is_the_known_one()
    init.write_text("from .cli.info import info  # noqa: F401\nfrom .cli import app\n")
    assert not startup._cli_import_is_the_known_one()
    init.write_text("from . import util\n")
    assert not startup._cli_import_is_the_known_one()


def _blas_after_import(env: dict[str, str]) -> tuple[str | None, int | None]:
    """OPENBLAS_NUM_THREADS and the process's thread count after a fresh command-style start."""
    code = """
import json, os
from resume_kit.nlp.startup import import_spacy
import_spacy()
import numpy
threads = None
if os.path.exists("/proc/self/status"):
    threads = int(open("/proc/self/status").read().split("Threads:")[1].split()[0])
print(json.dumps([os.environ.get("OPENBLAS_NUM_THREADS"), threads]))
"""
    clean = {k: v for k, v in os.environ.items() if k not in startup.BLAS_THREAD_VARIABLES}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**clean, **env}
    )
    assert result.returncode == 0, result.stderr
    value, threads = json.loads(result.stdout)
    return value, threads


def test_numpy_starts_no_idle_blas_threads_unless_the_user_chose_a_count() -> None:
    # A command never multiplies matrices with OpenBLAS: its per-core threads only cost CPU at
    # start. One thread by default; a count the user set (any of the variables) is kept.
    value, threads = _blas_after_import({})
    assert value == "1"
    if threads is not None:
        assert threads == 1
    assert _blas_after_import({"OMP_NUM_THREADS": "2"})[0] is None
    assert _blas_after_import({"OPENBLAS_NUM_THREADS": "2"})[0] == "2"
