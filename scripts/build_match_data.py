"""Build the two data files the match score's role-fit and text-similarity parts read.

``keywords/occupations.tsv``: job titles -> O*NET occupation, occupation -> role family, and how
near two families are. Every O*NET occupation name, reported title and short title is read, and
every alternate title of the computing occupations (level words such as "Senior" dropped); a title
is kept only when the longest-match lookup would not already find its occupation through a shorter
title ("Senior Java Developer" finds "Java Developer"), when it ends in a job noun
(keywords/title_words.json) and, alone, names a job by itself ("Accountant", not "Analyst"). A
title O*NET files under several families goes to the family that files it most (computing first
on a tie) when that is a computing family, and is left out otherwise; a few IT titles O*NET lacks
or files elsewhere are set in OVERRIDES. The families group O*NET-SOC codes by what a candidate
does all day (software, data, infrastructure, security, IT support, project delivery...); outside
computing they follow the SOC major groups. Family nearness is a short hand-written list below
(same family 0.9).

``keywords/term_df.tsv``: in how many O*NET occupations (title, description, tasks, technologies
and titles taken as one document) each lemma occurs: the inverse document frequency of the text
similarity part, from a public corpus so the same pair scores the same whatever else is ranked.

Reads /work/shared/data/onet-29.2/ (O*NET 29.2 Database by USDOL/ETA, CC BY 4.0,
https://www.onetcenter.org/license_db.html; modified: titles normalised and pruned, counts
derived). The installed package reads only the outputs.

Usage: python scripts/build_match_data.py [--onet DIR] [--keywords DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

# O*NET-SOC code prefix -> role family; the longest prefix wins. Computing is split finely (the
# tool's users move between these); elsewhere a SOC major group is one family.
FAMILY_BY_PREFIX = {
    "15-1299.09": "project-delivery",  # Information Technology Project Managers
    "13-1082": "project-delivery",  # Project Management Specialists
    "11-3021": "it-management",  # Computer and Information Systems Managers
    "11-9041": "engineering",  # Architectural and Engineering Managers
    "15-1211": "business-analysis",  # Computer Systems Analysts
    "13-1111": "business-analysis",  # Management Analysts
    "15-1212": "security",
    "15-1299.04": "security",  # Penetration Testers
    "15-1299.05": "security",  # Information Security Engineers
    "15-1299.06": "security",  # Digital Forensics Analysts
    "15-1221": "data",  # Computer and Information Research Scientists
    "15-1242": "data",  # Database Administrators
    "15-1243": "data",  # Database Architects, Data Warehousing Specialists
    "15-2": "data",  # mathematical science: data scientists, BI analysts, statisticians
    "15-1231": "it-support",  # Computer Network Support Specialists
    "15-1232": "it-support",  # Computer User Support Specialists
    "49-2011": "it-support",  # Computer repairers
    "15-1241": "infrastructure",  # Network Architects, Telecommunications Engineering
    "15-1244": "infrastructure",  # Network and Computer Systems Administrators
    "15-1299.01": "infrastructure",  # Web Administrators
    "15-1299.08": "infrastructure",  # Computer Systems Engineers/Architects
    "15-1251": "software",  # Computer Programmers
    "15-1252": "software",  # Software Developers
    "15-1253": "software",  # QA Analysts and Testers
    "15-1254": "software",  # Web Developers
    "15-1255": "software",  # Web and Digital Interface Designers
    "15-1299.07": "software",  # Blockchain Engineers
    "15-1299": "it-other",  # GIS technologists, document management
    "17-2061": "engineering",
    "11-2": "sales-marketing",
    "13-1161": "sales-marketing",
    "41-": "sales-marketing",
    "27-": "arts-media",
    "11-3121": "human-resources",
    "11-3111": "human-resources",
    "13-1071": "human-resources",
    "13-1075": "human-resources",
    "13-1141": "human-resources",
    "13-1151": "human-resources",  # training and development
    "11-3031": "finance",
    "13-2": "finance",
    "43-3": "finance",  # bookkeeping, billing clerks
    "11-1": "executive",
    "11-": "management",
    "13-": "business-operations",
    "17-": "engineering",
    "19-": "science",
    "21-": "community-service",
    "23-": "legal",
    "25-": "education",
    "29-": "healthcare",
    "31-": "healthcare",
    "33-": "protective-service",
    "35-": "food-service",
    "37-": "building-services",
    "39-": "personal-service",
    "43-": "office-admin",
    "45-": "farming",
    "47-": "construction",
    "49-": "maintenance",
    "51-": "production",
    "53-": "transport",
    "55-": "military",
}

# How near two different families are (symmetric; 0 when not listed). Kept coarse on purpose:
# a neighbour shares much of the day's work, a distant relative some of it.
NEAR = 0.5
SOME = 0.25
RELATED = [
    ("software", "data", SOME),
    ("software", "infrastructure", SOME),
    ("software", "security", SOME),
    ("software", "it-other", SOME),
    ("infrastructure", "security", NEAR),
    ("infrastructure", "it-support", NEAR),
    ("infrastructure", "it-other", SOME),
    ("it-support", "it-other", SOME),
    ("security", "it-support", SOME),
    ("data", "business-analysis", SOME),
    ("data", "it-other", SOME),
    ("project-delivery", "business-analysis", NEAR),
    ("project-delivery", "it-management", NEAR),
    ("it-management", "infrastructure", SOME),
    ("it-management", "management", SOME),
    ("project-delivery", "management", SOME),
    ("business-analysis", "business-operations", SOME),
    ("business-analysis", "finance", SOME),
    ("executive", "management", NEAR),
    ("management", "business-operations", SOME),
    ("finance", "business-operations", SOME),
    ("human-resources", "business-operations", SOME),
    ("engineering", "science", SOME),
    ("project-delivery", "project-general", NEAR),
    ("management", "project-general", SOME),
    ("business-operations", "project-general", SOME),
]
SAME_FAMILY = 0.9

# General project management: the family a generic project title ("Project Manager") is read as
# when the posting's or resume's work is not IT (resume_kit.scoring.role_fit). O*NET files every
# project title under Project Management Specialists (13-1082), which the table reads as project
# delivery, the IT family: this family is that occupation in other lines of work, written as its
# own 'general' line. An IT project manager fits such a job in part (the craft is shared, the
# field is not).
GENERAL_PROJECTS = ("project-general", "13-1082.00")

# Families whose every O*NET alternate title is kept, in the order that settles a title O*NET files
# under several families ("Project Manager": project management specialists before construction
# managers; "Developer": software before real estate).
FAMILY_ORDER = {
    name: index
    for index, name in enumerate(
        [
            "software",
            "data",
            "infrastructure",
            "security",
            "it-support",
            "project-delivery",
            "business-analysis",
            "it-management",
            "it-other",
        ]
    )
}
FULL_TITLES = frozenset(FAMILY_ORDER)
# One-word titles that name no family alone.
GENERIC_HEADS = frozenset(
    str.split(
        "analyst engineer manager specialist technician consultant coordinator administrator "
        "director officer architect designer assistant associate lead supervisor professional "
        "expert representative agent scientist planner executive president partner owner member "
        "worker helper operator leader founder trainer tester advisor adviser writer editor "
        "programmer developer"
    )
)

# IT titles O*NET files only elsewhere (a media "Program Manager") or not at all.
OVERRIDES = {
    "program manager": "15-1299.09",
    "programme manager": "15-1299.09",
    "delivery manager": "15-1299.09",
    "pmo manager": "15-1299.09",
    "pmo analyst": "15-1299.09",
    "systems administrator": "15-1244.00",
    "system administrator": "15-1244.00",
    "business analyst": "13-1111.00",
    "help desk": "15-1232.00",
    "agile coach": "15-1299.09",
    "product owner": "15-1299.09",
    "release train engineer": "15-1299.09",
    "project specialist": "13-1082.00",
    "program coordinator": "13-1082.00",
    "developer": "15-1252.00",
    "programmer": "15-1251.00",
    "tester": "15-1253.00",
    "service desk": "15-1232.00",
    # O*NET files these under software developers; their day is running systems, as the
    # family word "devops" says of a title the table does not know.
    "devops engineer": "15-1299.08",
    "site reliability engineer": "15-1299.08",
    "reliability engineer": "15-1299.08",
    "sre": "15-1299.08",
    "cloud engineer": "15-1299.08",
    "platform engineer": "15-1299.08",
    "infrastructure engineer": "15-1299.08",
    # Written as one word in German-speaking and Dutch postings.
    "projectmanager": "13-1082.00",
    "it projectmanager": "15-1299.09",
    # O*NET files it only under transportation managers (a parcel depot's); in the tool's
    # users' trade it runs IT services (ITIL's service delivery), an IT manager's job.
    "service delivery manager": "11-3021.00",
}


def is_role_noun(word: str) -> bool:
    """Whether one word alone names a job: a person noun ("accountant", "nurse"), not generic."""
    return (
        len(word) >= 4
        and word not in GENERIC_HEADS
        and (word.endswith(ROLE_ENDINGS) or word in ROLE_WORDS)
    )


ROLE_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee", "man", "woman", "wright", "smith")
ROLE_WORDS = frozenset(str.split("nurse clerk chef cook aide actuary secretary attorney midwife"))

# Level and employment words a title carries that say nothing about the occupation.
LEVEL_WORDS = frozenset(
    str.split(
        "senior sr junior jr lead principal staff chief head associate assistant intern trainee "
        "entry level i ii iii iv v mid experienced remote contract contractor temporary part full "
        "time"
    )
)


def normalise(title: str) -> str:
    """Lowercase words of a title, punctuation and level words dropped."""
    text = title.casefold().replace("&", " and ")
    words = re.sub(r"[^a-z0-9+#]+", " ", text).split()
    return " ".join(word for word in words if word not in LEVEL_WORDS)


def title_forms(title: str) -> list[str]:
    """'IT Manager (Information Technology Manager)' -> both forms, normalised."""
    forms = [re.sub(r"\s*\([^)]*\)", "", title)]
    forms += re.findall(r"\(([^)]*)\)", title)
    return [form for form in (normalise(f) for f in forms) if form and len(form.split()) <= 5]


def family_of(code: str) -> str:
    best = max((p for p in FAMILY_BY_PREFIX if code.startswith(p)), key=len, default=None)
    if best is None:
        raise SystemExit(f"no family for O*NET code {code}: add a prefix to FAMILY_BY_PREFIX")
    return FAMILY_BY_PREFIX[best]


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def longest_code(text: str, table: dict[str, list[str]]) -> list[str] | None:
    """The occupations the longest known phrase of ``text`` names (as the package looks up)."""
    words = text.split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            code = table.get(" ".join(words[start : start + size]))
            if code is not None:
                return code
    return None


def build_titles(
    onet: Path, frameworks: Path
) -> tuple[dict[str, list[str]], dict[str, str], dict[str, str], dict[str, str]]:
    names = {r["O*NET-SOC Code"]: r["Title"] for r in read_tsv(onet / "Occupation Data.txt")}
    families = {code: family_of(code) for code in names}
    # title -> occupations it is filed under, the occupation's own title first.
    seen: dict[str, list[str]] = defaultdict(list)
    votes: dict[tuple[str, str], int] = defaultdict(int)
    alternates = read_tsv(onet / "Alternate Titles.txt")
    rows = [(code, name) for code, name in names.items()]
    rows += [
        (r["O*NET-SOC Code"], r["Reported Job Title"])
        for r in read_tsv(onet / "Sample of Reported Titles.txt")
    ]
    rows += [
        (r["O*NET-SOC Code"], r["Short Title"]) for r in alternates if r["Short Title"] != "n/a"
    ]
    # Every alternate title of every occupation: a title O*NET files under one family outside
    # computing ("Construction Project Manager") says that family, not the computing one its
    # last words would ("Project Manager"), and every title votes for its family.
    computing = [r for r in alternates if families[r["O*NET-SOC Code"]] in FULL_TITLES]
    others = [r for r in alternates if families[r["O*NET-SOC Code"]] not in FULL_TITLES]
    # The family words are counted over the computing alternates only (as they place IT titles).
    near_computing: dict[str, list[str]] = defaultdict(list)
    for code, title in rows + [(r["O*NET-SOC Code"], r["Alternate Title"]) for r in computing]:
        for form in title_forms(title):
            if code not in near_computing[form]:
                near_computing[form].append(code)
    rows += [(r["O*NET-SOC Code"], r["Alternate Title"]) for r in computing + others]
    # A catch-all outside computing ("Managers, All Other") gathers titles of every kind: it
    # neither files nor votes for one.
    rows = [
        (code, title)
        for code, title in rows
        if families[code] in FULL_TITLES or "All Other" not in names[code]
    ]
    for code, title in rows:
        for form in title_forms(title):
            if code not in seen[form]:
                seen[form].append(code)
            votes[form, families[code]] += 1
    heads = set(json.loads((ROOT / "keywords" / "title_words.json").read_text("utf-8"))["words"])
    framings = framework_titles(frameworks)
    longer = Extensions(seen, families)
    table: dict[str, list[str]] = {}
    # Shortest first, so a longer title is kept only when it says more than a shorter one.
    for form, code in OVERRIDES.items():
        seen[form] = [code]
    for form in sorted(seen, key=lambda t: (len(t.split()), t)):
        if form not in OVERRIDES and (
            form.split()[-1] not in heads or (len(form.split()) == 1 and not is_role_noun(form))
        ):
            # A title ends in a job noun ("... Developer", not "Information Technology"); one
            # word alone must name a job by itself ("Accountant", not "Analyst" or "Client").
            continue
        codes = (
            [OVERRIDES[form]]
            if form in OVERRIDES
            else framed(
                form, title_codes(form, seen[form], votes, families, longer), families, framings
            )
        )
        shorter = longest_code(form, table)
        if not codes or shorter == codes:
            continue
        # Outside computing a title that reads as the family a shorter one already gives says
        # nothing more to the role fit (same family scores near the same occupation): left out,
        # a table a quarter the size.
        if (
            shorter is not None
            and all(families[c] not in FULL_TITLES for c in codes)
            and {families[c] for c in shorter} == {families[c] for c in codes}
        ):
            continue
        table[form] = codes
    return table, names, families, build_words(near_computing, families, heads)


class Extensions:
    """The families of the longer titles that extend a title ("IT Support Specialist" extends
    "IT Specialist"): its head last, its other words in order among theirs."""

    def __init__(self, seen: dict[str, list[str]], families: dict[str, str]) -> None:
        self.by_head: dict[str, list[tuple[list[str], set[str]]]] = defaultdict(list)
        for form, codes in seen.items():
            words = form.split()
            self.by_head[words[-1]].append((words[:-1], {families[c] for c in codes}))
        self.cache: dict[str, dict[str, int]] = {}

    def __call__(self, form: str) -> dict[str, int]:
        if form not in self.cache:
            *before, head = form.split()
            counts: dict[str, int] = defaultdict(int)
            for words, kinds in self.by_head[head]:
                rest = iter(words)
                if len(words) > len(before) and all(w in rest for w in before):
                    for kind in kinds:
                        counts[kind] += 1
            self.cache[form] = counts
        return self.cache[form]


SPREAD_FAMILIES = 3  # a title filed alike under this many computing families reads as each


def title_codes(
    form: str,
    codes: list[str],
    votes: dict[tuple[str, str], int],
    families: dict[str, str],
    longer: Extensions,
) -> list[str]:
    """The occupations a title reads as: one, or two when O*NET files it about evenly apart.

    Each family's first-filed occupation stands for it; the family with most votes wins (ties:
    the family of more of the longer titles that extend it, then computing first, in
    FAMILY_ORDER). Two readings are kept, half each, an honest "one of
    these": two computing families with as many votes ("IT Specialist": user support and
    systems), or a computing family with at least half the votes of a winner outside computing
    ("QA Engineer": software testers and quality engineers; the computing one is read first,
    settling a tie for the tool's users). When no family holds a majority and three or more
    computing families hold half the top's votes ("IT Analyst": security, software, systems
    analysis), each of them is read. A title whose winner outside computing holds no majority
    of the votes is left out (it says little).
    """
    best: dict[str, str] = {}
    for code in codes:  # the occupation whose own name the title is comes first
        best.setdefault(families[code], code)
    # Ties: the family more of the longer titles that extend it are filed under ("IT Specialist":
    # "IT Support Specialist", "IT Help Desk Specialist"...), then computing first.
    extending = longer(form) if len(best) > 1 else {}
    ranked = sorted(
        best,
        key=lambda f: (
            -votes[form, f],
            -extending.get(f, 0),
            FAMILY_ORDER.get(f, len(FAMILY_ORDER)),
            f,
        ),
    )
    total = sum(votes[form, f] for f in ranked) or 1
    top = ranked[0]
    runner = next((f for f in ranked[1:] if f in FULL_TITLES), None)
    if top in FULL_TITLES:
        spread = [f for f in ranked if f in FULL_TITLES and 2 * votes[form, f] >= votes[form, top]]
        if 2 * votes[form, top] <= total and len(spread) >= SPREAD_FAMILIES:
            # No family holds a majority and three or more computing families hold half the
            # top's votes ("IT Analyst": security, software, systems analysis alike): each is
            # read, as much; the title says little about which.
            return [best[f] for f in spread]
        if runner is not None and votes[form, runner] >= votes[form, top]:
            return [best[top], best[runner]]
        return [best[top]]
    if runner is not None and 2 * votes[form, runner] >= votes[form, top]:
        return [best[runner], best[top]]
    if 2 * votes[form, top] > total:
        return [best[top]]
    return []


def framework_titles(frameworks: Path) -> dict[str, list[list[str]]]:
    """Family -> the title keywords (as word lists) of the role frameworks of that family."""
    found: dict[str, list[list[str]]] = defaultdict(list)
    for path in sorted(frameworks.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        if isinstance(data, dict) and data.get("family"):
            found[data["family"]] += [normalise(k).split() for k in data.get("title_keywords", [])]
    return found


def framed(
    form: str, codes: list[str], families: dict[str, str], framings: dict[str, list[list[str]]]
) -> list[str]:
    """``codes`` as the role frameworks' titles settle them.

    A family the role frameworks describe (project delivery) is said by the titles they list
    ("project manager", "scrum master", "release manager"):

    * a title a framework lists (whole) is read as that family only: "Project Coordinator" is the
      project-delivery framework's, not also O*NET's construction managers';
    * a title naming none of the frameworks' phrases is no such title. O*NET also files generic
      titles under its IT project managers (15-1299.09): "IT Manager", "IT Supervisor",
      "Technology Manager", most of which it files under the Computer and Information Systems
      Managers (11-3021) as well. Such a title is read as the other occupations O*NET files it
      under, else as the managers of its major group (GENERAL_MANAGERS: an IT one -> 11-3021),
      a neighbouring family.
    """
    words = form.split()
    listed = [code for code in codes if words in framings.get(families[code], [])]
    if listed:
        return listed
    kept = [
        code
        for code in codes
        if families[code] not in framings
        or any(contains(words, phrase) for phrase in framings[families[code]])
    ]
    if kept == codes:
        return codes
    if kept:
        return kept
    general = {
        GENERAL_MANAGERS[prefix]
        for code in codes
        for prefix in GENERAL_MANAGERS
        if code.startswith(prefix)
    }
    return sorted(general) or codes


# The occupation a manager's title falls back to when the specialised one it is filed under does not
# apply: O*NET-SOC computer occupations (15-1) are managed by 11-3021.
GENERAL_MANAGERS = {"15-1": "11-3021.00"}


def contains(words: list[str], phrase: list[str]) -> bool:
    """Whether ``phrase`` occurs in ``words`` as consecutive words."""
    size = len(phrase)
    return size > 0 and any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def build_words(
    seen: dict[str, list[str]], families: dict[str, str], heads: set[str]
) -> dict[str, str]:
    """Words before a title's head that say its computing family ("analytics", "network").

    A title the table does not know ("BI / Analytics Lead", "Senior Analytics Engineer") can still
    be placed by them. Counted over titles ending in a generic head ("engineer", "analyst"), where
    the word before decides; a word is kept when at least WORD_MIN_TITLES such titles hold it and
    WORD_SHARE of them are of one computing family.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # The word before each word: a word nearly always after the same one is the second half of
    # a two-word name ("object oriented", "back end", "web page"); alone it says no family
    # ("detail-oriented professional").
    before: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for form, codes in seen.items():
        if form.split()[-1] not in GENERIC_HEADS:
            continue  # only where the head needs a word before it ("data" + "engineer")
        family = families[codes[0]]
        for word in set(form.split()[:-1]):
            if word not in heads and word not in LEVEL_WORDS and len(word) > 1:
                counts[word][family] += 1
        words_in = form.split()
        for k, word in enumerate(words_in[:-1]):
            before[word][words_in[k - 1] if k else ""] += 1
    words: dict[str, str] = {}
    for word, by_family in sorted(counts.items()):
        total = sum(by_family.values())
        family, top = max(by_family.items(), key=lambda item: (item[1], item[0]))
        led = max(before[word].items(), key=lambda item: item[1], default=("", 0))
        second_half = led[0] != "" and led[1] >= COMPOUND_SHARE * sum(before[word].values())
        if total >= WORD_MIN_TITLES and top >= WORD_SHARE * total and not second_half:
            words[word] = family
    return {**words, **WORD_OVERRIDES}


# Family words of IT titles O*NET writes apart ("Back End Developer") or not at all.
WORD_OVERRIDES = {
    "backend": "software",
    "frontend": "software",
    "fullstack": "software",
    "web": "software",
    "mobile": "software",
    "cloud": "infrastructure",
    "network": "infrastructure",
    "infrastructure": "infrastructure",
    "devops": "infrastructure",
    "analytics": "data",
    "ml": "data",
    "dba": "data",
    "pmo": "project-delivery",  # a project management office
    # The project family's own words: "Delivery Lead", "Programme Lead", "Jane Doe, PMP" (the
    # project management certifications).
    "delivery": "project-delivery",
    "programme": "project-delivery",
    "pmp": "project-delivery",
    "prince2": "project-delivery",
}


SHORT_WORD = 3  # words this short are not lemmatised (the package does the same)
WORD_MIN_TITLES = 3
WORD_SHARE = 0.6
COMPOUND_SHARE = 0.8  # of a word's places after one same word: the second half of a name


def build_term_df(onet: Path) -> tuple[int, dict[str, int]]:
    with gzip.open(ROOT / "keywords" / "en_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
        lemmas: dict[str, str] = json.load(fh)
    docs: dict[str, list[str]] = defaultdict(list)
    for r in read_tsv(onet / "Occupation Data.txt"):
        docs[r["O*NET-SOC Code"]] += [r["Title"], r["Description"]]
    for r in read_tsv(onet / "Task Statements.txt"):
        docs[r["O*NET-SOC Code"]].append(r["Task"])
    for r in read_tsv(onet / "Technology Skills.txt"):
        docs[r["O*NET-SOC Code"]] += [r["Example"], r["Commodity Title"]]
    for r in read_tsv(onet / "Alternate Titles.txt"):
        docs[r["O*NET-SOC Code"]].append(r["Alternate Title"])
    df: dict[str, int] = defaultdict(int)
    for parts in docs.values():
        words = re.findall(r"[a-z][a-z0-9+#]*", " ".join(parts).casefold())
        # Short words are acronyms more often than plurals ("AWS" is no plural of "aw").
        for term in {lemmas.get(w, w) if len(w) > SHORT_WORD else w for w in words}:
            if re.fullmatch(r"[a-z][a-z0-9+#]*", term) and term != "documents":
                df[term] += 1
    # A term in one occupation only says as much as an unseen one: leave it out (smaller file).
    return len(docs), {term: n for term, n in sorted(df.items()) if n >= 2 and len(term) <= 30}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onet", type=Path, default=ROOT.parent / "shared/data/onet-29.2")
    parser.add_argument("--keywords", type=Path, default=ROOT / "keywords")
    args = parser.parse_args()
    table, names, families, words = build_titles(args.onet, args.keywords / "frameworks")
    used = sorted({code for codes in table.values() for code in codes})
    lines = [
        "# Job titles -> O*NET occupation -> role family; built by scripts/build_match_data.py",
        "# from the O*NET 29.2 Database by USDOL/ETA (CC BY 4.0). USDOL/ETA has not approved,",
        "# endorsed, or tested these modifications (titles normalised and pruned, families added).",
        "# Lines: 'family<TAB>name[<TAB>computing]', 'near<TAB>family<TAB>family<TAB>credit',",
        "# 'occupation<TAB>code<TAB>family<TAB>name', 'title<TAB>words<TAB>code',",
        "# 'word<TAB>word<TAB>family' (a word before a title's head that tells its family),",
        "# 'general<TAB>family<TAB>code<TAB>name' (a generic project title's reading outside IT).",
        f"same_family\t{SAME_FAMILY}",
    ]
    general, general_code = GENERAL_PROJECTS
    lines += [
        f"family\t{name}" + ("\tcomputing" if name in FULL_TITLES else "")
        for name in sorted({*FAMILY_BY_PREFIX.values(), general})
    ]
    lines += [f"near\t{a}\t{b}\t{credit}" for a, b, credit in RELATED]
    lines += [f"occupation\t{code}\t{families[code]}\t{names[code]}" for code in used]
    lines.append(f"general\t{general}\t{general_code}\t{names[general_code]}")
    lines += [f"title\t{title}\t{code}" for title, codes in sorted(table.items()) for code in codes]
    lines += [f"word\t{word}\t{family}" for word, family in sorted(words.items())]
    (args.keywords / "occupations.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_docs, df = build_term_df(args.onet)
    df_lines = [
        "# Document frequency of lemmas over O*NET 29.2 occupations (USDOL/ETA, CC BY 4.0; each",
        "# occupation's title, description, tasks, technologies and alternate titles as one",
        "# document); built by scripts/build_match_data.py. Lines: 'term<TAB>count'.",
        f"documents\t{n_docs}",
    ]
    df_lines += [f"{term}\t{count}" for term, count in df.items()]
    (args.keywords / "term_df.tsv").write_text("\n".join(df_lines) + "\n", encoding="utf-8")
    print(
        f"{len(table)} titles, {len(used)} occupations, {len(words)} family words; "
        f"{len(df)} terms over {n_docs} documents"
    )


if __name__ == "__main__":
    main()
