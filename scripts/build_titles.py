"""Build keywords/titles.json and keywords/title_words.json from O*NET 29.2 job titles.

``titles.json``: posting title -> framework. ``choose_framework`` consults this table only when no
framework's title keywords match, so it mainly catches project-management titles without the words
"project" or "program" (O*NET files "Release Manager", "Technology Manager" and "Cloud Product
Director" under IT Project Managers) and technical titles that should get the general IT framework.

``title_words.json``: the head nouns of job titles ("Engineer", "Nurse", "Counsel", "Recruiter"),
the last word of every O*NET alternate and reported title of every occupation seen at least
``MIN_COUNT`` times, plus the last words of the frameworks' title keywords. The structure stage
uses it to tell a job title ("Clinical Site Monitor") from a heading ("Company profile") or a
sentence.

Reads /work/shared/data/onet-29.2/ (it_occupation_profiles.jsonl, Alternate Titles.txt, Sample of
Reported Titles.txt; O*NET 29.2 Database, CC BY 4.0, https://www.onetcenter.org/license_db.html)
and keywords/frameworks/*.yaml; the installed package reads only the outputs.

Usage: python scripts/build_titles.py [--onet DIR] [--out keywords/titles.json]
    [--words-out keywords/title_words.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

import yaml

# O*NET-SOC code -> framework. Project Management Specialists (13-1082) is left out: beside titles
# the keywords already catch it lists "Grant Assistant" and "Movie Project Management Specialist".
# Broad management codes (11-3021 IT managers, 11-9199 "Managers, All
# Other") are left out on purpose: their titles range from "Data Center Manager" to "Pool Manager".
CODE_TO_FRAMEWORK = {
    "15-1299.09": "it-project-manager",  # Information Technology Project Managers
}
GENERAL_PREFIX = "15-"  # every other computer occupation -> it-general
PRIORITY = {"it-project-manager": 0, "it-general": 1}  # a title in both keeps the PM mapping


def title_forms(title: str) -> list[str]:
    """'IT Manager (Information Technology Manager)' -> both the short and the long form."""
    forms = [re.sub(r"\s*\([^)]*\)", "", title).strip()]
    forms += [inner.strip() for inner in re.findall(r"\(([^)]*)\)", title)]
    return [form for form in forms if len(form.split()) >= 2]  # "(PM)" alone is too vague


def build(onet_dir: Path) -> dict[str, object]:
    table: dict[str, str] = {}
    with (onet_dir / "it_occupation_profiles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            code = row["onet_soc_code"]
            framework = CODE_TO_FRAMEWORK.get(code)
            if framework is None and code.startswith(GENERAL_PREFIX):
                framework = "it-general"
            if framework is None:
                continue
            for title in [row["title"], *row["alternate_titles"], *row["reported_titles"]]:
                for form in title_forms(title):
                    old = table.get(form)
                    if old is None or PRIORITY[framework] < PRIORITY[old]:
                        table[form] = framework
    return {
        "source": "O*NET 29.2 Database, alternate and reported titles (CC BY 4.0); "
        "built by scripts/build_titles.py",
        "titles": dict(sorted(table.items(), key=lambda item: item[0].casefold())),
    }


# A head seen fewer times is mostly a trade word of one occupation ("Skiver", "Doffer").
MIN_COUNT = 5
# Last words of O*NET titles that are no job-title head in a posting's prose: function words and
# cut-off pieces ("Walk In", "Hook Up"), fields and departments ("Systems", "Health", "Police"),
# generic people ("Person", "Member", "Employee": "a highly motivated person"), words that are
# mostly something else in IT postings ("Server", "Router", "Model", "Business Intelligence";
# "Monitor" stays: "Clinical Site Monitor" is a job, and prose rarely capitalises a screen), and
# the words a company calls itself ("a global Provider", "Manufacturer", "Distributor").
NOT_HEADS = frozenset(
    ["a", "an", "in", "up", "out", "off", "on", "plans", "systems", "system", "health",
     "computer", "medicine", "police", "justice", "surgery", "chemical", "counterintelligence",
     "page", "operations", "person", "people", "member", "man", "men", "employee", "hand", "girl",
     "mother", "companion", "player", "host", "guide", "model", "server", "router", "layer",
     "counter", "reader", "liner", "former", "folder", "drawer", "boiler", "heater", "buffer",
     "chopper", "marker", "runner", "filler", "finder", "starter", "header", "sticker", "holder",
     "poster", "pointer", "timer", "scanner", "cooler", "dryer", "compressor", "converter",
     "regulator", "connector", "tuner", "breaker", "charger", "changer", "opener", "closer",
     "rubber", "anchor", "superior", "resident", "management", "tier", "hop", "intelligence",
     "mate", "mater", "ta", "ob", "follower", "provider", "vendor", "distributor", "manufacturer",
     "exporter", "publisher", "creator"]
)  # fmt: skip
WORD_RE = re.compile(r"^[a-z][a-z-]*[a-z]$")


def last_word(title: str) -> str | None:
    """'Nurse Practitioner (NP), Family' -> 'practitioner': the head of the title's first part."""
    core = re.sub(r"\s*\([^)]*\)", "", title).strip()
    core = re.split(r"\s*[,/]\s*|\s+[-–]\s+", core)[0]
    words = core.split()
    return words[-1].casefold() if words else None


def build_words(onet_dir: Path, frameworks_dir: Path) -> dict[str, object]:
    counts: Counter[str] = Counter()
    for name in ("Alternate Titles.txt", "Sample of Reported Titles.txt"):
        with (onet_dir / name).open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle, delimiter="\t")
            next(rows)  # the header
            for row in rows:
                word = last_word(row[1])
                if word:
                    counts[word] += 1
    words = {w for w, n in counts.items() if n >= MIN_COUNT}
    for path in sorted(frameworks_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for phrase in data.get("title_keywords", []):
            words.add(str(phrase).split()[-1].casefold())
    kept = sorted(w for w in words if WORD_RE.match(w) and w not in NOT_HEADS)
    return {
        "source": "O*NET 29.2 Database, last words of alternate and reported titles (CC BY 4.0), "
        "and the frameworks' title keywords; built by scripts/build_titles.py",
        "words": kept,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onet", type=Path, default=Path("/work/shared/data/onet-29.2"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent.parent / "keywords" / "titles.json"
    )
    parser.add_argument(
        "--words-out",
        type=Path,
        default=Path(__file__).parent.parent / "keywords" / "title_words.json",
    )
    args = parser.parse_args()
    data = build(args.onet)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(data['titles'])} titles to {args.out}")  # type: ignore[arg-type]
    frameworks = args.out.parent / "frameworks"
    words = build_words(args.onet, frameworks)
    args.words_out.write_text(json.dumps(words, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(words['words'])} title words to {args.words_out}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
