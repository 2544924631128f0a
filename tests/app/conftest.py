"""Fixtures for the viewer's tests: tiny literal analyses, isolated settings, and a window that cleans up."""

from __future__ import annotations

import pytest


@pytest.fixture
def settings(tmp_path):
    from readout_viewer.app.settings import Settings
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, settings):
    """A factory of main windows with isolated settings; each is closed (threads joined) after the test."""
    from readout_viewer.app.window import MainWindow
    made = []

    def factory(job=None, size=(1400, 900), settings_=None):
        kwargs = {} if job is None else {"job": job}
        window = MainWindow(settings_ or settings, **kwargs)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        made.append(window)
        return window

    yield factory
    for window in made:
        window.runner.wait()


@pytest.fixture
def restore_look(qapp):
    """Gives the application back the look (theme and palette) it had before the test."""
    from readout_viewer.app import theme
    before = theme.original(qapp)
    yield
    theme.apply(qapp, theme.SYSTEM, before)
