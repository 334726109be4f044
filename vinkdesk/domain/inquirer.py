"""Who asked for a consultation: a role, an organisation and a contact (a phone number or an e-mail address).
Kept in the vault with the consultation and never counted: not in the counts, the facts or a log line."""

from __future__ import annotations

import re

ORGANISATION_LIMIT = 200  # characters
CONTACT_LIMIT = 200

# Loose on purpose: people write "+45 12 34 56 78", "(+45) 1234-5678" or "ane.hansen@skole.kk.dk"; the check
# only catches a contact that is plainly neither (a name, a street, a half-typed address).
_PHONE = re.compile(r"[+0-9 ()./\-]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


def looks_like_contact(text: str) -> bool:
    """Empty, or a phone number (at least 8 digits, with + spaces dashes dots slashes or brackets between),
    or an e-mail address (something@domain.tld)."""
    text = text.strip()
    if not text:
        return True
    if _EMAIL.fullmatch(text):
        return True
    digits = sum(ch.isdigit() for ch in text)
    return bool(_PHONE.fullmatch(text)) and text.count("+") <= 1 and digits >= 8
