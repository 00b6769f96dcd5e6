"""The frame around a number: the verb of its clause, and the words that make it experience, a
grade, a salary or an employer's figure rather than an achievement (issue 19).

Every sentence here is written for the test; none is a line of the shared resumes.
"""

from __future__ import annotations

import pytest

from resume_kit.nlp.metric_frames import (
    change_direction,
    change_verb,
    clause_before,
    duration_frame,
    is_company_fact,
    is_grade,
    is_salary,
    verb_before,
)


def test_the_clause_is_what_follows_the_last_sentence_end_or_separator() -> None:
    assert clause_before("Joined in 2019. Since then cut costs by ") == "Since then cut costs by "
    assert clause_before("Skills: Excel (") == ""
    assert clause_before("led the team; grew sales ") == "grew sales "


@pytest.mark.parametrize(
    ("left", "verb"),
    [
        ("Reconciled ", "reconcile"),
        ("Lead a team that ", "lead"),  # a base form first in the clause is a command
        ("the plant and reduced scrap by ", "reduce"),  # a past form anywhere
        ("Software Engineer with ", None),  # a base form inside the clause is a noun
        ("BSc Mechanical Engineering, ", None),  # a capitalised -ing word is a field
        ("Earlier job. Managed ", "manage"),
        ("Ten years of ", None),
    ],
)
def test_the_verb_before_a_number_is_the_action_of_its_clause(left: str, verb: str | None) -> None:
    assert verb_before(left) == verb


def _frame(text: str, quantity: str, unit: str) -> bool:
    """duration_frame for ``quantity`` ("8 months") in ``text``, reported in ``unit``."""
    start = text.index(quantity)
    return duration_frame(text, start, start + len(quantity), unit, text[:start])


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "achievement"),
    [
        ("Rebuilt the payroll system in 8 months", "8 months", "months", True),
        ("Closed the books within 5 days of month end", "5 days", "days", True),
        ("Launched the app 3 weeks ahead of plan", "3 weeks", "weeks", True),
        ("Completed the rollout in under 2 years", "2 years", "years", True),
        ("Reconciled 20 years of club accounts", "20 years", "years", True),  # a verb governs
        ("Saved $2M amortised over 4 years", "4 years", "years", True),
        ("Payback reached between 1 and 3 years", "3 years", "years", True),
        ("Controller with 14 years of experience", "14 years", "years", False),
        ("Over 10 years' experience in nursing", "10 years", "years", False),
        ("Quality experience of over 7 years", "7 years", "years", False),
        ("Chaired the staff council for 6 years", "6 years", "years", False),
        ("Analyst with 5 months in insurance", "5 months", "months", False),
        ("In the last 3 years the team doubled", "3 years", "years", False),
        ("Ten years of warehouse management", "Ten years", "years", False),  # no verb: tenure
        ("Opened on Saturdays, 6 days a week", "6 days", "days", False),
        ("Saved 6 hours a week for each planner", "6 hours", "hours", True),  # time saved
        ("Restored a 30-year-old organ", "30-year", "years", False),
        ("Finished a 2 years diploma course", "2 years", "years", False),
    ],
)
def test_a_duration_is_an_achievement_only_in_a_frame_of_work(
    text: str, quantity: str, unit: str, achievement: bool
) -> None:
    assert _frame(text, quantity, unit) is achievement


@pytest.mark.parametrize(
    ("window", "left", "grade"),
    [
        ("Class XII - 92%", "Class XII - ", True),
        ("Bachelor's in Commerce, 81%", "Bachelor's in Commerce, ", True),
        ("B.Tech (ECE) 7.9", "B.Tech (ECE) ", True),
        ("MEng Civil Engineering (2:1)", "MEng Civil Engineering (", True),
        ("Raised the school's attendance to 97%", "Raised the school's attendance to ", False),
        ("Cut release time 40%", "Cut release time ", False),
        ("Ran 360-degree reviews, 95%", "Ran 360-degree reviews, ", False),
    ],
)
def test_marks_in_an_education_line_are_grades(window: str, left: str, grade: bool) -> None:
    assert is_grade(window, left) is grade


@pytest.mark.parametrize(
    ("line", "amount", "salary"),
    [
        ("Salary: $61,000", "$61,000", True),
        ("Starting pay £24,500 a year", "£24,500", True),
        ("$38,000 per year Supervisor: A. Lee", "$38,000", True),
        ("Expected CTC 9 lakhs", "9 lakhs", True),
        ("Negotiated $61,000 in supplier rebates", "$61,000", False),
        ("Cut salary costs by $90,000", "$90,000", False),  # a verb: money the person moved
    ],
)
def test_pay_figures_are_salaries(line: str, amount: str, salary: bool) -> None:
    start = line.index(amount)
    assert is_salary(line, line[:start], start + len(amount)) is salary


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("Contoso serves 3 million customers in Asia", True),
        ("Fabrikam Logistics employs 2,000 drivers", True),
        ("Handled 3 million customer records", False),
        ("I have 12 certifications", False),
        ("Reduces costs for 40 clinics", False),
    ],
)
def test_figures_about_an_employer_are_facts_not_achievements(line: str, fact: bool) -> None:
    assert is_company_fact(line) is fact


@pytest.mark.parametrize(
    ("left", "direction"),
    [
        ("Reduced onboarding time to ", "down"),
        ("cutting the wait to under ", "down"),
        ("Grew the user base to ", "up"),
        ("increasing uptime to nearly ", "up"),
        ("Brought licence costs down to ", "down"),
        ("Improved response time to ", None),  # "improved" goes either way
        ("Doubled bandwidth and propelled throughput to ", None),  # another verb's clause
        ("Reduced costs by ", None),  # not a change's end
    ],
)
def test_a_change_written_by_its_end_takes_its_direction_from_the_verb(
    left: str, direction: str | None
) -> None:
    assert change_direction(left) == direction


def test_verbs_of_change_are_read_in_any_form() -> None:
    assert change_verb("fell from ") == "down"
    assert change_verb("sales rose from ") == "up"
    assert change_verb("moved the close from ") == "either"
    assert change_verb("Managed the budget from ") is None
