"""The ``resume-kit`` command line: thin click commands over the library.

Each command parses its options, makes one library call and prints. One place, :class:`Group`,
turns a :class:`~resume_kit.errors.ResumeKitError` into a one-line ``Error: ...`` on stderr with
exit code 1 (2 for usage errors); any other exception is a bug and keeps its traceback.
Verbosity (``-q`` / ``-v``), progress details and colour (``NO_COLOR``) live in
:mod:`resume_kit.cli.console`.
"""

from __future__ import annotations

import functools
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from resume_kit.cli.console import NORMAL, QUIET, VERBOSE, configure_logging, echo
from resume_kit.errors import ResumeKitError
from resume_kit.lazy import collector_paused
from resume_kit.log import logger, timed
from resume_kit.nlp.startup import import_spacy
from resume_kit.read.limits import LIMIT_OPTIONS, Limits
from resume_kit.version import __version__

if TYPE_CHECKING:
    from resume_kit.model.documents import Document

# Options several commands share, declared once.
model_option = click.option(
    "--model", default=None, help="Use this installed spaCy pipeline instead of the blank one."
)
LIMIT_HELP = {
    "max_bytes": "Refuse input files larger than this many bytes.",
    "max_unzipped_bytes": "Refuse a .docx whose parts unzip to more than this many bytes.",
    "max_pdf_pages": "Refuse PDFs with more pages than this.",
    "max_chars": "Refuse inputs whose text is longer than this many characters.",
    "max_word_chars": "Refuse inputs holding a run of more characters than this without a space.",
    "pdf_seconds": "Give up on a PDF that takes longer than this many seconds to read.",
    "max_seconds": (
        "Give up on an input that takes longer than this many seconds to read and analyse "
        "(a batch goes on with the rest)."
    ),
}


def limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the input-limit options (SECURITY.md); the command receives them as ``limits``."""

    @functools.wraps(command)
    def with_limits(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in LIMIT_OPTIONS}
        return command(*args, limits=Limits(**values), **kwargs)

    decorated: Callable[..., Any] = with_limits
    for name, flag in reversed(LIMIT_OPTIONS.items()):
        default = getattr(Limits, name)
        kind = click.IntRange(min=1) if isinstance(default, int) else click.FloatRange(min=0.001)
        option = click.option(
            flag, name, type=kind, default=default, show_default=True, help=LIMIT_HELP[name]
        )
        decorated = option(decorated)
    return decorated


fail_fast_option = click.option(
    "--fail-fast", is_flag=True, help="Stop at the first file that cannot be read."
)


class BatchErrors:
    """Report each failing file of a batch as ``Error: ...`` and count them (or stop at once)."""

    def __init__(self, *, fail_fast: bool) -> None:
        self.fail_fast = fail_fast
        self.count = 0

    def __call__(self, path: str, error: ResumeKitError) -> None:
        self.count += 1
        if self.fail_fast:
            fail(error)
        print_error(error)

    def exit_if_any(self) -> None:
        """Exit 1 after the batch when any file failed."""
        if self.count:
            sys.exit(1)


def print_error(error: ResumeKitError | str) -> None:
    """Print ``Error: ...`` on stderr (the word in red where colour is allowed)."""
    echo(f"{click.style('Error:', fg='red', bold=True)} {error}", err=True)


def fail(error: ResumeKitError) -> NoReturn:
    """Print ``Error: ...`` for a user-facing error and exit with its code."""
    print_error(error)
    sys.exit(error.exit_code)


def verbosity() -> int:
    """The -q / -v level of the running command (NORMAL outside a command)."""
    context = click.get_current_context(silent=True)
    level = context.find_root().meta.get("resume_kit.verbosity") if context else None
    return NORMAL if level is None else int(level)


class Group(click.Group):
    """A click group whose commands turn ResumeKitError into ``Error: ...``."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ResumeKitError as error:
            fail(error)
        except KeyboardInterrupt:
            print_error("interrupted")
            sys.exit(130)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="resume-kit")
@click.option("-q", "--quiet", is_flag=True, help="Print only the results asked for and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Show progress details on stderr.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Tailor a resume to a job posting, offline and honestly.

    Extract skills and achievements, score the match, and write a tailored resume, cover letter
    and interview-prep sheet. Colour is used on a terminal only, never when NO_COLOR is set.
    """
    if quiet and verbose:
        raise click.UsageError("give -q or -v, not both")
    level = QUIET if quiet else VERBOSE if verbose else NORMAL
    ctx.meta["resume_kit.verbosity"] = level
    configure_logging(level)


input_jsonl_option = click.option(
    "--input-jsonl",
    default=None,
    metavar="FILE",
    help='Also read the texts of FILE, one {"id": ..., "text": ...} object a line (- for stdin).',
)
jobs_option = click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes, each loading the pipeline once (with --dask local: its workers).",
)
dask_option = click.option(
    "--dask",
    default=None,
    metavar="ADDRESS",
    help='Send the work to a Dask scheduler (tcp://host:8786), or "local" for one here; '
    'needs pip install "resume-kit[dask]".',
)


def _need_inputs(paths: tuple[str, ...], input_jsonl: str | None) -> None:
    if not paths and input_jsonl is None:
        raise click.UsageError("give files, folders or globs, or --input-jsonl FILE")


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--kind",
    type=click.Choice(["auto", "resume", "posting"]),
    default="auto",
    show_default=True,
    help="What the files are; auto guesses from each file's content.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object per input (JSON Lines)."
)
@input_jsonl_option
@jobs_option
@dask_option
@model_option
@limit_options
@fail_fast_option
def extract(
    paths: tuple[str, ...],
    kind: str,
    as_json: bool,
    input_jsonl: str | None,
    jobs: int,
    dask: str | None,
    model: str | None,
    limits: Limits,
    fail_fast: bool,
) -> None:
    """Show the skills, certifications and quantified achievements in PATHS.

    PATHS are resumes or job postings (.txt, .md, .docx, .pdf, .html, JSON Resume .json), - for
    standard input, folders (their files) or quoted globs ('jobs/*.txt'). Results are printed as
    each input is done, in input order. Files that cannot be read are reported and skipped; the
    exit code is 1 if any failed.
    """
    import_spacy()
    with collector_paused():
        from resume_kit.api import extract_many
        from resume_kit.cli.batch import backend, batch_inputs, document_json_line, progress_bar

    _need_inputs(paths, input_jsonl)
    report = BatchErrors(fail_fast=fail_fast)
    started = time.perf_counter()
    quiet = verbosity() == QUIET
    progress = progress_bar(
        list(paths), input_jsonl, quiet=quiet, label="Extracting", stdout_too=True
    )
    count = 0
    try:
        with backend(dask, jobs, model=model) as client:
            for result in extract_many(
                batch_inputs(paths, input_jsonl),
                kind,  # type: ignore[arg-type]
                convert=document_json_line if as_json else format_summary,
                jobs=jobs,
                client=client,
                model=model,
                limits=limits,
                on_error=report,
                on_progress=progress,
            ):
                if not as_json and count:
                    click.echo()
                click.echo(result)
                count += 1
    finally:
        progress.close()
    logger.info("extracted %d input(s): %.2f s", count, since(started))
    report.exit_if_any()


FRAMEWORK_HELP = (
    "Competency framework: auto (chosen from the posting's title), a shipped name "
    "(see 'resume-kit frameworks') or a YAML file."
)
TODAY_HELP = "Month (YYYY-MM) at which ongoing roles end; default: this month."


@cli.command()
@click.argument("resume")
@click.argument("posting")
@click.option("--framework", default="auto", show_default=True, help=FRAMEWORK_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the full JSON report.")
@model_option
@click.option("--today", default=None, metavar="YYYY-MM", help=TODAY_HELP)
@click.option(
    "--html",
    "html_path",
    default=None,
    metavar="FILE",
    help="Also write the report as a self-contained web page with the coverage chart.",
)
@click.option("--force", is_flag=True, help="Overwrite the --html file if it exists.")
@limit_options
def score(
    resume: str,
    posting: str,
    framework: str,
    as_json: bool,
    model: str | None,
    today: str | None,
    html_path: str | None,
    force: bool,
    limits: Limits,
) -> None:
    """Score how well RESUME fits POSTING, with every point explained.

    Prints the overall score, each component's weight and contribution, the requirements met and
    missing with the resume sentence that proves each, and what to change.
    """
    import_spacy()
    with collector_paused():
        from resume_kit.api import score as score_files

    with timed("read, extracted and scored"):
        report = score_files(
            resume, posting, framework=framework, model=model, today=today, limits=limits
        )
    log_framework(report)
    if html_path is not None:
        from resume_kit.tailoring.html_report import write_html_report

        with timed("wrote the HTML report"):
            written = write_html_report(report, html_path, force=force)
        if verbosity() > QUIET:
            echo(f"wrote {written}", err=True)
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        from resume_kit.cli.console import style_marks
        from resume_kit.tailoring.text_report import format_report

        width = min(120, shutil.get_terminal_size((100, 24)).columns)
        echo(style_marks(format_report(report, width=width)))


@cli.command()
@click.option(
    "--resume", "resume_path", default=None, help="Rank the FILES (postings) for this resume."
)
@click.option(
    "--posting", "posting_path", default=None, help="Rank the FILES (resumes) for this posting."
)
@click.argument("files", nargs=-1)
@click.option("--framework", default="auto", show_default=True, help=FRAMEWORK_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object per file.")
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Keep and print the best K (memory stays flat however many files).",
)
@click.option("--all", "show_all", is_flag=True, help="Print every file, best first.")
@input_jsonl_option
@jobs_option
@dask_option
@model_option
@click.option("--today", default=None, metavar="YYYY-MM", help=TODAY_HELP)
@limit_options
@fail_fast_option
def rank(
    resume_path: str | None,
    posting_path: str | None,
    files: tuple[str, ...],
    framework: str,
    as_json: bool,
    top: int,
    show_all: bool,
    input_jsonl: str | None,
    jobs: int,
    dask: str | None,
    model: str | None,
    today: str | None,
    limits: Limits,
    fail_fast: bool,
) -> None:
    """Rank FILES by fit: postings for one --resume, or resumes for one --posting.

    FILES may be folders (their files) or quoted globs ('jobs/*.txt'); --input-jsonl adds texts
    from a JSON Lines file. Prints the best --top (or --all) and statistics of every score. Files
    that cannot be read are reported on stderr and skipped; the exit code is 1 if any failed. A
    progress bar shows on stderr for long runs.
    """
    with collector_paused():
        from resume_kit.cli.batch import backend, batch_inputs, progress_bar

    if (resume_path is None) == (posting_path is None):
        raise click.UsageError("give exactly one of --resume or --posting")
    _need_inputs(files, input_jsonl)
    report = BatchErrors(fail_fast=fail_fast)

    started = time.perf_counter()
    quiet = verbosity() == QUIET
    progress = progress_bar(list(files), input_jsonl, quiet=quiet, label="Ranking")
    inputs = batch_inputs(files, input_jsonl)
    try:
        with backend(dask, jobs, model=model) as client:
            # Imported (spaCy with it) once a local cluster's workers have started loading.
            import_spacy()
            with collector_paused():
                from resume_kit.scoring.ranking import rank_many

            result = rank_many(
                resume=resume_path,
                postings=inputs if resume_path else (),
                posting=posting_path,
                resumes=inputs if posting_path else (),
                top=None if show_all else top,
                framework=framework,
                model=model,
                today=today,
                jobs=jobs,
                client=client,
                limits=limits,
                on_error=report,
                on_progress=progress,
            )
    finally:
        progress.close()
    stats = result.stats
    logger.info("ranked %d input(s): %.2f s", stats.count + stats.failed, since(started))
    # The statistics say something the list does not only when it leaves entries out.
    summary = _stats_line(stats, len(result.entries)) if stats.count > len(result.entries) else None
    if as_json:
        for entry in result.entries:
            click.echo(entry.model_dump_json())
        if summary and not quiet:
            echo(summary, err=True)
    else:
        label = "posting" if resume_path else "candidate"
        widths = _rank_widths(shutil.get_terminal_size((_RANK_FULL, 24)).columns)
        header = [f"{'rank':>4}", f"{'score':>5}", label, "role fit", "shared words"]
        click.echo(_rank_row(header, widths, "missing (required)"))
        for i, entry in enumerate(result.entries, 1):
            who = entry.title if resume_path else entry.name
            role = (
                f"{entry.role_fit:.0%} {entry.occupation or 'unknown role'}"
                if entry.role_fit is not None
                else "-"
            )
            cells = [
                f"{i:>4}",
                f"{entry.score:>5.1f}",
                f"{who or '?'} ({entry.path})",
                role,
                ", ".join(entry.shared_terms) or "-",
            ]
            click.echo(_rank_row(cells, widths, ", ".join(entry.top_gaps) or "-"))
        if summary:
            click.echo(summary)
    report.exit_if_any()


# rank's text columns: rank, score, posting or candidate, role fit, shared words, then the gaps.
_RANK_COLUMNS = (4, 5, 40, 34, 40)
_RANK_MIN = (4, 5, 20, 14, 12)
_RANK_GAPS = 24  # room kept for the last column, the missing requirements
_RANK_FULL = sum(_RANK_COLUMNS) + 2 * len(_RANK_COLUMNS) + _RANK_GAPS


def _rank_widths(columns: int) -> tuple[int, ...]:
    """Column widths of rank's table for a terminal ``columns`` wide (piped: the full widths).

    The three text columns shrink alike down to their minimum; below that the shared words go
    (0 wide), then the table overflows rather than cutting the posting's name shorter.
    """
    fixed = sum(_RANK_COLUMNS[:2]) + 2 * len(_RANK_COLUMNS) + _RANK_GAPS
    room = columns - fixed
    full = sum(_RANK_COLUMNS[2:])
    if room >= full:
        return _RANK_COLUMNS
    pairs = zip(_RANK_COLUMNS, _RANK_MIN, strict=True)
    scaled = [max(low, width * room // full) for width, low in pairs]
    widths = [*_RANK_COLUMNS[:2], *scaled[2:]]
    if sum(widths[2:]) > room:  # too narrow for all three: the shared words go
        widths[4] = 0
    return tuple(widths)


def _rank_row(cells: list[str], widths: tuple[int, ...], last: str) -> str:
    """One line of rank's table: each cell cut to its column (a 0-wide column is left out)."""
    shown = [f"{cell[:width]:<{width}}" for cell, width in zip(cells, widths, strict=True) if width]
    return "  ".join([*shown, last])


def _stats_line(stats: Any, shown: int) -> str:
    """One line on every score of a ranking: how many, shown, failed, mean, spread."""
    line = f"scored {stats.count}, showing {shown}"
    if stats.failed:
        line += f", {stats.failed} failed"
    if stats.count:
        line += f"; score mean {stats.mean:.1f}, min {stats.min:.1f}, max {stats.max:.1f}"
        if stats.stdev is not None:
            line += f", sd {stats.stdev:.1f}"
    return line


@cli.command()
@click.argument("resume")
@click.argument("posting")
@click.option("-o", "--outdir", default="tailored", show_default=True, help="Folder to write into.")
@click.option("--framework", default="auto", show_default=True, help=FRAMEWORK_HELP)
@click.option(
    "--format",
    "formats",
    default="docx",
    show_default=True,
    help="Comma-separated output formats: docx, md, html, pdf, json (JSON Resume, resume only).",
)
@click.option(
    "--templates",
    "templates_dir",
    default=None,
    help="Folder of your own templates, searched before the shipped ones.",
)
@click.option("--reference-docx", default=None, help="A .docx whose styles the Word files use.")
@click.option(
    "--style",
    default=None,
    metavar="NAME",
    help="Shipped Word design: classic (default), modern or compact.",
)
@click.option(
    "--docx-template",
    default=None,
    metavar="FILE",
    help="Your own Word resume with Jinja tags to fill (see templates/README.md).",
)
@click.option("--hiring-manager", default=None, help="Name to address the cover letter to.")
@click.option(
    "--motivation", default=None, help="Why you want this role, for the letter's opening."
)
@click.option(
    "--max-bullets",
    type=click.IntRange(min=1),
    default=None,
    help="Keep at most this many bullets per role (the prep sheet lists the rest).",
)
@click.option(
    "--address-gaps", is_flag=True, help="Add an honest line about a key gap to the letter."
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@click.option(
    "--today", default=None, metavar="YYYY-MM[-DD]", help="Date of the letter; default today."
)
@model_option
@click.option(
    "--no-chart",
    is_flag=True,
    help="Skip the coverage chart (STEM-match-report.png and its place in the prep sheet).",
)
@click.option(
    "--libreoffice-seconds",
    type=click.FloatRange(min=0.001),
    default=60.0,  # pdf_export.LIBREOFFICE_SECONDS, not imported here: start-up stays light
    show_default=True,
    help="With --format pdf: stop LibreOffice when one document takes longer than this.",
)
@limit_options
def tailor(
    resume: str,
    posting: str,
    outdir: str,
    framework: str,
    formats: str,
    templates_dir: str | None,
    reference_docx: str | None,
    style: str | None,
    docx_template: str | None,
    hiring_manager: str | None,
    motivation: str | None,
    max_bullets: int | None,
    address_gaps: bool,
    force: bool,
    today: str | None,
    model: str | None,
    no_chart: bool,
    libreoffice_seconds: float,
    limits: Limits,
) -> None:
    """Write a tailored resume, cover letter and interview-prep sheet for POSTING.

    Every fact in them comes from RESUME; what the posting asks for and the resume lacks becomes a
    gap in the prep sheet, never a claim. Existing files are kept unless --force is given.
    """
    import_spacy()
    with collector_paused():
        from resume_kit.tailoring.application import tailor as tailor_documents

    started = time.perf_counter()
    result = tailor_documents(
        resume,
        posting,
        outdir=outdir,
        framework=framework,
        formats=tuple(f.strip() for f in formats.split(",") if f.strip()),
        templates_dir=templates_dir,
        reference_docx=reference_docx,
        style=style,
        docx_template=docx_template,
        hiring_manager=hiring_manager,
        motivation=motivation,
        max_bullets=max_bullets,
        address_gaps=address_gaps,
        force=force,
        today=today,
        model=model,
        chart=not no_chart,
        limits=limits,
        libreoffice_seconds=libreoffice_seconds,
    )
    report = result.report
    log_framework(report)
    logger.info("tailored and wrote %d files: %.2f s", len(result.paths), since(started))
    if verbosity() == QUIET:
        return
    echo(f"Match score: {report.overall:.1f} / 100 ({report.framework.name})", bold=True)
    for path in result.paths:
        echo(f"  wrote {path}")


@cli.command()
@click.argument("resume")
@click.option(
    "-o", "--output", default="-", show_default=True, help="The .json file to write; - prints it."
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@limit_options
def convert(resume: str, output: str, force: bool, limits: Limits) -> None:
    """Convert RESUME (.docx, .pdf, .txt, .md, .html) to a JSON Resume document.

    The document is checked against the JSON Resume v1.0.0 schema; what the resume does not say
    is left out, never guessed. Tailor from the .json exactly as from the original file.
    """
    from resume_kit.tailoring.conversion import convert_resume

    data = convert_resume(resume, output, force=force, limits=limits)
    if output == "-":
        click.echo(data.decode("utf-8"), nl=False)
    else:
        click.echo(f"wrote {output}", err=True)


@cli.command()
def frameworks() -> None:
    """List the shipped competency frameworks with a one-line description."""
    from resume_kit.scoring.frameworks import list_frameworks

    for name, description in list_frameworks():
        click.echo(f"{name:<26} {description}")


@cli.command("init-templates")
@click.argument("folder")
@click.option("--force", is_flag=True, help="Overwrite files of the same names in FOLDER.")
def init_templates(folder: str, force: bool) -> None:
    """Copy the shipped templates into FOLDER to start your own from.

    Edit them, then pass --templates FOLDER (and --reference-docx FOLDER/reference.docx for the
    Word styles) to tailor; a template you delete falls back to the shipped one.
    """
    from resume_kit.tailoring.outputs import copy_templates

    paths = copy_templates(folder, force=force)
    if verbosity() == QUIET:
        return
    for path in paths:
        echo(f"wrote {path}")
    echo(
        f"next: resume-kit tailor RESUME POSTING --templates {folder} "
        f"--reference-docx {Path(folder) / 'reference.docx'}"
    )


def log_framework(report: Any) -> None:
    """Say which framework scored the match and why (shown with -v)."""
    framework = report.framework
    reason = f": {framework.reason}" if framework.reason else ""
    logger.info("framework %s %s%s", framework.name, framework.version, reason)


def since(started: float) -> float:
    """Seconds since a ``time.perf_counter()`` reading."""
    return time.perf_counter() - started


def format_summary(document: Document) -> str:
    """The readable ``extract`` summary: skills grouped by category, then metrics."""
    from resume_kit.model.documents import Posting

    lines = [f"{document.source} ({document.kind})"]
    if isinstance(document, Posting):
        lines.append(f"  Title:    {document.title or '?'}")
        lines.append(f"  Company:  {document.company or '?'}")
        if document.years_required:
            lines.append(f"  Years:    {document.years_required.text}")
        if document.degree_required:
            lines.append(f"  Degree:   {document.degree_required}")
        names = {hit.id: hit.name for hit in document.skills}
        for label, ids in (("Required", document.required), ("Preferred", document.preferred)):
            if ids:
                lines.append(f"  {label + ':':<9} " + ", ".join(names[i] for i in ids))
    else:
        contact = document.contact
        lines.append(f"  Name:     {contact.name or '?'}")
        if document.roles:
            lines.append(f"  Roles:    {len(document.roles)}")
    lines.append("  Sections: " + ", ".join(s.name for s in document.sections))
    by_category: dict[str, list[str]] = defaultdict(list)
    for hit in document.skills:
        by_category[hit.category].append(f"{hit.name} ({len(hit.mentions)})")
    lines.append(f"  Skills ({len(document.skills)}):")
    for category in sorted(by_category):
        lines.append(f"    {category.replace('_', ' ')}: " + ", ".join(by_category[category]))
    lines.append(f"  Metrics ({len(document.metrics)}):")
    for metric in document.metrics:
        sentence = metric.sentence if len(metric.sentence) <= 90 else metric.sentence[:87] + "..."
        lines.append(f"    {metric.text:<14} {metric.kind:<9} {sentence}")
    return "\n".join(lines)


def main() -> None:
    """Entry point of the ``resume-kit`` console script."""
    cli(prog_name="resume-kit")
