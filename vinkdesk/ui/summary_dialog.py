"""Choosing what a consultation summary covers: every consultation, a period, or the one chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import Consultation
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.labels import moment_text


class SummaryDialog(QDialog):
    def __init__(self, opened_on: date, chosen: Consultation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consultation summary"))
        self._chosen = chosen
        self.all = QRadioButton(self.tr("&All consultations"))
        self.period = QRadioButton(self.tr("Consultations in a &period:"))
        self.one = QRadioButton(self.tr("Only the &chosen consultation"))
        group = QButtonGroup(self)
        for button in (self.all, self.period, self.one):
            group.addButton(button)
        self.all.setChecked(True)
        self.start = DateField(opened_on)  # typed digits (29112026) or a calendar by Alt+↓; 29.11.2026
        self.end = DateField(date.today())
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setAccessibleName(name)
        if chosen is None:
            self.one.setEnabled(False)
        else:
            self.one.setText(self.one.text() + f" ({moment_text(chosen.occurred_at)})")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        dates = QHBoxLayout()
        dates.addSpacing(24)
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        dates.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pre&view"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all)
        layout.addWidget(self.period)
        layout.addLayout(dates)
        layout.addWidget(self.one)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def choice(self) -> tuple[date | None, date | None, list[int] | None]:
        """(start, end, consultation ids) for Session.summary_data."""
        if self.period.isChecked():
            return self.start.date(), self.end.date(), None
        if self.one.isChecked() and self._chosen is not None:
            return None, None, [self._chosen.id]
        return None, None, None

    def _accept(self) -> None:
        start, end, _ids = self.choice()
        if start and end and start > end:
            self.message.setText(self.tr("The period ends before it starts."))
            return
        self.accept()
