"""How fast is extraction? Prints words per second of resume_kit's extraction over the SkillSpan
postings against ``spacy.blank("en")`` tokenizing the same texts in the same run, and how long a new
process takes to get the pipeline ready.

Targets: extraction >= 0.5 of the bare tokenizer's words per second; pipeline ready < 1 s in a new
process after ``import resume_kit``.

    python benchmarks/extract_speed.py
"""

from __future__ import annotations

import subprocess
import sys

from _common import best_of, load_postings, median


def main() -> None:
    import spacy

    import resume_kit
    from resume_kit.models import Posting, Section

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

    code = (
        "import time; t0=time.perf_counter(); import resume_kit; t1=time.perf_counter();"
        "resume_kit.build_nlp(); t2=time.perf_counter(); print(t1-t0, t2-t1)"
    )
    imports, builds = [], []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        imp, build = (float(x) for x in out.stdout.split())
        imports.append(imp)
        builds.append(build)
    print(
        f"new process: import resume_kit {median(imports):.3f} s, "
        f"pipeline ready after it {median(builds):.3f} s (median of 5; target < 1 s)"
    )


if __name__ == "__main__":
    main()
