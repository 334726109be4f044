"""What the windows say when the core refuses: a sentence in the user's language for each kind of error, with
the core's own (English, technical) detail kept underneath for whoever helps them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vinkdesk.vault.errors import (
    BackupError,
    HomeNotWritable,
    KeysFileError,
    SchemaTooNew,
    SlotRefused,
    VaultCorrupt,
    VaultError,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)


def explain(error: BaseException) -> str:
    """One or two sentences the user can act on; the technical detail follows on its own line."""
    sentences: list[tuple[type[BaseException], str]] = [
        (WrongPassphrase, QCoreApplication.translate("Errors", "That passphrase does not open this vault.")),
        (
            VaultCorrupt,
            QCoreApplication.translate(
                "Errors",
                "The vault's database is damaged or belongs to another vault. Nothing was changed: restore "
                "the vault from your latest backup.",
            ),
        ),
        (
            KeysFileError,
            QCoreApplication.translate(
                "Errors",
                "The vault's key file is missing, damaged or altered. Restore vault.keys from your backup.",
            ),
        ),
        (
            SchemaTooNew,
            QCoreApplication.translate(
                "Errors", "This vault was last used by a newer vinkdesk. Update vinkdesk to open it."
            ),
        ),
        (
            HomeNotWritable,
            QCoreApplication.translate(
                "Errors", "vinkdesk cannot write in the vault's folder. Choose a folder you can write in."
            ),
        ),
        (
            WeakPassphrase,
            QCoreApplication.translate("Errors", "The passphrase is too short: use at least 10 characters."),
        ),
        (SlotRefused, QCoreApplication.translate("Errors", "That change to the passphrases was refused.")),
        (BackupError, QCoreApplication.translate("Errors", "The backup could not be used.")),
        (VaultLocked, QCoreApplication.translate("Errors", "The vault is locked. Unlock it again.")),
    ]
    for kind, sentence in sentences:
        if isinstance(error, kind):
            return f"{sentence}\n({error})" if not isinstance(error, WrongPassphrase) else sentence
    if isinstance(error, VaultError):
        return str(error)
    strerror = getattr(error, "strerror", None)
    if isinstance(error, OSError) and strerror:
        return QCoreApplication.translate("Errors", "The folder could not be used: %1").replace(
            "%1", strerror
        )
    return QCoreApplication.translate(
        "Errors", "Something unexpected stopped this (%1). Nothing was changed."
    ).replace("%1", type(error).__name__)
