"""Writing a consultation: when, how, who asked, how long, what was said, advice and next steps. The text is
saved as a draft inside the vault every few seconds and on lock, so an empty battery loses at most seconds;
no key or button closes it over unsaved text without asking (ask_before_leaving)."""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Case, Channel, Consultation, InquirerRole, NewConsultation
from vinkdesk.domain.enums import inquirer_role_for
from vinkdesk.domain.inquirer import CONTACT_LIMIT, ORGANISATION_LIMIT, looks_like_contact
from vinkdesk.session import CONSULTATION_DRAFT, Session
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateTimeField
from vinkdesk.ui.errors import explain
from vinkdesk.ui.forms import EnumCombo
from vinkdesk.ui.leaving import (
    SAVE_AND_CLOSE_KEYS,
    Leaving,
    ask_before_leaving,
    close_asks,
    escape_asks,
)
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.vault import VaultError

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000


class ConsultationEditor(QDialog):
    """Ctrl+S saves and stays open (a later save updates the same consultation); Ctrl+Enter or Save saves
    and closes. Esc, Cancel and the window's close button close at once when nothing is unsaved, and
    otherwise ask: Save, Keep as draft, Discard, or back to editing."""

    def __init__(
        self,
        session: Session,
        case: Case,
        consultation: Consultation | None = None,
        draft: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.consultation = consultation
        self.saved: Consultation | None = None
        self._draft_stale = False  # changed since the draft in the vault was written
        self._closed = False
        self._contact_said = ""  # the sentence shown about the contact, if any
        self._set_title()
        fit_to_screen(self, 720, 640)

        now = datetime.now()
        self.occurred_at = DateTimeField(now.replace(second=0, microsecond=0))  # typed digits: 29112026, 1405
        self.occurred_at.setMaximumDate(session.today())
        self.occurred_at.setAccessibleName(self.tr("Date and time"))
        # A day and a time side by side, not stretched over the dialog's width.
        self.occurred_at.setMaximumWidth(self.occurred_at.sizeHint().width() + 60)
        self.channel = EnumCombo(Channel, labels.channel, self.tr("Channel"))
        self.inquirer = EnumCombo(InquirerRole, labels.inquirer_role, self.tr("Who asked"))
        # Who asked, beyond the role: kept with the consultation, never counted, never logged.
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(ORGANISATION_LIMIT)
        self.organisation.setAccessibleName(self.tr("Organisation of the one who asked"))
        self.organisation.setPlaceholderText(self.tr("School, club or office, for example"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(CONTACT_LIMIT)
        self.contact.setAccessibleName(self.tr("Contact: phone number or e-mail address"))
        self.contact.setPlaceholderText(self.tr("Phone number or e-mail address"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(15)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("What the consultation was about"))
        self.body.setTabChangesFocus(True)
        self.advice = QPlainTextEdit()
        self.advice.setAccessibleName(self.tr("Advice given"))
        self.advice.setTabChangesFocus(True)
        self.advice.setMaximumHeight(110)
        self.next_steps = QPlainTextEdit()
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setMaximumHeight(90)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #5d4037;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.draft_state = QLabel()
        self.draft_state.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.occurred_at)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("W&ho asked:"), self.inquirer)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Con&tact:"), self.contact)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Notes:"), self.body)
        form.addRow(self.tr("&Advice given:"), self.advice)
        form.addRow(self.tr("Ne&xt steps:"), self.next_steps)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        bottom = QVBoxLayout()
        bottom.addWidget(self.draft_state)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        if consultation is None:  # who asked: as the case was referred, until the counsellor says otherwise
            self.inquirer.set_value(inquirer_role_for(case.referral_source))
        else:
            self._load_consultation(consultation)
            if session.is_locked_consultation(consultation):
                self.notice.setText(
                    self.tr(
                        "This consultation is locked. Saving makes an amendment; the original "
                        "stays in the history."
                    )
                )
        self._saved_content = self.content()  # what "no unsaved changes" means
        if draft is not None:
            self.load_content(draft)
            self.draft_state.setText(self.tr("Restored from an unsaved draft."))
        for widget in (self.body, self.advice, self.next_steps):
            widget.textChanged.connect(self._changed)
        self.occurred_at.dateTimeChanged.connect(self._changed)
        for field in (self.occurred_at.date_field, self.occurred_at.time_field):
            field.edit.textEdited.connect(self._changed)
        self.channel.currentIndexChanged.connect(self._changed)
        self.inquirer.currentIndexChanged.connect(self._changed)
        self.organisation.textChanged.connect(self._changed)
        self.contact.textChanged.connect(self._changed)
        self.contact.editingFinished.connect(self._check_contact)
        self.duration.valueChanged.connect(self._changed)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush_draft)
        self._autosave.start()
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_now)
        for keys in SAVE_AND_CLOSE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.body.setFocus()

    @property
    def draft_target(self) -> int | None:
        return self.consultation.id if self.consultation else None

    def _set_title(self) -> None:
        title = self.tr("New consultation") if self.consultation is None else self.tr("Consultation")
        self.setWindowTitle(f"{title} – {self.case.ref}")

    def _load_consultation(self, consultation: Consultation) -> None:
        self.occurred_at.setDateTime(consultation.occurred_at)
        self.channel.set_value(consultation.channel)
        self.inquirer.set_value(consultation.inquirer_role)
        self.organisation.setText(consultation.inquirer_organisation)
        self.contact.setText(consultation.inquirer_contact)
        self.duration.setValue(consultation.duration_minutes)
        self.body.setPlainText(consultation.body)
        self.advice.setPlainText(consultation.advice)
        self.next_steps.setPlainText(consultation.next_steps)

    def _changed(self, *_args: object) -> None:
        self._draft_stale = True

    def has_unsaved_changes(self) -> bool:
        """Whether anything differs from the consultation as saved (or from the empty form of a new one)."""
        return self.content() != self._saved_content

    def content(self) -> dict[str, Any]:
        occurred = self.occurred_at.dateTime().replace(second=0, microsecond=0)
        return {
            "occurred_at": occurred.isoformat(timespec="minutes"),
            "channel": self.channel.value().value,
            "inquirer_role": self.inquirer.value().value,
            "inquirer_organisation": self.organisation.text(),
            "inquirer_contact": self.contact.text(),
            "duration_minutes": self.duration.value(),
            "body": self.body.toPlainText(),
            "advice": self.advice.toPlainText(),
            "next_steps": self.next_steps.toPlainText(),
        }

    def load_content(self, content: dict[str, Any]) -> None:
        try:
            when = datetime.fromisoformat(str(content["occurred_at"]))
            self.occurred_at.setDateTime(when)
            self.channel.set_value(Channel(content["channel"]))
            self.inquirer.set_value(InquirerRole(content["inquirer_role"]))
            self.duration.setValue(int(content["duration_minutes"]))
        except (KeyError, ValueError, TypeError):
            pass  # a draft from an older version: keep the text at least
        self.organisation.setText(str(content.get("inquirer_organisation", "")))  # older drafts have none
        self.contact.setText(str(content.get("inquirer_contact", "")))
        self.body.setPlainText(str(content.get("body", "")))
        self.advice.setPlainText(str(content.get("advice", "")))
        self.next_steps.setPlainText(str(content.get("next_steps", "")))

    # --- drafts --------------------------------------------------------------------------------------------

    def flush_draft(self) -> str | None:
        """Write the unsaved text into the vault now (the timer calls this; so do Keep as draft and locking).
        Text that is back to what is saved needs no draft: the old one is removed instead. Returns why the
        draft could not be written, in the user's language, or None."""
        if not self._draft_stale or self._session.is_locked:
            return None
        unsaved = self.has_unsaved_changes()
        try:
            if unsaved:
                self._session.save_draft(
                    CONSULTATION_DRAFT, self.content(), case_id=self.case.id, target_id=self.draft_target
                )
            else:
                self._session.discard_draft(
                    CONSULTATION_DRAFT, case_id=self.case.id, target_id=self.draft_target
                )
        except VaultError as error:  # past the draft limit, or the disk is full: the text stays on screen
            reason: str = explain(error)
            self.draft_state.setStyleSheet("color: #b00020;")  # not a quiet grey: the text is not safe yet
            self.draft_state.setText(self.tr("The draft could not be saved: %1").replace("%1", reason))
            return reason
        self._draft_stale = False
        self.draft_state.setStyleSheet("")
        now = labels.clock_text(datetime.now())
        self.draft_state.setText(self.tr("Draft saved %1").replace("%1", now) if unsaved else "")
        return None

    # --- saving --------------------------------------------------------------------------------------------

    def new_consultation(self) -> NewConsultation:
        content = self.content()
        return NewConsultation(
            occurred_at=datetime.fromisoformat(content["occurred_at"]),
            channel=Channel(content["channel"]),
            inquirer_role=InquirerRole(content["inquirer_role"]),
            duration_minutes=content["duration_minutes"],
            body=content["body"],
            advice=content["advice"],
            next_steps=content["next_steps"],
            inquirer_organisation=content["inquirer_organisation"],
            inquirer_contact=content["inquirer_contact"],
        )

    def contact_problem(self) -> str | None:
        if looks_like_contact(self.contact.text()):
            return None
        return self.tr(
            "The contact does not look like a phone number (at least 8 digits) or an e-mail address "
            "(name@example.dk). Correct it, or leave the field empty."
        )

    def _check_contact(self) -> None:
        """Said as soon as the field is left, not only at saving."""
        problem = self.contact_problem()
        if problem is not None:
            self.message.setText(problem)
        elif self.message.text() == self._contact_said:
            self.message.clear()  # corrected: the sentence about it goes, any other stays
        self._contact_said = problem or ""

    def save_now(self) -> bool:
        """Ctrl+S: save and go on writing. The first save of a new consultation creates it; later saves
        update it (or amend it, once it is locked). When the Session refuses (a limit, a full disk) the
        dialog says why in the user's language and every word stays where it is."""
        if self.consultation is not None and not self.has_unsaved_changes():
            return True  # nothing to write: an unchanged locked consultation is not amended for nothing
        if not self.occurred_at.acceptable():
            self.message.setText(
                self.tr(
                    "The date or time cannot be read, or lies in the future. Write the day as %1 and the "
                    "time as %2."
                )
                .replace("%1", labels.day_text(date(2026, 11, 29)))
                .replace("%2", labels.clock_text(time(14, 5)))
            )
            self.occurred_at.setFocus()
            return False
        problem = self.contact_problem()
        if problem is not None:
            self.message.setText(problem)
            self._contact_said = problem
            self.contact.setFocus()
            self.contact.selectAll()
            return False
        try:
            if self.consultation is None:
                saved = self._session.add_consultation(self.case.id, self.new_consultation())
            else:
                saved = self._session.update_consultation(self.consultation.id, self.new_consultation())
        except VaultError as error:
            self.message.setText(explain(error))
            return False
        old_target = self.draft_target
        self.saved = self.consultation = saved
        self._saved_content = self.content()
        self._draft_stale = False
        self.message.clear()
        self.notice.clear()  # after an amendment the editor holds the new, unlocked version
        self._set_title()
        try:
            self._session.discard_draft(CONSULTATION_DRAFT, case_id=self.case.id, target_id=old_target)
        except VaultError as error:  # the consultation is saved; the old draft stays offered until discarded
            log.warning("a saved consultation's draft could not be removed (%s)", error.kind)
        self.draft_state.setText(self.tr("Saved %1").replace("%1", labels.clock_text(datetime.now())))
        return True

    def save(self) -> bool:
        """Save and close (the Save button, Ctrl+Enter); on a refusal the dialog stays open with the text."""
        if not self.save_now():
            return False
        self._close()
        return True

    # --- closing -------------------------------------------------------------------------------------------

    def cancel(self) -> bool:
        """Esc, Cancel and the window's close button. Nothing unsaved: close. Otherwise ask, with going back
        to editing the default. True when the editor closed."""
        if self._closed:
            return True
        if not self.has_unsaved_changes():
            if self._forget_draft() is not None:
                log.warning("a draft repeating the saved consultation could not be removed")
            self._close()
            return True
        choice = ask_before_leaving(
            self,
            self.tr("Save the changes to this consultation?"),
            self.tr(
                "Keep as draft keeps the text inside the vault, to finish later. Discard deletes what you "
                "wrote since the last save."
            ),
            save=True,
            keep_draft=True,
        )
        if self._closed:  # the vault locked while the question was open: close_for_lock kept the draft
            return True
        if choice is Leaving.SAVE:
            return self.save()
        if choice is Leaving.KEEP_DRAFT:
            problem = self.flush_draft()
            if problem is not None:
                self.message.setText(problem)
                return False
            self._close()
            return True
        if choice is Leaving.DISCARD:
            problem = self._forget_draft()
            if problem is not None:
                self.message.setText(problem)
                return False
            self._close()
            return True
        return False

    def _forget_draft(self) -> str | None:
        if self._session.is_locked:
            return None
        try:
            self._session.discard_draft(CONSULTATION_DRAFT, case_id=self.case.id, target_id=self.draft_target)
        except VaultError as error:
            reason: str = explain(error)
            return reason
        self._draft_stale = False
        return None

    def _close(self) -> None:
        self._closed = True
        self._autosave.stop()
        self.done(QDialog.DialogCode.Accepted if self.saved is not None else QDialog.DialogCode.Rejected)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not escape_asks(event, self.cancel):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        close_asks(event, self._closed, self.isVisible(), self.cancel)

    def reject(self) -> None:
        """Closing from code rather than by the user's key or button (the lock empties the screen this
        way): no question, and unsaved text stays as a draft."""
        if self._closed:
            return
        if self.flush_draft() is not None:
            log.warning("the draft could not be kept when the editor was closed from code")
        self._close()

    def close_for_lock(self) -> str | None:
        """The vault locks (Ctrl+L, idle, screensaver): keep the draft, close without asking (a question
        still open goes too), and leave no trace of the text in the widgets. Returns what the user must be
        told after the next unlock when the draft could not be kept (the lock wins over a full disk)."""
        lost: str | None = None
        if not self._closed and (reason := self.flush_draft()) is not None:
            log.warning("the draft could not be kept at lock")  # the draft written last stays in the vault
            lost = (
                self.tr(
                    "When vinkdesk locked, the unfinished consultation for case %1 could not be kept, so "
                    "what was typed after its last saved draft is lost. The reason: %2"
                )
                .replace("%1", self.case.ref)
                .replace("%2", reason)
            )
        self._autosave.stop()
        for question in self.findChildren(QMessageBox):
            question.reject()
        for widget in (self.body, self.advice, self.next_steps):
            widget.clear()
        self.organisation.clear()
        self.contact.clear()
        for label in (self.message, self.notice, self.draft_state):
            label.clear()
        self._draft_stale = False
        if not self._closed:
            self._close()
        return lost
