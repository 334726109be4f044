"""Supervision in the windows: adding a supervisor's passphrase; the review queue and the work returned to the
counsellor live in review_queue (named here too, where callers have always found them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import Session
from vinkdesk.ui.errors import explain
from vinkdesk.ui.passphrase import strength_hint
from vinkdesk.ui.review_queue import ReturnedDialog, ReviewQueueDialog
from vinkdesk.ui.worker import DbWorker
from vinkdesk.vault import KdfParams

__all__ = ["AddSupervisorDialog", "ReturnedDialog", "ReviewQueueDialog"]


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
