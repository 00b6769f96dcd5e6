"""Our spaCy components in the built pipeline: lowercase lemmas and a sentence per line."""

from __future__ import annotations

from resume_kit.nlp.pipeline import build_nlp


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
