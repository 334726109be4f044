"""The home's record of key rotations (`.vault.key-history`), and what it says about a vault restored from a
backup made before one of them.

Each rotation adds `{vault_id, replaced, key_id, at, reason, removed}`: the vault, the data key's id before
and after, when (UTC), why (`rotate-key`, `remove-supervisor <user id>`, `reset-passphrase`) and the ids of
the slots it took out. No personal data: ids, a time and a word. The file stays in the home when vault.db and
vault.keys are moved aside for a restore, so a restore can tell that its backup's key was replaced later: the
restored copy is encrypted under that old key again, and the slots those rotations removed (a removed
supervisor's passphrase, a forgotten passphrase and the recovery code used to reset it) open it again, as does
any old copy of vault.keys. That lasts until those slots are removed again and the key is rotated.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vinkdesk.vault.files import read_regular, write_atomically

if TYPE_CHECKING:
    from vinkdesk.vault.keys import KeySlot

HISTORY_NAME = ".vault.key-history"
HISTORY_MAX_BYTES = 1024 * 1024

REMOVE_SUPERVISOR = "remove-supervisor"
RESET_PASSPHRASE = "reset-passphrase"
ROTATE_KEY = "rotate-key"


def rotations(folder: Path) -> list[dict[str, Any]]:
    """The rotations this home has seen, oldest first, as recorded."""
    path = folder / HISTORY_NAME
    if not os.path.lexists(path):
        return []
    try:
        doc = json.loads(read_regular(path, HISTORY_MAX_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return []
    found = doc.get("rotations") if isinstance(doc, dict) else None
    return [r for r in found if isinstance(r, dict)] if isinstance(found, list) else []


def remember(folder: Path, record: dict[str, Any]) -> None:
    """Add a finished rotation to the home's history (once)."""
    history = rotations(folder)
    if record not in history:
        history.append(record)
    write_atomically(folder / HISTORY_NAME, json.dumps({"rotations": history}, indent=2).encode("utf-8"))


@dataclass(frozen=True)
class MissedRotation:
    """A rotation made after the backup this vault was restored from."""

    at: datetime  # UTC
    reason: str  # REMOVE_SUPERVISOR, RESET_PASSPHRASE or ROTATE_KEY (another word from a later version)
    user_id: str  # whose slot it removed, for REMOVE_SUPERVISOR; else ""
    removed: tuple[str, ...]  # the ids of the slots it took out (empty in records from before they were kept)


@dataclass(frozen=True)
class ReturnedSlot:
    """A key slot one of those rotations removed, which the restored vault.keys holds again."""

    slot_id: str
    role: str  # "supervisor", "counsellor" or "recovery"
    display_name: str  # the supervisor's or counsellor's name; "" for the recovery code
    removed_at: datetime
    reason: str  # the reason of the rotation that had removed it


@dataclass(frozen=True)
class RestoredBeforeRotation:
    """A vault restored from a backup whose data key was later replaced. `returned` lists the removed slots
    that open it again (as long as they are in vault.keys); `old_key` is True while it is still encrypted
    under the backup's key, which every old copy of vault.keys opens. Settled when neither holds."""

    vault_id: str
    key_id: str  # the backup's data key
    rotations: tuple[MissedRotation, ...]  # oldest first
    returned: tuple[ReturnedSlot, ...]
    old_key: bool

    @property
    def settled(self) -> bool:
        return not self.returned and not self.old_key

    def lines(self, language: str = "en") -> list[str]:
        """What happened, what it means and what to do, a sentence or two a line ("da" or "en")."""
        return _lines_da(self) if language == "da" else _lines_en(self)

    def to_json(self) -> str:
        """Kept in the vault's meta (the first unlock after the restore finds it; the history may go)."""
        doc = asdict(self)
        del doc["old_key"]  # a matter of the vault's key when it is read back
        return json.dumps(doc, ensure_ascii=False, default=lambda moment: moment.isoformat())

    @classmethod
    def from_json(cls, text: str, slots: Iterable[KeySlot], key_id: str) -> RestoredBeforeRotation | None:
        """A finding kept in the vault, as it stands now: `slots` and `key_id` are the vault's current ones
        (a returned slot that is gone no longer counts; a rotated key is no longer the old one)."""
        present = {s.slot_id for s in slots}
        try:
            doc = json.loads(text)
            rotations = tuple(
                MissedRotation(**{**r, "at": _when(r["at"]), "removed": tuple(r["removed"])})
                for r in doc["rotations"]
            )
            returned = tuple(
                ReturnedSlot(**{**r, "removed_at": _when(r["removed_at"])})
                for r in doc["returned"]
                if r["slot_id"] in present
            )
            return cls(doc["vault_id"], doc["key_id"], rotations, returned, doc["key_id"] == key_id)
        except (ValueError, TypeError, KeyError):
            return None


def missed(
    folder: Path, vault_id: str, key_id: str, slots: Iterable[KeySlot]
) -> RestoredBeforeRotation | None:
    """What the home's history says about a vault of `vault_id` under the data key `key_id` with these key
    slots: the rotations made since that key was replaced, and the slots they removed that are back. None when
    the history has no rotation of that key (a current vault, or a backup this home never saw rotated)."""
    records = [r for r in rotations(folder) if r.get("vault_id") == vault_id]
    # Every rotation that followed from this key: one line of keys, or more where it was restored before.
    chain: list[dict[str, Any]] = []
    keys, seen = [key_id], {key_id}
    while keys:
        key = keys.pop()
        for record in records:
            if record.get("replaced") == key and record not in chain:
                chain.append(record)
                following = str(record.get("key_id", ""))
                if following not in seen:
                    seen.add(following)
                    keys.append(following)
    if not chain:
        return None
    missed_rotations = tuple(sorted((_rotation(r) for r in chain), key=lambda r: r.at))
    returned: dict[str, ReturnedSlot] = {}
    for slot in slots:
        for rotation in missed_rotations:
            if slot.slot_id not in returned and _removed_by(rotation, slot):
                returned[slot.slot_id] = ReturnedSlot(
                    slot.slot_id, slot.role, slot.display_name, rotation.at, rotation.reason
                )
    return RestoredBeforeRotation(vault_id, key_id, missed_rotations, tuple(returned.values()), True)


def _removed_by(rotation: MissedRotation, slot: KeySlot) -> bool:
    if rotation.removed:
        return slot.slot_id in rotation.removed
    # A record from before removed slots were kept: a removed supervisor is still known by their user id.
    return (
        rotation.reason == REMOVE_SUPERVISOR
        and slot.role == "supervisor"
        and slot.user_id == rotation.user_id
    )


def _rotation(record: dict[str, Any]) -> MissedRotation:
    reason, _, who = str(record.get("reason", "")).partition(" ")
    removed = record.get("removed")
    return MissedRotation(
        _when(record.get("at")),
        reason,
        who,
        tuple(str(i) for i in removed) if isinstance(removed, list) else (),
    )


def _when(text: object) -> datetime:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


_WHY_EN = {
    REMOVE_SUPERVISOR: "a supervisor was removed",
    RESET_PASSPHRASE: "the passphrase was reset with the recovery code",
    ROTATE_KEY: "the key was replaced",
}
_WHY_DA = {
    REMOVE_SUPERVISOR: "en leder blev fjernet",
    RESET_PASSPHRASE: "adgangssætningen blev nulstillet med gendannelseskoden",
    ROTATE_KEY: "nøglen blev udskiftet",
}


def _lines_en(found: RestoredBeforeRotation) -> list[str]:
    when = "; ".join(f"{_at(r.at)} ({_WHY_EN.get(r.reason, r.reason)})" for r in found.rotations)
    if found.old_key:
        lines = [
            f"This vault was restored from a backup made before its key was replaced on {when}. The restored "
            "copy is encrypted under that old key again, so any copy of vault.keys from before the change "
            "opens it, with every passphrase such a copy holds."
        ]
    else:
        lines = [
            f"This vault was restored from a backup made before its key was replaced on {when}. Its key has "
            "been replaced since, but not everything those changes had removed is gone again."
        ]
    own = [s for s in found.returned if s.role != "supervisor"]
    for slot in found.returned:
        if slot.role == "supervisor":
            lines.append(
                f"The supervisor {slot.display_name}, removed on {_at(slot.removed_at)}, can open this vault "
                f"again with their passphrase: remove {slot.display_name} again (that also replaces the key)."
            )
    if own:
        lines.append(
            f"The passphrase and the recovery code replaced on {_at(own[0].removed_at)} open this vault "
            "again: unlock with that recovery code and choose a new passphrase (that replaces both, and the "
            "key)."
        )
    if not found.returned:
        lines.append(
            "Replace the vault's key now (rotate-key): then no copy of vault.keys from before opens it."
        )
    return lines


def _lines_da(found: RestoredBeforeRotation) -> list[str]:
    when = "; ".join(f"{_at(r.at)} ({_WHY_DA.get(r.reason, r.reason)})" for r in found.rotations)
    if found.old_key:
        lines = [
            "Dine notater er gendannet fra en sikkerhedskopi, der blev taget, før deres nøgle blev udskiftet "
            f"{when}. Den gendannede kopi er igen krypteret under den gamle nøgle, så enhver kopi af "
            "vault.keys fra før ændringen åbner den, med hver adgangssætning, sådan en kopi rummer."
        ]
    else:
        lines = [
            "Dine notater er gendannet fra en sikkerhedskopi, der blev taget, før deres nøgle blev udskiftet "
            f"{when}. Nøglen er udskiftet siden, men ikke alt, hvad de ændringer havde fjernet, er væk igen."
        ]
    own = [s for s in found.returned if s.role != "supervisor"]
    for slot in found.returned:
        if slot.role == "supervisor":
            lines.append(
                f"Lederen {slot.display_name}, der blev fjernet {_at(slot.removed_at)}, kan igen åbne dine "
                f"notater med sin adgangssætning: fjern {slot.display_name} igen (det udskifter også nøglen)."
            )
    if own:
        lines.append(
            f"Adgangssætningen og gendannelseskoden, der blev udskiftet {_at(own[0].removed_at)}, åbner igen "
            "dine notater: lås op med den gendannelseskode, og vælg en ny adgangssætning (det udskifter "
            "begge og nøglen)."
        )
    if not found.returned:
        lines.append("Udskift nøglen til dine notater nu: så åbner ingen kopi af vault.keys fra før den.")
    return lines
