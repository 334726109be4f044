"""Unlocking the vault: the passphrase (or recovery code), the KDF off the UI thread with a busy indicator,
a plain message for a wrong passphrase, and a longer wait after each failure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.ui.errors import explain
from vinkdesk.ui.worker import DbWorker
from vinkdesk.vault.errors import WrongPassphrase

if TYPE_CHECKING:
    from vinkdesk.session import Session
    from vinkdesk.vault import Home
    from vinkdesk.vault.wal import WalState

MAX_WAIT_SECONDS = 30


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try: 0 after the first failure, then 1, 2, 4, … up to 30."""
    if failures <= 1:
        return 0
    return min(MAX_WAIT_SECONDS, 1 << (failures - 2))


class DamagedLog(Exception):
    """The vault was not closed properly and its write-ahead log is damaged: opening it would drop the saved
    changes after the damage without a word. Nothing was opened."""

    def __init__(self, state: WalState) -> None:
        super().__init__("the vault's write-ahead log is damaged")
        self.state = state


def check_log(home: Home) -> None:
    """Before the vault is opened (opening writes its log back): a damaged log left by a crash stops here."""
    from vinkdesk.vault.wal import log_at_rest

    found = log_at_rest(home)
    if found is not None and found[1].damaged:
        raise DamagedLog(found[1])


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the Session
    coordinator_requested = Signal()

    def __init__(self, home: Home, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._worker = worker
        self._failures = 0
        self._wait_left = 0
        self._open_damaged = False  # the user chose to open a vault whose log is damaged
        self.setWindowTitle(self.tr("Unlock vinkdesk"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr("Your case notes are encrypted. Type your passphrase to open them."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase or recovery code"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        hint = QLabel(self.tr("Forgot it? Type the recovery code from your recovery sheet instead."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.coordinator_button = QPushButton(self.tr("&Annual report (coordinator)…"))
        self.coordinator_button.setAutoDefault(False)
        self.coordinator_button.setFlat(True)
        # Off the tab path: after a wrong passphrase, typing on (a space included) never lands on it; a
        # coordinator reaches it by its mnemonic or the mouse.
        self.coordinator_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.coordinator_button.clicked.connect(lambda: self.coordinator_requested.emit())
        for button in self.buttons.findChildren(QPushButton):
            # Enter always unlocks: a button the Tab key passed over must not stay the default (Cancel would
            # quit the program on the next Enter typed into the passphrase field).
            button.setAutoDefault(False)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self._try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.coordinator_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.passphrase.setFocus()

    def _try_unlock(self) -> None:
        if self._wait_left or self._worker.busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self._set_busy(True)
        self.message.setText("")
        home, checked = self._home, not self._open_damaged

        def unlock() -> Session:
            from vinkdesk.session import Session  # the crypto stack loads here, off the UI thread

            if checked:
                check_log(home)
            return Session.unlock(home, passphrase)

        self._worker.submit(unlock, self._succeeded, self._failed)

    def _succeeded(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self._failures = 0
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        # Back in the field with the text selected: typing again replaces the wrong passphrase.
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        if isinstance(error, WrongPassphrase):
            self._failures += 1
            self._wait_left = wait_after(self._failures)
            self.message.setText(
                self.tr(
                    "That passphrase does not open this vault. Check Caps Lock and the "
                    "keyboard layout, and try again."
                )
            )
            if self._wait_left:
                self.unlock_button.setEnabled(False)
                self._tick_text()
                self._countdown.start()
        elif isinstance(error, DamagedLog):
            self._ask_about_damaged_log(error.state)
        else:
            self.message.setText(explain(error))

    def _ask_about_damaged_log(self, state: WalState) -> None:
        """Say what opening would drop, and open only if the user chooses to, after copying the folder."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The vault was not closed properly"),
            self.tr(
                "vinkdesk was stopped without closing the vault (killed, crashed or lost power), and the log "
                "of its last changes is damaged. Opening it now keeps %1 saved changes and drops %2 made "
                "after the damage, for good. First copy the whole folder %3 somewhere safe; then either "
                "restore your latest backup, or open it anyway and enter again what is missing."
            )
            .replace("%1", str(state.kept))
            .replace("%2", str(state.lost))
            .replace("%3", str(self._home.folder)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        go = box.addButton(self.tr("&Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is go:
            self._open_damaged = True
            QTimer.singleShot(0, self._try_unlock)  # once the worker has delivered this failure
        else:
            self.message.setText(
                self.tr("Nothing was opened. Copy the folder %1 first, then restore or open anyway.").replace(
                    "%1", str(self._home.folder)
                )
            )

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.message.setText(self.tr("That passphrase does not open this vault. You can try again now."))
            self.passphrase.setFocus()
            self.passphrase.selectAll()
        else:
            self._tick_text()

    def _tick_text(self) -> None:
        self.message.setText(
            self.tr(
                "That passphrase does not open this vault. Wait %n second(s) before trying again.",
                "",
                self._wait_left,
            )
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        # Read-only rather than disabled while the key is derived: a disabled field would hand the focus to
        # the next button, which a key typed meanwhile (Space) would press.
        self.passphrase.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy and not self._wait_left)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
