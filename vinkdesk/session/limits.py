"""Text at the Session's boundary: stored and searched in Unicode NFC (so "å" typed as a + ring is found by a
typed "å"), and bounded, so no consultation or draft can grow until one search or summary takes minutes."""

from __future__ import annotations

import json
from typing import Any

from vinkdesk.session.errors import InvalidInput
from vinkdesk.vault.normal_form import nfc_all

CONSULTATION_TEXT_LIMIT = 100_000  # characters of notes, advice and next steps together
# A draft may hold twice that: the editor keeps an over-long text while the counsellor shortens it.
DRAFT_LIMIT = 2 * CONSULTATION_TEXT_LIMIT


def check_consultation_text(body: str, advice: str, next_steps: str) -> None:
    length = len(body) + len(advice) + len(next_steps)
    if length > CONSULTATION_TEXT_LIMIT:
        raise InvalidInput(
            "consultation_text",
            f"A consultation's notes, advice and next steps may hold at most {CONSULTATION_TEXT_LIMIT:,}"
            f" characters together; these hold {length:,}. Shorten the text, or write the rest as a second"
            " consultation. Nothing was saved.",
        )


def draft_json(content: dict[str, Any]) -> str:
    """A draft's content in NFC as the JSON that is stored; refused past DRAFT_LIMIT characters."""
    try:
        text = json.dumps(nfc_all(content), ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        raise InvalidInput("draft", "This draft cannot be stored: it holds more than text.") from None
    if len(text) > DRAFT_LIMIT:
        raise InvalidInput(
            "draft",
            f"A draft may hold at most {DRAFT_LIMIT:,} characters; this one holds {len(text):,}. Shorten the"
            " text; the draft saved before stays as it was.",
        )
    return text
