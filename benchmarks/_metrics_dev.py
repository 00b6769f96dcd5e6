"""The metric development set: how its lines are cut from ``../shared/data`` and found again.

The set (``benchmarks/data/metrics_dev.jsonl``) stores no text, only keys: a source, the index
of a line in that source's lines, and a hash of the line. This module is the one definition of
"the lines of a source", used by the checker (``metrics_dev_check.py``), by the measure
(``metrics_real.py``) and when labelling. See ``benchmarks/data/README.md`` for the rule in words.

Sources:

* ``real-resume-texts/<file>.jsonl:<record id>``: a record's ``text``, with the florex corpus's
  search-highlight tags (``<span class="hl">``) removed and HTML entities decoded. These texts are
  split by this module alone (no resume_kit code), so the keys do not move when the readers change.
* ``real-resumes/<pdf|docx|txt>/<file>``: the file read by ``resume_kit.read.read_source``
  (PDF and Word need a reader); its ``.text``. A change to a reader can move these keys: the
  checker then says which.

Either text is then cut into lines by :func:`split_lines`.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from functools import cache
from pathlib import Path

from _common import ROOT, SHARED

DATA = SHARED / "data"
DEV_SET = ROOT / "benchmarks" / "data" / "metrics_dev.jsonl"

# Where a text is cut: line breaks; runs of two or more spaces (the flattened Livecareer texts have
# them where the page had a line break); a bullet glyph between spaces (" ? " in the florex texts
# is a bullet that cp1252 could not hold, " · " in Livecareer skill lists); a sentence end
# (., ! or ? after a letter, digit, "%" or ")") followed by spaces and a capital letter.
_CUT = re.compile(
    r"[\n\r\f\v\x85\u2028\u2029]+"
    r"|[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]{2,}"
    r"|\s+[?·•●▪■◦○►▶➢➤✓✔❖♦◆]\s+"
    r"|(?<=[\w%)][.!?])\s+(?=[A-Z])"
)
# Bullet glyphs, dashes and spaces at the start of a line (private-use code points are the Symbol
# and Wingdings bullets of Word files).
_LEAD = re.compile(r"^[\s?·•●▪■◦○►▶➢➤✓✔❖♦◆*\-–—\ue000-\uf8ff]+")
_HIGHLIGHT = re.compile(r"</?span\b[^>]*>")


def split_lines(text: str) -> list[str]:
    """A text's lines as the development set counts them.

    The text is cut (see ``_CUT``), each piece loses its leading bullet glyphs and dashes, and every
    run of whitespace becomes one space; empty pieces are dropped. A line's index is its position in
    this list.
    """
    lines = []
    for piece in _CUT.split(text):
        line = " ".join(_LEAD.sub("", piece).split())
        if line:
            lines.append(line)
    return lines


def line_hash(line: str) -> str:
    """The first 16 hex digits of the SHA-256 of a line (as :func:`split_lines` gives it)."""
    return hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]


@cache
def _jsonl_records(relative: str) -> dict[str, str]:
    with (DATA / relative).open(encoding="utf-8") as fh:
        return {row["id"]: row["text"] for row in map(json.loads, fh)}


@cache
def source_lines(source: str) -> list[str] | None:
    """The lines of a source key, or None when the source is not there any more."""
    if ".jsonl:" in source:
        relative, record = source.split(":", 1)
        path = DATA / relative
        if not path.is_file():
            return None
        text = _jsonl_records(relative).get(record)
        if text is None:
            return None
        return split_lines(html.unescape(_HIGHLIGHT.sub("", text)))
    path = DATA / source
    if not path.is_file():
        return None
    from resume_kit.errors import ResumeKitError
    from resume_kit.read import read_source

    try:
        return split_lines(read_source(path).text)
    except ResumeKitError:
        return None


def all_sources() -> list[str]:
    """Every source key of the shared data the set may draw from, in a fixed order."""
    keys = []
    for path in sorted((DATA / "real-resume-texts").glob("*.jsonl")):
        relative = path.relative_to(DATA).as_posix()
        keys += [f"{relative}:{record}" for record in _jsonl_records(relative)]
    for folder in ("pdf", "docx", "txt"):
        for path in sorted((DATA / "real-resumes" / folder).iterdir()):
            keys.append(path.relative_to(DATA).as_posix())
    return keys


def load_dev_set(path: Path = DEV_SET) -> list[dict[str, object]]:
    """The labelled lines, one dict per line of the JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def resolve(entry: dict[str, object]) -> tuple[str | None, str]:
    """The line an entry names, or None and why it does not resolve."""
    lines = source_lines(str(entry["source"]))
    index = entry["line_index"]
    if lines is None:
        return None, "source not found"
    if not isinstance(index, int) or not 0 <= index < len(lines):
        return None, f"line {index} out of range (the source has {len(lines)} lines)"
    line = lines[index]
    if line_hash(line) != entry["line_hash"]:
        return None, "hash differs (the line changed)"
    for metric in entry["metrics"]:  # type: ignore[attr-defined]
        if not 0 <= metric["start"] < metric["end"] <= len(line):
            return None, f"span {metric['start']}-{metric['end']} outside the line ({len(line)})"
    return line, ""
