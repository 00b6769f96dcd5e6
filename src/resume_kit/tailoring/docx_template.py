"""Your own Word design: fill a .docx holding Jinja tags with the tailored resume (docxtpl).

The user lays out a resume in Word and types tags where the content goes (``{{ name }}``,
``{%p for role in experience %}`` ...); :func:`render_docx_template` fills it with the same finished
context the Markdown templates get (:class:`resume_kit.tailoring.resume_context.ResumeContext`;
every variable is listed in ``templates/README.md``). ``templates/resume-template.docx`` is an
annotated example.

Safety: the template is rendered in a Jinja2 :class:`~jinja2.sandbox.SandboxedEnvironment` (a
downloaded template cannot reach Python internals) with autoescape on, so a value such as
``{{ 7*7 }}`` or ``<w:p>`` in a resume is printed as written: values are data, never template
source, and never XML.
"""

from __future__ import annotations

import html
import os
import re
import traceback
from collections.abc import MutableMapping
from io import BytesIO
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from resume_kit.errors import TemplateError
from resume_kit.read.limits import Limits
from resume_kit.tailoring.resume_context import ResumeContext
from resume_kit.tailoring.templating import clean_text
from resume_kit.tailoring.user_docx import read_user_docx

PROPERTY_VARIABLES = ("title", "author")
"""Context fields written as the Word file's properties instead of template variables."""

_WHAT = "the Word template (--docx-template)"
_FIX = "fix the tag in Word (templates/README.md lists the variables and tags)"


def template_variables(context: ResumeContext) -> dict[str, Any]:
    """The variables a Word template sees: the resume context without the document properties.

    Args:
        context: The tailored resume's context.

    Returns:
        Plain dicts, lists and strings; text cleaned of XML-invalid characters, whitespace runs
        made one space (as the Markdown templates print values).
    """
    variables = context.variables()
    for name in PROPERTY_VARIABLES:
        variables.pop(name)
    return _clean(variables)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):  # one line, as in the Markdown path: "\n" would become a break
        return " ".join(clean_text(value).split())
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


class _WordTemplateEnvironment(SandboxedEnvironment):
    """The sandbox, remembering the source of the last part compiled (docxtpl compiles each part
    of the document, its headers and its footers, as one template: one paragraph per line), so
    an error can quote the paragraph it happened in."""

    source = ""

    def from_string(
        self,
        source: str | jinja2.nodes.Template,
        globals: MutableMapping[str, Any] | None = None,
        template_class: type[jinja2.Template] | None = None,
    ) -> jinja2.Template:
        self.source = source if isinstance(source, str) else ""
        return super().from_string(source, globals, template_class)


def build_template_environment() -> SandboxedEnvironment:
    """The Jinja2 environment Word templates run in: sandboxed, autoescaped, strict.

    Returns:
        The environment (a misspelt variable is an error, not an empty string).
    """
    return _WordTemplateEnvironment(
        autoescape=True, undefined=jinja2.StrictUndefined, auto_reload=False
    )


def _open_template(path: str | os.PathLike[str], limits: Limits | None) -> Any:
    from docxtpl import DocxTemplate

    # The zip checks an input .docx gets, before python-docx opens the bytes that were checked.
    data = read_user_docx(path, what=_WHAT, limits=limits, error=TemplateError)
    try:
        document = DocxTemplate(BytesIO(data))
        document.init_docx()  # docxtpl opens lazily: fail here, with a message, not in render
        return document
    except Exception as exc:  # python-docx raises several unrelated types on bad files
        raise TemplateError(
            f"cannot open the Word template ({type(exc).__name__}); save it as a Word .docx "
            "document (not .doc, .dotx or .odt)",
            path=path,
        ) from None


def _paragraph_text(xml_line: str) -> str:
    """The text a line of docxtpl's source shows in Word: tags dropped, one-spaced, short."""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", xml_line)).split())
    return text if len(text) <= 120 else text[:117] + "..."


def _failed_paragraph(exc: BaseException, environment: SandboxedEnvironment) -> str | None:
    """The text of the paragraph whose tag raised ``exc``, or None when no tag did.

    Jinja rewrites a template's traceback so its frames carry the template's line; docxtpl puts
    each paragraph on a line of its own, so that line is the paragraph that failed.
    """
    lines = [
        frame.lineno
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename == "<template>" and frame.lineno
    ]
    if not lines:
        return None
    source = getattr(environment, "source", "").splitlines()
    if not 0 < lines[-1] <= len(source):
        return ""
    return _paragraph_text(source[lines[-1] - 1])


def _describe(exc: Exception) -> str:
    """One line saying what is wrong with a template tag and, for a malformed one, where."""
    if isinstance(exc, jinja2.UndefinedError):
        found = re.search(r"'([^']+)' is undefined", str(exc))
        if found:
            return f"unknown variable {found.group(1)!r}"
        return f"an undefined value: {exc}"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        near = " ".join(
            " ".join(line.split()) for line in getattr(exc, "docx_context", []) if line.strip()
        )
        return f"a tag is malformed ({exc.message})" + (f" near: {near[:120]}" if near else "")
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"a tag does something the sandbox forbids ({exc})"
    return f"{type(exc).__name__}: {exc}"


def render_docx_template(
    template: str | os.PathLike[str],
    context: ResumeContext,
    *,
    limits: Limits | None = None,
) -> bytes:
    """Fill a Word template with a tailored resume.

    Args:
        template: A .docx with Jinja tags (docxtpl syntax: ``{{ var }}``, ``{%p for ... %}``,
            ``{%p if ... %}``, ``{#p comment #}``); see ``templates/README.md``.
        context: The tailored resume's context (``build_contexts(...).resume``).
        limits: The input limits the template file is read within (``max_bytes``,
            ``max_unzipped_bytes``; see SECURITY.md); the defaults when None.

    Returns:
        The filled .docx file's bytes; its Title and Author properties are the context's.

    Raises:
        TemplateError: The file is missing or not a .docx, or a tag is malformed, names an
            unknown variable, breaks the sandbox or raises any other error; the message names
            the file, the error, the paragraph where a tag raised it, and what to fix.
        LimitExceededError: The file, or what it unzips to, is over a limit.
    """
    from lxml import etree

    document = _open_template(template, limits)
    variables = template_variables(context)  # ours: a failure here is a bug, not the template's
    environment = build_template_environment()
    try:
        document.render(variables, jinja_env=environment, autoescape=True)
    except Exception as exc:
        # Any error a tag raises (TypeError from {{ name + 1 }}, ZeroDivisionError, a runaway
        # recursive macro...) is the template's: the file is the user's and the values are plain
        # text, lists and dicts. Errors docxtpl raises outside any tag are the template's only
        # when they are the known kinds of a bad file; anything else is a bug, with traceback.
        paragraph = _failed_paragraph(exc, environment)
        if paragraph is None and not isinstance(
            exc, jinja2.TemplateError | etree.LxmlError | ValueError | TypeError
        ):
            raise
        where = f" (in the paragraph {paragraph!r})" if paragraph else ""
        raise TemplateError(f"{_describe(exc)}{where}; {_FIX}", path=template) from None
    properties = document.docx.core_properties
    properties.title = clean_text(context.title)
    properties.author = clean_text(context.author)
    properties.last_modified_by = clean_text(context.author)
    properties.comments = "Written by resume_kit"
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
