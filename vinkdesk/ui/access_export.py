"""Before the right-of-access report is made. The report must name the data controller and how to reach it:
while the unit's name, or every way to reach it (address, phone, e-mail), is missing, the dialog says so,
opens Settings' unit details from its own button, and makes no report until they are filled in. Where the
police, PET or the Infohus received information about the case, a hint: databeskyttelseslovens § 22, stk. 2
may allow leaving some of it out, which the counsellor decides before the report is handed over. Then the one
question: may the person see who raised the concern? The report always says that a concern was raised and by
which kind of source; the source's name and contact only where the counsellor decides so under the access
rules. Not included unless ticked; nothing to tick for an anonymous source, or where no name or contact is
recorded, and the dialog says why."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain.casework import Agency, ConcernSource, UnitDetails
from vinkdesk.session import Session

# Recipients whose sharing may fall under databeskyttelseslovens § 22, stk. 2 (crime prevention, the state's
# security): what the access report shows of it is the counsellor's decision.
SECURITY_RECIPIENTS = frozenset({Agency.POLICE, Agency.PET_VIA_INFOHUS, Agency.INFOHUS})

WARNING_STYLE = (
    "#unitMissing { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; }"
    " #unitMissing QLabel { color: #5a3300; }"
)


def unit_missing(unit: UnitDetails) -> bool:
    """The reports' one rule: no name, or neither address, phone nor e-mail."""
    from vinkdesk.reports.access import unit_details_missing

    return unit_details_missing(unit)


class AccessExportDialog(QDialog):
    """Asks one thing, then the report is made: `include_source_name()` is the counsellor's decision. With a
    session and the case (given, or the main window's open case), the unit's details are checked first and the
    § 22, stk. 2 hint is shown where it applies."""

    def __init__(
        self,
        ref: str,
        source: ConcernSource | None,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        case_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.unit_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Right-of-access report – %1").replace("%1", ref))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "The report gives the person what your notes hold about them and what GDPR article 15 "
                "asks besides. It says that a concern was raised and by which kind of source (its role "
                "and organisation)."
            )
        )
        intro.setWordWrap(True)

        # The data controller and how to reach it: the report is not made without them.
        self.unit_box = QFrame()
        self.unit_box.setObjectName("unitMissing")
        self.unit_box.setStyleSheet(WARNING_STYLE)
        self.unit_text = QLabel()
        self.unit_text.setWordWrap(True)
        self.unit_text.setTextFormat(Qt.TextFormat.RichText)
        self.unit_button = QPushButton(self.tr("Fill in the &unit's details…"))
        self.unit_button.setToolTip(self.tr("The same as Settings → Unit details…"))
        self.unit_button.clicked.connect(self._fill_unit_details)
        unit_layout = QVBoxLayout(self.unit_box)
        unit_layout.addWidget(self.unit_text)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_button)
        unit_row.addStretch(1)
        unit_layout.addLayout(unit_row)

        # § 22, stk. 2: where the police, PET or the Infohus received information about the case.
        self.security_hint = QLabel(
            "<b>"
            + html.escape(self.tr("Information shared with the police, PET or the Infohus"))
            + "</b><br>"
            + html.escape(
                self.tr(
                    "Databeskyttelsesloven § 22, stk. 2 may allow leaving information out where decisive "
                    "public interests weigh heavier, among them the prevention of crime and the security of "
                    "the state. You decide this, with the municipality's DPO or jurist, before you hand the "
                    "report over."
                )
            )
        )
        self.security_hint.setWordWrap(True)
        self.security_hint.setTextFormat(Qt.TextFormat.RichText)
        self.security_hint.setVisible(
            session is not None
            and case_id is not None
            and any(d.agency in SECURITY_RECIPIENTS for d in session.disclosures(case_id))
        )

        self.include = QCheckBox(self.tr("&Include the name and contact of who raised the concern"))
        self.include.setChecked(False)  # withheld unless the counsellor decides otherwise
        self.rule = QLabel(
            self.tr(
                "You decide this under the access rules. The person's right of access may be limited to "
                "protect others, among them whoever raised the concern (databeskyttelsesloven § 22): their "
                "identity may be withheld. Tick it only once you have weighed that the person may see it."
            )
        )
        self.rule.setWordWrap(True)
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color: #555;")
        reason = self._nothing_to_include(source)
        if reason is not None:
            self.include.setEnabled(False)
            self.why_not.setText(reason)
        else:
            self.why_not.hide()
        self.include.setAccessibleDescription(self.rule.text())
        self.buttons = QDialogButtonBox()
        self.make_button = QPushButton(self.tr("&Make report"))
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel("<b>" + html.escape(self.tr("Who raised the concern")) + "</b>")
        # What the tick means sits under it, indented to its text: one question, its rule, why not.
        under = QVBoxLayout()
        under.setContentsMargins(self.include.iconSize().width() + 10, 0, 0, 0)
        under.addWidget(self.why_not)
        under.addWidget(self.rule)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.unit_box)
        layout.addWidget(self.security_hint)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.include)
        layout.addLayout(under)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self._check_unit()

    def _nothing_to_include(self, source: ConcernSource | None) -> str | None:
        """Why there is no name to include, or None when there is one."""
        if source is None:
            return self.tr(
                "Only the kind of source is recorded on this case, no name or contact: there is nothing to "
                "include."
            )
        if source.anonymous:
            return self.tr(
                "The concern was raised anonymously: no name or contact is kept, so there is none to include."
            )
        if not source.name and not source.contact:
            return self.tr(
                "No name or contact of who raised the concern is recorded: there is nothing to include."
            )
        return None

    # --- the data controller -------------------------------------------------------------------------------

    def unit_missing(self) -> bool:
        """True while the report cannot name the unit and a way to reach it (never without a session)."""
        return self._session is not None and unit_missing(self._session.unit_details())

    def _check_unit(self) -> None:
        """Say what is missing and hold the report back, or let it be made; the keyboard where it goes on."""
        missing = self.unit_missing()
        self.unit_box.setVisible(missing)
        self.make_button.setEnabled(not missing)
        self.make_button.setDefault(not missing)  # the safe choice is the default: the name is left out
        self.unit_button.setDefault(missing)
        if missing:
            assert self._session is not None
            unit = self._session.unit_details()
            lacking = []
            if not unit.name.strip():
                lacking.append(self.tr("the unit's name"))
            if not any(part.strip() for part in (unit.address, unit.phone, unit.email)):
                lacking.append(self.tr("an address, a phone number or an e-mail address"))
            self.unit_text.setText(
                "<b>"
                + html.escape(self.tr("The report must name the data controller and how to reach it"))
                + "</b><br>"
                + html.escape(
                    self.tr(
                        "The person has a right to know the data controller and how to contact it. Missing: "
                        "%1. Fill in the unit's details; then the report can be made."
                    ).replace("%1", self.tr(" and ").join(lacking)),
                    quote=False,
                )
            )
            self.unit_button.setFocus()
        else:
            (self.include if self.include.isEnabled() else self.make_button).setFocus()

    def _fill_unit_details(self) -> None:
        from vinkdesk.ui.unit_details import UnitDetailsDialog

        if self._session is None or self._session.is_locked:
            return
        self.unit_dialog = UnitDetailsDialog(self._session, self)
        self.unit_dialog.finished.connect(self._unit_dialog_closed)
        self.unit_dialog.open()

    def _unit_dialog_closed(self, _result: int) -> None:
        """Checked again however the unit's dialog closed (unless this dialog went with a lock)."""
        if self._session is None or self._session.is_locked or not self.isVisible():
            return
        self._check_unit()
        self.adjustSize()  # without the box, no empty space where it stood
        self.activateWindow()

    def accept(self) -> None:
        if self.unit_missing():  # Enter, or a key, never makes a report without the data controller
            self._check_unit()
            return
        super().accept()

    def include_source_name(self) -> bool:
        return self.include.isEnabled() and self.include.isChecked()

