"""ZIP, Word and PDF files built at test time, and Word document parts that try XML attacks.

Shared by ``conftest.py`` (the ``make_pdf`` fixture), the readers', the bad-input and the security
tests; here, next to ``conftest.py``, so that any test can import it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zip_bytes(members: Mapping[str, str | bytes]) -> bytes:
    """A ZIP archive (stored, not compressed) holding ``members``: name -> content."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes(lines: Sequence[str]) -> bytes:
    """A .docx (python-docx's default template) with one Normal paragraph per line."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: Sequence[str], *, compress: bool | None = None) -> bytes:
    """A one-column text PDF (reportlab, Helvetica 10pt, Letter), a new page when one is full.

    Args:
        lines: The lines, top to bottom.
        compress: Whether page streams are compressed; None leaves reportlab's default.
    """
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=LETTER, pageCompression=None if compress is None else int(compress)
    )
    canvas.setFont("Helvetica", 10)
    y = LETTER[1] - 60
    for line in lines:
        if y < 60:
            canvas.showPage()
            canvas.setFont("Helvetica", 10)
            y = LETTER[1] - 60
        canvas.drawString(60, y, line)
        y -= 13
    canvas.save()
    return buffer.getvalue()


# A document part's DOCTYPE that tries to read a local file or to expand without bound, and where
# the document refers to it: external entity, parameter entity, external DTD, "billion laughs".
ENTITY_ATTACKS = [
    pytest.param(
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{uri}">]>', "&xxe;", id="external-entity"
    ),
    pytest.param(
        '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "{uri}"> %p;]>', "", id="parameter-entity"
    ),
    pytest.param('<!DOCTYPE w:document SYSTEM "{uri}">', "", id="external-dtd"),
    pytest.param(
        '<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        "&d;",
        id="entity-expansion",
    ),
]


def entity_attack_xml(folder: Path, doctype: str, reference: str) -> str:
    """A ``word/document.xml`` with one of :data:`ENTITY_ATTACKS`, aimed at files in ``folder``.

    Writes ``secret.txt`` ("TOPSECRET-TOKEN") and ``evil.dtd`` (an entity "TOPSECRET-DTD") in
    ``folder``: neither word may reach any output, nor may "lollol" (an expansion). The document
    itself says "Jane Doe, Project Manager" and "Leak: " with the reference.
    """
    secret = folder / "secret.txt"
    secret.write_text("TOPSECRET-TOKEN", encoding="utf-8")
    (folder / "evil.dtd").write_text('<!ENTITY leak "TOPSECRET-DTD">', encoding="utf-8")
    uri = secret if "ENTITY" in doctype and "%" not in doctype else folder / "evil.dtd"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + doctype.format(uri=uri.as_uri())
        + f'<w:document xmlns:w="{W_NS}"><w:body>'
        + "<w:p><w:r><w:t>Jane Doe, Project Manager</w:t></w:r></w:p>"
        + f"<w:p><w:r><w:t>Leak: {reference}</w:t></w:r></w:p>"
        + "</w:body></w:document>"
    )
