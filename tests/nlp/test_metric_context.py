"""What a number in a bullet measures: the shapes real resumes write quantities in (issue 19).

Every sentence here is written for the test; none is a line of the shared resumes.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from resume_kit.nlp.metrics import MetricValue, find_metrics, normalise_metric


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def found(nlp: Language, text: str) -> list[tuple[str, MetricValue]]:
    """(span text, normalised value) of every metric in ``text``."""
    return [(span.text, normalise_metric(span)) for span in find_metrics(nlp(text))]


def values(nlp: Language, text: str) -> list[MetricValue]:
    return [value for _, value in found(nlp, text)]


V = MetricValue

# (bullet, every metric it holds, in order)
SHAPES: list[tuple[str, list[MetricValue]]] = [
    # Numbers as PDF extraction and other countries write them
    ("Processed 4, 500 supplier invoices a month", [V(4500, "invoices", "count")]),
    ("Grew the newsletter to 120 k subscribers", [V(120_000, "subscribers", "count",
                                                    direction="up")]),
    ("Trimmed freight spend by 35 k in the first year", [V(35_000, None, "money")]),
    ("Closed deals worth 12 Crores with state utilities", [V(120_000_000, None, "money")]),
    ("Handled a 3 lakhs monthly petty-cash budget", [V(300_000, None, "money")]),
    ("Commissioned 140 nos. of street-light poles", [V(140, "poles", "count")]),
    ("Contract value: 3.2 Mil", [V(3_200_000, None, "money")]),
    ("Saved the clinic roughly a million dollars on imaging", [V(1_000_000, "USD", "money")]),
    ("Won a ~$4 billion framework agreement", [V(4e9, "USD", "money")]),
    ("Reached 3.4 million listeners with the podcast", [V(3_400_000, "listeners", "count")]),
    ("Cut month-end close from 9 days down to 2 1/2 days", [V(2.5, "days", "duration", 9.0,
                                                            direction="down")]),
    # Numbers in words
    ("Promoted thrice during the merger", [V(3, "times", "count")]),
    ("Two times runner-up in the regional code sprint", [V(2, "times", "count")]),
    ("Named volunteer of the month twice", [V(2, "times", "count")]),
    ("Made the nightly import twice as fast", [V(2, "x", "ratio")]),
    ("Scaled order volume 4x a year", [V(4, "x", "ratio")]),
    ("Doubled weekly active users through referral rewards", [V(2, "x", "ratio")]),
    ("Tripling throughput on the packing line", [V(3, "x", "ratio")]),
    ("Halved the backlog of warranty claims", [V(50, "%", "percent")]),
    ("Reduced by half the time to approve a purchase order", [V(50, "%", "percent")]),
    ("Cut audit preparation in half with shared checklists", [V(50, "%", "percent")]),
    ("Rolled out seven (7) kiosks in the lobby", [V(7, "kiosks", "count")]),
    ("Coordinated eleven regional food banks", [V(11, "banks", "count")]),
    ("Shipped 3 products and several minor updates", [V(3, "products", "count")]),
    ("Answered 12,000+ support chats", [V(12_000, "chats", "count")]),
    # Words run into the number by PDF extraction
    ("Raised renewal rates by27percent", [V(27, "%", "percent")]),
    ("Budgets grew from$40,000 to $90,000", [V(90_000, "USD", "money", 40_000, direction="up")]),
    ("Delivered weekly reports to45 regional managers", [V(45, "people", "team_size")]),
    # Header-style fields
    ("Team Size: 8", [V(8, "people", "team_size")]),
    ("Peak Team Size 14", [V(14, "people", "team_size")]),
    ("Headcount: 35 engineers", [V(35, "people", "team_size")]),
    # Counts with longer noun phrases
    ("Supported 40 Windows 11/macOS laptops for the sales floor", [V(40, "laptops", "count")]),
    ("Imaged 90 field and office tablets", [V(90, "tablets", "count")]),
    ("Ran onboarding for 60 work from home agents", [V(60, "people", "team_size")]),
    ("Relocated a 250 employee call centre in one weekend", [V(250, "employees", "count")]),
    ("Scraped 20K+ listings/day for the pricing model", [V(20_000, "listings", "count")]),
    ("Installed 3,200 ft of fibre between the depots", [V(3200, "ft", "count")]),
    ("Fitted out 30 Meeting Rooms across the campus", [V(30, "Rooms", "count")]),
    ("Managed 12 IT apprentices", [V(12, "people", "team_size")]),
    ("Mentored 12 IT apprentices", [V(12, "apprentices", "count")]),  # people reached, not led
    # Ranks
    ("Stood 2nd in the state maths olympiad", [V(2, None, "rank")]),
    ("top 40/1800 in the national coding challenge", [V(40, None, "rank", out_of=1800)]),
    ("Voted the most helpful agent out of 25 agents", [V(1, None, "rank", out_of=25)]),
    ("Recognised as 1 of the top 3 performers in the region", [V(3, None, "rank")]),
]  # fmt: skip


@pytest.mark.parametrize(("bullet", "expected"), SHAPES, ids=[b for b, _ in SHAPES])
def test_shapes_are_found_with_their_value(
    nlp: Language, bullet: str, expected: list[MetricValue]
) -> None:
    assert values(nlp, bullet) == expected


# (bullet, every metric it holds): a range keeps both ends, a change both values and a direction.
RANGES_AND_CHANGES: list[tuple[str, list[MetricValue]]] = [
    ("Managed projects ranging from $200K to $3M", [V(200_000, "USD", "money", upper=3_000_000)]),
    ("Shop budgets varied between $50K and $2million", [V(50_000, "USD", "money",
                                                         upper=2_000_000)]),
    ("Payback came in between 2 and 4 years", [V(2, "years", "duration", upper=4)]),
    ("Supervised shifts of 15 up to 40 pickers", [V(15, "pickers", "count", upper=40)]),
    ("Led teams of 6 up to 25 analysts", [V(6, "people", "team_size", upper=25)]),
    ("Lifted first-call resolution 58% to 83%", [V(83, "%", "percent", 58, direction="up")]),
    ("Brought average handling time from ~12 min to ~7 min",
     [V(7, "minutes", "duration", 12, direction="down")]),
    ("Dropped open defects from 410 to 35", [V(35, "defects", "count", 410, direction="down")]),
    ("Pushed on-time delivery from low-70% to 96%", [V(96, "%", "percent", 70, direction="up")]),
    ("Report run time went from 3hrs down to 20mins", [V(20, "minutes", "duration", 180,
                                                       direction="down")]),
    ("Brought scrap from 4% to to <1% on line two", [V(1, "%", "percent", 4, direction="down")]),
    ("Grew donations from £ 80k to > £ 1.5 million", [V(1_500_000, "GBP", "money", 80_000,
                                                      direction="up")]),
    ("Sped up builds from ~40s to ~8s", [V(8, "seconds", "duration", 40, direction="down")]),
    ("Cut p95 latency from 900 ms to 150 ms", [V(150, "ms", "duration", 900, direction="down")]),
    ("Raised MRR from $9,000/month to $21,000/month", [V(21_000, "USD", "money", 9000,
                                                        direction="up")]),
    ("Shortened approvals to 3 days from a typical 10 days", [V(3, "days", "duration", 10,
                                                                 direction="down")]),
    ("Moved payroll from a six day run to a two day run", [V(2, "days", "duration", 6,
                                                              direction="down")]),
    ("Reduced vendor onboarding time to 5 days", [V(5, "days", "duration", direction="down")]),
    ("Increased pick accuracy to nearly 100%", [V(100, "%", "percent", direction="up")]),
    ("Brought legacy licence costs down to $0", [V(0, "USD", "money", direction="down")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("bullet", "expected"), RANGES_AND_CHANGES, ids=[b for b, _ in RANGES_AND_CHANGES]
)
def test_ranges_keep_both_ends_and_changes_their_direction(
    nlp: Language, bullet: str, expected: list[MetricValue]
) -> None:
    assert values(nlp, bullet) == expected


def test_a_range_or_change_is_one_metric_spanning_both_numbers(nlp: Language) -> None:
    assert [text for text, _ in found(nlp, "Cut churn from 9% to 4% in two quarters")] == [
        "from 9% to 4%",
        "two quarters",
    ]
    assert [text for text, _ in found(nlp, "Ran budgets ranging from $1M to $6M")] == [
        "from $1M to $6M"
    ]


NOT_ACHIEVEMENTS = [
    # Years of experience and tenure
    "Operations analyst with 9+ years of experience in logistics",
    "Over 12 years' experience supporting clinical systems",
    "Eight years of hands-on retail management",
    "Controller bringing more than 15 years in finance",
    "A 25-year career in public transport",
    "Broad warehouse experience of over 6 years",
    "Excel (8 years), SQL (5 years), Tableau (Less than 1 year)",
    "Served on the safety committee for four years",
    "Coordinated the alumni network for over three years",
    "Over the course of 10 years, built strong supplier relationships",
    "4 years 3 months",
    "6 years as Lab Technician at a regional hospital",
    # Ages, study, schedules, reference periods
    "Coached my 10-year-old daughter's football team",
    "Maintains a 40 year old steam engine",
    "Completed a 3 years diploma in electrical maintenance",
    "Spent eight months of study abroad in Lyon",
    "Worked full time five days a week on the front desk",
    "Shows the invoices of the previous two months on one screen",
    "Over the past five years, kept the store spotless",
    # Grades and marks
    "Class X - 91%",
    "B.Tech in Mechanical Engineering, 78.4%",
    "CGPA 8.2",
    "MSc Data Science (2:1), University of Leeds",
    "Higher Secondary Board Exams | 2015 | 88.6%",
    # Versions, standards, models and codes
    "Upgraded the ERP from 8.0 to 9.0",
    "All Office versions from 2010 to 365",
    "Migrated mail servers from 2013 to 2019",
    "Rolled out 2.0 workflows to the claims team",
    "Configured IEEE 802.1X port security",
    "Deployed Cisco 9300 switches in the core",
    "Stacked HP 5130 Switches in each closet",
    "Provided Level 1 & 2 support for the ERP",
    "Escalated Tier 2 and 3 tickets to the vendor",
    "Obtained the 5S certification for the workshop",
    "Maintained the 8x raid array",
    "Introduced a 4:1 multiplexer in the design",
    "Course 24871 Routers and Switches Fundamentals",
    # Pay, facts about the employer, other numbers
    "Salary: 48,000 USD Per Year",
    "$52,000 per year Supervisor: J. Smith",
    "Expected CTC: 12 lakhs",
    "Northwind employs 4,000 people across Europe",
    "Entitled to a 40% disability rating as a service-connected veteran",
    "The survey compared the two cohorts",
    "Fixed caching so no page loaded twice",
    "Met the auditors twice a year",
    "Worked with the top 3 priorities of the quarter",
    "Dates 2001 to 2006 and Leeds, UK",
    "Scored 512/800 in the entrance examination",
    "Employee of the Year 2018",
    "Builds for x64 and arm64",
]


@pytest.mark.parametrize("text", NOT_ACHIEVEMENTS)
def test_numbers_that_are_not_achievements_are_not_metrics(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


# The same number is an achievement when its sentence says so.
SAME_NUMBER_IN_CONTEXT = [
    ("Rolled out the new ERP in 2 years", "Software tester with 2 years in banking"),
    ("Digitised 30 years of paper records", "30 years of paper-based bookkeeping experience"),
    ("Finished the audit 3 weeks ahead of schedule", "Spent 3 weeks a year on audits"),
    ("Cut the school's dropout rate by 12%", "School leaving certificate, 12%"),
    ("Negotiated contracts worth $80,000", "Salary: $80,000"),
    ("Completed the refit over a 2-year period", "Led the night shift for a 2-year period"),
    ("Won 40 new accounts", "Acme has 40 new accounts"),
]


@pytest.mark.parametrize(("achievement", "not_one"), SAME_NUMBER_IN_CONTEXT)
def test_context_decides_whether_a_number_is_an_achievement(
    nlp: Language, achievement: str, not_one: str
) -> None:
    assert len(found(nlp, achievement)) == 1
    assert found(nlp, not_one) == []
