"""The app's one way of greying a control that cannot act: disabled, its tooltip saying why (its own tooltip back
once it is enabled again). The toolbar's controls (menus.refresh_controls) and the inspector bar's corrections
(decisions.controller) use it."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def can_act(control: QAction | QWidget, reason: str | None) -> None:
    """Enable `control`, with its own tooltip, when `reason` is None; else grey it, the reason as its tooltip."""
    usual = control.property("usual_tip")
    if usual is None:
        usual = control.toolTip()
        control.setProperty("usual_tip", usual)
    control.setEnabled(reason is None)
    control.setToolTip(usual if reason is None else reason)
