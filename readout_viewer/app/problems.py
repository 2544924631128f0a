"""The problems dock: files that could not be read as they are, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from readout_viewer.core.model import Analysis


class ProblemsPanel(QTreeWidget):
    """One row per problem: the file and the message for a person."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(("File", "Problem"))
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def set_analysis(self, analysis: Analysis) -> None:
        self.clear()
        for problem in analysis.problems:
            item = QTreeWidgetItem(self, [problem.path, problem.message])
            item.setToolTip(1, problem.message)
        if not analysis.problems:
            QTreeWidgetItem(self, ["", "No problem: every file was read."])
