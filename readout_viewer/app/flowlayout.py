"""A layout that wraps its items onto more lines when the width runs out, and a bar of actions laid out so."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QToolButton, QWidget

# Pixels between items, across and down, unless told otherwise.
SPACING = 2


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width runs out (a narrow window keeps every entry)."""

    def __init__(self, parent=None, spacing: QSize | None = None) -> None:
        super().__init__(parent)
        self._items = []
        self._gap = spacing or QSize(SPACING, SPACING)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (when `move`); returns the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no place, nor a gap (the compact legend hides its ribbons)
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap.height(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap.width()
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class ActionsBar(QWidget):
    """Like a toolbar (addAction, removeAction, actions), but every button stays visible: it wraps, no chevron."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[int, QToolButton] = {}
        # The widget Tab reaches after the buttons, when one made before them stands after them (the buttons are
        # made as actions are added, later, and went after it in the tab order)
        self.tab_after: QWidget | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def actionEvent(self, event) -> None:
        action = event.action()
        if event.type() == QEvent.Type.ActionAdded:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            self._buttons[_key(action)] = button
            self._insert(button, event.before())
            if self.tab_after is not None:
                QWidget.setTabOrder(button, self.tab_after)
        elif event.type() == QEvent.Type.ActionRemoved and _key(action) in self._buttons:
            # keyed by the C++ object: an action deleted with its owner (the corrections of a folder left for
            # another) is removed while it is being destroyed, when PySide hands over a new wrapper for it
            button = self._buttons.pop(_key(action))
            self.flow.removeWidget(button)
            button.deleteLater()
        super().actionEvent(event)

    def _insert(self, button: QToolButton, before) -> None:
        """Add the button at the end, or before the button of action `before`."""
        self.flow.addWidget(button)
        if before is not None and _key(before) in self._buttons:
            items = self.flow._items
            items.insert(self.flow.indexOf(self._buttons[_key(before)]), items.pop())
        self.flow.invalidate()


def _key(action) -> int:
    """An action's identity that outlives its Python wrapper: the address of its C++ object."""
    return shiboken6.getCppPointer(action)[0]
