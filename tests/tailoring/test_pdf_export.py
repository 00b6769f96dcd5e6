"""Word -> PDF through LibreOffice (no spaCy needed)."""

from __future__ import annotations

import pytest

from resume_kit.errors import OutputError
from resume_kit.tailoring.pdf_export import docx_to_pdf


def test_pdf_without_libreoffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(OutputError, match="apt-get install libreoffice-writer-nogui"):
        docx_to_pdf(b"")
