"""Word to PDF through LibreOffice in headless mode (``tailor --format pdf``).

LibreOffice is a large program that runs documents' macros when its settings allow, keeps a user
profile, and can hang on a document it chokes on. So every conversion runs it in a fresh, empty
profile folder of its own (never the user's, and no clash with an office already open), with
macros switched off in that profile, in a process group of its own that is killed, whole, when
it takes longer than the time limit; the folder is deleted afterwards. SECURITY.md lists the tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from resume_kit.errors import OutputError

__all__ = [
    "LIBREOFFICE_SECONDS",
    "MACROS_OFF",
    "docx_to_pdf",
    "find_soffice",
    "soffice_command",
    "throwaway_profile",
]

LIBREOFFICE_SECONDS = 60.0
"""Default time one conversion may take (``tailor --libreoffice-seconds``); about 2 s is usual."""

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


def soffice_command(soffice: str, profile_uri: str, source: Path, outdir: Path) -> list[str]:
    """The LibreOffice command line that converts ``source`` to a PDF in ``outdir``.

    ``--norestore`` skips crash recovery (a killed earlier run must not reopen anything) and
    ``--nolockcheck`` skips the check for other instances sharing the installation.
    """
    return [
        soffice,
        f"-env:UserInstallation={profile_uri}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(source),
    ]


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice and every process it started (its own process group), then reap it."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError):  # already gone
            os.killpg(process.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows has no process groups to kill
        process.kill()
    process.wait()


def _run(command: list[str], log: Path, seconds: float, document: str) -> int:
    """Run LibreOffice for at most ``seconds``; its exit code. Output goes to ``log``."""
    with log.open("wb") as output:
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, killed whole on time-out
            )
        except OSError as exc:
            raise OutputError(
                f"LibreOffice could not be started to convert {document} to PDF: {exc}"
            ) from None
        try:
            return process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise OutputError(
                f"LibreOffice did not finish converting {document} to PDF within {seconds:g} s "
                "and was stopped; if it is only slow, raise the limit with "
                "--libreoffice-seconds, or choose --format docx"
            ) from None
        except BaseException:  # Ctrl-C: leave no LibreOffice running behind us
            _stop(process)
            raise


def docx_to_pdf(
    docx_bytes: bytes, *, name: str = "document", timeout: float = LIBREOFFICE_SECONDS
) -> bytes:
    """Convert a .docx to PDF with LibreOffice in headless mode.

    LibreOffice runs in a new temporary profile folder with macros disabled (deleted afterwards,
    whatever happens) and is killed, with every process it started, after ``timeout`` seconds.

    Args:
        docx_bytes: The Word document.
        name: A file name stem for LibreOffice's messages.
        timeout: Seconds LibreOffice may take (``--libreoffice-seconds``).

    Returns:
        The PDF's bytes.

    Raises:
        OutputError: LibreOffice is not installed, took longer than ``timeout`` (the message
            says so), or the conversion failed.
    """
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            "PDF output needs LibreOffice, which is not on PATH; install it (Debian/Ubuntu: "
            "apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice) "
            "or choose --format docx"
        )
    document = f"{name}.docx"
    with tempfile.TemporaryDirectory(prefix="resume-kit-pdf-") as work:
        folder = Path(work)
        source = folder / document
        source.write_bytes(docx_bytes)
        profile = throwaway_profile(folder / "profile")
        log = folder / "soffice.log"
        code = _run(soffice_command(soffice, profile, source, folder), log, timeout, document)
        target = source.with_suffix(".pdf")
        if not target.is_file():
            said = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            detail = f": {said[-1][:200]}" if said else ""
            raise OutputError(
                f"LibreOffice did not produce a PDF for {document} (exit code {code}{detail})"
            )
        return target.read_bytes()
