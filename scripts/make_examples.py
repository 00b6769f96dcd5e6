"""Build the Word version of the shipped example resume from its plain-text source.

``examples/jordan-rivera-resume.txt`` is the single source of truth. This script reads its simple
layout (name, headline, one contact line, UPPERCASE section headings, ``Title | Employer | City |
Dates`` role lines, ``• `` bullets, ``Label: items`` skill lines) and writes
``examples/jordan-rivera-resume.docx`` the way people actually lay out Word resumes: the name in the
Title style, contact details and technical skills in borderless tables, Heading 1 section titles,
bold role lines with the dates on a right tab stop, and "List Bullet" paragraphs.

The output is byte-for-byte reproducible: core properties carry fixed dates and every zip member
gets a fixed timestamp, so re-running the script leaves git with nothing to commit.

It then runs ``resume_kit.tailor`` on that .docx and ``examples/posting-it-project-manager.txt``
(with a fixed date, so the letter's date does not move) and keeps the three tailored documents in
``examples/tailored/`` as .docx and .md: what a user gets from the README's command. ``--check``
compares them as text (paragraph style and text, tables by rows; the .md exactly), not as bytes,
so a newer python-docx or lxml that serialises differently does not make them "stale".

Usage::

    python scripts/make_examples.py          # rewrite the example .docx and examples/tailored/
    python scripts/make_examples.py --check  # exit 1 if any of them is stale or wrong
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RESUME_TXT = EXAMPLES / "jordan-rivera-resume.txt"
RESUME_DOCX = EXAMPLES / "jordan-rivera-resume.docx"
POSTING_TXT = EXAMPLES / "posting-it-project-manager.txt"
TAILORED = EXAMPLES / "tailored"
TAILORED_TODAY = "2025-06-02"  # the cover letter's date, fixed so the output is reproducible
TAILORED_SUFFIXES = (".docx", ".md", ".png")

# A fixed instant for core properties and zip member timestamps (reproducible output).
FIXED_TIME = dt.datetime(2026, 1, 15, 9, 0, 0, tzinfo=dt.UTC)
BULLET = "• "
FIELD_SEP = " | "
PAGE_MARGIN = Inches(0.75)
PAGE_WIDTH = Inches(8.5)


@dataclass
class Role:
    """One role line (title, employer, city, dates) and its bullets."""

    fields: list[str]
    dates: str
    bullets: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A section of the text resume: its heading and raw content lines."""

    heading: str
    lines: list[str] = field(default_factory=list)


@dataclass
class TextResume:
    """The parsed text resume."""

    name: str
    headline: str
    contact: list[str]
    sections: list[Section]


def parse_text_resume(text: str) -> TextResume:
    """Split the example's plain text into header fields and sections.

    Raises:
        ValueError: If the text does not follow the layout described in the module docstring.
    """
    lines = text.splitlines()
    if len(lines) < 4:
        raise ValueError(f"{RESUME_TXT.name}: expected name, headline and contact lines")
    name, headline, contact_line = (line.strip() for line in lines[:3])
    sections: list[Section] = []
    for raw in lines[3:]:
        line = raw.rstrip()
        if not line:
            continue
        if _is_heading(line):
            sections.append(Section(heading=line))
        elif not sections:
            raise ValueError(f"{RESUME_TXT.name}: text before the first heading: {line!r}")
        else:
            sections[-1].lines.append(line)
    return TextResume(name, headline, contact_line.split(FIELD_SEP), sections)


def _is_heading(line: str) -> bool:
    return line.isupper() and FIELD_SEP not in line and not line.startswith(BULLET)


def parse_roles(lines: list[str]) -> list[Role]:
    """Group experience lines into roles: a ``|`` line opens a role, bullets follow it."""
    roles: list[Role] = []
    for line in lines:
        if line.startswith(BULLET):
            if not roles:
                raise ValueError(f"{RESUME_TXT.name}: bullet before any role line: {line!r}")
            roles[-1].bullets.append(line.removeprefix(BULLET))
        else:
            *fields, dates = line.split(FIELD_SEP)
            roles.append(Role(fields=fields, dates=dates))
    return roles


def build_docx(resume: TextResume) -> bytes:
    """Lay the resume out as a Word document and return the .docx bytes (reproducible)."""
    document = docx.Document()
    _set_up_page(document)

    document.add_paragraph(resume.name, style="Title")
    document.add_paragraph(resume.headline, style="Subtitle")
    contact = document.add_table(rows=2, cols=2)
    for index, item in enumerate(resume.contact):
        contact.cell(index // 2, index % 2).text = item

    for section in resume.sections:
        document.add_heading(section.heading.title(), level=1)
        if section.heading == "PROFESSIONAL EXPERIENCE":
            _add_roles(document, parse_roles(section.lines))
        elif section.heading == "CORE COMPETENCIES":
            items = FIELD_SEP.join(section.lines).split(FIELD_SEP)
            document.add_paragraph(FIELD_SEP.join(items))
        elif section.heading in ("EDUCATION", "CERTIFICATIONS"):
            for line in section.lines:
                first, *rest = line.split(FIELD_SEP)
                paragraph = document.add_paragraph()
                paragraph.add_run(first).bold = True
                paragraph.add_run("".join(FIELD_SEP + part for part in rest))
        elif section.heading == "TECHNICAL SKILLS":
            table = document.add_table(rows=0, cols=2)
            for line in section.lines:
                label, items = line.split(":", 1)
                cells = table.add_row().cells
                cells[0].text = label.strip()
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = items.strip()
            for row in table.rows:
                row.cells[0].width = Inches(1.9)
                row.cells[1].width = Inches(5.1)
        else:
            for line in section.lines:
                document.add_paragraph(line)

    _set_core_properties(document, resume)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _set_up_page(document: docx.document.Document) -> None:
    for page in document.sections:
        page.left_margin = page.right_margin = PAGE_MARGIN
        page.top_margin = page.bottom_margin = PAGE_MARGIN
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)


def _add_roles(document: docx.document.Document, roles: list[Role]) -> None:
    text_width = PAGE_WIDTH - 2 * PAGE_MARGIN
    for role in roles:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(FIELD_SEP.join(role.fields)).bold = True
        paragraph.add_run("\t" + role.dates).bold = True
        for bullet in role.bullets:
            document.add_paragraph(bullet, style="List Bullet")


def _set_core_properties(document: docx.document.Document, resume: TextResume) -> None:
    props = document.core_properties
    props.title = f"{resume.name} – Resume"
    props.subject = resume.headline
    props.author = resume.name
    props.last_modified_by = resume.name
    props.keywords = "resume; IT project manager; example"
    props.comments = "Fictional person. Generated by scripts/make_examples.py."
    props.category = "Resume"
    props.created = FIXED_TIME.replace(tzinfo=None)
    props.modified = FIXED_TIME.replace(tzinfo=None)
    props.last_printed = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps so identical content gives equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


def read_docx_text(data: bytes) -> str:
    """Return the document's text in reading order: paragraphs, then table cells row by row."""
    document = docx.Document(io.BytesIO(data))
    parts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            parts.extend(cell.text for row in block.rows for cell in row.cells)
        else:
            parts.append(block.text)
    return "\n".join(parts)


def tokens_of(text: str) -> list[str]:
    """Lower-cased words and symbols, ignoring layout-only marks (``|``, ``:``, bullets)."""
    return re.findall(r"\w+|[^\w\s|:•]", text.lower())


def check_docx(data: bytes, resume: TextResume, source: str) -> list[str]:
    """Compare a built .docx with the text source; return the problems found (empty if none)."""
    problems: list[str] = []
    document = docx.Document(io.BytesIO(data))
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    bullets = sum(line.startswith(BULLET) for s in resume.sections for line in s.lines)
    if styles.count("Title") != 1:
        problems.append("expected exactly one Title paragraph (the name)")
    if styles.count("Heading 1") != len(resume.sections):
        problems.append(f"expected {len(resume.sections)} Heading 1 paragraphs")
    if styles.count("List Bullet") != bullets:
        found = styles.count("List Bullet")
        problems.append(f"expected {bullets} List Bullet paragraphs, found {found}")
    if len(document.tables) != 2:
        problems.append("expected 2 tables (contact, technical skills)")
    if document.core_properties.author != resume.name:
        problems.append("core property author is not the resume's name")
    docx_tokens, txt_tokens = tokens_of(read_docx_text(data)), tokens_of(source)
    if docx_tokens != txt_tokens:
        pairs = zip(docx_tokens, txt_tokens, strict=False)
        first = next(
            (i for i, (ours, theirs) in enumerate(pairs) if ours != theirs),
            min(len(docx_tokens), len(txt_tokens)),
        )
        problems.append(
            f"docx text differs from {RESUME_TXT.name} at token {first}: "
            f"{docx_tokens[first : first + 8]} vs {txt_tokens[first : first + 8]}"
        )
    return problems


def build_tailored() -> dict[str, bytes]:
    """Tailor the example resume to the example posting; return file name -> bytes.

    The .docx files get fixed zip timestamps (their core-property dates come from the fixed ones
    of the shipped reference .docx), so re-running leaves git with nothing to commit.
    """
    from resume_kit.tailoring.application import tailor

    with tempfile.TemporaryDirectory(prefix="make-examples-") as work:
        result = tailor(
            RESUME_DOCX, POSTING_TXT, outdir=work, formats=("docx", "md"), today=TAILORED_TODAY
        )
        files: dict[str, bytes] = {}
        for path in result.paths:
            if path.suffix in TAILORED_SUFFIXES:
                data = path.read_bytes()
                files[path.name] = _normalise_zip(data) if path.suffix == ".docx" else data
    return files


def dump_tailored(name: str, data: bytes) -> str:
    """A normalised text dump: the .md as it is; a .docx as "style: text" lines, tables by rows.

    The chart .png is compared by its pixel size only: its bytes change with the matplotlib version.
    """
    if name.endswith(".png"):
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return f"PNG {width}x{height}"
    if not name.endswith(".docx"):
        return data.decode("utf-8")
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            lines.extend("| " + " | ".join(c.text for c in row.cells) + " |" for row in block.rows)
        else:
            brk = " [page break before]" if block.paragraph_format.page_break_before else ""
            lines.append(f"{block.style.name if block.style else ''}: {block.text}{brk}")
    return "\n".join(lines) + "\n"


def check_tailored(built: dict[str, bytes]) -> list[str]:
    """Compare examples/tailored/ with freshly built documents; return the problems found."""
    on_disk = (
        {p.name for p in TAILORED.iterdir() if p.suffix in TAILORED_SUFFIXES}
        if TAILORED.is_dir()
        else set()
    )
    problems = [f"tailored/{name} is missing" for name in sorted(set(built) - on_disk)]
    problems += [
        f"tailored/{name} is not produced any more" for name in sorted(on_disk - set(built))
    ]
    for name in sorted(set(built) & on_disk):
        if dump_tailored(name, (TAILORED / name).read_bytes()) != dump_tailored(name, built[name]):
            problems.append(f"tailored/{name} is out of date")
    if problems:
        problems.append("run python scripts/make_examples.py and review the diff")
    return problems


def write_tailored(built: dict[str, bytes]) -> None:
    """Replace examples/tailored/ with the built documents."""
    TAILORED.mkdir(exist_ok=True)
    for stale in TAILORED.iterdir():
        if stale.suffix in TAILORED_SUFFIXES and stale.name not in built:
            stale.unlink()
    for name, data in built.items():
        (TAILORED / name).write_bytes(data)
        print(f"wrote {TAILORED / name} ({len(data)} bytes)")


def main(argv: list[str] | None = None) -> int:
    """Build (or with ``--check`` verify) the example .docx; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args(argv)

    source = RESUME_TXT.read_text(encoding="utf-8")
    resume = parse_text_resume(source)
    built = build_docx(resume)
    problems = check_docx(built, resume, source)
    if args.check:
        if not RESUME_DOCX.exists() or read_docx_text(RESUME_DOCX.read_bytes()) != read_docx_text(
            built
        ):
            problems.append(f"{RESUME_DOCX.name} is missing or stale: run scripts/make_examples.py")
        problems += check_tailored(build_tailored())
    elif not problems:
        RESUME_DOCX.write_bytes(built)
        print(f"wrote {RESUME_DOCX} ({len(built)} bytes)")
        write_tailored(build_tailored())
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
