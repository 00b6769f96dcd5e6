"""The one base of every data model: immutable, and no field it does not declare."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["FrozenModel", "copied_with", "trusted", "trusted_maker"]


class FrozenModel(BaseModel):
    """Base: immutable (models are shared between stages and cached), unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=FrozenModel)

# The setters of the instance slots every pydantic model has (a frozen model's own __setattr__
# refuses); called directly they skip the attribute lookup object.__setattr__ makes each time.
# These slots are pydantic 2's internals: a pydantic with other slots gets validation instead.
_KNOWN_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_SLOTS_KNOWN = getattr(BaseModel, "__slots__", None) == _KNOWN_SLOTS
if _SLOTS_KNOWN:
    _SLOTS = BaseModel.__dict__
    _set_dict = _SLOTS["__dict__"].__set__
    _set_fields_set = _SLOTS["__pydantic_fields_set__"].__set__
    _set_extra = _SLOTS["__pydantic_extra__"].__set__
    _set_private = _SLOTS["__pydantic_private__"].__set__


def trusted(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of ``cls`` holding ``values`` as they are, without validating them.

    For extraction's own loops only (tens of thousands of skill mentions in a batch), where
    every value comes from a validated model or a typed computation. ``values`` gives every
    field, in the order the model declares them, each already what validation would make of it
    (nothing is converted: an int given for a float field stays an int). The instance equals
    ``cls(**values)``, its fields set included (tests/model/test_trusted.py); it takes about
    half the time of validation (pydantic 2.14) and a third of ``model_construct``'s. Users
    building models go through validation as before. With a pydantic whose models hold other
    slots than pydantic 2.14's, the values are validated (the same instance, slower).
    """
    return trusted_maker(cls)(values)


def trusted_maker(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    """:func:`trusted` for one class, made once for the loops building many of its models.

    The function it returns gives what ``trusted(cls, values)`` gives, with ``values`` under
    the same rule (every field, in declared order); the fields set is copied from one made
    once (``set(values)`` per model was a fifth of the cost), and the setters are bound once.
    One function per class, kept (reading ``cls.model_fields`` costs more than a model).
    """
    if not _SLOTS_KNOWN:
        return cls.model_validate
    maker = _MAKERS.get(cls)
    if maker is None:
        maker = _MAKERS[cls] = _maker(cls)
    return maker


_MAKERS: dict[type[Any], Callable[[dict[str, Any]], Any]] = {}


def _maker(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    fields = set(cls.model_fields)
    new, set_dict, set_fields_set = cls.__new__, _set_dict, _set_fields_set
    set_extra, set_private = _set_extra, _set_private

    def make(values: dict[str, Any]) -> M:
        model = new(cls)
        set_dict(model, values)
        set_fields_set(model, fields.copy())
        set_extra(model, None)
        set_private(model, None)
        return model

    return make


def copied_with(model: M, update: dict[str, Any]) -> M:
    """``model.model_copy(update=update)``, in fewer steps, for fields named in ``update``.

    Extraction copies every document once to fill in what it found; pydantic's copy goes through
    ``copy.copy`` three times and its config, a fixed cost per document that a short one felt.
    The copy is the same: a new ``__dict__`` with ``update`` laid over the model's (same key
    order), the fields set grown by ``update``'s keys, no extra and no private values (a model
    holding any, or a pydantic with other slots, is copied by ``model_copy`` itself; a test
    compares the two).
    """
    if (
        not _SLOTS_KNOWN
        or model.__pydantic_extra__ is not None
        or getattr(model, "__pydantic_private__", None) is not None
    ):
        return model.model_copy(update=update)
    cls = type(model)
    copied = cls.__new__(cls)
    _set_dict(copied, {**model.__dict__, **update})
    fields_set = set(model.__pydantic_fields_set__)
    fields_set.update(update)
    _set_fields_set(copied, fields_set)
    _set_extra(copied, None)
    _set_private(copied, None)
    return copied
