"""Render a :class:`~resume_kit.model.report.MatchReport` as plain text for the terminal.

Plain ASCII layout, no colour codes: the CLI may style it. The components table lists every
component's points so the reader can add them up to the overall.
"""

from __future__ import annotations

import textwrap

from resume_kit.model.report import Evidence, MatchReport, RequirementMatch
from resume_kit.scoring.weighting import describe_scale

TOP_SUGGESTIONS = 5
_MARK = {"met": "[met]", "partial": "[partial]", "missing": "[missing]"}


def _wrap(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    ) or [indent.rstrip()]


def _quote(evidence: Evidence, width: int) -> str:
    sentence = evidence.sentence.lstrip("•-* ").strip()
    where = ", ".join(part for part in (evidence.role_title, evidence.employer) if part)
    where = where or f"{evidence.section} section"
    room = max(40, 2 * (width - 14) - len(where) - 8)  # at most about two wrapped lines
    return f'"{textwrap.shorten(sentence, width=room, placeholder="...")}" ({where})'


def _requirement_lines(match: RequirementMatch, width: int) -> list[str]:
    asked = match.level + (f", x{match.count}" if match.count > 1 else "")
    asked += ", in title" if match.in_title else ""
    head = f"  {_MARK[match.status]:<10}{match.name} ({asked})"
    if match.via_name:
        head += f", through {match.via_name}"
    lines = [head]
    if match.evidence:
        lines += _wrap(_quote(match.evidence[0], width), width, " " * 14)
    if match.suggestion:
        lines += _wrap(f"-> {match.suggestion}", width, " " * 14)
    return lines


def _header_lines(report: MatchReport, width: int) -> list[str]:
    out: list[str] = []
    title = f' ("{report.posting_title}")' if report.posting_title else ""
    out.append(f"Match score: {report.overall:.1f} / 100")
    out += _wrap(f"{report.resume_source} against {report.posting_source}{title}", width, "")
    framework = f"Framework: {report.framework.name} {report.framework.version}"
    out += _wrap(
        framework + (f": {report.framework.reason}" if report.framework.reason else ""), width, ""
    )
    out.append(f"Dates counted up to {report.today} ({report.today_basis}).")
    evidence = report.posting_evidence
    if evidence.little:
        out += _wrap(
            f"The posting gave little to match on ({evidence.requirements} skill"
            f"{'s' if evidence.requirements != 1 else ''} recognised): requirements, evidence "
            f"and coverage are {evidence.prior_share:.0%} a neutral {evidence.prior_score:.0%}, "
            "so this score says more about your resume than about this job.",
            width,
            "",
        )
    return out


def _component_lines(report: MatchReport, width: int) -> list[str]:
    out = [f"{'Component':<16}{'weight':>8}{'score':>8}{'points':>8}"]
    for component in report.components:
        if component.included:
            out.append(
                f"{component.name:<16}{component.effective_weight:>8.1f}"
                f"{component.score:>8.0%}{component.contribution:>8.1f}"
            )
        else:
            out.append(f"{component.name:<16}{'-':>8}{'-':>8}{'0.0':>8}  (left out)")
        out += _wrap(component.explanation, width, " " * 4)
    out.append("-" * 40)
    total_weight = sum(c.effective_weight for c in report.components)
    out.append(f"{'blend':<16}{total_weight:>8.1f}{'':>8}{report.blend:>8.1f}")
    if report.gate_note:
        out += _wrap(report.gate_note, width, " " * 4)
    out.append(f"{'overall':<16}{'':>8}{'':>8}{report.overall:>8.1f}")
    out += _wrap(describe_scale(report.blend, report.overall), width, " " * 4)
    return out


def _requirements_lines(report: MatchReport, width: int) -> list[str]:
    counts = {
        status: sum(1 for r in report.requirements if r.status == status)
        for status in ("met", "partial", "missing")
    }
    out = [
        f"Requirements: {counts['met']} met, {counts['partial']} partial, "
        f"{counts['missing']} missing"
    ]
    if not report.requirements:
        out.append("  (no skill in the posting was recognised)")
    for status in ("missing", "partial", "met"):
        for match in report.requirements:
            if match.status == status:
                out += _requirement_lines(match, width)
    return out


def _area_lines(report: MatchReport, width: int) -> list[str]:
    out = ["Competency areas (coverage; posting emphasis)"]
    for area in report.areas:
        shown = ", ".join(area.skills_shown) if area.skills_shown else "nothing shown"
        out += _wrap(
            f"{area.name}: {area.coverage:.0%}; emphasis {area.emphasis:.0%} ({shown})",
            width,
            "  ",
        )
    return out


def _profile_lines(report: MatchReport, width: int) -> list[str]:
    """Experience, seniority, role, credentials and quantified bullets."""
    experience = report.experience
    asked = experience.years_asked_text or "not stated"
    out = _wrap(
        f"Experience: {experience.years_held:g} relevant years held "
        f"({experience.years_total:g} in all); asked: {asked}",
        width,
        "",
    )
    out += _wrap(
        f"Seniority: you read as {experience.seniority_held or 'unknown'}, the posting as "
        f"{experience.seniority_asked or 'unknown'}",
        width,
        "",
    )
    role = report.role_fit
    if role.your_occupation or role.posting_occupation:
        fit = "" if role.title_score is None else f" ({role.title_score:.0%} alike)"
        out += _wrap(
            f"Role: you read as {role.your_occupation or 'unknown'}"
            + (f" ({role.your_occupation_basis})" if role.your_occupation_basis else "")
            + f"; the posting as {role.posting_occupation or 'unknown'}"
            + (f" ({role.posting_occupation_basis})" if role.posting_occupation_basis else "")
            + fit,
            width,
            "",
        )
    if report.shared_terms:
        out += _wrap(f"Shared words: {', '.join(report.shared_terms)}", width, "")
    credentials = report.credentials
    if credentials.certifications_asked:
        out += _wrap(
            "Certifications asked: "
            + ", ".join(credentials.certifications_asked)
            + (
                f"; missing: {', '.join(credentials.certifications_missing)}"
                if credentials.certifications_missing
                else "; all held"
            ),
            width,
            "",
        )
    if credentials.degree_asked_level:
        out.append(
            f"Degree asked: {credentials.degree_asked_level}; held: "
            f"{credentials.degree_held_level or 'none listed'}"
        )
    quant = report.quantification
    out.append(
        f"Quantified bullets: {quant.with_metric} of {quant.bullets} ({quant.share:.0%}; "
        f"target {quant.target:.0%})"
    )
    return out


def _advice_lines(report: MatchReport, width: int) -> list[str]:
    """The top suggestions and the notes, each under its heading after a blank line."""
    out: list[str] = []
    if report.suggestions:
        out.append("")
        out.append("Top suggestions")
        for number, suggestion in enumerate(report.suggestions[:TOP_SUGGESTIONS], 1):
            lines = _wrap(suggestion.text, width - 4, "    ")
            lines[0] = f"{number:>2}. " + lines[0][4:]
            out += lines
    if report.notes:
        out.append("")
        out.append("Notes")
        for note in report.notes:
            out += _wrap(f"- {note}", width, "  ")
    return out


def format_report(report: MatchReport, *, width: int = 100) -> str:
    """Render a match report as readable plain text.

    Args:
        report: The report from :func:`resume_kit.scoring.match.score_match`.
        width: Line width to wrap to (at least 60 is sensible).

    Returns:
        The text, ending with a newline.
    """
    width = max(60, width)
    out = _header_lines(report, width)
    for section in (_component_lines, _requirements_lines, _area_lines, _profile_lines):
        out.append("")
        out += section(report, width)
    out += _advice_lines(report, width)
    return "\n".join(out) + "\n"
