"""Passphrases, the recovery code and supervisors' access in the windows: choosing a new passphrase (after a
recovery unlock, or a change), the supervisors with their removal (which re-encrypts the vault under a new
key), and replacing the vault's key. The slow parts (the key derivation, the re-encryption) run in the worker
with a progress bar; every refusal is the core's, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.ui.errors import explain
from vinkdesk.ui.passphrase import strength_hint
from vinkdesk.ui.presenters.context import ProgressRelay
from vinkdesk.vault.vault import MIN_PASSPHRASE_LENGTH

if TYPE_CHECKING:
    from vinkdesk.session import Session
    from vinkdesk.ui.worker import DbWorker
    from vinkdesk.vault import KdfParams
    from vinkdesk.vault.vault import Progress

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, with the strength hint. In "reset" mode (after a recovery unlock) no
    current passphrase is asked and the result is the new recovery code; in "change" mode the current one is
    asked first."""

    completed = Signal(object)  # "reset": the new recovery code; "change": None

    def __init__(
        self,
        session: Session,
        worker: DbWorker,
        kdf: KdfParams | None,
        mode: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._worker = worker
        self._kdf = kdf
        self.mode = mode
        self.running = False
        resetting = mode == "reset"
        self.setWindowTitle(self.tr("Choose a new passphrase") if resetting else self.tr("Change passphrase"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "You opened vinkdesk with the recovery code. Choose a new passphrase now: the vault is "
                "then re-encrypted under a new key, the recovery code you used stops working, and you get "
                "a new one to keep safe."
            )
            if resetting
            else self.tr(
                "Type your current passphrase, then the new one twice. From now on only the new one opens "
                "the vault."
            )
        )
        intro.setWordWrap(True)
        self.current = _password_field(self.tr("Current passphrase"))
        self.passphrase = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat the new passphrase"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)[1]))
        self.hint.setText(strength_hint("")[1])
        form = QFormLayout()
        if not resetting:
            form.addRow(self.tr("C&urrent passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if resetting:
            self.cancel_button.setText(self.tr("&Later"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.passphrase if resetting else self.current).setFocus()

    def submit(self) -> None:
        if self.running:
            return
        new = self.passphrase.text()
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self._refuse(
                self.tr("The new passphrase is too short: use at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                ),
                self.passphrase,
            )
            return
        if new != self.repeat.text():
            self._refuse(self.tr("The two new passphrases differ. Type them again."), self.repeat)
            return
        session, kdf, old = self._session, self._kdf, self.current.text()
        relay = ProgressRelay(self)
        relay.progressed.connect(lambda f: self.progress.setValue(int(f * 100)))
        work: Callable[[], Any]
        if self.mode == "reset":
            self.progress.setRange(0, 100)
            work = lambda: session.reset_passphrase(new, kdf, relay)  # noqa: E731
        else:
            self.progress.setRange(0, 0)  # the key derivation says nothing until it is done
            work = lambda: session.change_passphrase(old, new, kdf)  # noqa: E731
        self._busy(True)
        self.message.setText(self.tr("Working… this takes a few seconds."))
        self._worker.submit(work, self._finished, self._failed)

    def _busy(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        for widget in (self.ok_button, self.cancel_button, self.current, self.passphrase, self.repeat):
            widget.setEnabled(not running)

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.setFocus()
        field.selectAll()

    def _finished(self, result: object) -> None:
        self._busy(False)
        for field in (self.current, self.passphrase, self.repeat):
            field.clear()
        self.completed.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.message.setText(explain(error))
        self.current.clear()
        (self.passphrase if self.mode == "reset" else self.current).setFocus()

    def reject(self) -> None:
        if not self.running:  # the key change runs to its end (it is journaled either way)
            super().reject()

    def close_for_lock(self) -> None:
        for field in (self.current, self.passphrase, self.repeat):
            field.clear()
        self.running = False


class WorkDialog(QDialog):
    """A slow act on the vault (a re-encryption) with its progress; closes itself when done and says so, or
    shows why it failed. Cannot be cancelled halfway: the act is journaled and finishes either way."""

    completed = Signal(object)

    def __init__(
        self,
        title: str,
        text: str,
        work: Callable[[Progress], object],
        worker: DbWorker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.running = True
        label = QLabel(text)
        label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        relay = ProgressRelay(self)
        relay.progressed.connect(lambda f: self.progress.setValue(int(f * 100)))
        worker.submit(lambda: work(relay), self._finished, self._failed)

    def _finished(self, result: object) -> None:
        self.running = False
        self.progress.setValue(100)
        self.buttons.setEnabled(True)
        self.completed.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.progress.hide()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(explain(error))
        self.buttons.setEnabled(True)

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def close_for_lock(self) -> None:
        self.running = False


class SupervisorsDialog(QDialog):
    """Who besides the counsellor opens this vault. Adding lets a supervisor type their own passphrase;
    removing re-encrypts the vault under a new key, so their passphrase and any old copy of the key file stop
    opening it."""

    add_requested = Signal()
    remove_requested = Signal(str, str)  # id, name
    rotate_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Supervisors"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Supervisors open this vault with their own passphrase to review your notes; they cannot "
                "change them. Removing a supervisor re-encrypts the vault under a new key: their "
                "passphrase, and any old copy of the key file, stop opening it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Supervisors"))
        self.add_button = QPushButton(self.tr("&Add a supervisor…"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self._remove)
        self.rotate_button = QPushButton(self.tr("Re&place the vault's key…"))
        self.rotate_button.setToolTip(
            self.tr("Re-encrypt the vault under a new key, for example after a laptop or backup went missing")
        )
        self.rotate_button.clicked.connect(self.rotate_requested.emit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.rotate_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.refresh()

    def refresh(self, message: str = "") -> None:
        self.list.clear()
        for user in self._session.supervisors():
            item = QListWidgetItem(user.display_name)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("(no supervisor has access)"))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_button.setEnabled(self.list.currentRow() >= 0 and bool(self._session.supervisors()))
        self.message.setText(message)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.remove_requested.emit(item.data(Qt.ItemDataRole.UserRole), item.text())


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question whose safe answer (No) is the default; False also when the vault locked meanwhile."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is go
