"""A posting's words about the employer, its perks and its people are not requirements."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.nlp.company_context import speaks_to_reader
from resume_kit.nlp.company_headings import company_regions

IdsOf = Callable[[str], set[str]]


@pytest.fixture(scope="module")
def ids_of() -> IdsOf:
    from resume_kit.nlp.pipeline import build_nlp

    nlp = build_nlp()

    def ids(text: str) -> set[str]:
        doc = nlp(text)  # kept in scope: its spans die with it
        return {span.id_ for span in doc.spans["skills"]}

    return ids


ABOUT_THEN_ASKS = (
    "About us\n"
    "Northwind Freight is a logistics company whose platform runs on Kubernetes.\n"
    "\n"
    "Requirements\n"
    "- 3+ years of Python\n"
)


def test_a_skill_in_the_about_us_paragraph_is_dropped_and_the_asks_kept(ids_of: IdsOf) -> None:
    found = ids_of(ABOUT_THEN_ASKS)
    assert "python" in found
    assert "kubernetes" not in found
    assert "logistics" not in found


def test_a_skill_asked_for_after_the_about_us_paragraph_is_kept(ids_of: IdsOf) -> None:
    assert "kubernetes" in ids_of(ABOUT_THEN_ASKS + "- Kubernetes in production\n")


def test_a_perk_is_not_a_requirement(ids_of: IdsOf) -> None:
    text = (
        "What we offer\n- Free German lessons\n- Quarterly hackathons\n\n"
        "Requirements\n- Fluent English\n"
    )
    found = ids_of(text)
    assert "lang-german" not in found
    assert "lang-english" in found


def test_inline_headings_of_a_flattened_posting_bound_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "Senior Engineer Date posted: 2024 Company description: Northwind builds payroll software "
        "for the banking sector. Job description: Write Java services and review code."
    )
    found = ids_of(text)
    assert "java" in found
    assert "finance" not in found


def test_a_title_case_job_heading_without_colon_ends_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "Company Description: Northwind makes trains. Job Overview This is a hands-on role "
        "building Rust services."
    )
    assert "rust" in ids_of(text)


def test_a_plain_ask_inside_the_company_paragraph_is_kept(ids_of: IdsOf) -> None:
    assert "terraform" in ids_of(
        "About us\nWe are a small team. Experience with Terraform is a plus.\n"
    )


def test_company_regions_run_from_the_heading_to_the_next_one() -> None:
    text = "About us\nWe sell boats.\nResponsibilities\nSail.\n"
    ((start, end),) = company_regions(text)
    assert text[start:end].strip() == "We sell boats."
    assert company_regions("About me\nI like boats.\n") == []  # a resume's "About me" is no company


def test_the_company_describing_itself_is_no_requirement(ids_of: IdsOf) -> None:
    found = ids_of(
        "Northwind is a leading provider of banking software. You will build APIs in Go."
    )
    assert "finance" not in found
    assert "go" in found


def test_a_we_sentence_naming_the_stack_is_kept(ids_of: IdsOf) -> None:
    assert "kafka" in ids_of("We are a fintech startup and we use Kafka for every event.")


def test_a_resume_line_with_leader_in_keeps_its_skill(ids_of: IdsOf) -> None:
    # "leader in" counts as self-description only in a sentence with "we" / "our".
    assert "data-analysis" in ids_of("Recognised as a leader in data analytics at Contoso.")


def test_colleagues_are_not_asked_for_but_a_resume_team_shows_the_skill(ids_of: IdsOf) -> None:
    assert "devops" not in ids_of("You will collaborate with our DevOps engineers.")
    assert "devops" in ids_of("Led a team of five DevOps engineers.")
    # A skills list that lost its commas: "Team leader" is the next item, not a team.
    skills = "Skills\nProject management Requirements gathering Team leader Strategic planning"
    assert "requirements-gathering" in ids_of(skills)


def test_a_role_one_works_with_is_no_skill_but_a_product_named_manager_is(ids_of: IdsOf) -> None:
    assert "business-analysis" not in ids_of("Work closely with business analysts.")
    assert "enterprise-manager" in ids_of("Experience with Oracle Enterprise Manager and RMAN.")


def test_the_industry_a_company_works_in_is_asked_for_only_as_experience(ids_of: IdsOf) -> None:
    assert "fintech" not in ids_of("Join us to transform the financial services industry.")
    assert "fintech" in ids_of("You have experience in the financial services industry.")
    assert "automotive" in ids_of("Provided client support to the automotive sector.")


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("You will own the build pipeline.", True),
        ("Experience with Kafka is required.", True),
        ("Our offices overlook the river.", False),
    ],
)
def test_speaks_to_reader(sentence: str, speaks: bool) -> None:
    assert speaks_to_reader(sentence) is speaks


def test_markdown_bold_headings_end_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "**Who We Are:**\n\nWe're a fast-growing staffing company.\n\n"
        "**Qualifications:**\n\n  * CI/CD tools such as Jenkins and TeamCity\n"
    )
    assert "jenkins" in ids_of(text)


def test_a_heading_in_capitals_or_markdown_ends_the_company_paragraph(ids_of: IdsOf) -> None:
    text = (
        "**ABOUT US**\n\nNorthwind is a shipping company.\n\n**DESIRED SKILLS**\n\n"
        "  * Day-to-day use of Jira and Confluence.\n"
    )
    assert {"jira", "confluence"} <= ids_of(text)


def test_heading_name_searches_find_what_one_search_per_name_finds() -> None:
    """One search for the Title Case job headings, and only the shortest company heading names
    (a longer one holds one of them), decide as a search for every name would."""
    from resume_kit.nlp import company_headings as cc
    from resume_kit.nlp.word_search import holds_any

    every_opening = {name.replace("'", "") for name in cc.COMPANY_HEADINGS}
    texts = [
        "Plain text with no heading at all.",
        "We build tools. Job  Overview This is it",  # two spaces: no exact name
        "perks & benefits",
        "our company values",
        "what we can offer you",
        "JOB DESCRIPTION in capitals",
        *(f"Intro. {name} Then" for name in cc._TITLED_NAMES),
        *(f"x {name} y" for name in every_opening),
        *(name[:-1] for name in every_opening),
        *(name[1:] for name in cc._TITLED_NAMES),
    ]
    for text in texts:
        titled = any(name in text for name in cc._TITLED_NAMES)
        assert holds_any(text, cc._TITLED_NAMES) == titled, text
        lowered = text.lower()
        opening = any(name in lowered for name in every_opening)
        assert any(name in lowered for name in cc._OPENING_NAMES) == opening, text


def test_the_cue_check_never_hides_a_match() -> None:
    """``may_hold`` lets a sentence skip an expression only when the expression cannot match it,
    letters a case-insensitive search takes for ASCII ones included."""
    from resume_kit.nlp import company_context as cc

    sentences = [
        "We are a leading provider of payroll software.",
        "Founded in 1999, Acme is headquartered in Ohio.",
        "Acme is one of the fastest-growing firms.",
        "Our customers love us.",
        "Experience with Python is a plus.",
        "You have worked with Kafka.",
        "The ideal candidate knows SQL.",
        "Muſt know Java.",  # long s: "must" to a case-insensitive search
        "The ſuccessful candidate",
        "We ſerve clients worldwide.",
        "A \u212aafka platform",  # Kelvin sign: "k"
        "THE FIRM IS A MARKET LEADER.",
        "Fırm is a leader in banking.",  # dotless i
        "An award-winning app used by millions of users.",
        "Built dashboards in Tableau.",
        "Reduced costs by 30%.",
    ]
    checks = [
        (cc._ASK_RE, cc._ASK_CUES),
        (cc._SELF_RE, cc._SELF_CUES),
        (cc._SELF_VOICED_RE, cc._SELF_CUES),
    ]
    for sentence in sentences:
        for expression, cues in checks:
            if expression.search(sentence) is not None:
                assert cc.may_hold(sentence, cues), (sentence, expression.pattern[:40])
    assert not cc.may_hold("Built dashboards in Tableau.", cc._SELF_CUES)


def test_the_fast_paths_drop_the_same_mentions_as_the_plain_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Skipping the colleague and field tests for a skill followed by none of their words, and
    the expressions for a sentence without their cue words, keeps exactly the same skills."""
    from resume_kit.nlp import company_context as cc
    from resume_kit.nlp.pipeline import build_nlp

    texts = [
        ABOUT_THEN_ASKS,
        "About us\nWe are a leading provider of Kubernetes hosting. Our Python engineers and "
        "the Data Engineering team serve the financial services industry.\n\nRequirements\n"
        "- Experience with Python and SQL\n- You will work with our DevOps engineers\n",
        "Collaborate with the product owner and Scrum Master. Acme is a leader in the retail "
        "and energy sectors; we use Java and Spring.\nBenefits: German classes, Python courses",
        "Senior engineer. Led a team of five Java developers in the banking sector. "
        "Built Kafka pipelines for the automotive industry.",
    ]
    nlp = build_nlp()

    def skills() -> list[list[tuple[int, int, str]]]:
        found = []
        for text in texts:
            doc = nlp(text)
            found.append([(s.start, s.end, s.id_) for s in doc.spans["skills"]])
        return found

    fast = skills()

    class Everything(frozenset[int]):
        def __contains__(self, item: object) -> bool:
            return True

    monkeypatch.setattr(cc, "_NEXT_IDS", Everything())
    monkeypatch.setattr(cc, "may_hold", lambda sentence, cues: True)
    assert skills() == fast
    assert any(len(ids) > 0 for ids in fast)


GUARDED_WORDS = st.lists(
    st.one_of(
        st.sampled_from(["we", "We're", "WE'VE", "are", "is", "a", "an", "the", "one of", "of"]),
        st.sampled_from(["founded in", "headquartered", "our", "mission", "leader", "leading"]),
        st.sampled_from(["serves", "clients", "market", "home to", "help", "award-winning"]),
        st.sampled_from(["millions of", "users", "use", "works with", "built on", "practise"]),
        st.sampled_from(["experience in", "knowledge of", "must", "a plus", "you have", "need"]),
        st.sampled_from(["ſerve", "ſkills", "İs", "ıs", "\u212anowledge", "Ñ", "_our", "-we"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(sentence=GUARDED_WORDS)
def test_the_first_letter_guard_finds_what_the_plain_expression_finds(sentence: str) -> None:
    """Each company-voice expression with its first-letter look-ahead matches where the
    expression without it matches, case-insensitive letters ("ſ", "İ", Kelvin "K") included."""
    from resume_kit.nlp import company_context as cc

    for guarded in (cc._ASK_RE, cc._STACK_RE, cc._SELF_RE, cc._SELF_VOICED_RE):
        plain = re.compile(re.sub(r"\(\?=\[[a-z]+\]\)", "", guarded.pattern, count=1))
        assert plain.pattern != guarded.pattern
        found, expected = guarded.search(sentence), plain.search(sentence)
        assert (found and found.span()) == (expected and expected.span())
