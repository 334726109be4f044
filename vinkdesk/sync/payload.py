"""The `vinkdesk.counts/1` payload: one validator for writing and reading (an unknown field, a non-integer
count or a value outside the enumerations is refused), canonical JSON, and the device's Ed25519 signature."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vinkdesk.domain.facts import QUARTER
from vinkdesk.sync.counts import DIMENSIONS, FLAT, LEVELS, TABLES, Tables

SCHEMA = "vinkdesk.counts/1"
FIELDS = ("schema", "device", "period", "sequence", "public_key", "tables", "signature")
DEVICE = re.compile(r"^[0-9a-f]{32}$")
MAX_COUNT = 1_000_000
MAX_BYTES = 256 * 1024


class PayloadError(ValueError):
    """A payload that must not be written or counted; the message names the source and the field."""


@dataclass(frozen=True)
class Payload:
    device: str
    period: str
    sequence: int
    public_key: bytes
    tables: Tables
    signature: bytes

    def unsigned(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "device": self.device,
            "period": self.period,
            "sequence": self.sequence,
            "public_key": _b64(self.public_key),
            "tables": self.tables,
        }

    def to_bytes(self) -> bytes:
        return canonical({**self.unsigned(), "signature": _b64(self.signature)})

    @property
    def file_name(self) -> str:
        return f"{self.device}-{self.period}-{self.sequence}.json"

    def verify(self) -> bool:
        try:
            key = Ed25519PublicKey.from_public_bytes(self.public_key)
            key.verify(self.signature, canonical(self.unsigned()))
        except (InvalidSignature, ValueError):
            return False
        return True


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def tables_hash(tables: Tables) -> str:
    return hashlib.sha256(canonical(tables)).hexdigest()


def sign(device: str, period: str, sequence: int, tables: Tables, key: Ed25519PrivateKey) -> Payload:
    """A signed payload; validated first, so nothing outside the schema can be written."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    draft = Payload(device, period, sequence, public, tables, b"\0" * 64)
    validate(json.loads(draft.to_bytes()), "the new payload")
    return Payload(device, period, sequence, public, tables, key.sign(canonical(draft.unsigned())))


def parse(data: bytes, source: str) -> Payload:
    if len(data) > MAX_BYTES:
        raise PayloadError(f"{source}: oversized ({len(data)} bytes)")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PayloadError(f"{source}: malformed (not JSON)") from None
    return validate(doc, source)


def validate(doc: Any, source: str) -> Payload:
    def fail(field: str, problem: str) -> PayloadError:
        return PayloadError(f"{source}: {field} {problem}")

    if not isinstance(doc, dict):
        raise fail("the file", "is not a JSON object")
    if doc.get("schema") != SCHEMA:
        raise fail("schema", f"is {doc.get('schema')!r}, not {SCHEMA!r} (unknown schema)")
    for key in doc:
        if key not in FIELDS:
            raise fail(key, "is not a field of the schema")
    for key in FIELDS:
        if key not in doc:
            raise fail(key, "is missing")
    if not isinstance(doc["device"], str) or not DEVICE.match(doc["device"]):
        raise fail("device", "is not a device id")
    if not isinstance(doc["period"], str) or not QUARTER.match(doc["period"]):
        raise fail("period", "is not a quarter like 2026Q3")
    sequence = doc["sequence"]
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 1 <= sequence <= 1_000_000:
        raise fail("sequence", "is not a whole number from 1")
    public_key = _bytes(doc["public_key"], 32, fail, "public_key")
    signature = _bytes(doc["signature"], 64, fail, "signature")
    tables = doc["tables"]
    if not isinstance(tables, dict) or set(tables) != set(TABLES):
        raise fail("tables", f"must hold exactly {', '.join(TABLES)}")
    for name in FLAT:
        _cells(tables[name], LEVELS, fail, f"tables.{name}")
    for name, enum in DIMENSIONS.items():
        rows = tables[name]
        if not isinstance(rows, dict) or set(rows) != set(LEVELS):
            raise fail(f"tables.{name}", "must have a row for each level")
        for level in LEVELS:
            _cells(rows[level], [v.value for v in enum], fail, f"tables.{name}.{level}")
    rows = tables["transitions"]
    if not isinstance(rows, dict) or set(rows) != set(LEVELS):
        raise fail("tables.transitions", "must have a row for each level")
    for level in LEVELS:
        _cells(rows[level], LEVELS, fail, f"tables.transitions.{level}")
    return Payload(doc["device"], doc["period"], sequence, public_key, tables, signature)


def _cells(value: Any, keys: Any, fail: Any, where: str) -> None:
    if not isinstance(value, dict) or set(value) != set(keys):
        raise fail(where, f"must have exactly the keys {', '.join(keys)}")
    for key, count in value.items():
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= MAX_COUNT:
            raise fail(f"{where}.{key}", "is not a whole count")


def _bytes(value: Any, length: int, fail: Any, field: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length:
        raise fail(field, "is not valid")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
