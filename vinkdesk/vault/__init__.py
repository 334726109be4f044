"""The encrypted vault: SQLCipher database, key slots, schema and audit chain.

Names are loaded on first use (PEP 562), so that showing the unlock dialog does not wait for the crypto
libraries; importing a name from here works as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vinkdesk.lazy import lazy_attributes

if TYPE_CHECKING:
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

_WHERE = {
    **dict.fromkeys(
        (
            "BackupError",
            "HomeNotWritable",
            "KeysFileError",
            "SchemaTooNew",
            "SlotRefused",
            "VaultCorrupt",
            "VaultError",
            "VaultExists",
            "VaultLocked",
            "VaultNotFound",
            "WeakPassphrase",
            "WrongPassphrase",
        ),
        "vinkdesk.vault.errors",
    ),
    "Home": "vinkdesk.vault.home",
    "resolve_home": "vinkdesk.vault.home",
    "FLOOR": "vinkdesk.vault.kdf",
    "KdfParams": "vinkdesk.vault.kdf",
    "Vault": "vinkdesk.vault.vault",
    "change_passphrase": "vinkdesk.vault.vault",
}

__all__ = [
    "BackupError",
    "FLOOR",
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


__getattr__ = lazy_attributes(__name__, _WHERE, globals())
