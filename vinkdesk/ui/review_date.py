"""The next review of an open case: "Reviewed …" takes the day of the review (today unless said otherwise)
and sets the next one from the case's level; "Move review …" sets another day."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from vinkdesk.domain import Case
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import CaseworkDialog, field_label, help_label
from vinkdesk.ui.dates import DateField
from vinkdesk.vault import VaultError


class ReviewDialog(CaseworkDialog):
    """moving=False: the case was reviewed on a day (the next review follows from its level); moving=True:
    the next review is moved to a day of the counsellor's choosing (today or later)."""

    def __init__(self, session: Session, case: Case, moving: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.moving = moving
        self.today = session.today()
        if moving:
            self.setWindowTitle(self.tr("Move the review – %1").replace("%1", case.ref))
            start = case.review_on if case.review_on and case.review_on >= self.today else self.today
            explanation = self.tr("Choose the day of the next review: today or a later day.")
            field = self.tr("&Next review:")
        else:
            self.setWindowTitle(self.tr("Case reviewed – %1").replace("%1", case.ref))
            start = self.today
            explanation = self.tr(
                "Record the day the case was reviewed. The next review follows from its level: "
                "%n week(s) later.",
                "",
                session.review_weeks(case.level),
            )
            field = self.tr("&Reviewed on:")
        self.setMinimumWidth(440)
        self.explanation = help_label(explanation)
        self.day = DateField(start)
        self.day.setAccessibleName(field.replace("&", "").rstrip(":"))
        self.next_review = help_label()
        form = QFormLayout()
        form.addRow(field, self.day)
        form.addRow("", self.under("review_on", field_label(), self.day))
        self.under("reviewed_on", self._messages["review_on"][0], self.day)
        form.addRow("", self.next_review)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.day.edit.textChanged.connect(self._preview)
        self._preview()
        self.mark_clean()
        self.day.setFocus()

    def _preview(self) -> None:
        if self.moving or not self.day.acceptable():
            self.next_review.clear()
            self.next_review.setVisible(False)
            return
        following = self._session.default_review_day(self.case.level, self.day.date())
        self.next_review.setText(self.tr("Next review: %1").replace("%1", labels.day_text(following)))
        self.next_review.setVisible(True)

    def _state(self) -> object:
        return self.day.edit.text()

    def has_unsaved_changes(self) -> bool:
        return False  # one day, shown as it opened or typed over: nothing worth a question

    def _write(self) -> bool:
        if not self.day.acceptable():
            self.refuse(
                "review_on",
                self.tr("The day cannot be read. Write it as %1.").replace(
                    "%1", labels.day_text(date(2026, 11, 29))
                ),
            )
            return False
        day = self.day.date()
        try:
            if self.moving:
                self._session.set_review_date(self.case.id, day)
                self.saved = day
            else:
                self.saved = self._session.mark_reviewed(self.case.id, day)
        except VaultError as error:
            self.refused_by_session(error)
            return False
        return True
