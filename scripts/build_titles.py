"""Build keywords/titles.json: posting title -> framework, from O*NET 29.2 alternate titles.

``choose_framework`` consults this table only when no framework's title keywords match, so it
mainly catches project-management titles without the words "project" or "program" (O*NET files
"Release Manager", "Technology Manager" and "Cloud Product Director" under IT Project Managers)
and technical titles that should get the general IT framework.

Reads /work/shared/data/onet-29.2/it_occupation_profiles.jsonl (O*NET 29.2 Database, CC BY 4.0,
https://www.onetcenter.org/license_db.html); the installed package reads only the output.

Usage: python scripts/build_titles.py [--onet DIR] [--out keywords/titles.json]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onet", type=Path, default=Path("/work/shared/data/onet-29.2"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent.parent / "keywords" / "titles.json"
    )
    args = parser.parse_args()
    data = build(args.onet)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(data['titles'])} titles to {args.out}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
