"""JSON Resume out of the tailoring stage: a resume file converted, and the tailored resume.

The JSON Resume documents themselves are built by :mod:`resume_kit.formats.jsonresume`; this module
reads the resume file for the ``convert`` command and writes the result safely, and hands the
tailored resume's content to the builder (``tailor --format json``).
"""

from __future__ import annotations

import os

from resume_kit.formats.jsonresume import (
    build_json_resume,
    build_tailored_json_resume,
    dump_json_resume,
    left_out_of_json,
)
from resume_kit.log import logger
from resume_kit.model.documents import Resume
from resume_kit.read.limits import Limits
from resume_kit.structure.documents import load_resume
from resume_kit.tailoring.outputs import write_atomic
from resume_kit.tailoring.resume_context import ResumeContext
from resume_kit.tailoring.resume_sections import role_bullets

__all__ = ["convert_resume", "dump_tailored_json_resume"]


def convert_resume(
    resume: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    force: bool = False,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> bytes:
    """Read a resume file and write it as JSON Resume (the ``convert`` command).

    A role's bullets are written whole, the lines a PDF wrapped joined again. Sections JSON
    Resume has no key for ("Links", "Life Philosophy") are named in a warning of the
    ``resume_kit`` logger.

    Args:
        resume: A ``.docx``, ``.pdf``, ``.txt``, ``.md``, ``.html`` or JSON Resume file, or ``"-"``
            for standard input.
        output: Where to write the ``.json``; None or ``"-"`` writes nothing (the caller prints).
            Written atomically.
        force: Overwrite an existing ``output``.
        max_bytes: Refuse larger input files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.

    Returns:
        The JSON document as UTF-8 bytes.

    Raises:
        InputFileError: The resume cannot be read.
        OutputError: ``output`` exists without ``force``, or cannot be written.
    """
    loaded = load_resume(resume, max_bytes=max_bytes, limits=limits)
    bullets = [[piece.text for piece in role_bullets(loaded, role)] for role in loaded.roles]
    data = dump_json_resume(build_json_resume(loaded, bullets=bullets))
    _report_left_out(loaded)
    if output is not None and os.fspath(output) != "-":
        write_atomic(output, data, force=force)
    return data


def _report_left_out(resume: Resume) -> None:
    headings = left_out_of_json(resume)
    if headings:
        logger.warning(
            "%s: JSON Resume has no place for these sections, left out of the .json: %s",
            resume.source,
            ", ".join(repr(h) for h in headings),
        )


def dump_tailored_json_resume(resume: Resume, context: ResumeContext) -> bytes:
    """The tailored resume as a JSON Resume file's bytes.

    The content is the tailored document's: its headline and summary, each role's bullets in the
    tailored order, the core competencies in the posting's order and the remaining skills, under
    the document's own headings (see
    :func:`~resume_kit.formats.jsonresume.build_tailored_json_resume`).

    Args:
        resume: The extracted resume the context was built from.
        context: Its tailored resume context
            (:func:`~resume_kit.tailoring.resume_context.build_resume_context`).

    Returns:
        The JSON document as UTF-8 bytes, checked against the schema.
    """
    roles = context.roles()
    if len(roles) == len(resume.roles):
        bullets = [role.bullets for role in roles]
    else:  # a role the layout could not place: its bullets as the resume orders them
        bullets = [[b.text.strip() for b in role.bullets] for role in resume.roles]
    skills = [("Core Competencies", context.competencies)]
    skills += [
        (section.heading, [block.text for block in section.blocks])
        for section in context.sections
        if section.kind == "skills"
    ]
    tailored = build_tailored_json_resume(
        resume,
        headline=context.headline,
        summary=context.summary_text(),
        bullets=bullets,
        skills=skills,
    )
    _report_left_out(resume)
    return dump_json_resume(tailored)
