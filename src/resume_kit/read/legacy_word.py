"""Old Word ``.doc`` files (Word 97-2003, and Word 2003 XML saved as .doc) read through
LibreOffice headless, which converts them to .docx for :func:`~resume_kit.read.word.read_docx`.

LibreOffice runs documents' macros when its settings allow, keeps a user profile, and can hang
on a file it chokes on. So each conversion runs in a fresh profile folder of its own (no clash
with parallel runs or an office already open) with macros switched off, in a process group of its
own that is killed, whole, after the time limit; the folder is deleted afterwards. Without
LibreOffice the file is refused with one message saying how to convert it.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from resume_kit.errors import InputFileError
from resume_kit.office import find_soffice, run_soffice, soffice_command, throwaway_profile
from resume_kit.read.limits import Limits, clock_paused
from resume_kit.read.lines import Line
from resume_kit.read.word import read_docx

DOC_SECONDS = 60.0
"""The time one conversion may take; LibreOffice usually needs 1-3 s (its start-up)."""

# The Word binary format's main stream, as its name is stored (UTF-16) in the OLE directory;
# an encrypted .docx is an OLE file too, without it.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_CONVERT_ADVICE = (
    "open it in Word or LibreOffice and save it as .docx (or PDF), then try again; "
    "or install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui), "
    "which resume-kit uses to read .doc files"
)


def is_word_binary(data: bytes) -> bool:
    """True when an OLE compound file (``data``) holds a Word 97-2003 document."""
    return _WORD_STREAM in data[: 1 << 20] or _WORD_STREAM in data[-(1 << 16) :]


def read_doc(data: bytes, name: str, limits: Limits, *, seconds: float = DOC_SECONDS) -> list[Line]:
    """The lines of an old Word document, converted to .docx by LibreOffice.

    Raises:
        InputFileError: LibreOffice is not installed (the message says how to convert the file),
            took longer than ``seconds``, or could not convert it.
    """
    soffice = find_soffice()
    if soffice is None:
        raise InputFileError(f"is an old Word .doc file; {_CONVERT_ADVICE}", path=name)
    with tempfile.TemporaryDirectory(prefix="resume-kit-doc-") as work, clock_paused():
        # LibreOffice's start-up is not work on the input: the input's own time budget is paused
        # and the conversion has its own limit.
        folder = Path(work)
        source = folder / "resume.doc"
        source.write_bytes(data)
        out = folder / "out"
        out.mkdir()
        profile = throwaway_profile(folder / "profile")
        # The import filter named, not guessed: a damaged .doc would otherwise be imported as
        # plain text, its binary garbage and all.
        command = soffice_command(
            soffice,
            profile,
            source,
            out,
            convert_to="docx:MS Word 2007 XML",
            infilter=_import_filter(data),
        )
        try:
            code = run_soffice(command, folder / "soffice.log", seconds)
        except OSError as exc:
            raise InputFileError(
                f"is an old Word .doc file and LibreOffice could not be started ({exc}); "
                f"{_CONVERT_ADVICE}",
                path=name,
            ) from None
        except subprocess.TimeoutExpired:
            raise InputFileError(
                f"is an old Word .doc file that LibreOffice did not convert within {seconds:g} s; "
                "open it in Word and save it as .docx, then try again",
                path=name,
            ) from None
        target = out / "resume.docx"
        if not target.is_file():
            raise InputFileError(
                f"could not be read as an old Word .doc file (LibreOffice exit code {code}); "
                "it may be damaged or another kind of file; open it in Word and save it as .docx",
                path=name,
            )
        converted = target.read_bytes()
    return read_docx(converted, name, limits)


def _import_filter(data: bytes) -> str | None:
    """LibreOffice's import filter for what ``data`` is; None lets LibreOffice detect it
    (HTML or text saved with the .doc extension)."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "MS Word 97"
    head = data[:4096]
    if b"<w:wordDocument" in head or b'progid="Word.Document"' in head:
        return "MS Word 2003 XML"
    if head.lstrip().startswith(b"{\\rtf"):
        return "Rich Text Format"
    return None
