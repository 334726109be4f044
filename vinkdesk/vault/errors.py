"""The vault's errors, each with a message a counsellor can act on."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises; its message is one line meant for the user.

    `kind` names the situation for programs; `text(language)` gives the message in Danish ("da") where one
    was written, else the English one."""

    kind = "vault"
    danish = ""

    def text(self, language: str) -> str:
        return self.danish if language == "da" and self.danish else str(self)


class DiskFull(VaultError):
    kind = "disk-full"

    def __init__(self, where: object) -> None:
        super().__init__(
            f"The disk holding {where} is full. Nothing was saved by this step and nothing saved before is "
            "lost: free some space (empty the recycle bin, move large files away) and try again."
        )
        self.danish = (
            f"Disken med {where} er fuld. Intet blev gemt i dette trin, og intet gemt tidligere er tabt: "
            "frigør plads (tøm papirkurven, flyt store filer væk) og prøv igen."
        )


class DiskError(VaultError):
    kind = "io"

    def __init__(self, where: object) -> None:
        super().__init__(
            f"The disk could not read or write {where} (an I/O error). Nothing was saved by this step. Close "
            "vinkdesk, check the disk (or the USB stick) and run 'vinkdesk verify'; if the error stays, "
            "restore from your latest backup on another disk."
        )
        self.danish = (
            f"Disken kunne ikke læse eller skrive {where} (I/O-fejl). Intet blev gemt i dette trin. Luk "
            "vinkdesk, tjek disken (eller USB-nøglen) og kør 'vinkdesk verify'; bliver fejlen ved, så gendan "
            "fra din seneste sikkerhedskopi på en anden disk."
        )


class VaultBusy(VaultError):
    kind = "locked"

    def __init__(self, where: object) -> None:
        super().__init__(
            f"{where} is busy: another program holds it (a backup or virus scanner, or another vinkdesk). "
            "Nothing was saved by this step; wait a moment and try again."
        )
        self.danish = (
            f"{where} er optaget: et andet program holder den (sikkerhedskopi, antivirus eller en anden "
            "vinkdesk). Intet blev gemt i dette trin; vent lidt og prøv igen."
        )


class AlreadyOpen(VaultError):
    kind = "already-open"

    def __init__(self, folder: object) -> None:
        super().__init__(
            f"vinkdesk is already open on this vault ({folder}). Switch to that window (or finish that "
            "command) and lock it there first; two programs must never write one vault."
        )
        self.danish = (
            f"vinkdesk har allerede dine notater åbne ({folder}). Skift til det vindue (eller lad den "
            "kommando blive færdig), og lås dem der først; to programmer må aldrig skrive i de samme notater."
        )


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
