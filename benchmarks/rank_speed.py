"""How fast is ranking? One resume against the 198 SkillSpan dev postings repeated to 2,000 (as
files, since ``rank`` takes paths): postings and words per second of ``resume_kit.rank`` with one
and two worker processes, against ``spacy.blank("en")`` tokenizing the same texts in the same run.

Target: ranking with one process >= 0.4 of the bare tokenizer's words per second, end to end
(reading, sections, extraction, scoring).

    python benchmarks/rank_speed.py [--count 2000]
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time

from _common import ROOT, load_postings, write_postings

RESUME = ROOT / "examples" / "jordan-rivera-resume.txt"
TODAY = "2026-11"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="postings to rank (default 2000)")
    args = parser.parse_args()

    import spacy

    import resume_kit

    base = [str(p["text"]) for p in load_postings()]
    texts = list(itertools.islice(itertools.cycle(base), args.count))
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_postings(texts, folder)

        blank = spacy.blank("en")
        start = time.perf_counter()
        for text in texts:
            blank.make_doc(text)
        floor = time.perf_counter() - start

        resume_kit.build_nlp()  # built once per process, like the CLI does
        results = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            entries = resume_kit.rank(resume=RESUME, postings=paths, today=TODAY, jobs=jobs)
            results[jobs] = time.perf_counter() - start
            assert len(entries) == len(texts)

    print(f"postings: {len(texts)} ({len(base)} distinct)  words: {words:,}")
    print(f"bare spacy.blank('en') tokenizer: {words / floor:>10,.0f} words/s")
    for jobs, seconds in results.items():
        print(
            f"resume_kit.rank --jobs {jobs}: {len(texts) / seconds:>8,.1f} postings/s "
            f"{words / seconds:>10,.0f} words/s  ratio to the tokenizer {floor / seconds:.2f}"
            + ("  (target >= 0.40)" if jobs == 1 else "")
        )


if __name__ == "__main__":
    main()
