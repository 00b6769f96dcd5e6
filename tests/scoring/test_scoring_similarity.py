"""Text similarity: shared wording, rare words weighing most, the shared terms named."""

from __future__ import annotations

import pytest
from match_builders import BASE_RESUME, make_posting, make_resume

from resume_kit.errors import DataFileError
from resume_kit.scoring.similarity import compare_texts, measure_similarity, parse_term_df


def test_identical_texts_have_cosine_one_and_unrelated_texts_zero() -> None:
    text = "Payroll and claims processing for insurance underwriting teams."
    assert compare_texts(text, text).cosine == pytest.approx(1.0)
    assert compare_texts(text, "Firmware for embedded radio modules.").cosine == 0.0


def test_words_the_taxonomy_does_not_know_still_count() -> None:
    """'underwriting' and 'actuarial' are no skill ids; sharing them still raises the score."""
    posting = "Insurance underwriting analyst: actuarial tables, claims, underwriting guidelines."
    near = compare_texts("Underwriting assistant; claims and actuarial tables.", posting)
    far = compare_texts("Kitchen assistant; menus and catering tables.", posting)
    assert near.cosine > far.cosine + 0.2
    assert "underwrite" in near.terms or "underwriting" in near.terms


def test_rare_words_weigh_more_than_common_ones() -> None:
    posting = "Kubernetes cluster operations and customer service."
    rare = compare_texts("Kubernetes clusters.", posting)
    common = compare_texts("Customer service.", posting)
    assert rare.cosine > common.cosine


def test_boilerplate_words_carry_no_weight() -> None:
    overlap = compare_texts(
        "Strong experience, excellent skills, team work.",
        "Experience required; strong skills; excellent team work; responsibilities.",
    )
    assert overlap.cosine == 0.0 and overlap.terms == []


def test_skill_ids_count_and_are_shown_by_name() -> None:
    overlap = compare_texts("k8s", "orchestration", ["kubernetes"], ["kubernetes"])
    assert overlap.cosine > 0
    scored = measure_similarity(overlap, {"kubernetes": "Kubernetes"}.__getitem__)
    assert scored.value is not None and scored.value > 0
    assert "Kubernetes" in scored.explanation


def test_report_names_the_shared_terms(  # the report and a ranking say why texts are close
) -> None:
    from match_builders import score

    from resume_kit.scoring.frameworks import load_framework

    resume = make_resume(BASE_RESUME)
    posting = make_posting(
        "Project Manager", [("scrum", "required", 1)], extra_text="Run risk management for us."
    )
    report = score(resume, posting, load_framework("it-project-manager"))
    assert report.shared_terms and "risk" in [t.casefold() for t in report.shared_terms]
    similarity = next(c for c in report.components if c.name == "similarity")
    assert similarity.included and "shared words" in similarity.explanation


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        (["documents\t10", "python\t11"], "line 2: count 11"),
        (["documents\t10", "python\tmany"], "line 2: expected 'term<TAB>count'"),
        (["python\t3"], "line 1: the first line must be 'documents<TAB>N'"),
    ],
)
def test_term_file_typos_name_the_file_and_line(lines: list[str], words: str) -> None:
    with pytest.raises(DataFileError) as caught:
        parse_term_df(lines, "term_df.tsv")
    assert str(caught.value).startswith("term_df.tsv: ") and words in str(caught.value)


def test_scoring_does_not_import_spacy() -> None:
    """Scoring is pure and quick to import: the text similarity reads the lemma table itself."""
    import subprocess
    import sys

    code = "import sys, resume_kit.scoring.match; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_section_headings_are_layout_not_content() -> None:
    """'Work History' or 'EXPERIENCE': the same resume under other headings compares the same."""
    from resume_kit.scoring.similarity import without_headings

    one = "Work History\nRan payroll migrations.\nSkills\nSQL"
    other = "EXPERIENCE\nRan payroll migrations.\nCompetences\nSQL"
    a = without_headings(one, [(0, "Work History"), (37, "Skills")])
    b = without_headings(other, [(0, "EXPERIENCE"), (35, "Competences")])
    assert "History" not in a and "Competences" not in b
    posting = "Payroll migration lead; SQL reporting; history of audits."
    assert compare_texts(a, posting).cosine == pytest.approx(compare_texts(b, posting).cosine)
