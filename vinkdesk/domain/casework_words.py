"""The casework's values in words: they are in domain.labels' NAMES with every other value; here what only the
casework says."""

from __future__ import annotations

from vinkdesk.domain.labels import name as word
from vinkdesk.domain.labels import pick

__all__ = ["follow_up_words", "word"]


def follow_up_words(months: int, language: str) -> str:
    words = ("Opfølgning {months} måneder efter afslutning", "Follow-up {months} months after closing")
    return pick(words, language).format(months=months)
