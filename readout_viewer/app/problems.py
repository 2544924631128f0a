"""The problems dock: files that could not be read as they are, and analyst corrections that lost their text."""

from __future__ import annotations

import reprlib
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from readout_viewer.core.labels import clip
from readout_viewer.core.loading.folder import DOCUMENT_SUFFIXES, HTML_SUFFIXES, TEXT_SUFFIXES
from readout_viewer.core.model import Analysis

# Characters of a claim's text in a row (the whole text is in the tooltip).
TEXT_CHARS = 160
# An unreadable entry is shown as written, but bounded: a hand-made (or hostile) entry can hold thousands of
# values, and a full repr of it would freeze the panel (a YAML alias bomb took gigabytes).
_ENTRY = reprlib.Repr()
_ENTRY.maxlevel, _ENTRY.maxdict, _ENTRY.maxlist, _ENTRY.maxstring, _ENTRY.maxother = 3, 10, 6, 200, 200
ENTRY_CHARS = 1000
# Said where a folder's documents hold no official text (a folder of articles alone): what the colours then mean,
# and what to do for a comparison with the readouts.
NO_OFFICIAL_TEXT = ("No official text in this folder: the documents are compared with one another only, and nothing "
                    "says what a readout left out. Add the official readouts, or set a document's role to official "
                    "under Documents.")


def entry_text(entry: Any) -> str:
    """An unreadable decisions entry as written, at most a few hundred characters."""
    return clip(_ENTRY.repr(entry), ENTRY_CHARS)


def _heading(tree: QTreeWidget, text: str, tip: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, [text, ""])
    item.setFirstColumnSpanned(True)
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    item.setToolTip(0, tip)
    return item


def orphan_summary(orphan: Mapping[str, Any]) -> str:
    """The action of an orphaned correction in words: 'relabel as diverge (wording)', 'note: …'."""
    action = str(orphan.get("action", "correction"))
    if orphan.get("relation"):
        action += f" as {orphan['relation']}"
    if orphan.get("reason"):
        action += f" ({orphan['reason']})"
    if orphan.get("note"):
        action += f": “{clip(str(orphan['note']), TEXT_CHARS)}”"
    return action


def orphan_tooltip(orphan: Mapping[str, Any]) -> str:
    """Everything the decision says, for a person who wants to redo it by hand."""
    lines = [orphan_summary(orphan), f"Why it is not applied: {orphan.get('problem', 'unknown')}"]
    for end in ("a", "b"):
        anchor = orphan.get(end)
        if isinstance(anchor, Mapping):
            lines.append(f"{anchor.get('doc', '?')}: “{anchor.get('text', '')}”")
    if orphan.get("author") or orphan.get("at"):
        lines.append(f"by {orphan.get('author') or '?'} at {orphan.get('at') or '?'}")
    if "entry" in orphan:
        lines.append(f"The entry as written: {entry_text(orphan['entry'])}")
    return "\n".join(lines)


class ProblemsPanel(QTreeWidget):
    """Unreadable files, one row each; then orphaned corrections: the action, and each claim it was anchored on."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(("File or correction", "Problem"))
        self.setAccessibleName("Problems")
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def set_analysis(self, analysis: Analysis) -> None:
        # The rows are taken out whole, not clear()ed: clear() on an expanded tree of 20,000 rows (a folder of
        # unreadable files) took 13-20 s, as the view forgets them one by one; taking them takes 0.2 s.
        self.invisibleRootItem().takeChildren()
        for problem in analysis.problems:
            item = QTreeWidgetItem(self, [problem.path, problem.message])
            item.setToolTip(0, problem.path)
            item.setToolTip(1, problem.message)
        if not analysis.problems and not analysis.documents:
            kinds = ", ".join(TEXT_SUFFIXES + HTML_SUFFIXES + DOCUMENT_SUFFIXES)
            QTreeWidgetItem(self, ["", f"No text file in this folder: it reads {kinds} files, "
                                       "one sub-folder per event."])
        elif not analysis.problems:
            QTreeWidgetItem(self, ["", "Every file was read." if analysis.orphans else
                                       "No problem: every file was read."])
        if analysis.documents and not analysis.has_official:
            QTreeWidgetItem(self, ["", NO_OFFICIAL_TEXT]).setToolTip(1, NO_OFFICIAL_TEXT)
        if analysis.orphans:
            self._orphans(analysis)
        self.expandAll()

    def _orphans(self, analysis: Analysis) -> None:
        orphans = analysis.orphans
        heading = _heading(self, f"Corrections that no longer match any text ({len(orphans)})",
                           "Saved analyst decisions whose claim text is no longer in the folder's documents: "
                           "they are kept in decisions.yaml, never dropped; redo them on today's text.")
        for orphan in orphans:
            tip = orphan_tooltip(orphan)
            item = QTreeWidgetItem(heading, [orphan_summary(orphan), str(orphan.get("problem", ""))])
            for end in ("a", "b"):
                anchor = orphan.get(end)
                if isinstance(anchor, Mapping):
                    doc_id = str(anchor.get("doc", "?"))
                    known = analysis.document.get(doc_id)  # a person knows a text by its name, not its id
                    words = f"“{clip(str(anchor.get('text', '')), TEXT_CHARS)}”"
                    QTreeWidgetItem(item, [known.label if known else doc_id, words])
            if "entry" in orphan:
                QTreeWidgetItem(item, ["as written", clip(entry_text(orphan["entry"]), TEXT_CHARS)])
            for row in [item] + [item.child(i) for i in range(item.childCount())]:
                row.setToolTip(0, tip)
                row.setToolTip(1, tip)
