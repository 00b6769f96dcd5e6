"""Rank many postings for one resume, or many resumes for one posting: in chunks, in worker
processes or on a Dask cluster, keeping the best entries and running statistics."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from resume_kit.errors import ResumeKitError, UsageError
from resume_kit.model.documents import Document, DocumentKind, Posting, Resume
from resume_kit.model.framework import Framework
from resume_kit.model.ranking import RankEntry
from resume_kit.model.report import MatchReport
from resume_kit.nlp.batch import ErrorHandler, load_extracted, portable_inputs, zip_paths
from resume_kit.nlp.workers import map_chunks
from resume_kit.read.inputs import InputArg, read_input
from resume_kit.read.limits import Limits, resolve_limits
from resume_kit.scoring.leaderboard import Leaderboard, RankResult, ScoreStats
from resume_kit.scoring.occupations import load_occupations
from resume_kit.scoring.scorer import _score_extracted, _your_role, current_month
from resume_kit.scoring.similarity import load_similarity_tables
from resume_kit.scoring.tunables import RANK_TERMS_SHOWN

__all__ = ["RankEntry", "RankResult", "ScoreStats", "rank", "rank_many"]


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


_ChunkResult = tuple[list[RankEntry], list[tuple[str, str]]]


def _rank_chunk(
    fixed: Document,
    paths: list[InputArg],
    *,
    kind: DocumentKind,
    framework: str,
    model: str | None,
    today: str,
    limits: Limits,
    fixed_role: tuple[Framework, str] | None = None,
) -> _ChunkResult:
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


RANK_CHUNK = 50
"""Inputs per task of a ranking: scoring one is cheap, so fewer, larger tasks cost less to send."""


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
    ``"<bytes N>"`` (N its place in the list) in the entries). :func:`rank_many` does the same
    keeping only the best entries, with statistics, and on a Dask cluster.

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
    result = rank_many(
        resume=resume,
        postings=postings,
        posting=posting,
        resumes=resumes,
        framework=framework,
        model=model,
        today=today,
        jobs=jobs,
        max_bytes=max_bytes,
        on_error=on_error,
        on_progress=on_progress,
        limits=limits,
    )
    return result.entries


def rank_many(
    *,
    resume: InputArg | None = None,
    postings: Iterable[InputArg] = (),
    posting: InputArg | None = None,
    resumes: Iterable[InputArg] = (),
    top: int | None = None,
    framework: str = "auto",
    model: str | None = None,
    today: str | None = None,
    jobs: int = 1,
    client: Any = None,
    max_bytes: int | None = None,
    on_error: ErrorHandler | None = None,
    on_progress: Callable[[int], None] | None = None,
    limits: Limits | None = None,
    chunk_size: int = RANK_CHUNK,
) -> RankResult:
    """Rank any number of inputs, keeping the best ``top`` and statistics of every score.

    The inputs are taken lazily (a generator of a million paths is fine) and at most a few chunks
    per worker are in flight, so memory is bounded by the workers and ``top``, not by the number
    of inputs. The result is the same with one process, ``jobs`` processes or a Dask cluster.

    Args:
        resume: The candidate's resume, to rank ``postings``.
        postings: Postings: paths, bytes, open files or
            :class:`~resume_kit.read.inputs.NamedText` (see :mod:`resume_kit.read.collection`).
        posting: The job posting, to rank ``resumes``.
        resumes: Resumes.
        top: Keep the best ``top`` entries; None keeps them all.
        framework: ``"auto"``, a shipped framework's name or a framework file.
        model: An installed trained spaCy pipeline to use instead of the blank one.
        today: ``YYYY-MM`` at which ongoing roles end; defaults to the current month.
        jobs: Worker processes when no ``client`` is given (each loads the pipeline once).
        client: A ``dask.distributed.Client``: the chunks go to its workers, which need the same
            resume_kit version installed.
        max_bytes: Refuse larger files.
        on_error: Called with each input that cannot be read or scored; the rest go on. Without
            it the first error is raised.
        on_progress: Called with the number of inputs done after each chunk.
        limits: The input limits for every input (defaults otherwise).
        chunk_size: Inputs per task.

    Returns:
        The best entries (best first; ties by path, then input order) and the statistics.
    """
    if (resume is None) == (posting is None):
        raise UsageError("give either a resume and postings, or a posting and resumes")
    limits = resolve_limits(limits, max_bytes)
    fixed_kind: DocumentKind
    kind: DocumentKind
    fixed_path: InputArg
    board = Leaderboard(top)

    def failed(path: str, error: ResumeKitError) -> None:
        board.failed += 1
        if on_error is None:
            raise error
        on_error(path, error)

    if resume is not None:
        fixed_kind, kind, fixed_path, values = "resume", "posting", resume, postings
    else:
        assert posting is not None
        fixed_kind, kind, fixed_path, values = "posting", "resume", posting, resumes
    if client is None:
        fixed = load_extracted(fixed_path, fixed_kind, model=model, limits=limits)
    else:
        fixed = _extracted_on(client, fixed_path, fixed_kind, model=model, limits=limits)
    others = portable_inputs(values, limits=limits, on_error=failed)
    month = today or current_month()
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
    done = 0
    numbered = map_chunks(
        _numbered(work),
        enumerate(others),
        chunk_size=chunk_size,
        jobs=jobs,
        client=client,
        ordered=False,
        prepare=_load_scoring_tables,
    )
    for size, (batch, (found, errors)) in numbered:
        board.add(found, batch)
        for path, message in errors:
            failed(path, ResumeKitError(message))
        done += size
        if on_progress:
            on_progress(done)
    return board.result()


def _load_scoring_tables() -> None:
    """Load the tables every chunk's scoring reads (each cached per process).

    With ``--jobs N`` they are loaded before the workers fork (see :func:`map_chunks`): built once
    and shared, instead of once in every worker. The pipeline is loaded already: ``rank``
    extracted the fixed document first.
    """
    load_occupations()
    load_similarity_tables()


def _extracted_on(
    client: Any, path: InputArg | Document, kind: DocumentKind, *, model: str | None, limits: Limits
) -> Document:
    """The fixed document, read here and extracted by a Dask worker: the worker has the pipeline
    loaded already (with ``--dask local``, from its fork server), and this process, which runs
    the scheduler beside the workers, then loads no pipeline of its own (a second or more of CPU
    and some 40 MB). Read here, so that a file that only this machine sees can be ranked
    against on any cluster."""
    if not isinstance(path, Resume | Posting):
        path = read_input(path, limits=limits)
    future = client.submit(load_extracted, path, kind, model=model, limits=limits, pure=False)
    document: Document = future.result()
    return document


class _numbered:
    """Runs a chunk worker over ``(index, input)`` pairs and returns the first index with its
    result: the chunk's place in the input, which breaks ties the same way in any worker."""

    def __init__(self, work: Callable[[list[InputArg]], _ChunkResult]) -> None:
        self.work = work

    def __call__(self, items: Sequence[tuple[int, InputArg]]) -> tuple[int, _ChunkResult]:
        return items[0][0], self.work([value for _, value in items])
