"""Render the README previews of the shipped Word designs through LibreOffice.

Tailors the example resume (examples/jordan-rivera-resume.txt) to the example posting once per
style (``classic``, ``modern``, ``compact``) and once through the example Word template
(templates/resume-template.docx), converts each resume .docx to PDF with LibreOffice
(``soffice --headless --convert-to pdf``, its own throw-away profile) and the first page to a small
PNG with poppler's ``pdftoppm -png -r 50 -singlefile``, written to examples/previews/.

Needs LibreOffice and poppler-utils; for faithful previews also the metric-compatible free twins
of the fonts (Debian: fonts-crosextra-carlito for Calibri, fonts-crosextra-caladea for Cambria,
fonts-liberation for Arial), or LibreOffice substitutes fonts of other widths::

    python scripts/make_previews.py
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from resume_kit.tailoring.application import tailor
from resume_kit.tailoring.pdf_export import docx_to_pdf
from resume_kit.tailoring.styles import STYLES

ROOT = Path(__file__).resolve().parent.parent
RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
POSTING = ROOT / "examples" / "posting-it-project-manager.txt"
TEMPLATE = ROOT / "templates" / "resume-template.docx"
OUT = ROOT / "examples" / "previews"
TODAY = "2025-06-02"
FONTS = {"Calibri": "Carlito", "Cambria": "Caladea", "Arial": "Liberation Sans"}


def warn_missing_fonts() -> None:
    """Say which free font twins are missing (the preview would use another font's widths)."""
    if shutil.which("fc-match") is None:
        return
    for font, twin in FONTS.items():
        found = subprocess.run(
            ["fc-match", "-f", "%{family}", font], capture_output=True, text=True, check=False
        ).stdout
        if twin not in found:
            print(f"warning: no {twin} font for {font}; the {font} preview will not be faithful")


def tailored_resumes(work: Path) -> dict[str, Path]:
    """Write the example's tailored resume .docx once per style and once from the template."""
    resumes: dict[str, Path] = {}
    designs: dict[str, dict[str, object]] = {name: {"style": name} for name in STYLES}
    designs["docx-template"] = {"docx_template": TEMPLATE}
    for name, options in designs.items():
        result = tailor(
            RESUME,
            POSTING,
            outdir=work / name,
            formats=("docx",),
            today=TODAY,
            **options,  # type: ignore[arg-type]
        )
        (resume,) = [path for path in result.paths if path.name.endswith("-resume.docx")]
        resumes[name] = resume.rename(work / f"{name}.docx")
    return resumes


def convert(resumes: dict[str, Path], work: Path) -> None:
    """PDF through LibreOffice (the converter --format pdf uses), then page one as a small PNG."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("needs poppler-utils (pdftoppm) on PATH")
    for name, docx in resumes.items():
        (work / f"{name}.pdf").write_bytes(docx_to_pdf(docx.read_bytes(), name=name, timeout=300))
    OUT.mkdir(parents=True, exist_ok=True)
    for name in resumes:
        pdf = work / f"{name}.pdf"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(OUT / name)],
            check=True,
            timeout=60,
        )
        print(f"wrote {OUT / name}.png")


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    warn_missing_fonts()
    with tempfile.TemporaryDirectory(prefix="resume-kit-previews-") as folder:
        work = Path(folder)
        convert(tailored_resumes(work), work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
