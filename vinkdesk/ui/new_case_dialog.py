"""Opening a new case: who it concerns (an alias, an anonymous person or a group), age, district, concern;
and, if the counsellor wants to at once, who raised the concern (kept apart from the person of concern)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain import (
    AgeBand,
    Case,
    ConcernType,
    District,
    Gender,
    NewCase,
    ReferralSource,
    SubjectKind,
)
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import ConcernChannel, ConcernSource
from vinkdesk.domain.inquirer import CONTACT_LIMIT, ORGANISATION_LIMIT, looks_like_contact
from vinkdesk.session import InvalidInput, Session
from vinkdesk.session.casework import NAME_LIMIT
from vinkdesk.session.core import EARLIEST_BIRTH_YEAR
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain, show_error
from vinkdesk.ui.forms import EnumCombo
from vinkdesk.vault import VaultError


class NewCaseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.created_case: Case | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(480)
        self.kind = EnumCombo(SubjectKind, labels.subject_kind, self.tr("Subject"))
        self.alias = QLineEdit()
        self.alias.setAccessibleName(self.tr("Alias"))
        self.alias.setPlaceholderText(self.tr("An alias, never the real name"))
        self.birth_year = QSpinBox()
        # No year is guessed: a default saved unseen would count the person in an age band they may not be in.
        # The field starts at "Not chosen" (one below the earliest year); type the year, or choose anonymous.
        self.birth_year.setRange(EARLIEST_BIRTH_YEAR - 1, date.today().year)
        self.birth_year.setSpecialValueText(self.tr("Not chosen – type the year"))
        self.birth_year.setValue(EARLIEST_BIRTH_YEAR - 1)
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        self.age_band = EnumCombo(AgeBand, labels.age_band, self.tr("Age band"))
        self.age_band.set_value(AgeBand.UNKNOWN)
        self.gender = EnumCombo(Gender, labels.gender, self.tr("Gender"))
        self.gender.set_value(Gender.UNKNOWN)
        self.district = EnumCombo(District, labels.district, self.tr("District"))
        self.concern = EnumCombo(ConcernType, labels.concern_type, self.tr("Concern"))
        self.concern.set_value(ConcernType.UNCLEAR)
        self.referral = EnumCombo(ReferralSource, labels.referral_source, self.tr("Referred by"))
        self.opened_on = DateField(date.today())  # typed digits: 29112026
        self.opened_on.setMaximumDate(date.today())
        self.opened_on.setAccessibleName(self.tr("Opened on"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        # Who raised the concern: optional here (the case page records it too), apart from the person.
        self.with_source = QCheckBox(self.tr("Record &who raised the concern now"))
        self.anonymous = QCheckBox(self.tr("Anon&ymous: no name and no contact are kept"))
        self.source_organisation = QLineEdit()
        self.source_organisation.setMaxLength(ORGANISATION_LIMIT)
        self.source_organisation.setAccessibleName(self.tr("Organisation of who raised the concern"))
        self.source_organisation.setPlaceholderText(self.tr("e.g. the school, the club, the job centre"))
        self.source_name = QLineEdit()
        self.source_name.setMaxLength(NAME_LIMIT)
        self.source_name.setAccessibleName(self.tr("Name of who raised the concern"))
        self.source_contact = QLineEdit()
        self.source_contact.setMaxLength(CONTACT_LIMIT)
        self.source_contact.setAccessibleName(self.tr("Contact of who raised the concern"))
        self.raised_on = DateField(date.today())
        self.raised_on.setAccessibleName(self.tr("Raised on"))
        self.opened_on.edit.textChanged.connect(self._follow_opening)
        self.raised_how = QComboBox()
        self.raised_how.setAccessibleName(self.tr("How it was raised"))
        self.raised_how.addItem(self.tr("Not recorded"), None)
        for channel in ConcernChannel:
            self.raised_how.addItem(words.name(channel, labels.language()), channel.value)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Subject:"), self.kind)
        self.form.addRow(self.tr("&Alias or group name:"), self.alias)
        self.form.addRow(self.tr("&Birth year:"), self.birth_year)
        self.form.addRow(self.tr("Age &band:"), self.age_band)
        self.form.addRow(self.tr("&Gender:"), self.gender)
        self.form.addRow(self.tr("&District:"), self.district)
        self.form.addRow(self.tr("&Concern:"), self.concern)
        self.form.addRow(self.tr("&Referred by:"), self.referral)
        self.form.addRow(self.tr("Opened o&n:"), self.opened_on)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.form.addRow(line)
        self.form.addRow("", self.with_source)
        self.form.addRow("", self.anonymous)
        self.form.addRow(self.tr("Organisa&tion:"), self.source_organisation)
        self.form.addRow(self.tr("Na&me:"), self.source_name)
        self.form.addRow(self.tr("Phone or e-mai&l:"), self.source_contact)
        self.form.addRow(self.tr("Ra&ised on:"), self.raised_on)
        self.form.addRow(self.tr("&How it was raised:"), self.raised_how)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open case"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.with_source.toggled.connect(self._source_shown)
        self.anonymous.toggled.connect(self._anonymous_changed)
        self._source_shown(False)

    def _source_rows(self) -> tuple[QWidget, ...]:
        return (
            self.anonymous,
            self.source_organisation,
            self.source_name,
            self.source_contact,
            self.raised_on,
            self.raised_how,
        )

    def _source_shown(self, shown: bool) -> None:
        for widget in self._source_rows():
            self.form.setRowVisible(widget, shown)
        self.adjustSize()

    def _anonymous_changed(self, anonymous: bool) -> None:
        for field in (self.source_name, self.source_contact):
            if anonymous:
                field.clear()
            field.setEnabled(not anonymous)

    def _follow_opening(self) -> None:
        """The concern was raised on the opening day unless the counsellor says an earlier one."""
        if self.opened_on.acceptable() and self.raised_on.date() > self.opened_on.date():
            self.raised_on.setDate(self.opened_on.date())

    def concern_source(self) -> ConcernSource | None:
        if not self.with_source.isChecked():
            return None
        how = self.raised_how.currentData()
        return ConcernSource(
            anonymous=self.anonymous.isChecked(),
            organisation=self.source_organisation.text(),
            name=self.source_name.text(),
            contact=self.source_contact.text(),
            raised_on=self.raised_on.date(),
            raised_how=ConcernChannel(how) if how else None,
        )

    def _source_problem(self) -> str | None:
        """What keeps who raised the concern from being saved, checked before the case is opened."""
        if not self.with_source.isChecked():
            return None
        if not looks_like_contact(self.source_contact.text()):
            self.source_contact.setFocus()
            return self.tr("Write the contact as a phone number (at least 8 digits) or an e-mail address.")
        if not self.raised_on.acceptable() or (
            self.opened_on.acceptable() and self.raised_on.date() > self.opened_on.date()
        ):
            self.raised_on.setFocus()
            return self.tr("The concern is raised on the day the case is opened or before.")
        return None

    def _kind_changed(self) -> None:
        kind = self.kind.value()
        person = kind is SubjectKind.PERSON
        self.form.setRowVisible(self.birth_year, person)
        self.form.setRowVisible(self.age_band, not person)
        self.form.setRowVisible(self.alias, kind is not SubjectKind.ANONYMOUS)

    def chosen_birth_year(self) -> int | None:
        year = self.birth_year.value()
        return None if year < EARLIEST_BIRTH_YEAR else year

    def new_case(self) -> NewCase:
        kind = self.kind.value()
        person = kind is SubjectKind.PERSON
        return NewCase(
            subject_kind=kind,
            district=self.district.value(),
            concern_type=self.concern.value(),
            referral_source=self.referral.value(),
            gender=self.gender.value(),
            alias="" if kind is SubjectKind.ANONYMOUS else self.alias.text(),
            birth_year=self.chosen_birth_year() if person else None,
            age_band=None if person else self.age_band.value(),
            opened_on=self.opened_on.date(),
        )

    def _create(self) -> None:
        if not self.opened_on.acceptable():
            self.message.setText(
                self.tr("The opening date cannot be read, or lies in the future. Write it as %1.").replace(
                    "%1", labels.day_text(date(2026, 11, 29))
                )
            )
            self.opened_on.setFocus()
            return
        problem = self._source_problem()
        if problem is not None:
            self.message.setText(problem)
            return
        try:
            self.created_case = self._session.create_case(self.new_case())
        except InvalidInput as error:
            self.message.setText(explain(error))
            return
        source = self.concern_source()
        if source is not None:
            try:
                self._session.set_concern_source(self.created_case.id, source)
            except VaultError as error:  # the case is opened; the source can be recorded on its page
                show_error(self, self.tr("Who raised the concern was not saved"), error)
        self.accept()
