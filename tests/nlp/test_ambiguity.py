"""Ambiguous words are skills only in context; overlapping matches keep the longest."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from resume_kit.nlp.ambiguity import filter_skill_spans


@pytest.fixture(scope="module")
def ids_of():  # type: ignore[no-untyped-def]
    from resume_kit.nlp.pipeline import build_nlp

    nlp = build_nlp()

    def ids(text: str) -> set[str]:
        doc = nlp(text)
        return {span.id_ for span in doc.spans["skills"]}

    return ids


def test_longest_match_wins_and_ties_go_to_the_first() -> None:
    doc = spacy.blank("en")("Lean Six Sigma Black Belt")
    short = Span(doc, 0, 1, label="SKILL", span_id="lean")
    middle = Span(doc, 0, 3, label="SKILL", span_id="lean-six-sigma")
    long = Span(doc, 1, 5, label="SKILL", span_id="six-sigma-black-belt")
    kept = filter_skill_spans(doc, [short, middle, long])
    # "Lean Six Sigma" overlaps the longer "Six Sigma Black Belt"; the lone "Lean" does not.
    assert [span.id_ for span in kept] == ["lean", "six-sigma-black-belt"]
    first = Span(doc, 0, 2, label="SKILL", span_id="a")
    second = Span(doc, 1, 3, label="SKILL", span_id="b")
    assert [s.id_ for s in filter_skill_spans(doc, [second, first])] == ["a"]


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Built backend services in Go and PostgreSQL.", "go"),
        ("Senior Go developer wanted.", "go"),
        ("Languages: Python, Go, Java", "go"),
        ("Stack: Go/Python on AWS", "go"),
        ("Statistical models in R and SQL.", "r"),
        ("Strong R programming skills.", "r"),
        ("Embedded firmware in C, C++ and Rust.", "c"),
        ("Python, C and Java", "c"),
        ("Advanced Excel skills for budget tracking.", "ms-excel"),
        ("• Word, Excel, PowerPoint", "ms-excel"),
        ("• Word, Excel, PowerPoint", "ms-word"),
        ("Built reports in MS Access and Access databases.", "ms-access"),
        ("Collaborated via Slack, Teams and Zoom.", "ms-teams"),
        ("Ran Teams meetings with the vendor.", "ms-teams"),
        ("Introduced Kanban and Lean to the support desk.", "lean"),
        ("Tuned Hadoop and Spark jobs.", "spark"),
        ("Automated servers with Chef, Puppet and Ansible.", "chef"),
        ("Automated servers with Chef, Puppet and Ansible.", "puppet"),
        ("Shipped iOS apps written in Swift.", "swift"),
        ("Rewrote the parser in Rust.", "rust"),
        ("Maintained apps in Ruby and Python.", "ruby"),
    ],
)
def test_ambiguous_word_in_skill_context_is_kept(ids_of, text: str, skill_id: str) -> None:  # type: ignore[no-untyped-def]
    assert skill_id in ids_of(text)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Go to market plan for the new product.", "go"),
        ("Led the Go-live of the ERP system.", "go"),
        ("• Go live with the new portal in May", "go"),
        ("Details are in Appendix R.", "r"),
        ("Reviewed by John R. Smith.", "r"),
        ("See Appendix C for the budget.", "c"),
        ("Presented to C-level executives.", "c"),
        ("Excel at stakeholder management.", "ms-excel"),
        ("Teams that we Excel in are small.", "ms-excel"),
        ("Word of mouth brought in clients.", "ms-word"),
        ("Access to production was restricted.", "ms-access"),
        ("Leading Agile Teams", "ms-teams"),
        ("Managed Teams across three sites.", "ms-teams"),
        ("Lean on senior engineers for reviews.", "lean"),
        ("Ran a Lean team of five.", "lean"),
        ("Spark interest in the new tooling.", "spark"),
        ("Chef at a busy restaurant.", "chef"),
        ("Swift response to incidents.", "swift"),
        ("Rust removal on the bridge.", "rust"),
        ("Ruby Smith, Director of Operations", "ruby"),
    ],
)
def test_ambiguous_word_as_ordinary_word_is_dropped(ids_of, text: str, skill_id: str) -> None:  # type: ignore[no-untyped-def]
    assert skill_id not in ids_of(text)


# Skill names that are also everyday phrases (WORD_RULES): each kept where it is the skill and
# dropped where it is the phrase.
@pytest.mark.parametrize(
    ("kept", "dropped", "skill_id"),
    [
        (
            "Ensured releases were in compliance with FDA requirements.",
            "In compliance with federal law, all hires must verify their identity.",
            "compliance",
        ),
        (
            "Strong user experience research skills.",
            "Help us improve the user experience of our app.",
            "ux-design",
        ),
        (
            "Ran usability studies with twelve users.",
            "Ensure the usability of backups.",
            "ux-design",
        ),
        ("Ten years in media and publishing.", "Grow our social media presence.", "media"),
        ("Fluent German required.", "Access to the German market.", "lang-german"),
        (
            "Fluent Italian and English.",
            "An Italian espresso machine in every office.",
            "lang-italian",
        ),
        (
            "Configured routing and switching for the branch offices.",
            "Comfortable with task switching.",
            "networking",
        ),
        ("Moved the HR data into Workday.", "No workday looks the same here.", "workday"),
        (
            "Delivery for government clients.",
            "Following the government's advice, we work remotely.",
            "public-sector",
        ),
    ],
)
def test_everyday_phrase_is_not_the_skill(ids_of, kept: str, dropped: str, skill_id: str) -> None:  # type: ignore[no-untyped-def]
    assert skill_id in ids_of(kept)
    assert skill_id not in ids_of(dropped)


def test_a_list_that_lost_its_commas_still_vouches_for_its_items(ids_of) -> None:  # type: ignore[no-untyped-def]
    # Scraped postings drop the commas: a run of skills is a list, at its end of line too.
    assert "go" in ids_of("Stack Scala Java Go\n")
    assert "rust" in ids_of("Systems work in C++ Rust Go and Kubernetes.")
    # One neighbouring skill with more words after it is not a list.
    assert "ms-teams" not in ids_of("Coached Agile Teams across the company.")


def test_analytics_alone_is_not_web_marketing(ids_of) -> None:  # type: ignore[no-untyped-def]
    # "Analytics" was Google Analytics without its vendor, an alias of SEO and Digital Marketing.
    assert "seo" not in ids_of("Led people analytics for the HR team.")
    assert "seo" in ids_of("Set up Google Analytics and Google Tag Manager.")


def test_longest_spans_keeps_what_spacys_filter_spans_keeps() -> None:
    """The faster overlap filter keeps the same Span objects, in the same order, as spaCy's, with
    duplicates, ties of length and nested spans among random candidates."""
    import random

    from spacy.util import filter_spans

    from resume_kit.nlp.ambiguity import longest_spans

    doc = spacy.blank("en")(" ".join(f"w{i}" for i in range(40)))
    rng = random.Random(3)
    for _ in range(300):
        spans = []
        for number in range(rng.randint(0, 25)):
            start = rng.randrange(40)
            end = min(40, start + rng.randint(1, 4))
            spans.append(Span(doc, start, end, label="SKILL", span_id=f"s{number}"))
        assert [id(s) for s in longest_spans(spans)] == [id(s) for s in filter_spans(spans)]


def test_the_first_word_check_keeps_and_drops_what_looking_up_every_skill_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only skills whose first word starts a rule's key are looked up in RULES and WORD_RULES;
    looking up every skill of one or two words drops exactly the same ones, in any case and
    spacing."""
    from resume_kit.nlp import ambiguity
    from resume_kit.nlp.pipeline import build_nlp

    texts = [
        "Go to the office. We use Go, Python and R. John C. Smith knows C and C++.",
        "Improve the User  Experience; user experience design; USER EXPERIENCE research.",
        "In compliance with federal law. Social media, Excel at sales, Microsoft Excel, Teams.",
        "Languages: Go, Rust\nSpring 2021 internship; Spring Boot; Lean on us; Lean principles",
        "R. Jones; Appendix C; grade R; no workday is the same; Workday HCM; German market",
    ]
    nlp = build_nlp()

    def skills() -> list[list[tuple[int, int, str]]]:
        return [[(s.start, s.end, s.id_) for s in nlp(t).spans["skills"]] for t in texts]

    fast = skills()

    class Everything(frozenset[int]):
        def __contains__(self, item: object) -> bool:
            return True

    monkeypatch.setattr(ambiguity, "_RULE_FIRSTS", Everything())
    assert skills() == fast
    assert sum(map(len, fast)) > 10
