"""The build rules of keywords/occupations.tsv (scripts/build_match_data.py) on small fixtures."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_match_data.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_match_data", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


FAMILIES = {
    "15-1299.09": "project-delivery",
    "13-1082.00": "project-delivery",
    "11-3021.00": "it-management",
    "11-9021.00": "management",
    "15-1232.00": "it-support",
    "15-1244.00": "infrastructure",
    "15-1212.00": "security",
    "15-1211.00": "business-analysis",
    "15-1253.00": "software",
}
FRAMINGS = {"project-delivery": [["project", "manager"], ["project", "coordinator"]]}


def test_a_title_no_project_framework_names_is_not_project_delivery(build: ModuleType) -> None:
    """'IT Manager' filed under IT PMs and IT managers reads as the IT managers; filed under IT
    PMs alone ('IT Supervisor') it falls back to the IT managers' occupation; a title with a
    framework's phrase keeps its project reading; a title a framework lists is only that."""
    framed = build.framed
    assert framed("it manager", ["15-1299.09", "11-3021.00"], FAMILIES, FRAMINGS) == ["11-3021.00"]
    assert framed("it supervisor", ["15-1299.09"], FAMILIES, FRAMINGS) == ["11-3021.00"]
    assert framed("it project manager", ["15-1299.09"], FAMILIES, FRAMINGS) == ["15-1299.09"]
    assert framed("project coordinator", ["13-1082.00", "11-9021.00"], FAMILIES, FRAMINGS) == [
        "13-1082.00"
    ]
    # Families no framework describes are left as O*NET files them.
    assert framed("it specialist", ["15-1232.00", "15-1244.00"], FAMILIES, FRAMINGS) == [
        "15-1232.00",
        "15-1244.00",
    ]


def test_ties_and_spread_titles(build: ModuleType) -> None:
    """A title no family holds a majority of is read as each computing family with half the
    top's votes; an even tie is settled by the longer titles that extend it."""
    votes: dict[tuple[str, str], int] = defaultdict(int)
    codes = ["15-1212.00", "15-1253.00", "15-1211.00", "15-1232.00"]
    for code, n in zip(codes, (4, 3, 3, 1), strict=True):
        votes["it analyst", FAMILIES[code]] = n
    seen = {"it analyst": codes}
    got = build.title_codes("it analyst", codes, votes, FAMILIES, build.Extensions(seen, FAMILIES))
    assert got == ["15-1212.00", "15-1253.00", "15-1211.00"]  # user support: under half of 4
    votes["it specialist", "infrastructure"] = votes["it specialist", "it-support"] = 3
    seen = {
        "it specialist": ["15-1244.00", "15-1232.00"],
        "it support specialist": ["15-1232.00"],
        "it help desk specialist": ["15-1232.00"],
        "it systems specialist": ["15-1244.00"],
    }
    longer = build.Extensions(seen, FAMILIES)
    got = build.title_codes("it specialist", seen["it specialist"], votes, FAMILIES, longer)
    assert got == ["15-1232.00", "15-1244.00"]


def test_the_second_half_of_a_two_word_name_is_no_family_word(build: ModuleType) -> None:
    """'chain' comes only after 'supply' ("Supply Chain Analyst"): alone ("chain of stores")
    it names no family; 'supply', standing first, still does."""
    families = {"13-1081.00": "business-operations"}
    seen = {
        f"supply chain {head}": ["13-1081.00"]
        for head in ("analyst", "specialist", "coordinator", "manager")
    }
    words = build.build_words(seen, families, {"analyst", "specialist", "coordinator", "manager"})
    assert words.get("supply") == "business-operations"
    assert "chain" not in words


def test_every_override_can_be_looked_up(build: ModuleType) -> None:
    """The lookup skips level words ("lead", "senior"): an override naming one would never
    match, so none does, and each is already in normal form."""
    for form in build.OVERRIDES:
        assert build.normalise(form) == form, form
