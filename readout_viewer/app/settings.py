"""The viewer's remembered state (QSettings in an INI file): geometry, splitters, folders, panes, lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from readout_viewer.app.settings_file import APPLICATION, ORGANIZATION, default_path

__all__ = ["APPLICATION", "ORGANIZATION", "MAX_RECENT", "Settings", "default_path"]
# How many recent folders the File menu offers.
MAX_RECENT = 8


class Settings:
    """Typed access to the stored settings; `path` picks the file (tests pass a temporary one)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def splitter_sizes(self) -> list[int]:
        value = self.store.value("window/splitter") or []
        try:
            return [int(v) for v in (value if isinstance(value, list) else [value])]
        except (TypeError, ValueError):
            return []

    def set_splitter_sizes(self, sizes: list[int]) -> None:
        self.store.setValue("window/splitter", [int(s) for s in sizes])

    def last_folder(self) -> Path | None:
        value = self.store.value("folders/last")
        return Path(value) if value else None

    def recent_folders(self) -> list[Path]:
        value = self.store.value("folders/recent") or []
        return [Path(v) for v in (value if isinstance(value, list) else [value]) if v]

    def remember_folder(self, folder: Path) -> None:
        folder = folder.resolve()
        recent = [folder] + [f for f in self.recent_folders() if f != folder]
        self.store.setValue("folders/last", str(folder))
        self.store.setValue("folders/recent", [str(f) for f in recent[:MAX_RECENT]])

    def clear_recent(self) -> None:
        """Forget the recent folders (the last one opened is still opened at start)."""
        self.store.setValue("folders/recent", [])

    def panes(self, folder: Path) -> list[str]:
        value = self.store.value(self._panes_key(folder)) or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def set_panes(self, folder: Path, doc_ids: list[str]) -> None:
        self.store.setValue(self._panes_key(folder), list(doc_ids))

    @staticmethod
    def _panes_key(folder: Path) -> str:
        # QSettings keys cannot hold '/' as data: encode the folder path
        return "panes/" + str(folder.resolve()).encode().hex()

    def inferred_asked(self, folder: Path) -> bool:
        """Whether the person was already asked to confirm what was inferred of this folder's texts."""
        return str(self.store.value("inferred/" + str(folder.resolve()).encode().hex(), "")) == "asked"

    def set_inferred_asked(self, folder: Path) -> None:
        self.store.setValue("inferred/" + str(folder.resolve()).encode().hex(), "asked")

    def locked(self) -> bool:
        return str(self.store.value("view/locked", "true")).lower() == "true"

    def set_locked(self, locked: bool) -> None:
        self.store.setValue("view/locked", "true" if locked else "false")

    def zoom(self) -> int:
        try:
            return int(self.store.value("view/zoom", 0))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self.store.setValue("view/zoom", int(steps))

    def theme(self) -> str | None:
        value = self.store.value("view/theme")
        return str(value) if value else None

    def set_theme(self, name: str) -> None:
        self.store.setValue("view/theme", name)

    def min_score(self) -> float:
        """The confidence floor (core.confidence): 0 shows everything the engine found."""
        try:
            return min(1.0, max(0.0, float(self.store.value("view/min_score", 0.0))))
        except (TypeError, ValueError):
            return 0.0

    def set_min_score(self, value: float) -> None:
        self.store.setValue("view/min_score", float(value))

    def dock_mode(self) -> str:
        """The arrangement the docks were saved in (app/fit.py), "" if none."""
        return str(self.store.value("window/dock_mode", "") or "")

    def set_dock_mode(self, mode: str) -> None:
        self.store.setValue("window/dock_mode", mode)

    def sync(self) -> None:
        self.store.sync()
