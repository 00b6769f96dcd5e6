"""Quantified achievements: what find_metrics finds in real bullets, and what it must not."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from resume_kit.nlp import metrics
from resume_kit.nlp.metric_context import _prev_word, _rank_plain_left, _top_left
from resume_kit.nlp.metric_patterns import RANK_PLAIN_LEFT, TOP_LEFT
from resume_kit.nlp.metrics import (
    _FROM_LEFT,
    MetricValue,
    _from_left,
    find_action_verb,
    find_metrics,
    normalise_metric,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def metrics_of(nlp: Language, text: str) -> list[tuple[str, float, str | None, float | None]]:
    """(kind, value, unit, baseline) of every metric in ``text``, in order."""
    doc = nlp(text)
    found = []
    for span in find_metrics(doc):
        value = normalise_metric(span)
        assert span.label_ == value.kind
        found.append((value.kind, value.value, value.unit, value.baseline))
    return found


# (bullet, [(kind, value, unit, baseline), ...]) -- every metric the bullet holds, in order.
POSITIVES: list[tuple[str, list[tuple[str, float, str | None, float | None]]]] = [
    ("• Cut release cycle time 40% by introducing trunk-based development",
     [("percent", 40, "%", None)]),
    ("• Managed a $2.5M annual budget across three workstreams",
     [("money", 2_500_000, "USD", None), ("count", 3, "workstreams", None)]),
    ("• Led a team of 12 engineers through an ERP migration", [("team_size", 12, "people", None)]),
    ("• Delivered 15 projects on time and within budget", [("count", 15, "projects", None)]),
    ("• Reduced support tickets from 300 to 120 per month", [("count", 120, "tickets", 300)]),
    ("• Rolled out the new CRM within 6 months", [("duration", 6, "months", None)]),
    ("• Maintained 99.9% uptime for customer-facing services", [("percent", 99.9, "%", None)]),
    ("• Negotiated vendor contracts worth GBP 500k", [("money", 500_000, "GBP", None)]),
    ("• Secured £500k in additional programme funding", [("money", 500_000, "GBP", None)]),
    ("• Made nightly builds 3x faster by caching dependencies", [("ratio", 3, "x", None)]),
    ("• Ranked in the top 5% of project managers company-wide", [("rank", 5, "%", None)]),
    ("• Oversaw a €1.2 million data centre consolidation", [("money", 1_200_000, "EUR", None)]),
    ("• Closed $850K in new business in the first year", [("money", 850_000, "USD", None)]),
    ("• Steered a USD 3 billion infrastructure portfolio", [("money", 3e9, "USD", None)]),
    ("• Coordinated 20+ stakeholders across finance, legal and IT",
     [("count", 20, "stakeholders", None)]),
    ("• Built a 40-person delivery team from scratch", [("team_size", 40, "people", None)]),
    ("• Coached a team of 8 through their first agile release",
     [("team_size", 8, "people", None)]),
    ("• Managed 8 direct reports and 3 contractors",
     [("team_size", 8, "people", None), ("team_size", 3, "people", None)]),
    ("• Ran two-week sprints for four product squads",
     [("duration", 2, "weeks", None), ("count", 4, "squads", None)]),
    ("• Improved on-time delivery by 35 percent", [("percent", 35, "%", None)]),
    ("• Saved 1,200 hours a year by automating status reports",
     [("duration", 1200, "hours", None)]),
    ("• Raised NPS from 32 to 61 in 18 months",
     [("count", 61, "NPS", 32), ("duration", 18, "months", None)]),
    ("• Delivered a 2.5x ROI on the PMO tooling investment", [("ratio", 2.5, "x", None)]),
    ("• Increased revenue by $1.2M (18%) through upsell campaigns",
     [("money", 1_200_000, "USD", None), ("percent", 18, "%", None)]),
    ("• Shortened onboarding from 3 weeks to 5 days", [("duration", 5, "days", 21)]),
    ("• Cut infrastructure costs by CA$450K", [("money", 450_000, "CAD", None)]),
    ("• Managed an A$3.4M portfolio for a state government client",
     [("money", 3_400_000, "AUD", None)]),
    ("• Secured ¥120 million in partner funding", [("money", 120_000_000, "JPY", None)]),
    ("• Ran a ₹5 crore digital transformation programme", [("money", 50_000_000, "INR", None)]),
    ("• Grew the delivery team from 4 to 12 people", [("team_size", 12, "people", 4)]),
    ("• Reduced mean time to recovery from 4 hours to 45 minutes",
     [("duration", 45, "minutes", 240)]),
    ("• Trained 200 employees on the new ticketing workflow", [("count", 200, "employees", None)]),
    ("• Won 1st place in the 2019 innovation awards", [("rank", 1, None, None)]),
    ("• Reduced churn from 8% to 3% in two quarters",
     [("percent", 3, "%", 8), ("duration", 2, "quarters", None)]),
    ("• Migrated 350 servers to AWS in 9 months",
     [("count", 350, "servers", None), ("duration", 9, "months", None)]),
    ("• Launched 3 mobile apps with 1.5M downloads",
     [("count", 3, "apps", None), ("count", 1_500_000, "downloads", None)]),
    ("• Implemented 25 new features requested by customers", [("count", 25, "features", None)]),
    ("• Led a cross-functional team of five analysts", [("team_size", 5, "people", None)]),
    ("• Supervised 14 field technicians across two sites",
     [("team_size", 14, "people", None), ("count", 2, "sites", None)]),
    ("• Cut average API response time to 120ms (down from 800ms)",
     [("duration", 120, "ms", 800)]),
    ("• Scaled the platform to 2 million monthly active users",
     [("count", 2_000_000, "users", None)]),
    ("• Increased test coverage from 45% to 85%", [("percent", 85, "%", 45)]),
    ("• Processed 10,000+ invoices per month with zero backlog",
     [("count", 10_000, "invoices", None)]),
    ("• Achieved a 4:1 return on marketing spend", [("ratio", 4, "x", None)]),
    ("• Generated a threefold increase in qualified leads", [("ratio", 3, "x", None)]),
    ("• Hit 110% of the annual sales quota", [("percent", 110, "%", None)]),
    ("• Improved gross margin by 3.5 percentage points", [("percent", 3.5, "pp", None)]),
    ("• Onboarded 50+ enterprise clients in 2021", [("count", 50, "clients", None)]),
    ("• Delivered the programme 2 weeks ahead of schedule", [("duration", 2, "weeks", None)]),
    ("• Freed up 500 person-hours per quarter for project work",
     [("duration", 500, "person-hours", None)]),
    ("• Managed a 12-strong PMO team", [("team_size", 12, "people", None)]),
    ("• Served over 2000 users across the region", [("count", 2000, "users", None)]),
    ("• Closed the year at 120% of target with €2.3m in renewals",
     [("percent", 120, "%", None), ("money", 2_300_000, "EUR", None)]),
    ("Cut cloud spend 22% and saved $340,000 annually",
     [("percent", 22, "%", None), ("money", 340_000, "USD", None)]),
    ("Reached 30 million people through the public campaign",
     [("count", 30_000_000, "people", None)]),
    ("• Reduced AWS spend 35% ($1.2M/yr)",
     [("percent", 35, "%", None), ("money", 1_200_000, "USD", None)]),
    ("• Ranked No. 1 in customer satisfaction among regional PMs", [("rank", 1, None, None)]),
    ("• Placed 30 candidates in 2 months",
     [("count", 30, "candidates", None), ("duration", 2, "months", None)]),
    ("• Grew ARR from $2M to $5.5M", [("money", 5_500_000, "USD", 2_000_000)]),
    ("• Handled 50-60 support requests per week", [("count", 50, "requests", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("bullet", "expected"), POSITIVES, ids=[b for b, _ in POSITIVES])
def test_bullet_metrics_are_found_and_normalised(
    nlp: Language, bullet: str, expected: list[tuple[str, float, str | None, float | None]]
) -> None:
    found = metrics_of(nlp, bullet)
    assert [(k, u) for k, _, u, _ in found] == [(k, u) for k, _, u, _ in expected]
    for (_, value, _, baseline), (_, want, _, want_baseline) in zip(found, expected, strict=True):
        assert value == pytest.approx(want)
        assert baseline == (None if want_baseline is None else pytest.approx(want_baseline))


NEGATIVES = [
    "2019",
    "Jan 2019 – Present",
    "2015-2018",
    "03/2017 – 11/2020",
    "Phone: +1 (555) 123-4567",
    "Python 3.11, Django 4.2, PostgreSQL 15",
    "Windows 10 and Windows Server 2019",
    "Upgraded the client libraries to v2.3.1",
    "Java 8, ES6, HTML5",
    "ISO 27001 Lead Auditor",
    "Implemented ISO 9001 quality management",
    "SOC 2 Type II readiness",
    "PCI DSS 4.0 compliance programme",
    "Section 508 accessibility reviews",
    "1234 Main St, Springfield, IL 62704",
    "EXPERIENCE 2020",
    "PMP Credential ID 1234567",
    "Ran the 24/7 on-call support rota",
    "Available from the 1st of May",
    "CS 101: Introduction to Programming",
    "Q3 2021 roadmap planning",
    "Senior Project Manager, Acme Corp (2019 – 2022, 3 years)",
    "Supported Windows 10 machines for the finance team",
    "Maintained ISO 9001 audits",
    "Worked from 2015 to 2018 at Globex",
    "Certified ScrumMaster #123456",
    "Triaged issue #42 escalations",
    "Held weekly 1:1 meetings with each engineer",
    "Rolled out Office 365 licences to all staff",
    "Fixed 3rd-party integration defects",
    "Grew up in the 1990s",
    "MSc Computer Science, University of Leeds, 2014",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_dates_versions_codes_and_contacts_are_not_metrics(nlp: Language, text: str) -> None:
    assert [span.text for span in find_metrics(nlp(text))] == []


def test_rank_out_of_keeps_the_field_size(nlp: Language) -> None:
    (span,) = find_metrics(nlp("• Ranked #1 of 40 regional delivery managers"))
    assert normalise_metric(span) == MetricValue(1, None, "rank", out_of=40)

    (span,) = find_metrics(nlp("• Finished 2nd out of 35 teams in the internal hackathon"))
    assert normalise_metric(span) == MetricValue(2, None, "rank", out_of=35)


def test_ranges_keep_the_lower_end_as_value(nlp: Language) -> None:
    (span,) = find_metrics(nlp("• Ran 5 to 7 concurrent projects"))
    assert normalise_metric(span) == MetricValue(5, "projects", "count", upper=7)

    # Was "Salary band £40k - 50k": a salary is no achievement (issue 19); the same range shape.
    (span,) = find_metrics(nlp("• Negotiated supplier contracts worth £40k - 50k"))
    assert normalise_metric(span) == MetricValue(40_000, "GBP", "money", upper=50_000)

    (span,) = find_metrics(nlp("• Lifted conversion 20-30% across markets"))
    assert normalise_metric(span) == MetricValue(20, "%", "percent", upper=30)


def test_spans_are_ordered_non_overlapping_and_labelled_across_lines(nlp: Language) -> None:
    text = (
        "EXPERIENCE\n"
        "Project Manager, Initech (Jan 2019 – Present)\n"
        "• Led a team of 12 engineers to ship 4 releases in 6 months\n"
        "• Cut cloud costs 30% ($1.1M a year)\n"
        "Skills: Python 3.11, ISO 27001\n"
    )
    doc = nlp(text)
    spans = find_metrics(doc)
    assert [(s.text, s.label_) for s in spans] == [
        ("team of 12 engineers", "team_size"),
        ("4 releases", "count"),
        ("6 months", "duration"),
        ("30%", "percent"),
        ("$1.1M", "money"),
    ]
    ends = [s.end for s in spans]
    assert all(end <= nxt.start for end, nxt in zip(ends, spans[1:], strict=False))
    doc.spans["metrics"] = spans  # what the pipeline component does
    assert [normalise_metric(s).value for s in doc.spans["metrics"]] == [12, 4, 6, 30, 1_100_000]


def test_works_on_a_doc_with_sentences(nlp: Language) -> None:
    sent_nlp = spacy.blank("en")
    sent_nlp.add_pipe("sentencizer")
    doc = sent_nlp("Reduced defects by 45%. Then delivered 9 projects under budget.")
    assert [s.label_ for s in find_metrics(doc)] == ["percent", "count"]
    second = list(doc.sents)[1]
    assert [s.text for s in find_metrics(second.as_doc())] == ["9 projects"]


def test_normalise_metric_rejects_a_span_without_a_quantity(nlp: Language) -> None:
    doc = nlp("Stakeholder management and reporting")
    with pytest.raises(ValueError, match="no quantified achievement"):
        normalise_metric(doc[0:2])


def test_a_doc_without_numbers_has_no_metrics(nlp: Language) -> None:
    assert find_metrics(nlp("Led stakeholder workshops and owned the risk register.")) == []
    assert find_metrics(nlp("")) == []


@pytest.mark.parametrize(
    ("bullet", "verb"),
    [
        ("• Led a team of 12 engineers", "lead"),
        ("Managed a $2.5M budget", "manage"),
        ("- Cut release time 40%", "cut"),
        ("Oversaw vendor selection for the ERP rollout", "oversee"),
        ("Drove adoption of Jira across 6 teams", "drive"),
        ("Successfully delivered 15 projects on time", "deliver"),
        ("Spearheading the data-centre migration", "spearhead"),
        ("Negotiates supplier contracts", "negotiate"),
        ("1. Shipped the mobile app in 3 months", "ship"),
        ("Founded the company's first PMO", "found"),
        ("Responsible for the project budget", None),
        ("Found 3 critical defects before go-live", None),
        ("Project budget of $2M", None),
        # First words of letters and other characters are words; of none, skipped
        ("•• 2) -- Led 3 squads", "lead"),
        ("3D-printed 40 prototypes", None),
        ("e.g. Reduced costs 5%", None),
        ("Co-led 12 releases", None),
        ("½ Reduced churn 5%", "reduce"),
    ],
)
def test_action_verb_lemma_without_a_lemmatizer(nlp: Language, bullet: str, verb: str) -> None:
    doc = nlp(bullet)
    assert find_action_verb(doc[:]) == verb


def test_action_verb_uses_the_pipeline_lemma_when_set(nlp: Language) -> None:
    doc: Doc = nlp("Helmed a 40-person team")
    doc[0].lemma_ = "lead"  # a lemmatizer (or lookup table) that knows a word our list lacks
    assert find_action_verb(doc[:]) == "lead"

    doc = nlp("Programmed the release train")
    doc[0].lemma_ = "programme"  # a lemma outside the list falls back to the built-in forms
    assert find_action_verb(doc[:]) == "program"


def test_context_rules_hold_far_into_a_long_line(nlp: Language) -> None:
    preamble = "Programme delivery for a national retailer covering stores, logistics and finance, "
    doc = nlp(preamble * 3 + "where I led a team of 12 engineers and cut tickets from 300 to 120")
    assert [(s.text, s.label_) for s in find_metrics(doc)] == [
        ("team of 12 engineers", "team_size"),
        ("from 300 to 120", "count"),
    ]
    assert normalise_metric(find_metrics(doc)[1]) == MetricValue(
        120, "tickets", "count", 300, direction="down"
    )


# Text before a number: words, spaces of every kind, line breaks, "from", and the NUL that starts
# a cut window.
LEFT = st.lists(
    st.one_of(
        st.sampled_from(["from", "From", "FROM", "tickets", "to", " ", "  ", "\n", "\t", "\xa0"]),
        st.sampled_from(["\u2003", "\x00", "(", "~", "-", "#", "No.", "x-from", "_from"]),
        st.text(max_size=5),
    ),
    max_size=12,
).map("".join)


# The pattern _prev_word replaced in the code; it stays here as the reference.
_PREV_WORD = re.compile(r"(?P<word>[^\s]+)\s+$")


@settings(max_examples=300, deadline=None)
@given(left=LEFT)
def test_previous_word_is_what_the_pattern_finds(left: str) -> None:
    match = _PREV_WORD.search(left)
    assert _prev_word(left) == (None if match is None else (match.group("word"), match.start()))


@settings(max_examples=300, deadline=None)
@given(left=LEFT)
def test_from_before_a_number_is_what_the_pattern_finds(left: str) -> None:
    match, fast = _FROM_LEFT.search(left), _from_left(left)
    assert (match is None) == (fast is None)
    if match is not None and fast is not None:
        assert (fast.span(), fast.groupdict()) == (match.span(), match.groupdict())


# Text before a number that may end in a rank's "top" or "ranked" (cases, the Kelvin sign).
RANK_LEFT_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            ["top", "Top", "TOP", "to\u212a", "ranked", "RANKED", "ran\u212aing", "at"]
        ),
        st.sampled_from([" ", "-", "\n", "\t", "\xa0", "no.", "Number", "the", "in", "x"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(left=RANK_LEFT_TEXT)
def test_rank_words_before_a_number_are_what_the_patterns_find(left: str) -> None:
    top = TOP_LEFT.search(left)
    fast = _top_left(left)
    assert (None if fast is None else fast.span()) == (None if top is None else top.span())
    assert _rank_plain_left(left) == (RANK_PLAIN_LEFT.search(left) is not None)


def _quantities_tried_everywhere(line: str) -> list[tuple[int, int]]:
    """The quantity matches when the pattern is tried at every offset near an anchor."""
    anchors = sorted(
        {m.start() for m in re.finditer(r"\d+", line)}.union(metrics._word_starts(line))
    )
    found = []
    pos = 0
    for anchor in anchors:
        if anchor < pos:
            continue
        for start in range(max(pos, anchor - metrics._PREFIX_WIDTH), anchor + 1):
            m = metrics._QUANTITY.match(line, start)
            if m is not None:
                found.append(m.span())
                pos = m.end()
                break
    return found


QUANTITY_LINE = st.lists(
    st.one_of(
        st.sampled_from(["$", "US$", "£", "€", "#", "USD", "Rs.", "rs", "CAD$", "a", "one", "ten"]),
        st.sampled_from(["2.5M", "40", "1,200", "20-30%", "hundred", "dozen", " ", "  ", "\t"]),
        st.sampled_from(["\xa0", "\u2003", "-", "(", ",", ".", "x", "k", "ſix", "٣"]),
        st.sampled_from(["GBP", "NZ$", "MX$", "HK$", "SG$", "A$", "R$", "C$", "AUD$", "Two"]),
        st.sampled_from(["SIX", "by", "low-", "Value:", "twenty-five", "Eleven", "INR", "ZAR"]),
        st.sampled_from(["top", "#", "~", "'", "/", "x", "Q", "b", "m", "K", "%", "_"]),
        # Number words found by no stem: spaced otherwise, a dotless i, glued to a currency code
        st.sampled_from(["a  hundred", "A\tdozen", "a\xa0thousand", "fıve", "USDone", "ı"]),
        # What may come before a number glued to it, or refuse it: words, ids, a dotless i
        st.sampled_from(["with", "wıth", "THAN", "about", "ab", "c", "é", "²", "_", ":", "A:"]),
        st.text(max_size=4),
    ),
    max_size=16,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(line=QUANTITY_LINE)
def test_skipping_spaces_finds_the_same_quantities(line: str) -> None:
    assert [m.span() for m in metrics._quantities(line)] == _quantities_tried_everywhere(line)


_METRIC_LINES = [
    "Cut costs 40%/25x and grew sales $2.5M-3M (from 300 to 120 tickets).",
    "Led a team of 12 engineers; 5%+10% gains; 3x-4x faster; ranked #1 of 40.",
    "Saved 1,200 hours\nRaised NPS 62% to 91%, doubled output, halved churn",
    "20-30% in 3 months 4h to 45m 7/10 top 5% £40k - 50k",
    "Grew 40%250x) and 40%40%$2.5M; 12 engineers40% 3 months–250x",
]


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.sampled_from(_METRIC_LINES) | QUANTITY_LINE, min_size=1, max_size=4),
    glue=st.sampled_from(["\n", " ", "/", "", "; "]),
)
def test_a_found_metric_normalises_to_what_a_new_look_at_its_line_gives(
    nlp: Language, lines: list[str], glue: str
) -> None:
    # find_metrics keeps each span's value for normalise_metric; a span widened to whole tokens
    # can reach into the next quantity, so the value kept is the hit overlapping it most.
    doc = nlp(glue.join(lines))
    for span in find_metrics(doc):
        assert normalise_metric(span) == metrics._normalise(span)
    # A span find_metrics did not give is normalised from its line.
    for span in find_metrics(doc)[:2]:
        wider = doc[max(span.start - 1, 0) : span.end]
        if (wider.start_char, wider.end_char) != (span.start_char, span.end_char):
            assert normalise_metric(wider) == metrics._normalise(wider)


def test_a_span_overlapping_two_quantities_takes_the_one_it_holds_most_of(nlp: Language) -> None:
    # "40%250x" is one token: the span made from "40%" holds "250x" too, and more of it.
    doc = nlp("Grew 40%250x in a year. Grew 40%40%1,200 hours.")
    spans = find_metrics(doc)
    assert [span.text for span in spans] == ["40%250x", "40%40%1,200"]
    values = [normalise_metric(span) for span in spans]
    assert values == [metrics._normalise(span) for span in spans]
    assert [(v.kind, v.value) for v in values] == [("ratio", 250.0), ("duration", 1200.0)]
