"""The case list: a table model over the Session's case summaries, and a filter proxy for status, level,
district, "mine", and ref or alias as you type."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vinkdesk.domain import CaseStatus, CaseSummary, District, Level
from vinkdesk.ui import labels

Index = QModelIndex | QPersistentModelIndex

REF, SUBJECT, LEVEL, DISTRICT, LAST_CONSULTATION, NEXT_DUE, STATUS = range(7)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._cases: list[CaseSummary] = []
        self._today = today
        self._icons = {level: labels.level_icon(level) for level in (*Level, None)}

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def case_at(self, row: int) -> CaseSummary:
        return self._cases[row]

    def row_of(self, case_id: int) -> int | None:
        for row, summary in enumerate(self._cases):
            if summary.id == case_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Ref"),
            self.tr("Subject"),
            self.tr("Level"),
            self.tr("District"),
            self.tr("Latest"),
            self.tr("Next due"),
            self.tr("Status"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        column = index.column()
        if role == CASE_ID_ROLE:
            return case.id
        if role == SUMMARY_ROLE:
            return case
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(case, column, role)
        if role == SORT_ROLE:
            return self._sort_key(case, column)
        if role == Qt.ItemDataRole.DecorationRole and column == LEVEL:
            return self._icons[case.level]
        if role == Qt.ItemDataRole.ToolTipRole and column == LEVEL:
            return labels.level_name(case.level)
        if role == Qt.ItemDataRole.ToolTipRole and column == NEXT_DUE:
            return self._text(case, column, Qt.ItemDataRole.AccessibleTextRole)
        if column == NEXT_DUE and case.next_action_due and case.next_action_due < self.today():
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def today(self) -> date:
        return self._today or date.today()

    def _text(self, case: CaseSummary, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
        if column == REF:
            return case.ref
        if column == SUBJECT:
            return labels.subject_display(case.subject_kind, case.alias)
        if column == LEVEL:
            return labels.level_short(case.level)
        if column == DISTRICT:
            return labels.district(case.district)
        if column == LAST_CONSULTATION:
            return case.last_consultation.strftime("%Y-%m-%d") if case.last_consultation else "–"
        if column == NEXT_DUE:
            if not case.next_action_due:
                return "–"
            text = case.next_action_due.isoformat()
            if case.next_action_due < self.today():
                # A sign and bold red in the list; the words for screen readers and the tooltip.
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return text + " " + self.tr("(overdue)")
                return "⚠ " + text
            return text
        return labels.case_status(case.status)

    def _sort_key(self, case: CaseSummary, column: int) -> Any:
        if column == REF:
            year, _, number = case.ref.partition("-")
            return int(year) * 100000 + int(number or 0)
        if column == LEVEL:
            return -1 if case.level is None else case.level.rank
        if column == LAST_CONSULTATION:
            return case.last_consultation.isoformat() if case.last_consultation else ""
        if column == NEXT_DUE:
            return case.next_action_due.isoformat() if case.next_action_due else "9999"
        return self._text(case, column).casefold()


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters in memory: 10,000 rows filter and sort without a database round trip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._status: CaseStatus | None = CaseStatus.OPEN
        self._level: Level | None | str = "any"
        self._district: District | None = None
        self._mine_id: str | None = None
        self._text = ""

    def set_filters(
        self,
        *,
        status: CaseStatus | None,
        level: Level | None | str,
        district: District | None,
        mine_id: str | None,
        text: str,
    ) -> None:
        self.beginFilterChange()
        # Combo boxes hand enumerations back as plain strings: turn them into the domain's values again.
        self._status = CaseStatus(status) if status else None
        self._level = "any" if level == "any" else (Level(level) if level else None)
        self._district = District(district) if district else None
        self._mine_id = mine_id
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        case = model.case_at(source_row)
        if self._status is not None and case.status is not self._status:
            return False
        if self._level != "any" and case.level != self._level:
            return False
        if self._district is not None and case.district is not self._district:
            return False
        if self._mine_id is not None and case.counsellor_id != self._mine_id:
            return False
        if self._text:
            return self._text in case.ref.casefold() or self._text in case.alias.casefold()
        return True
