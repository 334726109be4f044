"""An outsider's reader of vault.keys, written from the format described in docs/architecture.md alone: it
imports nothing from vinkdesk, so it does not share the blind spots of the code it judges.

Format /2: each slot's X25519 private key is AES-256-GCM-wrapped under Argon2id(NFC passphrase, salt); the
associated data is the slot's metadata as compact sorted JSON; the data key is sealed to the public key with
HPKE (X25519, HKDF-SHA256, AES-256-GCM), info "vinkdesk.keys/2 data key|<vault>|<key_id>|<slot>". A slot of
format /1 wraps the data key itself. Recovery codes are tried in their canonical form (groups of five).
"""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)


def _b(text: str) -> bytes:
    return base64.b64decode(text)


def _code(text: str) -> str | None:
    cleaned = "".join(c for c in text.upper() if c not in " -").translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 25:
        return None
    return "-".join(cleaned[i : i + 5] for i in range(0, 25, 5))


def data_keys(keys_bytes: bytes, secret: str) -> list[bytes]:
    """Every data key that `secret` (a passphrase or a recovery code) opens in this keys file."""
    doc = json.loads(keys_bytes)
    found = []
    for slot in doc["slots"]:
        tried = _code(secret) if slot["role"] == "recovery" else secret
        if tried is None:
            continue
        kdf = slot["kdf"]
        wrapping = hash_secret_raw(
            unicodedata.normalize("NFC", tried).encode(),
            _b(kdf["salt"]),
            time_cost=kdf["time_cost"],
            memory_cost=kdf["memory_kib"],
            parallelism=kdf["parallelism"],
            hash_len=32,
            type=Type.ID,
        )
        meta: dict[str, Any] = {
            "format": "vinkdesk.keys/1" if "wrapped_key" in slot else "vinkdesk.keys/2",
            "vault_id": doc["vault_id"],
            **{k: slot[k] for k in ("slot_id", "user_id", "role", "display_name", "kdf")},
        }
        if "public_key" in slot:
            meta["public_key"] = slot["public_key"]
        ad = json.dumps(meta, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        wrapped = _b(slot.get("wrapped_key") or slot["wrapped_private"])
        try:
            inner = AESGCM(wrapping).decrypt(_b(slot["nonce"]), wrapped, ad)
        except InvalidTag:
            continue
        if "wrapped_key" in slot:
            found.append(inner)
            continue
        info = (
            f"vinkdesk.keys/2 data key|{doc['vault_id']}|{doc.get('key_id', '')}|{slot['slot_id']}".encode()
        )
        found.append(
            SUITE.decrypt(_b(slot["sealed_key"]), X25519PrivateKey.from_private_bytes(inner), info=info)
        )
    return found


def opens(keys_path: Path, secret: str) -> list[bytes]:
    return data_keys(keys_path.read_bytes(), secret)


def db_opens_with(db_path: Path, key: bytes) -> bool:
    """Does SQLCipher open this database file with this raw key (page 1's HMAC and the schema read)?"""
    conn = sqlcipher3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def read_with(db_path: Path, key: bytes, sql: str) -> list[Any]:
    conn = sqlcipher3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()
