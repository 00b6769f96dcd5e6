"""Extraction from a processed Doc: sentence bounds as spaCy gives them, and the metrics a
resume's reader gets."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import resume_kit
from resume_kit.model.documents import Posting, SourceText
from resume_kit.nlp.extraction import _sentences
from resume_kit.nlp.pipeline import build_nlp

_PARTS = ["• Led 5 projects", ".", "!", "?", "…", "\n", "\n\n", " ", "  ", "PMP", "Jira",
    "cut costs 30%", "Mr.", "e.g.", "\t", "U.S.", "2019", "—", "x"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PARTS) | st.text(max_size=6), max_size=20))
def test_sentence_bounds_are_the_ones_doc_sents_gives(parts: list[str]) -> None:
    # Mentions and metrics carry their sentence's offsets; they are read from the token arrays
    # instead of doc.sents (which builds a Span per sentence) and must be the same sentences.
    doc = build_nlp()("".join(parts))
    found = _sentences(doc)
    sents = list(doc.sents)
    assert found.starts == [s.start for s in sents]
    assert found.ends == [s.end for s in sents]
    assert found.start_chars == [s.start_char for s in sents]
    assert found.end_chars == [s.end_char for s in sents]
    for token in doc:
        assert sents[found.at(token.i)] == token.sent


def test_a_doc_without_sentence_boundaries_is_refused_as_doc_sents_refuses_it() -> None:
    doc = spacy.blank("en")("Led 5 projects. Cut costs 30%.")
    with pytest.raises(ValueError):
        _sentences(doc)


_RESUME = """Jamie Doe
jamie@example.com

SUMMARY
Operations manager with 11 years of experience in distribution.

EXPERIENCE
Operations Manager, Northwind (2018 – Present)
• Ran depot budgets ranging from $400K to $2.5M
• Cut dock-to-stock time from 6 hours to 90 minutes
• Reduced open claims to 40 cases
• Ranked #2 of 30 regional managers for safety
• Doubled same-day dispatch volume

EDUCATION
BSc Logistics, Aston University — 72%, two years abroad
Final project — 68%
• Grew the logistics society to 120 members
"""


def test_extracted_metrics_carry_range_ends_directions_and_field_sizes() -> None:
    (resume,) = resume_kit.extract(
        [resume_kit.load_resume(SourceText(source="r.txt", format="txt", text=_RESUME))]
    )
    got = {m.text: m for m in resume.metrics}
    assert list(got) == [
        "from $400K to $2.5M",
        "from 6 hours to 90 minutes",
        "40 cases",
        "#2 of 30",
        "Doubled",
        "120 members",
    ]
    budget = got["from $400K to $2.5M"]  # a range: both ends, no direction
    assert (budget.kind, budget.value, budget.high, budget.unit) == ("money", 400e3, 2.5e6, "USD")
    assert (budget.baseline, budget.direction) == (None, None)
    dock = got["from 6 hours to 90 minutes"]  # a change: the start in the unit of the end
    assert (dock.value, dock.unit, dock.baseline, dock.direction) == (90, "minutes", 360, "down")
    claims = got["40 cases"]  # only the end written: the verb says which way
    assert (claims.value, claims.baseline, claims.direction) == (40, None, "down")
    rank = got["#2 of 30"]
    assert (rank.kind, rank.value, rank.out_of) == ("rank", 2, 30)
    assert (got["Doubled"].kind, got["Doubled"].value) == ("ratio", 2)
    # The years of experience in the summary, the marks and the study period in education are
    # not achievements; a result with its verb in the education section is.
    assert [m.text for m in resume.metrics if m.section != "experience"] == ["120 members"]
    # Built unvalidated: the metrics validation builds, floats where it makes floats.
    revalidated = type(resume).model_validate(resume.model_dump())
    assert revalidated.metrics == resume.metrics
    assert revalidated.model_dump_json() == resume.model_dump_json()
    for fast, plain in zip(resume.metrics, revalidated.metrics, strict=True):
        assert fast.model_fields_set == plain.model_fields_set
        assert [type(getattr(fast, f)) for f in type(fast).model_fields] == [
            type(getattr(plain, f)) for f in type(fast).model_fields
        ]


def test_each_mention_gets_its_sentence_whatever_the_order_of_the_spans() -> None:
    """Stepping on from the last span's sentence gives each mention the sentence a bisection of
    the sentence starts gives, also when the span group is not in document order."""
    from resume_kit.nlp.extraction import extract_skills
    from resume_kit.nlp.taxonomy import load_skill_meta
    from resume_kit.structure.documents import load_document

    text = (
        "Skills\nPython, SQL\n\nExperience\n• Built Kafka pipelines. Ran Scrum with Jira.\n"
        "• Moved Java services to AWS and Kubernetes!\nLed Agile teams. Python again."
    )
    document = load_document(SourceText(source="r.txt", format="txt", text=text), "resume")
    doc = build_nlp()(text)
    meta = load_skill_meta()
    in_order = extract_skills(doc, document, meta)
    assert sum(len(hit.mentions) for hit in in_order) >= 8
    sentences = _sentences(doc)
    for hit in in_order:
        for m in hit.mentions:
            at = sentences.start_chars.index(m.sentence_start)
            assert sentences.start_chars[at] <= m.start < sentences.end_chars[at]
            assert m.sentence_end == sentences.end_chars[at]
    doc.spans["skills"] = list(reversed(list(doc.spans["skills"])))
    backwards = extract_skills(doc, document, meta)
    by_id = {hit.id: sorted(hit.mentions, key=lambda m: m.start) for hit in backwards}
    assert {hit.id: hit.mentions for hit in in_order} == by_id


def test_each_mention_gets_the_section_a_scan_of_the_sections_gives() -> None:
    """The section of each mention, found by stepping on through sections in text order (and
    by section_finder for a span before the last), is what a scan of every section gives:
    mentions before the first section and in a gap between sections are "other"."""
    from resume_kit.model.documents import Section, section_at
    from resume_kit.nlp.extraction import extract_skills
    from resume_kit.nlp.taxonomy import load_skill_meta
    from resume_kit.structure.documents import load_document

    text = (
        "Python and SQL before any heading\n\nSkills\nPython, SQL, Jira\n\nGap with Kafka\n\n"
        "Experience\n• Built Kafka pipelines in Python. Ran Scrum with Jira.\nLed AWS work."
    )
    document = load_document(SourceText(source="r.txt", format="txt", text=text), "resume")
    skills_at, gap_at = text.find("Skills"), text.find("Gap")
    experience_at = text.find("Experience")
    sections = [
        Section(name="skills", heading="Skills", start=skills_at, end=gap_at),
        Section(name="experience", heading="Experience", start=experience_at, end=len(text)),
        Section(name="projects", heading="", start=len(text), end=len(text)),  # empty, last
    ]
    document = document.model_copy(update={"sections": sections})
    doc = build_nlp()(text)
    meta = load_skill_meta()
    for _ in range(2):  # in document order, then backwards
        mentions = [m for hit in extract_skills(doc, document, meta) for m in hit.mentions]
        assert len(mentions) >= 10
        assert {m.section for m in mentions} == {"other", "skills", "experience"}
        assert all(m.section == section_at(sections, m.start) for m in mentions)
        doc.spans["skills"] = list(reversed(list(doc.spans["skills"])))


_POSTING = """Senior Data Engineer

About us
We build logistics software with Python and Kafka.

Requirements
• Must have 5+ years of Python and SQL.
• PMP required, Scrum preferred; Jira a plus.
• Experience with AWS, Kubernetes and Docker.
• Kafka is not required but Spark is essential.

Nice to have
• Terraform, Airflow and dbt.
• Tableau or Power BI would be great; Python again, Jira again.
"""


def _plain_requirements(posting: Posting) -> list[tuple[str, str, int, bool]]:
    """The requirement levels as classify_mention gives them mention by mention."""
    from resume_kit.structure.requirements import classify_mention

    rank = {"required": 2, "preferred": 1, "mentioned": 0}
    title_at = posting.text.find(posting.title or "\0")
    rows = []
    for hit in posting.skills:
        levels = [
            classify_mention(
                posting.text[m.sentence_start : m.sentence_end],
                m.start - m.sentence_start,
                m.section,
            )
            for m in hit.mentions
        ]
        in_title = title_at >= 0 and any(
            title_at <= m.start < title_at + len(posting.title or "") for m in hit.mentions
        )
        level = max(levels, key=rank.__getitem__, default="mentioned")
        rows.append((hit.id, level, len(hit.mentions), in_title))
    rows.sort(key=lambda r: (-rank[r[1]], -r[2], r[0]))
    return rows


@pytest.mark.parametrize("title", ["Senior Data Engineer", "Python Developer"])
def test_an_extracted_posting_is_the_model_validation_builds(title: str) -> None:
    """Skills, mentions and requirements are built unvalidated and each sentence is classified
    once for all its skills: the posting is still the one validation and a mention-by-mention
    classification give."""
    text = _POSTING.replace("Senior Data Engineer", title)
    source = SourceText(source="p.txt", format="txt", text=text)
    (posting,) = resume_kit.extract([resume_kit.load_posting(source)])
    assert isinstance(posting, Posting)
    assert len(posting.skills) >= 8
    assert {r.level for r in posting.requirements} >= {"required", "preferred"}
    revalidated = Posting.model_validate(posting.model_dump())
    assert revalidated == posting
    assert revalidated.model_dump_json() == posting.model_dump_json()
    for fast, plain in zip(posting.skills, revalidated.skills, strict=True):
        assert fast.model_fields_set == plain.model_fields_set
        assert [m.model_fields_set for m in fast.mentions] == [
            m.model_fields_set for m in plain.mentions
        ]
    got = [(r.id, r.level, r.count, r.in_title) for r in posting.requirements]
    assert got == _plain_requirements(posting)
    assert any(in_title for *_, in_title in got) == (title == "Python Developer")


def test_requirements_of_equal_rank_keep_the_order_of_the_skills_given() -> None:
    # Sorted as rows with their index: equal keys (a skill given twice) stay in the order given,
    # as the stable sort of the models kept them.
    from resume_kit.model.documents import Mention, SkillHit
    from resume_kit.nlp.extraction import extract_requirements

    text = "Jira Lead\n\nUse Jira daily."
    posting = Posting(source="p", text=text, sections=[], title="Jira Lead")
    in_title = Mention(
        text="Jira", start=0, end=4, section="header", sentence_start=0, sentence_end=9
    )
    in_body = Mention(
        text="Jira", start=15, end=19, section="other", sentence_start=11, sentence_end=26
    )
    hits = [
        SkillHit(id="jira", name="Jira", category="tool", mentions=[mention])
        for mention in (in_title, in_body)
    ]
    for given_hits in (hits, hits[::-1]):
        found = extract_requirements(posting, given_hits)
        assert [r.in_title for r in found] == [h.mentions[0] is in_title for h in given_hits]
