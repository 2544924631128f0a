"""The window's size and arrangement across starts: its first size on a small screen, what a start restores and
what closing saves (geometry, docks, the panes' lock, zoom and widths)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt

from readout_viewer.app import fit

if TYPE_CHECKING:  # the window imports this module
    from readout_viewer.app.window import MainWindow

# The first window's size, before any is remembered: three panes and the docks fit.
FIRST_SIZE = (1600, 1000)
# On a screen smaller than that, the first window takes this share of it (its edges stay on the screen).
SCREEN_SHARE = 0.92
# A remembered window shorter than this share of the screen's height is opened at the first size instead.
SHORTEST = 0.5
# What the status bar says when a short screen starts with the drawer hidden (fit.short_screen).
SHORT_NOTE = "A short screen: the panels below the texts start hidden. Ctrl+J (View → Panel drawer) shows them."


def first_size(available: QSize) -> QSize:
    """The first window's size: FIRST_SIZE, or less on a smaller screen (a share of it, leaving a margin)."""
    return QSize(min(FIRST_SIZE[0], int(available.width() * SCREEN_SHARE)),
                 min(FIRST_SIZE[1], int(available.height() * SCREEN_SHARE)))


def restore(window: MainWindow) -> QSize | None:
    """Give the window what was remembered of it; the size chosen for a first start (none remembered), else None."""
    settings, first = window.settings, None
    geometry = settings.geometry()
    available = window.screen().availableGeometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if geometry is None or _too_short(window, available.height()):
        first = first_size(available.size())
        window.resize(first)
        window.move(available.center() - window.rect().center())
    state = settings.window_state()
    if state is not None:
        window.restoreState(state)
    window.area.locked = settings.locked()
    window.area.zoom_by(settings.zoom())
    window.menu_actions.lock.setChecked(window.area.locked)
    return first


def _too_short(window: MainWindow, available_height: int) -> bool:
    """A remembered window under SHORTEST of the screen's height, not maximized: what Qt makes of a geometry saved
    on another screen (1920×1050 saved, 853×351 restored on a 1280×800 screen; 1280×800 maximized, 1198×474 on a
    1920×1080 one), where the panes get no line of text. It opens as a first start would."""
    maximized = window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
    return not maximized and window.height() < SHORTEST * available_height


def first_show(window: MainWindow, first: QSize | None) -> None:
    """At the first show: maximize a first start on a small screen, and arrange the docks for the size it has."""
    available = window.screen().availableGeometry().size()
    small = available.width() < FIRST_SIZE[0] or available.height() < FIRST_SIZE[1]
    if small and window.size() == first:  # a first start on a laptop's screen: every pixel counts
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    # the docks for the size it has, unless remembered as they need to be (a maximized window's resize rearranges)
    remembered = window.settings.window_state() is not None and window.settings.dock_mode()
    if remembered:
        window.docks.mode = remembered
    window.docks.fit(force=not remembered)
    if not remembered and fit.short_screen(fit.height_room(window)):
        # a short screen: the texts get its height; in the arrangement it will have (maximized, say), the side
        # docks fold too only if they sit in the drawer
        side = fit.mode_for(fit.room(window), fit.panes_of(window)) == fit.COMPACT
        window.drawer.fold(SHORT_NOTE, side)


def save(window: MainWindow) -> None:
    """Remember the window's geometry, docks, and the panes' widths, lock and zoom, for the next start."""
    settings = window.settings
    settings.save_window(window.saveGeometry(), window.saveState())
    settings.set_dock_mode(window.docks.mode)
    settings.set_splitter_sizes(window.area.splitter.sizes())
    settings.set_locked(window.area.locked)
    settings.set_zoom(window.area.zoom)
    settings.sync()
