"""A scroll area's parts found by name (app/viewports.py) are its own, and finding them makes PySide6 load no widget
class in bulk, as a first `viewport()` does."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QScrollArea, QTextBrowser

from readout_viewer.app import viewports


def test_the_parts_found_by_name_are_the_areas_own(qtbot):
    text, area = QTextBrowser(), QScrollArea()
    qtbot.addWidget(text)
    qtbot.addWidget(area)
    for widget in (text, area):
        assert viewports.held(widget) is widget.viewport()
        assert viewports.bar_box(widget) is widget.verticalScrollBar().parentWidget()
        assert viewports.bar_box(widget) is not viewports.held(widget)


# QWizard's WizardButton stands for every widget class the text's pane does not use: made only when PySide6 loads
# them all. The same child process asks `viewport()` itself last, which does load them (the check can fail).
CHILD = """
import enum, sys
made = []
create = enum.EnumType._create_
def counted(cls, *args, **kwargs):
    kind = create(cls, *args, **kwargs)
    made.append(kind.__qualname__)
    return kind
enum.EnumType._create_ = counted
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication(sys.argv[:1])
from readout_viewer.app import viewports
text = QTextBrowser()
held = viewports.held(text)
viewports.bar_box(text).setAutoFillBackground(True)
print("WizardButton" in made, held is text.viewport(), "WizardButton" in made)
other = QTextBrowser()
other.viewport()
print("WizardButton" in made)
"""


def test_finding_the_viewport_loads_no_widget_class_in_bulk(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["False", "True", "False", "True"]
