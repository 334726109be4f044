"""Full-text search over consultations: turning what a user types into a safe FTS5 query."""

from __future__ import annotations

import re
import unicodedata

from vinkdesk.session.errors import InvalidInput

_TOKEN = re.compile(r"\w+", re.UNICODE)
SEARCH_CHARACTER_LIMIT = 200
SEARCH_WORD_LIMIT = 20


def search_text(text: str) -> str:
    """What the user typed, in NFC (the form stored text is in) and within the limits, which keep one search
    quick and its audit row short; InvalidInput says which limit and what to do."""
    query = unicodedata.normalize("NFC", text).strip()
    if len(query) > SEARCH_CHARACTER_LIMIT:
        raise InvalidInput(
            "search",
            f"A search may be at most {SEARCH_CHARACTER_LIMIT} characters long; this one has {len(query):,}."
            " Search for a few telling words instead.",
        )
    words = len(_TOKEN.findall(query))
    if words > SEARCH_WORD_LIMIT:
        raise InvalidInput(
            "search",
            f"A search may have at most {SEARCH_WORD_LIMIT} words; this one has {words}. Keep the few words"
            " that matter most (every word must occur).",
        )
    return query


def fts_query(text: str) -> str | None:
    """Every word must occur; the last one may be a prefix (search as you type). None when nothing to search.

    Each word is quoted, so FTS5's operators and punctuation in what the user typed cannot break the query.
    """
    words = _TOKEN.findall(unicodedata.normalize("NFC", text).lower())
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) >= 2:
        quoted[-1] += "*"
    return " AND ".join(quoted)


_MARKED = re.compile(r"\[(\w+)\]", re.UNICODE)


def snippet_parts(snippet: str, query: str) -> list[tuple[str, bool]]:
    """The snippet in pieces, each with whether it is a match, for a window to mark (bold) without brackets.

    FTS5 wraps each matching word in [ ]; a bracketed word counts as a match only when it is a word of the
    query (the last one may be a prefix, as fts_query searches), so brackets the note itself holds stay text.
    """
    words = [w.lower() for w in _TOKEN.findall(unicodedata.normalize("NFC", query))]
    parts: list[tuple[str, bool]] = []
    at = 0
    for found in _MARKED.finditer(snippet):
        token = found.group(1).lower()
        if not any(token == w or (len(w) >= 2 and token.startswith(w)) for w in words):
            continue
        if found.start() > at:
            parts.append((snippet[at : found.start()], False))
        parts.append((found.group(1), True))
        at = found.end()
    if at < len(snippet):
        parts.append((snippet[at:], False))
    return parts


# Current versions only (no later amendment supersedes them), newest written first, a page at a time.
SEARCH_SQL = (
    "SELECT c.ref, k.id, c.id, k.occurred_at, snippet(consultations_fts, -1, '[', ']', '…', 12)"
    " FROM consultations_fts f JOIN consultations k ON k.id = f.rowid JOIN cases c ON c.id = k.case_id"
    " WHERE consultations_fts MATCH ?"
    " AND NOT EXISTS (SELECT 1 FROM consultations n WHERE n.supersedes = k.id)"
    " ORDER BY f.rowid DESC LIMIT ? OFFSET ?"
)
