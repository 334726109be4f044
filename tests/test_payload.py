"""The counts payload's reader refuses every spelling but the canonical one; sealed files all look alike."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vinkdesk.sync.counts import empty_tables
from vinkdesk.sync.payload import MAX_BYTES, AuditHead, PayloadError, canonical, largest_payload, parse, sign
from vinkdesk.sync.seal import SEALED_SIZE, CoordinatorKeyPair, SealError, open_sealed, seal

KEY = Ed25519PrivateKey.generate()
HEAD = AuditHead(12, "ab" * 32)


def good() -> bytes:
    return sign("2026Q1", 1, empty_tables(), HEAD, KEY).to_bytes()


def with_period(period: str) -> bytes:
    doc = json.loads(good())
    doc["period"] = period
    return canonical(doc)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[" * 100_000, "oversized"),
        (b"[" * 5_000 + b"]" * 5_000, "oversized"),
        (b'{"a":' * 50 + b"1" + b"}" * 50, "nested deeper"),
        (b'{"sequence":' + b"9" * 5_000 + b"}", "digits"),
        (good()[:-1] + b',"schema":"vinkdesk.counts/2"}', "twice"),
        (with_period("２０２６Q1"), "quarter"),
        (with_period("٢٠٢٦Q1"), "quarter"),
        (with_period("2026Q1\n"), "quarter"),
        (good() + b"\n", "canonical"),
        (good().replace(b'{"active_cases"', b'{ "active_cases"'), "canonical"),
        (good().replace(b'"sequence":1', b'"sequence":1.0'), "whole number"),
        (good().replace(b'"sequence":1', b'"sequence":NaN'), "whole number"),
        ('{"period":"2026Q1\u00e6"}'.encode(), "printable ASCII"),
        (json.dumps({"schema": "vinkdesk.counts/1"}).encode(), "no longer counted"),
    ],
)
def test_the_reader_refuses_crafted_payloads_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PayloadError, match=reason):
        parse(data, "crafted.vks")


def test_the_canonical_payload_reads_back_and_verifies() -> None:
    payload = parse(good(), "good")
    assert payload.verify() and payload.audit_head == HEAD and len(payload.device.split("-")) == 6


def test_every_sealed_file_has_one_size_and_opens_only_with_its_key() -> None:
    coordinator = CoordinatorKeyPair.generate("Enheden")
    other = CoordinatorKeyPair.generate("Andre")
    small, large = seal(good(), coordinator.public()), seal(largest_payload(), coordinator.public())
    assert len(small) == len(large) == SEALED_SIZE and len(largest_payload()) <= MAX_BYTES
    assert open_sealed(small, coordinator.opener()) == good()
    assert seal(good(), coordinator.public()) != small  # a fresh encapsulation every time
    with pytest.raises(SealError, match="cannot be opened"):
        open_sealed(small, other.opener())
    flipped = bytearray(small)
    flipped[-40] ^= 1
    with pytest.raises(SealError, match="cannot be opened"):
        open_sealed(bytes(flipped), coordinator.opener())
    with pytest.raises(SealError, match="wrong size"):
        open_sealed(small + b"\0", coordinator.opener())


def older_payload(tables: dict[str, object]) -> bytes:
    """A vinkdesk.counts/2 payload as a laptop not yet updated signs it: the canonical JSON of the fields,
    signed with Ed25519 over the payload without its signature."""
    import base64

    doc = {
        "schema": "vinkdesk.counts/2",
        "device_key": base64.b64encode(KEY.public_key().public_bytes_raw()).decode(),
        "period": "2026Q2",
        "sequence": 3,
        "audit_head": {"row": 12, "digest": "ab" * 32},
        "restored_from": "",
        "tables": tables,
    }
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["signature"] = base64.b64encode(KEY.sign(body)).decode()
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def test_a_payload_of_the_previous_schema_still_reads_and_its_closures_count_as_not_recorded() -> None:
    from vinkdesk.sync.aggregate import _add_tables

    tables = empty_tables()
    added = {name: tables.pop(name) for name in ("closed_by_reason", "follow_ups_by_outcome")}
    tables["closed_cases"]["red"] = 2
    old = parse(older_payload(tables), "old.vks")
    assert old.verify() and old.schema == "vinkdesk.counts/2" and "closed_by_reason" not in old.tables
    total = empty_tables()
    _add_tables(total, old.tables)
    assert total["closed_by_reason"]["red"]["not-recorded"] == 2  # still adds up to the closed cases
    assert sum(total["follow_ups_by_outcome"]["red"].values()) == 0
    with pytest.raises(PayloadError, match="must hold exactly"):  # /2 with the tables /3 added: not /2
        parse(older_payload({**tables, **added}), "mixed.vks")
    current = json.loads(good())
    del current["tables"]["follow_ups_by_outcome"]
    with pytest.raises(PayloadError, match="must hold exactly"):
        parse(canonical(current), "short.vks")
