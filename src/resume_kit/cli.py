"""The ``resume-kit`` command line: thin click commands over the library.

Each command parses its options, makes one library call and prints. One place, :class:`Group`,
turns a :class:`~resume_kit.errors.ResumeKitError` into a one-line ``Error: ...`` on stderr with exit
code 1 (2 for usage errors); any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from typing import Any, NoReturn

import click

from resume_kit import __version__
from resume_kit.errors import ResumeKitError
from resume_kit.models import Document, Posting

MAX_BYTES_HELP = "Refuse input files larger than this many bytes."


def fail(error: ResumeKitError) -> NoReturn:
    """Print ``Error: ...`` for a user-facing error and exit with its code."""
    click.echo(f"Error: {error}", err=True)
    sys.exit(error.exit_code)


class Group(click.Group):
    """A click group whose commands turn ResumeKitError into ``Error: ...``."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ResumeKitError as error:
            fail(error)
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="resume-kit")
def cli() -> None:
    """Tailor a resume to a job posting, offline and honestly.

    Extract skills and achievements, score the match, and write a tailored resume, cover letter
    and interview-prep sheet.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--kind",
    type=click.Choice(["auto", "resume", "posting"]),
    default="auto",
    show_default=True,
    help="What the files are; auto guesses from each file's content.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per input (JSON Lines).")
@click.option("--model", default=None, help="Use this installed spaCy pipeline instead of the blank one.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help=MAX_BYTES_HELP)
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that cannot be read.")
def extract(
    paths: tuple[str, ...], kind: str, as_json: bool, model: str | None, max_bytes: int,
    fail_fast: bool,
) -> None:
    """Show the skills, certifications and quantified achievements in PATHS.

    PATHS are resumes or job postings (.txt, .md, .docx, .pdf, .html, JSON Resume .json), or - for
    standard input. Files that cannot be read are reported and skipped; the exit code is 1 if any
    failed.
    """
    from resume_kit.api import extract_files

    failures = 0

    def report(path: str, error: ResumeKitError) -> None:
        nonlocal failures
        failures += 1
        if fail_fast:
            fail(error)
        click.echo(f"Error: {error}", err=True)

    first = True
    for document in extract_files(
        paths, kind,  # type: ignore[arg-type]
        model=model, max_bytes=max_bytes, on_error=report,
    ):
        if as_json:
            click.echo(json.dumps(document_json(document), ensure_ascii=False))
        else:
            if not first:
                click.echo()
            click.echo(format_summary(document))
        first = False
    if failures:
        sys.exit(1)


def document_json(document: Document) -> dict[str, Any]:
    """The ``extract --json`` object of one document (the model plus posting shortcuts)."""
    data = document.model_dump(mode="json")
    if isinstance(document, Posting):
        data["required"] = document.required
        data["preferred"] = document.preferred
    return data


def format_summary(document: Document) -> str:
    """The readable ``extract`` summary: skills grouped by category, then metrics."""
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
