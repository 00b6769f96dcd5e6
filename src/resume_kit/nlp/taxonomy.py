"""The skill taxonomy: canonical skills (``skills_meta.jsonl``) and their match patterns.

Four files in ``keywords/`` make the taxonomy, all written by ``scripts/build_keywords.py``:

* ``skills_meta.jsonl``: one row per canonical skill id (display name, category, aliases, the
  broader skills it implies).
* ``skills.jsonl``: phrase patterns matched case-insensitively.
* ``skills_cased.jsonl``: phrase patterns matched on exact case (acronyms, names that are also
  ordinary words such as "Go" or "Excel").
* ``skills_lemma.jsonl``: phrase patterns matched on lemmas ("manage budget" meets "managed
  budgets").

The loaders run at every start of the CLI, so they parse plain JSON line by line and check each
row by hand (a pydantic model is only built for the few thousand metadata rows). Every problem
raises :class:`~resume_kit.errors.DataFileError` naming the file, the line and the key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from functools import cache
from typing import Any, Protocol, get_args

from resume_kit.errors import DataFileError, UsageError
from resume_kit.model.base import FrozenModel
from resume_kit.model.documents import SkillCategory
from resume_kit.resources import keywords_file

__all__ = [
    "CATEGORIES",
    "META_FILE",
    "PATTERN_FILES",
    "PATTERN_LABEL",
    "Implying",
    "SkillMeta",
    "implied_closure",
    "implied_skills",
    "load_patterns",
    "load_skill_meta",
    "parse_patterns",
    "parse_skill_meta",
]

META_FILE = "skills_meta.jsonl"
PATTERN_FILES = ("skills.jsonl", "skills_cased.jsonl", "skills_lemma.jsonl")
CATEGORIES: tuple[str, ...] = get_args(SkillCategory)
PATTERN_LABEL = "SKILL"

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_META_KEYS = frozenset({"id", "name", "category", "aliases", "implies"})
_META_REQUIRED = frozenset({"id", "name", "category"})
_PATTERN_KEYS = frozenset({"label", "pattern", "id"})


class SkillMeta(FrozenModel):
    """What the taxonomy knows about one canonical skill.

    Attributes:
        id: Stable lowercase kebab-case slug ("scrum", "ms-project").
        name: Display name ("Microsoft Project").
        category: One of :data:`resume_kit.model.documents.SkillCategory`.
        aliases: Other ways the skill is written ("MS Project", "MSP").
        implies: Ids of broader skills that having this one demonstrates (scrum -> agile).
    """

    id: str
    name: str
    category: SkillCategory
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()


def _rows(text: str, source: str) -> list[tuple[int, dict[str, Any]]]:
    """Parse JSON lines into (line number, object) pairs; blank lines are skipped."""
    rows: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(
                f"line {number}: not valid JSON ({exc.msg} at column {exc.colno}); "
                "rebuild the file with scripts/build_keywords.py",
                path=source,
            ) from None
        if not isinstance(row, dict):
            raise DataFileError(
                f"line {number}: expected a JSON object, found {type(row).__name__}", path=source
            )
        rows.append((number, row))
    return rows


def _check_keys(
    row: dict[str, Any], number: int, source: str, allowed: frozenset[str], required: frozenset[str]
) -> None:
    unknown = sorted(set(row) - allowed)
    if unknown:
        raise DataFileError(
            f"line {number}: unknown key {unknown[0]!r}; allowed keys are "
            f"{', '.join(sorted(allowed))}",
            path=source,
        )
    missing = sorted(required - set(row))
    if missing:
        raise DataFileError(f"line {number}: missing key {missing[0]!r}", path=source)


def _string_list(value: Any, number: int, source: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(
            f"line {number}: key {key!r} must be a list of non-empty strings", path=source
        )
    return tuple(value)


def parse_skill_meta(text: str, source: str = META_FILE) -> dict[str, SkillMeta]:
    """Parse and validate the text of a ``skills_meta.jsonl`` file.

    Args:
        text: The file's content.
        source: The file name or path, used in error messages.

    Returns:
        The skills by id, in file order.

    Raises:
        DataFileError: A row is not a JSON object, has an unknown or missing key, a bad id, an
            unknown category, a duplicate id, implies an unknown id, or the implies links form a
            cycle.
    """
    skills: dict[str, SkillMeta] = {}
    lines: dict[str, int] = {}
    for number, row in _rows(text, source):
        _check_keys(row, number, source, _META_KEYS, _META_REQUIRED)
        skill_id = row["id"]
        if not isinstance(skill_id, str) or not _ID_RE.match(skill_id):
            raise DataFileError(
                f"line {number}: key 'id': {skill_id!r} is not a lowercase kebab-case slug "
                "(like 'ms-project')",
                path=source,
            )
        if skill_id in skills:
            raise DataFileError(
                f"line {number}: key 'id': duplicate id {skill_id!r} (first on line "
                f"{lines[skill_id]})",
                path=source,
            )
        name = row["name"]
        if not isinstance(name, str) or not name.strip():
            raise DataFileError(
                f"line {number}: key 'name' must be a non-empty string", path=source
            )
        category = row["category"]
        if category not in CATEGORIES:
            raise DataFileError(
                f"line {number}: key 'category': unknown category {category!r}; use one of "
                f"{', '.join(CATEGORIES)}",
                path=source,
            )
        aliases = _string_list(row.get("aliases", []), number, source, "aliases")
        implies = _string_list(row.get("implies", []), number, source, "implies")
        skills[skill_id] = SkillMeta(
            id=skill_id, name=name, category=category, aliases=aliases, implies=implies
        )
        lines[skill_id] = number
    for skill in skills.values():
        for target in skill.implies:
            if target not in skills:
                raise DataFileError(
                    f"line {lines[skill.id]}: key 'implies': {skill.id!r} implies unknown id "
                    f"{target!r}",
                    path=source,
                )
    cycle = _find_cycle({s.id: s.implies for s in skills.values()})
    if cycle:
        raise DataFileError(
            f"line {lines[cycle[0]]}: key 'implies': cycle {' -> '.join(cycle)}", path=source
        )
    return skills


def _find_cycle(graph: dict[str, tuple[str, ...]]) -> list[str]:
    """Return one cycle of ``graph`` as a path that ends where it starts, or [] if none."""
    done: set[str] = set()
    for root in graph:
        if root in done:
            continue
        path = [root]
        stack = [iter(graph[root])]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                done.add(path.pop())
            elif nxt in path:
                return [*path[path.index(nxt) :], nxt]
            elif nxt not in done:
                path.append(nxt)
                stack.append(iter(graph.get(nxt, ())))
    return []


def parse_patterns(
    text: str, source: str, known_ids: set[str] | dict[str, SkillMeta]
) -> list[dict[str, Any]]:
    """Parse and validate the text of a pattern file.

    Args:
        text: The file's content.
        source: The file name or path, used in error messages.
        known_ids: The ids defined in ``skills_meta.jsonl``.

    Returns:
        The pattern rows, ready for a spaCy ``span_ruler``.

    Raises:
        DataFileError: A row is not a JSON object, has an unknown or missing key, a label other
            than ``SKILL``, an empty or malformed pattern, a duplicate pattern, or an id without a
            metadata row.
    """
    patterns: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, row in _rows(text, source):
        _check_keys(row, number, source, _PATTERN_KEYS, _PATTERN_KEYS)
        if row["label"] != PATTERN_LABEL:
            raise DataFileError(
                f"line {number}: key 'label' must be {PATTERN_LABEL!r}, not {row['label']!r}",
                path=source,
            )
        pattern = row["pattern"]
        if isinstance(pattern, str):
            if not pattern.strip():
                raise DataFileError(f"line {number}: key 'pattern' is empty", path=source)
            key = pattern
        elif (
            isinstance(pattern, list)
            and pattern
            and all(isinstance(token, dict) and token for token in pattern)
        ):
            key = json.dumps(pattern, sort_keys=True)
        else:
            raise DataFileError(
                f"line {number}: key 'pattern' must be a phrase or a non-empty list of spaCy "
                "token patterns (objects)",
                path=source,
            )
        skill_id = row["id"]
        if not isinstance(skill_id, str) or skill_id not in known_ids:
            raise DataFileError(
                f"line {number}: key 'id': {skill_id!r} has no row in {META_FILE}", path=source
            )
        if key in seen:
            raise DataFileError(
                f"line {number}: key 'pattern': duplicate pattern {pattern!r} (first on line "
                f"{seen[key]})",
                path=source,
            )
        seen[key] = number
        patterns.append(row)
    return patterns


@cache
def load_skill_meta() -> dict[str, SkillMeta]:
    """Load the shipped ``skills_meta.jsonl`` (cached).

    Returns:
        Every canonical skill by id.

    Raises:
        DataFileError: The file is missing or invalid.
    """
    resource = keywords_file(META_FILE)
    return parse_skill_meta(_read(resource, META_FILE), str(resource))


@cache
def load_patterns(name: str) -> list[dict[str, Any]]:
    """Load one shipped pattern file (cached), checked against the metadata.

    Args:
        name: ``skills.jsonl``, ``skills_cased.jsonl`` or ``skills_lemma.jsonl``.

    Returns:
        The pattern rows (``label``, ``pattern``, ``id``). Treat them as read-only: they are
        shared between callers.

    Raises:
        UsageError: ``name`` is not one of the pattern files.
        DataFileError: The file is missing or invalid.
    """
    if name not in PATTERN_FILES:
        raise UsageError(f"unknown pattern file {name!r}; use one of {', '.join(PATTERN_FILES)}")
    resource = keywords_file(name)
    return parse_patterns(_read(resource, name), str(resource), load_skill_meta())


def _read(resource: Any, name: str) -> str:
    try:
        text: str = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(
            "file is missing from the installed package; reinstall resume-kit", path=name
        ) from None
    return text


def implied_skills(skill_id: str, meta: dict[str, SkillMeta] | None = None) -> frozenset[str]:
    """Return every broader skill ``skill_id`` implies, transitively (itself excluded).

    Args:
        skill_id: A canonical skill id ("csm").
        meta: The taxonomy to use; the shipped one when None.

    Returns:
        The implied ids ("csm" -> {"scrum", "agile", "sdlc", "software-development"}).

    Raises:
        UsageError: ``skill_id`` is not in the taxonomy.
    """
    if meta is None:
        return _implied_shipped(skill_id)
    return _closure(skill_id, meta)


@cache
def _implied_shipped(skill_id: str) -> frozenset[str]:
    return _closure(skill_id, load_skill_meta())


def _closure(skill_id: str, meta: dict[str, SkillMeta]) -> frozenset[str]:
    if skill_id not in meta:
        raise UsageError(f"unknown skill id {skill_id!r}")
    return implied_closure(skill_id, meta)


class Implying(Protocol):
    """Anything with the ids a skill implies (``SkillMeta`` and the scorer's view of it)."""

    @property
    def implies(self) -> Collection[str]: ...


def implied_closure(skill_id: str, meta: Mapping[str, Implying]) -> frozenset[str]:
    """Every id ``skill_id`` implies in ``meta``, transitively (itself excluded).

    Unlike :func:`implied_skills` it takes any mapping and skips ids it does not know, so the pure
    scorer can pass whatever metadata it was given.
    """
    found: set[str] = set()
    start = meta.get(skill_id)
    todo = list(start.implies) if start is not None else []
    while todo:
        current = todo.pop()
        if current in found or current == skill_id:
            continue
        found.add(current)
        info = meta.get(current)
        if info is not None:
            todo.extend(info.implies)
    return frozenset(found)
