"""Which occupation a job title names, and how near two occupations are.

``keywords/occupations.tsv`` (built by ``scripts/build_match_data.py`` from O*NET 29.2 alternate
and reported titles) maps title words to an O*NET occupation, each occupation to a role family
("software", "data", "project-delivery", "finance"...), and says how near two families are. A title
is read by its longest known phrase ("Senior Java Developer / Team Lead" -> "java developer" ->
Computer Programmers -> software). A title on several lines (O*NET files it about evenly under
several families: "IT Specialist") names each of those occupations. The file is validated strictly
when loaded: a line that does not parse, an unknown family or occupation, a credit outside 0-1
raise ``DataFileError`` naming the file and the line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from resume_kit import resources
from resume_kit.errors import DataFileError

OCCUPATIONS_FILE = "occupations.tsv"
MAX_TITLE_WORDS = 5  # the longest title phrase in the table

# Level and employment words a title carries that say nothing about the occupation (the build
# script drops the same words from the table's titles).
LEVEL_WORDS = frozenset(
    str.split(
        "senior sr junior jr lead principal staff chief head associate assistant intern trainee "
        "entry level i ii iii iv v mid experienced remote contract contractor temporary part full "
        "time"
    )
)
# The family the shipped table's 'general' line declares: general project management (O*NET
# 13-1082 outside IT), what a generic project title ("Project Manager") reads as when the work is
# not IT (:mod:`resume_kit.scoring.role_fit`). The table holds the family, its occupation and its
# nearness; this name is for code that asks for it.
GENERAL_PROJECTS = "project-general"
_WORD = re.compile(r"[a-z0-9+#]+")
_TITLE_WORDS = re.compile(r"[a-z0-9+#]+(?: [a-z0-9+#]+)*")  # a table title: words, one space


class Occupation(NamedTuple):
    """An O*NET occupation and the role family it belongs to."""

    code: str
    name: str
    family: str


class TitleMatch(NamedTuple):
    """A known title phrase found in a text, with the word it starts at.

    ``occupations`` holds one occupation, or several when O*NET files the title about evenly
    under several families ("IT Specialist": user support and systems administration): the
    title is read as each of them equally.
    """

    phrase: str
    occupations: tuple[Occupation, ...]
    word: int


@dataclass(frozen=True)
class OccupationTable:
    """Titles, occupations and family nearness, as loaded from ``occupations.tsv``."""

    titles: dict[str, tuple[Occupation, ...]]
    same_family: float
    near: dict[frozenset[str], float] = field(default_factory=dict)
    # Words before a title's head that tell its family ("analytics" -> data).
    words: dict[str, str] = field(default_factory=dict)
    # The computing families (software, data, infrastructure...), the tool's users' own.
    computing: frozenset[str] = frozenset()
    # The occupation a generic project title reads as outside IT (the 'general' line; None:
    # the table has none, and such titles keep the table's reading).
    general_projects: Occupation | None = None
    # The first word of every title: most words of a text start none, and are passed at once.
    first_words: frozenset[str] = field(init=False)
    # The last word of every title ("engineer", "nurse"): where a title written in prose ends.
    heads: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "first_words", frozenset(title.split(" ", 1)[0] for title in self.titles)
        )
        object.__setattr__(
            self, "heads", frozenset(title.rsplit(" ", 1)[-1] for title in self.titles)
        )

    def similarity(self, a: Occupation, b: Occupation) -> float:
        """1 for the same occupation, ``same_family`` within a family, the family nearness else.

        The same O*NET code read in two families (a generic project title read as IT or as
        general project work) is two occupations.
        """
        if a.code == b.code and a.family == b.family:
            return 1.0
        if a.family == b.family:
            return self.same_family
        return self.near.get(frozenset((a.family, b.family)), 0.0)

    def find(
        self, text: str, *, limit: int | None = None, most: int | None = None
    ) -> list[TitleMatch]:
        """Known title phrases in ``text``, longest first at each place, left to right.

        Level words ("Senior", "II") are skipped wherever they stand, as the table's titles
        were built without them.

        Args:
            text: A title, a headline or prose.
            limit: Read only the first ``limit`` words.
            most: Stop after this many matches.

        Returns:
            The non-overlapping matches in text order.
        """
        words: list[str] = []
        places: list[int] = []
        for place, match in enumerate(_WORD.finditer(text.casefold().replace("&", " and "))):
            if limit is not None and place >= limit:
                break
            if match.group() not in LEVEL_WORDS:
                words.append(match.group())
                places.append(place)
        titles, first_words = self.titles, self.first_words
        found: list[TitleMatch] = []
        start = 0
        while start < len(words) and (most is None or len(found) < most):
            if words[start] not in first_words:
                start += 1
                continue
            for size in range(min(MAX_TITLE_WORDS, len(words) - start), 0, -1):
                phrase = " ".join(words[start : start + size])
                occupations = titles.get(phrase)
                if occupations is not None:
                    found.append(TitleMatch(phrase, occupations, places[start]))
                    start += size
                    break
            else:
                start += 1
        return found

    def family_words(self, title: str) -> tuple[str, str] | None:
        """The family the words of a title the table does not know point to, and the word.

        "Senior Analytics Engineer" -> ("data", "analytics"): the family most of its family
        words name (ties: the first named).
        """
        named = [
            (self.words[word], word)
            for word in _WORD.findall(title.casefold())
            if word in self.words
        ]
        if not named:
            return None
        votes: dict[str, int] = {}
        for family, _ in named:
            votes[family] = votes.get(family, 0) + 1
        best = max(votes.values())
        return next((family, word) for family, word in named if votes[family] == best)


def parse_occupations(lines: Iterable[str], source: str) -> OccupationTable:
    """Parse and validate the lines of ``occupations.tsv``.

    Raises:
        DataFileError: A line does not parse or names an unknown family or occupation; the
            message names the file and the line.
    """
    families: set[str] = set()
    occupations: dict[str, Occupation] = {}
    titles: dict[str, tuple[Occupation, ...]] = {}
    near: dict[frozenset[str], float] = {}
    family_words: dict[str, str] = {}
    computing: set[str] = set()
    general: Occupation | None = None
    same_family: float | None = None

    def fail(number: int, problem: str) -> DataFileError:
        return DataFileError(f"line {number}: {problem}", path=source)

    def credit(number: int, value: str) -> float:
        try:
            result = float(value)
        except ValueError:
            raise fail(number, f"'{value}' is not a number") from None
        if not 0.0 <= result <= 1.0:
            raise fail(number, f"credit {value} is outside 0-1")
        return result

    def family(number: int, name: str) -> str:
        if name not in families:
            raise fail(number, f"unknown family '{name}'; declare it on a 'family' line first")
        return name

    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        kind, *rest = line.split("\t")
        # Title lines first: they are nearly all the file.
        if kind == "title" and len(rest) == 2:
            words, code = rest
            if not _TITLE_WORDS.fullmatch(words):
                raise fail(number, f"title '{words}' must be lowercase words split by one space")
            occupation = occupations.get(code)
            if occupation is None:
                raise fail(number, f"unknown occupation '{code}'; add an 'occupation' line")
            # A title on several lines names several occupations, read as each equally.
            known = titles.get(words, ())
            if occupation not in known:
                titles[words] = (*known, occupation)
        elif kind == "same_family" and len(rest) == 1:
            same_family = credit(number, rest[0])
        elif (
            kind == "family" and len(rest) in (1, 2) and rest[0] and rest[1:] in ([], ["computing"])
        ):
            families.add(rest[0])
            if rest[1:]:
                computing.add(rest[0])
        elif kind == "near" and len(rest) == 3:
            near[frozenset((family(number, rest[0]), family(number, rest[1])))] = credit(
                number, rest[2]
            )
        elif kind == "occupation" and len(rest) == 3 and rest[0] and rest[2]:
            occupations[rest[0]] = Occupation(rest[0], rest[2], family(number, rest[1]))
        elif kind == "general" and len(rest) == 3 and rest[1] and rest[2]:
            # Its own line, not an 'occupation' one: the code is also read in its O*NET family.
            general = Occupation(rest[1], rest[2], family(number, rest[0]))
        elif kind == "word" and len(rest) == 2 and rest[0] and _WORD.fullmatch(rest[0]):
            family_words[rest[0]] = family(number, rest[1])
        else:
            raise fail(
                number,
                f"cannot read '{line[:60]}'; expected same_family, family, near, occupation, "
                "title, word or general and its tab-separated fields",
            )
    if same_family is None:
        raise DataFileError("no 'same_family' line; add one", path=source)
    return OccupationTable(
        titles, same_family, near, family_words, frozenset(computing), general_projects=general
    )


@functools.cache
def load_occupations() -> OccupationTable:
    """The shipped occupation table (cached)."""
    return parse_occupations(resources.read_keywords_lines(OCCUPATIONS_FILE), OCCUPATIONS_FILE)
