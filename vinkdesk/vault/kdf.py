"""Argon2id key derivation for key slots: per-slot parameters, the floor every slot must meet, calibration."""

from __future__ import annotations

import math
import os
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def meets(self, floor: KdfParams) -> bool:
        return (
            self.memory_kib >= floor.memory_kib
            and self.time_cost >= floor.time_cost
            and self.parallelism >= floor.parallelism
        )


# OWASP's minimum for Argon2id: no slot may be weaker, whether written or read.
FLOOR = KdfParams(memory_kib=19 * 1024, time_cost=2, parallelism=1)
# The least a calibrated default may be, however fast the machine.
DEFAULT_FLOOR = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=1)
# Beyond these a slot would make unlocking hang or exhaust memory: a keys file asking for more is refused.
CEILING = KdfParams(memory_kib=4 * 1024 * 1024, time_cost=64, parallelism=16)
TARGET_SECONDS = 0.5


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so that "Kærlighed" typed with a composed or a decomposed æ derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters that take about target_seconds on this machine, never below DEFAULT_FLOOR.

    Argon2's time grows linearly with passes and memory: one measurement at the floor gives the scale.
    """
    base = DEFAULT_FLOOR
    _time_once(base)  # the first run pays for page faults on fresh memory; measure the second
    scale = target_seconds / max(_time_once(base), 1e-3)
    if scale <= 1:
        return base
    time_cost = min(10, max(base.time_cost, math.ceil(base.time_cost * scale)))
    memory_scale = scale * base.time_cost / time_cost
    memory_kib = min(1024 * 1024, max(base.memory_kib, int(base.memory_kib * memory_scale) // 1024 * 1024))
    return KdfParams(memory_kib, time_cost, base.parallelism)


def _time_once(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key("calibration", b"\0" * SALT_BYTES, params)
    return time.perf_counter() - start
