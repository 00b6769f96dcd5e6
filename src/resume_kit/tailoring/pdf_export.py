"""Word to PDF through LibreOffice in headless mode (``tailor --format pdf``)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from resume_kit.errors import OutputError

__all__ = ["docx_to_pdf", "find_soffice"]


def find_soffice() -> str | None:
    """The LibreOffice command on PATH (``soffice`` or ``libreoffice``), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_bytes: bytes, *, name: str = "document", timeout: float = 180.0) -> bytes:
    """Convert a .docx to PDF with LibreOffice in headless mode.

    Args:
        docx_bytes: The Word document.
        name: A file name stem for LibreOffice's messages.
        timeout: Seconds to wait for LibreOffice.

    Returns:
        The PDF's bytes.

    Raises:
        OutputError: LibreOffice is not installed, or the conversion failed.
    """
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            "PDF output needs LibreOffice, which is not on PATH; install it (Debian/Ubuntu: "
            "apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice) "
            "or choose --format docx"
        )
    with tempfile.TemporaryDirectory(prefix="resume-kit-pdf-") as work:
        source = Path(work) / f"{name}.docx"
        source.write_bytes(docx_bytes)
        profile = Path(work, "profile").as_uri()  # own profile: no clash with a running office
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError(f"LibreOffice failed to convert {name}.docx to PDF: {exc}") from None
        target = source.with_suffix(".pdf")
        if not target.is_file():
            raise OutputError(f"LibreOffice did not produce a PDF for {name}.docx")
        return target.read_bytes()
