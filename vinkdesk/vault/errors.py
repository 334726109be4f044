"""The vault's errors, each with a message a counsellor can act on."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises; its message is one line meant for the user."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("The passphrase does not open this vault. Check the keyboard layout and Caps Lock.")


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it again to continue.")


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class KeysFileError(VaultError):
    """vault.keys is missing, unreadable, malformed, or has a slot that was tampered with or weakened."""


class VaultCorrupt(VaultError):
    """vault.db cannot be read: empty, not a vault, or a damaged page."""


class HomeNotWritable(VaultError):
    pass


class SchemaTooNew(VaultError):
    pass


class SlotRefused(VaultError):
    """A key-slot change that would lock people out (the last slot, an unknown slot)."""


class WeakPassphrase(VaultError):
    pass


class BackupError(VaultError):
    pass
