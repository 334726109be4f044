"""The audit log for supervisors: filtered, read in plain words, its chain checked, an extract exported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import Session, verify
from vinkdesk.ui.dates import from_qdate
from vinkdesk.ui.errors import explain
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.ui.worker import DbWorker
from vinkdesk.vault import VaultError


class AuditDialog(QDialog):
    """For supervisors: filter by case, user, action and date; verify the chain (in the worker: seconds on a
    large vault); export an extract as PDF."""

    export = Signal(object, str, object)  # the lines shown, a title, the case id or None

    def __init__(self, session: Session, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._case_id: int | None = None
        self.setWindowTitle(self.tr("Audit trail"))
        fit_to_screen(self, 960, 620)
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Case ref"))
        self.case.setAccessibleName(self.tr("Case ref"))
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItem(self.tr("Everyone"), "")
        for user in session.users():
            self.user.addItem(user.display_name, user.id)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("Every action"), "")
        for name in (
            "unlock",
            "view-case",
            "search",
            "create-case",
            "create-consultation",
            "amend-consultation",
            "edit-consultation",
            "create-assessment",
            "print",
            "export",
            "delete-case",
            "sync",
            "review-approved",
            "review-returned",
            "review-comment",
            "backup",
            "view-audit",
        ):
            self.action.addItem(name, name)
        self.since = QDateEdit(QDate.currentDate().addMonths(-3))
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From"))
        show = QPushButton(self.tr("&Show"))
        show.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        for widget in (self.case, self.user, self.action, QLabel(self.tr("from")), self.since, show):
            filters.addWidget(widget)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Object"), self.tr("Detail")]
        )
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.verify_button = verify_button = QPushButton(self.tr("&Verify chain"))
        verify_button.clicked.connect(self.verify_chain)
        export_button = QPushButton(self.tr("&Export as PDF…"))
        export_button.clicked.connect(self.export_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(verify_button)
        bottom.addWidget(export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.lines: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from vinkdesk.session.audit_view import audit_lines

        try:
            case_id = self._session.case_id_of(self.case.text()) if self.case.text().strip() else None
        except VaultError as error:
            self.message.setText(explain(error))
            return
        self._case_id = case_id
        since = from_qdate(self.since.date())
        entries = self._session.audit_log(
            case_id=case_id,
            user_id=self.user.currentData() or None,
            action=self.action.currentData() or None,
            since=since,
        )
        names = {u.id: u.display_name for u in self._session.users()}
        self.lines = audit_lines(entries, names)
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            values = (
                str(line.number),
                f"{line.at:%Y-%m-%d %H:%M:%S}",
                line.user,
                line.action,
                line.object,
                line.detail,
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.message.setText(self.tr("%1 rows").replace("%1", str(len(self.lines))))

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.message.setText(self.tr("Verifying the vault and the audit chain…"))
        session = self._session
        self._worker.submit(lambda: verify(session), self._verified, self._verify_failed)

    def _verified(self, problems: list[str]) -> None:
        self.verify_button.setEnabled(True)
        self.message.setText(
            self.tr("The chain and the database hold.")
            if not problems
            else "⚠ "
            + self.tr("The check found problems; restore from a backup and ask for help:")
            + " "
            + "; ".join(problems)
        )

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.message.setText(explain(error))

    def export_pdf(self) -> None:
        title = self.case.text().strip() or self.tr("all cases")
        self.export.emit(list(self.lines), title, self._case_id)
