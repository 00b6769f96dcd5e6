"""Read stage: file bytes -> plain text with format hints
(:class:`~resume_kit.model.documents.SourceText`).

A resume or job posting (a path, standard input, bytes or an open file; ``.txt``, ``.md``,
``.docx``, ``.pdf``, ``.html`` or JSON Resume ``.json``) becomes normalised plain text: one
paragraph, list item or table cell per line, bullets as ``"• "``, the offsets of the lines the
format marks as headings, and for JSON (and HTML carrying a JSON-LD JobPosting) the parsed data.
Every file is read within :class:`Limits`; every problem becomes an
:class:`~resume_kit.errors.InputFileError` naming the file.

Modules: :mod:`~resume_kit.read.inputs` (what the library accepts as a document),
:mod:`~resume_kit.read.source` (format detection and dispatch), :mod:`~resume_kit.read.lines`
(line cleaning and assembling), one reader per format (:mod:`~resume_kit.read.plain`,
:mod:`~resume_kit.read.word`, :mod:`~resume_kit.read.pdf`, :mod:`~resume_kit.read.web`,
:mod:`~resume_kit.read.json_input`), :mod:`~resume_kit.read.limits` (input limits),
:mod:`~resume_kit.read.failures` (messages, and warnings when a damaged file's text was recovered)
and :mod:`~resume_kit.read.zip_salvage` (what is left of a damaged .docx).
"""

from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes

if TYPE_CHECKING:
    from resume_kit.read.inputs import BYTES_NAME, FILE_NAME, InputArg, input_name, read_input
    from resume_kit.read.limits import LIMIT_OPTIONS, Limits, resolve_limits
    from resume_kit.read.source import SUPPORTED_EXTENSIONS, read_bytes, read_source

# Imported on first use: the command line imports read.limits for its options, and must not pay
# for every reader (and the models they build) to print its --help.
__getattr__ = lazy_attributes(
    __name__,
    {
        **dict.fromkeys(
            ("BYTES_NAME", "FILE_NAME", "InputArg", "input_name", "read_input"),
            "resume_kit.read.inputs",
        ),
        **dict.fromkeys(("LIMIT_OPTIONS", "Limits", "resolve_limits"), "resume_kit.read.limits"),
        **dict.fromkeys(
            ("SUPPORTED_EXTENSIONS", "read_bytes", "read_source"), "resume_kit.read.source"
        ),
    },
)

__all__ = [
    "BYTES_NAME",
    "FILE_NAME",
    "LIMIT_OPTIONS",
    "SUPPORTED_EXTENSIONS",
    "InputArg",
    "Limits",
    "input_name",
    "read_bytes",
    "read_input",
    "read_source",
    "resolve_limits",
]
