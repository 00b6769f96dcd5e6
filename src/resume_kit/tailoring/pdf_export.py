"""Word to PDF through LibreOffice in headless mode (``tailor --format pdf``).

LibreOffice is a large program that runs documents' macros when its settings allow, keeps a user
profile, and can hang on a document it chokes on. So every conversion runs it in a fresh, empty
profile folder of its own (never the user's, and no clash with an office already open), with
macros switched off in that profile, in a process group of its own that is killed, whole, when
it takes longer than the time limit; the folder is deleted afterwards. SECURITY.md lists the tests.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from resume_kit.errors import OutputError

# Re-exported: the profile and command are part of this module's documented behaviour (its tests
# run them against a real LibreOffice); their one home is resume_kit.office.
from resume_kit.office import (
    MACROS_OFF,
    find_soffice,
    run_soffice,
    soffice_command,
    throwaway_profile,
)

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
        try:
            code = run_soffice(soffice_command(soffice, profile, source, folder), log, timeout)
        except OSError as exc:
            raise OutputError(
                f"LibreOffice could not be started to convert {document} to PDF: {exc}"
            ) from None
        except subprocess.TimeoutExpired:
            raise OutputError(
                f"LibreOffice did not finish converting {document} to PDF within {timeout:g} s "
                "and was stopped; if it is only slow, raise the limit with "
                "--libreoffice-seconds, or choose --format docx"
            ) from None
        target = source.with_suffix(".pdf")
        if not target.is_file():
            said = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            detail = f": {said[-1][:200]}" if said else ""
            raise OutputError(
                f"LibreOffice did not produce a PDF for {document} (exit code {code}{detail})"
            )
        return target.read_bytes()
