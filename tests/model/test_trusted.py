"""Models built unvalidated for extraction's loops are the models validation builds."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from resume_kit.model.base import trusted, trusted_maker
from resume_kit.model.documents import Mention, Requirement, SkillHit

_MENTION: dict[str, Any] = {
    "text": "Jira",
    "start": 14,
    "end": 18,
    "section": "requirements",
    "sentence_start": 0,
    "sentence_end": 40,
}


def _cases() -> list[tuple[type[BaseModel], dict[str, Any]]]:
    mention = Mention(**_MENTION)
    return [
        (Mention, _MENTION),
        (SkillHit, {"id": "jira", "name": "Jira", "category": "tool", "mentions": [mention]}),
        (Requirement, {"id": "jira", "level": "preferred", "count": 2, "in_title": True}),
    ]


@pytest.mark.parametrize(("cls", "values"), _cases(), ids=lambda c: getattr(c, "__name__", ""))
def test_a_trusted_model_is_the_validated_one(cls: type[Any], values: dict[str, Any]) -> None:
    assert list(values) == list(cls.model_fields)  # every field, in order, as trusted() asks
    plain = cls(**values)
    make = trusted_maker(cls)
    for fast in (trusted(cls, dict(values)), make(dict(values))):
        _assert_same_model(fast, plain, values)
    # Each model made by one maker has a fields set of its own.
    one, two = make(dict(values)), make(dict(values))
    assert one.model_fields_set == two.model_fields_set
    assert one.__pydantic_fields_set__ is not two.__pydantic_fields_set__


def _assert_same_model(fast: Any, plain: Any, values: dict[str, Any]) -> None:
    assert fast == plain
    assert fast.model_dump_json() == plain.model_dump_json()
    assert fast.model_dump() == plain.model_dump()
    assert repr(fast) == repr(plain)
    if not any(isinstance(v, list) for v in values.values()):  # a list field: unhashable
        assert hash(fast) == hash(plain)
    assert fast.model_fields_set == plain.model_fields_set
    first = next(iter(values))
    assert fast.model_copy(update={first: "x"}) != fast  # a copy is a model of its own
    with pytest.raises(ValidationError):  # and it stays frozen
        setattr(fast, first, "x")


def test_models_built_by_users_are_still_validated() -> None:
    with pytest.raises(ValidationError):
        Requirement(id="jira", level="maybe", count=1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Mention(**{**_MENTION, "start": "fourteen"})


def test_a_pydantic_with_other_slots_gets_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    # trusted() writes pydantic 2's instance slots; where they are not the known ones (another
    # pydantic), it must validate rather than build a half-made model.
    from resume_kit.model import base

    monkeypatch.setattr(base, "_SLOTS_KNOWN", False)
    assert trusted(Mention, dict(_MENTION)) == Mention(**_MENTION)
    assert base.trusted_maker(Mention)(dict(_MENTION)) == Mention(**_MENTION)
    with pytest.raises(ValidationError):
        trusted(Mention, {**_MENTION, "start": "not a number"})
    with pytest.raises(ValidationError):
        base.trusted_maker(Mention)({**_MENTION, "start": "not a number"})


def _assert_same_copy(fast: Any, plain: Any) -> None:
    assert type(fast) is type(plain)
    assert list(fast.__dict__.items()) == list(plain.__dict__.items())  # values and key order
    assert fast.__pydantic_fields_set__ == plain.__pydantic_fields_set__
    assert fast.__pydantic_extra__ == plain.__pydantic_extra__
    assert fast.__pydantic_private__ == plain.__pydantic_private__
    assert fast.model_dump_json() == plain.model_dump_json()
    assert fast.model_dump(exclude_unset=True) == plain.model_dump(exclude_unset=True)


def test_copied_with_is_model_copy_with_the_update() -> None:
    from resume_kit.model.base import copied_with
    from resume_kit.model.documents import Posting

    mention = Mention(**_MENTION)
    hit = SkillHit(id="jira", name="Jira", category="tool", mentions=[mention])
    requirement = Requirement(id="jira", level="required", count=1)
    # A posting with only some fields given (its fields set is theirs), then the update
    # extraction makes; and a model whose update names a field already set.
    posting = Posting(source="p.txt", text="Jira: a plus", sections=[], title="Analyst")
    update: dict[str, Any] = {"skills": [hit], "requirements": [requirement]}
    for model, values in ((posting, update), (mention, {"section": "skills", "start": 3})):
        plain = model.model_copy(update=values)
        fast = copied_with(model, dict(values))
        _assert_same_copy(fast, plain)
        assert fast.__dict__ is not model.__dict__  # a copy, the original left alone
        assert fast.__pydantic_fields_set__ is not model.__pydantic_fields_set__
        assert model.model_dump() != fast.model_dump()
        with pytest.raises(ValidationError):  # and it stays frozen
            setattr(fast, next(iter(values)), "x")


def test_copied_with_a_pydantic_with_other_slots_is_model_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from resume_kit.model import base

    monkeypatch.setattr(base, "_SLOTS_KNOWN", False)
    mention = Mention(**_MENTION)
    _assert_same_copy(
        base.copied_with(mention, {"start": 1}), mention.model_copy(update={"start": 1})
    )
