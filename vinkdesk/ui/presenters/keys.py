"""Passphrases, the recovery code, supervisors and the vault's key, from Settings (and, after a recovery
unlock, at once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from vinkdesk.ui.errors import show_error

if TYPE_CHECKING:
    from vinkdesk.ui.first_run import RecoveryCodeDialog
    from vinkdesk.ui.key_dialogs import NewPassphraseDialog, SupervisorsDialog, WorkDialog
    from vinkdesk.ui.presenters.context import Context


class KeysPresenter(QObject):
    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = context

    def change_passphrase(self) -> NewPassphraseDialog | None:
        """Settings → Change passphrase…; after a recovery unlock it is the reset, which needs no old one."""
        from vinkdesk.ui.key_dialogs import NewPassphraseDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        resetting = session.via_recovery
        dialog = NewPassphraseDialog(
            session, self.ctx.worker, self.ctx.kdf, "reset" if resetting else "change", window
        )
        if resetting:
            dialog.completed.connect(lambda code: self._reset_done(str(code)))
            dialog.rejected.connect(self._reset_postponed)
        else:
            dialog.completed.connect(
                lambda _none: self._tell(
                    self.tr("Passphrase changed"),
                    self.tr("Your new passphrase opens the vault from now on; the old one no longer does."),
                )
            )
        return self.ctx.dialogs.open(dialog)

    def after_recovery(self) -> NewPassphraseDialog | None:
        """A recovery unlock: the forgotten passphrase is replaced before anything else."""
        return self.change_passphrase()

    def _reset_done(self, code: str) -> None:
        self.show_recovery_code(
            code,
            self.tr(
                "Your new passphrase opens the vault from now on, and the recovery code you used no longer "
                "does. This is your new recovery code:"
            ),
        )

    def _reset_postponed(self) -> None:
        session = self.ctx.session
        if self.ctx.unlocked and session is not None and session.via_recovery:
            self.ctx.status(self.tr("Choose a new passphrase soon: Settings → Change passphrase…"), 0)

    def new_recovery_code(self) -> None:
        from vinkdesk.ui.key_dialogs import confirm

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return
        if not confirm(
            window,
            self.tr("New recovery code"),
            self.tr(
                "A new recovery code replaces the old one, which stops working at once. Make sure you can "
                "print, save or write down the new code now."
            ),
            self.tr("&Make a new code"),
        ):
            return
        if not self.ctx.unlocked:
            return
        kdf = self.ctx.kdf
        window.statusBar().showMessage(self.tr("Making a new recovery code…"))
        self.ctx.worker.submit(
            lambda: session.new_recovery_code(kdf),
            lambda code: self.show_recovery_code(str(code)) if self.ctx.unlocked else None,
            lambda error: show_error(self.ctx.window, self.tr("New recovery code"), error),
        )

    def show_recovery_code(self, code: str, intro: str = "") -> RecoveryCodeDialog | None:
        from vinkdesk.ui.first_run import RecoveryCodeDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        if window.statusBar().currentMessage():
            window.statusBar().clearMessage()
        dialog = RecoveryCodeDialog(
            code,
            session.user.display_name,
            self.ctx.languages.current,
            window,
            home=self.ctx.home,
            intro=intro,
        )
        return self.ctx.dialogs.open(dialog)

    # --- supervisors and the key ---------------------------------------------------------------------------

    def supervisors(self) -> SupervisorsDialog | None:
        from vinkdesk.ui.key_dialogs import SupervisorsDialog

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        dialog = SupervisorsDialog(session, window)
        dialog.add_requested.connect(lambda: self._add_supervisor(dialog))
        dialog.remove_requested.connect(lambda user_id, name: self._remove_supervisor(dialog, user_id, name))
        dialog.rotate_requested.connect(lambda: self.rotate_key(dialog))
        return self.ctx.dialogs.open(dialog)

    def _add_supervisor(self, parent: SupervisorsDialog) -> None:
        from vinkdesk.ui.supervision import AddSupervisorDialog

        session = self.ctx.session
        if session is None:
            return
        dialog = AddSupervisorDialog(session, self.ctx.worker, self.ctx.kdf, parent)
        dialog.accepted.connect(
            lambda: parent.refresh(self.tr("%1 can now open the vault.").replace("%1", dialog.added_name))
        )
        self.ctx.dialogs.open(dialog)

    def _remove_supervisor(self, parent: SupervisorsDialog, user_id: str, name: str) -> WorkDialog | None:
        from vinkdesk.ui.key_dialogs import WorkDialog, confirm

        session = self.ctx.session
        if session is None or not confirm(
            parent,
            self.tr("Remove a supervisor"),
            self.tr(
                "%1 will no longer open this vault. The vault is re-encrypted under a new key, which takes "
                "a moment; their passphrase and every old copy of the key file stop working."
            ).replace("%1", name),
            self.tr("&Remove and re-encrypt"),
        ):
            return None
        if not self.ctx.unlocked:
            return None
        work = WorkDialog(
            self.tr("Removing %1").replace("%1", name),
            self.tr("Re-encrypting the vault under a new key…"),
            lambda progress: session.remove_supervisor(user_id, progress),
            self.ctx.worker,
            parent,
        )
        work.completed.connect(
            lambda _user: parent.refresh(
                self.tr("%1 was removed; the vault now has a new key.").replace("%1", name)
            )
        )
        return self.ctx.dialogs.open(work)

    def rotate_key(self, parent: SupervisorsDialog | None = None) -> WorkDialog | None:
        from vinkdesk.ui.key_dialogs import WorkDialog, confirm

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        owner = parent or window
        if not confirm(
            owner,
            self.tr("Replace the vault's key"),
            self.tr(
                "The vault is re-encrypted under a new key; your passphrase, your recovery code and the "
                "supervisors' passphrases keep working, but no old copy of the key file (in a backup, say) "
                "opens the vault from now on. It takes a moment."
            ),
            self.tr("&Replace the key"),
        ):
            return None
        if not self.ctx.unlocked:
            return None
        work = WorkDialog(
            self.tr("Replacing the vault's key"),
            self.tr("Re-encrypting the vault under a new key…"),
            lambda progress: session.rotate_key(progress),
            self.ctx.worker,
            owner,
        )
        work.completed.connect(
            lambda _none: self._tell(
                self.tr("Key replaced"),
                self.tr("The vault now has a new key; old copies of the key file no longer open it."),
            )
        )
        return self.ctx.dialogs.open(work)

    def warn_if_restored_before_rotation(self) -> QMessageBox | None:
        """After an unlock: a vault restored from a backup older than a key rotation opens again for what the
        rotation shut out (a removed supervisor, an old passphrase, an old copy of vault.keys). Said at every
        unlock until it is settled, with the way to settle it a click away."""
        from vinkdesk.ui.labels import language

        session, window = self.ctx.session, self.ctx.window
        if session is None or window is None:
            return None
        found = session.restored_before_rotation
        if found is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restored from an older backup"),
            "\n\n".join(found.lines(language())),
            QMessageBox.StandardButton.NoButton,
            window,
        )
        counsellor = session.user.role.value == "counsellor"
        supervisors = rotate = None
        if counsellor and any(slot.role == "supervisor" for slot in found.returned):
            supervisors = box.addButton(self.tr("&Supervisors…"), QMessageBox.ButtonRole.ActionRole)
        elif counsellor and not found.returned:
            rotate = box.addButton(self.tr("&Replace the key…"), QMessageBox.ButtonRole.ActionRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)

        def answered() -> None:
            clicked = box.clickedButton()
            if not self.ctx.unlocked:
                return
            if supervisors is not None and clicked is supervisors:
                self.supervisors()
            elif rotate is not None and clicked is rotate:
                self.rotate_key()

        box.finished.connect(lambda _result: answered())
        return self.ctx.dialogs.open(box)

    def _tell(self, title: str, text: str) -> None:
        if self.ctx.unlocked:
            box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
            box.setParent(self.ctx.window, box.windowFlags())
            self.ctx.dialogs.open(box)
