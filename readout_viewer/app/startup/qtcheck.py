"""Before Qt starts: can it open a window here? A missing display or system library is named, with the command
that installs it on Debian/Ubuntu, Fedora and Arch, instead of Qt's abort ("could not load the Qt platform
plugin "xcb" ... Aborted"). Nothing here imports Qt: its libraries are what may be missing.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from readout_viewer.core.system.lazyre import LazyPattern

# What to install for each library Qt's X11 and Wayland platforms link to, as (apt, dnf, pacman) package names
# (Debian 12 / Ubuntu 22.04, Fedora 39+, Arch). The first seven are the ones stock desktops lack most often.
PACKAGES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client", "wayland"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor", "wayland"),
}
# The libraries a desktop without Qt's X11 platform usually lacks, all of which README tells how to install.
COMMONLY_MISSING = tuple(list(PACKAGES)[:7])
# Platforms that draw without a screen: only ever used when asked for (QT_QPA_PLATFORM or --screenshot).
SCREENLESS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay", "minimalegl")
# ldd on Qt's platform plugin takes a few tens of milliseconds; it never needs this long.
LDD_TIMEOUT_S = 20
# The patterns read only what ldd or a failed load says (a start that opens its window compiles none of them).
_NOT_FOUND = LazyPattern(r"^\s*(\S+)\s*=>\s*not found", re.M)
# ldd's words for a library that is there but cannot be loaded (an empty or truncated file): reinstalling it helps.
_BROKEN = LazyPattern(r"error while loading shared libraries: (?:\S*/)?(\S+?): ")
_DLOPEN_MISSING = LazyPattern(r"(\S+\.so[.\d]*): cannot open shared object file")
# Where to run without a screen: named in the "no display" sentence.
HEADLESS_HINT = ("for work without a screen use 'readout-viewer analyze FOLDER', 'readout-viewer export FOLDER "
                 "-o OUT.pdf' or 'readout-viewer --screenshot OUT.png'")


class Check:
    """What was found: the platforms Qt will try, the libraries missing for them, and the sentence for a person
    (None when the window can open). A plain class, read field by field only (main.py, doctor.py): a dataclass
    compiles its __init__ and frozen __setattr__ and __delattr__ from source at every start."""

    __slots__ = ("platforms", "missing", "problem")

    def __init__(self, platforms: tuple[str, ...], missing: tuple[str, ...] = (), problem: str | None = None) -> None:
        self.platforms = platforms
        self.missing = missing
        self.problem = problem


def platforms(env: Mapping[str, str]) -> tuple[str, ...]:
    """The platform plugins Qt tries, in order, as Qt 6 chooses them on Linux."""
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return tuple(p.split(":", 1)[0] for p in asked.split(";") if p)
    if env.get("XDG_SESSION_TYPE") == "wayland" or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        return ("wayland", "xcb")
    return ("xcb",)


def plugin_path(name: str) -> Path | None:
    """Qt's platform plugin `name` as shipped with PySide6 (in the standalone build too), found without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    for root in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(root) / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
        if candidate.is_file():
            return candidate
    return None


def parse_ldd(output: str) -> list[str]:
    """The libraries ldd could not find or load, in its order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output) + _BROKEN.findall(output)))


def missing_libraries(plugin: Path) -> list[str]:
    """The system libraries the plugin (and the Qt libraries it needs) cannot find here: none when the dynamic
    loader takes the plugin (Qt loads the same libraries a moment later); else all of them from ldd, or the first
    one the loader named. Loading first spares every start a run of ldd (13 ms here) where nothing is missing."""
    try:
        _dlopen()(str(plugin), getattr(os, "RTLD_LAZY", 1) | getattr(os, "RTLD_LOCAL", 0))
        return []
    except OSError as exc:
        found = _DLOPEN_MISSING.search(str(exc))
        first = [found.group(1)] if found else []
    ldd = shutil.which("ldd")
    if ldd:
        import subprocess  # only when something is missing
        try:
            done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=LDD_TIMEOUT_S,
                                  check=False)
            return parse_ldd(done.stdout + done.stderr) or first
        except (OSError, subprocess.SubprocessError):
            pass
    return first


def install_commands(missing: list[str]) -> tuple[str, str, str] | None:
    """The apt, dnf and pacman commands that install the known libraries of `missing` (None: none is known)."""
    known = [PACKAGES[name] for name in missing if name in PACKAGES]
    if not known:
        return None
    apt, dnf, pacman = (" ".join(dict.fromkeys(p[i] for p in known)) for i in range(3))
    return f"sudo apt install {apt}", f"sudo dnf install {dnf}", f"sudo pacman -S {pacman}"


def install_sentence(missing: list[str]) -> str:
    """The install command for `missing` on apt, dnf and pacman systems, as one clause."""
    commands = install_commands(missing)
    unknown = [name for name in missing if name not in PACKAGES]
    parts = []
    if commands:
        apt, dnf, pacman = commands
        parts.append(f"install {'it' if len(missing) == 1 else 'them'} with '{apt}' (Debian, Ubuntu), '{dnf}' "
                     f"(Fedora) or '{pacman}' (Arch)")
    for name in unknown:
        parts.append(f"find the package that holds {name} with 'apt-file search {name}', "
                     f"\"dnf provides '*/{name}'\" or 'pacman -F {name}'")
    return ", and ".join(parts)


def libraries_sentence(platform: str, missing: list[str]) -> str:
    """The sentence for libraries missing for `platform` ("xcb", "wayland"; "" for Qt itself)."""
    what = {"xcb": "Qt's X11 platform", "wayland": "Qt's Wayland platform", "": "Qt"}.get(platform,
                                                                                       f"Qt's {platform} platform")
    return (f"readout-viewer cannot open its window: {what} needs "
            f"{'a system library that is' if len(missing) == 1 else 'system libraries that are'} missing "
            f"({', '.join(missing)}); {install_sentence(missing)}, then start it again.")


def no_display_sentence() -> str:
    return ("readout-viewer cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is "
            f"set); start it from a desktop session, or {HEADLESS_HINT}.")


def _dlopen() -> Callable[[str, int], object]:
    """The dynamic loader's dlopen, as ctypes.CDLL calls it (the same error when a library is missing), taken from
    ctypes' C module: importing ctypes itself (8 M instructions) is left to the X server's check, which needs it."""
    try:
        from _ctypes import dlopen
    except ImportError:  # a platform whose ctypes loads libraries another way
        import ctypes
        return lambda name, mode: ctypes.CDLL(name, mode=mode)
    return dlopen  # type: ignore[no-any-return]


def x_server_answers(display: str) -> bool:
    """Whether the X server named by `display` accepts a connection (through libxcb, as Qt will)."""
    import ctypes  # only here: a start on a screenless platform, or with no display, never asks
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return conn is not None and xcb.xcb_connection_has_error(conn) == 0
    finally:
        if conn is not None:
            xcb.xcb_disconnect(conn)


def wayland_socket(env: Mapping[str, str]) -> Path | None:
    name = env.get("WAYLAND_DISPLAY")
    if not name:
        return None
    path = Path(name) if os.path.isabs(name) else Path(env.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return path if path.exists() else None


def _problem(platform: str, env: Mapping[str, str], missing: list[str]) -> str | None:
    """Why `platform` cannot open a window here, or None when it can."""
    if platform in SCREENLESS:
        return None
    if platform == "xcb" and not env.get("DISPLAY"):
        return no_display_sentence()
    if platform == "wayland" and wayland_socket(env) is None:
        if not env.get("WAYLAND_DISPLAY"):
            return no_display_sentence()
        return (f"readout-viewer cannot open its window: the Wayland display '{env['WAYLAND_DISPLAY']}' "
                "(WAYLAND_DISPLAY) is not there; check that the desktop session is running, or "
                f"{HEADLESS_HINT}.")
    if missing:
        return libraries_sentence(platform, missing)
    if platform == "xcb" and not x_server_answers(env["DISPLAY"]):
        return (f"readout-viewer cannot open its window: the X display '{env['DISPLAY']}' (DISPLAY) does not "
                "answer or refuses the connection; check that the desktop session is running and that DISPLAY "
                f"names it (an ssh session needs 'ssh -X'), or {HEADLESS_HINT}.")
    return None


def check(env: Mapping[str, str] | None = None, probe=missing_libraries) -> Check:
    """Whether Qt can open a window with the environment `env` (default: this process's): the first platform Qt
    would try that works wins; otherwise the sentence for the first one that fails for want of something to
    install (that is what a person can act on), else for the first one that fails."""
    env = os.environ if env is None else env
    tried = platforms(env)
    if not sys.platform.startswith("linux"):
        return Check(tried)  # macOS and Windows: Qt's platform ships inside PySide6 and needs nothing more
    failures: list[tuple[tuple[str, ...], str]] = []
    for platform in tried:
        plugin = plugin_path(platform)
        missing = probe(plugin) if plugin is not None and platform not in SCREENLESS else []
        problem = _problem(platform, env, missing)
        if problem is None:
            return Check(tried, tuple(missing))
        failures.append((tuple(missing), problem))
    missing, problem = next((f for f in failures if f[0]), failures[0])
    return Check(tried, missing, problem)


def import_error_sentence(exc: ImportError) -> str:
    """Qt itself failed to load (a library of QtGui is missing): the same sentence, with what to install."""
    found = _DLOPEN_MISSING.search(str(exc))
    if found:
        return libraries_sentence("", [found.group(1)])
    return f"readout-viewer cannot open its window: Qt could not be loaded ({exc})."
