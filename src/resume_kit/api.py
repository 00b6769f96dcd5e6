"""The library's entry points: each calls the pipeline hops in order.

``load_*`` read a file into a structured model (no spaCy); :func:`extract` runs the spaCy pipeline
over many documents at once (``nlp.pipe``) and fills in skills, metrics and requirement levels.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Literal, overload

from pydantic import BaseModel, ConfigDict

from resume_kit.errors import ResumeKitError, UsageError
from resume_kit.inputs import BYTES_NAME, FILE_NAME, InputArg, input_name, read_input
from resume_kit.limits import Limits, resolve_limits
from resume_kit.models import Document, DocumentKind, Posting, Resume, SourceText

if TYPE_CHECKING:
    from resume_kit.frameworks import Framework
    from resume_kit.scoring import MatchReport

PathArg = str | os.PathLike[str]
KindArg = Literal["resume", "posting", "auto"]

_POSTING_SECTIONS = frozenset(
    {"about", "responsibilities", "requirements", "preferred", "benefits"}
)
_RESUME_SECTIONS = frozenset({"experience", "education", "skills", "certifications", "projects"})
# Phrases only a job ad uses about its reader; counted in the opening of the text.
_POSTING_CUES = re.compile(
    r"\b(you will|you'll|you have|we are (looking|seeking|hiring)|we offer|join (us|our)|apply|"
    r"(is|are) (looking|searching) for|(is|are) (wanted|hiring|seeking)|"
    r"successful (application|applicant|candidate)|requirements|qualifications|"
    r"the ideal candidate|equal opportunity|job (description|type)|the (job|position) is|"
    r"what you('ll| will) (do|bring))\b",
    re.IGNORECASE,
)


def guess_kind(source: SourceText) -> DocumentKind:
    """Guess whether a text is a resume or a job posting.

    Both structures are parsed and weighed: dated roles and resume headings against posting
    headings, an experience requirement and phrases addressed to an applicant. Ties go to resume.

    Args:
        source: What a reader returned.

    Returns:
        ``"resume"`` or ``"posting"``.
    """
    from resume_kit.sections import parse_posting, parse_resume

    if source.format == "json-resume":
        return "resume"
    if source.format == "json-job":
        return "posting"
    resume = parse_resume(source)
    posting = parse_posting(source)
    resume_points = len({s.name for s in resume.sections} & _RESUME_SECTIONS)
    resume_points += 2 * min(2, sum(1 for r in resume.roles if r.start_date or r.end_date))
    resume_points += 1 if resume.contact.email or resume.contact.phone else 0
    posting_points = 2 * len({s.name for s in posting.sections} & _POSTING_SECTIONS)
    posting_points += 2 if posting.years_required else 0
    posting_points += min(4, len(_POSTING_CUES.findall(source.text[:20_000])))
    return "posting" if posting_points > resume_points else "resume"


def read(
    path: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> SourceText:
    """Read any supported file into plain text with format hints.

    Args:
        path: A path (``"-"`` for stdin), the file's bytes, or an open binary or text file
            (see :mod:`resume_kit.inputs`).
        format: ``txt``, ``md``, ``docx``, ``pdf``, ``html`` or ``json`` when the name and content
            do not tell (Markdown given as bytes or without a ``.md`` name).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``, here and in the functions
            below).
        limits: What is read is bounded by these (see :class:`~resume_kit.limits.Limits` and
            SECURITY.md); the defaults when None.
    """
    return read_input(path, format=format, name=name, max_bytes=max_bytes, limits=limits)


def load_resume(
    path: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Resume:
    """Read a resume file into a structured :class:`~resume_kit.models.Resume` (no skills yet).

    Args:
        path: A ``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.html`` or JSON Resume ``.json`` file, or
            ``"-"`` for standard input; or its bytes, or an open binary or text file.
        format: The format when the name and content do not tell (see :func:`read`).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.

    Returns:
        The resume's text, sections, contact, roles, education and certifications.

    Raises:
        InputFileError: The file cannot be read; the message says why and what to do.
    """
    from resume_kit.sections import parse_resume

    return parse_resume(read(path, format=format, name=name, max_bytes=max_bytes, limits=limits))


def load_posting(
    path: InputArg,
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Posting:
    """Read a job posting file into a structured :class:`~resume_kit.models.Posting`.

    Args:
        path: A ``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.html`` (saved from a browser) or JSON
            Resume job ``.json`` file, or ``"-"`` for standard input; or its bytes, or an open
            binary or text file.
        format: The format when the name and content do not tell (see :func:`read`).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.

    Returns:
        The posting's text, sections, title, company, years and degree asked (no skills yet).

    Raises:
        InputFileError: The file cannot be read; the message says why and what to do.
    """
    from resume_kit.sections import parse_posting

    return parse_posting(read(path, format=format, name=name, max_bytes=max_bytes, limits=limits))


def load_document(
    path: InputArg,
    kind: KindArg = "auto",
    *,
    format: str | None = None,
    name: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Document:
    """Read a resume or a posting; with ``kind="auto"`` guess which from its content.

    Args:
        path: The file, or ``"-"`` for standard input; or its bytes, or an open file.
        kind: ``"resume"``, ``"posting"`` or ``"auto"``.
        format: The format when the name and content do not tell (see :func:`read`).
        name: What to call bytes or a file object in errors and ``source``.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.

    Returns:
        A Resume or a Posting.
    """
    from resume_kit.sections import parse_posting, parse_resume

    source = read(path, format=format, name=name, max_bytes=max_bytes, limits=limits)
    resolved = guess_kind(source) if kind == "auto" else kind
    if resolved == "resume":
        return parse_resume(source)
    if resolved == "posting":
        return parse_posting(source)
    raise UsageError(f"unknown kind {kind!r}; use resume, posting or auto")


@overload
def extract(documents: Resume, *, model: str | None = None) -> Resume: ...
@overload
def extract(documents: Posting, *, model: str | None = None) -> Posting: ...
@overload
def extract(documents: Iterable[Document], *, model: str | None = None) -> list[Document]: ...


def extract(
    documents: Document | Iterable[Document], *, model: str | None = None
) -> Document | list[Document]:
    """Find skills, certifications and quantified achievements in resumes and postings.

    Many documents go through spaCy's ``nlp.pipe`` in one stream, so a thousand postings cost one
    pipeline build.

    Args:
        documents: One Resume / Posting, or an iterable of them (e.g. from :func:`load_document`).
        model: An installed trained spaCy pipeline to use instead of the blank one.

    Returns:
        The same document(s), copied with ``skills`` and ``metrics`` (and, for postings,
        ``requirements`` and ``certifications_asked``) filled in.
    """
    if isinstance(documents, Resume | Posting):
        return next(iter_extracted([documents], model=model))
    return list(iter_extracted(documents, model=model))


def iter_extracted(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    batch_size: int = 64,
    metrics: bool = True,
) -> Iterator[Document]:
    """Like :func:`extract`, but yield each enriched document as soon as it is ready.

    ``metrics=False`` skips finding quantified achievements (``metrics`` stays empty): scoring
    reads them from the resume only, so ranking postings does without them.
    """
    from spacy.tokens import Doc

    from resume_kit.extraction import enrich_document
    from resume_kit.nlp import METRICS_PIPE, TEXT_KEY, build_nlp
    from resume_kit.taxonomy import load_skill_meta

    nlp = build_nlp(model)
    meta = load_skill_meta()
    pending: deque[Document] = deque()

    def texts() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            # The readers already held the text to Limits.max_chars: spaCy must not refuse it.
            nlp.max_length = max(nlp.max_length, len(document.text) + 1)
            # Tokenized here so the components get the text itself: Doc.text rebuilds it from
            # every token (a tenth of ranking time).
            doc = nlp.make_doc(document.text)
            doc.user_data[TEXT_KEY] = document.text
            yield doc

    disable = [] if metrics else [METRICS_PIPE]
    for doc in nlp.pipe(texts(), batch_size=batch_size, disable=disable):
        yield enrich_document(doc, pending.popleft(), meta)


ErrorHandler = Callable[[str, ResumeKitError], None]


def extract_files(
    paths: Iterable[InputArg],
    kind: KindArg = "auto",
    *,
    model: str | None = None,
    max_bytes: int | None = None,
    on_error: ErrorHandler | None = None,
    limits: Limits | None = None,
    metrics: bool = True,
) -> Iterator[Document]:
    """Read and extract many files in one stream, yielding each document when it is ready.

    Args:
        paths: The files (``"-"`` for standard input), or their bytes or open files.
        kind: ``"resume"``, ``"posting"`` or ``"auto"`` (guessed per file).
        model: An installed trained spaCy pipeline to use instead of the blank one.
        max_bytes: Refuse larger files (overrides ``limits.max_bytes``).
        limits: The input limits (see SECURITY.md); the defaults when None.
        on_error: Called with the path and the error for each file that cannot be read; the rest
            go on. Without it the first error is raised.
        metrics: Find quantified achievements (False leaves ``metrics`` empty, for speed where
            nothing reads them).

    Yields:
        The enriched Resume / Posting of each readable file, in input order.
    """

    def loaded() -> Iterator[Document]:
        for path in paths:
            try:
                yield load_document(path, kind, max_bytes=max_bytes, limits=limits)
            except ResumeKitError as exc:
                if on_error is None:
                    raise
                on_error(input_name(path), exc)

    yield from iter_extracted(loaded(), model=model, metrics=metrics)


def current_month() -> str:
    """This month as ``YYYY-MM``: the end of a resume's current role when scoring."""
    import datetime as dt

    return dt.date.today().strftime("%Y-%m")


def _extracted(
    document: InputArg | Document,
    kind: DocumentKind,
    model: str | None,
    limits: Limits | None = None,
) -> Document:
    if isinstance(document, Resume | Posting):
        if document.kind != kind:
            raise UsageError(f"expected a {kind}, got a {document.kind}")
        # Models straight from load_* have no skills or metrics yet: extract them.
        return document if document.skills or document.metrics else extract(document, model=model)
    return extract(load_document(document, kind, limits=limits), model=model)


def score(
    resume: InputArg | Resume,
    posting: InputArg | Posting,
    *,
    framework: str = "auto",
    model: str | None = None,
    today: str | None = None,
    limits: Limits | None = None,
) -> MatchReport:
    """Score how well a resume fits a posting, with every point explained.

    Args:
        resume: A resume file (path, bytes or open file) or a loaded (optionally extracted)
            Resume.
        posting: A posting file (path, bytes or open file) or a loaded Posting.
        framework: ``"auto"`` (chosen from the posting's title), a shipped framework's name (see
            ``resume-kit frameworks``) or the path of a framework YAML file.
        model: An installed trained spaCy pipeline to use instead of the blank one.
        today: ``YYYY-MM`` at which ongoing roles end; defaults to the current month. Pass it to
            make a report reproducible across months.
        limits: The input limits for files (defaults otherwise).

    Returns:
        The MatchReport (``report.model_dump_json()`` is deterministic for the same inputs).
    """
    resume_doc = _extracted(resume, "resume", model, limits)
    posting_doc = _extracted(posting, "posting", model, limits)
    assert isinstance(resume_doc, Resume) and isinstance(posting_doc, Posting)
    month = today or current_month()
    return _score_extracted(
        resume_doc, posting_doc, framework, month, _your_role(resume_doc, month)
    )


def _your_role(resume: Resume, month: str) -> tuple[Framework, str] | None:
    """The role of the resume's latest title (what role fit compares the posting's role with)."""
    from resume_kit.frameworks import choose_framework
    from resume_kit.scoring import latest_title

    your_title = latest_title(resume, month)
    return choose_framework(your_title) if your_title else None


def _score_extracted(
    resume_doc: Resume,
    posting_doc: Posting,
    framework: str,
    month: str,
    your_role: tuple[Framework, str] | None,
) -> MatchReport:
    """:func:`score` on extracted documents, given the resume's role (``rank`` finds it once)."""
    from resume_kit.frameworks import choose_framework, choose_framework_by_skills, load_framework
    from resume_kit.scoring import score_match
    from resume_kit.taxonomy import load_skill_meta

    # A posting without a title may still name its job area ("Professional Area: Project
    # Management"), which says its role better than the skills it happens to list.
    posting_role = (
        choose_framework(posting_doc.title)
        if posting_doc.title
        else choose_framework(posting_doc.area, field="job area")
        if posting_doc.area
        else None
    )
    if framework == "auto" and posting_role is not None:
        chosen, reason = posting_role
    elif framework == "auto":
        chosen, reason = choose_framework_by_skills(_asked_weights(posting_doc))
    else:
        chosen, reason = load_framework(framework), f"chosen with --framework {framework}"
    # Role fit compares the roles the two titles name, whatever framework scores the match.
    return score_match(
        resume_doc,
        posting_doc,
        chosen,
        skill_meta=load_skill_meta(),
        today=month,
        framework_reason=reason,
        your_role=your_role,
        posting_role=posting_role,
    )


def _asked_weights(posting: Posting) -> dict[str, float]:
    """Requirement weight per skill the posting asks for (required 3, preferred 2, mentioned 1)."""
    from resume_kit.scoring import LEVEL_WEIGHT

    weights: dict[str, float] = {}
    for requirement in posting.requirements:
        weights[requirement.id] = weights.get(requirement.id, 0.0) + LEVEL_WEIGHT[
            requirement.level
        ] * max(1, requirement.count)
    return weights


class RankEntry(BaseModel):
    """One line of a ranking: a file and how well it fits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    score: float
    framework: str
    title: str | None = None
    name: str | None = None
    met: int
    missing: int
    top_gaps: list[str]


def _rank_entry(path: str, report: MatchReport, document: Document) -> RankEntry:
    met = sum(1 for r in report.requirements if r.status == "met")
    missing = [r for r in report.requirements if r.status == "missing"]
    return RankEntry(
        path=path,
        score=report.overall,
        framework=report.framework.name,
        title=document.title if isinstance(document, Posting) else None,
        name=document.contact.name if isinstance(document, Resume) else None,
        met=met,
        missing=len(missing),
        top_gaps=[r.name for r in missing if r.level == "required"][:3],
    )


def _rank_chunk(
    fixed: Document,
    paths: list[str | SourceText],
    *,
    kind: DocumentKind,
    framework: str,
    model: str | None,
    today: str,
    max_bytes: int | None,
    limits: Limits | None = None,
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
        max_bytes=max_bytes,
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


def zip_paths(
    paths: Iterable[str | SourceText],
    kind: KindArg,
    *,
    model: str | None,
    max_bytes: int | None,
    on_error: ErrorHandler,
    limits: Limits | None = None,
    metrics: bool = True,
) -> Iterator[tuple[str, Document]]:
    """Like :func:`extract_files`, but yield ``(path, document)`` pairs."""
    read_ok: deque[str] = deque()

    def tracked() -> Iterator[str | SourceText]:
        for path in paths:
            read_ok.append(input_name(path))
            yield path

    def on_failure(path: str, error: ResumeKitError) -> None:
        read_ok.remove(path)
        on_error(path, error)

    for document in extract_files(
        tracked(),
        kind,
        model=model,
        max_bytes=max_bytes,
        on_error=on_failure,
        limits=limits,
        metrics=metrics,
    ):
        yield read_ok.popleft(), document


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
    fixed = _extracted(fixed_path, fixed_kind, model, limits)
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
        max_bytes=max_bytes,
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
