"""What the window's helper modules (menus, docks, corrections, export) may use of it: a typed seam."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QMenu, QMenuBar, QStatusBar, QToolBar

from readout_viewer.core.model import Analysis, Link

if TYPE_CHECKING:  # the widgets import this module; only type checkers need them here
    from readout_viewer.app.docks import Docks
    from readout_viewer.app.inspector.dock import Inspector
    from readout_viewer.app.panes.area import PaneArea
    from readout_viewer.app.settings import Settings
    from readout_viewer.app.worker import AnalysisRunner


class WindowActions:
    """The window's actions that other parts need by name (never found by label or position). A plain class, read
    field by field only: a dataclass compiles its __init__ from source at every start."""

    def __init__(self, recent: QMenu, cancel: QAction, export: QAction, edit: QMenu, find: QAction,
                 find_field: QLineEdit) -> None:
        self.recent = recent
        self.cancel = cancel
        self.export = export
        self.edit = edit
        self.find = find
        self.find_field = find_field
        self.lock: QAction | None = None
        self.filters: dict[str, QAction] = {}
        self.themes: dict[str, QAction] = {}
        self.steps: dict[tuple[str, bool], QAction] = {}
        self.toolbar: QToolBar | None = None
        self.undo_actions: tuple[QAction, QAction] | None = None  # the current folder's Undo and Redo, in Edit
        self.findings: QAction | None = None  # show the Findings panel
        self.compare: QAction | None = None  # show the Compare panel
        self.score: QDoubleSpinBox | None = None  # the confidence floor


class ViewerWindow(Protocol):
    """The main window as its helper modules see it."""

    area: PaneArea
    analysis: Analysis | None
    folder: Path | None
    settings: Settings
    menu_actions: WindowActions
    runner: AnalysisRunner
    docks: Docks
    theme: str
    analysis_shown: SignalInstance  # emitted after an analysis is displayed, panes and docks
    highlights_shown: SignalInstance  # emitted when the panes show it (a folder's docks are filled after)
    texts_shown: SignalInstance  # emitted when a folder's texts are in the panes, before the analysis answers
    min_score: float

    @property
    def inspector(self) -> Inspector: ...  # made when first asked for (after the first paint)

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def open_folder(self, folder: Path) -> None: ...

    def set_theme(self, name: str) -> None: ...

    def selected_link(self) -> Link | None: ...

    def set_min_score(self, value: float) -> None: ...

    def toggle_drawer(self) -> None: ...

    def refit(self) -> None: ...

    def enlarge_drawer(self) -> None: ...

    def width(self) -> int: ...

    def height(self) -> int: ...

    def selected_claim_ids(self) -> list[str]: ...


class ShowingWindow(ViewerWindow, Protocol):
    """The main window as its display sees it: also the engine's analysis and the decided one shown from it."""

    base: Analysis | None  # the engine's result
    decided: Analysis | None  # the base with the analyst's decisions applied
