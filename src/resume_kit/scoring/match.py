"""Score how well a resume matches a posting, against a competency framework.

Pure functions over the models: no I/O, no spaCy, no clock. The same inputs give a byte-identical
``MatchReport.model_dump_json()``.

The overall score (0-100) is a weighted sum of nine components, each scored 0-1 by its own
module::

    requirements    weighted share of the posting's skills the resume shows (implied skill: half)
    evidence        how strongly the matched skills are shown (recent bullet with a number = 1)
    coverage        the framework's competency areas, each tilted by the posting's emphasis
    experience      years held (dated roles, overlaps merged) / years asked, capped at 1
    seniority       level of the latest title vs the level of the posting's title
    credentials     certifications and degree asked vs held
    quantification  share of experience bullets with a number / the framework's target
    role_fit        whether the posting is for your kind of role: its title's role (or its job
                    area's) against the role of your latest title, and the share of its
                    hard-skill asks that your role's framework names; the framework says how
                    the two parts weigh (title 2 : skills 1 as shipped)
    similarity      TF-IDF cosine of the two texts' lemmas and skill ids (IDF from O*NET),
                    so that words the taxonomy does not know still count

A match on what a job asks shows fit only as far as the job is your kind of job: every component
but role fit counts in proportion to role fit (the role gate, ``weighting.role_gate``: fully at a
full role fit, a quarter for another occupation), so keyword overlap with a developer posting
cannot lift it above a project-management posting for a project manager.

Component weights come from the framework file; the shipped ones follow how much each component
alone ranks real jobs and candidates of the right role above chance (``benchmarks/match_real.py
--components``): role fit most, the four that read the resume on its own terms least. A
component with nothing to measure (no recognised requirement, no years or level asked, no
certification or degree asked) is left out and the others are scaled up to 100; the report says
so. Each component's contribution is rounded to 0.1 point and the overall is the sum of the
rounded contributions, so they always add up.
"""

from __future__ import annotations

from collections.abc import Mapping

from resume_kit.model.dates import YearMonth
from resume_kit.model.documents import Posting, Resume
from resume_kit.model.framework import ComponentName, Framework
from resume_kit.model.report import FrameworkChoice, MatchReport
from resume_kit.scoring.coverage import cover_areas
from resume_kit.scoring.credentials import assess_credentials
from resume_kit.scoring.degree_fields import degree_field_ids, degree_field_note
from resume_kit.scoring.evidence import measure_evidence
from resume_kit.scoring.experience import assess_experience, undated_roles_note
from resume_kit.scoring.posting_prior import (
    blend_with_prior,
    little_posting_note,
    mark_prior_shares,
    weigh_posting,
)
from resume_kit.scoring.quantification import quantify_bullets
from resume_kit.scoring.requirements import match_requirements, measure_requirements, skill_namer
from resume_kit.scoring.resume_view import SkillInfo, view_resume
from resume_kit.scoring.role_fit import (
    fit_role,
    gate_relation_words,
    posting_occupations,
    resume_occupations,
)
from resume_kit.scoring.similarity import (
    compare_texts,
    measure_similarity,
    shared_terms,
    without_headings,
)
from resume_kit.scoring.suggestions import suggest_changes
from resume_kit.scoring.today import resolve_today
from resume_kit.scoring.weighting import (
    Scored,
    calibrate_score,
    combine_components,
    describe_gate,
)
from resume_kit.version import __version__

__all__ = ["SkillInfo", "score_match"]


def score_match(
    resume: Resume,
    posting: Posting,
    framework: Framework,
    *,
    skill_meta: Mapping[str, SkillInfo] | None = None,
    today: str | None = None,
    framework_reason: str = "",
    your_role: tuple[Framework, str] | None = None,
    posting_role: tuple[Framework, str] | None = None,
) -> MatchReport:
    """Score a resume against a posting, with every component explained.

    Args:
        resume: The extracted resume (skills and metrics filled in).
        posting: The extracted posting (skills, requirements filled in).
        framework: The competency framework (weights, areas, seniority levels).
        skill_meta: Skill metadata by id, for display names and implied skills (Scrum -> Agile);
            without it no partial credit is given and names come from the documents.
        today: ``YYYY-MM`` to count current roles and recency up to. When None the newest date
            found in the documents is used (never the wall clock), so results are reproducible;
            the report says which month was used.
        framework_reason: Why this framework was chosen (from ``choose_framework``).
        your_role: The framework of the resume's latest title (``latest_title``) and why it was
            chosen; without it the role-fit component is left out.
        posting_role: The framework of the posting's title (or, without one, of its job area)
            and why; None when it has neither (then role fit rests on the skills asked alone).

    Returns:
        The match report; ``report.model_dump_json()`` is byte-identical for the same inputs.

    Raises:
        UsageError: ``today`` is not ``YYYY-MM``.
    """
    today_at = resolve_today(today, resume, posting)
    notes = [today_at.note] if today_at.note else []
    meta: Mapping[str, SkillInfo] = skill_meta or {}
    view = view_resume(resume, today_at.month, meta)
    name_of = skill_namer(meta, posting, view.index.hits)

    # The skills the posting asks for, and the three components that compare them with the
    # resume, pulled toward the framework's prior as far as the posting asks for little.
    degree_fields = degree_field_ids(posting)
    field_names = [name_of(skill_id) for skill_id in sorted(degree_fields)]
    if field_names:
        notes.append(degree_field_note(field_names))
    asked = match_requirements(posting, view, name_of, degree_fields)
    weight = weigh_posting(framework, len(asked.requirements), asked.total_weight)
    areas, coverage = cover_areas(
        framework, asked.matches, asked.total_weight, view.own_strength, view.implied_by
    )
    measured: dict[ComponentName, Scored] = {
        "requirements": measure_requirements(asked),
        "evidence": measure_evidence(asked.evidence_weighted, asked.evidence_weight),
        "coverage": coverage,
    }
    scores: dict[ComponentName, Scored] = {
        name: blend_with_prior(part, framework.posting_prior, weight.shrink, asked.total_weight)
        for name, part in measured.items()
    }
    if little := little_posting_note(weight):
        notes.append(little)

    # The components that read the resume on its own terms.
    relevant = frozenset(r.id for r in asked.requirements) | framework.skill_ids
    experience, scores["experience"], scores["seniority"] = assess_experience(
        resume, posting, framework, view.index, relevant
    )
    if experience.undated_roles:
        notes.append(undated_roles_note(experience.undated_roles))
    credentials, scores["credentials"] = assess_credentials(resume, posting, field_names)
    quantification, scores["quantification"] = quantify_bullets(resume, view.index, framework)
    role_fit, scores["role_fit"] = fit_role(
        asked.matches,
        {hit.id: hit.category for hit in posting.skills},
        framework,
        your_role,
        posting_role,
        mine=(mine := resume_occupations(resume, today_at.month)),
        theirs=(theirs := posting_occupations(posting)),
    )
    overlap = compare_texts(
        without_headings(resume.text, [(s.start, s.heading) for s in resume.sections]),
        without_headings(posting.text, [(s.start, s.heading) for s in posting.sections]),
        [hit.id for hit in resume.skills],
        [hit.id for hit in posting.skills],
    )
    scores["similarity"] = measure_similarity(overlap, name_of)

    components, blend = combine_components(framework, scores, notes)
    components = mark_prior_shares(
        components, {name: part.value for name, part in measured.items()}, weight.shrink
    )
    return MatchReport(
        resume_kit_version=__version__,
        framework=FrameworkChoice(
            name=framework.name, version=framework.version, reason=framework_reason
        ),
        resume_source=resume.source,
        posting_source=posting.source,
        posting_title=posting.title,
        today=YearMonth.from_index(today_at.month).iso(),
        today_basis=today_at.basis,
        overall=calibrate_score(blend),
        blend=blend,
        posting_evidence=weight.evidence,
        components=components,
        requirements=asked.matches,
        areas=areas,
        experience=experience,
        credentials=credentials,
        quantification=quantification,
        suggestions=suggest_changes(
            asked.matches, components, credentials, experience, quantification, blend
        ),
        notes=notes,
        role_fit=role_fit,
        shared_terms=shared_terms(overlap, name_of),
        gate_note=describe_gate(components, gate_relation_words(mine, theirs)),
    )
