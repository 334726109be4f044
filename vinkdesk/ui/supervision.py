"""Supervision in the windows: adding a supervisor's passphrase, the review queue, work returned to the
counsellor, the audit viewer, and deleting cases whose retention period has run out."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import Session, verify
from vinkdesk.ui.dates import from_qdate
from vinkdesk.ui.errors import explain
from vinkdesk.ui.passphrase import strength_hint
from vinkdesk.ui.screen import fit_to_screen
from vinkdesk.ui.worker import DbWorker
from vinkdesk.vault import KdfParams, VaultError


class AddSupervisorDialog(QDialog):
    """The counsellor opens it; the supervisor types their own passphrase."""

    def __init__(
        self, session: Session, worker: DbWorker, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._kdf = kdf
        self.added_name = ""
        self.setWindowTitle(self.tr("Add a supervisor"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Let the supervisor type their own passphrase. They open this vault with it and see "
                "the review queue; they cannot write or change your notes."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Supervisor's name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Supervisor's passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.hint = QLabel()
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)[1]))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add supervisor"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def add(self) -> None:
        """The key derivation of the new slot runs in the worker (a second or more)."""
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ. Type them again."))
            return
        session, name, passphrase, kdf = self._session, self.name.text(), self.passphrase.text(), self._kdf
        self.setEnabled(False)
        self.message.setText(self.tr("Adding…"))
        self._worker.submit(lambda: session.add_supervisor(name, passphrase, kdf), self._added, self._failed)

    def _added(self, user: Any) -> None:
        self.setEnabled(True)
        self.added_name = user.display_name
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.setEnabled(True)
        self.message.setText(explain(error))

    def close_for_lock(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class ReviewQueueDialog(QDialog):
    """Oldest first; the chosen item's text and its case's context beside it; approve, return, or comment."""

    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Review queue"))
        fit_to_screen(self, 900, 600)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Work waiting for review, oldest first"))
        self.items.currentItemChanged.connect(self._chosen)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen work"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment (needed to return or comment)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setMaximumHeight(90)
        self.comment.setTabChangesFocus(True)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.return_button = QPushButton(self.tr("&Return with comment"))
        self.comment_button = QPushButton(self.tr("&Comment only"))
        self.case_button = QPushButton(self.tr("Open the &case"))
        self.approve_button.clicked.connect(lambda: self.verdict("approved"))
        self.return_button.clicked.connect(lambda: self.verdict("returned"))
        self.comment_button.clicked.connect(lambda: self.verdict("comment"))
        self.case_button.clicked.connect(self._open_case)
        self.message = QLabel()
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.detail, 1)
        right.addWidget(self.comment)
        row = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.comment_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.case_button)
        right.addLayout(row)
        right.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.items, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        self.refresh()

    def refresh(self) -> None:
        self.items.clear()
        for item in self._session.review_queue():
            kind = self.tr("Consultation") if item.kind == "consultation" else self.tr("Assessment")
            entry = QListWidgetItem(f"{item.at:%Y-%m-%d} · {item.case_ref} · {kind} · {item.author}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.items.addItem(entry)
        if self.items.count():
            self.items.setCurrentRow(0)
        else:
            self.detail.setHtml("<p>" + html.escape(self.tr("Nothing is waiting for review.")) + "</p>")
        for button in (self.approve_button, self.return_button, self.comment_button, self.case_button):
            button.setEnabled(self.items.count() > 0)

    def current(self) -> Any:
        entry = self.items.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _chosen(self, *_args: object) -> None:
        item = self.current()
        if item is None:
            return
        case = self._session.view_case(item.case_id)
        from vinkdesk.ui import labels

        who = labels.subject_display(case.subject_kind, case.alias)
        context = (
            f"<p><b>{html.escape(case.ref)}</b> – {html.escape(who)}"
            f" · {html.escape(labels.level_name(case.level))}"
            f" · {html.escape(labels.concern_type(case.concern_type))}</p>"
        )
        body = html.escape(item.text).replace("\n", "<br>")
        if item.kind == "assessment":  # stored as "suggested → chosen"
            from vinkdesk.domain import Level

            suggested, _, chosen = item.text.partition(" → ")
            names = [labels.level_name(Level(v)) if v else "–" for v in (suggested, chosen)]
            body = html.escape(
                self.tr("Suggested: %1. Chosen: %2.").replace("%1", names[0]).replace("%2", names[1])
            )
        self.detail.setHtml(
            context + f"<p>{html.escape(item.author)}, {item.at:%Y-%m-%d %H:%M}</p><p>{body}</p>"
        )

    def verdict(self, verdict: str) -> None:
        item = self.current()
        if item is None:
            return
        try:
            self._session.review(item.kind, item.id, verdict, self.comment.toPlainText())
        except VaultError as error:
            self.message.setText(explain(error))
            return
        self.comment.clear()
        self.message.setText("")
        self.refresh()

    def _open_case(self) -> None:
        item = self.current()
        if item is not None:
            self.open_case.emit(item.case_id)
            self.accept()


class ReturnedDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned to me"))
        fit_to_screen(self, 640, 420)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Work a supervisor returned to you"))
        for review in session.returned_to_me():
            ref = session.case_ref_of(review.case_id)
            entry = QListWidgetItem(f"{review.at:%Y-%m-%d} · {ref} · {review.supervisor}: {review.text}")
            entry.setData(Qt.ItemDataRole.UserRole, review.case_id)
            self.items.addItem(entry)
        if not self.items.count():
            self.items.addItem(self.tr("Nothing has been returned to you."))
        self.items.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Open a case to amend the consultation or make a new assessment.")))
        layout.addWidget(self.items)
        layout.addWidget(buttons)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case.emit(case_id)
            self.accept()


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
        from vinkdesk.session.reviews import audit_lines

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
                "Closed cases older than the retention period (%1 years). Deleting removes the case "
                "with its notes, assessments, actions and search index for good; the audit trail "
                "keeps only that a case was deleted."
            ).replace("%1", str(session.setting("retention_years")))
        )
        intro.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Cases due for deletion"))
        self.delete_button = QPushButton(self.tr("&Delete the chosen case…"))
        self.delete_button.clicked.connect(self.delete_chosen)
        years = session.setting("audit_retention_years")
        self.purge_button = QPushButton(
            self.tr("&Purge audit rows older than %1 years").replace("%1", str(years))
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
                self.tr("%1, closed %2").replace("%1", ref).replace("%2", closed_on.isoformat())
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
                self.tr("%1 audit rows older than %2 were purged.")
                .replace("%1", str(count))
                .replace("%2", before.isoformat())
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
