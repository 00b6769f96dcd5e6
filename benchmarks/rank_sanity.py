"""Does ranking put the right jobs first? Ranks the 198 SkillSpan dev postings for the example IT
project manager resume and prints where the project / delivery management postings land, next to a
TF-IDF cosine baseline computed in the same run (needs ``pip install -e ".[bench]"``).

Target: every project / delivery management posting in the top 10 of 198, and a better mean rank
than TF-IDF.

Which postings are project / delivery management roles is decided by a rule on the title line,
printed so a reader can check it: SkillSpan keeps no title field, and its postings begin with the
title (tech) or with a sentence naming the role (house), so the rule reads the first line with the
``<ORGANIZATION>``-style placeholders removed.

    python benchmarks/rank_sanity.py
"""

from __future__ import annotations

import re
import statistics
import tempfile
from pathlib import Path

from _common import ROOT, load_postings, write_postings

RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
TODAY = "2026-11"  # fixed, so the figures do not move with the calendar
TOP = 10

# A project / delivery management role: "project manager", "programme lead", "delivery manager",
# "project management", "PMO", "scrum master" in the title line.
PM_TITLE = re.compile(
    r"\b(?:(?:project|programme|program|delivery)\s+"
    r"(?:manager|management|lead|leader|director|coordinator)|pmo|scrum\s+master)\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"<[A-Z]+>")


def title_line(text: str) -> str:
    """The posting's first line without anonymisation placeholders, at most 120 characters."""
    first = text.split("\n", 1)[0]
    return " ".join(_PLACEHOLDER.sub(" ", first).split())[:120]


def tfidf_ranks(resume_text: str, texts: list[str]) -> list[int]:
    """1-based rank of each posting by TF-IDF cosine similarity to the resume (ties by index)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform([*texts, resume_text])
    similarity = linear_kernel(matrix[len(texts)], matrix[: len(texts)]).ravel()
    order = sorted(range(len(texts)), key=lambda i: (-similarity[i], i))
    ranks = [0] * len(texts)
    for position, index in enumerate(order, 1):
        ranks[index] = position
    return ranks


def main() -> None:
    import resume_kit

    texts = [str(p["text"]) for p in load_postings()]
    targets = [i for i, text in enumerate(texts) if PM_TITLE.search(title_line(text))]
    baseline = tfidf_ranks(RESUME.read_text(encoding="utf-8"), texts)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_postings(texts, folder)
        entries = resume_kit.rank(resume=RESUME, postings=paths, today=TODAY)
        ours = {Path(e.path).name: position for position, e in enumerate(entries, 1)}
        top = [(Path(e.path).name, e.score, e.framework) for e in entries[:TOP]]
    ranks = [ours[f"posting-{i:04d}.txt"] for i in range(len(texts))]

    print(f"resume: {RESUME.name}; postings: {len(texts)}; rule: {PM_TITLE.pattern}")
    print(f"project / delivery management postings by their title line ({len(targets)}):")
    print(f"  {'posting':<8}{'ours':>6}{'tf-idf':>8}  title line")
    for i in targets:
        print(f"  {i:<8}{ranks[i]:>6}{baseline[i]:>8}  {title_line(texts[i])[:80]}")
    for name, values in (("resume_kit", ranks), ("TF-IDF cosine", baseline)):
        picked = [values[i] for i in targets]
        inside = sum(1 for r in picked if r <= TOP)
        print(
            f"{name:<14} mean rank {statistics.mean(picked):6.1f}, worst {max(picked):>3}, "
            f"in the top {TOP}: {inside} of {len(picked)}"
        )
    print(f"resume_kit's top {TOP}:")
    for position, (name, score, framework) in enumerate(top, 1):
        index = int(name.removeprefix("posting-").removesuffix(".txt"))
        print(f"  {position:>2}. {score:5.1f}  {framework:<26}{title_line(texts[index])[:60]}")


if __name__ == "__main__":
    main()
