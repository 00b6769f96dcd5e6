"""Competency frameworks: load, validate and choose the files that say what a role is made of.

A framework (``keywords/frameworks/<name>.yaml``; its shape is :mod:`resume_kit.model.framework`)
says which areas of competence a role has, which skill ids evidence each area, how the areas and
the components of the overall score are weighted, which title words select it and how its
seniority levels are told apart. The scorer (:mod:`resume_kit.scoring.match`) reads weights only
from there.

Files are validated strictly when loaded: an unknown key, an unknown skill id or weights that do not
add up raise :class:`~resume_kit.errors.DataFileError` naming the file, the line and the key, e.g.
``it-project-manager.yaml: line 42: area 'risk': unknown skill id 'risk-mgmt'``.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Collection, Iterator, Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from resume_kit import resources
from resume_kit.errors import DataFileError
from resume_kit.log import logger
from resume_kit.model.framework import COMPONENT_NAMES, LEVELS, Framework
from resume_kit.nlp.taxonomy import load_skill_meta

DEFAULT_FRAMEWORK = "it-project-manager"
GENERAL_FRAMEWORK = "it-general"

# Words that make an unmatched title look like project work (then the default framework applies).
_PM_WORDS = ("project", "program", "programme", "pmo", "delivery", "scrum", "agile")


# ---------------------------------------------------------------------------------------------
# YAML with line numbers


def _line_map(
    node: yaml.Node,
    path: tuple[Any, ...],
    lines: dict[tuple[Any, ...], int],
    visited: set[int] | None = None,
) -> None:
    """Record the 1-based line of every key and list item under ``node``; reject duplicate keys.

    Aliases (``*name``) are refused: a node reached twice is how a small "billion laughs" file
    expands into billions of items. Keys must be plain text (``? [a, b]`` is not).
    """
    visited = set() if visited is None else visited
    if id(node) in visited:
        raise _Located(node.start_mark.line + 1, path, "YAML aliases (*name) are not allowed")
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Located(key_node.start_mark.line + 1, path, "a key must be plain text")
            key = key_node.value
            if key in seen:
                raise _Located(key_node.start_mark.line + 1, (*path, key), "duplicate key")
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _line_map(value_node, (*path, key), lines, visited)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            _line_map(item, (*path, index), lines, visited)


class _Located(Exception):
    """A problem at a known line and key path (turned into DataFileError by the loader)."""

    def __init__(self, line: int, path: tuple[Any, ...], problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.path = path
        self.problem = problem


def _line_of(lines: dict[tuple[Any, ...], int], path: tuple[Any, ...]) -> int:
    """The line of ``path``, or of its nearest recorded parent (a missing key -> its mapping)."""
    for cut in range(len(path), 0, -1):
        if path[:cut] in lines:
            return lines[path[:cut]]
    return 1


def _describe(path: tuple[Any, ...], data: Any) -> str:
    """Say where ``path`` is in words: ``area 'risk': key 'skills[2]'``."""
    parts: list[str] = []
    rest = path
    if len(path) >= 2 and path[0] == "areas" and isinstance(path[1], int):
        area_id = None
        areas = data.get("areas") if isinstance(data, dict) else None
        if isinstance(areas, list) and path[1] < len(areas) and isinstance(areas[path[1]], dict):
            area_id = areas[path[1]].get("id")
        parts.append(f"area '{area_id}'" if area_id else f"area #{path[1] + 1}")
        rest = path[2:]
    if rest:
        key = ""
        for item in rest:
            key += f"[{item}]" if isinstance(item, int) else (f".{item}" if key else str(item))
        parts.append(f"key '{key}'")
    return ": ".join(parts) if parts else "top level"


def _compose(text: str, source: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """Parse YAML text into plain data plus a map of key paths to line numbers."""
    # libyaml's parser when PyYAML has it: five times faster, and its nodes carry the same marks.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DataFileError("line 1: the file is empty; see a shipped framework", path=source)
        lines: dict[tuple[Any, ...], int] = {(): node.start_mark.line + 1}
        try:
            _line_map(node, (), lines)
        except _Located as duplicate:
            advice = {"duplicate key": "each key may appear once"}.get(
                duplicate.problem, "write the value out instead"
            )
            raise DataFileError(
                f"line {duplicate.line}: {_describe(duplicate.path, {})}: {duplicate.problem}; "
                f"{advice}",
                path=source,
            ) from None
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(
            f"line {line}: YAML syntax error: {what}; fix the indentation or quoting there",
            path=source,
        ) from None
    finally:
        loader.dispose()
    return data, lines


# ---------------------------------------------------------------------------------------------
# Validation


def _check_weights(framework: Framework, lines: dict[tuple[Any, ...], int]) -> Iterator[_Located]:
    total = framework.weight_total
    component_sum = sum(framework.components.weight(name) for name in COMPONENT_NAMES)
    if not math.isclose(component_sum, total, abs_tol=1e-6):
        yield _Located(
            _line_of(lines, ("components",)),
            ("components",),
            f"component weights add up to {component_sum:g}, not weight_total {total:g}",
        )
    area_sum = sum(area.weight for area in framework.areas)
    if not math.isclose(area_sum, total, abs_tol=1e-6):
        yield _Located(
            _line_of(lines, ("areas",)),
            ("areas",),
            f"area weights add up to {area_sum:g}, not weight_total {total:g}",
        )
    if framework.role_fit.title + framework.role_fit.skills <= 0:
        yield _Located(
            _line_of(lines, ("role_fit",)),
            ("role_fit",),
            "title and skills are both 0: role fit needs one of them above 0",
        )
    levels = framework.seniority
    for index, name in enumerate(LEVELS):
        level = levels.level(name)
        if level.max_years is not None and level.max_years < level.min_years:
            yield _Located(
                _line_of(lines, ("seniority", name)),
                ("seniority", name),
                "max_years is below min_years",
            )
        if index and level.min_years < levels.level(LEVELS[index - 1]).min_years:
            yield _Located(
                _line_of(lines, ("seniority", name)),
                ("seniority", name),
                "min_years must not be below the level before it",
            )


def _check_skills(
    framework: Framework, lines: dict[tuple[Any, ...], int], skill_ids: Collection[str]
) -> Iterator[_Located]:
    seen_areas: set[str] = set()
    for a_index, area in enumerate(framework.areas):
        if area.id in seen_areas:
            path: tuple[Any, ...] = ("areas", a_index, "id")
            yield _Located(_line_of(lines, path), path, f"area id '{area.id}' is used twice")
        seen_areas.add(area.id)
        seen: set[str] = set()
        for s_index, skill in enumerate(area.skills):
            path = ("areas", a_index, "skills", s_index)
            if skill not in skill_ids:
                yield _Located(
                    _line_of(lines, path),
                    ("areas", a_index),
                    f"unknown skill id '{skill}'; use an id from keywords/skills_meta.jsonl",
                )
            elif skill in seen:
                yield _Located(_line_of(lines, path), ("areas", a_index), f"'{skill}' listed twice")
            seen.add(skill)


def parse_framework(text: str, source: str, skill_ids: Collection[str]) -> Framework:
    """Parse and validate the YAML text of a framework.

    Args:
        text: The YAML document.
        source: The file it came from (used in error messages and as the default name).
        skill_ids: The canonical skill ids areas may name.

    Returns:
        The validated framework.

    Raises:
        DataFileError: The text is not valid YAML, has an unknown or missing key, names an unknown
            skill id, or has weights that do not add up; the message names line and key.
    """
    data, lines = _compose(text, source)
    if not isinstance(data, dict):
        raise DataFileError("line 1: a framework must be a YAML mapping (key: value)", path=source)
    if "source" in data:
        raise DataFileError(
            f"line {lines[('source',)]}: key 'source': unknown key; remove it", path=source
        )
    try:
        framework = Framework.model_validate({**data, "source": source})
    except ValidationError as exc:
        error = exc.errors()[0]  # the first problem, in file order as pydantic reports it
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            problem = "unknown key; check the spelling against a shipped framework"
        elif error["type"] == "missing":
            problem = "missing"
        else:
            problem = error["msg"].lower()
        raise DataFileError(
            f"line {_line_of(lines, loc)}: {_describe(loc, data)}: {problem}", path=source
        ) from None
    for found in (*_check_weights(framework, lines), *_check_skills(framework, lines, skill_ids)):
        raise DataFileError(
            f"line {found.line}: {_describe(found.path, data)}: {found.problem}", path=source
        )
    if framework.role_fit.neighbour_credit is not None:
        # Still accepted, so that a framework written for an earlier release loads; said once
        # per file (the parse is cached), since the number no longer changes any score.
        where = _line_of(lines, ("role_fit", "neighbour_credit"))
        logger.warning(
            "%s: line %s: role_fit.neighbour_credit is no longer used (how near two occupations "
            "are comes from the occupation table); remove it",
            source,
            where,
        )
    return framework


# ---------------------------------------------------------------------------------------------
# Loading


@functools.cache
def _shipped_files() -> dict[str, Traversable]:
    # Cached: the installed package's files do not change while it runs, and choosing a
    # framework for each of thousands of ranked postings would otherwise list the folder each time.
    folder = resources.frameworks_dir()
    return {
        entry.name.removesuffix(".yaml"): entry
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and entry.is_file()
    }


@functools.cache
def _shipped_skill_ids() -> frozenset[str]:
    """Ids of the skills in the shipped ``keywords/skills_meta.jsonl``."""
    return frozenset(load_skill_meta())


def list_frameworks() -> list[tuple[str, str]]:
    """List the shipped frameworks.

    Returns:
        ``(name, description)`` pairs sorted by name.
    """
    return [(name, load_framework(name).description) for name in sorted(_shipped_files())]


def load_framework(name_or_path: str, *, skill_ids: Collection[str] | None = None) -> Framework:
    """Load a shipped framework by name, or a user's framework file by path.

    Args:
        name_or_path: A shipped name ("it-project-manager") or a path to a ``.yaml`` file.
        skill_ids: The skill ids areas may name; the shipped taxonomy when None.

    Returns:
        The validated framework (cached: the same object for the same file and skill ids).

    Raises:
        DataFileError: Unknown name (the message lists the known ones), unreadable file, or an
            invalid file (the message names the line and the key).
    """
    known = frozenset(skill_ids) if skill_ids is not None else _shipped_skill_ids()
    shipped = _shipped_files()
    if name_or_path in shipped:
        return _load_shipped(name_or_path, known)
    looks_like_path = name_or_path.endswith((".yaml", ".yml")) or os.sep in name_or_path
    if not looks_like_path:
        names = ", ".join(sorted(shipped))
        raise DataFileError(
            f"unknown framework '{name_or_path}'; choose one of: {names} (or give a .yaml path)"
        )
    path = Path(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise DataFileError(
            f"cannot read the framework file ({reason}); check the path", path=name_or_path
        ) from None
    return _load_cached(name_or_path, text, known)


@functools.lru_cache(maxsize=64)
def _load_shipped(name: str, skill_ids: frozenset[str]) -> Framework:
    entry = _shipped_files()[name]
    return _load_cached(str(entry), entry.read_text(encoding="utf-8"), skill_ids)


@functools.lru_cache(maxsize=64)
def _load_cached(source: str, text: str, skill_ids: frozenset[str]) -> Framework:
    # Keyed on the text too, so an edited user file is re-read rather than served stale.
    return parse_framework(text, source, skill_ids)


# ---------------------------------------------------------------------------------------------
# Choosing a framework for a posting title


def normalise_title(title: str) -> str:
    """Lowercase a title, drop parentheses' content markers and punctuation; pad with spaces."""
    text = title.casefold().replace("&", " and ")
    text = re.sub(r"[^a-z0-9+#]+", " ", text)
    return f" {' '.join(text.split())} "


@functools.lru_cache(maxsize=256)
def _normalised(titles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalise_title(title) for title in titles)


@functools.cache
def _title_table() -> dict[str, str]:
    """Exact-title -> framework table derived from O*NET alternate titles (keywords/titles.json)."""
    entry = resources.keywords_file("titles.json")
    if not entry.is_file():
        return {}
    data = json.loads(entry.read_text(encoding="utf-8"))
    return {normalise_title(title): name for title, name in data.get("titles", {}).items()}


def _strip_level_words(norm: str, frameworks: list[Framework]) -> str:
    cues = {
        cue
        for framework in frameworks
        for name in LEVELS
        for cue in framework.seniority.level(name).title_cues
        if " " not in cue
    }
    words = [word for word in norm.split() if word not in cues]
    return f" {' '.join(words)} "


@functools.cache
def _shipped_frameworks() -> list[Framework]:
    return [load_framework(name) for name in sorted(_shipped_files())]


@functools.lru_cache(maxsize=1024)
def framework_by_keyword(title: str) -> tuple[Framework, str] | None:
    """The shipped framework whose title keyword is the longest phrase in ``title``, if any.

    Args:
        title: A title or a job area ("Project Management").

    Returns:
        The framework and the keyword found (ties: the framework name, alphabetically), or None.
    """
    norm = normalise_title(title)
    best: tuple[int, int, str] | None = None
    best_framework: Framework | None = None
    for framework in _shipped_frameworks():
        phrases = framework.title_keywords
        for phrase, key in zip(phrases, _normalised(phrases), strict=True):
            if key.strip() and key in norm:
                rank = (len(key.split()), len(key), phrase)
                if best is None or rank[:2] > best[:2]:
                    best, best_framework = rank, framework
    return None if best is None or best_framework is None else (best_framework, best[2])


@functools.lru_cache(maxsize=1024)  # ranking asks for the same few titles again and again
def choose_framework(posting_title: str | None, *, field: str = "title") -> tuple[Framework, str]:
    """Pick the framework whose title keywords best match a posting title.

    The longest matching keyword phrase wins (ties: the framework name, alphabetically). A title
    that matches no phrase but an O*NET alternate title (``keywords/titles.json``) uses that
    table; otherwise a project-ish title gets the default framework and any other title the
    generic IT one.

    Args:
        posting_title: The posting's title, or None when it has none.
        field: What the text is, for the reason: "title", or "job area" when a posting without
            a title names its area ("Professional Area: Project Management").

    Returns:
        The framework and one sentence saying why it was chosen.
    """
    if not posting_title or not posting_title.strip():
        return (
            load_framework(DEFAULT_FRAMEWORK),
            f"chose {DEFAULT_FRAMEWORK} (the default) because the posting has no title",
        )
    frameworks = _shipped_frameworks()
    norm = normalise_title(posting_title)
    keyword = framework_by_keyword(posting_title)
    if keyword is not None:
        best_framework, phrase = keyword
        return (
            best_framework,
            f"chose {best_framework.name} because the {field} '{posting_title.strip()}' "
            f"contains '{phrase}'",
        )
    table_name = _title_table().get(_strip_level_words(norm, frameworks))
    if table_name is not None and table_name in _shipped_files():
        return (
            load_framework(table_name),
            f"chose {table_name} because O*NET lists '{posting_title.strip()}' as an "
            "alternate title of that occupation",
        )
    words = norm.split()
    pm_word = next((word for word in _PM_WORDS if word in words), None)
    if pm_word is not None:
        return (
            load_framework(DEFAULT_FRAMEWORK),
            f"chose {DEFAULT_FRAMEWORK} (the default) because the {field} "
            f"'{posting_title.strip()}' contains '{pm_word}' but no more specific role",
        )
    return (
        load_framework(GENERAL_FRAMEWORK),
        f"chose {GENERAL_FRAMEWORK} because the {field} '{posting_title.strip()}' names no "
        "project-management role",
    )


def choose_framework_by_skills(weights: Mapping[str, float]) -> tuple[Framework, str]:
    """Pick a framework for a posting without a title, from the skills it asks for.

    The framework whose areas name the largest share of the posting's requirement weight wins;
    the default framework keeps ties (and postings that ask for nothing).

    Args:
        weights: Requirement weight per skill id asked for.

    Returns:
        The framework and one sentence saying why it was chosen.
    """
    total = sum(weights.values())
    default = load_framework(DEFAULT_FRAMEWORK)
    if total <= 0:
        return default, f"chose {DEFAULT_FRAMEWORK} (the default) because the posting has no title"

    def share(framework: Framework) -> float:
        return sum(w for skill, w in weights.items() if skill in framework.skill_ids) / total

    best, best_share = default, share(default)
    for framework in _shipped_frameworks():
        value = share(framework)
        if value > best_share + 1e-9:
            best, best_share = framework, value
    return (
        best,
        f"chose {best.name} because the posting has no title and {best_share:.0%} of the weight "
        "of the skills it asks for is in that framework's areas"
        + (" (the default keeps ties)" if best is default else ""),
    )
