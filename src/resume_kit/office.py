"""LibreOffice headless, run safely: the one home for how resume-kit starts ``soffice``.

Two stages convert through LibreOffice: reading an old Word ``.doc`` (``read.legacy_word``) and
writing a PDF (``tailoring.pdf_export``). LibreOffice is a large program that runs documents'
macros when its settings allow, keeps a user profile, and can hang on a document it chokes on. So
every run gets a fresh, empty profile folder of its own (never the user's, and no clash with an
office already open or a parallel run) with macros switched off, and runs in a process group of
its own that is killed, whole, when it takes longer than its time limit. The callers delete the
folder afterwards and turn failures into their own user-facing errors. SECURITY.md lists the tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

__all__ = ["MACROS_OFF", "find_soffice", "run_soffice", "soffice_command", "throwaway_profile"]

MACROS_OFF = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""
"""The throwaway profile's ``user/registrymodifications.xcu``: macro security at its highest
level (3, "very high": only macros from trusted locations, of which a new profile has none) and
macro execution disabled outright. LibreOffice reads it at start-up (and writes both settings back
on exit, which is how the tests' real conversion checks it took them)."""


def find_soffice() -> str | None:
    """The LibreOffice command on PATH (``soffice`` or ``libreoffice``), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def throwaway_profile(folder: Path) -> str:
    """Create a LibreOffice profile in ``folder`` holding only the macro settings.

    Args:
        folder: A folder that does not exist yet (LibreOffice fills in the rest of the profile).

    Returns:
        Its ``file:`` URI, for ``-env:UserInstallation=``.
    """
    user = folder / "user"
    user.mkdir(parents=True)
    (user / "registrymodifications.xcu").write_text(MACROS_OFF, encoding="utf-8")
    return folder.as_uri()


def soffice_command(
    soffice: str,
    profile_uri: str,
    source: Path,
    outdir: Path,
    *,
    convert_to: str = "pdf",
    infilter: str | None = None,
) -> list[str]:
    """The LibreOffice command line that converts ``source`` into ``outdir``.

    ``--norestore`` skips crash recovery (a killed earlier run must not reopen anything) and
    ``--nolockcheck`` skips the check for other instances sharing the installation.

    Args:
        soffice: The LibreOffice program (:func:`find_soffice`).
        profile_uri: The profile from :func:`throwaway_profile`.
        source: The document to convert.
        outdir: Where LibreOffice writes the result (named after ``source``).
        convert_to: LibreOffice's target ("pdf", "docx:MS Word 2007 XML").
        infilter: The import filter, named when guessing could import the file wrongly.
    """
    return [
        soffice,
        f"-env:UserInstallation={profile_uri}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        convert_to,
        "--outdir",
        str(outdir),
        str(source),
    ]


def run_soffice(command: list[str], log: Path, seconds: float) -> int:
    """Run LibreOffice for at most ``seconds``, its output to ``log``; its exit code.

    Raises:
        OSError: LibreOffice could not be started.
        subprocess.TimeoutExpired: It took longer than ``seconds``; it and every process it
            started have been killed by then.
    """
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed whole on time-out
        )
        try:
            return process.wait(timeout=seconds)
        except BaseException:  # the time-out, or Ctrl-C: leave no LibreOffice running behind us
            _stop(process)
            raise


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice and every process it started (its own process group), then reap it."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError):  # already gone
            os.killpg(process.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows has no process groups to kill
        process.kill()
    process.wait()
