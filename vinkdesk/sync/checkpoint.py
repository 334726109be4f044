"""Checkpoints the coordinator leaves on the share: a sealed file like any laptop's (same size, random name),
holding the ledger's generation under a MAC only the coordinator's home can make. A home swapped for an older
copy then meets a checkpoint newer than itself at the next reading, and says so."""

from __future__ import annotations

import hashlib
import hmac
import json
import re

SCHEMA = "vinkdesk.checkpoint/1"
_SHAPE = re.compile(
    rb'\{"generation":([0-9]{1,12}),"mac":"([0-9a-f]{64})","schema":"vinkdesk\.checkpoint/1"\}'
)


class CheckpointError(ValueError):
    pass


def checkpoint_bytes(generation: int, key: bytes) -> bytes:
    return json.dumps(
        {"generation": generation, "mac": _mac(generation, key), "schema": SCHEMA},
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")


def is_checkpoint(payload: bytes) -> bool:
    return payload.startswith(b'{"generation":')


def checkpoint_generation(payload: bytes, key: bytes) -> int:
    """The generation in a checkpoint this home wrote; CheckpointError for anything else."""
    match = _SHAPE.fullmatch(payload)
    if match is None:
        raise CheckpointError("a checkpoint not in the form the coordinator writes")
    generation = int(match[1])
    if not hmac.compare_digest(match[2].decode("ascii"), _mac(generation, key)):
        raise CheckpointError(
            "a checkpoint this coordinator's home did not write (forged, or another home's)"
        )
    return generation


def _mac(generation: int, key: bytes) -> str:
    return hmac.new(key, f"{SCHEMA}\0{generation}".encode("ascii"), hashlib.sha256).hexdigest()
