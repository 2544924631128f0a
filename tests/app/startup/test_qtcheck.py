"""Before Qt starts: a missing display or system library is one sentence with the install commands, not Qt's
abort; offscreen only when asked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from readout_viewer.app.startup import qtcheck

ROOT = Path(__file__).resolve().parents[3]
# The three libraries the issue found missing on a stock Debian desktop.
ISSUE_LIBS = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
LDD_OUTPUT = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
"""


def test_ldd_output_gives_each_missing_library_once():
    assert qtcheck.parse_ldd(LDD_OUTPUT) == ISSUE_LIBS


def test_a_broken_library_counts_as_missing():
    out = "x: error while loading shared libraries: /lib/x86_64-linux-gnu/libxcb-cursor.so.0: file too short\n"
    assert qtcheck.parse_ldd(out) == ["libxcb-cursor.so.0"]


def test_missing_libraries_are_one_sentence_with_apt_dnf_and_pacman_commands():
    found = qtcheck.check({"DISPLAY": ":0"}, probe=lambda plugin: list(ISSUE_LIBS))
    sentence = found.problem
    assert sentence is not None and sentence.endswith(".") and ". " not in sentence and "\n" not in sentence
    assert "'sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1'" in sentence
    assert "'sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms'" in sentence
    assert "'sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-keysyms'" in sentence
    assert found.missing == tuple(ISSUE_LIBS)


def test_an_unknown_library_gets_the_commands_that_find_its_package():
    found = qtcheck.check({"DISPLAY": ":0"}, probe=lambda plugin: ["libfancy.so.3"])
    assert "apt-file search libfancy.so.3" in found.problem and "pacman -F libfancy.so.3" in found.problem


def test_no_display_is_said_and_never_falls_back_to_offscreen():
    found = qtcheck.check({}, probe=lambda plugin: [])
    assert found.problem is not None and "no display" in found.problem
    assert "analyze FOLDER" in found.problem


def test_offscreen_only_when_asked():
    assert qtcheck.check({"QT_QPA_PLATFORM": "offscreen"}, probe=lambda plugin: ISSUE_LIBS).problem is None
    assert qtcheck.platforms({}) == ("xcb",)
    assert qtcheck.platforms({"QT_QPA_PLATFORM": "wayland;xcb"}) == ("wayland", "xcb")
    assert qtcheck.platforms({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}) == ("wayland", "xcb")


def test_wayland_session_falls_back_to_x11_as_qt_does(tmp_path):
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path),
           "DISPLAY": ":0"}
    found = qtcheck.check(env, probe=lambda plugin: ISSUE_LIBS if plugin.name == "libqxcb.so" else [])
    assert "X11" in found.problem  # no Wayland socket: Qt would try X11, which lacks the libraries
    (tmp_path / "wayland-9").touch()
    assert qtcheck.check(env, probe=lambda plugin: ISSUE_LIBS if plugin.name == "libqxcb.so" else []).problem is None


def test_an_x_server_that_does_not_answer_is_named():
    found = qtcheck.check({"DISPLAY": ":987"}, probe=lambda plugin: [])
    assert found.problem is not None and "':987'" in found.problem


def test_a_missing_qt_gui_library_is_the_same_kind_of_sentence():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert "'sudo apt install libegl1'" in qtcheck.import_error_sentence(exc)


def test_the_real_plugin_needs_nothing_missing_on_this_machine():
    plugin = qtcheck.plugin_path("xcb")
    assert plugin is not None and plugin.is_file()
    assert qtcheck.missing_libraries(plugin) == []



def test_a_library_the_loader_cannot_find_is_named_from_its_error(tmp_path):
    """The plugin is loaded as ctypes.CDLL loads it: the same error, from which the missing library is named."""
    import ctypes
    broken = tmp_path / "libqbroken.so"
    broken.write_bytes(b"not a library")
    for name in ("libreadout-viewer-nowhere.so.3", str(broken)):
        with pytest.raises(OSError) as ours:
            qtcheck._dlopen()(name, os.RTLD_LAZY | os.RTLD_LOCAL)
        with pytest.raises(OSError) as theirs:
            ctypes.CDLL(name, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        assert str(ours.value) == str(theirs.value)


def test_importing_the_check_and_probing_the_plugin_import_no_ctypes():
    """ctypes (8 M instructions to import) only for the X server's check: a start offscreen or on Wayland skips it."""
    code = ("import sys; from readout_viewer.app.startup import qtcheck; "
            "qtcheck.missing_libraries(qtcheck.plugin_path('offscreen')); print('ctypes' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

def _can_hide_libraries() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    done = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    return done.returncode == 0


LIBDIR = Path("/usr/lib/x86_64-linux-gnu")


@pytest.mark.skipif(not _can_hide_libraries() or not (LIBDIR / "libxcb-cursor.so.0").exists(),
                    reason="needs root, unshare and overlayfs to hide libraries in a private mount namespace")
def test_launch_on_a_machine_without_the_libraries_says_what_to_install(tmp_path):
    """The real launch, with the issue's three libraries hidden (overlayfs whiteouts, in a mount namespace of
    this process alone: nothing is uninstalled): the sentence instead of Qt's abort."""
    upper, work = tmp_path / "upper", tmp_path / "work"
    upper.mkdir()
    work.mkdir()
    for lib in LIBDIR.glob("libxcb-[cik]*.so*"):
        if lib.name.split(".so")[0] in ("libxcb-cursor", "libxcb-icccm", "libxcb-keysyms"):
            os.mknod(upper / lib.name, 0o600 | 0o020000, os.makedev(0, 0))  # a whiteout hides the file
    script = (f"mount -t overlay overlay -o lowerdir={LIBDIR},upperdir={upper},workdir={work} {LIBDIR} || exit 99; "
              f"exec {sys.executable} -m readout_viewer")
    env = {**os.environ, "DISPLAY": ":0", "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script], env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode == 99:
        pytest.skip(f"overlayfs cannot be mounted here: {done.stderr.strip()}")
    assert done.returncode == 2, done.stderr
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "Aborted" not in done.stderr and "qt.qpa.plugin" not in done.stderr


def test_launch_without_display_says_so_and_opens_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "readout_viewer"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("readout-viewer cannot open its window: no display was found")
