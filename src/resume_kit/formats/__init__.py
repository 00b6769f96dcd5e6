"""Formats: JSON Resume (jsonresume.org, schema v1.0.0) in both directions, in one place.

``jsonresume_fields`` is the one table of which JSON key means what; ``jsonresume_text`` renders
a JSON Resume or JSON job document as the text the pipeline reads; ``jsonresume_structure``
builds a Resume's structure from the JSON itself, with offsets into that text; ``jsonresume``
writes a Resume (or the tailored resume) as JSON Resume, checked against the official schema, with
``jsonresume_sections`` reading the projects, volunteering, awards, publications, languages,
interests and references it writes from the resume's sections.
It sits just above ``model/``: the reader uses it, and it uses nothing above it.
"""

from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes

if TYPE_CHECKING:
    from resume_kit.formats.jsonresume import (
        build_json_resume,
        build_tailored_json_resume,
        dump_json_resume,
        json_resume_errors,
        load_schema,
        validate_json_resume,
    )
    from resume_kit.formats.jsonresume_structure import resume_from_json
    from resume_kit.formats.jsonresume_text import (
        json_document_kind,
        render_job_lines,
        render_resume_lines,
    )

# Imported on first use: the readers need one small table of these modules (jsonresume_fields),
# and a command reading text must not pay for the JSON Resume writer and its schema's models.
__getattr__ = lazy_attributes(
    __name__,
    {
        "build_json_resume": "resume_kit.formats.jsonresume",
        "build_tailored_json_resume": "resume_kit.formats.jsonresume",
        "dump_json_resume": "resume_kit.formats.jsonresume",
        "json_resume_errors": "resume_kit.formats.jsonresume",
        "load_schema": "resume_kit.formats.jsonresume",
        "validate_json_resume": "resume_kit.formats.jsonresume",
        "resume_from_json": "resume_kit.formats.jsonresume_structure",
        "json_document_kind": "resume_kit.formats.jsonresume_text",
        "render_job_lines": "resume_kit.formats.jsonresume_text",
        "render_resume_lines": "resume_kit.formats.jsonresume_text",
    },
)

__all__ = [
    "build_json_resume",
    "build_tailored_json_resume",
    "dump_json_resume",
    "json_document_kind",
    "json_resume_errors",
    "load_schema",
    "render_job_lines",
    "render_resume_lines",
    "resume_from_json",
    "validate_json_resume",
]
