"""Contact details: the name, the phone and the e-mail; the link search and its prefilter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_kit.model.documents import Contact, SourceText
from resume_kit.structure.resume import parse_resume

_URL_PARTS = ["https://", "HTTP://", "www.", "WWW.", "linkedin.com/in/x", "GitHub.COM/",
    "gitlab.com", "uk.linkedin.com/", ".com", "/", "K", "İ", "ı", " ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_URL_PARTS) | st.text(max_size=4), max_size=12))
def test_url_prefilter_agrees_with_the_url_pattern(parts: list[str]) -> None:
    from resume_kit.structure.contact import _URL_RE, _has_url

    text = "".join(parts)
    assert _has_url(text) == (_URL_RE.search(text) is not None)


def _contact(text: str) -> Contact:
    return parse_resume(SourceText(source="c.txt", format="txt", text=text)).contact


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("SENIOR PROJECT MANAGER\nDana Whitfield\ndana@example.org", "Dana Whitfield"),
        ("Austin, Texas\nDana Whitfield\ndana@example.org", "Dana Whitfield"),
        ("RESUME\nDANA WHITFIELD\ndana@example.org", "DANA WHITFIELD"),
        ("Dana Whitfield · Data Engineer · Leeds, UK · dana@example.org", "Dana Whitfield"),
        ("Dana Whitfield danawhitfield.dev\ndana@example.org", "Dana Whitfield"),
        ("Jörg Müller-Lüdenscheidt\njoerg@example.org", "Jörg Müller-Lüdenscheidt"),
        ("Paulo Souza de Almeida\npaulo@example.org", "Paulo Souza de Almeida"),
        ("王小明\nwang@example.org", "王小明"),
        ("Prénom : Awa\nNom : DIOP\nTel : 77 000 00 00", "Awa DIOP"),
        ("📄 Resume – Dana Whitfield\ndana@example.org", "Dana Whitfield"),
        ("Dana Whitfield (Student)\ndana@example.org", "Dana Whitfield"),
    ],
)
def test_the_name_is_a_name(top: str, name: str) -> None:
    assert _contact(f"{top}\n\nSKILLS\nExcel\n").name == name


def test_no_name_from_a_heading_or_a_sentence() -> None:
    contact = _contact("Curriculum Vitae\nLoves tidy spreadsheets.\n\nSKILLS\nExcel\n")
    assert contact.name is None


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("Flight time: intermediate: 100-2000 hrs", None),
        ("Studied there 2016-2019", None),
        ("Born 1990-04-12", None),
        ("Licence Id: 11741411", None),
        ("Salary: $120000", None),
        ("(+82) 10-9030-1843", "(+82) 10-9030-1843"),
        ("Phone: 734.474.2427", "734.474.2427"),
        ("Mobile 07700 900123", "07700 900123"),
        ("Ph no: 8555869404", "8555869404"),
        ("(12) 9 8321 – 6700", "(12) 9 8321 – 6700"),
    ],
)
def test_a_phone_is_a_phone(line: str, phone: str | None) -> None:
    assert _contact(f"Dana Whitfield\n{line}\n\nSKILLS\nExcel\n").phone == phone


def test_labelled_phone_beats_an_id_number_on_an_earlier_line() -> None:
    contact = _contact("Dana Whitfield\nLicence no: 11741411\nTel: +44 113 496 0000\n\nSKILLS\nX\n")
    assert contact.phone == "+44 113 496 0000"


def test_email_and_phone_read_late_in_a_sidebar_are_found() -> None:
    text = (
        "Dana Whitfield\n\nEXPERIENCE\nAnalyst, Acme Corp | 2019 - 2023\n• Built reports.\n"
        "Email: dana@example.org\nMobile: +1-555-010-0199\n"
    )
    contact = _contact(text)
    assert (contact.email, contact.phone) == ("dana@example.org", "+1-555-010-0199")


def test_an_unlabelled_number_in_the_body_is_no_phone() -> None:
    text = "Dana Whitfield\n\nEXPERIENCE\nAnalyst, Acme Corp | 2019 - 2023\n• Ran 555 0100 tests.\n"
    assert _contact(text).phone is None
