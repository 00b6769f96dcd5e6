"""Contact details: the link search and its prefilter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

_URL_PARTS = ["https://", "HTTP://", "www.", "WWW.", "linkedin.com/in/x", "GitHub.COM/",
    "gitlab.com", "uk.linkedin.com/", ".com", "/", "K", "İ", "ı", " ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_URL_PARTS) | st.text(max_size=4), max_size=12))
def test_url_prefilter_agrees_with_the_url_pattern(parts: list[str]) -> None:
    from resume_kit.structure.contact import _URL_RE, _has_url

    text = "".join(parts)
    assert _has_url(text) == (_URL_RE.search(text) is not None)
