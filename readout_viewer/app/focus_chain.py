"""Tab and Shift+Tab step through what the window shows, in reading order: the toolbar, then the window's columns
left to right, each top to bottom, never into the panels of a tab not chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

# The keys that step the keyboard on (Shift+Tab comes as Backtab), and the modifiers they may be pressed with: Ctrl+Tab
# is a table's or a tab bar's own.
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
TAB_MODIFIERS = Qt.KeyboardModifier.ShiftModifier
# The property marking the window's QWindow as watched for those keys (once, however often the window is shown).
WATCHED = "readout_viewer_tab_watched"
# Widgets followed along Qt's focus chain at most (the window holds about 150 that could take the keyboard).
MAX_CHAIN = 2000


def part(widget: QWidget, window: QWidget) -> QWidget:
    """The child of `window` that holds `widget`: the toolbar, the panes' area, a dock, a dock area's tab bar."""
    top = widget
    while top.parentWidget() is not None and top.parentWidget() is not window:
        top = top.parentWidget()
    return top


def parked(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` lies in a part of `window` that Qt parks outside it: a panel of a tab not chosen, or a dock
    area's tab bar with no tab (Qt keeps them "visible" there, so Tab went on into them and the keyboard vanished).
    Only the window's own children count: a pane scrolled sideways is inside the window's scroll area, not parked."""
    return widget.window() is window and not part(widget, window).geometry().intersects(window.rect())


def reachable(widget: QWidget, window: QWidget) -> bool:
    """Whether Tab may stop on `widget`: shown in `window`, enabled, taking focus by Tab, not a part of another."""
    return (widget.window() is window and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not parked(widget, window))


def reading_order(window: QWidget) -> list[QWidget]:
    """The controls Tab reaches: the window's parts by where they stand, column by column (left edge, then top), each
    part's own controls in Qt's chain order: the toolbar, the panes and the lists below them, then the inspector
    beside them (on a wide screen it stands the window's height on the right). Built lazily, the panels came in the
    order they were first needed: Tab went from the panes to the inspector on the right, back left to the findings,
    then up to the toolbar."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and widget is not None and len(chain) < MAX_CHAIN:
        if reachable(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    ranked = []
    for i, widget in enumerate(chain):
        top = part(widget, window).geometry()
        ranked.append(((top.x(), top.y(), i), widget))
    return [widget for _, widget in sorted(ranked, key=lambda pair: pair[0])]


class ShownFocusChain:
    """A main window's mixin: Tab and Shift+Tab follow `reading_order`.

    Only a Tab or Shift+Tab pressed in the window does: Qt also asks for the next widget when the one with the keyboard
    is hidden or deleted (a pane closed, a folder left for another), and a Python wrapper taken then of the widget
    being deleted crashed the viewer; those moves stay Qt's own. The key is seen on its way in, by the window's
    QWindow (it then goes to the widget with the keyboard, which asks the window for the next one)."""

    _tab_pressed = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        handle = self.windowHandle()  # type: ignore[attr-defined]
        if handle is not None and not handle.property(WATCHED):
            handle.installEventFilter(self)
            handle.setProperty(WATCHED, True)
        super().showEvent(event)  # type: ignore[misc]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._tab_pressed = event.key() in TAB_KEYS and not event.modifiers() & ~TAB_MODIFIERS
        elif kind == QEvent.Type.KeyRelease:
            self._tab_pressed = False
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        if not self._tab_pressed:  # not a key: Qt moving the keyboard off a widget hidden or deleted
            return super().focusNextPrevChild(forward)  # type: ignore[misc]
        self._tab_pressed = False
        order = reading_order(self)  # type: ignore[arg-type]
        focused = QApplication.focusWidget()
        if focused not in order:
            return super().focusNextPrevChild(forward)  # type: ignore[misc]
        step = 1 if forward else -1
        order[(order.index(focused) + step) % len(order)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True
