"""Settings → Unit details: the unit's name, address, phone, e-mail and data protection officer, which the
right-of-access report names as the data controller the person can turn to. Kept in the vault (the Session's
unit details); what the Session refuses is said under its field, and Esc with something typed asks first."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from vinkdesk.domain.casework import UnitDetails
from vinkdesk.session import Session
from vinkdesk.session.casework import NAME_LIMIT, UNIT_FIELDS
from vinkdesk.session.errors import InvalidInput
from vinkdesk.ui import labels
from vinkdesk.ui.casework_dialog import CaseworkDialog, field_label, with_lines
from vinkdesk.vault import VaultError


class UnitDetailsDialog(CaseworkDialog):
    """The five details on one page, saved together; `saved` holds them as the vault keeps them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.saved: UnitDetails | None = None
        self.setWindowTitle(self.tr("Unit details"))
        self.setMinimumWidth(600)
        current = session.unit_details()
        intro = QLabel(
            self.tr(
                "The right-of-access report opens with these details: who is responsible for the notes "
                "(the data controller) and how the person can reach the unit and its data protection "
                "officer. They are kept in your notes, on this computer."
            )
        )
        intro.setWordWrap(True)
        questions = {
            "name": (self.tr("Unit's &name:"), self.tr("e.g. VINK, Københavns Kommune")),
            "address": (self.tr("&Address:"), self.tr("e.g. Rådhuspladsen 1, 1550 København V")),
            "phone": (self.tr("&Phone:"), self.tr("e.g. 33 66 33 66")),
            "email": (self.tr("&E-mail:"), self.tr("e.g. vink@kk.dk")),
            "dpo": (
                self.tr("Data protection &officer:"),
                self.tr("The municipality's DPO: a name, an e-mail or a phone"),
            ),
        }
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        for name in UNIT_FIELDS:
            text, example = questions[name]
            field = QLineEdit(getattr(current, name))
            field.setMaxLength(NAME_LIMIT)
            field.setPlaceholderText(example)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(field)
            message = field_label()
            message.setAccessibleName(self.tr("What is wrong with: %1").replace("%1", field.accessibleName()))
            form.addRow(label, with_lines(field, self.under(name, message, field)))
            self.fields[name] = field
            self.messages[name] = message
        self.lay_out(intro, form)
        self.mark_clean()
        # The cursor where the report needs something: the name, or else the first way to reach the unit.
        filled = {name: bool(field.text().strip()) for name, field in self.fields.items()}
        unreachable = not any(filled[name] for name in ("address", "phone", "email"))
        self.fields["address" if filled["name"] and unreachable else "name"].setFocus()

    def details(self) -> UnitDetails:
        return UnitDetails(**{name: field.text() for name, field in self.fields.items()})

    def refusal(self, error: InvalidInput) -> str:
        """The Session's refusal in the user's language."""
        if error.field == "email":
            return self.tr("Write an e-mail address, such as vink@kk.dk, or leave the field empty.")
        if error.field == "phone":
            return self.tr("Write a phone number (at least 8 digits), or leave the field empty.")
        return self.tr("Keep this under %1 characters.").replace("%1", labels.number_text(NAME_LIMIT))

    def _state(self) -> object:
        return self.details()

    def _write(self) -> bool:
        """Saved as typed (spaces at the ends trimmed); a refusal stays on screen under its field, the cursor
        there with the wrong text selected."""
        try:
            self.saved = self._session.set_unit_details(self.details())
        except InvalidInput as error:
            if error.field not in self.fields:
                self.refused_by_session(error)
                return False
            self.refuse(error.field, self.refusal(error))
            self.fields[error.field].selectAll()
            return False
        except VaultError as error:
            self.refused_by_session(error)
            return False
        return True

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Save the unit's details?"),
            self.tr("Discard throws away what you entered in this window."),
        )
