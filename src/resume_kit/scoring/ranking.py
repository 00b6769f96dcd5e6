"""Rank many postings for one resume, or many resumes for one posting, in chunks and processes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial

from resume_kit.errors import ResumeKitError, UsageError
from resume_kit.model.documents import Document, DocumentKind, Posting, Resume, SourceText
from resume_kit.model.framework import Framework
from resume_kit.model.ranking import RankEntry
from resume_kit.model.report import MatchReport
from resume_kit.nlp.batch import ErrorHandler, load_extracted, zip_paths
from resume_kit.read.inputs import BYTES_NAME, FILE_NAME, InputArg, input_name, read_input
from resume_kit.read.limits import Limits, resolve_limits
from resume_kit.scoring.scorer import _score_extracted, _your_role, current_month
from resume_kit.scoring.tunables import RANK_TERMS_SHOWN

__all__ = ["RankEntry", "rank"]


def _rank_entry(path: str, report: MatchReport, document: Document) -> RankEntry:
    met = sum(1 for r in report.requirements if r.status == "met")
    missing = [r for r in report.requirements if r.status == "missing"]
    fit = next((c for c in report.components if c.name == "role_fit" and c.included), None)
    role = report.role_fit
    occupation = role.posting_occupation if isinstance(document, Posting) else role.your_occupation
    return RankEntry(
        path=path,
        score=report.overall,
        framework=report.framework.name,
        title=document.title if isinstance(document, Posting) else None,
        name=document.contact.name if isinstance(document, Resume) else None,
        met=met,
        missing=len(missing),
        top_gaps=[r.name for r in missing if r.level == "required"][:3],
        role_fit=fit.score if fit is not None else None,
        occupation=occupation,
        shared_terms=report.shared_terms[:RANK_TERMS_SHOWN],
    )


def _rank_chunk(
    fixed: Document,
    paths: list[str | SourceText],
    *,
    kind: DocumentKind,
    framework: str,
    model: str | None,
    today: str,
    limits: Limits,
    fixed_role: tuple[Framework, str] | None = None,
) -> tuple[list[RankEntry], list[tuple[str, str]]]:
    """Score one chunk of files against the fixed document (runs in a worker process too).

    ``fixed_role`` is the fixed resume's role (:func:`_your_role`), found once by ``rank``.
    """
    errors: list[tuple[str, str]] = []
    entries: list[RankEntry] = []

    def note(path: str, error: ResumeKitError) -> None:
        errors.append((path, str(error)))

    # A ranking scores a resume's metrics (its quantification), never a posting's: finding them
    # in each posting would be a seventh of the work for nothing.
    for path, document in zip_paths(
        paths,
        kind,
        model=model,
        on_error=note,
        limits=limits,
        metrics=kind != "posting",
    ):
        resume, posting = (fixed, document) if kind == "posting" else (document, fixed)
        assert isinstance(resume, Resume) and isinstance(posting, Posting)
        try:
            role = fixed_role if resume is fixed else _your_role(resume, today)
            report = _score_extracted(resume, posting, framework, today, role)
        except ResumeKitError as error:
            note(path, error)
            continue
        entries.append(_rank_entry(path, report, document))
    return entries, errors


def _rankable(
    values: Iterable[InputArg], *, limits: Limits, on_error: ErrorHandler | None
) -> list[str | SourceText]:
    """Paths stay paths (read in the workers); bytes and open files are read now (picklable)."""
    out: list[str | SourceText] = []
    for number, value in enumerate(values, 1):
        if isinstance(value, str | os.PathLike):
            out.append(os.fspath(value))
            continue
        label = input_name(value)
        if label in (BYTES_NAME, FILE_NAME):  # unnamed: number them so entries stay apart
            label = f"{label[:-1]} {number}>"
        try:
            out.append(read_input(value, name=label, limits=limits))
        except ResumeKitError as error:
            if on_error is None:
                raise
            on_error(label, error)
    return out


def rank(
    *,
    resume: InputArg | None = None,
    postings: Iterable[InputArg] = (),
    posting: InputArg | None = None,
    resumes: Iterable[InputArg] = (),
    framework: str = "auto",
    model: str | None = None,
    today: str | None = None,
    jobs: int = 1,
    max_bytes: int | None = None,
    on_error: ErrorHandler | None = None,
    on_progress: Callable[[int], None] | None = None,
    limits: Limits | None = None,
) -> list[RankEntry]:
    """Rank postings for one resume ("which jobs fit me") or resumes for one posting.

    Give either ``resume`` and ``postings`` or ``posting`` and ``resumes``. Each may be a path,
    the file's bytes or an open file (read up front, named by the file's ``name`` or
    ``"<bytes N>"`` (N its place in the list) in the entries).

    Args:
        resume: The candidate's resume, to rank ``postings``.
        postings: Posting files.
        posting: The job posting, to rank ``resumes``.
        resumes: Resume files.
        framework: ``"auto"``, a shipped framework's name or a framework file.
        model: An installed trained spaCy pipeline to use instead of the blank one.
        today: ``YYYY-MM`` at which ongoing roles end; defaults to the current month.
        jobs: Worker processes (each builds its own pipeline; worth it for hundreds of files).
        max_bytes: Refuse larger files.
        on_error: Called with each file that cannot be read or scored; the rest go on. Without it
            the first error is raised.
        on_progress: Called with the number of files done after each chunk.
        limits: The input limits for every file (defaults otherwise).

    Returns:
        One entry per scored file, best first (ties by path, so the order is deterministic).
    """
    if (resume is None) == (posting is None):
        raise UsageError("give either a resume and postings, or a posting and resumes")
    limits = resolve_limits(limits, max_bytes)
    fixed_kind: DocumentKind
    kind: DocumentKind
    fixed_path: InputArg
    if resume is not None:
        fixed_kind, kind, fixed_path = "resume", "posting", resume
        others = _rankable(postings, limits=limits, on_error=on_error)
    else:
        assert posting is not None
        fixed_kind, kind, fixed_path = "posting", "resume", posting
        others = _rankable(resumes, limits=limits, on_error=on_error)
    fixed = load_extracted(fixed_path, fixed_kind, model=model, limits=limits)
    month = today or current_month()
    chunk = 50
    chunks = [others[i : i + chunk] for i in range(0, len(others), chunk)]
    entries: list[RankEntry] = []
    done = 0

    def collect(result: tuple[list[RankEntry], list[tuple[str, str]]], size: int) -> None:
        nonlocal done
        found, errors = result
        entries.extend(found)
        for path, message in errors:
            error = ResumeKitError(message)
            if on_error is None:
                raise error
            on_error(path, error)
        done += size
        if on_progress:
            on_progress(done)

    work = partial(
        _rank_chunk,
        fixed,
        kind=kind,
        framework=framework,
        model=model,
        today=month,
        limits=limits,
        # Ranking postings for one resume: its role is the same for every posting.
        fixed_role=_your_role(fixed, month) if isinstance(fixed, Resume) else None,
    )
    if jobs <= 1 or len(chunks) <= 1:
        for part in chunks:
            collect(work(part), len(part))
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [(pool.submit(work, part), len(part)) for part in chunks]
            for future, size in futures:
                collect(future.result(), size)
    entries.sort(key=lambda e: (-e.score, e.path))
    return entries
