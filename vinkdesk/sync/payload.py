"""The `vinkdesk.counts/3` payload a laptop signs (and `/2`, from laptops not yet updated, read beside it):
one validator for writing and reading, and a reader that nothing stops. The bytes must be canonical JSON
(sorted keys, no spaces, ASCII), so one payload has exactly one spelling: no duplicate keys, no deep
nesting, no long numbers, no full-width digits, no trailing newline."""

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
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vinkdesk.domain.facts import QUARTER
from vinkdesk.sync.counts import ADDED_IN_3, DIMENSIONS, FLAT, LEVELS, TABLES, Tables
from vinkdesk.sync.fingerprint import fingerprint

SCHEMA = "vinkdesk.counts/3"  # /2 and closures by reason and follow-up outcomes
PREVIOUS_SCHEMA = "vinkdesk.counts/2"  # still read: without the tables /3 added
OLD_SCHEMA = "vinkdesk.counts/1"
TABLES_OF = {SCHEMA: TABLES, PREVIOUS_SCHEMA: tuple(t for t in TABLES if t not in ADDED_IN_3)}
DEVICE_DOMAIN = b"vinkdesk.device/1"  # what a device fingerprint is a fingerprint of
FIELDS = ("schema", "device_key", "period", "sequence", "audit_head", "restored_from", "tables", "signature")
FINGERPRINT = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){5}")
DIGEST = re.compile(r"[0-9a-f]{64}")
MAX_COUNT = 1_000_000
FIRST_YEAR, LAST_YEAR = 2000, 2999  # no payload speaks of a quarter outside these
MAX_SEQUENCE = 1_000_000
MAX_AUDIT_ROW = 10**12
MAX_DIGITS = 13  # the longest whole number any field may hold
MAX_DEPTH = 4  # payload → tables → table → row
MAX_BYTES = 8_188  # the largest payload the schema allows is about two thirds of this (5.5 KB)


class PayloadError(ValueError):
    """A payload that must not be written or counted; the message names the source and the field."""


@dataclass(frozen=True)
class AuditHead:
    """The vault's audit-chain head when the payload was made: its row number and digest."""

    row: int
    digest: str


@dataclass(frozen=True)
class Payload:
    device_key: bytes  # the device's Ed25519 public key: its identity
    period: str
    sequence: int
    audit_head: AuditHead
    tables: Tables
    signature: bytes
    restored_from: str = ""  # the device whose backup this vault was restored from ("" if none)
    schema: str = SCHEMA  # as signed: a /2 payload lacks the tables /3 added

    def unsigned(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "device_key": _b64(self.device_key),
            "period": self.period,
            "sequence": self.sequence,
            "audit_head": {"row": self.audit_head.row, "digest": self.audit_head.digest},
            "restored_from": self.restored_from,
            "tables": self.tables,
        }

    def to_bytes(self) -> bytes:
        return canonical({**self.unsigned(), "signature": _b64(self.signature)})

    @property
    def device(self) -> str:
        """The device's fingerprint, as the laptop shows it and the coordinator enrols it."""
        return fingerprint(DEVICE_DOMAIN, self.device_key)

    def verify(self) -> bool:
        try:
            key = Ed25519PublicKey.from_public_bytes(self.device_key)
            key.verify(self.signature, canonical(self.unsigned()))
        except (InvalidSignature, ValueError):
            return False
        return True


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def tables_hash(tables: Tables) -> str:
    return hashlib.sha256(canonical(tables)).hexdigest()


def device_key_of(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(
    period: str,
    sequence: int,
    tables: Tables,
    head: AuditHead,
    key: Ed25519PrivateKey,
    restored_from: str = "",
) -> Payload:
    """A signed payload; validated first, so nothing outside the schema can be written."""
    draft = Payload(device_key_of(key), period, sequence, head, tables, b"\0" * 64, restored_from)
    validate(json.loads(draft.to_bytes()), "the new payload")
    signature = key.sign(canonical(draft.unsigned()))
    return Payload(draft.device_key, period, sequence, head, tables, signature, restored_from)


def parse(data: bytes, source: str) -> Payload:
    """The payload in data, or PayloadError naming the source and what is wrong; never anything else."""
    if len(data) > MAX_BYTES:
        raise PayloadError(f"{source}: oversized ({len(data)} bytes)")
    if _NOT_PRINTABLE.search(data):
        raise PayloadError(f"{source}: not canonical (a byte outside printable ASCII)")
    _check_shape(data, source)
    try:
        doc = json.loads(
            data.decode("ascii"),
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except _Refused as refused:
        raise PayloadError(f"{source}: {refused}") from None
    except (ValueError, RecursionError):
        raise PayloadError(f"{source}: malformed (not JSON)") from None
    payload = validate(doc, source)
    if canonical(doc) != data:
        raise PayloadError(f"{source}: not canonical (spacing, key order or escapes differ)")
    return payload


def validate(doc: Any, source: str) -> Payload:
    def fail(field: str, problem: str) -> PayloadError:
        return PayloadError(f"{source}: {field} {problem}")

    if not isinstance(doc, dict):
        raise fail("the payload", "is not a JSON object")
    if doc.get("schema") == OLD_SCHEMA:
        raise fail("schema", f"is the old {OLD_SCHEMA!r}, which is no longer counted (unknown schema)")
    schema = doc.get("schema")
    if schema not in TABLES_OF:
        raise fail("schema", f"is not {SCHEMA!r} or {PREVIOUS_SCHEMA!r} (unknown schema)")
    assert isinstance(schema, str)
    names = TABLES_OF[schema]
    for key in doc:
        if key not in FIELDS:
            raise fail(str(key), "is not a field of the schema")
    for key in FIELDS:
        if key not in doc:
            raise fail(key, "is missing")
    if (
        not isinstance(doc["period"], str)
        or not QUARTER.fullmatch(doc["period"])
        or not FIRST_YEAR <= int(doc["period"][:4]) <= LAST_YEAR
    ):
        raise fail("period", f"is not a quarter like 2026Q3 (from {FIRST_YEAR} to {LAST_YEAR})")
    sequence = _whole(doc["sequence"], 1, MAX_SEQUENCE, fail, "sequence")
    head = doc["audit_head"]
    if not isinstance(head, dict) or set(head) != {"row", "digest"}:
        raise fail("audit_head", "must hold exactly row and digest")
    row = _whole(head["row"], 0, MAX_AUDIT_ROW, fail, "audit_head.row")
    if not isinstance(head["digest"], str) or not DIGEST.fullmatch(head["digest"]):
        raise fail("audit_head.digest", "is not a SHA-256 digest in hex")
    restored_from = doc["restored_from"]
    if not isinstance(restored_from, str) or (restored_from and not FINGERPRINT.fullmatch(restored_from)):
        raise fail("restored_from", "is neither empty nor a device fingerprint")
    device_key = _bytes(doc["device_key"], 32, fail, "device_key")
    signature = _bytes(doc["signature"], 64, fail, "signature")
    tables = doc["tables"]
    if not isinstance(tables, dict) or set(tables) != set(names):
        raise fail("tables", f"must hold exactly {', '.join(names)}")
    for name in FLAT:
        _cells(tables[name], LEVELS, fail, f"tables.{name}")
    for name, enum in DIMENSIONS.items():
        if name in names:
            _rows(tables[name], [v.value for v in enum], fail, f"tables.{name}")
    _rows(tables["transitions"], LEVELS, fail, "tables.transitions")
    head_of = AuditHead(row, head["digest"])
    return Payload(device_key, doc["period"], sequence, head_of, tables, signature, restored_from, schema)


def largest_payload() -> bytes:
    """The longest payload the schema allows (every count and number at its maximum): sets the padding."""
    from vinkdesk.sync.counts import empty_tables

    tables = empty_tables()
    for name in FLAT:
        tables[name] = dict.fromkeys(LEVELS, MAX_COUNT)
    for name in [*DIMENSIONS, "transitions"]:
        for level in LEVELS:
            tables[name][level] = dict.fromkeys(tables[name][level], MAX_COUNT)
    head = AuditHead(MAX_AUDIT_ROW, "f" * 64)
    widest = "-".join(["ZZZZ"] * 6)
    return Payload(
        b"\xff" * 32, f"{LAST_YEAR}Q4", MAX_SEQUENCE, head, tables, b"\xff" * 64, widest
    ).to_bytes()


class _Refused(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key, value in pairs:
        if key in doc:
            raise _Refused(f"the key {key[:40]!r} appears twice (duplicate keys are refused)")
        doc[key] = value
    return doc


def _no_float(text: str) -> Any:
    raise _Refused(f"{text[:20]!r} is not a whole number (refused)")


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")
_NOT_PRINTABLE = re.compile(rb"[^\x20-\x7e]")
_LONG_NUMBER = re.compile(rb"[0-9]{%d}" % (MAX_DIGITS + 1))


def _check_shape(data: bytes, source: str) -> None:
    """Refuse nesting deeper than the schema's, and numbers longer than any it holds, before the parser
    recurses into them or turns thousands of digits into an integer."""
    outside_strings = _STRING.sub(b"", data)
    if _LONG_NUMBER.search(outside_strings):
        raise PayloadError(f"{source}: a number of over {MAX_DIGITS} digits is longer than any count")
    depth = 0
    for bracket in _BRACKET.findall(outside_strings):
        depth += 1 if bracket in (b"{", b"[") else -1
        if depth > MAX_DEPTH:
            raise PayloadError(f"{source}: nested deeper than the schema allows (refused)")


def _whole(value: Any, low: int, high: int, fail: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise fail(field, f"is not a whole number from {low} to {high}")
    return value


def _rows(value: Any, columns: list[str] | tuple[str, ...], fail: Any, where: str) -> None:
    if not isinstance(value, dict) or set(value) != set(LEVELS):
        raise fail(where, "must have a row for each level")
    for level in LEVELS:
        _cells(value[level], columns, fail, f"{where}.{level}")


def _cells(value: Any, keys: Any, fail: Any, where: str) -> None:
    if not isinstance(value, dict) or set(value) != set(keys):
        raise fail(where, f"must have exactly the keys {', '.join(keys)}")
    for key, count in value.items():
        if type(count) is not int or not 0 <= count <= MAX_COUNT:  # bool is not int here
            raise fail(f"{where}.{key}", f"is not a whole number from 0 to {MAX_COUNT}")


def _bytes(value: Any, length: int, fail: Any, field: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length or _b64(raw) != value:
        raise fail(field, "is not valid")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
