"""A match report as one self-contained HTML page (``resume-kit score --html report.html``).

The page is rendered by ``templates/match_report.html.j2`` with HTML autoescape on: every string
from the resume or the posting is data. It needs nothing from the network: the chart is inline as
a ``data:`` URI, the styles are in the page, there is no script, and a Content-Security-Policy
meta tag forbids loading anything else, so it opens the same offline, from an e-mail attachment or
from a file share.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

from resume_kit.errors import OutputError
from resume_kit.model.report import Evidence, MatchReport, RequirementMatch
from resume_kit.nlp.taxonomy import load_skill_meta
from resume_kit.scoring.weighting import describe_scale
from resume_kit.tailoring.chart import describe_chart, draw_chart, ordered_areas
from resume_kit.tailoring.outputs import write_atomic
from resume_kit.tailoring.templating import build_environment, render_template

TEMPLATE = "match_report.html.j2"
MAX_EVIDENCE = 2
"""Resume sentences quoted per requirement (the strongest first, as scoring orders them)."""

# Gaps first: they are what the reader can act on.
_GROUPS = (
    ("missing", "Missing", "The posting asks for these and the resume does not show them."),
    ("partial", "Partly met", "Shown only through a related skill, or weakly."),
    ("met", "Met", "The resume shows these."),
)


def _where(evidence: Evidence) -> str:
    where = ", ".join(part for part in (evidence.role_title, evidence.employer) if part)
    return where or f"{evidence.section} section"


def _requirement(match: RequirementMatch) -> dict[str, Any]:
    asked = match.level + (f", asked {match.count} times" if match.count > 1 else "")
    if match.in_title:
        asked += ", in the title"
    return {
        "name": match.name,
        "asked": asked,
        "via": match.via_name,
        "evidence": [
            {
                "sentence": evidence.sentence.lstrip("•-* ").strip(),
                "where": _where(evidence),
                "has_metric": evidence.has_metric,
            }
            for evidence in match.evidence[:MAX_EVIDENCE]
        ],
        "suggestion": match.suggestion,
    }


def _shown_skills(report: MatchReport) -> dict[str, str]:
    """Area id -> display names of the skills the resume shows there ("none" if none)."""
    names = {match.skill: match.name for match in report.requirements}
    if any(s not in names for area in report.areas for s in area.skills_shown):
        names = {**{i: m.name for i, m in load_skill_meta().items()}, **names}
    return {
        area.area: ", ".join(names.get(skill, skill) for skill in area.skills_shown) or "none"
        for area in report.areas
    }


def build_html_report(report: MatchReport, *, chart: bool = True) -> str:
    """Render a match report as a self-contained HTML page.

    Args:
        report: The report from :func:`resume_kit.score`.
        chart: Embed the coverage-per-area chart (draws it with matplotlib).

    Returns:
        The page (UTF-8 text), the same for the same report.

    Raises:
        TemplateError: The page template failed (a bug in a shipped template).
    """
    chart_data: dict[str, str] | None = None
    if chart:
        encoded = base64.b64encode(draw_chart(report)).decode("ascii")
        chart_data = {"src": f"data:image/png;base64,{encoded}", "alt": describe_chart(report)}
    groups = [
        {
            "status": status,
            "title": title,
            "help": help_text,
            "requirements": [_requirement(m) for m in report.requirements if m.status == status],
        }
        for status, title, help_text in _GROUPS
    ]
    context = {
        "report": report,
        "chart": chart_data,
        "areas": ordered_areas(report),
        "shown": _shown_skills(report),
        "groups": groups,
        "total_weight": round(sum(c.effective_weight for c in report.components), 1),
        "scale_note": describe_scale(report.blend, report.overall),
    }
    environment = build_environment(markdown=False)
    return render_template(TEMPLATE, context, environment=environment)


def write_html_report(
    report: MatchReport,
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    chart: bool = True,
) -> Path:
    """Write the HTML page of a match report, atomically.

    Args:
        report: The report from :func:`resume_kit.score`.
        path: The .html file to write; its folder must exist.
        force: Overwrite an existing file.
        chart: Embed the coverage-per-area chart.

    Returns:
        The path written.

    Raises:
        OutputError: The file exists and ``force`` is False, or its folder is missing, or it
            cannot be written.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise OutputError("the folder to write the page into does not exist", path=target)
    if not force and os.path.lexists(target):  # say so before spending a second on the chart
        raise OutputError("already exists; use --force (force=True) to overwrite it", path=target)
    page = build_html_report(report, chart=chart)
    return write_atomic(target, page.encode("utf-8"), force=force)
