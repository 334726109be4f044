"""Fingerprints a person can read out over the phone: 120 bits of SHA-256 in Crockford's base32, six groups
of four (for example `7KQ2-M9XD-…`), the same for a laptop's signing key and the coordinator's key."""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS, GROUP_LEN = 6, 4
_TYPED = str.maketrans("OIL", "011")


def fingerprint(domain: bytes, key: bytes) -> str:
    digest = hashlib.sha256(domain + b"\0" + key).digest()
    number = int.from_bytes(digest[:15], "big")  # 120 bits, 24 symbols of 5 bits
    symbols = "".join(ALPHABET[(number >> (5 * (23 - i))) & 31] for i in range(GROUPS * GROUP_LEN))
    return "-".join(symbols[i : i + GROUP_LEN] for i in range(0, len(symbols), GROUP_LEN))


def normalise_fingerprint(text: str) -> str | None:
    """The canonical form of a fingerprint as typed (any case, spaces or dashes, O for 0, I or L for 1)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_TYPED)
    if len(cleaned) != GROUPS * GROUP_LEN or any(ch not in ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))
