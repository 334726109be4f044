"""Data protection settings for the counsellor: deleting closed cases past retention, purging old audit rows,
and the retention and lock periods."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.errors import explain
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.ui.worker import DbWorker
from vinkdesk.vault import VaultError


class RetentionDialog(QDialog):
    """Closed cases past the retention period, to delete for good (after asking)."""

    def __init__(self, session: Session, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self.setWindowTitle(self.tr("Delete after the retention period"))
        fit_to_screen(self, 560, 420)
        intro = QLabel(
            self.tr(
                "Closed cases older than the retention period (%n year(s)). Deleting removes the case "
                "with its notes, assessments, actions and search index for good; the audit log "
                "keeps only that a case was deleted.",
                "",
                session.setting("retention_years"),
            )
        )
        intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Cases due for deletion"))
        self.delete_button = QPushButton(self.tr("&Delete the chosen case…"))
        self.delete_button.clicked.connect(self.delete_chosen)
        years = session.setting("audit_retention_years")
        self.purge_button = QPushButton(
            self.tr("&Purge audit log rows older than %n year(s)", "", years)
        )
        self.purge_button.clicked.connect(self.purge_audit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.purge_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items.clear()
        for case_id, ref, closed_on in self._session.retention_due():
            entry = QListWidgetItem(
                self.tr("%1, closed %2").replace("%1", ref).replace("%2", labels.day_text(closed_on))
            )
            entry.setData(Qt.ItemDataRole.UserRole, case_id)
            self.items.addItem(entry)
        self.delete_button.setEnabled(self.items.count() > 0)

    def delete_chosen(self, confirm: bool = True) -> None:
        entry = self.items.currentItem()
        if entry is None:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Delete for good?"),
                self.tr(
                    "%1 and everything in it will be deleted and cannot be restored except from a backup."
                ).replace("%1", entry.text()),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        session = self._session
        case_id = entry.data(Qt.ItemDataRole.UserRole)
        self.delete_button.setEnabled(False)
        self.message.setText(self.tr("Deleting, and rewriting the vault so no trace of the case stays…"))
        self._worker.submit(lambda: session.delete_case(case_id), self._deleted, self._delete_failed)

    def _deleted(self, scrubbed: bool) -> None:
        self.message.setText(
            self.tr("The case is deleted and no trace of it is left in the vault's file.")
            if scrubbed
            else self.tr(
                "The case is deleted. Its last traces in the vault's file could not be removed yet "
                "because the vault was busy; vinkdesk finishes that by itself at the next unlock."
            )
        )
        self.refresh()

    def _delete_failed(self, error: Exception) -> None:
        self.message.setText(explain(error))
        self.refresh()

    def purge_audit(self) -> None:
        """Drop the audit rows older than the audit retention period; the chain stays verifiable."""
        from datetime import timedelta

        session = self._session
        years = session.setting("audit_retention_years")
        before = session.today() - timedelta(days=365 * years)
        self.purge_button.setEnabled(False)

        def purged(count: int) -> None:
            self.purge_button.setEnabled(True)
            self.message.setText(
                self.tr("%n audit log row(s) older than %1 were purged.", "", count).replace(
                    "%1", labels.day_text(before)
                )
            )

        def failed(error: Exception) -> None:
            self.purge_button.setEnabled(True)
            self.message.setText(explain(error))

        self._worker.submit(lambda: session.purge_audit(before), purged, failed)  # it re-anchors the chain


class PeriodsDialog(QDialog):
    """The retention and lock periods on one page, each with what it means; saved together."""

    FIELDS = ("lock_after_days", "retention_years", "audit_retention_years", "search_criteria_months")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Retention and lock periods"))
        self.setMinimumWidth(520)
        questions = {
            "lock_after_days": (self.tr("&Lock a consultation after (days):"), 1, 365),
            "retention_years": (self.tr("&Keep closed cases (years):"), 1, 100),
            "audit_retention_years": (self.tr("Keep &audit rows (years):"), 1, 100),
            "search_criteria_months": (self.tr("Keep what was typed into &searches (months):"), 1, 120),
        }
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for name in self.FIELDS:
            text, low, high = questions[name]
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(int(session.setting(name)))
            spin.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, spin)
            self.spins[name] = spin
        note = QLabel(
            self.tr(
                "A locked consultation can only be amended, never changed. Closed cases past the retention "
                "period are offered for deletion under Tools. Search words are erased from the audit trail "
                "after the period you set."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            for name, spin in self.spins.items():
                if spin.value() != int(self._session.setting(name)):
                    self._session.set_setting(name, spin.value())
        except VaultError as error:
            self.message.setText(explain(error))
            return
        self.accept()
