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


def test_lemmas_are_the_tables_lookup_of_every_word() -> None:
    """The lemmatizer's array search gives each token what a plain dict lookup of its lower-case
    form gives, the form itself for words not in the table (numbers, names, odd characters)."""
    from resume_kit.nlp.components import load_lemma_table

    table = load_lemma_table()
    words = sorted(table)[::997][:40]  # table words from all over the alphabet
    others = ["Zyxqv", "ACME", "2019", "$5M", "naïve", "Łódź", "\n", "C++", "a", "zzzz", "Was"]
    text = " ".join([*words, *(w.upper() for w in words), *(w.title() for w in words), *others])
    doc = build_nlp()(text)
    assert [t.lemma_ for t in doc] == [table.get(t.lower_, t.lower_) for t in doc]
