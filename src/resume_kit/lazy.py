"""Names a package re-exports but imports only on first use (PEP 562 module ``__getattr__``).

``import resume_kit`` and the stage packages stay cheap: spaCy, matplotlib and the readers' heavy
libraries load only when a name that needs them is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports each name from its module when first asked for.

    Args:
        package: The package's ``__name__`` (named in the error for an unknown attribute).
        names: Attribute name -> the module that defines it.

    Returns:
        The function to assign to the package's ``__getattr__``.
    """

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(module), name)

    return __getattr__
