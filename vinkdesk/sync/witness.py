"""The witness file: the audit-chain heads a device has shown the coordinator (row and digest), exported by
the coordinator and checked against the vault with `vinkdesk verify --anchor FILE`."""

from __future__ import annotations

import json
import re
from typing import Any

from vinkdesk.domain.facts import QUARTER

FORMAT = "vinkdesk.witness/1"
MAX_BYTES = 16 * 1024 * 1024
MAX_ROW = 10**12  # as in the payload: no audit trail is longer
_DIGEST = re.compile(r"[0-9a-f]{64}")


class WitnessError(ValueError):
    pass


def witness_bytes(device: str, heads: list[tuple[int, str, str]]) -> bytes:
    doc = {
        "format": FORMAT,
        "device": device,
        "heads": [{"row": r, "digest": d, "period": p} for r, d, p in sorted(heads)],
    }
    return (json.dumps(doc, indent=1) + "\n").encode("ascii")


def parse_witness(data: bytes, source: str) -> tuple[str, list[tuple[int, str, str]]]:
    def fail(problem: str) -> WitnessError:
        return WitnessError(
            f"{source}: {problem}; it is not a witness file from 'vinkdesk coordinator witness'."
        )

    if len(data) > MAX_BYTES:
        raise fail("too large")
    try:
        doc: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise fail("not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("heads"), list):
        raise fail(f"the format is not {FORMAT!r}")
    heads = []
    for head in doc["heads"]:
        row = head.get("row") if isinstance(head, dict) else None
        digest = head.get("digest") if isinstance(head, dict) else None
        period = head.get("period") if isinstance(head, dict) else None
        if (
            not isinstance(row, int)
            or isinstance(row, bool)
            or not 0 <= row <= MAX_ROW
            or not isinstance(digest, str)
            or not _DIGEST.fullmatch(digest)
            or not isinstance(period, str)
            or not QUARTER.fullmatch(period)
        ):
            raise fail("a head is not a row number, a SHA-256 digest and a quarter")
        heads.append((row, digest, period))
    return str(doc.get("device", "")), heads
