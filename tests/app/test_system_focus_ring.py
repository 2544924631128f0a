"""Left by helper qa18, fixed by qa19: with View → Theme → System where the platform's style is Fusion (a Linux
desktop with no Qt theme, Xvfb), a tool button with the keyboard showed no ring; the light and dark themes ring it.
The system theme on Fusion is now ringed the same way, in the system's own palette, from the moment the keyboard
first lands on a button (not before the first paint: the ringed style costs a warm start 32 M instructions); another
system style is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStyle, QStyleOptionToolButton, QToolButton, QWidget

from readout_viewer.app import theme
from tests.app.test_light_focus_ring import FOCUSED, _edge


def _land_on_a_button(qtbot) -> None:
    """The keyboard lands on a tool button of a window of its own."""
    host = QWidget()
    qtbot.addWidget(host)
    button = QToolButton(host)
    button.setText("Document")
    QHBoxLayout(host).addWidget(button)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    button.setFocus(Qt.FocusReason.TabFocusReason)


def test_the_system_theme_on_fusion_rings_the_focused_button(qtbot, qapp, restore_look):
    light = QApplication.style().standardPalette()
    theme.apply(qapp, theme.SYSTEM, theme.Original("Fusion", light))
    assert not isinstance(QApplication.style(), theme.LightStyle)  # nothing drawn differently until the keyboard
    _land_on_a_button(qtbot)
    qtbot.waitUntil(lambda: isinstance(QApplication.style(), theme.LightStyle))  # old: plain Fusion for good
    style = QApplication.style()
    assert _edge(style, QStyleOptionToolButton, FOCUSED) == {theme._FOCUS_RING_LIGHT}
    assert theme._FOCUS_RING_LIGHT not in _edge(style, QStyleOptionToolButton, QStyle.StateFlag.State_Enabled)
    assert qapp.palette().window().color() == light.window().color()  # the system's palette kept


def test_a_dark_system_palette_takes_the_dark_ring(qtbot, qapp, restore_look):
    theme.apply(qapp, theme.SYSTEM, theme.Original("Fusion", theme.dark_palette()))
    _land_on_a_button(qtbot)
    qtbot.waitUntil(lambda: isinstance(QApplication.style(), theme.DarkStyle))


def test_another_system_style_is_left_as_it_is(qtbot, qapp, restore_look):
    theme.apply(qapp, theme.SYSTEM, theme.Original("Windows", QPalette(qapp.palette())))
    _land_on_a_button(qtbot)
    qtbot.waitUntil(lambda: theme.ARMED not in qapp.__dict__)  # a ring armed before (another test's) has had its turn
    assert not isinstance(QApplication.style(), theme.LightStyle)
    assert QApplication.style().name().lower() == "windows"


def _document_button(window) -> QToolButton:
    """A pane's document button, the first that qa18 saw unringed."""
    return next(b for b in window.findChildren(QToolButton) if b.accessibleName().startswith("Document shown"))


def test_a_window_on_the_system_theme_rings_once_the_keyboard_lands_on_a_button(qtbot, make_window, restore_look,
                                                                                monkeypatch, qapp, tiny):
    monkeypatch.delenv(theme.ENV, raising=False)
    qapp.setStyle("Fusion")  # the platform's own Fusion, as a start finds it
    window = make_window()
    assert window.theme == theme.SYSTEM
    assert not isinstance(QApplication.style(), theme.LightStyle)  # the start leaves Fusion alone
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_analysis(tiny)
    qtbot.waitUntil(lambda: _document_button(window).isVisible())
    _document_button(window).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: isinstance(QApplication.style(), theme.LightStyle))  # old: plain Fusion for good


def test_a_chosen_theme_is_never_undone_by_the_keyboard(qtbot, make_window, restore_look, monkeypatch, qapp, tiny):
    monkeypatch.delenv(theme.ENV, raising=False)
    qapp.setStyle("Fusion")
    window = make_window()
    window.set_theme(theme.DARK)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_analysis(tiny)
    qtbot.waitUntil(lambda: _document_button(window).isVisible())
    _document_button(window).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: theme.ARMED not in qapp.__dict__)  # the armed ring has had its turn
    assert isinstance(QApplication.style(), theme.DarkStyle)
