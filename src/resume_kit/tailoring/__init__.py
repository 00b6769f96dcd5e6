"""Tailoring: from a match to finished documents and readable match reports.

A resume and its :class:`~resume_kit.scoring.match.MatchReport` against a posting become three
finished document contexts (:mod:`.contexts`: the tailored resume, the cover letter and the
interview-prep sheet; every string is decided there, from the candidate's own facts). Each is
rendered to Markdown by a sandboxed Jinja2 template (:mod:`.templating`), and the Markdown is
written as .docx on a reference document's styles (:mod:`.docx_writer`, or the user's own Word
design: :mod:`.docx_template`, :mod:`.styles`), .md, a self-contained .html page
(:mod:`.html_page`), .pdf through LibreOffice (:mod:`.pdf_export`) and, for the resume, JSON
Resume (:mod:`.conversion`). :func:`tailor` runs it all and writes the files safely
(:mod:`.outputs`). The match report itself is drawn as a coverage chart (:mod:`.chart`) and written
as an HTML page (:mod:`.html_report`) or as text for the terminal (:mod:`.text_report`).

Names are imported on first use (PEP 562): :func:`tailor` pulls in the spaCy stage and
:func:`draw_chart` matplotlib, and even the light modules need not load for one command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_kit.lazy import lazy_attributes

if TYPE_CHECKING:
    from resume_kit.model.dates import format_month
    from resume_kit.model.tailored import TailorResult
    from resume_kit.tailoring.application import FORMATS, tailor
    from resume_kit.tailoring.chart import ChartDrawer, describe_chart, draw_chart, ordered_areas
    from resume_kit.tailoring.context_common import Link, format_dates, join_words
    from resume_kit.tailoring.contexts import DocumentContexts, build_contexts
    from resume_kit.tailoring.conversion import convert_resume, dump_tailored_json_resume
    from resume_kit.tailoring.docx_template import render_docx_template, template_variables
    from resume_kit.tailoring.docx_writer import markdown_to_docx
    from resume_kit.tailoring.html_page import markdown_to_html
    from resume_kit.tailoring.html_report import build_html_report, write_html_report
    from resume_kit.tailoring.letter_context import LetterContext, build_letter_context
    from resume_kit.tailoring.markdown_tokens import PAGE_BREAK
    from resume_kit.tailoring.outputs import (
        STARTER_TEMPLATES,
        copy_templates,
        output_stem,
        slugify,
        write_atomic,
        write_outputs,
    )
    from resume_kit.tailoring.pdf_export import docx_to_pdf, find_soffice
    from resume_kit.tailoring.prep_context import (
        CommonQuestion,
        GapNote,
        PrepContext,
        SalaryNote,
        StorySeed,
        build_prep_context,
        load_salary_table,
    )
    from resume_kit.tailoring.resume_context import (
        Block,
        ResumeContext,
        SectionEntry,
        build_resume_context,
        competencies,
        order_bullets,
    )
    from resume_kit.tailoring.styles import STYLES, resolve_reference_docx, style_path
    from resume_kit.tailoring.templating import (
        build_environment,
        clean_text,
        escape_markdown,
        render_template,
    )
    from resume_kit.tailoring.text_report import format_report

# name -> module that defines it, imported on first use.
_LAZY = {
    "TailorResult": "resume_kit.model.tailored",
    "FORMATS": "resume_kit.tailoring.application",
    "tailor": "resume_kit.tailoring.application",
    "ChartDrawer": "resume_kit.tailoring.chart",
    "describe_chart": "resume_kit.tailoring.chart",
    "draw_chart": "resume_kit.tailoring.chart",
    "ordered_areas": "resume_kit.tailoring.chart",
    "Link": "resume_kit.tailoring.context_common",
    "format_dates": "resume_kit.tailoring.context_common",
    "format_month": "resume_kit.model.dates",
    "join_words": "resume_kit.tailoring.context_common",
    "DocumentContexts": "resume_kit.tailoring.contexts",
    "build_contexts": "resume_kit.tailoring.contexts",
    "convert_resume": "resume_kit.tailoring.conversion",
    "dump_tailored_json_resume": "resume_kit.tailoring.conversion",
    "render_docx_template": "resume_kit.tailoring.docx_template",
    "template_variables": "resume_kit.tailoring.docx_template",
    "markdown_to_docx": "resume_kit.tailoring.docx_writer",
    "markdown_to_html": "resume_kit.tailoring.html_page",
    "build_html_report": "resume_kit.tailoring.html_report",
    "write_html_report": "resume_kit.tailoring.html_report",
    "LetterContext": "resume_kit.tailoring.letter_context",
    "build_letter_context": "resume_kit.tailoring.letter_context",
    "PAGE_BREAK": "resume_kit.tailoring.markdown_tokens",
    "STARTER_TEMPLATES": "resume_kit.tailoring.outputs",
    "copy_templates": "resume_kit.tailoring.outputs",
    "output_stem": "resume_kit.tailoring.outputs",
    "slugify": "resume_kit.tailoring.outputs",
    "write_atomic": "resume_kit.tailoring.outputs",
    "write_outputs": "resume_kit.tailoring.outputs",
    "docx_to_pdf": "resume_kit.tailoring.pdf_export",
    "find_soffice": "resume_kit.tailoring.pdf_export",
    "CommonQuestion": "resume_kit.tailoring.prep_context",
    "GapNote": "resume_kit.tailoring.prep_context",
    "PrepContext": "resume_kit.tailoring.prep_context",
    "SalaryNote": "resume_kit.tailoring.prep_context",
    "StorySeed": "resume_kit.tailoring.prep_context",
    "build_prep_context": "resume_kit.tailoring.prep_context",
    "load_salary_table": "resume_kit.tailoring.prep_context",
    "ResumeContext": "resume_kit.tailoring.resume_context",
    "Block": "resume_kit.tailoring.resume_context",
    "SectionEntry": "resume_kit.tailoring.resume_context",
    "build_resume_context": "resume_kit.tailoring.resume_context",
    "competencies": "resume_kit.tailoring.resume_context",
    "order_bullets": "resume_kit.tailoring.resume_context",
    "STYLES": "resume_kit.tailoring.styles",
    "resolve_reference_docx": "resume_kit.tailoring.styles",
    "style_path": "resume_kit.tailoring.styles",
    "build_environment": "resume_kit.tailoring.templating",
    "clean_text": "resume_kit.tailoring.templating",
    "escape_markdown": "resume_kit.tailoring.templating",
    "render_template": "resume_kit.tailoring.templating",
    "format_report": "resume_kit.tailoring.text_report",
}

__all__ = [
    "FORMATS",
    "PAGE_BREAK",
    "STARTER_TEMPLATES",
    "STYLES",
    "Block",
    "ChartDrawer",
    "CommonQuestion",
    "DocumentContexts",
    "GapNote",
    "LetterContext",
    "Link",
    "PrepContext",
    "ResumeContext",
    "SalaryNote",
    "SectionEntry",
    "StorySeed",
    "TailorResult",
    "build_contexts",
    "build_environment",
    "build_html_report",
    "build_letter_context",
    "build_prep_context",
    "build_resume_context",
    "clean_text",
    "competencies",
    "convert_resume",
    "copy_templates",
    "describe_chart",
    "docx_to_pdf",
    "draw_chart",
    "dump_tailored_json_resume",
    "escape_markdown",
    "find_soffice",
    "format_dates",
    "format_month",
    "format_report",
    "join_words",
    "load_salary_table",
    "markdown_to_docx",
    "markdown_to_html",
    "order_bullets",
    "ordered_areas",
    "output_stem",
    "render_docx_template",
    "render_template",
    "resolve_reference_docx",
    "slugify",
    "style_path",
    "tailor",
    "template_variables",
    "write_atomic",
    "write_html_report",
    "write_outputs",
]


__getattr__ = lazy_attributes(__name__, _LAZY)
