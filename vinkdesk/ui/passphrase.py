"""Passphrase fields: the strength hint shown while typing, and the check both the first run and a
passphrase change use."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from vinkdesk.vault.vault import MIN_PASSPHRASE_LENGTH


def estimated_bits(passphrase: str) -> float:
    """A rough guessing-entropy estimate from length and character classes (for the hint only)."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 29  # a–z and æøå
    if any(c.isupper() for c in passphrase):
        pool += 29
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    distinct = len(set(passphrase))
    return min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A score 0–4 and a sentence for the user."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0, QCoreApplication.translate(
            "Passphrase", "Too short: at least %1 characters. A few unrelated words in a row work well."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    bits = estimated_bits(passphrase)
    if bits < 50:
        return 1, QCoreApplication.translate("Passphrase", "Weak: add another word or two.")
    if bits < 65:
        return 2, QCoreApplication.translate("Passphrase", "Fair: one more word makes it strong.")
    if bits < 80:
        return 3, QCoreApplication.translate("Passphrase", "Good.")
    return 4, QCoreApplication.translate("Passphrase", "Strong.")
