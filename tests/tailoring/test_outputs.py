"""Output files: safe names, atomic writes, no overwrite without force, no symlink followed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resume_kit.errors import OutputError
from resume_kit.tailoring.outputs import output_stem, slugify, write_atomic, write_outputs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan Rivera", "jordan-rivera"),
        ("Noa Haddad-Leclerc", "noa-haddad-leclerc"),
        ("Quartz & Quill Labs 🌍", "quartz-quill-labs"),
        ("Montréal", "montreal"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "document"),
        ("פורטל", "document"),
        ("", "document"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_slug_is_bounded_and_stem_never_empty() -> None:
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")
    assert output_stem(None, None) == "candidate"
    assert output_stem("Jordan Rivera", "Acme Health") == "jordan-rivera-acme-health"


def test_no_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError) as error:
        write_atomic(target, b"new")
    assert str(target) in str(error.value) and "--force" in str(error.value)
    assert target.read_text(encoding="utf-8") == "mine"
    write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]  # no temp files left


def test_write_outputs_checks_all_before_writing_any(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match=r"b\.md"):
        write_outputs({"a.md": b"1", "b.md": b"2"}, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]


def test_write_outputs_creates_the_folder(tmp_path: Path) -> None:
    paths = write_outputs({"a.md": b"1"}, tmp_path / "new" / "dir")
    assert paths == [tmp_path / "new" / "dir" / "a.md"] and paths[0].read_bytes() == b"1"


def test_unsafe_names_are_refused(tmp_path: Path) -> None:
    for name in ("../x.md", "..", "a/b.md"):
        with pytest.raises(OutputError):
            write_outputs({name: b"1"}, tmp_path)


def test_symlink_at_output_path_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "out.md"
    os.symlink(victim, link)
    with pytest.raises(OutputError):
        write_atomic(link, b"evil")
    write_atomic(link, b"new", force=True)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and link.read_bytes() == b"new"
