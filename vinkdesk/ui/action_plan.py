"""The action plan of a case: a table model (tick done, overdue marked in words and colour) and the dialog
to add or edit an action."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Action
from vinkdesk.session import InvalidInput, Session
from vinkdesk.ui.forms import field_message

Index = QModelIndex | QPersistentModelIndex
DONE, TITLE, RESPONSIBLE, DUE = range(4)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionTableModel(QAbstractTableModel):
    def __init__(
        self, session: Session | None, parent: QObject | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._actions: list[Action] = []
        self._today = today

    def set_actions(self, actions: list[Action]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def today(self) -> date:
        return self._today or date.today()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Done"), self.tr("Action"), self.tr("Responsible"), self.tr("Due")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == DONE and self._session is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        column = index.column()
        overdue = action.overdue_on(self.today())
        if role == ACTION_ROLE:
            return action
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DONE:
                return self.tr("Done") if action.done else ""
            if column == TITLE:
                return action.title
            if column == RESPONSIBLE:
                return action.responsible
            if action.due is None:
                return "–"
            if overdue:
                return action.due.isoformat() + " " + self.tr("(overdue)")
            return action.due.isoformat()
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b00020"))
        if overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if action.done and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#777777"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE or self._session is None:
            return False
        action = self._actions[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self._actions[index.row()] = self._session.update_action(action.id, done=checked)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True


class ActionDialog(QDialog):
    def __init__(
        self, session: Session, case_id: int, action: Action | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._action = action
        self.setWindowTitle(self.tr("Add action") if action is None else self.tr("Edit action"))
        self.setMinimumWidth(440)
        self.title = QLineEdit(action.title if action else "")
        self.title.setAccessibleName(self.tr("Action"))
        self.responsible = QLineEdit(action.responsible if action else "")
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.has_due = QCheckBox(self.tr("Has a due date"))
        self.due = QDateEdit(QDate(action.due) if action and action.due else QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due"))
        self.has_due.setChecked(action is None or action.due is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("&Action:"), self.title)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        form.addRow(self.has_due)
        form.addRow(self.tr("D&ue:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _save(self) -> None:
        due: date | None = self.due.date().toPython() if self.has_due.isChecked() else None  # type: ignore[assignment]
        try:
            if self._action is None:
                self._session.add_action(self._case_id, self.title.text(), self.responsible.text(), due)
            else:
                self._session.update_action(
                    self._action.id,
                    title=self.title.text(),
                    responsible=self.responsible.text(),
                    due=due,
                    clear_due=due is None,
                )
        except InvalidInput as error:
            self.message.setText(field_message(error.field, str(error)))
            return
        self.accept()
