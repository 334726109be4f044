"""Supervision in the windows: adding a supervisor's passphrase, the review queue, work returned to the
counsellor."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import Session
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
