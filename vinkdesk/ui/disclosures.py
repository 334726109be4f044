"""The disclosures log on the case page: every sharing of the case's information with another agency (the
duty to notify and police referrals included), the dialog that records one — never without a legal basis
and a purpose — and the Infohus' decision on a referral, with the citizen's own wish for a course."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from vinkdesk.assessment.definition import LegalBasis
from vinkdesk.domain import Case
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import (
    Agency,
    CourseWish,
    DataCategory,
    Disclosure,
    DisclosureKind,
    InfohusDecision,
    NewDisclosure,
    basis_fits_recipient,
    course_against_wish,
)
from vinkdesk.session import Session
from vinkdesk.session.casework import NAME_LIMIT
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import CaseworkDialog, PlainText, field_label, help_label, with_lines
from vinkdesk.ui.dates import DateField
from vinkdesk.vault import VaultError

Index = QModelIndex | QPersistentModelIndex
DISCLOSURE_ROLE = Qt.ItemDataRole.UserRole + 1
DAY, KIND, RECIPIENT, BASIS, PURPOSE = range(5)


def word(value: Any) -> str:
    return words.name(value, labels.language())


def basis_title(basis: LegalBasis | None, basis_id: str) -> str:
    return basis.title(labels.language()) if basis is not None else basis_id


def basis_short(basis: LegalBasis | None, disclosure: Disclosure) -> str:
    """The basis as the table has room for it: the title up to its dash ("Retsplejelovens § 115"), or the
    basis written out."""
    if basis is not None and basis.needs_text and disclosure.basis_text:
        return disclosure.basis_text
    return basis_title(basis, disclosure.legal_basis).split(" – ")[0]


def recipient_text(disclosure: Disclosure) -> str:
    agency = word(disclosure.agency)
    return f"{agency} ({disclosure.recipient_role})" if disclosure.recipient_role else agency


class DisclosureTableModel(QAbstractTableModel):
    """The disclosures, oldest first: date, kind, recipient, legal basis (short), purpose."""

    def __init__(self, bases: tuple[LegalBasis, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bases = {b.id: b for b in bases}
        self._rows: list[Disclosure] = []

    def set_disclosures(self, disclosures: list[Disclosure]) -> None:
        self.beginResetModel()
        self._rows = sorted(disclosures, key=lambda d: (d.disclosed_on, d.id))
        self.endResetModel()

    def row_of(self, disclosure_id: int) -> int | None:
        return next((row for row, d in enumerate(self._rows) if d.id == disclosure_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Recipient"),
            self.tr("Legal basis"),
            self.tr("Purpose"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        if role == DISCLOSURE_ROLE:
            return d
        column = index.column()
        basis = self._bases.get(d.legal_basis)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, where the column cuts it short
            if column == BASIS:
                return basis_title(basis, d.legal_basis)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == DAY:
            return labels.day_text(d.disclosed_on)
        if column == KIND:
            text = word(d.kind)
            if d.infohus is not None:
                decision = (
                    word(d.infohus.decision)
                    if d.infohus.decision is not None
                    else self.tr("awaiting decision")
                )
                text += f" – {decision}"
            return text
        if column == RECIPIENT:
            return recipient_text(d)
        if column == BASIS:
            return basis_short(basis, d)
        return " ".join(d.purpose.split())


def disclosure_html(d: Disclosure, basis: LegalBasis | None) -> str:
    """One disclosure whole, for the pane under the table."""

    def row(name: str, value: str) -> str:
        return (
            f"<tr><td style='color:#555;padding-right:10px;vertical-align:top'>{html.escape(name)}</td>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        )

    shared = "; ".join(word(c) for c in d.categories) + (f"\n{d.shared_text}" if d.shared_text else "")
    if not d.categories and not d.shared_text:  # moved over from before the log: never invented
        shared = QCoreApplication.translate("Disclosures", "Not recorded (recorded before the sharing log)")
    rows = [
        row(QCoreApplication.translate("Disclosures", "Date"), labels.day_text(d.disclosed_on)),
        row(QCoreApplication.translate("Disclosures", "Kind"), word(d.kind)),
        row(QCoreApplication.translate("Disclosures", "Recipient"), recipient_text(d)),
        row(QCoreApplication.translate("Disclosures", "What was shared"), shared),
        row(
            QCoreApplication.translate("Disclosures", "Legal basis"),
            basis_title(basis, d.legal_basis) + (f"\n{d.basis_text}" if d.basis_text else ""),
        ),
        row(QCoreApplication.translate("Disclosures", "Purpose"), d.purpose),
    ]
    if d.infohus is not None:
        outcome = d.infohus
        decision = (
            f"{word(outcome.decision)} ({labels.day_text(outcome.decided_on)})"
            if outcome.decision is not None and outcome.decided_on is not None
            else QCoreApplication.translate("Disclosures", "Not decided yet")
        )
        rows.append(row(QCoreApplication.translate("Disclosures", "The Infohus' decision"), decision))
        rows.append(
            row(
                QCoreApplication.translate("Disclosures", "The citizen's wish for a course"),
                word(outcome.course_wish),
            )
        )
    return f"<table>{''.join(rows)}</table>"


class DisclosureDialog(CaseworkDialog):
    """Record one sharing: the day, the recipient, what was shared, the legal basis (its help under it; the
    basis written out where it asks for that) and the purpose. A referral to the Infohus goes to the Infohus
    and asks the citizen's wish for a course ("not asked" until the counsellor says otherwise)."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.bases = session.legal_bases()
        self.setWindowTitle(self.tr("Record sharing – %1").replace("%1", case.ref))
        self.setMinimumWidth(640)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in (DisclosureKind.DISCLOSURE, DisclosureKind.INFOHUS_REFERRAL):
            self.kind.addItem(word(kind), kind.value)
        self.day = DateField(session.today())
        self.day.setAccessibleName(self.tr("Date"))
        self.agency = QComboBox()
        self.agency.setAccessibleName(self.tr("Recipient agency"))
        for agency in Agency:
            self.agency.addItem(word(agency), agency.value)
        self.agency.setPlaceholderText(self.tr("Choose the recipient…"))
        self.agency.setCurrentIndex(-1)  # chosen, never assumed
        self.role = QLineEdit()
        self.role.setMaxLength(NAME_LIMIT)
        self.role.setAccessibleName(self.tr("Recipient's role"))
        self.role.setPlaceholderText(self.tr("e.g. SSP consultant, caseworker"))
        self.categories: dict[DataCategory, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for at, category in enumerate(DataCategory):
            box = QCheckBox(word(category))
            self.categories[category] = box
            grid.addWidget(box, at // 2, at % 2)
        self.categories_box = QWidget()
        self.categories_box.setLayout(grid)
        self.shared_text = PlainText(self.tr("What was shared, in your words"), 2)
        self.shared_text.setPlaceholderText(self.tr("What was shared, in your words (optional)"))
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Legal basis"))
        self.basis.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis.setMinimumContentsLength(30)
        self.basis.addItem(self.tr("Choose the legal basis…"), "")
        for basis in self.bases:
            self.basis.addItem(basis.title(labels.language()), basis.id)
            self.basis.setItemData(
                self.basis.count() - 1, basis.title(labels.language()), Qt.ItemDataRole.ToolTipRole
            )
        self.basis_help = help_label()
        self.basis_text = QLineEdit()
        self.basis_text.setAccessibleName(self.tr("The legal basis written out"))
        self.basis_text.setPlaceholderText(self.tr("The act and section, and why it applies"))
        self.purpose = PlainText(self.tr("Purpose"), 2)
        self.purpose.setPlaceholderText(self.tr("Why the recipient needs the information"))
        self.course_wish = QComboBox()
        self.course_wish.setAccessibleName(self.tr("The citizen's wish for a course"))
        for wish in (CourseWish.NOT_ASKED, CourseWish.YES, CourseWish.NO):
            self.course_wish.addItem(word(wish), wish.value)

        self.categories_box.setFocusProxy(self.categories[DataCategory.IDENTITY])
        self.course_help = help_label(
            self.tr(
                "Ask the citizen: the Infohus offers an individual course only if the citizen wants it. "
                "Never assumed."
            )
        )
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(
            self.tr("&Date:"), with_lines(self.day, self.under("disclosed_on", field_label(), self.day))
        )
        form.addRow(
            self.tr("&Recipient:"), with_lines(self.agency, self.under("agency", field_label(), self.agency))
        )
        form.addRow(
            self.tr("Their r&ole:"),
            with_lines(self.role, self.under("recipient_role", field_label(), self.role)),
        )
        shared_message = self.under(
            "categories",
            field_label(),
            self.categories[DataCategory.IDENTITY],
            tuple(self.categories.values()),
        )
        self.under("shared_text", shared_message, self.shared_text)
        form.addRow(
            self.tr("What was &shared:"), with_lines(self.categories_box, self.shared_text, shared_message)
        )
        form.addRow(
            self.tr("Legal &basis:"),
            with_lines(self.basis, self.basis_help, self.under("legal_basis", field_label(), self.basis)),
        )
        form.addRow(
            self.tr("Basis wri&tten out:"),
            with_lines(
                self.basis_text,
                self.under("basis_text", field_label(), self.basis_text, (self.basis_text, self.basis)),
            ),
        )
        form.addRow(
            self.tr("&Purpose:"), with_lines(self.purpose, self.under("purpose", field_label(), self.purpose))
        )
        self.course_row = with_lines(self.course_wish, self.course_help)
        form.addRow(self.tr("&Wish for a course:"), self.course_row)
        self.lay_out(None, form)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self._kind_changed()
        self._basis_changed()
        self.mark_clean()
        self.kind.setFocus()

    def chosen_kind(self) -> DisclosureKind:
        return DisclosureKind(self.kind.currentData())

    def chosen_basis(self) -> LegalBasis | None:
        basis_id = self.basis.currentData()
        return next((b for b in self.bases if b.id == basis_id), None)

    def _kind_changed(self) -> None:
        infohus = self.chosen_kind() is DisclosureKind.INFOHUS_REFERRAL
        if infohus:
            self.agency.setCurrentIndex(self.agency.findData(Agency.INFOHUS.value))
        self.agency.setEnabled(not infohus)
        self.form.setRowVisible(self.course_row, infohus)
        self.adjustSize()

    def _basis_changed(self) -> None:
        basis = self.chosen_basis()
        self.basis_help.setText(basis.help(labels.language()) if basis is not None else "")
        self.basis_help.setVisible(basis is not None)
        needs_text = basis is not None and basis.needs_text
        self.basis_text.setEnabled(needs_text)
        if not needs_text:
            self.basis_text.clear()

    def _state(self) -> object:
        return (
            self.kind.currentData(),
            self.day.edit.text(),
            self.agency.currentData(),
            self.role.text(),
            tuple(c.isChecked() for c in self.categories.values()),
            self.shared_text.toPlainText(),
            self.basis.currentData(),
            self.basis_text.text(),
            self.purpose.toPlainText(),
            self.course_wish.currentData(),
        )

    def new_disclosure(self) -> NewDisclosure:
        agency = self.agency.currentData()
        return NewDisclosure(
            disclosed_on=self.day.date(),
            agency=Agency(agency) if agency else Agency.OTHER,
            legal_basis=self.basis.currentData() or "",
            purpose=self.purpose.toPlainText(),
            categories=tuple(c for c, box in self.categories.items() if box.isChecked()),
            shared_text=self.shared_text.toPlainText(),
            recipient_role=self.role.text(),
            basis_text=self.basis_text.text(),
            kind=self.chosen_kind(),
        )

    def field_problem(self, field: str) -> str | None:
        """What the form lacks in this field, before the Session is asked (it refuses the same)."""
        if field == "disclosed_on":
            if self.day.acceptable():
                return None
            return self.tr("The day cannot be read. Write it as %1.").replace(
                "%1", labels.day_text(date(2026, 11, 29))
            )
        if field == "agency" and self.agency.currentIndex() < 0:
            return self.tr("Choose who received the information.")
        if (
            field in ("categories", "shared_text")
            and not any(box.isChecked() for box in self.categories.values())
            and not self.shared_text.toPlainText().strip()
        ):
            return self.tr("Say what was shared: tick a kind of information or describe it.")
        basis = self.chosen_basis()
        if field == "legal_basis" and basis is None:
            return self.tr("Choose the legal basis for sharing: nothing is shared without one.")
        if (
            field == "basis_text"
            and basis is not None
            and basis.needs_text
            and not self.basis_text.text().strip()
        ):
            return self.tr("Write the legal basis out: the act and section, and why it applies.")
        if field == "purpose" and not self.purpose.toPlainText().strip():
            return self.tr("Write the purpose of sharing: why the recipient needs the information.")
        return None

    def _problem(self) -> tuple[str, str] | None:
        """The first field the form lacks, in the order of the form, and what it lacks."""
        for field in ("disclosed_on", "agency", "categories", "legal_basis", "basis_text", "purpose"):
            problem = self.field_problem(field)
            if problem is not None:
                return field, problem
        return None

    def _fits_or_saved_anyway(self) -> bool:
        """A legal basis that cannot carry a sharing with this recipient (a notification under the Children's
        Act to the police) is named before saving; going back is the default."""
        agency, basis = Agency(self.agency.currentData()), self.chosen_basis()
        if basis is None or basis_fits_recipient(agency, basis.id):
            return True
        anyway = self.go_back_or_save(
            self.tr("“%1” does not fit the recipient “%2”.")
            .replace("%1", basis.title(labels.language()))
            .replace("%2", word(agency)),
            self.tr(
                "A notification goes to the municipality: to its social services, or to the municipality "
                "the child has moved to. Go back to choose another recipient or legal basis, or save "
                "anyway if this is right."
            ),
        )
        if not anyway and not self._closed:
            self.activateWindow()
            (self.agency if self.agency.isEnabled() else self.basis).setFocus()
        return anyway

    def _write(self) -> bool:
        problem = self._problem()
        if problem is not None:
            self.refuse(*problem)
            return False
        if not self._fits_or_saved_anyway():
            return False
        wish = CourseWish(self.course_wish.currentData())
        infohus = self.chosen_kind() is DisclosureKind.INFOHUS_REFERRAL
        try:
            self.saved = self._session.record_disclosure(
                self.case.id, self.new_disclosure(), course_wish=wish if infohus else None
            )
        except VaultError as error:
            self.refused_by_session(error)
            return False
        return True

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Save this sharing?"),
            self.tr("Discard throws away what you entered in this window."),
        )


class InfohusOutcomeDialog(CaseworkDialog):
    """The Infohus' decision on a referral, with its day, and the citizen's own wish for a course."""

    def __init__(
        self, session: Session, case: Case, disclosure: Disclosure, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.disclosure = disclosure
        current = disclosure.infohus
        self.setWindowTitle(self.tr("The Infohus' decision – %1").replace("%1", case.ref))
        self.setMinimumWidth(480)
        intro = help_label(
            self.tr(
                "Referral to the Infohus on %1. Record what the Infohus decided, and on which day."
            ).replace("%1", labels.day_text(disclosure.disclosed_on))
        )
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.addItem(self.tr("Not decided yet"), None)
        for decision in InfohusDecision:
            self.decision.addItem(word(decision), decision.value)
        if current is not None and current.decision is not None:
            self.decision.setCurrentIndex(self.decision.findData(current.decision.value))
        self.day = DateField(current.decided_on if current and current.decided_on else session.today())
        self.day.setAccessibleName(self.tr("Decided on"))
        self.course_wish = QComboBox()
        self.course_wish.setAccessibleName(self.tr("The citizen's wish for a course"))
        for wish in (CourseWish.NOT_ASKED, CourseWish.YES, CourseWish.NO):
            self.course_wish.addItem(word(wish), wish.value)
        if current is not None:
            self.course_wish.setCurrentIndex(self.course_wish.findData(current.course_wish.value))
        form = QFormLayout()
        form.addRow(
            self.tr("&Decision:"),
            with_lines(self.decision, self.under("decision", field_label(), self.decision)),
        )
        form.addRow(
            self.tr("D&ecided on:"),
            with_lines(
                self.day, self.under("decided_on", field_label(), self.day, (self.day, self.decision))
            ),
        )
        form.addRow(
            self.tr("&Wish for a course:"),
            with_lines(
                self.course_wish,
                help_label(
                    self.tr(
                        "What the citizen has said. An individual course is offered only if they want it."
                    )
                ),
            ),
        )
        self.lay_out(intro, form)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        self.mark_clean()
        self.decision.setFocus()

    def _decision_changed(self) -> None:
        self.day.setEnabled(self.decision.currentData() is not None)

    def _state(self) -> object:
        return self.decision.currentData(), self.day.edit.text(), self.course_wish.currentData()

    def chosen_decision(self) -> InfohusDecision | None:
        value = self.decision.currentData()
        return InfohusDecision(value) if value else None

    def field_problem(self, field: str) -> str | None:
        if field == "decided_on" and self.chosen_decision() is not None and not self.day.acceptable():
            return self.tr("The day cannot be read. Write it as %1.").replace(
                "%1", labels.day_text(date(2026, 11, 29))
            )
        return None

    def _wish_or_saved_anyway(self, decision: InfohusDecision | None) -> bool:
        """An individual course recorded as offered against the citizen's recorded wish is named before
        saving; going back (to the wish) is the default."""
        wish = CourseWish(self.course_wish.currentData())
        if not course_against_wish(decision, wish):
            return True
        anyway = self.go_back_or_save(
            self.tr("An individual course is offered only if the citizen wants it."),
            self.tr(
                "The citizen's wish is recorded as “%1”. Go back to record what the citizen has said, or "
                "save anyway if this is right."
            ).replace("%1", word(wish)),
        )
        if not anyway and not self._closed:
            self.activateWindow()
            self.course_wish.setFocus()
        return anyway

    def _write(self) -> bool:
        decision = self.chosen_decision()
        problem = self.field_problem("decided_on")
        if problem is not None:
            self.refuse("decided_on", problem)
            return False
        if not self._wish_or_saved_anyway(decision):
            return False
        try:
            self.saved = self._session.record_infohus_outcome(
                self.disclosure.id,
                decision,
                self.day.date() if decision is not None else None,
                CourseWish(self.course_wish.currentData()),
            )
        except VaultError as error:
            self.refused_by_session(error)
            return False
        return True

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Save the Infohus' decision?"),
            self.tr("Discard throws away what you entered in this window."),
        )
