"""A sort-filter proxy whose row filter changes through one call that works on every supported Qt version."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


class RefilteringProxy(QSortFilterProxyModel):
    """A proxy that changes what its row filter reads through `refilter`: Qt 6.9 wants the change wrapped in
    begin/endFilterChange, earlier versions an invalidation after it."""

    def refilter(self, change: Callable[[], object]) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            change()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
