"""The ``extract --json`` line is written by orjson: the same bytes pydantic's serializer writes."""

from __future__ import annotations

import functools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticSerializationError

import resume_kit
from resume_kit.cli.batch import document_json_line
from resume_kit.model.documents import Document, Metric, Posting, Requirement, SourceText

_POSTING = """Project Manager – Logistics

Requirements
• Must have PMP and 5+ years with Jira and MS Project.
• Agile or Scrum experience is a plus; SQL preferred.
• Cut delivery costs by 12.5% and led a team of 8 “analysts”.
"""

_RESUME = """Jo Doe
jo@example.com

EXPERIENCE
Project Manager, Acme (2019 – Present)
• Led 12 projects worth $2.5M with Jira and Scrum, on time 98% of the time.
• Reduced costs from $400K to $310K (PMP, Agile).
"""


def _plain_line(document: Document) -> str:
    """The line as pydantic's serializer and json.dumps write it."""
    line = document.model_dump_json()
    if not isinstance(document, Posting):
        return line
    required, preferred = json.dumps(document.required), json.dumps(document.preferred)
    return f'{line[:-1]},"required":{required},"preferred":{preferred}}}'


@functools.cache
def _extracted() -> tuple[Document, ...]:
    posting = resume_kit.load_posting(SourceText(source="p.txt", format="txt", text=_POSTING))
    resume = resume_kit.load_resume(SourceText(source="r.txt", format="txt", text=_RESUME))
    return tuple(resume_kit.extract([posting, resume]))


def test_an_extracted_posting_and_resume_are_written_as_pydantic_writes_them() -> None:
    posting, resume = _extracted()
    assert posting.skills and posting.requirements and resume.metrics
    for document in (posting, resume):
        assert document_json_line(document) == _plain_line(document)
    odd = posting.model_copy(
        update={
            "title": 'Line\nbreak "quoted" \\ back\x00\x1f\x7f\u2028 é 😀',
            "requirements": [
                Requirement(id="naïve-id", level="required", count=1),
                Requirement(id='q"uote', level="preferred", count=2, in_title=True),
            ],
        }
    )
    assert document_json_line(odd) == _plain_line(odd)
    assert json.loads(document_json_line(odd))["required"] == ["naïve-id"]


_FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**20), 10**20).map(float)


@settings(max_examples=300, deadline=None)
@given(_FLOATS, _FLOATS, st.text(max_size=12), st.floats(min_value=0, max_value=1))
def test_numbers_and_strings_are_written_as_pydantic_writes_them(
    value: float, high: float, text: str, confidence: float
) -> None:
    _, resume = _extracted()
    metric = Metric(
        text=text, value=value, high=high, kind="count", start=0, end=1, sentence=text,
        sentence_start=0, sentence_end=1, section="experience", verb=text or None,
    )  # fmt: skip
    sections = [s.model_copy(update={"confidence": confidence}) for s in resume.sections]
    document = resume.model_copy(update={"metrics": [metric], "sections": sections})
    assert document_json_line(document) == _plain_line(document)


def test_what_neither_can_write_fails_as_pydantic_fails() -> None:
    _, resume = _extracted()
    broken = resume.model_copy(update={"summary": "lone \ud800 surrogate"})
    with pytest.raises(PydanticSerializationError):
        document_json_line(broken)


def test_what_orjson_refuses_is_written_by_pydantic() -> None:
    # orjson reads each model's fields with a C-level getter; a value it cannot write (an int
    # past 64 bits, a value of no JSON type) still makes the line pydantic's serializer writes.
    posting, _ = _extracted()
    huge = Requirement(id="jira", level="required", count=10**30)
    big = posting.model_copy(update={"requirements": [huge]})
    assert document_json_line(big) == _plain_line(big)
    assert json.loads(document_json_line(big))["requirements"][0]["count"] == 10**30
