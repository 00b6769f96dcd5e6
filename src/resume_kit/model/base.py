"""The one base of every data model: immutable, and no field it does not declare."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["FrozenModel"]


class FrozenModel(BaseModel):
    """Base: immutable (models are shared between stages and cached), unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")
