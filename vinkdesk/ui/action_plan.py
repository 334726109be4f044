"""The action plan of a case: a table model (tick done, overdue marked in words and colour) and the dialog
to add or edit an action, which never closes over unsaved changes without asking."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Action
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import FollowUp
from vinkdesk.domain.casework_words import follow_up_words
from vinkdesk.session import ACTION_DRAFT, Session
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain, show_error
from vinkdesk.ui.leaving import SAVE_AND_CLOSE_KEYS, Leaving, ask_before_leaving, close_asks, escape_asks
from vinkdesk.vault import VaultError

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DONE, TITLE, RESPONSIBLE, DUE = range(4)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 2  # the follow-up an action stands for, or None


class ActionTableModel(QAbstractTableModel):
    def __init__(
        self, session: Session | None, parent: QObject | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._actions: list[Action] = []
        self._follow_ups: dict[int, FollowUp] = {}
        self._today = today

    def set_actions(self, actions: list[Action], follow_ups: list[FollowUp] | None = None) -> None:
        """The actions; those that are follow-ups after a closing are named in the windows' language, and
        are ticked done by recording the follow-up, never by the tick alone."""
        self.beginResetModel()
        self._actions = list(actions)
        self._follow_ups = {f.action_id: f for f in follow_ups or () if f.action_id is not None}
        self.endResetModel()

    def follow_up(self, action: Action) -> FollowUp | None:
        return self._follow_ups.get(action.id)

    def title(self, action: Action) -> str:
        follow_up = self._follow_ups.get(action.id)
        if follow_up is None:
            return action.title
        language = labels.language()
        title = follow_up_words(follow_up.months, language)
        if follow_up.outcome is not None:
            title += " – " + words.name(follow_up.outcome, language)
        if follow_up.note:  # the counsellor's note on how it went, on one line (whole in the tooltip)
            title += ": " + " ".join(follow_up.note.split())
        return title

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
            action = self._actions[index.row()] if 0 <= index.row() < len(self._actions) else None
            if action is not None and action.id in self._follow_ups:
                return base  # done by recording the follow-up (how it went), not by a tick
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
        if role == FOLLOW_UP_ROLE:
            return self._follow_ups.get(action.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return self.title(action)  # a long title or follow-up note is cut off in the column
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DONE:
                return self.tr("Done") if action.done else ""
            if column == TITLE:
                return self.title(action)
            if column == RESPONSIBLE:
                return action.responsible
            if action.due is None:
                return "–"
            if overdue:
                return labels.day_text(action.due) + " " + self.tr("(overdue)")
            return labels.day_text(action.due)
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
        if action.id in self._follow_ups:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        try:
            self._actions[index.row()] = self._session.update_action(action.id, done=checked)
        except VaultError as error:  # the tick stays as it was, and the user is told why
            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, self.tr("Action plan"), error)
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True


class ActionDialog(QDialog):
    """Ctrl+S saves and stays open (a later save changes the same action); Ctrl+Enter or Save saves and
    closes. Esc, Cancel and the window's close button close at once when nothing is unsaved, and otherwise
    ask: Save, Keep as draft, Discard, or back to editing. A draft (kept so, or by a lock) waits in the
    vault (kind ACTION_DRAFT), and the main window's banner offers it back."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        action: Action | None = None,
        parent: QWidget | None = None,
        draft: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._action = action
        self.saved: Action | None = None
        self._closed = False
        self._set_title()
        self.setMinimumWidth(440)
        self.title = QLineEdit(action.title if action else "")
        self.title.setAccessibleName(self.tr("Action"))
        self.responsible = QLineEdit(action.responsible if action else "")
        self.responsible.setAccessibleName(self.tr("Responsible"))
        self.has_due = QCheckBox(self.tr("Has a due date"))
        self.due = DateField(action.due if action and action.due else date.today() + timedelta(days=14))
        self.due.setAccessibleName(self.tr("Due"))
        self.has_due.setChecked(action is None or action.due is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("&Action:"), self.title)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        form.addRow(self.has_due)
        form.addRow(self.tr("D&ue:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._saved_state = self._state()
        # the draft this editor was opened from (case, action or None): removed once saved or discarded
        self._from_draft = self._draft_key() if draft is not None else None
        if draft is not None:  # what was typed when vinkdesk locked, unsaved until the user saves it
            self.title.setText(str(draft.get("title", "")))
            self.responsible.setText(str(draft.get("responsible", "")))
            due = draft.get("due")
            self.has_due.setChecked(due is not None)
            if due is not None:
                self.due.setDate(date.fromisoformat(str(due)))
            self.message.setStyleSheet("color: #8a4b00;")
            self.message.setText(self.tr("Restored from your draft."))
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_now)
        for keys in SAVE_AND_CLOSE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("Add action") if self._action is None else self.tr("Edit action"))

    def _due(self) -> date | None:
        if not self.has_due.isChecked():
            return None
        return self.due.date()

    def _state(self) -> tuple[str, str, date | None]:
        return self.title.text(), self.responsible.text(), self._due()

    def has_unsaved_changes(self) -> bool:
        return self._state() != self._saved_state

    def save_now(self) -> bool:
        """Ctrl+S: save and stay open. A refusal (no description, a full disk) is said in the dialog in the
        user's language, and what was typed stays."""
        if self._action is not None and not self.has_unsaved_changes():
            return True
        if self.has_due.isChecked() and not self.due.acceptable():
            self.message.setText(
                self.tr("The due date cannot be read. Write it as %1, or untick the due date.").replace(
                    "%1", labels.day_text(date(2026, 11, 29))
                )
            )
            self.due.setFocus()
            return False
        due = self._due()
        try:
            if self._action is None:
                saved = self._session.add_action(
                    self._case_id, self.title.text(), self.responsible.text(), due
                )
            else:
                saved = self._session.update_action(
                    self._action.id,
                    title=self.title.text(),
                    responsible=self.responsible.text(),
                    due=due,
                    clear_due=due is None,
                )
        except VaultError as error:
            self.message.setText(explain(error))
            return False
        self.saved = self._action = saved
        self._saved_state = self._state()
        self._forget_draft()
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.clear()
        self._set_title()
        return True

    def save(self) -> bool:
        """Save and close (the Save button, Enter, Ctrl+Enter); on a refusal the dialog stays open."""
        if not self.save_now():
            return False
        self._close()
        return True

    def cancel(self) -> bool:
        """Esc, Cancel and the window's close button: close, or ask first when something is unsaved (going
        back to editing is the default). True when the dialog closed."""
        if self._closed:
            return True
        if self.has_unsaved_changes():
            choice = ask_before_leaving(
                self,
                self.tr("Save the changes to this action?"),
                self.tr("Discard deletes what you wrote since the last save."),
                save=True,
                keep_draft=True,
            )
            if self._closed:  # the vault locked while the question was open
                return True
            if choice is Leaving.SAVE:
                return self.save()
            if choice is Leaving.KEEP_DRAFT:
                reason = self.keep_draft()
                if reason is not None:  # not kept (a full disk): say so, and stay with the text
                    self.message.setText(reason)
                    return False
                self._close()
                return True
            if choice is not Leaving.DISCARD:
                return False
        self._forget_draft()  # discarded, or nothing unsaved: a draft this dialog came from is done with
        self._close()
        return True

    def _draft_key(self) -> tuple[int, int | None]:
        return self._case_id, self._action.id if self._action is not None else None

    def _forget_draft(self) -> None:
        if self._from_draft is None:
            return
        case_id, target_id = self._from_draft
        try:
            self._session.discard_draft(ACTION_DRAFT, case_id=case_id, target_id=target_id)
        except VaultError as error:  # it stays offered; nothing typed is lost
            log.warning("an action draft was not removed (%s)", type(error).__name__)
        self._from_draft = None

    def keep_draft(self) -> str | None:
        """Keep what was typed in the vault (the lock); the reason when it could not be kept."""
        if self._closed or not self.has_unsaved_changes():
            return None
        due = self._due()
        case_id, target_id = self._draft_key()
        content = {
            "title": self.title.text(),
            "responsible": self.responsible.text(),
            "due": due.isoformat() if due is not None else None,
        }
        try:
            self._session.save_draft(ACTION_DRAFT, content, case_id, target_id)
        except VaultError as error:
            return explain(error)
        return None

    def _close(self) -> None:
        """Accepted when anything was saved, so the case page shows it."""
        self._closed = True
        self.done(QDialog.DialogCode.Accepted if self.saved is not None else QDialog.DialogCode.Rejected)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not escape_asks(event, self.cancel):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        close_asks(event, self._closed, self.isVisible(), self.cancel)

    def reject(self) -> None:
        """Closing from code, as the lock does: no question, and no text left in the widgets (an action has
        no draft to keep it in)."""
        self.close_for_lock()

    def close_for_lock(self) -> str | None:
        """The vault locks: keep what was typed as a draft, close without asking (a question still open goes
        too) and leave no text behind. Returns what to tell after the unlock if no draft could be kept."""
        lost: str | None = None
        reason = self.keep_draft()
        if reason is not None:
            lost = self.tr(
                "When vinkdesk locked, the action being written could not be kept, so it is lost. "
                "The reason: %1"
            ).replace("%1", reason)
        for question in self.findChildren(QMessageBox):
            question.reject()
        for line in (self.title, self.responsible):
            line.clear()
        self.message.clear()
        if not self._closed:
            self._close()
        return lost
