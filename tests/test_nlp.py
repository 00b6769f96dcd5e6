"""The spaCy pipeline: tokens, lemmas, sentences, and the pieces wired in the right order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from resume_kit.nlp import build_nlp, drop_whitespace_special_cases

SHARED = Path(__file__).resolve().parents[2] / "shared"
POSTINGS = SHARED / "data" / "skillspan-dev" / "postings.jsonl"

MULTILINE = (
    "Jordan Rivera\njordan@example.com | +1 555 010 2030\n\nEXPERIENCE\n"
    "• Led a team of 12 engineers.\n•\tCut costs 30%\xa0in 2021 .\r\n  \n"
    "IT Project Manager  —  Acme\t\tJan 2019 – Present\n"
)


def sample_texts() -> list[str]:
    texts = [MULTILINE, "a\n\n\nb", " leading space", "tabs\tand\xa0nbsp  double  spaces \n"]
    if POSTINGS.exists():
        with POSTINGS.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


def test_dropping_whitespace_special_cases_keeps_every_token() -> None:
    # The speed fix must not change tokenization: compare with an untouched tokenizer.
    plain = spacy.blank("en")
    fixed = spacy.blank("en")
    drop_whitespace_special_cases(fixed)
    assert all(k.strip() for k in fixed.tokenizer.rules)
    for text in sample_texts():
        assert [t.text for t in fixed.make_doc(text)] == [t.text for t in plain.make_doc(text)]


def test_pipeline_is_built_once_per_process() -> None:
    assert build_nlp() is build_nlp()


def test_lemmas_are_lowercase_lookups() -> None:
    doc = build_nlp()("Managed budgets while managing teams; Led reviews")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Managed"] == "manage"
    assert lemmas["managing"] == "manage"
    assert lemmas["budgets"] == "budget"
    assert lemmas["Led"] == "lead"


def test_every_line_and_bullet_is_its_own_sentence() -> None:
    doc = build_nlp()(
        "SKILLS\nAgile, Scrum\n• Led a team of 12\n• Cut costs 30% in six months. Then more"
    )
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == [
        "SKILLS",
        "Agile, Scrum",
        "• Led a team of 12",
        "• Cut costs 30% in six months.",
        "Then more",
    ]


def test_skills_and_metrics_land_in_span_groups() -> None:
    doc = build_nlp()("Managed a $2.5M budget using Scrum and Jira for a team of 12 engineers.")
    skills = {span.id_ for span in doc.spans["skills"]}
    assert {"scrum", "jira"} <= skills
    kinds = {span.label_ for span in doc.spans["metrics"]}
    assert {"money", "team_size"} <= kinds
    assert "skills_raw" not in doc.spans


def test_unknown_model_is_a_user_error() -> None:
    from resume_kit.errors import UsageError

    with pytest.raises(UsageError, match="not installed"):
        build_nlp("en_no_such_model_xyz")
