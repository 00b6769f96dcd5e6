"""Degree fields: the skills a posting names only as the field of a degree it asks for."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from resume_kit.model.documents import Mention, Posting
from resume_kit.structure.wordsearch import compile_word_alternatives

# "a degree in Computer Science, Information Technology or a related field": the skills named
# after "degree in" / "bachelor's of" / "MSc in" are the degree's field, which the degree check
# weighs, not skill requirements. Built to skip to the names' first letters (the search was a
# tenth of the scorer's time; a third of that now).
_DEGREE_FIELD_LEAD = compile_word_alternatives(
    (
        (name, True)
        for name in (
            "degree", "bachelor'?s?", "master'?s?", r"b\.?sc?", r"m\.?sc?", r"b\.?a", r"m\.?a",
            r"ph\.?\s?d", "mba", "diploma",
        )
    ),
    then=r"(?i:\b[^.;:\n]{0,40}?\b(?:in|of)\s+)",
)  # fmt: skip
_FIELD_LIST = re.compile(r"[\w\s,/&()'-]{0,80}")  # more field names in between, no clause break


def degree_field_ids(posting: Posting) -> frozenset[str]:
    """Skills the posting names only as the field of a degree ("a degree in Computer Science").

    They belong to the degree check, not to the skills asked for: a resume rarely "mentions"
    Computer Science as a skill, and telling the reader to add it to a bullet would be wrong.

    Args:
        posting: The extracted posting.

    Returns:
        Ids of requested skills every mention of which follows "degree in" / "bachelor's in" /
        "master of" in the same sentence, with only more field names in between.
    """
    text = posting.text
    leads = [lead.end() for lead in _DEGREE_FIELD_LEAD.finditer(text)]
    if not leads:
        return frozenset()
    requested = {r.id for r in posting.requirements}

    def follows_degree(mention: Mention) -> bool:
        # The nearest "degree in" before the mention, in its sentence, with only a list between.
        position = bisect.bisect_right(leads, mention.start) - 1
        if position < 0 or leads[position] < mention.sentence_start:
            return False
        return _FIELD_LIST.fullmatch(text, leads[position], mention.start) is not None

    return frozenset(
        hit.id
        for hit in posting.skills
        if hit.id in requested and hit.mentions and all(map(follows_degree, hit.mentions))
    )


def degree_field_note(names: Sequence[str]) -> str:
    """The report's note on the skills asked only as a degree's field (their display names)."""
    return (
        f"{', '.join(names)} is asked as the field of a degree, so it counts in the degree check "
        "(credentials), not as a skill requirement."
    )
