"""Light and dark colours: chosen in View → Theme (or READOUT_VIEWER_THEME), remembered, and claim tints follow."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from readout_viewer import palette as colours
from readout_viewer.app import theme
from readout_viewer.app.panes.claimtext import is_dark


def test_the_environment_overrides_the_saved_theme_and_nonsense_means_system(monkeypatch):
    monkeypatch.delenv(theme.ENV, raising=False)
    assert theme.chosen(None) == theme.SYSTEM
    assert theme.chosen("dark") == theme.DARK
    monkeypatch.setenv(theme.ENV, "LIGHT")
    assert theme.chosen("dark") == theme.LIGHT
    monkeypatch.setenv(theme.ENV, "purple")
    assert theme.chosen("dark") == theme.SYSTEM


def test_dark_palette_text_contrasts_with_its_base():
    dark = theme.dark_palette()
    assert colours.contrast(dark.text().color().name(), dark.base().color().name()) >= 7  # WCAG AAA for body text


def test_choosing_dark_in_the_menu_repaints_the_panes_and_is_remembered(qtbot, make_window, tiny, settings,
                                                                         restore_look, monkeypatch):
    monkeypatch.delenv(theme.ENV, raising=False)
    window = make_window()
    window.show_analysis(tiny)
    assert not is_dark(window.area.panes[0].text)
    light = window.area.panes[0].text.toHtml()
    window.menu_actions.themes[theme.DARK].trigger()
    assert QApplication.instance().palette().base().color().lightnessF() < 0.5
    qtbot.waitUntil(lambda: is_dark(window.area.panes[0].text))
    qtbot.waitUntil(lambda: window.area.panes[0].text.toHtml() != light)
    assert settings.theme() == theme.DARK
    second = make_window()
    assert second.theme == theme.DARK and second.menu_actions.themes[theme.DARK].isChecked()
    window.menu_actions.themes[theme.SYSTEM].trigger()
    assert QApplication.instance().palette().base().color().lightnessF() > 0.5
