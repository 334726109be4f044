"""Closing or reopening a case: a small dialog that says what it does, asks for the day (today unless the
counsellor says otherwise) and checks it before the Session is asked. No single key closes a case: Enter in
the date field takes the day and moves to the button, Esc keeps the case as it is."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Case, CaseStatus
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain
from vinkdesk.vault import VaultError


class CaseClosingDialog(QDialog):
    """Close an open case, or reopen a closed one, on a day the counsellor confirms. `changed` holds the case
    as saved once the Session has done it; the dialog is then accepted."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.changed: Case | None = None
        self.closing = case.status is CaseStatus.OPEN
        self.today = session.today()
        if self.closing:
            self.earliest = session.earliest_closing_day(case.id)
            self.setWindowTitle(self.tr("Close case %1").replace("%1", case.ref))
            explanation = self.tr(
                "Closing the case counts it as closed in the anonymised statistics, in the quarter of the "
                "closing date. Its notes stay in your notes as they are, and you can reopen the case later."
            )
            bounds = self.tr(
                "The closing date lies between %1 (the case's last consultation or its opening) and today."
            )
            field_label = self.tr("Closing &date:")
            action = self.tr("&Close case")
        else:
            self.earliest = case.closed_on or case.opened_on
            self.setWindowTitle(self.tr("Reopen case %1").replace("%1", case.ref))
            explanation = self.tr(
                "Reopening the case makes it active again, in the case list and in the anonymised "
                "statistics. You can close it again later."
            )
            bounds = self.tr("The reopening date lies between %1 (the day the case was closed) and today.")
            field_label = self.tr("Reopening &date:")
            action = self.tr("&Reopen case")
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.bounds = QLabel(bounds.replace("%1", labels.day_text(self.earliest)))
        self.bounds.setWordWrap(True)
        self.bounds.setStyleSheet("color: #555;")
        # No range on the field itself: a day out of bounds is taken, then refused below with the reason.
        self.day = DateField(self.today)
        self.day.setAccessibleName(field_label.replace("&", "").rstrip(":"))
        self.day.edit.installEventFilter(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setAccessibleName(self.tr("What is wrong with the date"))
        self.day.edit.textEdited.connect(self.message.clear)
        form = QFormLayout()
        form.addRow(field_label, self.day)
        self.buttons = QDialogButtonBox()
        self.action_button = QPushButton(action)
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # The safe default: Enter on the dialog as it opens never changes the case.
        self.action_button.setDefault(False)
        self.action_button.setAutoDefault(True)  # Enter on the focused button confirms
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.bounds)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.day.setFocus()

    def chosen_day(self) -> date:
        return self.day.date()

    def problem(self, day: date) -> str | None:
        """What is wrong with the day, in the user's language, or None."""
        if day > self.today:
            if self.closing:
                return self.tr("The closing date cannot lie in the future. Choose today or an earlier day.")
            return self.tr("The reopening date cannot lie in the future. Choose today or an earlier day.")
        if day < self.earliest:
            earliest = labels.day_text(self.earliest)
            if not self.closing:
                text = self.tr("The case was closed on %1: it cannot be reopened before that day.")
            elif self.earliest > self.case.opened_on:
                text = self.tr("The case's last consultation was on %1: the case cannot close before it.")
            else:
                text = self.tr("The case was opened on %1: it cannot close before that day.")
            return text.replace("%1", earliest)
        return None

    def check(self) -> bool:
        problem = self.problem(self.chosen_day())
        self.message.setText(problem or "")
        return problem is None

    def confirm(self) -> None:
        """Close (or reopen) on the chosen day; on a wrong day or a refusal the dialog stays, saying why."""
        if not self.day.acceptable():
            self.day.edit.editingFinished.emit()  # the field says why the text is no date
            self.day.setFocus()
            return
        if not self.check():
            self.day.setFocus()
            return
        day, case_id = self.chosen_day(), self.case.id
        try:
            if self.closing:
                self.changed = self._session.close_case(case_id, on=day)
            else:
                self.changed = self._session.reopen_case(case_id, on=day)
        except VaultError as error:
            self.message.setText(explain(error))
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the date field checks the day and moves on to the button, which a second Enter presses."""
        if (
            watched is self.day.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            typed = self.day.acceptable()
            self.day.edit.editingFinished.emit()  # the field takes the day (or says why the text is none)
            if not typed:
                self.message.clear()
            elif self.check():
                self.action_button.setFocus()
            return True
        return super().eventFilter(watched, event)
