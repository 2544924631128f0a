"""A package's names imported from their modules when first asked for (PEP 562): importing the package is cheap."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The `__getattr__` of `package`: each name of `homes` (name -> the module of the package that holds it) is
    imported from that module the first time it is asked for."""
    def __getattr__(name: str) -> Any:  # noqa: N807 - the name PEP 562 looks for
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{home}"), name)
    return __getattr__
