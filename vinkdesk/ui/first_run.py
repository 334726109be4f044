"""The first run: create the vault (name, passphrase twice with a strength hint), then show the recovery code
once with a way to save the recovery sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import Session
from vinkdesk.ui.errors import explain, show_error
from vinkdesk.ui.passphrase import strength_hint
from vinkdesk.ui.save_file import ask_where_to_save, documents_folder, file_name, recovery_sheet_advice
from vinkdesk.ui.worker import DbWorker
from vinkdesk.vault import Home, KdfParams
from vinkdesk.vault.vault import MIN_PASSPHRASE_LENGTH


class FirstRunDialog(QDialog):
    created = Signal(object, str)  # the Session, the recovery code
    coordinator_requested = Signal()

    def __init__(
        self, home: Home, worker: DbWorker, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._home = home
        self._worker = worker
        self._kdf = kdf
        self.setWindowTitle(self.tr("Welcome to vinkdesk"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "vinkdesk keeps your case notes encrypted on this computer. Choose a passphrase "
                "that only you know: a few unrelated words in a row are easy to remember and hard "
                "to guess."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat:"), self.repeat)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # "&Repeat" has R: the coordinator's button takes A, and stays off the tab path (its mnemonic or the
        # mouse reach it; Space typed into a field never does).
        coordinator = QPushButton(self.tr("&Annual report (coordinator)…"))
        coordinator.setAutoDefault(False)
        coordinator.setFlat(True)
        coordinator.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        coordinator.clicked.connect(lambda: self.coordinator_requested.emit())
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(coordinator)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.passphrase.textChanged.connect(self._update_hint)
        self._update_hint("")
        self.name.setFocus()

    def _update_hint(self, text: str) -> None:
        score, sentence = strength_hint(text)
        self.strength.setValue(score)
        self.hint.setText(sentence)

    def _create(self) -> None:
        name, passphrase = self.name.text().strip(), self.passphrase.text()
        if not name:
            self.message.setText(self.tr("Type your name: it shows in the audit log, never on a case."))
            self.name.setFocus()
            return
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self.message.setText(
                self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                )
            )
            self.passphrase.setFocus()
            return
        if passphrase != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ. Type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.message.setText(self.tr("Creating the vault and tuning the encryption to this computer…"))
        self.busy.show()
        self.create_button.setEnabled(False)
        home, kdf = self._home, self._kdf
        self._worker.submit(lambda: Session.create(home, name, passphrase, kdf), self._done, self._failed)

    def _done(self, result: tuple[Session, str]) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self.repeat.clear()
        session, code = result
        self.created.emit(session, code)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        self.message.setText(explain(error))


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once. Continuing needs a tick that it has been saved or written down."""

    def __init__(
        self,
        code: str,
        created_by: str,
        language: str,
        parent: QWidget | None = None,
        home: Home | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self._home = home  # the sheet is never saved into the vault's folder
        self._code = code
        self._created_by = created_by
        self._language = language
        self._locking = False
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setMinimumWidth(560)
        intro_label = QLabel(
            (intro + " " if intro else "")
            + self.tr(
                "If you forget your passphrase, this code is the only way into your notes. It is "
                "shown only now. Save the recovery sheet and print it, or write the code down, "
                "and keep it locked away from the computer."
            )
        )
        intro_label.setWordWrap(True)
        self.code_label = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(20)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setStyleSheet("padding: 12px; border: 2px solid #444; background: #fafafa;")
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.clicked.connect(self.preview_sheet)
        self.save_button = QPushButton(self.tr("&Save recovery sheet as PDF…"))
        self.save_button.clicked.connect(self._save_sheet)
        self.confirm = QCheckBox(self.tr("I have saved or written down the recovery code"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Continue"))
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.code_label)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.print_button)
        sheet_row.addWidget(self.save_button)
        layout.addLayout(sheet_row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

    def sheet_pdf(self) -> bytes:
        # reportlab is imported when a sheet is made, not at start-up (it costs a tenth of a second).
        from vinkdesk.reports.recovery_sheet import recovery_sheet

        return recovery_sheet(self._code, self._created_by, self._language)

    def preview_sheet(self) -> None:
        """The sheet from memory in the print preview; printing or saving it ticks the box."""
        from vinkdesk.ui.print_preview import PrintPreview

        self.preview = PrintPreview(
            self.sheet_pdf(),
            self.tr("Recovery sheet"),
            self._sheet_name(),
            lambda _kind: self.confirm.setChecked(True),
            self,
            forbidden=self._home,
            save_advice=recovery_sheet_advice(),
        )
        self.preview.open()

    def _sheet_name(self) -> str:
        return file_name("recovery", date.today(), self._language)

    def _save_sheet(self) -> None:
        """Where the sheet belongs (off the laptop) first, then where, with a cloud folder questioned."""
        self.saving = ask_where_to_save(
            self,
            self.tr("Save recovery sheet"),
            documents_folder(self._home.folder if self._home is not None else None) / self._sheet_name(),
            self.save_sheet_to,
            note=recovery_sheet_advice(),
        )

    def save_sheet_to(self, path: Path) -> None:
        """Owner-only (0600), written to a temp file and renamed; refused in the vault's folder and on
        anything but a regular file."""
        from vinkdesk.vault.errors import VaultError
        from vinkdesk.vault.files import write_output

        try:
            write_output(path, self.sheet_pdf(), forbidden=self._home)
        except (OSError, VaultError) as exc:
            show_error(self, self.tr("Not saved"), exc)
            return
        self.confirm.setChecked(True)

    def reject(self) -> None:
        # Closing must not skip the code by accident: only Continue, after the tick, leaves (or a lock).
        if self.confirm.isChecked() or self._locking:
            super().reject()

    def close_for_lock(self) -> str | None:
        """Locking takes the code off the screen. The code already replaced the old one: unless it was
        ticked as saved, the user is told after the next unlock to make a new one."""
        self._locking = True
        self.code_label.clear()
        saved = self.confirm.isChecked()
        self.reject()
        if saved:
            return None
        return self.tr(
            "vinkdesk locked while your new recovery code was on the screen, before you had ticked that it "
            "was saved. That code already replaced the old one, so you may have no recovery code you know: "
            "make a new one now (Settings → New recovery code…) and keep it safe."
        )
