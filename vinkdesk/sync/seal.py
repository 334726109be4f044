"""Sealed count files: a signed payload, padded to one size and encrypted to the coordination unit's public
key with HPKE (RFC 9180; hybrid ML-KEM-768 + X25519, HKDF-SHA256, AES-256-GCM), and the coordinator's public
key file on the share. Whoever reads the share sees only files of one size under random names."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.hpke import (
    AEAD,
    KDF,
    KEM,
    MLKEM768X25519PrivateKey,
    MLKEM768X25519PublicKey,
    Suite,
)
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from vinkdesk.sync.fingerprint import fingerprint
from vinkdesk.sync.payload import MAX_BYTES

MAGIC = b"VKSEAL01"  # the first bytes of every sealed file
INFO = b"vinkdesk.sealed/1"  # HPKE's info: binds the ciphertext to this use
PADDED = 8 * 1024  # every plaintext is padded to exactly this size
LENGTH_BYTES = 4
SUITE = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
SEALED_SIZE = len(MAGIC) + KEM.MLKEM768_X25519.enc_length() + PADDED + 16
SEALED_SUFFIX = ".vks"

PUB_FORMAT = "vinkdesk.coordinator-key/1"
PUB_NAME = "coordinator.pub"
PUB_MAX_BYTES = 8 * 1024
MLKEM_PUBLIC_BYTES = 1184
FINGERPRINT_DOMAIN = b"vinkdesk.coordinator/1"

assert LENGTH_BYTES + MAX_BYTES <= PADDED


class SealError(ValueError):
    """A sealed file or a key file that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class CoordinatorPublicKey:
    mlkem: bytes  # ML-KEM-768 encapsulation key
    x25519: bytes
    name: str = ""

    @property
    def raw(self) -> bytes:
        return self.mlkem + self.x25519

    @property
    def fingerprint(self) -> str:
        return fingerprint(FINGERPRINT_DOMAIN, self.raw)

    def hpke_key(self) -> MLKEM768X25519PublicKey:
        return MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem),
            x25519.X25519PublicKey.from_public_bytes(self.x25519),
        )

    def to_file(self) -> bytes:
        doc = {
            "format": PUB_FORMAT,
            "name": self.name,
            "kem": "MLKEM768-X25519",
            "mlkem768": base64.b64encode(self.mlkem).decode("ascii"),
            "x25519": base64.b64encode(self.x25519).decode("ascii"),
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @staticmethod
    def raw_split(raw: bytes) -> CoordinatorPublicKey:
        if len(raw) != MLKEM_PUBLIC_BYTES + 32:
            raise SealError("the pinned coordinator key has the wrong length")
        return CoordinatorPublicKey(raw[:MLKEM_PUBLIC_BYTES], raw[MLKEM_PUBLIC_BYTES:])


@dataclass(frozen=True)
class CoordinatorKeyPair:
    mlkem_seed: bytes  # 64 bytes
    x25519_private: bytes  # 32 bytes
    name: str

    @staticmethod
    def generate(name: str) -> CoordinatorKeyPair:
        m = mlkem.MLKEM768PrivateKey.generate()
        x = x25519.X25519PrivateKey.generate()
        return CoordinatorKeyPair(
            m.private_bytes_raw(), x.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()), name
        )

    def _parts(self) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey]:
        return (
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.x25519_private),
        )

    def public(self) -> CoordinatorPublicKey:
        m, x = self._parts()
        return CoordinatorPublicKey(
            m.public_key().public_bytes_raw(),
            x.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            self.name,
        )

    def opener(self) -> MLKEM768X25519PrivateKey:
        m, x = self._parts()
        return MLKEM768X25519PrivateKey(m, x)


def seal(payload: bytes, recipient: CoordinatorPublicKey) -> bytes:
    """The sealed file's bytes: always SEALED_SIZE long, whatever the payload."""
    if len(payload) > MAX_BYTES:
        raise SealError(f"a payload of {len(payload)} bytes is larger than a sealed file holds")
    padded = len(payload).to_bytes(LENGTH_BYTES, "big") + payload
    padded += b"\0" * (PADDED - len(padded))
    sealed = MAGIC + SUITE.encrypt(padded, recipient.hpke_key(), info=INFO)
    assert len(sealed) == SEALED_SIZE
    return sealed


def open_sealed(data: bytes, opener: MLKEM768X25519PrivateKey) -> bytes:
    """The payload inside a sealed file, or SealError with the reason."""
    if len(data) != SEALED_SIZE:
        raise SealError(f"wrong size ({len(data)} bytes, a sealed file has {SEALED_SIZE})")
    if not data.startswith(MAGIC):
        raise SealError("not a vinkdesk sealed file (its first bytes differ)")
    try:
        padded = SUITE.decrypt(data[len(MAGIC) :], opener, info=INFO)
    except Exception:  # noqa: BLE001 - any failure to open is the same answer for the coordinator
        raise SealError(
            "cannot be opened with this coordinator's key (sealed to another key, or damaged)"
        ) from None
    length = int.from_bytes(padded[:LENGTH_BYTES], "big")
    if len(padded) != PADDED or length > MAX_BYTES or any(padded[LENGTH_BYTES + length :]):
        raise SealError("the padding inside is not as a laptop writes it")
    return padded[LENGTH_BYTES : LENGTH_BYTES + length]


def parse_coordinator_pub(data: bytes, source: str) -> CoordinatorPublicKey:
    """The one validator of coordinator.pub; every error names the file and the field."""

    def fail(field: str, problem: str) -> SealError:
        return SealError(f"{source}: {field} {problem}")

    if len(data) > PUB_MAX_BYTES:
        raise fail("the file", "is too large to be a coordinator's key")
    try:
        doc: Any = json.loads(data.decode("utf-8"), object_pairs_hook=_unique)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise fail("the file", "is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != PUB_FORMAT:
        raise fail("format", f"is not {PUB_FORMAT!r}")
    if set(doc) != {"format", "name", "kem", "mlkem768", "x25519", "fingerprint"}:
        raise fail("the file", "does not hold exactly the fields of a coordinator key")
    if doc["kem"] != "MLKEM768-X25519":
        raise fail("kem", "is not MLKEM768-X25519")
    name = doc["name"] if isinstance(doc["name"], str) else ""
    key = CoordinatorPublicKey(
        _b64(doc["mlkem768"], MLKEM_PUBLIC_BYTES, fail, "mlkem768"),
        _b64(doc["x25519"], 32, fail, "x25519"),
        name[:200],
    )
    try:
        key.hpke_key()
    except ValueError:
        raise fail("the key", "is not a valid ML-KEM-768 + X25519 public key") from None
    if doc["fingerprint"] != key.fingerprint:
        raise fail("fingerprint", "does not match the key")
    return key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def _b64(value: Any, length: int, fail: Any, field: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length:
        raise fail(field, "is not valid")
    return raw
