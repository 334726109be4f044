"""Small building blocks the dialogs share: a combo box over an enumeration, and error text for a field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    def __init__(
        self,
        values: Iterable[E],
        label: Callable[[E], str],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        members = list(values)
        self._enum = type(members[0])
        for value in members:
            self.addItem(label(value), value.value)
        self.setAccessibleName(accessible_name)

    def value(self) -> E:
        # Qt hands the stored data back as a plain string: make it the enumeration's member again.
        return self._enum(self.currentData())

    def set_value(self, value: E) -> None:
        index = self.findData(value.value)
        if index >= 0:
            self.setCurrentIndex(index)


def field_message(field: str, fallback: str) -> str:
    """The translated sentence for a Session InvalidInput field; the core's English text otherwise."""
    from vinkdesk.domain.inquirer import ORGANISATION_LIMIT
    from vinkdesk.session.limits import CONSULTATION_TEXT_LIMIT
    from vinkdesk.session.search import SEARCH_CHARACTER_LIMIT, SEARCH_WORD_LIMIT

    number = QLocale().toString
    messages = {
        "alias": QCoreApplication.translate(
            "Forms", "Give an alias (never the real name), or a name for the group that identifies no one."
        ),
        "birth_year": QCoreApplication.translate(
            "Forms", "Enter a birth year between 1920 and this year, or choose 'anonymous person'."
        ),
        "age_band": QCoreApplication.translate("Forms", "Choose an age band (or 'unknown')."),
        "opened_on": QCoreApplication.translate("Forms", "A case cannot be opened on a future date."),
        "closed_on": QCoreApplication.translate(
            "Forms",
            "A case closes on a day from its opening or its last consultation up to today. Choose that day.",
        ),
        "reopened_on": QCoreApplication.translate(
            "Forms", "A case is reopened on a day from its closing up to today. Choose that day."
        ),
        "status": QCoreApplication.translate(
            "Forms", "The case has changed meanwhile (closed or reopened already). Look at it again."
        ),
        "inquirer_contact": QCoreApplication.translate(
            "Forms",
            "Write a phone number (at least 8 digits) or an e-mail address, or leave the contact empty.",
        ),
        "inquirer_organisation": QCoreApplication.translate(
            "Forms", "Shorten the organisation's name to at most %1 characters."
        ).replace("%1", number(ORGANISATION_LIMIT)),
        "body": QCoreApplication.translate("Forms", "Write what the consultation was about before saving."),
        "duration_minutes": QCoreApplication.translate(
            "Forms", "The duration must be between 0 and 1440 minutes."
        ),
        "occurred_at": QCoreApplication.translate("Forms", "A consultation cannot lie in the future."),
        "title": QCoreApplication.translate("Forms", "Describe the action."),
        "receipt_on": QCoreApplication.translate(
            "Forms",
            "A receipt can only be recorded for a notification that was sent, and not dated before it was "
            "sent. Choose the day the municipality confirmed it.",
        ),
        "consultation": QCoreApplication.translate(
            "Forms", "This version has already been amended; open the latest version."
        ),
        "consultation_text": QCoreApplication.translate(
            "Forms",
            "The notes, advice and next steps may hold at most %1 characters together. Shorten the text, or "
            "write the rest as a second consultation.",
        ).replace("%1", number(CONSULTATION_TEXT_LIMIT)),
        "search": QCoreApplication.translate(
            "Forms", "A search may have at most %1 characters and %2 words. Search for a few telling words."
        )
        .replace("%1", number(SEARCH_CHARACTER_LIMIT))
        .replace("%2", number(SEARCH_WORD_LIMIT)),
    }
    return messages.get(field, fallback)


def typed_path(text: str) -> str:
    """A folder as the user typed or pasted it: without the spaces around it and without the quotes that
    Windows Explorer's "Copy as path" puts around it ("\\\\fileserver\\vink" → \\\\fileserver\\vink)."""
    path = text.strip()
    while len(path) >= 2 and path[0] == path[-1] and path[0] in "\"'":
        path = path[1:-1].strip()
    return path
