"""Measure skill extraction against SkillSpan's expert-labelled knowledge spans.

Runs the real pipeline (``resume_kit.nlp.pipeline.build_nlp``) over the SkillSpan train and dev
postings (``<shared>/skillspan-dev/postings.jsonl``) and prints document-level micro precision,
recall and F1 per source (tech = StackOverflow IT ads, house) and split, next to two gazetteer
baselines: exact O*NET technology names and exact ESCO digital-skill labels.

Matching is relaxed: mentions are normalised (lowercase, punctuation stripped at the ends, split
into tokens); a prediction is correct when its token set equals, is contained in, or contains the
token set of some gold knowledge span of the same posting; recall counts the gold spans some
prediction matches. Both sides are deduplicated per posting by normalised text.

Gold knowledge spans are hard skills (tools, languages, methods, domains); soft skills and duties
are labelled as a separate span type, so the main figure counts predictions of the hard-skill
categories only (technical, tool, methodology, certification, domain). The "all categories" line
also counts soft_skill and responsibility predictions.

Tune on the train split only; dev is for reporting.

Usage: python benchmarks/extract_skillspan.py [--shared ../shared/data] [--errors N]
"""

from __future__ import annotations

import argparse
import csv
import json
import string
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
HARD = frozenset({"technical", "tool", "methodology", "certification", "domain"})
PUNCT = string.punctuation + "“”‘’•–—…·"


def normalise(text: str) -> str:
    """Lowercase, single spaces, punctuation stripped at both ends."""
    return " ".join(text.lower().split()).strip(PUNCT + " ")


def token_set(text: str) -> frozenset[str]:
    """Tokens of a normalised mention (each stripped of end punctuation)."""
    return frozenset(t.strip(PUNCT) for t in text.split() if t.strip(PUNCT))


def score(pairs: Iterable[tuple[set[str], set[str]]]) -> tuple[float, float, float, int, int]:
    """Micro precision, recall, F1 over (predicted, gold) normalised sets, one pair per posting."""
    tp_pred = n_pred = matched_gold = n_gold = 0
    for predicted, gold in pairs:
        gold_sets = [token_set(g) for g in gold]
        gold_sets = [g for g in gold_sets if g]
        pred_sets = [token_set(p) for p in predicted]
        pred_sets = [p for p in pred_sets if p]
        n_pred += len(pred_sets)
        n_gold += len(gold_sets)
        for p in pred_sets:
            if any(p == g or p <= g or p >= g for g in gold_sets):
                tp_pred += 1
        for g in gold_sets:
            if any(p == g or p <= g or p >= g for p in pred_sets):
                matched_gold += 1
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = matched_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, n_pred, n_gold


def load_nlp() -> object:
    """The real pipeline; falls back to reading keywords/ from this checkout when the installed
    package layout cannot serve it (resume_kit.keywords is both a module and the data package)."""
    sys.path.insert(0, str(ROOT / "src"))
    from resume_kit.nlp.pipeline import build_nlp

    try:
        return build_nlp()
    except (TypeError, ModuleNotFoundError):
        import resume_kit.nlp.components as components
        import resume_kit.nlp.taxonomy as keywords

        def keywords_file(name: str) -> Path:
            return ROOT / "keywords" / name

        keywords.keywords_file = keywords_file  # type: ignore[assignment]
        components.keywords_file = keywords_file  # type: ignore[assignment]
        keywords.load_skill_meta.cache_clear()
        keywords.load_patterns.cache_clear()
        components.load_lemma_table.cache_clear()
        print("note: keyword files read from the checkout (package data not importable)\n")
        return build_nlp()


def gazetteer(
    names: Iterable[str], tokenizer: Callable[[str], list[str]]
) -> dict[tuple[str, ...], str]:
    """Lowercased token tuples of names -> the name."""
    table: dict[tuple[str, ...], str] = {}
    for name in names:
        tokens = tuple(t.lower() for t in tokenizer(name))
        if tokens:
            table.setdefault(tokens, name)
    return table


def gazetteer_matches(
    tokens: list[str], table: dict[tuple[str, ...], str], longest: int
) -> set[str]:
    """Normalised names whose token sequence occurs in the text."""
    found: set[str] = set()
    lowered = [t.lower() for t in tokens]
    for i in range(len(lowered)):
        for n in range(1, min(longest, len(lowered) - i) + 1):
            name = table.get(tuple(lowered[i : i + n]))
            if name is not None:
                found.add(normalise(name))
    return found


def onet_names(shared: Path) -> list[str]:
    path = shared / "onet-29.2" / "Technology Skills.txt"
    with path.open(encoding="utf-8") as fh:
        return [row["Example"] for row in csv.DictReader(fh, delimiter="\t")]


def esco_labels(shared: Path) -> list[str]:
    path = shared / "esco-1.1.1" / "digitalSkillsCollection_en.csv"
    labels: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            labels.append(row["preferredLabel"])
            labels += [a for a in (row.get("altLabels") or "").split("\n") if a.strip()]
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SkillSpan knowledge-span benchmark")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print the N commonest misses and false hits (train only)",
    )
    args = parser.parse_args(argv)

    postings = [
        json.loads(line)
        for line in (args.shared / "skillspan-dev" / "postings.jsonl").open(encoding="utf-8")
    ]
    started = time.perf_counter()
    nlp = load_nlp()
    built = time.perf_counter() - started
    sys.path.insert(0, str(ROOT / "src"))
    from resume_kit.nlp.taxonomy import load_skill_meta

    meta = load_skill_meta()
    tokenizer = nlp.tokenizer  # type: ignore[attr-defined]
    tok = lambda text: [t.text for t in tokenizer(text)]  # noqa: E731
    onet = gazetteer(onet_names(args.shared), tok)
    esco = gazetteer(esco_labels(args.shared), tok)
    onet_long = max(map(len, onet))
    esco_long = max(map(len, esco))

    groups: dict[tuple[str, str], dict[str, list[tuple[set[str], set[str]]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    misses: Counter[str] = Counter()
    false_hits: Counter[str] = Counter()
    words = 0
    elapsed = 0.0
    for posting in postings:
        text = posting["text"]
        words += len(text.split())
        tick = time.perf_counter()
        doc = nlp(text)  # type: ignore[operator]
        elapsed += time.perf_counter() - tick
        gold = {normalise(k) for k in posting["knowledge"]} - {""}
        hard = {normalise(s.text) for s in doc.spans["skills"] if meta[s.id_].category in HARD} - {
            ""
        }
        no_soft = {
            normalise(s.text) for s in doc.spans["skills"] if meta[s.id_].category != "soft_skill"
        } - {""}
        every = {normalise(s.text) for s in doc.spans["skills"]} - {""}
        tokens = [t.text for t in doc]
        key = (posting["split"], posting["source"])
        groups[key]["resume_kit"].append((hard, gold))
        groups[key]["+ responsibilities"].append((no_soft, gold))
        groups[key]["+ soft skills (all)"].append((every, gold))
        groups[key]["O*NET names (exact)"].append(
            (gazetteer_matches(tokens, onet, onet_long), gold)
        )
        groups[key]["ESCO labels (exact)"].append(
            (gazetteer_matches(tokens, esco, esco_long), gold)
        )
        if args.errors and posting["split"] == "train":
            gold_sets = [token_set(g) for g in gold]
            pred_sets = [token_set(p) for p in hard]
            for g, gs in zip(gold, gold_sets, strict=True):
                if not any(p == gs or p <= gs or p >= gs for p in pred_sets):
                    misses[g] += 1
            for p, ps in zip(hard, pred_sets, strict=True):
                if not any(ps == g or ps <= g or ps >= g for g in gold_sets):
                    false_hits[p] += 1

    print(
        f"pipeline built in {built:.2f} s; {len(postings)} postings, {words} words in "
        f"{elapsed:.2f} s ({words / elapsed:,.0f} words/s)\n"
    )
    print(
        f"{'split':5} {'source':6} {'system':28} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'#pred':>6} {'#gold':>6}"
    )
    for split in ("train", "dev"):
        for source in ("tech", "house"):
            for system, pairs in groups[(split, source)].items():
                p, r, f, n_pred, n_gold = score(pairs)
                print(
                    f"{split:5} {source:6} {system:28} {p:6.3f} {r:6.3f} {f:6.3f} "
                    f"{n_pred:6d} {n_gold:6d}"
                )
            print()
    if args.errors:
        print("commonest train misses:", misses.most_common(args.errors))
        print("\ncommonest train false hits:", false_hits.most_common(args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
