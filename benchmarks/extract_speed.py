"""How fast is extraction? Prints words per second of resume_kit's extraction over the SkillSpan
postings against ``spacy.blank("en")`` tokenizing the same texts in the same run, and how long a new
process takes to get the pipeline ready.

Targets: extraction >= 0.5 of the bare tokenizer's words per second; pipeline ready < 1 s in a new
process after ``import resume_kit``.

    python benchmarks/extract_speed.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from _common import best_of, load_postings, median


def main() -> None:
    import spacy

    import resume_kit
    from resume_kit.model.documents import Posting, Section

    texts = [str(p["text"]) for p in load_postings()]
    words = sum(len(t.split()) for t in texts)
    docs = [
        Posting(source=f"p{i}", text=t, sections=[Section(name="other", start=0, end=len(t))])
        for i, t in enumerate(texts)
    ]

    blank = spacy.blank("en")
    floor = best_of(lambda: [blank.make_doc(t) for t in texts])
    resume_kit.build_nlp()  # built once per process, like the CLI does
    ours = best_of(lambda: resume_kit.extract(docs))
    print(f"texts: {len(texts)}  words: {words}")
    print(f"bare spacy.blank('en') tokenizer: {words / floor:>10,.0f} words/s")
    print(f"resume_kit extract (skills+metrics): {words / ours:>10,.0f} words/s")
    print(f"ratio to the tokenizer: {floor / ours:.2f}  (target >= 0.50)")

    report_startup()


def report_startup() -> None:
    """Time a new process getting the pipeline ready: without the cache, with it, and the floor.

    Wall time (median of 5) and CPU time (user + system, less disturbed by other work on a shared
    machine) are both printed; the floor is ``import spacy; spacy.blank("en")``.
    """
    timed = (
        "import resource, time; t0 = time.perf_counter(); {}; t1 = time.perf_counter();"
        "r = resource.getrusage(resource.RUSAGE_SELF); print(t1 - t0, r.ru_utime + r.ru_stime)"
    )
    ready = timed.format("import resume_kit; resume_kit.build_nlp()")
    floor = timed.format("import spacy; spacy.blank('en')")
    with tempfile.TemporaryDirectory() as cache:
        runs = {
            "floor: import spacy + spacy.blank('en')": (floor, cache),
            "no cache (first run ever)": (ready, ""),
            "pipeline cache warm": (ready, cache),
        }
        # Fill the cache first.
        subprocess.run(
            [sys.executable, "-c", ready], check=True, capture_output=True, env=_env(cache)
        )
        results = {}
        for _ in range(5):
            for label, (code, folder) in runs.items():
                out = subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=_env(folder),
                )
                wall, cpu = (float(x) for x in out.stdout.split())
                results.setdefault(label, []).append((wall, cpu))
    print("new process until the pipeline is ready (median of 5):")
    base_wall = median([w for w, _ in results[next(iter(runs))]])
    for label, values in results.items():
        wall, cpu = median([w for w, _ in values]), median([c for _, c in values])
        print(f"  {label:<42} wall {wall:.3f} s  cpu {cpu:.3f} s  ({wall / base_wall:.2f}x floor)")
    print("  target: pipeline cache warm < 1 s")


def _env(cache_dir: str) -> dict[str, str]:
    return {**os.environ, "RESUME_KIT_CACHE_DIR": cache_dir}


if __name__ == "__main__":
    main()
