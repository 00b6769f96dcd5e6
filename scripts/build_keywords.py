"""Build resume_kit's skill taxonomy: keywords/skills*.jsonl from curated and public sources.

Inputs:
  * scripts/data/curated.yaml   hand-curated IT project manager core (responsibilities, soft skills,
                                methodologies, tools, certifications, technical areas)
  * scripts/data/tech.yaml      hand-curated common IT technologies with their alias layer
  * scripts/data/sources.yaml   rules for the generated layer: vendor prefixes to strip, stop list,
                                O*NET name -> id mappings, spelling variants
  * <shared>/onet-29.2/Technology Skills.txt          (O*NET 29.2, CC BY 4.0)
  * <shared>/esco-1.1.1/digitalSkillsCollection_en.csv (ESCO v1.1.1, European Commission)

Outputs (deterministic: rows sorted, keys in a fixed order, so a rebuild without input changes gives
byte-identical files):
  * keywords/skills.jsonl        phrase patterns matched case-insensitively (LOWER)
  * keywords/skills_cased.jsonl  phrase patterns matched on exact case (ORTH)
  * keywords/skills_lemma.jsonl  phrase patterns matched on lemmas (LEMMA)
  * keywords/skills_meta.jsonl   one row per canonical id

Usage:
  python scripts/build_keywords.py [--shared ../shared/data] [--out keywords] [--no-generated]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

import yaml

from resume_kit.model.documents import SkillCategory

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
CATEGORIES: tuple[str, ...] = get_args(SkillCategory)  # one list: the model's
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SKILL_KEYS = {"id", "name", "category", "aliases", "cased", "lemma", "implies", "no_name"}


@dataclass
class Skill:
    """One canonical skill while the taxonomy is being built."""

    id: str
    name: str
    category: str
    origin: str  # "curated", "tech", "onet", "esco": curated entries win every conflict
    aliases: set[str] = field(default_factory=set)  # matched on LOWER
    cased: set[str] = field(default_factory=set)  # matched on ORTH
    lemma: set[str] = field(default_factory=set)  # matched on LEMMA
    implies: set[str] = field(default_factory=set)


def fail(message: str) -> None:
    """Stop the build with a message naming the problem."""
    sys.exit(f"build_keywords: {message}")


def norm_space(text: str) -> str:
    """Collapse runs of whitespace."""
    return " ".join(text.split())


def expand_alternatives(phrase: str) -> list[str]:
    """Expand ``[a|b]`` (optional) and ``(a|b)`` (required) groups into every phrasing.

    >>> expand_alternatives("manage [the|project] budget")
    ['manage budget', 'manage the budget', 'manage project budget']
    """
    parts = re.split(r"(\[[^\]]*\]|\([^)]*\))", phrase)
    options: list[list[str]] = []
    for part in parts:
        if part.startswith("[") and part.endswith("]"):
            options.append(["", *part[1:-1].split("|")])
        elif part.startswith("(") and part.endswith(")") and "|" in part:
            options.append(part[1:-1].split("|"))
        else:
            options.append([part])
    out: list[str] = []
    for combo in itertools.product(*options):
        text = norm_space("".join(combo))
        if text and text not in out:
            out.append(text)
    return out


def load_yaml_skills(path: Path, origin: str) -> list[Skill]:
    """Read a hand-written skills YAML file, checking every entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    skills: list[Skill] = []
    for n, entry in enumerate(data.get("skills", []), 1):
        where = f"{path.name} entry {n} ({entry.get('id')!r})"
        unknown = set(entry) - SKILL_KEYS
        if unknown:
            fail(f"{where}: unknown keys {sorted(unknown)}")
        if not ID_RE.match(str(entry.get("id", ""))):
            fail(f"{where}: id must be a lowercase kebab-case slug")
        if entry.get("category") not in CATEGORIES:
            fail(f"{where}: category must be one of {', '.join(CATEGORIES)}")
        skill = Skill(
            id=entry["id"],
            name=norm_space(entry["name"]),
            category=entry["category"],
            origin=origin,
            implies=set(entry.get("implies", [])),
        )
        cased = {norm_space(str(c)) for c in entry.get("cased", [])}
        cased_lower = {c.lower() for c in cased}
        skill.cased = cased
        names = [str(a) for a in entry.get("aliases", [])]
        if not entry.get("no_name"):
            names.append(skill.name)
        for alias in names:
            for text in expand_alternatives(str(alias)):
                if text.lower() not in cased_lower:
                    skill.aliases.add(text)
        for phrase in entry.get("lemma", []):
            skill.lemma.update(expand_alternatives(str(phrase)))
        skills.append(skill)
    return skills


def merge(skills: dict[str, Skill], new: Skill) -> None:
    """Add a skill, or fold its patterns into an existing one with the same id."""
    old = skills.get(new.id)
    if old is None:
        skills[new.id] = new
        return
    if old.origin == new.origin and old.origin in ("curated", "tech"):
        fail(f"id {new.id!r} is defined twice in {old.origin}.yaml")
    old.aliases |= new.aliases
    old.cased |= new.cased
    old.lemma |= new.lemma
    old.implies |= new.implies


def resolve_conflicts(skills: dict[str, Skill]) -> None:
    """Give each case-insensitive phrase to exactly one id (hand-curated sources win)."""
    rank = {"curated": 0, "tech": 1, "onet": 2, "esco": 3}
    owner: dict[str, str] = {}
    problems: list[str] = []
    for skill in sorted(skills.values(), key=lambda s: (rank[s.origin], s.id)):
        for alias in sorted(skill.aliases):
            key = alias.lower()
            if key in owner and owner[key] != skill.id:
                other = skills[owner[key]]
                if rank[other.origin] == rank[skill.origin] and skill.origin in ("curated", "tech"):
                    problems.append(
                        f"phrase {alias!r} is given to both {other.id!r} and {skill.id!r}"
                    )
                skill.aliases.discard(alias)
            else:
                owner[key] = skill.id
    cased_owner: dict[str, str] = {}
    for skill in sorted(skills.values(), key=lambda s: (rank[s.origin], s.id)):
        for text in sorted(skill.cased):
            if text in cased_owner and cased_owner[text] != skill.id:
                problems.append(
                    f"cased phrase {text!r} is given to both {cased_owner[text]!r} and {skill.id!r}"
                )
            cased_owner[text] = skill.id
            if text.lower() in owner:
                # A cased form also matched case-insensitively would bypass the context rules.
                problems.append(
                    f"cased phrase {text!r} of {skill.id!r} is also a case-insensitive phrase of "
                    f"{owner[text.lower()]!r}"
                )
    lemma_owner: dict[tuple[str, ...], str] = {}
    for skill in sorted(skills.values(), key=lambda s: (rank[s.origin], s.id)):
        for text in sorted(skill.lemma):
            key = lemma_key(text)
            if key in lemma_owner and lemma_owner[key] != skill.id:
                problems.append(
                    f"lemma phrase {text!r} is given to both {lemma_owner[key]!r} and {skill.id!r}"
                )
            lemma_owner.setdefault(key, skill.id)
    if problems:
        fail("\n".join(problems))


_LEMMA_TABLE: dict[str, str] = {}


def lemma_key(text: str) -> tuple[str, ...]:
    """The lemma sequence the pipeline will match a lemma phrase on (same tokenizer and table)."""
    if not _LEMMA_TABLE:
        with gzip.open(ROOT / "keywords" / "en_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
            _LEMMA_TABLE.update(json.load(fh))
    return tuple(_LEMMA_TABLE.get(t.lower(), t.lower()) for t in tokenize(text))


_TOKENIZER: list[Any] = []


def tokenize(text: str) -> list[str]:
    """Tokenize like the pipeline (spaCy's blank English tokenizer)."""
    if not _TOKENIZER:
        import spacy

        _TOKENIZER.append(spacy.blank("en").tokenizer)
    return [t.text for t in _TOKENIZER[0](text)]


def check_graph(skills: dict[str, Skill]) -> None:
    """Every implies target exists and the implies graph has no cycle."""
    for skill in skills.values():
        for target in skill.implies:
            if target not in skills:
                fail(f"{skill.id!r} implies unknown id {target!r}")
            if target == skill.id:
                fail(f"{skill.id!r} implies itself")
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            fail(f"implies cycle: {' -> '.join([*path, node])}")
        state[node] = 1
        for target in sorted(skills[node].implies):
            visit(target, [*path, node])
        state[node] = 2

    for node in sorted(skills):
        visit(node, [])


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write rows as compact JSON lines (UTF-8, LF)."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def write_outputs(skills: dict[str, Skill], out: Path) -> dict[str, int]:
    """Write the four keyword files and return their row counts."""
    lower: list[dict[str, Any]] = []
    cased: list[dict[str, Any]] = []
    lemma: list[dict[str, Any]] = []
    meta: list[dict[str, Any]] = []
    for skill in sorted(skills.values(), key=lambda s: s.id):
        for text in sorted(skill.aliases, key=lambda t: (t.lower(), t)):
            lower.append({"label": "SKILL", "pattern": text, "id": skill.id})
        for text in sorted(skill.cased):
            cased.append({"label": "SKILL", "pattern": text, "id": skill.id})
        for text in sorted(skill.lemma):
            lemma.append({"label": "SKILL", "pattern": text, "id": skill.id})
        seen = {skill.name.lower()}
        aliases: list[str] = []
        for text in sorted(skill.aliases | skill.cased, key=lambda t: (t.lower(), t)):
            if text.lower() not in seen:
                seen.add(text.lower())
                aliases.append(text)
        meta.append(
            {
                "id": skill.id,
                "name": skill.name,
                "category": skill.category,
                "aliases": aliases,
                "implies": sorted(skill.implies),
            }
        )
    # Case-insensitive duplicates ("JIRA" / "Jira") are the same LOWER pattern: keep one. The key is
    # the lowercased tokens, because the tokenizer splits some spellings by case ("Node.JS" is three
    # tokens, "Node.js" one), and those must all stay.
    deduped: list[dict[str, Any]] = []
    seen_lower: set[tuple[str, ...]] = set()
    for row in lower:
        key = tuple(t.lower() for t in tokenize(row["pattern"]))
        if key not in seen_lower:
            seen_lower.add(key)
            deduped.append(row)
    # Phrases with the same lemmas ("manage budget" / "managed budgets") are one pattern: keep one.
    seen_lemma: set[tuple[str, ...]] = set()
    lemma_rows: list[dict[str, Any]] = []
    for row in lemma:
        key = lemma_key(row["pattern"])
        if key not in seen_lemma:
            seen_lemma.add(key)
            lemma_rows.append(row)
    files = {
        "skills.jsonl": deduped,
        "skills_cased.jsonl": cased,
        "skills_lemma.jsonl": lemma_rows,
        "skills_meta.jsonl": meta,
    }
    for name, rows in files.items():
        write_jsonl(out / name, rows)
    return {name: len(rows) for name, rows in files.items()}


def build(shared: Path, out: Path, generated: bool) -> dict[str, int]:
    """Build every keyword file; return counts per file."""
    skills: dict[str, Skill] = {}
    for skill in load_yaml_skills(DATA / "curated.yaml", "curated"):
        merge(skills, skill)
    tech = DATA / "tech.yaml"
    if tech.exists():
        for skill in load_yaml_skills(tech, "tech"):
            merge(skills, skill)
    if generated:
        from_sources = DATA / "sources.yaml"
        if from_sources.exists():
            add_generated(skills, shared, yaml.safe_load(from_sources.read_text(encoding="utf-8")))
    add_hyphenated(skills)
    resolve_conflicts(skills)
    check_graph(skills)
    return write_outputs(skills, out)


def english_words() -> set[str]:
    """Every word of the lemma table (keys and lemmas): ordinary English per WordNet."""
    lemma_key("x")  # loads the table
    return set(_LEMMA_TABLE) | set(_LEMMA_TABLE.values())


def slug(text: str) -> str:
    """A kebab-case id from a display name ("Jupyter Notebook" -> "jupyter-notebook")."""
    text = text.replace("+", " plus ").replace("#", " sharp ")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def abbreviates(acronym: str, lead: str) -> bool:
    """Whether ``acronym`` can stand for ``lead``: its letters appear in ``lead`` in order, the
    first of them starting a word or inside the first word (digits aside: "EC2", "S3").

    >>> abbreviates("SQL", "Structured query language")
    True
    >>> abbreviates("XML", "Extensible markup language")
    True
    >>> abbreviates("HSRP", "Cisco Systems Hot Standby Router Protocol")
    True
    >>> abbreviates("AIR", "Adobe")
    False
    >>> abbreviates("CMS", "Sitecore")
    False
    """
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    text = " ".join(lead.lower().split())
    first_word_end = len(text.split(" ")[0])
    starts = (
        i
        for i, c in enumerate(text)
        if letters and c == letters[0] and (i < first_word_end or text[i - 1] == " ")
    )
    position = next(starts, -1)  # the earliest start leaves the most room for the rest
    for letter in letters[1:]:
        if position < 0:
            break
        position = text.find(letter, position + 1)
    return position >= 0


def add_generated(skills: dict[str, Skill], shared: Path, rules: dict[str, Any]) -> None:
    """Fold O*NET technology names and ESCO digital knowledge labels into the taxonomy.

    A name that meets an existing alias (after the vendor is stripped: "Atlassian JIRA" -> "JIRA")
    adds its other spellings to that skill; any other name becomes a new skill. Names that are
    generic ("Spreadsheet software"), ordinary English single words ("Notes", "Chrome"), or
    case-sensitive words handled by the cased list ("Word", "Go") never become case-insensitive
    patterns.
    """
    english = english_words()
    owner: dict[str, str] = {}
    cased_lower: set[str] = set()
    for skill in skills.values():
        for alias in skill.aliases:
            owner.setdefault(alias.lower(), skill.id)
        for text in skill.cased:
            cased_lower.add(text.lower())
            owner.setdefault(text.lower(), skill.id)

    def usable(text: str, stop: set[str]) -> bool:
        words = text.split()
        low = text.lower()
        if len(text) < 2 or low in stop or low in cased_lower or not re.search(r"[a-z]", low):
            return False
        return not (len(words) == 1 and (low in english or len(text) < 3))

    def attach(
        variants: list[str], display: str, category: str, origin: str, stop: set[str]
    ) -> None:
        kept = [v for v in dict.fromkeys(norm_space(v) for v in variants) if usable(v, stop)]
        if not kept:
            return
        target = next((owner[v.lower()] for v in variants if v.lower() in owner), None)
        if target is None:
            target = slug(display)
            if not ID_RE.match(target):
                return
            if target not in skills:
                skills[target] = Skill(target, norm_space(display), category, origin)
        skill = skills[target]
        for variant in kept:
            if variant.lower() not in owner:
                skill.aliases.add(variant)
                owner[variant.lower()] = target

    # O*NET technology names.
    onet = rules["onet"]
    prefixes = tuple(onet["occupation_prefixes"])
    vendors = sorted(onet["vendor_prefixes"], key=len, reverse=True)
    vendor_names = {v.lower() for v in vendors}
    stop = {s.lower() for s in onet["stop_names"]}
    generic = {s.lower() for s in onet["generic_suffixes"]}
    names: set[str] = set()
    path = shared / "onet-29.2" / "Technology Skills.txt"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["O*NET-SOC Code"].startswith(prefixes) or row["Hot Technology"] == "Y":
                names.add(norm_space(row["Example"]))
    for name in sorted(names):
        words = name.split()
        if name.lower() in stop or words[-1].lower() in generic:
            continue
        variants = [name]
        if len(words) > 1 and words[-1].isupper() and len(words[-1]) >= 2:
            # "Structured query language SQL" names SQL twice and "Axure RP" is Axure, but
            # "Sitecore CMS" is one CMS among many: Sitecore must not find the CMS skill.
            lead = " ".join(words[:-1])
            if abbreviates(words[-1], lead) or words[-1].lower() not in owner:
                variants.append(lead)
            variants.append(words[-1])
        for vendor in vendors:
            for variant in list(variants):
                if variant.startswith(vendor + " ") and len(variant) > len(vendor) + 1:
                    variants.append(variant[len(vendor) + 1 :])
        # A vendor's name alone is no skill ("Juniper Networks" from "Juniper Networks JUNOS"),
        # unless O*NET's name is just that ("Splunk").
        variants = [v for v in variants if v == name or v.lower() not in vendor_names]
        display = min(variants[1:] or variants, key=len) if len(variants) > 1 else name
        if not usable(display, stop):
            display = name
        attach(variants, display, "tool", "onet", stop)

    # ESCO digital skills: knowledge concepts only (noun labels).
    esco = rules["esco"]
    esco_stop = {s.lower() for s in esco["stop_labels"]}
    path = shared / "esco-1.1.1" / "digitalSkillsCollection_en.csv"
    with path.open(encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: r["conceptUri"])
    for row in rows:
        if row["skillType"] != "knowledge":
            continue
        labels = [row["preferredLabel"], *(row.get("altLabels") or "").split("\n")]
        variants = []
        for label in labels:
            label = norm_space(re.sub(r"\s*\([^)]*\)", "", label))
            if label and len(label.split()) <= esco["max_tokens"]:
                variants.append(label)
        if variants:
            attach(variants, variants[0], "technical", "esco", esco_stop)


def add_hyphenated(skills: dict[str, Skill]) -> None:
    """Add tag spellings of multi-word technical names ("amazon-web-services", "spring-mvc")."""
    for skill in skills.values():
        if skill.category not in ("technical", "tool", "methodology"):
            continue
        for alias in list(skill.aliases):
            words = alias.split()
            if 2 <= len(words) <= 4 and all(w.isalpha() for w in words):
                skill.aliases.add("-".join(words))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="folder holding onet-29.2/ and esco-1.1.1/ (default: %(default)s)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "keywords",
        help="folder to write the jsonl files to (default: %(default)s)",
    )
    parser.add_argument(
        "--no-generated", action="store_true", help="only the hand-curated layers (no O*NET / ESCO)"
    )
    args = parser.parse_args(argv)
    counts = build(args.shared, args.out, not args.no_generated)
    for name, count in counts.items():
        print(f"{name}: {count} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
