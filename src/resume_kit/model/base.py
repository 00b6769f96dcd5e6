"""The one base of every data model: immutable, and no field it does not declare."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["FrozenModel", "trusted"]


class FrozenModel(BaseModel):
    """Base: immutable (models are shared between stages and cached), unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=FrozenModel)

_set = object.__setattr__  # a frozen model's own __setattr__ refuses


def trusted(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of ``cls`` holding ``values`` as they are, without validating them.

    For extraction's own loops only (tens of thousands of skill mentions in a batch), where
    every value comes from a validated model or a typed computation. ``values`` gives every
    field, in the order the model declares them, each already what validation would make of it
    (nothing is converted: an int given for a float field stays an int). The instance equals
    ``cls(**values)``, its fields set included (tests/model/test_trusted.py); it takes about
    half the time of validation (pydantic 2.14) and a third of ``model_construct``'s. Users
    building models go through validation as before.
    """
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
