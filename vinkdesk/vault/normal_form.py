"""Stored text in one Unicode form, NFC: what the Session writes, and what schema 5 made of text stored before
it did. A word typed decomposed ("a" + combining ring) is a different word to the search index than the same
word composed ("å"), so every query is NFC too and each finds the other."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

# The columns that hold text people typed, by table. The audit trail's detail is not among them: its rows are
# chained by their exact bytes, and a search criterion there is only ever shown, never searched.
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("display_name",),
    "cases": ("alias",),
    "consultations": ("body", "advice", "next_steps"),  # the search index follows by its update trigger
    "actions": ("title", "responsible"),
    "assessments": ("justification",),
    "notifications": ("reason",),
    "reviews": ("text",),
}
# Columns of JSON whose strings (keys too) are typed text: answers, evidence, a draft's content.
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "assessments": ("answers", "evidence"),
    "drafts": ("content",),
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfc_all(value: Any) -> Any:
    """Every string in a JSON-like value (keys included) in NFC."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {nfc(k) if isinstance(k, str) else k: nfc_all(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [nfc_all(v) for v in value]
    return value


def normalise_stored_text(conn: Any) -> int:
    """Rewrite every stored text that is not in NFC (inside the caller's transaction); consultations are
    indexed again by their trigger. Returns how many rows changed."""
    changed = 0
    for table in TEXT_COLUMNS.keys() | JSON_COLUMNS.keys():
        texts, documents = TEXT_COLUMNS.get(table, ()), JSON_COLUMNS.get(table, ())
        columns = (*texts, *documents)
        updates = []
        # Only the rows that change are held; the cursor is read to its end before the first update.
        for row_id, *values in conn.execute(f"SELECT rowid, {', '.join(columns)} FROM {table}"):
            fresh = [_nfc_text(v) for v in values[: len(texts)]]
            fresh += [_nfc_json(v) for v in values[len(texts) :]]
            if fresh != values:
                updates.append((*fresh, row_id))
        assignments = ", ".join(f"{column} = ?" for column in columns)
        for update in updates:
            conn.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", update)
        changed += len(updates)
    return changed


def _nfc_text(value: Any) -> Any:
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return nfc(value)
    return value


def _nfc_json(value: Any) -> Any:
    # A \u escape may spell a decomposed letter; without one, NFC text holds NFC strings.
    if not isinstance(value, str) or (unicodedata.is_normalized("NFC", value) and "\\u" not in value):
        return value
    try:
        document = json.loads(value)
    except ValueError:
        return value
    fresh = nfc_all(document)
    return value if fresh == document else json.dumps(fresh, ensure_ascii=False)
