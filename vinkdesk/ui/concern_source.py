"""Who raised the concern, kept apart from the person of concern: the role (the case's "referred by"), an
organisation, a name and a contact — or anonymous, with no name and no contact kept — and when and how the
concern reached the unit."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vinkdesk.domain import Case
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import ConcernChannel, ConcernSource
from vinkdesk.domain.inquirer import CONTACT_LIMIT, ORGANISATION_LIMIT, looks_like_contact
from vinkdesk.session import Session
from vinkdesk.session.casework import NAME_LIMIT
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import CaseworkDialog, field_label, help_label, with_lines
from vinkdesk.ui.dates import DateField
from vinkdesk.vault import VaultError


def word(value: ConcernChannel) -> str:
    return words.name(value, labels.language())


class ConcernSourceDialog(CaseworkDialog):
    """Record who raised the concern. Anonymous clears and locks the name and the contact (an anonymous
    source is saved without them), but keeps what was typed while the dialog is open, so unticking it by
    mistake brings them back; a contact must look like a phone number or an e-mail address; a refusal is said
    under its field and nothing is lost."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        current = session.concern_source(case.id) or ConcernSource()
        self._kept = ("", "")  # the name and contact typed before anonymous was ticked
        self.setWindowTitle(self.tr("Who raised the concern – %1").replace("%1", case.ref))
        self.setMinimumWidth(520)
        intro = help_label(
            self.tr(
                "The person or body that raised the concern, kept apart from the person it is about. "
                "The summary shows only the role and the organisation."
            )
        )
        self.role = QLabel(labels.referral_source(case.referral_source))
        self.role.setToolTip(self.tr("The case's “Referred by”"))
        self.anonymous = QCheckBox(self.tr("A&nonymous: no name and no contact are kept"))
        self.organisation = QLineEdit(current.organisation)
        self.organisation.setMaxLength(ORGANISATION_LIMIT)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("e.g. the school, the club, the job centre"))
        self.name = QLineEdit(current.name)
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setAccessibleName(self.tr("Name"))
        self.contact = QLineEdit(current.contact)
        self.contact.setMaxLength(CONTACT_LIMIT)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("Phone or e-mail"))
        self.day_known = QCheckBox(self.tr("Day &known"))
        self.raised_on = DateField(current.raised_on or case.opened_on)
        self.raised_on.setAccessibleName(self.tr("Raised on"))
        self.day_known.setChecked(current.raised_on is not None or current == ConcernSource())
        self.raised_on.setEnabled(self.day_known.isChecked())
        self.day_known.toggled.connect(self.raised_on.setEnabled)
        self.how = QComboBox()
        self.how.setAccessibleName(self.tr("How it was raised"))
        self.how.addItem(self.tr("Not recorded"), None)
        for channel in ConcernChannel:
            self.how.addItem(word(channel), channel.value)
        if current.raised_how is not None:
            self.how.setCurrentIndex(self.how.findData(current.raised_how.value))

        form = QFormLayout()
        form.addRow(self.tr("Raised by (role):"), self.role)
        form.addRow("", self.anonymous)
        form.addRow(
            self.tr("&Organisation:"),
            with_lines(self.organisation, self.under("organisation", field_label(), self.organisation)),
        )
        form.addRow(
            self.tr("N&ame:"),
            with_lines(self.name, self.under("name", field_label(), self.name, (self.name, self.anonymous))),
        )
        form.addRow(
            self.tr("&Contact:"),
            with_lines(
                self.contact,
                self.under("contact", field_label(), self.contact, (self.contact, self.anonymous)),
            ),
        )
        day_row = QWidget()
        day_row.setFocusProxy(self.raised_on)
        day_line = QHBoxLayout(day_row)
        day_line.setContentsMargins(0, 0, 0, 0)
        day_line.addWidget(self.raised_on, 1)
        day_line.addWidget(self.day_known)
        raised_label = QLabel(self.tr("&Raised on:"))
        raised_label.setBuddy(self.raised_on)
        form.addRow(
            raised_label,
            with_lines(
                day_row,
                self.under("raised_on", field_label(), self.raised_on, (self.raised_on, self.day_known)),
            ),
        )
        form.addRow(self.tr("&How:"), self.how)
        self.lay_out(intro, form)
        self.anonymous.toggled.connect(self._anonymous_changed)
        self.anonymous.setChecked(current.anonymous)
        self._anonymous_changed(current.anonymous)
        self.mark_clean()
        self.anonymous.setFocus()

    def _anonymous_changed(self, anonymous: bool) -> None:
        if anonymous:
            if self.name.text() or self.contact.text():
                self._kept = (self.name.text(), self.contact.text())
            self.name.clear()
            self.contact.clear()
        elif not self.name.text() and not self.contact.text():
            self.name.setText(self._kept[0])
            self.contact.setText(self._kept[1])
        for field in (self.name, self.contact):
            field.setEnabled(not anonymous)

    def field_problem(self, field: str) -> str | None:
        if (
            field == "contact"
            and not self.anonymous.isChecked()
            and not looks_like_contact(self.contact.text())
        ):
            return self.tr("Write the contact as a phone number (at least 8 digits) or an e-mail address.")
        if field == "raised_on" and self.day_known.isChecked() and not self.raised_on.acceptable():
            return self.tr("The day cannot be read. Write it as %1, or untick “Day known”.").replace(
                "%1", labels.day_text(date(2026, 11, 29))
            )
        return None

    def close_for_lock(self) -> str | None:
        self._kept = ("", "")  # nothing typed stays behind the lock, not even in memory
        return super().close_for_lock()

    def _state(self) -> object:
        return (
            self.anonymous.isChecked(),
            self.organisation.text(),
            self.name.text(),
            self.contact.text(),
            self.day_known.isChecked(),
            self.raised_on.edit.text(),
            self.how.currentData(),
        )

    def source(self) -> ConcernSource:
        how = self.how.currentData()
        return ConcernSource(
            anonymous=self.anonymous.isChecked(),
            organisation=self.organisation.text(),
            name=self.name.text(),
            contact=self.contact.text(),
            raised_on=self.raised_on.date() if self.day_known.isChecked() else None,
            raised_how=ConcernChannel(how) if how else None,
        )

    def _write(self) -> bool:
        for field in ("contact", "raised_on"):
            problem = self.field_problem(field)
            if problem is not None:
                self.refuse(field, problem)
                return False
        try:
            self.saved = self._session.set_concern_source(self.case.id, self.source())
        except VaultError as error:
            self.refused_by_session(error)
            return False
        return True

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Save who raised the concern?"),
            self.tr("Discard throws away what you entered in this window."),
        )
