"""Key slots in vault.keys: each lets one person's passphrase (or the recovery code) open the vault's data
key.

A slot (format /2) holds an X25519 key pair: the private key is wrapped under the passphrase (Argon2id +
AES-GCM), and the data key is sealed to the public key with HPKE (RFC 9180: X25519, HKDF-SHA256,
AES-256-GCM). So the data key can be replaced (`reseal`) for every remaining slot without anyone's
passphrase: after a key rotation a removed person's passphrase, and any old copy of vault.keys, open only
the old key.

The slot's metadata (vault id, slot id, user, role, name, KDF parameters, salt, public key) is the GCM
associated data of the wrapped private key, and the sealed data key is bound (HPKE info) to the vault, the
key generation and the slot: changing any of it makes the slot refuse to open. Slots of format /1 wrap the
data key directly; they still open, are upgraded when their owner unlocks, and cannot follow a rotation.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from vinkdesk.vault.errors import KeysFileError, SlotRefused, WrongPassphrase
from vinkdesk.vault.files import read_regular, write_atomically
from vinkdesk.vault.kdf import CEILING, FLOOR, KEY_BYTES, SALT_BYTES, KdfParams, derive_key, new_salt

KEYS_FORMAT = "vinkdesk.keys/2"
LEGACY_FORMAT = "vinkdesk.keys/1"
SLOT_ROLES = ("counsellor", "supervisor", "recovery", "coordinator")
NONCE_BYTES = 12
PUBLIC_BYTES = 32
SEALED_BYTES = KEM.X25519.enc_length() + KEY_BYTES + 16
KEYS_MAX_BYTES = 1024 * 1024  # hundreds of slots; anything larger is not a keys file
_SLOT_FIELDS = {"slot_id", "user_id", "role", "display_name", "kdf", "nonce", "wrapped_key"}
_SLOT2_FIELDS = _SLOT_FIELDS - {"wrapped_key"} | {"wrapped_private", "public_key", "sealed_key"}
_KDF_FIELDS = {"algorithm", "memory_kib", "time_cost", "parallelism", "salt"}
_TOP_FIELDS = {"format", "vault_id", "key_id", "slots"}
SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)

# Recovery codes: 25 symbols of Crockford's base32 (125 bits), read aloud in five groups of five.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 5
_RECOVERY_GROUP_LEN = 5


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    user_id: str
    role: str
    display_name: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes  # /2: the X25519 private key under the passphrase; /1: the data key itself
    public_key: bytes = b""  # /2 only
    sealed_key: bytes = b""  # /2 only: the data key sealed to public_key with HPKE

    @property
    def legacy(self) -> bool:
        """A slot of format /1: it wraps the data key directly and cannot follow a key rotation."""
        return not self.public_key

    def associated_data(self, vault_id: str) -> bytes:
        meta: dict[str, Any] = {
            "format": LEGACY_FORMAT if self.legacy else KEYS_FORMAT,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "user_id": self.user_id,
            "role": self.role,
            "display_name": self.display_name,
            "kdf": _kdf_json(self.kdf, self.salt),
        }
        if not self.legacy:
            meta["public_key"] = _b64(self.public_key)
        return json.dumps(meta, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def seal_info(self, vault_id: str, key_id: str) -> bytes:
        """HPKE's info for the sealed data key: binds it to this vault, this key generation and this slot."""
        return f"{KEYS_FORMAT} data key|{vault_id}|{key_id}|{self.slot_id}".encode()

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "slot_id": self.slot_id,
            "user_id": self.user_id,
            "role": self.role,
            "display_name": self.display_name,
            "kdf": _kdf_json(self.kdf, self.salt),
            "nonce": _b64(self.nonce),
        }
        if self.legacy:
            doc["wrapped_key"] = _b64(self.wrapped)
        else:
            doc.update(
                wrapped_private=_b64(self.wrapped),
                public_key=_b64(self.public_key),
                sealed_key=_b64(self.sealed_key),
            )
        return doc


@dataclass(frozen=True)
class KeysFile:
    vault_id: str
    slots: tuple[KeySlot, ...]
    key_id: str = ""  # names the data key's generation; a rotation gives a new one

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEYS_FORMAT,
            "vault_id": self.vault_id,
            "key_id": self.key_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def slot(self, slot_id: str) -> KeySlot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise SlotRefused(f"There is no key slot {slot_id} in this vault.")

    def with_slot(self, slot: KeySlot) -> KeysFile:
        return replace(self, slots=(*self.slots, slot))

    def without_slot(self, slot_id: str) -> KeysFile:
        return self.without_slots((slot_id,))

    def without_slots(self, slot_ids: Iterable[str]) -> KeysFile:
        gone = set(slot_ids)
        for slot_id in gone:
            self.slot(slot_id)
        remaining = tuple(s for s in self.slots if s.slot_id not in gone)
        if not any(s.role != "recovery" for s in remaining):
            raise SlotRefused("The last passphrase of a vault cannot be removed: nobody could open it again.")
        return replace(self, slots=remaining)

    def replacing(self, slot_ids: Iterable[str], slot: KeySlot) -> KeysFile:
        """One write that takes out slot_ids and puts slot in: never both, never neither."""
        gone = set(slot_ids)
        for slot_id in gone:
            self.slot(slot_id)
        return replace(self, slots=(*(s for s in self.slots if s.slot_id not in gone), slot))


def new_vault_id() -> str:
    return uuid.uuid4().hex


def new_key_id() -> str:
    return uuid.uuid4().hex


def new_data_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def seal_slot(
    data_key: bytes | bytearray,
    passphrase: str,
    *,
    vault_id: str,
    user_id: str,
    role: str,
    display_name: str,
    kdf: KdfParams,
    key_id: str = "",
) -> KeySlot:
    """A new slot (format /2) that opens data_key with passphrase."""
    if role not in SLOT_ROLES:
        raise SlotRefused(f"Unknown role {role!r} for a key slot.")
    _check_kdf(kdf, "the new slot")
    private = X25519PrivateKey.generate()
    slot = KeySlot(
        slot_id=uuid.uuid4().hex,
        user_id=user_id,
        role=role,
        display_name=display_name,
        kdf=kdf,
        salt=new_salt(),
        nonce=os.urandom(NONCE_BYTES),
        wrapped=b"",
        public_key=private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )
    wrapping_key = derive_key(passphrase, slot.salt, kdf)
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    wrapped = AESGCM(wrapping_key).encrypt(slot.nonce, raw_private, slot.associated_data(vault_id))
    return reseal(replace(slot, wrapped=wrapped), data_key, vault_id, key_id)


def reseal(slot: KeySlot, data_key: bytes | bytearray, vault_id: str, key_id: str) -> KeySlot:
    """The same slot (same passphrase) opening another data key: needs only the slot's public key."""
    if slot.legacy and slot.role == "recovery":
        raise SlotRefused(
            "The recovery code was made by an older vinkdesk and cannot follow a new key. Nothing was "
            "changed: make a new recovery code first (vinkdesk recovery-code), then try again."
        )
    if slot.legacy:
        raise SlotRefused(
            f"The key slot of {slot.display_name} was made by an older vinkdesk and cannot follow a new key. "
            f"Nothing was changed: {slot.display_name} must unlock the vault once first, then try again."
        )
    public = X25519PublicKey.from_public_bytes(slot.public_key)
    sealed = SUITE.encrypt(bytes(data_key), public, info=slot.seal_info(vault_id, key_id))
    return replace(slot, sealed_key=sealed)


def open_slot(slot: KeySlot, vault_id: str, passphrase: str, key_id: str = "") -> bytearray:
    """The data key, or WrongPassphrase when the passphrase (or the slot's metadata) does not fit."""
    wrapping_key = derive_key(passphrase, slot.salt, slot.kdf)
    try:
        secret = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, slot.associated_data(vault_id))
    except InvalidTag:
        raise WrongPassphrase() from None
    if slot.legacy:
        return bytearray(secret)
    try:
        private = X25519PrivateKey.from_private_bytes(secret)
        data_key = SUITE.decrypt(slot.sealed_key, private, info=slot.seal_info(vault_id, key_id))
    except (InvalidTag, ValueError):
        raise KeysFileError(
            "vault.keys: the key slot opened but the vault's key sealed in it does not: the file has been "
            "altered or mixed with another copy. Restore vault.keys from your backup."
        ) from None
    return bytearray(data_key)


def open_any(keys: KeysFile, passphrase: str) -> tuple[KeySlot, bytearray]:
    """Try the passphrase on every slot, the likeliest first; WrongPassphrase when none opens."""
    code = normalise_recovery_code(passphrase)
    for slot in _likeliest_first(keys.slots, passphrase):
        if slot.role == "recovery" and code is None:
            continue  # not a code's shape: spare a slow KDF that cannot succeed
        try:
            secret = code if slot.role == "recovery" and code is not None else passphrase
            return slot, open_slot(slot, keys.vault_id, secret, keys.key_id)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def _likeliest_first(slots: Iterable[KeySlot], passphrase: str) -> list[KeySlot]:
    looks_like_code = normalise_recovery_code(passphrase) is not None
    return sorted(slots, key=lambda s: (s.role == "recovery") != looks_like_code)


def new_recovery_code() -> str:
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)
    )
    return "-".join(symbols[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(symbols), _RECOVERY_GROUP_LEN))


def normalise_recovery_code(text: str) -> str | None:
    """The canonical form of a recovery code as typed (any case, spaces or dashes, O for 0, I or L for 1)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != _RECOVERY_GROUPS * _RECOVERY_GROUP_LEN or any(
        c not in _RECOVERY_ALPHABET for c in cleaned
    ):
        return None
    return "-".join(cleaned[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), _RECOVERY_GROUP_LEN))


def read_keys(path: Path) -> KeysFile:
    try:
        data = read_regular(path, KEYS_MAX_BYTES)
    except FileNotFoundError:
        raise KeysFileError(
            f"{path} is missing. Without it nobody can open what it guards: restore {path.name} from your "
            "backup."
        ) from None
    except OSError as exc:
        raise KeysFileError(
            f"{path} cannot be read ({exc.strerror or exc}). Restore {path.name} from your backup."
        ) from None
    return parse_keys(data, path)


def write_keys(path: Path, keys: KeysFile) -> None:
    write_atomically(path, keys.to_bytes())


def parse_keys(data: bytes, source: Path) -> KeysFile:
    """The one validator of vault.keys: every error names the file and the field."""

    def fail(field: str, problem: str) -> KeysFileError:
        return KeysFileError(f"{source}: {field} {problem}. Restore {source.name} from your backup.")

    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise fail("the file", "is not valid JSON (truncated or damaged)") from None
    except RecursionError:
        raise fail("the file", "is nested too deeply to be a keys file") from None
    except ValueError:  # e.g. a number of thousands of digits
        raise fail("the file", "holds a value no keys file has") from None
    if not isinstance(doc, dict):
        raise fail("the file", "is not a JSON object")
    _no_unknown(doc, _TOP_FIELDS, "", fail)
    legacy = doc.get("format") == LEGACY_FORMAT
    if doc.get("format") != KEYS_FORMAT and not legacy:
        raise fail("format", f"is {doc.get('format')!r}, expected {KEYS_FORMAT!r}")
    vault_id = _text(doc, "vault_id", "vault_id", fail)
    if legacy and "key_id" in doc:
        raise fail("key_id", f"is not a field of {LEGACY_FORMAT}")
    key_id = "" if legacy else _text(doc, "key_id", "key_id", fail, allow_empty=True)
    slots_doc = doc.get("slots")
    if not isinstance(slots_doc, list) or not slots_doc:
        raise fail("slots", "must be a non-empty list")
    slots = []
    seen: set[str] = set()
    for index, entry in enumerate(slots_doc):
        where = f"slots[{index}]"
        if not isinstance(entry, dict):
            raise fail(where, "is not an object")
        old_slot = "wrapped_key" in entry
        _no_unknown(entry, _SLOT_FIELDS if old_slot else _SLOT2_FIELDS, where + ".", fail)
        if legacy and not old_slot:
            raise fail(where, f"is not a slot of {LEGACY_FORMAT}")
        slot_id = _text(entry, "slot_id", where + ".slot_id", fail)
        if slot_id in seen:
            raise fail(where + ".slot_id", "repeats another slot's id")
        seen.add(slot_id)
        role = _text(entry, "role", where + ".role", fail)
        if role not in SLOT_ROLES:
            raise fail(where + ".role", f"is {role!r}, not one of {', '.join(SLOT_ROLES)}")
        kdf_doc = entry.get("kdf")
        if not isinstance(kdf_doc, dict):
            raise fail(where + ".kdf", "is missing")
        _no_unknown(kdf_doc, _KDF_FIELDS, where + ".kdf.", fail)
        if kdf_doc.get("algorithm") != "argon2id":
            raise fail(where + ".kdf.algorithm", "must be 'argon2id'")
        numbers = {}
        for name in ("memory_kib", "time_cost", "parallelism"):
            value = kdf_doc.get(name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise fail(f"{where}.kdf.{name}", "must be a whole number")
            numbers[name] = value
        kdf = KdfParams(**numbers)
        _check_kdf(kdf, f"{source}: {where}.kdf")
        salt = _bytes(kdf_doc, "salt", f"{where}.kdf.salt", fail, SALT_BYTES)
        slot = KeySlot(
            slot_id=slot_id,
            user_id=_text(entry, "user_id", where + ".user_id", fail),
            role=role,
            display_name=_text(entry, "display_name", where + ".display_name", fail, allow_empty=True),
            kdf=kdf,
            salt=salt,
            nonce=_bytes(entry, "nonce", where + ".nonce", fail, NONCE_BYTES),
            wrapped=b"",
        )
        if old_slot:
            wrapped = _bytes(entry, "wrapped_key", where + ".wrapped_key", fail, KEY_BYTES + 16)
            slot = replace(slot, wrapped=wrapped)
        else:
            slot = replace(
                slot,
                wrapped=_bytes(entry, "wrapped_private", where + ".wrapped_private", fail, KEY_BYTES + 16),
                public_key=_bytes(entry, "public_key", where + ".public_key", fail, PUBLIC_BYTES),
                sealed_key=_bytes(entry, "sealed_key", where + ".sealed_key", fail, SEALED_BYTES),
            )
        slots.append(slot)
    return KeysFile(vault_id=vault_id, slots=tuple(slots), key_id=key_id)


def _check_kdf(kdf: KdfParams, where: str) -> None:
    if not kdf.meets(FLOOR):
        raise KeysFileError(
            f"{where}: Argon2id parameters (memory {kdf.memory_kib} KiB, time {kdf.time_cost}, "
            f"parallelism {kdf.parallelism}) are below the minimum of {FLOOR.memory_kib} KiB, time "
            f"{FLOOR.time_cost}, parallelism {FLOOR.parallelism}; the slot has been weakened and is refused. "
            "Restore vault.keys from your backup."
        )
    if not CEILING.meets(kdf):
        raise KeysFileError(
            f"{where}: Argon2id parameters exceed what vinkdesk allows (at most {CEILING.memory_kib} KiB, "
            f"time {CEILING.time_cost}, parallelism {CEILING.parallelism}); the slot is refused."
        )


def _kdf_json(kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "memory_kib": kdf.memory_kib,
        "time_cost": kdf.time_cost,
        "parallelism": kdf.parallelism,
        "salt": _b64(salt),
    }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _no_unknown(doc: dict[str, Any], allowed: set[str], prefix: str, fail: Any) -> None:
    for key in doc:
        if key not in allowed:
            raise fail(prefix + str(key), "is not a known field")


def _text(doc: dict[str, Any], key: str, where: str, fail: Any, allow_empty: bool = False) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or (not value and not allow_empty):
        raise fail(where, "is missing or not text")
    return value


def _bytes(doc: dict[str, Any], key: str, where: str, fail: Any, length: int) -> bytes:
    value = doc.get(key)
    if not isinstance(value, str):
        raise fail(where, "is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise fail(where, "is not valid base64") from None
    if len(raw) != length:
        raise fail(where, f"has {len(raw)} bytes, expected {length}")
    return raw
