"""The user's folders ask platformdirs through one import, kept: asking again runs no import statement (once
PySide6 is loaded, its import hook reads the source of every module an import statement hands back)."""

import builtins

from readout_viewer.core.system import paths


def test_asking_again_imports_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = paths.cache_dir()
    imported: list[str] = []
    real_import = builtins.__import__

    def recording(name, *args, **kwargs):
        imported.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", recording)
    again = (paths.cache_dir(), paths.config_dir(), paths.log_dir())
    assert imported == []
    assert again[0] == first == tmp_path / "cache" / paths.APP_NAME  # still asked each time: the place can move
