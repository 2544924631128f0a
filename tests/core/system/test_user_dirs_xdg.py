"""On Linux the user's folders are worked out from the XDG variables without importing platformdirs, and they are
the folders platformdirs gives, however the variables and $HOME are set."""

import subprocess
import sys

import platformdirs
import pytest

from readout_viewer.core.system import paths

VARIABLES = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
linux = pytest.mark.skipif(sys.platform != "linux", reason="the XDG rules are Linux's")


def platformdirs_answers():
    return (paths.Path(platformdirs.user_config_dir(paths.APP_NAME, appauthor=False)),
            paths.Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)),
            paths.Path(platformdirs.user_log_dir(paths.APP_NAME, appauthor=False)))


@linux
@pytest.mark.parametrize("xdg", ["unset", "", "relative/dir", "/abs/dir", "/abs/dir/", "//double"])
@pytest.mark.parametrize("home", ["/home/someone", "/home/someone/", "/", "unset", "", "relative"])
def test_the_folders_platformdirs_gives(monkeypatch, xdg, home):
    for variable in VARIABLES:
        if xdg == "unset":
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, f"{xdg}-{variable}" if xdg.startswith("/abs") else xdg)
    if home == "unset":
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    assert (paths.config_dir(), paths.cache_dir(), paths.log_dir()) == platformdirs_answers()


@linux
def test_the_plain_folders(monkeypatch):
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", "/home/someone")
    assert paths.config_dir() == paths.Path("/home/someone/.config/readout-viewer")
    assert paths.cache_dir() == paths.Path("/home/someone/.cache/readout-viewer")
    assert paths.log_dir() == paths.Path("/home/someone/.local/state/readout-viewer/log")


@linux
def test_asking_imports_no_platformdirs(tmp_path):
    code = ("import sys; from readout_viewer.core.system import paths; "
            "paths.config_dir(); paths.cache_dir(); paths.log_dir(); print('platformdirs' in sys.modules)")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
