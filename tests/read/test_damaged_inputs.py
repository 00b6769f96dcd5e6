"""A corpus of damaged real files, made at test time from the project's own examples and fixtures.

Real files are often damaged rather than hostile: a download cut short, a PDF cut mid-stream, a
.docx missing a part, a file renamed to the wrong extension, Windows-1252 bytes inside UTF-8 text,
a BOM, NUL bytes, a scanned PDF with no text layer. Each variant below is run through the command
line as a user would (``extract --json``, ``score --json`` and, for many, ``tailor``) and must give
either a usable result (with a ``Warning:`` line where text was recovered) or one ``Error:`` line
naming the file and saying what to do: never a traceback, never a partial or temporary output
file. The count feeds the ``damaged inputs: N tried, N handled`` line of the test run's summary.

Nothing here is timed (no test is); the inputs are small and every reader runs within the
library's limits, and the summary prints the slowest case for a person to read.
"""

from __future__ import annotations

import codecs
import functools
import io
import json
import logging
import random
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from file_builders import ENTITY_ATTACKS, W_NS, docx_bytes, entity_attack_xml, pdf_bytes

from resume_kit.cli.commands import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"
RESUME = EXAMPLES / "jordan-rivera-resume.txt"
POSTING = EXAMPLES / "posting-it-project-manager.txt"

READ, ERROR, EITHER = "read", "error", "either"


@dataclass(frozen=True)
class Case:
    """One damaged input and what it must give.

    Attributes:
        name: The file name to save it under (its extension declares a format).
        data: The file's bytes.
        expect: ``READ`` (exit 0 with text), ``ERROR`` (one ``Error:`` line) or ``EITHER``.
        says: Text the error line (``ERROR``) or the warning line (``READ``) must hold.
        keeps: Text the result must hold when it is read.
        warns: Whether a read result must come with a ``Warning:`` line (None: may or may not).
        role: Whether the file is given as the resume or the posting to ``score`` / ``tailor``.
    """

    name: str
    data: bytes
    expect: str = EITHER
    says: str = ""
    keeps: str = ""
    warns: bool | None = None
    role: str = "resume"


# --------------------------------------------------------------------------------------------
# the sound files the damage starts from


def _image_pdf(pages: int) -> bytes:
    """A scan: each page one picture of text, and no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(pages):
        image = Image.new("L", (300, 80), 255)
        ImageDraw.Draw(image).text((10, 30), f"Jordan Rivera, page {number + 1}", fill=0)
        canvas.drawImage(ImageReader(image), 72, 600, width=300, height=80)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class Source:
    name: str
    data: bytes
    keeps: str  # text every sound read of it holds
    role: str = "resume"


@functools.cache
def _sources() -> dict[str, Source]:
    resume_lines = RESUME.read_text(encoding="utf-8").splitlines()
    text = {path.name: path.read_bytes() for path in (*EXAMPLES.glob("*.txt"), *FIXTURES.iterdir())}
    return {
        "word": Source("cv.docx", (EXAMPLES / "jordan-rivera-resume.docx").read_bytes(), "Rivera"),
        "python-docx": Source("built.docx", docx_bytes(resume_lines), "Rivera"),
        "pdf": Source("cv.pdf", pdf_bytes(resume_lines, compress=False), "Rivera"),
        "compressed pdf": Source("packed.pdf", pdf_bytes(resume_lines, compress=True), "Rivera"),
        "txt": Source("cv.txt", text["jordan-rivera-resume.txt"], "Rivera"),
        "posting txt": Source(
            "job.txt", text["posting-it-project-manager.txt"], "Cobalt Ridge", "posting"
        ),
        "md": Source("cv.md", text["resume-title-case.md"], "Alex Moreno"),
        "html": Source("job.html", text["posting-saved.html"], "Juniper Shore Bank", "posting"),
        "json resume": Source("resume.json", text["resume.json"], "Casey Nguyen"),
        "json job": Source("job.json", text["job.json"], "Harborlight", "posting"),
    }


# --------------------------------------------------------------------------------------------
# kinds of damage


def _cut(source: Source) -> dict[str, Case]:
    """The file cut short at several points, as a download that stopped.

    Text is simply shorter; JSON is then invalid; a .docx past its first few kilobytes still
    holds its document part (Word writes it early), read with a warning.
    """
    data, name, role = source.data, source.name, source.role
    ext = name.rsplit(".", 1)[1]
    cases = {}
    for share in (5, 25, 50, 75, 95):
        cut = data[: len(data) * share // 100]
        if ext in ("txt", "md", "html"):
            case = Case(name, cut, READ, role=role)
        elif ext == "json":
            case = Case(name, cut, ERROR, "JSON", role=role)
        elif ext == "docx" and share >= 25:
            case = Case(name, cut, READ, "damaged Word file", source.keeps, True, role)
        else:
            case = Case(name, cut, role=role)
        cases[f"{name} cut at {share}%"] = case
    cases[f"{name} without its last byte"] = Case(
        name, data[:-1], READ, "", source.keeps, None, role
    )
    return cases


def _flipped(source: Source, count: int) -> dict[str, Case]:
    """Single bytes inverted at spread-out offsets, and one file with 20 random bytes changed."""
    data = source.data
    cases = {}
    for index in range(count):
        offset = len(data) * (2 * index + 1) // (2 * count)
        damaged = bytearray(data)
        damaged[offset] ^= 0xFF
        cases[f"{source.name} byte {offset} flipped"] = Case(
            source.name, bytes(damaged), role=source.role
        )
    rng = random.Random(source.name)
    damaged = bytearray(data)
    for offset in rng.sample(range(len(data)), 20):
        damaged[offset] = rng.randrange(256)
    cases[f"{source.name} 20 random bytes"] = Case(source.name, bytes(damaged), role=source.role)
    return cases


def _rezip(data: bytes, part: str, change: Callable[[bytes], bytes] | None = None) -> bytes:
    """The same package with ``part`` changed by ``change``, or left out without one."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in original.infolist():
            body = original.read(info)
            if info.filename != part:
                copy.writestr(info.filename, body)
            elif change is not None:
                copy.writestr(info.filename, change(body))
    return buffer.getvalue()


_PARTS = (
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
    "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
    "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml",
)  # fmt: skip


def _zip_parts(source: Source) -> dict[str, Case]:
    """Parts of the package missing, emptied, cut in half or replaced by junk."""
    cases = {}
    with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
        names = set(archive.namelist())
    changes: dict[str, Callable[[bytes], bytes]] = {
        "emptied": lambda body: b"",
        "cut in half": lambda body: body[: len(body) // 2],
        "junk": lambda body: b"\x00\xff not XML at all",
    }
    for part in _PARTS:
        if part not in names:
            continue
        # Without its document there is nothing to read; any other part can be done without.
        expect = ERROR if part == "word/document.xml" else READ
        cases[f"{source.name} without {part}"] = Case(
            source.name, _rezip(source.data, part), expect, keeps=source.keeps
        )
        for how, change in changes.items():
            body_gone = part == "word/document.xml" and how != "cut in half"
            cases[f"{source.name} {part} {how}"] = Case(
                source.name,
                _rezip(source.data, part, change),
                ERROR if body_gone else READ,
                keeps="" if part == "word/document.xml" else source.keeps,
            )
    return cases


_EXTENSIONS = ("txt", "md", "docx", "pdf", "html", "json")


def _renamed(source: Source) -> dict[str, Case]:
    """The file saved under every other extension.

    A .docx or PDF is recognised by its content whatever its name, and text formats read one
    another's text; text named .docx, .pdf or .json is refused with what it is not.
    """
    stem, ext = source.name.rsplit(".", 1)
    cases = {}
    for other in _EXTENSIONS:
        name = f"{stem}.{other}"
        if other == ext:
            continue
        if ext in ("docx", "pdf") or other not in ("docx", "pdf", "json"):
            case = Case(name, source.data, READ, "", source.keeps, False, source.role)
        else:
            says = {"docx": "not a Word", "pdf": "not a PDF", "json": "JSON"}[other]
            case = Case(name, source.data, ERROR, says, role=source.role)
        cases[f"{source.name} named .{other}"] = case
    return cases


# A line typed in UTF-8 ("naïve"), then words pasted from a Windows program in Windows-1252.
_MIXED = "naïve: ".encode() + "Renée Dupré – “agile” café".encode("cp1252")


def _encodings(source: Source) -> dict[str, Case]:
    """The text in other encodings, with BOMs, and with Windows-1252 bytes pasted into it."""
    data, name, role, keeps = source.data, source.name, source.role, source.keeps
    text = data.decode("utf-8")
    middle = data.index(b"\n", len(data) // 2) + 1
    # A JSON file takes the pasted words inside a string value: elsewhere it is simply not JSON.
    mixed = (
        data[:middle] + _MIXED + b"\n" + data[middle:]
        if not name.endswith(".json")
        else data.replace(b'"name": "', b'"name": "' + _MIXED + b" ", 1)
    )
    sound = {  # whole files in one encoding: read as they are, no warning
        "in Windows-1252": text.encode("cp1252", "replace"),
        "with a UTF-8 BOM": codecs.BOM_UTF8 + data,
        "with two UTF-8 BOMs": codecs.BOM_UTF8 * 2 + data,
        "in UTF-16 with a BOM": text.encode("utf-16"),
        "in UTF-16-LE without a BOM": text.encode("utf-16-le"),
        "in UTF-16-BE without a BOM": text.encode("utf-16-be"),
        "in UTF-32 with a BOM": text.encode("utf-32"),
    }
    cases = {
        f"{name} {how}": Case(name, encoded, READ, "", keeps, False, role)
        for how, encoded in sound.items()
    }
    cases[f"{name} with Windows-1252 inside UTF-8"] = Case(
        name, mixed, READ, "Windows-1252", "naïve: Renée Dupré – “agile” café", True, role
    )
    cases[f"{name} in UTF-16 cut mid-character"] = Case(
        name, text.encode("utf-16")[:-1], *_partial(name, keeps), role
    )
    cases[f"{name} in UTF-8 cut mid-character"] = Case(
        name, data.rstrip() + "é".encode()[:1], *_partial(name, keeps), role
    )
    return cases


def _partial(name: str, keeps: str) -> tuple[str, str, str, bool | None]:
    """A text file whose last character is cut: read with a warning (JSON: then invalid)."""
    if name.endswith(".json"):
        return ERROR, "JSON", "", None
    return READ, "could not be decoded", keeps, True


def _nuls(source: Source) -> dict[str, Case]:
    """NUL bytes: at the start, a run in the middle, after each line, padding the end."""
    data, name, role, keeps = source.data, source.name, source.role, source.keeps
    middle = data.index(b"\n", len(data) // 2) + 1
    variants = {
        "a NUL byte first": b"\0" + data,
        "50 NUL bytes in the middle": data[:middle] + b"\0" * 50 + data[middle:],
        "a NUL byte ending each line": data.replace(b"\n", b"\0\n"),
        "twice its size of NUL padding": data + b"\0" * (2 * len(data)),
    }
    return {
        f"{name} with {how}": Case(name, damaged, READ, "NUL", keeps, True, role)
        for how, damaged in variants.items()
    }


def _pdf_cut_mid_stream(source: Source) -> dict[str, Case]:
    """A PDF cut inside its first page's content stream (nothing to read: refused), and inside
    its last page's (the first page is read, with a warning that the file ends early)."""
    data = source.data
    first = data.index(b"stream\n") + 200
    last = data.rindex(b"endstream") - 200
    return {
        f"{source.name} cut inside the first page's stream": Case(
            source.name, data[:first], ERROR, "truncated"
        ),
        f"{source.name} cut inside the last page's stream": Case(
            source.name, data[:last], READ, "ends early", source.keeps, True
        ),
    }


def _odd_docx() -> dict[str, Case]:
    """Word files as old or unusual converters write them."""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Jordan Rivera</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Senior IT Project Manager, Scrum and Jira</w:t></w:r></w:p></w:body>"
        "</w:document>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )

    def package(members: dict[str, str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for member, body in members.items():
                archive.writestr(member, body)
        return buffer.getvalue()

    minimal = {"[Content_Types].xml": types, "_rels/.rels": rels, "word/document.xml": document}
    return {
        "docx of three parts only": Case(
            "old.docx", package(minimal), READ, "", "Jordan Rivera", False
        ),
        "docx stored without compression": Case(
            "stored.docx", package(minimal, zipfile.ZIP_STORED), READ, "", "Jordan Rivera", False
        ),
        "docx of three parts cut in the document": Case(
            "old.docx", package(minimal, zipfile.ZIP_STORED)[:-400]
        ),
        "docx whose document part has another name": Case(
            "renamed-part.docx",
            package(
                {
                    "[Content_Types].xml": types.replace("/word/document.xml", "/word/main.xml"),
                    "_rels/.rels": rels.replace("word/document.xml", "word/main.xml"),
                    "word/main.xml": document,
                }
            ),
            READ,
            "",
            "Jordan Rivera",
            False,
        ),
        "docx with a BOM before the XML": Case(
            "bom.docx",
            package({**minimal, "word/document.xml": "\ufeff" + document}),
            READ,
            keeps="Jordan Rivera",
        ),
    }


def _scans() -> dict[str, Case]:
    """PDFs that are pictures of text: they say so and suggest OCR."""
    return {
        f"image-only pdf of {pages} page(s)": Case("scan.pdf", _image_pdf(pages), ERROR, "OCR")
        for pages in (1, 2)
    }


@functools.cache
def corpus() -> dict[str, Case]:
    """Every damaged input, by a name saying what was done to which file."""
    sources = _sources()
    cases: dict[str, Case] = {}
    for key in ("word", "python-docx"):
        cases |= _cut(sources[key]) | _flipped(sources[key], 6) | _zip_parts(sources[key])
        cases |= _renamed(sources[key])
    for key in ("pdf", "compressed pdf"):
        cases |= _cut(sources[key]) | _flipped(sources[key], 6) | _renamed(sources[key])
        cases |= _pdf_cut_mid_stream(sources[key])
    for key in ("txt", "posting txt", "md", "html", "json resume", "json job"):
        source = sources[key]
        cases |= _cut(source) | _encodings(source)
        cases |= _nuls(source) | _flipped(source, 3)
    for key in ("txt", "md", "html", "json resume"):
        cases |= _renamed(sources[key])
    return cases | _odd_docx() | _scans()


# --------------------------------------------------------------------------------------------
# the test


def _check_error(result: Result, path: Path, says: str) -> str:
    """Exit 1, nothing on stdout, one ``Error: <file>: <what> ; <what to do>`` line on stderr."""
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith(f"Error: {path}: "), line
    assert ";" in line, f"the error does not say what to do: {line}"  # "what; what to do"
    assert says.lower() in line.lower(), line
    return line


def _check_read(result: Result, path: Path) -> list[str]:
    """Exit 0, and stderr holds only ``Warning: <file>: ...`` lines; returns those lines."""
    assert result.exit_code == 0, (result.stdout, result.stderr, repr(result.exception))
    assert "Traceback" not in result.stderr
    warnings = result.stderr.strip().splitlines()
    for line in warnings:
        assert line.startswith(f"Warning: {path}: "), result.stderr
    return warnings


def _outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture(scope="module", autouse=True)
def _pipeline_loaded() -> None:
    """Load the spaCy pipeline once first, so no case's time includes it."""
    assert CliRunner().invoke(cli, ["extract", "--json", str(RESUME)]).exit_code == 0


# Every readable case is scored; ``tailor`` (a quarter of a second each) runs on every case that
# fails, where it must write nothing, and on every third readable one.
_TAILOR_EVERY = 3
# The library's own limits bound every case; a PDF gets a third of its default minute, so a
# reader that loops would fail the case rather than stall the run.
_LIMITS = ["--pdf-seconds", "20"]


@pytest.mark.parametrize("key", list(corpus()))
def test_damaged_input_is_read_or_refused_in_one_line(
    key: str, tmp_path: Path, damaged_input_tally: dict[str, Any]
) -> None:
    case = corpus()[key]
    tally = damaged_input_tally
    tally["tried"] += 1
    started = time.perf_counter()
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / case.name
    path.write_bytes(case.data)
    runner = CliRunner()

    extracted = runner.invoke(cli, ["extract", "--json", *_LIMITS, str(path)])

    assert "Traceback" not in extracted.stderr
    if extracted.exit_code == 0:
        assert case.expect != ERROR, f"read, but it should be refused: {extracted.stdout[:300]}"
        warnings = _check_read(extracted, path)
        document = json.loads(extracted.stdout)
        assert document["text"].strip()
        assert "\x00" not in document["text"]
        assert case.keeps in document["text"]
        if case.warns is not None:
            assert bool(warnings) == case.warns, extracted.stderr or "no warning"
        if case.says:
            assert any(case.says.lower() in line.lower() for line in warnings), warnings
        pair = [str(path), str(POSTING)] if case.role == "resume" else [str(RESUME), str(path)]
        scored = runner.invoke(cli, ["score", "--json", *_LIMITS, *pair])
        assert _check_read(scored, path) == warnings
        assert 0 <= json.loads(scored.stdout)["overall"] <= 100
        tailor = list(corpus()).index(key) % _TAILOR_EVERY == 0
    else:
        assert case.expect != READ, f"refused, but it should be read: {extracted.stderr}"
        message = _check_error(extracted, path, case.says)
        pair = [str(path), str(POSTING)] if case.role == "resume" else [str(RESUME), str(path)]
        scored = runner.invoke(cli, ["score", "--json", *_LIMITS, *pair])
        assert _check_error(scored, path, case.says) == message
        tailor = True

    if tailor:
        out = tmp_path / "out"
        tailored = runner.invoke(cli, ["tailor", *_LIMITS, *pair, "-o", str(out), "--no-chart"])
        if extracted.exit_code == 0:
            _check_read(tailored, path)
            written = _outputs(out)
            kinds = [name.rsplit("-", 1)[1] for name in written]
            # The whole set, and no temporary file beside it.
            assert kinds == ["letter.docx", "prep.docx", "report.json", "resume.docx"], written
        else:
            _check_error(tailored, path, case.says)
            assert _outputs(out) == []  # no partial and no temporary file
    assert _outputs(folder) == [case.name]  # the input is left as it was, nothing beside it

    elapsed = time.perf_counter() - started
    if elapsed > tally["slowest"][0]:
        tally["slowest"] = (elapsed, key)
    tally["handled"] += 1


def test_the_corpus_is_large_and_covers_every_kind_of_damage() -> None:
    cases = corpus()
    assert len(cases) >= 200
    for kind in (
        "cut at", "flipped", "random bytes", "without word/", "cut in half", "named .",
        "Windows-1252 inside UTF-8", "BOM", "UTF-16", "NUL", "image-only", "cut inside",
    ):  # fmt: skip
        assert any(kind in key for key in cases), kind


def test_an_image_only_pdf_says_it_has_no_text_layer_and_suggests_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_image_pdf(1))

    result = CliRunner().invoke(cli, ["extract", str(path)])

    message = _check_error(result, path, "no text layer")
    assert "OCR" in message and "ocrmypdf" in message


def test_warnings_come_only_with_a_result_and_quiet_hides_them(tmp_path: Path) -> None:
    runner = CliRunner()
    padded = tmp_path / "cv.txt"
    padded.write_bytes(RESUME.read_bytes() + bytes(3000))  # a download padded with NULs
    cut_json = tmp_path / "cv.json"
    cut_json.write_bytes((FIXTURES / "resume.json").read_text("utf-8").encode("utf-16")[:-1])

    warned = runner.invoke(cli, ["extract", str(padded)])
    quiet = runner.invoke(cli, ["-q", "extract", str(padded)])
    refused = runner.invoke(cli, ["extract", str(cut_json)])

    assert warned.exit_code == 0
    assert warned.stderr == (
        f"Warning: {padded}: 3,000 NUL bytes were dropped (the file may be damaged, or padded "
        "after a cut download); check that its text is complete\n"
    )
    assert quiet.exit_code == 0 and quiet.stderr == ""
    # The undecodable last byte is not worth a warning when the file is refused anyway.
    _check_error(refused, cut_json, "not valid JSON")


def test_the_library_logs_a_recovery_warning_only_when_the_read_succeeds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from resume_kit.errors import InputFileError
    from resume_kit.read import read_bytes

    mixed = "naïve ".encode() + "café “agile”".encode("cp1252")
    with caplog.at_level(logging.WARNING, logger="resume_kit"):
        source = read_bytes(mixed, name="notes.txt")
        with pytest.raises(InputFileError):
            read_bytes(b'{"basics": "' + mixed, name="cv.json")

    assert source.text == "naïve café “agile”"
    assert [record.getMessage() for record in caplog.records] == [
        "notes.txt: 3 bytes were not valid UTF-8 and were read as Windows-1252 (text pasted from "
        "another program, or damage); check the accented letters and quotes around them"
    ]


@pytest.mark.parametrize("damage", ["styles.xml missing", "cut short"])
@pytest.mark.parametrize(("doctype", "reference"), ENTITY_ATTACKS)
def test_a_damaged_docx_read_from_its_document_part_resolves_no_entity_and_loads_no_dtd(
    tmp_path: Path, doctype: str, reference: str, damage: str
) -> None:
    xml = entity_attack_xml(tmp_path, doctype, reference)
    data = _rezip(docx_bytes(["placeholder"]), "word/document.xml", lambda body: xml.encode())
    data = _rezip(data, "word/styles.xml") if damage == "styles.xml missing" else data[:-200]
    path = tmp_path / "cv.docx"
    path.write_bytes(data)

    result = CliRunner().invoke(cli, ["extract", "--json", str(path)])

    everything = result.stdout + result.stderr
    assert "TOPSECRET" not in everything and "lollol" not in everything
    if result.exit_code == 0:
        assert "Jane Doe" in json.loads(result.stdout)["text"]
        assert "damaged Word file" in _check_read(result, path)[0]
    else:
        _check_error(result, path, "Word")


def test_a_docx_cut_short_is_still_read_within_the_unzipped_size_limit(tmp_path: Path) -> None:
    # 5 MB of paragraphs that compress to a few KB, and no ZIP directory: the document part is
    # found by its local header, and its decompression stops at the limit.
    paragraphs = "<w:p><w:r><w:t>Scrum</w:t></w:r></w:p>" * 130_000
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{paragraphs}</w:body></w:document>'
    data = _rezip(docx_bytes(["placeholder"]), "word/document.xml", lambda body: xml.encode())
    path = tmp_path / "cv.docx"
    path.write_bytes(data[: data.index(b"PK\x01\x02")])  # cut where the directory begins

    result = CliRunner().invoke(
        cli, ["extract", "--max-unzipped-bytes", "1000000", "--json", str(path)]
    )

    _check_error(result, path, "--max-unzipped-bytes")
