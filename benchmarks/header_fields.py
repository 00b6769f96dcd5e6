"""CPU time of a posting's header fields (title, company, location, years, degree) inside
``load_document``, per 1,000 postings of ``scale.py``'s end-to-end sample.

cProfile slows these many small Python calls several times over (its figures for them are mostly
its own cost); here each of the five finders is timed by ``time.process_time`` around its call
(one clock read per call), with the whole structure stage beside them. The first pass is the cold
figure (a fresh process: caches empty, automata not built), the least of the later passes the
warm one. Compare two source trees in the same minutes (the machine's speed drifts), e.g.
``PYTHONPATH=/work/base/src python benchmarks/header_fields.py`` against this tree's.

    python benchmarks/header_fields.py [--sample 1000] [--passes 4]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from scale import sample_texts

from resume_kit.read.inputs import NamedText, read_input
from resume_kit.structure import documents, posting

# The name each finder has in structure/posting.py (where parse_posting and posting_outline
# call it), and the name it is printed under.
FINDERS = {
    "title_from_text": "title",
    "company_from_text": "company",
    "_find_location": "location",
    "_pick_years": "years",
    "_degree_required": "degree",
}


def _timed(
    function: Callable[..., Any], key: str, spent: defaultdict[str, float]
) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += clock() - start

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=1000, help="postings sampled (1000)")
    parser.add_argument("--passes", type=int, default=4, help="passes: 1 cold, then warm (4)")
    args = parser.parse_args()
    spent: defaultdict[str, float] = defaultdict(float)
    for name, key in FINDERS.items():
        setattr(posting, name, _timed(getattr(posting, name), key, spent))
    texts = sample_texts(args.sample)
    sources = [read_input(NamedText(f"job-{n}", text)) for n, text in enumerate(texts)]
    per_1000 = 1000.0 * 1000.0 / len(sources)  # seconds -> ms per 1,000 postings
    rows: list[dict[str, float]] = []
    for _ in range(max(2, args.passes)):
        spent.clear()
        start = time.process_time()
        for source in sources:
            documents.load_document(source, "auto")
        row = {key: spent[key] * per_1000 for key in FINDERS.values()}
        row["five"] = sum(row.values())
        row["structure"] = (time.process_time() - start) * per_1000
        rows.append(row)
    warm = min(rows[1:], key=lambda row: row["five"])
    print(f"header fields over {len(sources):,} sampled postings, CPU ms per 1,000 postings:")
    print(f"  {'':12}{'cold':>8}{'warm':>8}")
    for key in [*FINDERS.values(), "five", "structure"]:
        print(f"  {key:12}{rows[0][key]:8.1f}{warm[key]:8.1f}")


if __name__ == "__main__":
    main()
