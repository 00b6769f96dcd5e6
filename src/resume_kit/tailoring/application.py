"""Tailor an application: score the match, then write the resume, cover letter and prep sheet.

Everything is rendered in memory first and written only when all documents succeeded, so a
template error in the third document leaves no files behind.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from jinja2.sandbox import SandboxedEnvironment

from resume_kit.errors import UsageError
from resume_kit.log import timed
from resume_kit.model.documents import DocumentKind, Posting, Resume
from resume_kit.model.report import MatchReport
from resume_kit.model.tailored import TailorResult
from resume_kit.nlp.batch import load_extracted
from resume_kit.read.inputs import InputArg
from resume_kit.read.limits import Limits
from resume_kit.scoring.scorer import score
from resume_kit.tailoring.chart import ChartDrawer, describe_chart
from resume_kit.tailoring.contexts import DocumentContexts, build_contexts
from resume_kit.tailoring.conversion import dump_tailored_json_resume
from resume_kit.tailoring.docx_template import render_docx_template
from resume_kit.tailoring.docx_writer import markdown_to_docx
from resume_kit.tailoring.html_page import markdown_to_html
from resume_kit.tailoring.letter_context import LetterContext
from resume_kit.tailoring.outputs import output_stem, write_outputs
from resume_kit.tailoring.pdf_export import LIBREOFFICE_SECONDS, docx_to_pdf
from resume_kit.tailoring.prep_context import PrepContext
from resume_kit.tailoring.resume_context import ResumeContext
from resume_kit.tailoring.styles import resolve_reference_docx
from resume_kit.tailoring.templating import build_environment, render_template

__all__ = ["DOCUMENTS", "FORMATS", "TailorResult", "tailor"]

PathArg = str | os.PathLike[str]
FORMATS = ("docx", "md", "html", "pdf", "json")
DOCUMENTS = (
    ("resume", "resume.md.j2"),
    ("cover-letter", "cover_letter.md.j2"),
    ("interview-prep", "interview_prep.md.j2"),
)


class _PendingImage(Mapping[str, bytes]):
    """One image whose bytes are fetched on first use (the chart, drawn in another process)."""

    def __init__(self, name: str, fetch: Callable[[], bytes]) -> None:
        self._name = name
        self._fetch = fetch
        self._data: bytes | None = None

    def __getitem__(self, name: str) -> bytes:
        if name != self._name:
            raise KeyError(name)
        if self._data is None:
            self._data = self._fetch()
        return self._data

    def __contains__(self, name: object) -> bool:  # without fetching
        return name == self._name

    def __iter__(self) -> Iterator[str]:
        return iter((self._name,))

    def __len__(self) -> int:
        return 1


def _date(today: str | dt.date | None) -> dt.date:
    if today is None:
        return dt.date.today()
    if isinstance(today, dt.date):
        return today
    try:
        if len(today) == 7:  # YYYY-MM
            return dt.date.fromisoformat(f"{today}-01")
        return dt.date.fromisoformat(today)
    except ValueError:
        raise UsageError(f"today must be YYYY-MM-DD or YYYY-MM, not {today!r}") from None


def _load(
    document: InputArg | Resume | Posting,
    kind: DocumentKind,
    model: str | None,
    limits: Limits | None,
) -> Resume | Posting:
    loaded = load_extracted(document, kind, model=model, limits=limits)
    assert isinstance(loaded, Resume | Posting)
    return loaded


_AnyContext = ResumeContext | LetterContext | PrepContext


@dataclass(frozen=True)
class _Documents:
    """The three documents rendered to Markdown, and what their files are made with."""

    stem: str
    contexts: Mapping[str, _AnyContext]
    markdown: Mapping[str, str]
    images: Mapping[str, bytes]
    reference_docx: PathArg | None
    own_design: bytes | None  # the resume filled into the user's own Word template, if any
    limits: Limits | None  # what the reference .docx is read within, as inputs are
    libreoffice_seconds: float  # the most one PDF conversion may take


def _score_match(
    resume: InputArg | Resume,
    posting: InputArg | Posting,
    *,
    framework: str,
    model: str | None,
    limits: Limits | None,
    today: dt.date,
) -> tuple[Resume, Posting, MatchReport]:
    """Load and extract the resume and posting (unless given extracted), then score the match."""
    with timed("read and extracted the resume and posting"):
        resume_doc = _load(resume, "resume", model, limits)
        posting_doc = _load(posting, "posting", model, limits)
    assert isinstance(resume_doc, Resume) and isinstance(posting_doc, Posting)
    report = score(
        resume_doc, posting_doc, framework=framework, model=model, today=today.strftime("%Y-%m")
    )
    return resume_doc, posting_doc, report


def _by_kind(contexts: DocumentContexts) -> dict[str, _AnyContext]:
    """The contexts by document kind, as in :data:`DOCUMENTS` and the file names."""
    return {
        "resume": contexts.resume,
        "cover-letter": contexts.cover_letter,
        "interview-prep": contexts.interview_prep,
    }


def _check_request(formats: Sequence[str], max_bullets: int | None) -> None:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"unknown output format {', '.join(unknown) or '(none)'}; use {', '.join(FORMATS)}"
        )
    if max_bullets is not None and max_bullets < 1:
        raise UsageError("max_bullets must be 1 or more")


def _start_chart(
    drawer: ChartDrawer | None, report: MatchReport, stem: str
) -> tuple[Mapping[str, bytes], dict[str, str] | None]:
    """Start the chart: the images the documents may show, and the prep sheet's variable."""
    if drawer is None:
        return {}, None
    drawer.submit(report)
    chart_name = f"{stem}-match-report.png"
    chart_variable = {"src": chart_name, "alt": describe_chart(report)}
    return _PendingImage(chart_name, drawer.result), chart_variable


def _render_markdown(
    contexts: Mapping[str, _AnyContext],
    environment: SandboxedEnvironment,
    chart_variable: dict[str, str] | None,
) -> dict[str, str]:
    variables = {kind: context.variables() for kind, context in contexts.items()}
    variables["interview-prep"]["chart"] = chart_variable
    return {
        kind: render_template(template, variables[kind], environment=environment)
        for kind, template in DOCUMENTS
    }


def _document_file(documents: _Documents, kind: str, fmt: str) -> bytes:
    """One document as a .md, .html, .docx or .pdf file."""
    context = documents.contexts[kind]
    title, author = context.title, context.author or None
    markdown = documents.markdown[kind]
    if fmt == "md":
        return markdown.encode("utf-8")
    if fmt == "html":
        page = markdown_to_html(markdown, title=title, author=author, images=documents.images)
        return page.encode("utf-8")
    if kind == "resume" and documents.own_design is not None:
        docx = documents.own_design
    else:
        docx = markdown_to_docx(
            markdown,
            title=title,
            author=author,
            reference_docx=documents.reference_docx,
            body_style="Body Text" if kind == "cover-letter" else "Normal",
            images=documents.images,
            limits=documents.limits,
        )
    if fmt == "docx":
        return docx
    return docx_to_pdf(docx, name=f"{documents.stem}-{kind}", timeout=documents.libreoffice_seconds)


def _document_files(
    documents: _Documents, formats: Sequence[str], resume: Resume, contexts: DocumentContexts
) -> dict[str, bytes]:
    """File name -> content of every document in every format asked, in that order."""
    stem = documents.stem
    files: dict[str, bytes] = {}
    for fmt in dict.fromkeys(formats):  # keep order, drop repeats
        if fmt == "json":  # JSON Resume holds a resume, not a letter or a prep sheet
            files[f"{stem}-resume.json"] = dump_tailored_json_resume(resume, contexts.resume)
            continue
        for kind, _ in DOCUMENTS:
            files[f"{stem}-{kind}.{fmt}"] = _document_file(documents, kind, fmt)
    return files


def tailor(
    resume: InputArg | Resume,
    posting: InputArg | Posting,
    *,
    outdir: PathArg = "tailored",
    framework: str = "auto",
    formats: Sequence[str] = ("docx",),
    templates_dir: PathArg | None = None,
    reference_docx: PathArg | None = None,
    style: str | None = None,
    docx_template: PathArg | None = None,
    hiring_manager: str | None = None,
    motivation: str | None = None,
    max_bullets: int | None = None,
    address_gaps: bool = False,
    force: bool = False,
    today: str | dt.date | None = None,
    model: str | None = None,
    chart: bool = True,
    limits: Limits | None = None,
    libreoffice_seconds: float = LIBREOFFICE_SECONDS,
) -> TailorResult:
    """Write a tailored resume, cover letter and interview-prep sheet for one posting.

    The documents use only facts from the resume: skills, numbers, employers, titles and dates
    are selected and reordered, never invented; a missing requirement is never added.

    Args:
        resume: A resume file (path, bytes or open file: see :mod:`resume_kit.read.inputs`) or a
            loaded (optionally extracted) Resume.
        posting: A posting file (path, bytes or open file) or a loaded Posting.
        outdir: The output folder (created if missing).
        framework: ``"auto"``, a shipped framework's name or a framework YAML file.
        formats: Any of ``"docx"``, ``"md"``, ``"html"``, ``"pdf"`` (PDF needs LibreOffice) and
            ``"json"`` (the tailored resume only, as JSON Resume: see
            :mod:`resume_kit.formats.jsonresume`).
        templates_dir: A folder of your own templates, searched before the shipped ones.
        reference_docx: A .docx whose styles the Word files use instead of the shipped ones.
        style: A shipped Word design, ``"classic"`` (the default), ``"modern"`` or
            ``"compact"``; not together with ``reference_docx``.
        docx_template: Your own Word resume holding Jinja tags (docxtpl); the resume's .docx
            (and .pdf) is filled from it, the letter and prep sheet keep the normal path.
        hiring_manager: Whom the cover letter addresses (else the posting's, else "Hiring
            Manager").
        motivation: Your own opening line(s) for the cover letter, used as written.
        max_bullets: Keep at most this many bullets per role in the resume.
        address_gaps: Add one honest line about the main missing requirement to the letter.
        force: Overwrite existing files.
        today: The letter's date and the month ongoing roles end (``YYYY-MM-DD``, ``YYYY-MM`` or
            a date); defaults to today.
        model: An installed trained spaCy pipeline to use instead of the blank one.
        chart: Draw the coverage-per-area chart (``STEM-match-report.png``, also shown in the
            interview-prep sheet); False skips matplotlib (about a second faster).
        limits: The input limits for the resume, posting, reference and Word template files.
        libreoffice_seconds: For ``"pdf"``: the most one LibreOffice conversion may take.

    Returns:
        The paths written, the MatchReport and the three Markdown documents.

    Raises:
        UsageError: An unknown format or style, or a bad ``today`` / ``max_bullets``.
        TemplateError: A template (or the Word template) failed (no file is written).
        OutputError: A file exists without ``force`` or cannot be written; LibreOffice failed.
        InputFileError: The resume or posting cannot be read, or a file is over a limit.
    """
    _check_request(formats, max_bullets)
    date = _date(today)
    reference_docx = resolve_reference_docx(style, reference_docx)
    # The chart's matplotlib import (about 0.5 s) runs in a second process meanwhile.
    drawer = ChartDrawer() if chart else None
    try:
        resume_doc, posting_doc, report = _score_match(
            resume, posting, framework=framework, model=model, limits=limits, today=date
        )
        contexts = build_contexts(
            resume_doc,
            posting_doc,
            report,
            today=date,
            hiring_manager=hiring_manager,
            motivation=motivation,
            max_bullets=max_bullets,
            address_gaps=address_gaps,
        )
        environment = build_environment(templates_dir)
        stem = output_stem(resume_doc.contact.name, posting_doc.company)
        # The chart is drawn in the child while the documents are rendered here; the prep sheet,
        # rendered last, is the first to need it.
        images, chart_variable = _start_chart(drawer, report, stem)
        by_document = _by_kind(contexts)
        markdown = _render_markdown(by_document, environment, chart_variable)
        own_design = None  # the resume filled into the user's own Word design
        if docx_template is not None:
            own_design = render_docx_template(docx_template, contexts.resume, limits=limits)
        documents = _Documents(
            stem=stem,
            contexts=by_document,
            markdown=markdown,
            images=images,
            reference_docx=reference_docx,
            own_design=own_design,
            limits=limits,
            libreoffice_seconds=libreoffice_seconds,
        )
        files = _document_files(documents, formats, resume_doc, contexts)
        files[f"{stem}-match-report.json"] = report.model_dump_json(indent=2).encode("utf-8")
        with timed("drew the chart"):
            files.update(images)
        with timed(f"wrote {len(files)} files"):
            paths = write_outputs(files, outdir, force=force)
        return TailorResult(
            paths=paths,
            report=report,
            resume_markdown=markdown["resume"],
            cover_letter_markdown=markdown["cover-letter"],
            interview_prep_markdown=markdown["interview-prep"],
        )
    finally:
        if drawer is not None:
            drawer.close()
