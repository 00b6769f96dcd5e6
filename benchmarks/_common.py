"""Helpers shared by the benchmark scripts (not part of the package)."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# RESUME_KIT_SHARED points elsewhere, e.g. from a git worktree outside the main checkout.
SHARED = Path(os.environ.get("RESUME_KIT_SHARED", ROOT.parent / "shared"))
POSTINGS = SHARED / "data" / "skillspan-dev" / "postings.jsonl"


def load_postings() -> list[dict[str, object]]:
    """The SkillSpan dev postings (train + dev splits), one dict per posting."""
    if not POSTINGS.exists():
        raise SystemExit(f"{POSTINGS} not found: the benchmarks need ../shared beside the project")
    with POSTINGS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Seconds of the fastest of ``repeat`` runs (the least disturbed by a shared machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median(values: list[float]) -> float:
    return statistics.median(values)


def write_postings(texts: list[str], folder: str | Path) -> list[Path]:
    """Write each text as ``posting-NNNN.txt`` in ``folder`` (rank takes files); return paths."""
    paths = []
    for i, text in enumerate(texts):
        path = Path(folder) / f"posting-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
