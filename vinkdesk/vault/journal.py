"""What a change of the vault's keys leaves behind when it is cut off, and how the next unlock finishes it.

- A passphrase change writes its intent (`.vault.keys.intent`: the slot that goes, the slot that comes) before
  it writes vault.keys, and removes it after. The keys file is replaced in one atomic write, so at any moment
  exactly one of the two passphrases opens; the intent lets the next unlock take out an old slot that some
  earlier, two-step writer left beside the new one.
- A key rotation writes the re-encrypted database (`.vault.db.rotate`) and the new keys
  (`.vault.keys.rotate`) in full, then commits by writing `.vault.rotation`, then renames both into place and
  removes the journal. Without the journal the old pair stands and the new files are deleted; with it the
  renames are finished. So a kill at any moment leaves the old pair or the new pair, never neither, never a
  mix.
- Temp files of an interrupted atomic write (`.<name>.*.tmp`) of vault.keys, the intent, the rotation's
  journal and new keys, and the key history are removed: those of the keys may hold slots that were meant to
  be gone, and none may linger in the home.

`finish_pending` runs with the vault's open lock and keys lock held, before vault.keys is read.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vinkdesk.vault import key_history
from vinkdesk.vault.files import fsync_folder, read_regular, replace_file, write_atomically
from vinkdesk.vault.home import DB_NAME, KEYS_NAME

INTENT_NAME = ".vault.keys.intent"
ROTATION_NAME = ".vault.rotation"
ROTATE_DB_NAME = ".vault.db.rotate"
ROTATE_KEYS_NAME = ".vault.keys.rotate"
JOURNAL_MAX_BYTES = 64 * 1024
# The home's bookkeeping files that files.write_atomically writes (through a temp file `.<name>.*.tmp`).
_WRITTEN_ATOMICALLY = (KEYS_NAME, INTENT_NAME, ROTATION_NAME, ROTATE_KEYS_NAME, key_history.HISTORY_NAME)


def write_intent(folder: Path, remove: str, add: str) -> None:
    doc = {"change": "passphrase", "remove": remove, "add": add}
    write_atomically(folder / INTENT_NAME, json.dumps(doc).encode("utf-8"))


def clear_intent(folder: Path) -> None:
    (folder / INTENT_NAME).unlink(missing_ok=True)
    fsync_folder(folder)


def commit_rotation(
    folder: Path, old_key_id: str, new_key_id: str, vault_id: str, reason: str, removed: list[str]
) -> None:
    """The rotation's commit point. Its record goes into the home's key history when it is finished
    (key_history.py): `removed` names the slots it took out, which a backup from before it still holds."""
    doc = {
        "vault_id": vault_id,
        "replaced": old_key_id,
        "key_id": new_key_id,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "reason": reason,
        "removed": removed,
    }
    write_atomically(folder / ROTATION_NAME, json.dumps(doc).encode("utf-8"))


def finish_pending(folder: Path) -> list[str]:
    """Finish or undo what an interrupted key change left; returns one line per thing done (for the log)."""
    done: list[str] = []
    rotation = folder / ROTATION_NAME
    db_new, keys_new = folder / ROTATE_DB_NAME, folder / ROTATE_KEYS_NAME
    if os.path.lexists(rotation):
        record = _read_json(rotation)
        if os.path.lexists(db_new):
            for suffix in ("-wal", "-shm"):  # the old database's: its content is in the new one
                (folder / (DB_NAME + suffix)).unlink(missing_ok=True)
            replace_file(db_new, folder / DB_NAME)
        if os.path.lexists(keys_new):
            replace_file(keys_new, folder / KEYS_NAME)
        fsync_folder(folder)
        if record:
            key_history.remember(folder, record)
        rotation.unlink()
        fsync_folder(folder)
        done.append("finished an interrupted key rotation")
    else:
        for leftover in (db_new, keys_new, folder / (ROTATE_DB_NAME + "-journal")):
            if os.path.lexists(leftover):
                leftover.unlink()
                done.append(f"removed {leftover.name} of a rotation that never committed")
    intent = folder / INTENT_NAME
    if os.path.lexists(intent):
        doc = _read_json(intent)
        if doc and os.path.lexists(folder / KEYS_NAME):
            from vinkdesk.vault.keys import read_keys, write_keys

            keys = read_keys(folder / KEYS_NAME)
            ids = {s.slot_id for s in keys.slots}
            if doc.get("add") in ids and doc.get("remove") in ids:
                write_keys(folder / KEYS_NAME, keys.without_slot(str(doc["remove"])))
                done.append("finished an interrupted passphrase change")
        intent.unlink()
        fsync_folder(folder)
    (folder / (ROTATE_DB_NAME + "-journal")).unlink(missing_ok=True)  # of an export cut off
    for name in _WRITTEN_ATOMICALLY:
        for stray in folder.glob(f".{name}.*.tmp"):
            stray.unlink(missing_ok=True)
            done.append(f"removed {stray.name}")
    return done


def _read_json(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(read_regular(path, JOURNAL_MAX_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return doc if isinstance(doc, dict) else {}
