"""Closing or reopening a case: a small dialog that says what it does, asks why (closing: a reason from the
fixed list, none chosen beforehand, and for "other" the reason in words) and for the day (today unless the
counsellor says otherwise), says which follow-ups a yellow or red case gets (none when the concern was not
confirmed), and checks it all before the Session is asked. Enter alone never closes a case: in a field it
moves on to the next and then to the button. Esc, Cancel and the window's close button leave the case as it
is, and first ask (Save / Discard / Cancel) when a reason, words or another day were given."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Case, CaseStatus, Level
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import FOLLOW_UP_MONTHS, NOT_FOLLOWED_UP, ClosureReason
from vinkdesk.session import Session
from vinkdesk.session.casework import add_months
from vinkdesk.session.errors import InvalidInput
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import CaseworkDialog, field_label, with_lines
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain
from vinkdesk.vault import VaultError

NOTE_LIMIT = 1000  # as the Session keeps it
DAY = "closed_on"  # the day's messages (closing and reopening alike)


def _message_label(name: str) -> QLabel:
    label = field_label()  # hidden: no empty line under a field that is right
    label.setAccessibleName(name)
    return label


class CaseClosingDialog(CaseworkDialog):
    """Close an open case for a reason, or reopen a closed one, on a day the counsellor confirms. `changed`
    holds the case as saved once the Session has done it; the dialog is then accepted."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.changed: Case | None = None
        self.closing = case.status is CaseStatus.OPEN
        self.today = session.today()
        self.followed_up = self.closing and case.level in (Level.YELLOW, Level.RED)
        if self.closing:
            self.earliest = session.earliest_closing_day(case.id)
            self.setWindowTitle(self.tr("Close case %1").replace("%1", case.ref))
            explanation = self.tr(
                "Closing the case counts it as closed in the anonymised statistics, in the quarter of the "
                "closing date, with its reason. Its notes stay in your notes as they are, and you can reopen "
                "the case later."
            )
            bounds = self.tr(
                "The closing date lies between %1 (the case's last consultation or its opening) and today."
            )
            field_label_text = self.tr("Closing &date:")
            action = self.tr("&Close case")
        else:
            self.earliest = case.closed_on or case.opened_on
            self.setWindowTitle(self.tr("Reopen case %1").replace("%1", case.ref))
            explanation = self.tr(
                "Reopening the case makes it active again, in the case list and in the anonymised "
                "statistics. You can close it again later."
            )
            bounds = self.tr("The reopening date lies between %1 (the day the case was closed) and today.")
            field_label_text = self.tr("Reopening &date:")
            action = self.tr("&Reopen case")
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.bounds = QLabel(bounds.replace("%1", labels.day_text(self.earliest)))
        self.bounds.setWordWrap(True)
        self.bounds.setStyleSheet("color: #555;")
        # No range on the field itself: a day out of bounds is taken, then refused below with the reason.
        self.day = DateField(self.today)
        self.day.setAccessibleName(field_label_text.replace("&", "").rstrip(":"))
        self.day.edit.installEventFilter(self)
        self.message = _message_label(self.tr("What is wrong with the date"))
        self.under(DAY, self.message, self.day)

        # Why the case is closed: one of the fixed list, never chosen for the counsellor.
        self.reason = QComboBox()
        self.reason.setPlaceholderText(self.tr("Choose the reason …"))
        for reason in ClosureReason:
            self.reason.addItem(words.name(reason, labels.language()), reason.value)
        self.reason.setCurrentIndex(-1)
        self.reason.setAccessibleName(self.tr("Reason for closing"))
        self.reason.installEventFilter(self)
        self.reason_message = _message_label(self.tr("What is missing in the reason"))
        self.under("closure_reason", self.reason_message, self.reason)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setAccessibleName(self.tr("The reason in your own words"))
        self.note.setPlaceholderText(self.tr("Only for “Other reason”"))
        self.note.setEnabled(False)
        self.note.installEventFilter(self)
        self.note_message = _message_label(self.tr("What is missing in the reason in words"))
        self.under("closure_note", self.note_message, self.note, (self.note, self.reason))
        self.reason.currentIndexChanged.connect(self._reason_changed)

        self.follow_ups = QLabel()
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setStyleSheet(
            "QLabel { background: #fff8e1; border: 1px solid #f9a825; padding: 6px; }"
        )
        self.follow_ups.setVisible(self.followed_up)
        self.day.dateChanged.connect(lambda _day: self._show_follow_ups())
        self._show_follow_ups()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        if self.closing:
            self.reason_label = QLabel(self.tr("&Reason for closing:"))
            self.reason_label.setBuddy(self.reason)
            form.addRow(self.reason_label, with_lines(self.reason, self.reason_message))
            self.note_label = QLabel(self.tr("Reason in &words:"))
            self.note_label.setBuddy(self.note)
            form.addRow(self.note_label, with_lines(self.note, self.note_message))
        else:
            for widget in (self.reason, self.note):
                widget.hide()
        day_label = QLabel(field_label_text)
        day_label.setBuddy(self.day.edit)
        form.addRow(day_label, with_lines(self.day, self.message))
        self.buttons = QDialogButtonBox()
        self.action_button = QPushButton(action)
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # The safe default: Enter on the dialog as it opens never changes the case.
        self.action_button.setDefault(False)
        self.action_button.setAutoDefault(True)  # Enter on the focused button confirms
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.bounds)
        layout.addWidget(self.follow_ups)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.mark_clean()
        if self.closing:
            self.setTabOrder(self.reason, self.note)
            self.setTabOrder(self.note, self.day.edit)
            self.reason.setFocus()  # the reason is asked first: it has no default
        else:
            self.day.setFocus()

    # --- what was chosen -----------------------------------------------------------------------------------

    def chosen_day(self) -> date:
        return self.day.date()

    def chosen_reason(self) -> ClosureReason | None:
        data = self.reason.currentData()
        return ClosureReason(data) if self.reason.currentIndex() >= 0 and data else None

    def plans_follow_ups(self) -> bool:
        """Whether closing now plans follow-ups: yellow or red, unless the concern was not confirmed."""
        return self.followed_up and self.chosen_reason() not in NOT_FOLLOWED_UP

    def follow_up_days(self) -> list[date]:
        """The days the follow-ups fall on, for the closing day and reason chosen now (none for a green case,
        none when the concern was not confirmed)."""
        if not self.plans_follow_ups():
            return []
        return [add_months(self.chosen_day(), months) for months in FOLLOW_UP_MONTHS]

    def _reason_changed(self, _index: int) -> None:
        other = self.chosen_reason() is ClosureReason.OTHER
        self.note.setEnabled(other)
        self.note.setPlaceholderText(
            self.tr("Why is the case closed? A few words") if other else self.tr("Only for “Other reason”")
        )
        self._show_follow_ups()

    def _show_follow_ups(self) -> None:
        if not self.followed_up:
            return
        level = labels.level_short(self.case.level)
        if not self.plans_follow_ups():
            self.follow_ups.setText(
                self.tr(
                    "The case is at level %1, but no follow-ups are planned: the concern was not confirmed."
                ).replace("%1", level)
            )
        else:
            first, second = self.follow_up_days()
            self.follow_ups.setText(
                self.tr(
                    "The case is at level %1. Closing it plans two follow-ups, 6 and 12 months after "
                    "the closing date: on %2 and on %3. They appear as tasks in the case's action plan, "
                    "where you record how each went."
                )
                .replace("%1", level)
                .replace("%2", labels.day_text(first))
                .replace("%3", labels.day_text(second))
            )
        self.fit()

    # --- checks --------------------------------------------------------------------------------------------

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

    def reason_problem(self) -> str | None:
        if self.chosen_reason() is None:
            return self.tr("Choose why the case is closed.")
        return None

    def note_problem(self) -> str | None:
        if self.chosen_reason() is ClosureReason.OTHER and not self.note.text().strip():
            return self.tr("Write the reason in a few words: “Other reason” needs them.")
        return None

    def field_problem(self, field: str) -> str | None:
        if field == "closure_reason":
            return self.reason_problem()
        if field == "closure_note":
            return self.note_problem()
        if field == DAY:
            return self.problem(self.chosen_day()) if self.day.acceptable() else "unreadable"
        return None

    def check(self) -> bool:
        problem = self.problem(self.chosen_day())
        self.say(DAY, problem)
        return problem is None

    # --- saving and leaving --------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Close (or reopen) on the chosen day; without a reason, on a wrong day or on a refusal the dialog
        stays, saying why under the field, and the cursor goes there."""
        self.save()

    def _state(self) -> object:
        if not self.closing:
            return None  # reopening asks only for a day: nothing worth a question
        return self.reason.currentIndex(), self.note.text(), self.day.edit.text()

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Close case %1 as entered?").replace("%1", self.case.ref),
            self.tr(
                "Save closes the case for the reason chosen. Discard throws away what you entered; "
                "the case stays open."
            ),
        )

    def _write(self) -> bool:
        if self.closing:
            for field, missing in (
                ("closure_reason", self.reason_problem()),
                ("closure_note", self.note_problem()),
            ):
                if missing:
                    self.refuse(field, missing)
                    return False
        if not self.day.acceptable():
            self.day.edit.editingFinished.emit()  # the field says why the text is no date
            self.day.setFocus()
            return False
        if not self.check():
            self.day.setFocus()
            return False
        day, case_id = self.chosen_day(), self.case.id
        try:
            if self.closing:
                self.changed = self._session.close_case(
                    case_id, self.chosen_reason(), on=day, note=self.note.text()
                )
            else:
                self.changed = self._session.reopen_case(case_id, on=day)
        except InvalidInput as error:
            self._refused(error)
            return False
        except VaultError as error:
            self.say(DAY, explain(error))
            return False
        self.saved = self.changed
        return True

    def _refused(self, error: InvalidInput) -> None:
        if error.field == "closure_reason":
            self.refuse("closure_reason", self.reason_problem() or explain(error))
        elif error.field == "closure_note":
            self.refuse(
                "closure_note",
                self.note_problem()
                or self.tr("Keep the reason under %1 characters.").replace(
                    "%1", labels.number_text(NOTE_LIMIT)
                ),
            )
        else:
            self.refuse(DAY, explain(error))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter moves on: from the reason (once chosen) to the words for "other" or to the day, from the day
        (once it is right) to the button, which a further Enter presses."""
        if not (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Ctrl+Enter: the dialog's
        ):
            return super().eventFilter(watched, event)
        if watched is self.reason and not self.reason.view().isVisible():
            missing = self.reason_problem()
            self.say("closure_reason", missing)
            if not missing:
                (self.note if self.note.isEnabled() else self.day).setFocus()
            return True
        if watched is self.note:
            missing = self.note_problem()
            self.say("closure_note", missing)
            if not missing:
                self.day.setFocus()
            return True
        if watched is self.day.edit:
            typed = self.day.acceptable()
            self.day.edit.editingFinished.emit()  # the field takes the day (or says why the text is none)
            if not typed:
                self.say(DAY, "")
            elif self.check():
                self.action_button.setFocus()
            return True
        return super().eventFilter(watched, event)
