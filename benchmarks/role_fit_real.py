"""How well the role-fit component tells what job a real posting or resume is for.

The match score's role fit reads each side's occupation (the posting's title, the resume's
headline and role titles, through O*NET titles; :mod:`resume_kit.scoring.role_fit`). This script
measures that reading alone, on the real data of ``<shared>/data/``:

* **postings**: every posting of ``real-postings/`` (gold ``role_group``);
* **resumes**: every resume text of ``real-resume-texts/`` with a gold ``role_group``;

For each, the role family read (the top occupation's family, mapped to the gold groups below; no
known title: ``unknown``) against the gold group: accuracy over all, accuracy over those read
(precision), the share left unknown, and the confusion table (rows gold, columns read).

Then the ranking power of the occupation part alone: MAP of ranking by ``occupation_fit`` only
(unknown: the neutral score) for the *jobs for me* and *candidates for a job* tasks of
``match_real.py``, so a change here can be judged before the full (slower) match benchmark.

Usage::

    python benchmarks/role_fit_real.py             # the figures
    python benchmarks/role_fit_real.py --errors 20 # and up to 20 misread titles per side
    python benchmarks/role_fit_real.py --cache /tmp/rf.pickle  # extract once, rerun fast
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from match_real import (
    DATA,
    GROUPS,
    Doc,
    average_precision,
    extracted,
    load_postings,
    load_resume_texts,
)

from resume_kit.model import Posting, Resume
from resume_kit.model.dates import month_index
from resume_kit.scoring.role_fit import (
    Sighting,
    occupation_fit,
    posting_occupations,
    resume_occupations,
)
from resume_kit.scoring.tunables import ROLE_UNKNOWN

TODAY = month_index("2026-12")

# Role family (keywords/occupations.tsv) -> the gold role group of the real data. Families with
# no group of their own are "other", as the data's labellers filed them.
FAMILY_GROUP = {
    "software": "software-engineering",
    "data": "data",
    "project-delivery": "it-project-management",
    "infrastructure": "devops-infra",
    "security": "security",
    "it-support": "it-support",
    "business-analysis": "business-analysis",
    "sales-marketing": "sales-marketing",
    "finance": "finance",
    "healthcare": "healthcare",
}
UNKNOWN = "unknown"


def top_family(sightings: Sequence[Sighting]) -> str | None:
    """The family read most over the sightings (ties: the first read)."""
    totals: Counter[str] = Counter()
    for s in sightings:
        totals[s.occupation.family] += s.weight
    if not totals:
        return None
    best = max(totals.values())
    return next(s.occupation.family for s in sightings if totals[s.occupation.family] == best)


def group_of(sightings: Sequence[Sighting]) -> str:
    family = top_family(sightings)
    return UNKNOWN if family is None else FAMILY_GROUP.get(family, "other")


def report(
    side: str,
    docs: Sequence[Doc],
    read: Sequence[list[Sighting]],
    titles: Sequence[str],
    errors: int,
) -> None:
    gold = [d.group or "other" for d in docs]
    got = [group_of(s) for s in read]
    n = len(docs)
    right = sum(g == r for g, r in zip(gold, got, strict=True))
    known = [(g, r) for g, r in zip(gold, got, strict=True) if r != UNKNOWN]
    known_right = sum(g == r for g, r in known)
    print(
        f"\n{side}: {n} documents; accuracy {right / n:.3f}; read {len(known) / n:.0%}, "
        f"of which right {known_right / max(len(known), 1):.3f}; unknown {1 - len(known) / n:.0%}"
    )
    rows = sorted(set(gold))
    cols = [*sorted(set(got) - {UNKNOWN}), UNKNOWN]
    short = {c: c[:8] for c in cols}
    print("| gold \\ read | " + " | ".join(short[c] for c in cols) + " | right |")
    print("| --- " * (len(cols) + 2) + "|")
    pairs = Counter(zip(gold, got, strict=True))
    for g in rows:
        total = sum(pairs[g, c] for c in cols)
        cells = " | ".join(str(pairs[g, c] or "") for c in cols)
        print(f"| {g} | {cells} | {pairs[g, g]}/{total} |")
    shown = 0
    for doc, g, r, s, title in zip(docs, gold, got, read, titles, strict=True):
        if shown >= errors or g == r:
            continue
        shown += 1
        where = s[0].where if s else "-"
        print(f"  {doc.id}: gold {g}, read {r} ({where}); title {title[:70]!r}")


def ranking_power(
    postings: Sequence[Doc],
    resumes: Sequence[Doc],
    theirs: Sequence[list[Sighting]],
    mine: Sequence[list[Sighting]],
) -> None:
    """MAP of ranking by the occupation part alone (ties broken by id, as match_real does)."""

    def fit(r: int, p: int) -> float:
        value = occupation_fit(mine[r], theirs[p])
        return ROLE_UNKNOWN if value is None else value

    print("\n| occupation part alone | group | queries | MAP |")
    print("| --- | --- | --- | --- |")

    def mean_ap(
        queries: Sequence[Doc], pool: Sequence[Doc], group: str, score: Callable[[int, int], float]
    ) -> str:
        """Each query of the group ranks the pool by ``score(query, candidate)``; their MAP."""
        aps = []
        for q, doc in enumerate(queries):
            if doc.group == group:
                order = sorted(range(len(pool)), key=lambda c: (-score(q, c), pool[c].id))
                aps.append(average_precision([pool[c].group == group for c in order]))
        return f"{len(aps)} | {sum(aps) / max(len(aps), 1):.3f}"

    for group in GROUPS:
        print(f"| jobs for me | {group} | {mean_ap(resumes, postings, group, fit)} |")
        candidates = mean_ap(postings, resumes, group, lambda p, r: fit(r, p))
        print(f"| candidates | {group} | {candidates} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="misread documents shown per side")
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the extracted documents in this file (rerun after a scoring-only change)",
    )
    args = parser.parse_args()
    if not (DATA / "real-postings" / "postings.jsonl").exists():
        sys.exit(f"{DATA} not found: the benchmarks need ../shared beside the project")
    start = time.perf_counter()
    postings = load_postings()
    resumes = load_resume_texts()
    if args.cache and args.cache.exists():
        with args.cache.open("rb") as fh:
            posting_models, resume_models = pickle.load(fh)  # a file this script wrote
    else:
        posting_models = extracted([d.text for d in postings], "posting")
        resume_models = extracted([d.text for d in resumes], "resume")
        if args.cache:
            with args.cache.open("wb") as fh:
                pickle.dump((posting_models, resume_models), fh)
    print(
        f"read and extracted {len(postings)} postings and {len(resumes)} resumes "
        f"in {time.perf_counter() - start:.0f} s"
    )
    theirs = [posting_occupations(p) for p in posting_models if isinstance(p, Posting)]
    mine = [resume_occupations(r, TODAY) for r in resume_models if isinstance(r, Resume)]
    posting_titles = [p.title or "" for p in posting_models if isinstance(p, Posting)]
    resume_titles = [
        next((role.title for role in r.roles if role.title), "")
        for r in resume_models
        if isinstance(r, Resume)
    ]
    report("postings", postings, theirs, posting_titles, args.errors)
    labelled = [i for i, d in enumerate(resumes) if d.group]
    report(
        "resumes (labelled)",
        [resumes[i] for i in labelled],
        [mine[i] for i in labelled],
        [resume_titles[i] for i in labelled],
        args.errors,
    )
    ranking_power(postings, resumes, theirs, mine)
    print(f"\ndone in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
