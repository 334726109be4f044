"""Settings → Unit details: the unit's name, address, phone, e-mail and data protection officer, which the
right-of-access report names as the data controller the person can turn to. Kept in the vault (the Session's
unit details); what the Session refuses is said under its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.domain.casework import UnitDetails
from vinkdesk.session import Session
from vinkdesk.session.casework import NAME_LIMIT, UNIT_FIELDS
from vinkdesk.session.errors import InvalidInput
from vinkdesk.ui import labels
from vinkdesk.ui.errors import explain
from vinkdesk.vault import VaultError

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class UnitDetailsDialog(QDialog):
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
            message = QLabel()
            message.setWordWrap(True)
            message.setStyleSheet(ERROR_STYLE)
            message.setAccessibleName(self.tr("What is wrong with: %1").replace("%1", field.accessibleName()))
            message.hide()
            field.textEdited.connect(lambda _text, m=message: m.hide())
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(field)
            box_layout.addWidget(message)  # under its field, taking room only while it says something
            form.addRow(label, box)
            self.fields[name] = field
            self.messages[name] = message
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # The cursor where the report needs something: the name, or else the first way to reach the unit.
        filled = {name: bool(field.text().strip()) for name, field in self.fields.items()}
        unreachable = not any(filled[name] for name in ("address", "phone", "email"))
        self.fields["address" if filled["name"] and unreachable else "name"].setFocus()

    def details(self) -> UnitDetails:
        return UnitDetails(**{name: field.text() for name, field in self.fields.items()})

    def field_problem(self, error: InvalidInput) -> str:
        """The Session's refusal in the user's language."""
        if error.field == "email":
            return self.tr("Write an e-mail address, such as vink@kk.dk, or leave the field empty.")
        if error.field == "phone":
            return self.tr("Write a phone number (at least 8 digits), or leave the field empty.")
        return self.tr("Keep this under %1 characters.").replace("%1", labels.number_text(NAME_LIMIT))

    def save(self) -> None:
        """Saved as typed (spaces at the ends trimmed); a refusal stays on screen under its field, the cursor
        there."""
        for message in (*self.messages.values(), self.message):
            message.hide()
        try:
            self.saved = self._session.set_unit_details(self.details())
        except InvalidInput as error:
            if error.field in self.fields:
                self.messages[error.field].setText(self.field_problem(error))
                self.messages[error.field].show()
                self.fields[error.field].setFocus()
                self.fields[error.field].selectAll()
            else:
                self.message.setText(explain(error))
                self.message.show()
            return
        except VaultError as error:
            self.message.setText(explain(error))
            self.message.show()
            return
        self.accept()
