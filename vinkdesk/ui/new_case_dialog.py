"""Opening a new case: who it concerns (an alias, an anonymous person or a group), age, district, concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from vinkdesk.session import InvalidInput, Session
from vinkdesk.session.core import EARLIEST_BIRTH_YEAR
from vinkdesk.ui import labels
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain
from vinkdesk.ui.forms import EnumCombo


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
        try:
            self.created_case = self._session.create_case(self.new_case())
        except InvalidInput as error:
            self.message.setText(explain(error))
            return
        self.accept()
