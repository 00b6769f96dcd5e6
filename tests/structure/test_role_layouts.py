"""Role headers in the shapes real resumes give them after reading: bulleted headers, titles
under an employer written once, headers with their dates set apart, headers the bullets of a
description must not be mistaken for.

Each fixture is a small resume in our own words reproducing one shape.
"""

from __future__ import annotations

from resume_kit.model.documents import Role, SourceText
from resume_kit.structure.resume import parse_resume

Head = tuple[str | None, str | None, str | None]


def _roles(body: str) -> list[Role]:
    text = f"Sam Rivers\nsam@example.org\n\nExperience\n{body}"
    return parse_resume(SourceText(source="fixture.txt", format="txt", text=text)).roles


def _heads(body: str) -> list[Head]:
    return [(r.title, r.employer, r.start_date) for r in _roles(body)]


def test_a_bulleted_employer_line_above_the_dated_title_names_the_employer() -> None:
    # A template that bullets every entry line: "• Employer<tab>City" over "Title<tab>dates".
    body = (
        "• Quillon\tPortland, OR\n"
        "Platform Engineer\tMar 2019 – Present\n"
        "• Ledger: moved the billing jobs to a queue and cut the nightly run to an hour.\n"
        "• Search: rebuilt the index pipeline.\n"
        "• Brightwater Foods\tLeeds, UK\n"
        "Data Analyst\tSummer 2016 and 2017\n"
        "• Forecasts: built the weekly demand model used by every depot.\n"
    )

    roles = _roles(body)

    assert [(r.title, r.employer, r.location) for r in roles] == [
        ("Platform Engineer", "Quillon", "Portland, OR"),
        ("Data Analyst", "Brightwater Foods", "Leeds, UK"),
    ]
    assert [len(r.bullets) for r in roles] == [2, 1]
    assert [(r.start_date, r.end_date, r.current) for r in roles] == [
        ("2019-03", None, True),
        ("2016", "2017", False),  # two summers: the span from the first to the second
    ]


def test_roles_written_as_dated_bullets_are_roles() -> None:
    # Every role on one bulleted line, dates and a duration in a sentence-like phrase.
    body = (
        "• 3 years as Shift Captain at Harbour Ferries from 2019 to today\n"
        "• Ward Clerk, Northgate Clinic, 2016 – 2019\n"
        "• 2014-2016 - Aux. administrativo. Transportes Serra LTDA\n"
    )

    assert _heads(body) == [
        ("Shift Captain", "Harbour Ferries", "2019"),
        ("Ward Clerk", "Northgate Clinic", "2016"),
        ("Aux. administrativo", "Transportes Serra LTDA", "2014"),
    ]


def test_dated_bullets_under_an_employer_are_its_titles() -> None:
    # The employer written once with its whole span, each post a dated bullet below; the next
    # employer's title is its first bullet.
    body = (
        "Corner Bakery, Coon Rapids, MN. 09/2017 – Current.\n"
        "• Counter assistant from 2017 – 2019\n"
        "• Delivery driver from 2019 – current.\n"
        "• Duties involve checking orders and handling cash.\n"
        "Lakeside Grocers, Andover, MN. 02/2015 – 08/2017.\n"
        "• Shift Supervisor.\n"
        "• Handled customer complaints.\n"
    )

    assert _heads(body) == [
        ("Counter assistant", "Corner Bakery", "2017"),
        ("Delivery driver", "Corner Bakery", "2019"),
        ("Shift Supervisor", "Lakeside Grocers", "2015-02"),
    ]


def test_bullets_with_version_numbers_are_no_roles() -> None:
    body = (
        "IT Project Manager, Granite Retail\tMay 2015 – Jan 2017\n"
        "• Exchange 2003-2007 upgrade\n"
        "• Windows server 2008-2012 migration\n"
    )

    roles = _roles(body)

    assert [(r.title, r.employer) for r in roles] == [("IT Project Manager", "Granite Retail")]
    assert len(roles[0].bullets) == 2


def test_dash_bullets_seasons_and_a_lone_date_set_apart() -> None:
    # "-Word" bullets with no space, a season before each year, a date alone after a tab on a
    # long header line, one employer over two titles.
    body = (
        "RIVERSIDE UNIVERSITY - Fairview, IN\n"
        "Graduate Research Assistant in Chemistry Department\t\tFall 2011-Present\n"
        "-Conduct research on heat barriers\n"
        "-Design cooling experiments\n"
        "Summer Undergraduate Research Fellowship\t\tSummer 2010\n"
        "-Grew nanotubes on a protein template\n"
        "NATIONAL LABORATORY – Oak Park, IN\n"
        "Advanced Light Source (ALS) Beamline 2 User\t\t\tNovember 2009\n"
        "-Ran diffraction experiments at high temperature\n"
        "Campus Guide Programme: Student Ambassador\t\tFall 2008- Spring 2009\n"
        "-Led campus tours\n"
    )

    assert _heads(body) == [
        ("Graduate Research Assistant in Chemistry Department", "RIVERSIDE UNIVERSITY", "2011"),
        ("Summer Undergraduate Research Fellowship", "RIVERSIDE UNIVERSITY", "2010"),
        ("Advanced Light Source (ALS) Beamline 2 User", "NATIONAL LABORATORY", "2009-11"),
        ("Student Ambassador", "Campus Guide Programme", "2008"),
    ]


def test_an_organisation_in_brackets_after_the_title_is_the_employer() -> None:
    # LaTeX rows: "Title (Employer)<tab>dates", the employer a university, a firm or a domain.
    body = (
        "Research Employee / Software Development (University of Leiden)\t2012 - 2014\n"
        "Built an assessment framework for trainees\n"
        "Negotiation Simulation Training (Harwell Consulting)\tNov. 2011\n"
        "Ran a two-day simulation\n"
        "Student Assistant / Programmer (lernwerk.uni-leiden.nl)\t2010 - 2011\n"
        "Topics included contracts, change management, controlling, operational tasks\n"
    )

    assert _heads(body) == [
        ("Research Employee / Software Development", "University of Leiden", "2012"),
        ("Negotiation Simulation Training", "Harwell Consulting", "2011-11"),
        ("Student Assistant / Programmer", "lernwerk.uni-leiden.nl", "2010"),
    ]


def test_a_block_opening_with_its_dates_takes_the_lines_below_it() -> None:
    # A column of dates beside the entries: "dates - Employer" opens each block, the title is
    # below it, the description above belongs to the entry before.
    body = (
        "2014 - 2016 - Norcliffe Systems GmbH\n"
        "IT Consultant for Groupware\n"
        "\n"
        "Ran customer projects and wrote their reports\n"
        "Integrated a workflow engine and its modeler in the Portal product\n"
        "\n"
        "2012 - 2014 - University of Leiden\n"
        "Research Employee / Software Development\n"
        "\n"
        "Built an assessment framework for trainees\n"
    )

    assert _heads(body) == [
        ("IT Consultant for Groupware", "Norcliffe Systems GmbH", "2014"),
        ("Research Employee / Software Development", "University of Leiden", "2012"),
    ]


def test_a_long_employer_line_in_pieces_below_the_title_and_a_lone_date_closing_a_row() -> None:
    body = (
        "Senior Product Manager\tJan 2020 – Present\n"
        "Quillon Systems Inc. — Leading B2B Billing Software Provider\tSan Francisco, CA\n"
        "• Led the roadmap of the billing platform.\n"
        "Negotiation Simulation Training\tHarwell Consulting, 2011 / 11\n"
        "• Ran a two-day simulation.\n"
    )

    assert _heads(body) == [
        ("Senior Product Manager", "Quillon Systems Inc.", "2020-01"),
        ("Negotiation Simulation Training", "Harwell Consulting", "2011-11"),
    ]


def test_a_timeline_of_events_gives_only_its_jobs() -> None:
    # "Experience and events" as a timeline of single dates: conferences and studies are no
    # roles; the entries naming a job or an employer are.
    body = (
        "10/2020 Meteor Impact Conference\n"
        "10/2018 Software Engineer @Norcliffe\n"
        "5/2016 Global Game Jam\n"
        "7/2015 Graduation Ceremony\n"
        "1/2012 Research Assistant @Leiden University\n"
        "5/2009 Semester Abroad\n"
    )

    assert _heads(body) == [
        ("Software Engineer", "Norcliffe", "2018-10"),
        ("Research Assistant", "Leiden University", "2012-01"),
    ]


def test_a_title_at_many_employers_is_one_role_however_long_the_line() -> None:
    body = (
        "Technical Lead\tApr 2013 – Nov 2015\n"
        "Harwell Retail\n"
        "• Led the move to services.\n"
        "Previous Roles\n"
        "Lead Developer / Senior Developer at Chaucer Syndicates, Omnifone, Centrica, Beazley "
        "Insurance, Cofunds, Intelligent Environments, Kensington Mortgage Company (2005–2013)\n"
    )

    assert _heads(body)[1] == ("Lead Developer / Senior Developer", "Chaucer Syndicates", "2005")


def test_a_title_and_employer_run_together_by_flattening_are_told_apart() -> None:
    # Text pasted from a form that put title and employer on one line with only a space.
    body = (
        "IT Project Manager Radley Corporation\tDecember 2012 to June 2015\n"
        "• Ran the ERP roll-out.\n"
        "Sr PHP Developer Blue Cross Blue Shield\tJan 2010 to Dec 2012\n"
        "• Built the member portal.\n"
        "Security Specialist II Northgate Health\tMarch 2008 to Dec 2009\n"
        "• Ran audits.\n"
        "Software Engineer Backend\tMay 2006 to Feb 2008\n"
        "• Wrote services.\n"
        "Director Of Technology\tMay 2004 to Apr 2006\n"
        "• Led the team.\n"
        "Python Developer Skyline\tMay 2002 to Apr 2004\n"
        "• Wrote the ETL jobs.\n"
        "Java Engineer MASTERCARD\tMay 2000 to Apr 2002\n"
        "• Wrote services.\n"
        "IT PROJECT MANAGER Quillsoft\tMay 1998 to Apr 2000\n"
        "• Ran releases.\n"
        "Project Manager (Software) Harbour Growth Alliance (HGA)\tMay 1996 to Apr 1998\n"
        "• Ran the help desk.\n"
    )

    assert [(r.title, r.employer) for r in _roles(body)] == [
        ("IT Project Manager", "Radley Corporation"),
        ("Sr PHP Developer", "Blue Cross Blue Shield"),
        ("Security Specialist II", "Northgate Health"),
        ("Software Engineer Backend", None),  # an area after the title, no employer
        ("Director Of Technology", None),
        ("Python Developer", "Skyline"),  # one word, no job area: a name
        ("Java Engineer", "MASTERCARD"),
        ("IT PROJECT MANAGER", "Quillsoft"),  # a name not in capitals after a title in them
        ("Project Manager (Software)", "Harbour Growth Alliance (HGA)"),
    ]


def test_dates_closing_each_role_belong_to_the_header_above() -> None:
    # Each role's dates written last, under its description; the next header follows them.
    body = (
        "Go Developer - Quillon (Kyiv, remote)\n"
        " Casual developer. Finished a few projects\n"
        " Built clients for payment services and wallets and learned how\n"
        "they work under the hood\n"
        " from November 2021 till now\n"
        "Android Developer - Brightwater Apps (Kyiv office)\n"
        " Worked on client apps for shops.\n"
        " from March 2021 till November 2021\n"
    )

    roles = _roles(body)

    assert [(r.title, r.employer, r.start_date, r.end_date, r.current) for r in roles] == [
        ("Go Developer", "Quillon", "2021-11", None, True),
        ("Android Developer", "Brightwater Apps", "2021-03", "2021-11", False),
    ]
    assert len(roles[0].bullets) == 3


def test_dot_leaders_a_branch_in_brackets_and_a_long_title_line_below() -> None:
    body = (
        "Harbour College, (Leeds Campus) ……………………….……………………07 / 2025- Present\n"
        "Adjunct Instructor & Tutor – General Studies English ENG 1201 & ENG 1211 (Hybrid)\n"
        "• Taught composition to adult learners.\n"
    )

    assert _heads(body) == [
        ("Adjunct Instructor & Tutor", "Harbour College (Leeds Campus)", "2025-07")
    ]


def test_a_chinese_resume_gives_its_titles_and_employers_by_their_endings() -> None:
    # Employer (…有限公司, Ltd.), dates, title (…工程师, engineer), a description sentence.
    body = (
        "上海星河数据科技有限公司\n"
        "2019/08 – 至今\n"
        "系统架构设计师\n"
        "自2019年8月份至今负责客户端的架构设计，带领团队完成三个产品的开发。\n"
        "杭州云帆软件有限公司\n"
        "2016/07 – 2019/07\n"
        "软件工程师\n"
        "使用Java语言，从事Web前端和后端开发。\n"
    )

    roles = _roles(body)

    assert [(r.title, r.employer, r.start_date) for r in roles] == [
        ("系统架构设计师", "上海星河数据科技有限公司", "2019-08"),
        ("软件工程师", "杭州云帆软件有限公司", "2016-07"),
    ]
    assert [len(r.bullets) for r in roles] == [1, 1]


def test_an_employer_right_after_the_dates_in_one_line_flat_text() -> None:
    # A form export with the whole resume on one line: title, dates, then the employer's name
    # running on into the description.
    text = (
        "Sam Rivers   sam@example.org   Summary A web developer with ten years of experience in "
        "teams of every size.  Experience Front End Team Lead"
        "                               2020 – Present Quillon Performed a developer role while "
        "leading the web team of six and shipped the booking app to 30 airlines.  Stack: React, "
        "Redux.   Senior Developer                                 2014 – 2020 Brightwater "
        "Built the billing system used by every depot and its reports for the finance team. "
    )

    roles = parse_resume(SourceText(source="flat.txt", format="txt", text=text)).roles

    assert [(r.title, r.employer, r.start_date) for r in roles] == [
        ("Front End Team Lead", "Quillon", "2020"),
        ("Senior Developer", "Brightwater", "2014"),
    ]


def test_an_employer_its_place_in_brackets_then_the_title() -> None:
    body = "Quillon (Haifa, Israel) Web Front End Developer\t04/2017 - 02/2020\n• Built the app.\n"

    assert [(r.title, r.employer, r.location) for r in _roles(body)] == [
        ("Web Front End Developer", "Quillon", "Haifa, Israel")
    ]
