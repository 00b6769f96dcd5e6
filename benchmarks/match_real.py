"""How well the match score ranks real jobs and real candidates, next to plain TF-IDF similarity.

Everything is read from ``<shared>/data/`` (real postings and resumes the project never saw):

* **jobs for me**: each resume of a role group ranks all 576 postings of ``real-postings/``;
  relevant = postings of the same role group. Mean average precision (MAP) and precision at 10.
  Resumes: the flat texts of ``real-resume-texts/`` with that ``role_group``, and for IT project
  management also the ten PM resume files of ``real-resumes/`` (PROVENANCE feature ``pm``).
* **candidates for a job**: each posting of a role group ranks every resume of
  ``real-resume-texts/``; relevant = the resumes of that role group. MAP.
* the same for IT project management, software engineering and data, so the score is not tuned to
  one role;
* **vanetik** (smoke figure only, its two annotators disagree): for the 30 CVs ranked against 5
  developer vacancies, the share of vacancy pairs ordered as each annotator ordered them.

The baseline is TF-IDF cosine between the two texts (scikit-learn, English stop words, sublinear
tf, fitted on every posting and resume of the run), computed in the same run. Needs
``pip install -e ".[bench]"``.

Usage::

    python benchmarks/match_real.py            # the table
    python benchmarks/match_real.py --quick    # every 4th query (a rough figure in a minute)
    python benchmarks/match_real.py --components   # also each component's MAP alone
    python benchmarks/match_real.py --dump pairs.jsonl  # every scored pair's components, to study

``--components`` ranks by each component's score alone (a component left out of a pair, such as
experience when no years are asked, counts as a neutral 0.5; the similarity is its cosine before
the cap): how much signal each carries, the basis of the weights.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _common import SHARED

import resume_kit
from resume_kit.api import read
from resume_kit.model import Posting, Resume
from resume_kit.model.report import MatchReport
from resume_kit.read.limits import Limits
from resume_kit.scoring.similarity import compare_texts, without_headings

DATA = SHARED / "data"
GROUPS = ("it-project-management", "software-engineering", "data")
TODAY = "2026-12"
# A loaded shared machine can take longer than the 3-second default over a long PDF: this run
# measures ranking, not reading speed.
LIMITS = Limits(max_seconds=60)
TARGETS = "jobs for me: MAP >= 0.90 and TF-IDF + 0.10; candidates: MAP >= 0.85 and TF-IDF + 0.05"


@dataclass(frozen=True)
class Doc:
    """One text of the run, with its role group."""

    id: str
    group: str | None
    text: str


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def load_postings() -> list[Doc]:
    rows = read_jsonl(DATA / "real-postings" / "postings.jsonl")
    return [Doc(str(r["id"]), str(r["role_group"]), str(r["text"])) for r in rows]


def load_resume_texts() -> list[Doc]:
    docs = []
    folder = DATA / "real-resume-texts"
    for name in ("resumes.jsonl", "resumes_more.jsonl", "resumes_pdf_other_categories.jsonl"):
        for r in read_jsonl(folder / name):
            group = r.get("role_group")
            docs.append(Doc(str(r["id"]), str(group) if group else None, str(r["text"])))
    return docs


def pm_resume_files() -> list[Path]:
    provenance = json.loads((DATA / "real-resumes" / "PROVENANCE.json").read_text("utf-8"))
    return [
        DATA / "real-resumes" / str(item["file"])
        for item in provenance
        if "pm" in (item.get("features") or [])
    ]


def average_precision(ranked: Sequence[bool]) -> float:
    hits, total = 0, 0.0
    for k, relevant in enumerate(ranked, 1):
        if relevant:
            hits += 1
            total += hits / k
    return total / hits if hits else 0.0


def ranking(scores: Sequence[float], ids: Sequence[str]) -> list[int]:
    """Indexes best first; ties by id, so the order is deterministic."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], ids[i]))


@dataclass
class Figures:
    """MAP and P@10 of one task for one scorer."""

    ap: list[float]
    p10: list[float]

    @property
    def map(self) -> float:
        return sum(self.ap) / len(self.ap) if self.ap else 0.0

    @property
    def precision10(self) -> float:
        return sum(self.p10) / len(self.p10) if self.p10 else 0.0


def evaluate(
    queries: Sequence[int],
    candidates: Sequence[int],
    relevant: Callable[[int, int], bool],
    score: Callable[[int, int], float],
    ids: Sequence[str],
) -> Figures:
    figures = Figures([], [])
    for q in queries:
        scores = [score(q, c) for c in candidates]
        order = ranking(scores, [ids[c] for c in candidates])
        marks = [relevant(q, candidates[i]) for i in order]
        figures.ap.append(average_precision(marks))
        figures.p10.append(sum(marks[:10]) / 10)
    return figures


class TfIdf:
    """Cosine similarity of TF-IDF vectors (the baseline)."""

    def __init__(self, texts: Sequence[str]) -> None:
        try:
            from sklearn.feature_extraction.text import TfidfVectorizer
        except ImportError:
            sys.exit('scikit-learn is missing: pip install -e ".[bench]"')
        vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
        self.matrix = vectorizer.fit_transform(texts)

    def __call__(self, a: int, b: int) -> float:
        return float((self.matrix[a] @ self.matrix[b].T).toarray()[0, 0])


def extracted(texts: Sequence[str], kind: str) -> list[Resume | Posting]:
    load = resume_kit.load_resume if kind == "resume" else resume_kit.load_posting
    documents = [load(t.encode("utf-8"), name=f"{kind}.txt", limits=LIMITS) for t in texts]
    return list(resume_kit.extract(documents))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="every 4th query only")
    parser.add_argument(
        "--components", action="store_true", help="also the MAP of each component alone"
    )
    parser.add_argument("--dump", type=Path, help="write every scored pair's components here")
    args = parser.parse_args()
    if not (DATA / "real-postings" / "postings.jsonl").exists():
        sys.exit(f"{DATA} not found: the benchmarks need ../shared beside the project")
    step = 4 if args.quick else 1
    start = time.perf_counter()
    postings = load_postings()
    resumes = load_resume_texts()
    pm_files = pm_resume_files()
    file_docs = [
        Doc(p.name, "it-project-management", read(p, limits=LIMITS).text) for p in pm_files
    ]
    all_resumes = resumes + file_docs
    # One index space: postings first, then resumes (texts and files).
    docs: list[Doc] = postings + all_resumes
    ids = [d.id for d in docs]
    n_post = len(postings)
    post_idx = list(range(n_post))
    text_idx = list(range(n_post, n_post + len(resumes)))
    file_idx = list(range(n_post + len(resumes), len(docs)))

    posting_models = extracted([d.text for d in postings], "posting")
    resume_models = extracted([d.text for d in resumes], "resume") + [
        resume_kit.extract(resume_kit.load_resume(p, limits=LIMITS)) for p in pm_files
    ]
    models = posting_models + resume_models
    print(
        f"read and extracted {n_post} postings and {len(all_resumes)} resumes "
        f"in {time.perf_counter() - start:.0f} s"
    )
    cache: dict[tuple[int, int], float] = {}
    parts: dict[tuple[int, int], dict[str, float]] = {}

    def ours(a: int, b: int) -> float:
        resume, posting = (a, b) if a >= n_post else (b, a)
        key = (resume, posting)
        if key not in cache:
            r, p = models[resume], models[posting]
            assert isinstance(r, Resume) and isinstance(p, Posting)
            report = resume_kit.score(r, p, today=TODAY)
            cache[key] = report.overall
            if args.components or args.dump:
                parts[key] = component_scores(report, r, p)
        return cache[key]

    tfidf = TfIdf([d.text for d in docs])

    def same_group(a: int, b: int) -> bool:
        return docs[a].group == docs[b].group

    print("\n| task | group | queries | ours MAP | TF-IDF MAP | ours P@10 | TF-IDF P@10 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for group in GROUPS:
        queries = [i for i in text_idx + file_idx if docs[i].group == group][::step]
        relevant_count = sum(1 for i in post_idx if docs[i].group == group)
        if queries and relevant_count:
            a = evaluate(queries, post_idx, same_group, ours, ids)
            b = evaluate(queries, post_idx, same_group, tfidf, ids)
            print(
                f"| jobs for me | {group} | {len(queries)} | {a.map:.3f} | {b.map:.3f} | "
                f"{a.precision10:.2f} | {b.precision10:.2f} |"
            )
        queries = [i for i in post_idx if docs[i].group == group][::step]
        if queries:
            a = evaluate(queries, text_idx, same_group, ours, ids)
            b = evaluate(queries, text_idx, same_group, tfidf, ids)
            print(
                f"| candidates for a job | {group} | {len(queries)} | {a.map:.3f} | "
                f"{b.map:.3f} | {a.precision10:.2f} | {b.precision10:.2f} |"
            )
    print(f"\ntargets: {TARGETS}")
    calibration(cache, docs)
    if args.components:
        component_table(parts, docs, post_idx, text_idx, file_idx, step)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for (r, p), values in parts.items():
                row = {"resume": ids[r], "posting": ids[p], "overall": cache[(r, p)]}
                fh.write(json.dumps({**row, "same": docs[r].group == docs[p].group, **values}))
                fh.write("\n")
    vanetik()
    print(f"\ndone in {time.perf_counter() - start:.0f} s ({len(cache)} pairs scored)")


def component_scores(report: MatchReport, resume: Resume, posting: Posting) -> dict[str, float]:
    """Each component's score (left out: a neutral 0.5) and the similarity's uncapped cosine."""
    values = {c.name: c.score if c.included else 0.5 for c in report.components}
    values["cosine"] = compare_texts(
        without_headings(resume.text, [(s.start, s.heading) for s in resume.sections]),
        without_headings(posting.text, [(s.start, s.heading) for s in posting.sections]),
        [hit.id for hit in resume.skills],
        [hit.id for hit in posting.skills],
    ).cosine
    if report.role_fit.title_score is not None:
        values["occupation"] = report.role_fit.title_score
    return values


def component_table(
    parts: dict[tuple[int, int], dict[str, float]],
    docs: Sequence[Doc],
    post_idx: Sequence[int],
    text_idx: Sequence[int],
    file_idx: Sequence[int],
    step: int,
) -> None:
    """MAP of each component alone, per task and group (how much signal each carries)."""
    names = sorted({name for values in parts.values() for name in values})
    ids = [d.id for d in docs]
    n_post = len(post_idx)

    def alone(name: str) -> Callable[[int, int], float]:
        def score(a: int, b: int) -> float:
            key = (a, b) if a >= n_post else (b, a)
            # 'occupation' is missing where either side's occupation is unknown: neutral.
            return parts[key].get(name, 0.25)

        return score

    def same_group(a: int, b: int) -> bool:
        return docs[a].group == docs[b].group

    tasks: list[tuple[str, list[int], Sequence[int]]] = []
    for group in GROUPS:
        short = {"it-project-management": "PM", "software-engineering": "SE"}.get(group, group)
        jobs = [i for i in [*text_idx, *file_idx] if docs[i].group == group][::step]
        tasks.append((f"jobs {short}", jobs, post_idx))
        tasks.append(
            (f"cand {short}", [i for i in post_idx if docs[i].group == group][::step], text_idx)
        )
    print("\nMAP of each component alone (occupation: role fit's title part; cosine: uncapped)")
    print("| component | " + " | ".join(t[0] for t in tasks) + " | mean |")
    print("| --- " * (len(tasks) + 2) + "|")
    for name in names:
        maps = [evaluate(q, c, same_group, alone(name), ids).map for _, q, c in tasks]
        shown = " | ".join(f"{m:.3f}" for m in maps)
        print(f"| {name} | {shown} | {sum(maps) / len(maps):.3f} |")


def calibration(cache: dict[tuple[int, int], float], docs: Sequence[Doc]) -> None:
    """What a score means across postings: the share of same-role pairs at 70 or more, and of
    other pairs under 40 (the README's reading of the score)."""
    relevant = [v for (r, p), v in cache.items() if docs[r].group == docs[p].group]
    other = [v for (r, p), v in cache.items() if docs[r].group != docs[p].group]
    if relevant and other:
        high = sum(v >= 70 for v in relevant) / len(relevant)
        fair = sum(v >= 55 for v in relevant) / len(relevant)
        low = sum(v < 40 for v in other) / len(other)
        print(
            f"calibration: same-role pairs scoring >= 70: {high:.0%} (>= 55: {fair:.0%}, "
            f"n={len(relevant)}); other pairs under 40: {low:.0%} (n={len(other)})"
        )


def vanetik() -> None:
    """Share of vacancy pairs each annotator ordered as the score does (a smoke figure)."""
    folder = DATA / "vanetik-matching"
    vacancies = sorted(read_jsonl(folder / "vacancies.jsonl"), key=lambda v: int(v["vacancy_pos"]))  # type: ignore[call-overload]
    postings = [
        resume_kit.extract(
            resume_kit.load_posting(
                f"{v['job_title']}\n\n{v['job_description']}".encode(),
                name="vacancy.txt",
                limits=LIMITS,
            )
        )
        for v in vacancies
    ]
    texts = [f"{v['job_title']} {v['job_description']}" for v in vacancies]
    agree = {"resume_kit": [0, 0], "TF-IDF": [0, 0]}
    for row in read_jsonl(folder / "rankings.jsonl"):
        cv = folder / "original" / "CV" / f"{row['cv']}.docx"
        resume = resume_kit.extract(resume_kit.load_resume(cv, limits=LIMITS))
        ours = [resume_kit.score(resume, p, today=TODAY).overall for p in postings]
        tfidf = TfIdf([resume.text, *texts])
        base = [tfidf(0, i + 1) for i in range(len(texts))]
        for key in ("annotator_1", "annotator_2"):
            order = row.get(key) or []
            place = {int(v): k for k, v in enumerate(order)}  # type: ignore[union-attr]
            for name, scores in (("resume_kit", ours), ("TF-IDF", base)):
                for x in place:
                    for y in place:
                        if place[x] < place[y] and scores[x - 1] != scores[y - 1]:
                            agree[name][1] += 1
                            agree[name][0] += scores[x - 1] > scores[y - 1]
    shown = ", ".join(f"{name} {a / t:.2f}" for name, (a, t) in agree.items() if t)
    print(f"vanetik (smoke figure): vacancy pairs ordered as the annotators did: {shown}")


if __name__ == "__main__":
    main()
