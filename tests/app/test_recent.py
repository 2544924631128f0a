"""File → Open recent: folders by name and path, a vanished one greyed, and a way to clear the list."""

from __future__ import annotations


def test_recent_menu_names_folders_greys_missing_ones_and_clears(qtbot, make_window, settings, tmp_path):
    (tmp_path / "kept").mkdir()
    settings.remember_folder(tmp_path / "gone")
    settings.remember_folder(tmp_path / "kept")
    window = make_window()
    actions = [a for a in window.menu_actions.recent.actions() if not a.isSeparator()]
    kept, gone, clear = actions
    assert kept.text().startswith("kept") and kept.isEnabled()
    assert gone.text().endswith("(not found)") and not gone.isEnabled()
    clear.trigger()
    assert settings.recent_folders() == [] and not window.menu_actions.recent.isEnabled()
