"""The next review of an open case: "Reviewed …" takes the day of the review (today unless said otherwise)
and, if the counsellor wants, what the review found, and sets the next one from the case's level; "Move
review …" sets another day, and asks why when the review moves later (a postponed review is what a
supervisor asks about)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from vinkdesk.domain import Case
from vinkdesk.session import InvalidInput, Session
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import (
    CaseworkDialog,
    PlainText,
    field_label,
    help_label,
    refusal_text,
    with_lines,
)
from vinkdesk.ui.dates import DateField
from vinkdesk.vault import VaultError


class ReviewDialog(CaseworkDialog):
    """moving=False: the case was reviewed on a day (the next review follows from its level), with an
    optional note of what the review found; moving=True: the next review is moved to a day of the
    counsellor's choosing (today or later), with the reason, needed when the day is later than the one the
    case has now."""

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
            note_field = self.tr("&Reason:")
            self.note = PlainText(self.tr("Why the review is moved"), 3)
            self.note.setPlaceholderText(self.tr("Why the review is moved"))
            note_help = (
                self.tr("Needed when the review moves later than %1, the day it has now.").replace(
                    "%1", labels.day_text(case.review_on)
                )
                if case.review_on is not None
                else ""
            )
            note_error = "review_reason"
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
            note_field = self.tr("What it &found:")
            self.note = PlainText(self.tr("What the review found"), 3)
            self.note.setPlaceholderText(self.tr("What the review found (optional)"))
            note_help = ""
            note_error = "review_note"
        self.setMinimumWidth(500)
        self.explanation = help_label(explanation)
        self.day = DateField(start)
        self.day.setAccessibleName(field.replace("&", "").rstrip(":"))
        self.next_review = help_label()
        self.note_help = help_label(note_help)
        self.note_help.setVisible(bool(note_help))
        form = QFormLayout()
        day_message = self.under("review_on", field_label(), self.day)
        self.under("reviewed_on", day_message, self.day)
        form.addRow(field, with_lines(self.day, day_message, self.next_review))
        note_label = QLabel(note_field)
        note_label.setBuddy(self.note)
        note_message = self.under(note_error, field_label(), self.note, (self.note, self.day))
        form.addRow(note_label, with_lines(self.note, note_message, self.note_help))
        self.lay_out(self.explanation, form)
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
        return self.note.toPlainText()  # a day alone, shown as it opened or typed over: no question

    def reason_needed(self) -> bool:
        """Whether the day typed moves the review later than the day the case has now."""
        current = self.case.review_on
        return self.moving and current is not None and self.day.acceptable() and self.day.date() > current

    def field_problem(self, field: str) -> str | None:
        if field in ("review_on", "reviewed_on"):
            if not self.day.acceptable():
                return self.tr("The day cannot be read. Write it as %1.").replace(
                    "%1", labels.day_text(date(2026, 11, 29))
                )
            day = self.day.date()
            wrong = day < self.today if self.moving else not self.case.opened_on <= day <= self.today
            return refusal_text(InvalidInput(field, "")) if wrong else None
        if field == "review_reason" and self.reason_needed() and not self.note.toPlainText().strip():
            return refusal_text(InvalidInput(field, ""))
        return None

    def _write(self) -> bool:
        if not self.day.acceptable():  # a day out of range is the Session's to say
            self.refuse("review_on", self.field_problem("review_on") or "")
            return False
        problem = self.field_problem("review_reason")
        if problem is not None:
            self.refuse("review_reason", problem)
            return False
        day = self.day.date()
        note = self.note.toPlainText()
        try:
            if self.moving:
                self._session.set_review_date(self.case.id, day, reason=note)
                self.saved = day
            else:
                self.saved = self._session.mark_reviewed(self.case.id, day, note=note)
        except VaultError as error:
            self.refused_by_session(error)
            return False
        return True
