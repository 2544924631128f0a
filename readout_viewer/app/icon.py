"""The application icon: resources/readout-viewer.svg, and PNG renderings of it at the usual theme sizes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from readout_viewer.core.system.paths import data_dir

ICON_NAME = "readout-viewer"
# The sizes of the icon PNGs (hicolor theme sizes from menus to launchers).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resources_dir() -> Path | None:
    """The shipped resources/ folder holding the icon (source tree or <prefix>/share/readout-viewer), or None."""
    found = data_dir("resources")
    return found if found is not None and (found / f"{ICON_NAME}.svg").is_file() else None


def render(svg: Path, size: int) -> QImage:
    """The icon drawn at size × size pixels, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    """The window icon, drawn from the SVG at every theme size."""
    icon = QIcon()
    res = resources_dir()
    if res is not None:
        for size in ICON_SIZES:
            icon.addPixmap(QPixmap.fromImage(render(res / f"{ICON_NAME}.svg", size)))
    return icon
