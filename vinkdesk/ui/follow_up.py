"""A follow-up after a yellow or red case was closed (6 and 12 months on): how it went, chosen by the
counsellor (no answer is preselected), on which day, and (if the counsellor wants) what happened. "The
concern has returned" reopens the case, and the dialog asks before it does."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Case, CaseStatus
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import FollowUp, FollowUpOutcome
from vinkdesk.domain.casework_words import follow_up_words
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import CaseworkDialog, PlainText, field_label, help_label, with_lines
from vinkdesk.ui.dates import DateField
from vinkdesk.vault import VaultError


class FollowUpDialog(CaseworkDialog):
    def __init__(
        self, session: Session, case: Case, follow_up: FollowUp, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.follow_up = follow_up
        self.reopened = False
        language = labels.language()
        self.setWindowTitle(self.tr("Record follow-up – %1").replace("%1", case.ref))
        self.setMinimumWidth(520)
        intro = help_label(
            follow_up_words(follow_up.months, language)
            + " · "
            + self.tr("closed %1, due %2")
            .replace("%1", labels.day_text(follow_up.closed_on))
            .replace("%2", labels.day_text(follow_up.due_on))
        )
        self.outcomes = QButtonGroup(self)
        self.outcomes.setExclusive(True)
        self.choices: dict[FollowUpOutcome, QRadioButton] = {}
        answers = QWidget()
        column = QVBoxLayout(answers)
        column.setContentsMargins(0, 0, 0, 0)
        for outcome in FollowUpOutcome:
            button = QRadioButton(words.name(outcome, language))
            self.outcomes.addButton(button)
            self.choices[outcome] = button
            column.addWidget(button)
        self.returned_note = help_label(
            self.tr("The case will be reopened on that day, and its review date set from its level.")
            if case.status is CaseStatus.CLOSED
            else self.tr("The case is open already; the follow-up is recorded with it.")
        )
        self.returned_note.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.returned_note.hide()
        column.addWidget(self.returned_note)
        column.addWidget(
            self.under(
                "outcome", field_label(), self.choices[FollowUpOutcome.DONE], tuple(self.choices.values())
            )
        )
        self.day = DateField(session.today())
        self.day.setAccessibleName(self.tr("Followed up on"))
        self.note = PlainText(self.tr("What happened"), 3)
        self.note.setPlaceholderText(self.tr("What happened, in a few words (optional)"))
        form = QFormLayout()
        asked = QLabel(self.tr("&How did it go?"))
        asked.setBuddy(self.choices[FollowUpOutcome.DONE])
        form.addRow(asked, answers)
        form.addRow(
            self.tr("Followed up &on:"),
            with_lines(self.day, self.under("outcome_on", field_label(), self.day)),
        )
        note_label = QLabel(self.tr("What ha&ppened:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, with_lines(self.note, self.under("follow_up_note", field_label(), self.note)))
        self.lay_out(intro, form)
        self.outcomes.buttonToggled.connect(self._chosen)
        self.mark_clean()
        self.choices[FollowUpOutcome.DONE].setFocus()

    def chosen(self) -> FollowUpOutcome | None:
        return next((o for o, b in self.choices.items() if b.isChecked()), None)

    def _chosen(self) -> None:
        self.returned_note.setVisible(self.chosen() is FollowUpOutcome.CONCERN_RETURNED)

    def _state(self) -> object:
        return self.chosen(), self.day.edit.text(), self.note.toPlainText()

    def field_problem(self, field: str) -> str | None:
        if field == "outcome" and self.chosen() is None:
            return self.tr("Choose how the follow-up went.")
        if field == "outcome_on" and not self.day.acceptable():
            return self.tr("The day cannot be read. Write it as %1.").replace(
                "%1", labels.day_text(date(2026, 11, 29))
            )
        return None

    def _write(self) -> bool:
        for field in ("outcome", "outcome_on"):
            problem = self.field_problem(field)
            if problem is not None:
                self.refuse(field, problem)
                return False
        outcome = self.chosen()
        if outcome is None:  # said above
            return False
        day = self.day.date()
        reopen = outcome is FollowUpOutcome.CONCERN_RETURNED and self.case.status is CaseStatus.CLOSED
        if reopen and not self._confirm_reopening(day):
            return False
        try:
            self.saved = self._session.record_follow_up(
                self.follow_up.id, outcome, day, note=self.note.toPlainText()
            )
        except VaultError as error:
            self.refused_by_session(error)
            return False
        self.reopened = self.saved.reopened
        return True

    def _confirm_reopening(self, day: date) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Reopen case %1?").replace("%1", self.case.ref))
        box.setInformativeText(
            self.tr(
                "The concern has returned: the case is reopened on %1 and counts as active again. "
                "The follow-up keeps the link."
            ).replace("%1", labels.day_text(day))
        )
        reopen = box.addButton(self.tr("&Reopen case"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if self._closed:  # the vault locked meanwhile
            return False
        return box.clickedButton() is reopen

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Save this follow-up?"),
            self.tr("Discard throws away what you entered in this window."),
        )
