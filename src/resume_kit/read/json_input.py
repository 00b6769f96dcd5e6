"""JSON input: a JSON Resume (jsonresume.org) or a JSON Resume job description.

Reading is parsing the JSON and refusing what is not one of the two documents; the text the rest
of the pipeline sees is rendered by :mod:`resume_kit.formats.jsonresume_text`, beside every other
JSON Resume mapping.
"""

from __future__ import annotations

import json

from resume_kit.errors import InputFileError
from resume_kit.formats.jsonresume_text import (
    json_document_kind,
    render_job_lines,
    render_resume_lines,
)
from resume_kit.model.documents import SourceText
from resume_kit.read.lines import build_source_text

__all__ = ["read_json"]


def read_json(text: str, source: str, name: str) -> SourceText:
    """Read a JSON Resume or JSON job document into its canonical text (``data`` holds the JSON).

    Raises:
        InputFileError: The text is not JSON, or JSON of neither kind.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}); it may be "
            "cut short or damaged, or not a JSON file: check it, or export it again",
            path=name,
        ) from exc
    except RecursionError:
        raise InputFileError(
            "nests JSON too deeply to be a JSON Resume; check that this is the right file",
            path=name,
        ) from None
    if not isinstance(value, dict):
        raise InputFileError(
            f"holds a JSON {type(value).__name__}, not an object; expected a JSON Resume "
            '(with "basics") or a JSON job description (with "title")',
            path=name,
        )
    kind = json_document_kind(value)
    if kind == "json-resume":
        return build_source_text(source, kind, render_resume_lines(value), value)
    if kind == "json-job":
        return build_source_text(source, kind, render_job_lines(value), value)
    raise InputFileError(
        'is JSON but neither a JSON Resume (no "basics" or "work") nor a JSON job '
        'description (no "title" with "company" or "description"); see jsonresume.org/schema',
        path=name,
    )
