"""Document templates to Markdown: the sandboxed Jinja2 environment and how values are printed.

Every document is first rendered to Markdown by a Jinja2 template (the template only lays out;
every string is decided in the document contexts, :mod:`resume_kit.tailoring.contexts`). Values are
data, never template source: a context value is printed by the template through a Markdown
escaper, so ``{{ 7*7 }}``, ``*``, ``<`` or ``|`` in a resume come out as written. The same
environment, with HTML autoescape instead, renders the HTML match report.
"""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from resume_kit.errors import TemplateError
from resume_kit.resources import templates_file

__all__ = ["build_environment", "clean_text", "escape_markdown", "render_template"]


# ANSI escape sequences (colour codes pasted from a terminal), then the characters XML 1.0 forbids:
# C0 controls other than tab / newline / carriage return, DEL-adjacent C1 is allowed by XML but
# invisible, so DEL alone is dropped; lone surrogates and the two non-characters U+FFFE/U+FFFF.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop what cannot go into a Word file: ANSI escapes, NUL and other C0 controls.

    Args:
        text: Any text.

    Returns:
        The text without ANSI escape sequences and XML-invalid characters (tab and newline kept,
        carriage returns turned into newlines).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_INVALID.sub("", _ANSI.sub("", text))


# Only what CommonMark (or GFM, for a .md opened elsewhere) would read as markup, so the .md file
# stays readable: "<" only before a tag or autolink, "_" only at a word edge (snake_case is text),
# ">" only where it would start a block quote.
_MD_INLINE = re.compile(r"[\\`*\[\]|~]|<(?=[A-Za-z/!?])|(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+[.)])(?=\s|$)")


def escape_markdown(value: object) -> str:
    """Print a value into Markdown as literal text.

    Whitespace runs (newlines included) become one space, so a value never changes the layout
    the template gives it; Markdown punctuation is backslash-escaped; something that would start
    a heading or a list at the start of a line is escaped too. :class:`markupsafe.Markup` values
    (``| safe`` in a template) pass through unchanged: that is how a template prints the output of
    its own macros.

    Args:
        value: Anything a template prints.

    Returns:
        Markdown that renders as exactly ``str(value)`` (whitespace collapsed).
    """
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(clean_text(str(value)).split())
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(0), text)
    text = re.sub(r"^>", r"\\>", text)
    text = _MD_ENTITY.sub("&amp;", text)
    # A backslash before "#", "-", "+" or "=" stops a heading or list; "1." needs "1\\.".
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", text)


class _PackageLoader(jinja2.BaseLoader):
    """Loads the shipped templates through importlib.resources (works from a wheel or a zip)."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if "/" in template or "\\" in template or template.startswith("."):
            raise jinja2.TemplateNotFound(template)
        resource = templates_file(template)
        if not resource.is_file():
            raise jinja2.TemplateNotFound(template)
        return resource.read_text(encoding="utf-8"), str(resource), lambda: True


def build_environment(
    templates_dir: str | os.PathLike[str] | None = None, *, markdown: bool = True
) -> SandboxedEnvironment:
    """Build the sandboxed Jinja2 environment that renders the document templates.

    The user's ``templates_dir`` is searched first, one file at a time, then the shipped
    templates; an undefined variable is an error (``StrictUndefined``).

    Args:
        templates_dir: A folder of the user's own templates (any subset of the shipped ones).
        markdown: True for Markdown templates (every printed value is Markdown-escaped, no HTML
            autoescape); False for HTML templates (HTML autoescape).

    Returns:
        The environment.

    Raises:
        TemplateError: ``templates_dir`` is not a folder.
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        if not Path(templates_dir).is_dir():
            raise TemplateError(
                "the templates folder does not exist; give a folder holding your .j2 files",
                path=templates_dir,
            )
        loaders.append(jinja2.FileSystemLoader(os.fspath(templates_dir), encoding="utf-8"))
    loaders.append(_PackageLoader())
    return SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=not markdown,
        finalize=escape_markdown if markdown else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


def _user_folders(env: jinja2.Environment) -> list[Path]:
    """The user's template folders in ``env`` (the shipped templates come from another loader)."""
    loader = env.loader
    loaders = loader.loaders if isinstance(loader, jinja2.ChoiceLoader) else [loader]
    return [
        Path(folder).resolve()
        for each in loaders
        if isinstance(each, jinja2.FileSystemLoader)
        for folder in each.searchpath
    ]


def _in_folders(filename: str | None, folders: list[Path]) -> bool:
    return filename is not None and any(Path(filename).resolve().is_relative_to(f) for f in folders)


def _users_error(exc: Exception, name: str, env: jinja2.Environment) -> TemplateError | None:
    """``exc`` as a TemplateError naming the user's template file and line, or None when no
    template of the user's was involved (a shipped template failed: a bug of ours).

    The user's: any error raised while a template of the user's folder runs, whatever its type
    (the innermost such frame gives the file and line: Jinja rewrites tracebacks so template
    frames carry the template's own file name and line), including errors raised in code the
    template called (a filter, the Markdown escaper printing a value it chose); a syntax error in
    one; an error compiling the user's template ``name``; a template not found (a name the
    user's ``include`` or the caller gave).
    """
    folders = _user_folders(env)
    frames = traceback.extract_tb(exc.__traceback__)
    theirs = {name for name in {f.filename for f in frames} if _in_folders(name, folders)}
    users = [(f.filename, f.lineno) for f in frames if f.filename in theirs]
    site: tuple[str | None, int | None] = users[-1] if users else (None, None)
    if isinstance(exc, jinja2.TemplateNotFound):
        where = f"line {site[1]}: " if site[1] else ""
        message = f"template {exc.name!r} not found in your templates folder or the shipped ones"
        return TemplateError(f"{where}{message} {_FIX}", path=site[0] or name)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        site = (exc.filename, exc.lineno)
    if site[0] is None:  # failed before any line of a template ran: compiling the user's file?
        try:
            site = (env.loader.get_source(env, name)[1] if env.loader else None, None)
        except jinja2.TemplateNotFound:
            site = (None, None)
    filename, lineno = site
    if not _in_folders(filename, folders):
        return None
    where = f"line {lineno}: " if lineno else ""
    return TemplateError(f"{where}{type(exc).__name__}: {exc} {_FIX}", path=filename)


_FIX = "(fix the template, or delete it to use the shipped one)"


def render_template(
    name: str,
    context: Mapping[str, Any],
    *,
    templates_dir: str | os.PathLike[str] | None = None,
    environment: SandboxedEnvironment | None = None,
) -> str:
    """Render one Markdown template with a finished context.

    Args:
        name: Template file name, e.g. ``"resume.md.j2"``.
        context: The variables (see ``templates/README.md``).
        templates_dir: The user's templates folder, searched first.
        environment: An environment from :func:`build_environment` to reuse.

    Returns:
        The Markdown text, cleaned of XML-invalid characters.

    Raises:
        TemplateError: A template of the user's folder is invalid or raises any error while it
            runs (TypeError, ZeroDivisionError, RecursionError...), or a template is not found;
            the message names the user's file and line. An error in a shipped template is a bug
            of ours and keeps its own type and traceback.
    """
    env = environment or build_environment(templates_dir)
    try:
        return clean_text(env.get_template(name).render(**context))
    except Exception as exc:  # any type: a user's template can raise anything Python can
        error = _users_error(exc, name, env)
        if error is None:
            raise  # a shipped template or our own code failed: a bug, with its traceback
        raise error from None
