"""Writing a consultation: when, how, who asked, how long, what was said, advice and next steps. The text is
saved as a draft inside the vault every few seconds and on lock, so an empty battery loses at most seconds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Case, Channel, Consultation, InquirerRole, NewConsultation
from vinkdesk.session import CONSULTATION_DRAFT, InvalidInput, Session
from vinkdesk.ui import labels
from vinkdesk.ui.forms import EnumCombo, field_message
from vinkdesk.vault import VaultError

AUTOSAVE_MS = 3000


class ConsultationEditor(QDialog):
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
        self._dirty = False
        title = self.tr("New consultation") if consultation is None else self.tr("Consultation")
        self.setWindowTitle(f"{title} – {case.ref}")
        self.resize(720, 640)

        self.occurred_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_at.setAccessibleName(self.tr("Date and time"))
        self.channel = EnumCombo(Channel, labels.channel, self.tr("Channel"))
        self.inquirer = EnumCombo(InquirerRole, labels.inquirer_role, self.tr("Who asked"))
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
        form.addRow(self.tr("&Who asked:"), self.inquirer)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Notes:"), self.body)
        form.addRow(self.tr("&Advice given:"), self.advice)
        form.addRow(self.tr("Ne&xt steps:"), self.next_steps)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        bottom = QVBoxLayout()
        bottom.addWidget(self.draft_state)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        if consultation is not None:
            self._load_consultation(consultation)
            if session.is_locked_consultation(consultation):
                self.notice.setText(
                    self.tr(
                        "This consultation is locked. Saving makes an amendment; the original "
                        "stays in the history."
                    )
                )
        if draft is not None:
            self.load_content(draft)
            self._dirty = True
            self.draft_state.setText(self.tr("Restored from an unsaved draft."))
        for widget in (self.body, self.advice, self.next_steps):
            widget.textChanged.connect(self._changed)
        self.occurred_at.dateTimeChanged.connect(self._changed)
        self.channel.currentIndexChanged.connect(self._changed)
        self.inquirer.currentIndexChanged.connect(self._changed)
        self.duration.valueChanged.connect(self._changed)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush_draft)
        self._autosave.start()
        self.body.setFocus()

    @property
    def draft_target(self) -> int | None:
        return self.consultation.id if self.consultation else None

    def _load_consultation(self, consultation: Consultation) -> None:
        self.occurred_at.setDateTime(QDateTime(consultation.occurred_at))
        self.channel.set_value(consultation.channel)
        self.inquirer.set_value(consultation.inquirer_role)
        self.duration.setValue(consultation.duration_minutes)
        self.body.setPlainText(consultation.body)
        self.advice.setPlainText(consultation.advice)
        self.next_steps.setPlainText(consultation.next_steps)

    def _changed(self, *_args: object) -> None:
        self._dirty = True

    def content(self) -> dict[str, Any]:
        occurred: datetime = self.occurred_at.dateTime().toPython()  # type: ignore[assignment]
        return {
            "occurred_at": occurred.isoformat(timespec="minutes"),
            "channel": self.channel.value().value,
            "inquirer_role": self.inquirer.value().value,
            "duration_minutes": self.duration.value(),
            "body": self.body.toPlainText(),
            "advice": self.advice.toPlainText(),
            "next_steps": self.next_steps.toPlainText(),
        }

    def load_content(self, content: dict[str, Any]) -> None:
        try:
            self.occurred_at.setDateTime(QDateTime(datetime.fromisoformat(str(content["occurred_at"]))))
            self.channel.set_value(Channel(content["channel"]))
            self.inquirer.set_value(InquirerRole(content["inquirer_role"]))
            self.duration.setValue(int(content["duration_minutes"]))
        except (KeyError, ValueError, TypeError):
            pass  # a draft from an older version: keep the text at least
        self.body.setPlainText(str(content.get("body", "")))
        self.advice.setPlainText(str(content.get("advice", "")))
        self.next_steps.setPlainText(str(content.get("next_steps", "")))

    def flush_draft(self) -> None:
        """Write the unsaved text into the vault now (the timer calls this; so does locking)."""
        if not self._dirty or self._session.is_locked:
            return
        try:
            self._session.save_draft(
                CONSULTATION_DRAFT, self.content(), case_id=self.case.id, target_id=self.draft_target
            )
        except VaultError:
            self.draft_state.setText(self.tr("The draft could not be saved."))
            return
        self._dirty = False
        self.draft_state.setText(self.tr("Draft saved %1").replace("%1", datetime.now().strftime("%H:%M:%S")))

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
        )

    def save(self) -> None:
        try:
            if self.consultation is None:
                self.saved = self._session.add_consultation(self.case.id, self.new_consultation())
            else:
                self.saved = self._session.update_consultation(self.consultation.id, self.new_consultation())
        except InvalidInput as error:
            self.message.setText(field_message(error.field, str(error)))
            return
        except VaultError as error:
            self.message.setText(str(error))
            return
        self._session.discard_draft(CONSULTATION_DRAFT, case_id=self.case.id, target_id=self.draft_target)
        self._dirty = False
        self._autosave.stop()
        self.accept()

    def reject(self) -> None:
        """Cancel throws the draft away too: the user chose to."""
        self._autosave.stop()
        if not self._session.is_locked:
            self._session.discard_draft(CONSULTATION_DRAFT, case_id=self.case.id, target_id=self.draft_target)
        super().reject()

    def close_for_lock(self) -> None:
        """Keep the draft, then close without a trace of the text in the widgets."""
        self.flush_draft()
        self._autosave.stop()
        for widget in (self.body, self.advice, self.next_steps):
            widget.clear()
        self._dirty = False
        super().reject()
