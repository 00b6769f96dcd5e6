"""Roles in the arrangements resumes use: which line is the title, which the employer, the dates.

Each fixture is a small resume in our own words, one arrangement or date form each.
"""

from __future__ import annotations

import pytest

from resume_kit.model.documents import Role, SourceText
from resume_kit.structure.resume import parse_resume


def _roles(body: str) -> list[Role]:
    text = f"Sam Rivers\nsam@example.org\n\nExperience\n{body}"
    return parse_resume(SourceText(source="fixture.txt", format="txt", text=text)).roles


def _heads(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.title, r.employer, r.location) for r in _roles(body)]


def _dates(body: str) -> list[tuple[str | None, str | None, bool]]:
    return [(r.start_date, r.end_date, r.current) for r in _roles(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Title at Company"
        ("Data Analyst at Brightwater Foods, Leeds, UK | 2019 - 2021\n• Built dashboards.\n",
         ("Data Analyst", "Brightwater Foods", "Leeds, UK")),
        # "Company — Title", dates below
        ("Brightwater Foods — Data Analyst\nMar 2019 – Jun 2021\n• Built dashboards.\n",
         ("Data Analyst", "Brightwater Foods", None)),
        # "Title, Company, City, ST": the state "OR" is no connective to drop
        ("Line Cook, Hearth & Field, Portland, OR\nMarch 2021 - Present\n• Ran the grill.\n",
         ("Line Cook", "Hearth & Field", "Portland, OR")),
        # "Company – Creator of X": an agent noun before "of" is a title
        ("Quarry Games – Creator of PixelCourse\nSep. 2021 - Present\n• Wrote 50 lessons.\n",
         ("Creator of PixelCourse", "Quarry Games", None)),
        # "Title at domain", the dates first and the year before its month
        ("2019 october - now: Game Developer at pixelbarn.io, Haifa, Israel\n• Shipped 3 games.\n",
         ("Game Developer", "pixelbarn.io", "Haifa, Israel")),
        # a post rather than a trade names the job ("co-op", "internship", "part-time")
        ("Halvorsen Marine Systems Group\nFull-time co-op positions, January 2013 – January 2016\n"
         "• Built a viewer app.\n",
         ("Full-time co-op positions", "Halvorsen Marine Systems Group", None)),
        # "Title | Company | City | dates"
        ("Data Analyst | Brightwater Foods | Leeds, UK | 2019 – 2021\n• Built dashboards.\n",
         ("Data Analyst", "Brightwater Foods", "Leeds, UK")),
        # title line, then the company, then the dates
        ("Data Analyst\nBrightwater Foods\n2019 – 2021\n• Built dashboards.\n",
         ("Data Analyst", "Brightwater Foods", None)),
        # company first (no suffix tells it is one), the title below, place and dates last
        ("Brightwater\nLogistics Coordinator\nLeeds, UK\nJan 2020 – Present\n• Ran the depot.\n",
         ("Logistics Coordinator", "Brightwater", "Leeds, UK")),
        # "Company, City" with the dates after a tab, the title on the next line
        ("Harbour Health Trust, Bristol, UK\t2018 – 2020\nWard Nurse\n• Led night shifts.\n",
         ("Ward Nurse", "Harbour Health Trust", "Bristol, UK")),
        # dates on the line above the header
        ("2017 – 2019\nTeaching Assistant, University of Lisbon\n• Ran tutorials.\n",
         ("Teaching Assistant", "University of Lisbon", None)),
        # dates far to the right after many spaces
        ("Delivery Driver, Swift Parcels                    Jun 2016 - Aug 2017\n"
         "• Drove 120 drops a day.\n",
         ("Delivery Driver", "Swift Parcels", None)),
        # an O*NET title word the short list does not know ("Driver", "Welder")
        ("Quayside Metals\nWelder\n2012 – 2015\n• Welded hulls.\n",
         ("Welder", "Quayside Metals", None)),
        # "Title, Organisation" where only the organisation has a cue
        ("Chemistry TA, Saint Brendan's University. 09/2022 – Current.\n• Graded labs.\n",
         ("Chemistry TA", "Saint Brendan's University", None)),
        # key/value blocks
        ("Position: Site Reliability Engineer\nCompany: Cobalt Grid\nDates: 2020 - 2022\n"
         "• Cut paging by half.\n",
         ("Site Reliability Engineer", "Cobalt Grid", None)),
        # a title followed by its tech stack, the employer and place below
        ("Software Developer | Python, Go, SQL, Docker\nNorthwind Traders, Austin, TX\n"
         "Sep 2022 – Dec 2022\n• Built an API.\n",
         ("Software Developer", "Northwind Traders", "Austin, TX")),
        # Europass: title and organisation in capitals on one line
        ("02/01/2021 – 31/01/2023 Porto, Portugal\nWEB DEVELOPER LUMEN TECHNOLOGIES\n"
         "• Shipped the shop.\n",
         ("WEB DEVELOPER", "LUMEN TECHNOLOGIES", "Porto, Portugal")),
    ],
)  # fmt: skip
def test_title_employer_and_place_by_cues(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _heads(body) == [expected]


@pytest.mark.parametrize(
    ("written", "start", "end", "current"),
    [
        ("2019–Present", "2019", None, True),
        ("03/2019 - Current", "2019-03", None, True),
        ("Jan. 2020 – now", "2020-01", None, True),
        ("2018.10–2024.09", "2018-10", "2024-09", False),
        ("Summer 2021", "2021", None, False),
        ("2019 to date", "2019", None, True),
        ("since 2020", "2020", None, True),
        ("Sept 2019 - Aug 2021", "2019-09", "2021-08", False),
        ("2019 - 2021", "2019", "2021", False),
        ("Jan 2019 - Mar 2021 (2 years)", "2019-01", "2021-03", False),
        ("Fall 2011-Present", "2011", None, True),
        ("January ’15 – Present", "2015-01", None, True),
        ("Sep. 2023 \u00ad Mar. 2024", "2023-09", "2024-03", False),
        ("Sep. 2023  Mar. 2024", "2023-09", "2024-03", False),
        ("Dezember 2024 - Februar 2026", "2024-12", "2026-02", False),
        ("Seit 05/2019", "2019-05", None, True),
        ("2009/08 – 至今", "2009-08", None, True),
        ("2016 / 09 - now", "2016-09", None, True),
        ("Jun 2018 - Sep 2018, Sep 2019 - Nov 2019", "2018-06", "2019-11", False),
    ],
)
def test_date_forms_on_a_role_header(
    written: str, start: str, end: str | None, current: bool
) -> None:
    body = f"Field Technician, Ostara Wind Ltd | {written}\n• Serviced turbines.\n"
    assert _heads(body) == [("Field Technician", "Ostara Wind Ltd", None)]
    assert _dates(body) == [(start, end, current)]


def test_duration_beside_the_dates_is_not_part_of_the_header() -> None:
    body = (
        "Claims Handler\nMeridian Insurance\n"
        "May 2015 – Jun 2017 · 2 yrs 1 mo\n• Closed 40 claims.\n"
    )
    assert _heads(body) == [("Claims Handler", "Meridian Insurance", None)]


def test_promotions_under_one_employer_each_get_the_employer() -> None:
    body = (
        "Kestrel Analytics, Denver, CO\n"
        "Senior Data Engineer    2021 – Present\n"
        "• Led the lakehouse move.\n"
        "Data Engineer    2018 – 2021\n"
        "• Built the nightly loads.\n"
    )
    roles = _roles(body)
    assert [(r.title, r.employer, r.location) for r in roles] == [
        ("Senior Data Engineer", "Kestrel Analytics", "Denver, CO"),
        ("Data Engineer", "Kestrel Analytics", "Denver, CO"),
    ]
    assert [(r.start_date, r.current) for r in roles] == [("2021", True), ("2018", False)]
    assert [[b.text for b in r.bullets] for r in roles] == [
        ["Led the lakehouse move."],
        ["Built the nightly loads."],
    ]


def test_employer_with_its_own_dates_over_several_titles() -> None:
    body = (
        "ACME ROBOTICS: June 2014 - Current\n"
        "Program Manager (September 2017 - Current)\n"
        "• Ran three product lines.\n"
        "Automation Analyst (June 2014 - September 2017)\n"
        "• Automated test rigs.\n"
    )
    assert _heads(body) == [
        ("Program Manager", "ACME ROBOTICS", None),
        ("Automation Analyst", "ACME ROBOTICS", None),
    ]
    assert _dates(body) == [("2017-09", None, True), ("2014-06", "2017-09", False)]


def test_employer_named_above_a_blurb_about_it() -> None:
    body = (
        "Tidewater — Remote\n"
        "Tidewater builds billing software for small utilities.\n"
        "Engineering Manager, Payments (March 2022 - Present)\n"
        "Grew the team from 3 to 9 engineers and cut incidents by half.\n"
        "Staff Engineer (May 2019 - March 2022)\n"
        "Rebuilt the invoicing pipeline in Go.\n"
    )
    assert _heads(body) == [
        ("Engineering Manager, Payments", "Tidewater", "Remote"),
        ("Staff Engineer", "Tidewater", "Remote"),
    ]


def test_paragraph_description_is_the_roles_text() -> None:
    body = (
        "Research Assistant\nUniversity of Tartu, 2016 - 2018\n"
        "Designed survey instruments and analysed panel data\n"
        "Supervised four student coders\n"
        "Lab Manager\nUniversity of Tartu, 2018 - 2020\n"
        "Ordered equipment and kept the safety records\n"
    )
    roles = _roles(body)
    assert [(r.title, r.employer) for r in roles] == [
        ("Research Assistant", "University of Tartu"),
        ("Lab Manager", "University of Tartu"),
    ]
    assert [b.text for b in roles[0].bullets] == [
        "Designed survey instruments and analysed panel data",
        "Supervised four student coders",
    ]


def test_dates_read_below_the_first_bullets_still_find_their_header() -> None:
    # A PDF's right-aligned date column can come out after the role's first bullets.
    body = (
        "Product Manager\n"
        "Fernhill Software Inc.\n"
        "• Owned the roadmap for the mobile app.\n"
        "Jan 2020 – Present\n"
        "San Jose, CA\n"
        "• Launched two paid tiers.\n"
        "Associate Product Manager\n"
        "Quillmark Co.\n"
        "• Ran user interviews.\n"
        "Jun 2017 – Dec 2019\n"
        "Austin, TX\n"
    )
    roles = _roles(body)
    assert [(r.title, r.employer, r.start_date) for r in roles] == [
        ("Product Manager", "Fernhill Software Inc.", "2020-01"),
        ("Associate Product Manager", "Quillmark Co.", "2017-06"),
    ]
    assert [b.text for b in roles[0].bullets] == [
        "Owned the roadmap for the mobile app.",
        "Launched two paid tiers.",
    ]


def test_a_lone_date_is_a_start_and_a_one_off_among_ranges() -> None:
    timeline = "10/2018 Software Engineer @ Norrland AB\n• Wrote services.\n"
    timeline += "9/2016 Junior Developer @ Norrland AB\n• Fixed bugs.\n"
    assert _dates(timeline) == [("2018-10", None, False), ("2016-09", None, False)]
    mixed = (
        "Project Management Training, Orbis Consulting, 2011 / 11\n• Two-day simulation.\n"
        "Student Programmer, Orbis Consulting, 2009 - 2011\n• Wrote reports.\n"
    )
    assert _dates(mixed) == [("2011-11", "2011-11", False), ("2009", "2011", False)]


def test_roles_without_dates() -> None:
    body = (
        "Cobalt Grid\nPlatform Engineer\n• Ran the clusters.\n"
        "Northwind Traders\nBuyer\n• Bought stock.\n"
    )
    assert _heads(body) == [
        ("Platform Engineer", "Cobalt Grid", None),
        ("Buyer", "Northwind Traders", None),
    ]


def test_an_employer_is_not_carried_into_another_experience_section() -> None:
    text = (
        "Sam Rivers\n\nWork Experience\nRiverside Labs – Research Engineer\nSep 2021 - Present\n"
        "• Built rigs.\nOther Experience\nContent Creator\nApr 2022 - Present\n• Made videos.\n"
    )
    roles = parse_resume(SourceText(source="f.txt", format="txt", text=text)).roles
    assert [(r.title, r.employer) for r in roles] == [
        ("Research Engineer", "Riverside Labs"),
        ("Content Creator", None),
    ]


def test_bullet_spans_point_into_the_text() -> None:
    body = "Brightwater Foods — Data Analyst\nMar 2019 – Jun 2021\n• Built dashboards.\n"
    text = f"Sam Rivers\nsam@example.org\n\nExperience\n{body}"
    resume = parse_resume(SourceText(source="fixture.txt", format="txt", text=text))
    for role in resume.roles:
        for bullet in role.bullets:
            assert text[bullet.start : bullet.end] == bullet.text


def test_last_words_of_a_wrapped_bullet_are_not_an_employer() -> None:
    body = (
        "Northgate Advisory | Leeds, UK\n"
        "Senior Consultant | Jan 2012 – Jul 2016\n"
        "• Led the rollout of the records system for the cardiology wards at the Royal Infirmary\n"
        "Hospitals.\n"
        "Consultant | Apr 2009 – Dec 2011\n"
        "• Mapped the referral process.\n"
    )
    assert _heads(body) == [
        ("Senior Consultant", "Northgate Advisory", "Leeds, UK"),
        ("Consultant", "Northgate Advisory", "Leeds, UK"),
    ]


def test_a_date_wrapped_over_two_lines() -> None:
    body = "Harbor Freightworks | Shutdown Planner (Jan\n2013 – Present)\n• Planned 45 outages.\n"
    assert _heads(body) == [("Shutdown Planner", "Harbor Freightworks", None)]
    assert _dates(body) == [("2013-01", None, True)]


def test_no_employer_is_lent_across_title_at_employer_roles() -> None:
    body = (
        "Backend Developer at Lindqvist Data | 2019 – 2022\n• Built the billing API.\n"
        "Freelance Developer | 2017 – 2019\n• Built shop sites for local bakeries.\n"
    )
    assert _heads(body) == [
        ("Backend Developer", "Lindqvist Data", None),
        ("Freelance Developer", None, None),
    ]


def test_page_furniture_between_roles_is_no_role() -> None:
    body = (
        "Data Analyst, Brightwater Foods | 2019 – 2021\n• Built dashboards.\n"
        "March 3, 2026\nSam Rivers · Résumé\n2 / 3\n"
        "Junior Analyst, Brightwater Foods | 2017 – 2019\n• Cleaned data.\n"
    )
    assert _heads(body) == [
        ("Data Analyst", "Brightwater Foods", None),
        ("Junior Analyst", "Brightwater Foods", None),
    ]


def test_dates_alone_make_no_role() -> None:
    body = (
        "Sept 2018 – May 2023\nData Analyst, Brightwater Foods | 2019 – 2021\n• Built dashboards.\n"
    )
    assert _heads(body) == [("Data Analyst", "Brightwater Foods", None)]
