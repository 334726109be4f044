"""The encrypted vault: SQLCipher database, key slots, schema and audit chain."""

from vinkdesk.vault.errors import (
    BackupError,
    HomeNotWritable,
    KeysFileError,
    SchemaTooNew,
    SlotRefused,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from vinkdesk.vault.home import Home, resolve_home
from vinkdesk.vault.kdf import FLOOR, KdfParams
from vinkdesk.vault.vault import Vault, change_passphrase

__all__ = [
    "FLOOR",
    "BackupError",
    "Home",
    "HomeNotWritable",
    "KdfParams",
    "KeysFileError",
    "SchemaTooNew",
    "SlotRefused",
    "Vault",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultNotFound",
    "WeakPassphrase",
    "WrongPassphrase",
    "change_passphrase",
    "resolve_home",
]
