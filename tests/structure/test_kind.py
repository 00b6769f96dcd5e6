"""Guessing a text's kind parses it once and keeps the parse: the document is the one the
guessed kind's parser gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_kit.read.inputs import read_input
from resume_kit.structure.kind import guess_kind, parse_either
from resume_kit.structure.posting import parse_posting
from resume_kit.structure.resume import parse_resume

ROOT = Path(__file__).resolve().parents[2]
# Every resume and posting shipped for tests and examples, of each format.
FILES = [
    p
    for folder in (ROOT / "tests" / "fixtures", ROOT / "examples")
    for p in sorted(folder.iterdir())
    if p.suffix in {".txt", ".md", ".json", ".html", ".docx"} and p.name != "README.md"
]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_parse_either_is_the_guessed_kinds_parse(path: Path) -> None:
    source = read_input(path)
    document = parse_either(source)
    assert document.kind == guess_kind(source)
    parser = parse_resume if document.kind == "resume" else parse_posting
    assert document == parser(source)


def test_a_posting_with_resume_like_contact_still_reads_as_a_posting() -> None:
    from resume_kit.model.documents import SourceText

    text = (
        "Project Manager\nAcme Corp\nContact: jobs@acme.example, +1 555 010 2000\n"
        "About us\nWe are hiring.\nResponsibilities\n• Run projects\nRequirements\n"
        "• 5+ years of experience\nBenefits\n• Health\n"
    )
    source = SourceText(source="t", format="txt", text=text)
    assert parse_either(source).kind == "posting"
