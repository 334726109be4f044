"""What the casework dialogs share (who raised the concern, a disclosure, the Infohus' decision, a review, a
follow-up, closing a case): a refusal said under the field it is about, in the user's language, with nothing
typed lost, gone as soon as the field is put right, and the dialog grown so that no message is cut off; Esc,
Cancel and the window's close button ask before typed text is thrown away; a record that contradicts itself
is named before it is saved (going back is the default); Ctrl+Enter saves; and the lock closes them without
asking and leaves no text behind."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.session import InvalidInput
from vinkdesk.ui.dates import DateField
from vinkdesk.ui.errors import explain
from vinkdesk.ui.leaving import SAVE_AND_CLOSE_KEYS, Leaving, ask_before_leaving, close_asks, escape_asks
from vinkdesk.vault import VaultError

ERROR_STYLE = "color: #b00020; font-weight: bold;"
HELP_STYLE = "color: #555;"


def refusal_text(error: InvalidInput) -> str:
    """The Session's refusal of a casework field, in the user's language."""
    limit = re.search(r"under (\d+) characters", str(error))
    if limit is not None:
        return QCoreApplication.translate("Casework", "Shorten this to at most %1 characters.").replace(
            "%1", limit.group(1)
        )
    sentences = {
        "legal_basis": QCoreApplication.translate(
            "Casework", "Choose the legal basis for sharing: nothing is shared without one."
        ),
        "basis_text": QCoreApplication.translate(
            "Casework", "Write the legal basis out: the act and section, and why it applies."
        ),
        "purpose": QCoreApplication.translate(
            "Casework", "Write the purpose of sharing: why the recipient needs the information."
        ),
        "categories": QCoreApplication.translate(
            "Casework", "Say what was shared: tick a kind of information or describe it."
        ),
        "disclosed_on": QCoreApplication.translate(
            "Casework", "The day of sharing lies between the case's opening and today."
        ),
        "agency": QCoreApplication.translate("Casework", "A referral to the Infohus goes to the Infohus."),
        "name": QCoreApplication.translate(
            "Casework", "An anonymous source has no name or contact: empty those fields, or untick anonymous."
        ),
        "contact": QCoreApplication.translate(
            "Casework", "Write the contact as a phone number (at least 8 digits) or an e-mail address."
        ),
        "raised_on": QCoreApplication.translate(
            "Casework", "The concern is raised on the day the case was opened or before, never in the future."
        ),
        "decided_on": QCoreApplication.translate(
            "Casework",
            "Give the Infohus' decision with its day: not before the referral, not in the future.",
        ),
        "decision": QCoreApplication.translate(
            "Casework", "Only a referral to the Infohus has an Infohus decision."
        ),
        "review_on": QCoreApplication.translate(
            "Casework", "Only an open case has a review date. Choose today or a later day."
        ),
        "reviewed_on": QCoreApplication.translate(
            "Casework", "The review lies between the case's opening and today."
        ),
        "outcome": QCoreApplication.translate(
            "Casework", "Choose how the follow-up went. A follow-up is recorded once."
        ),
        "outcome_on": QCoreApplication.translate(
            "Casework", "The follow-up lies between the case's closing and today."
        ),
        "review_reason": QCoreApplication.translate("Casework", "Write why the review is moved later."),
    }
    return sentences.get(error.field, explain(error))


def field_label(text: str = "") -> QLabel:
    """The line under a field that says why it was refused (empty and hidden until then)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(bool(text))
    return label


def help_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    return label


def with_lines(field: QWidget, *lines: QWidget) -> QWidget:
    """The field with its lines right under it (its message, its help), for the field column of a form: a
    form lays a wrapped text out by its size hint, not by the width it gets, and would leave a one-line
    text a gap above and below or cut a long one; a column lays it out by its width. A hidden line takes no
    room."""
    box = QWidget()
    box.setFocusProxy(field)  # the row's label (its Alt+letter) reaches the field
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    for line in lines:
        column.addWidget(line)
    return box


class PlainText(QPlainTextEdit):
    """A few lines of text where Tab moves on (a form, not a document) and Ctrl+Enter reaches the dialog."""

    def __init__(self, accessible_name: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        # Its few lines and no more: room a dialog has to spare goes to no text field's surroundings.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()  # the dialog's Ctrl+Enter saves
            return
        super().keyPressEvent(event)


def _on_change(widget: QWidget, react: Callable[[], None]) -> None:
    """Call react whenever the person changes what the field holds."""
    if isinstance(widget, DateField):
        widget.edit.textChanged.connect(lambda _text: react())
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: react())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(react)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: react())
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(lambda _on: react())


class CaseworkDialog(QDialog):
    """A small form that writes once through the Session. Subclasses give _state (what counts as typed),
    _write (the Session call; True when saved), the question asked before leaving, and what a lock loses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self.saved: Any = None
        self._messages: dict[str, tuple[QLabel, QWidget | None]] = {}
        self._showing: dict[QLabel, str] = {}  # a message on screen, and the field whose refusal it says
        self.message = field_label()  # a refusal that belongs to no one field
        self._clean: object = None
        for keys in SAVE_AND_CLOSE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def lay_out(self, intro: QWidget | None, form: QLayout) -> None:
        """The dialog's one layout: the words above, the form, a refusal of no one field, Save and Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        if intro is not None:
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # --- what subclasses give ------------------------------------------------------------------------------

    def _state(self) -> object:
        raise NotImplementedError

    def _write(self) -> bool:
        raise NotImplementedError

    def _leave_texts(self) -> tuple[str, str]:
        return (
            self.tr("Save what you entered?"),
            self.tr("Discard throws away what you entered in this window."),
        )

    def _lost_at_lock(self) -> str:
        return self.tr(
            "When vinkdesk locked, what was being entered in “%1” was not saved. Enter it again."
        ).replace("%1", self.windowTitle())

    # --- messages under the fields -------------------------------------------------------------------------

    def under(
        self, field: str, label: QLabel, focus: QWidget | None = None, watched: tuple[QWidget, ...] = ()
    ) -> QLabel:
        """Say refusals of `field` in `label` (placed under the field), and put the focus on `focus`. When
        the person changes `watched` (the focus field unless said otherwise) and field_problem finds nothing
        wrong any more, the message goes."""
        self._messages[field] = (label, focus)
        for widget in watched or ((focus,) if focus is not None else ()):
            _on_change(widget, partial(self._field_changed, field))
        return label

    def field_problem(self, field: str) -> str | None:
        """What is still wrong with `field` as the form holds it now (None: the message under it may go).
        Subclasses say it for the fields they can check themselves; a field only the Session can judge is
        taken as put right once it is changed."""
        return None

    def _field_changed(self, field: str) -> None:
        label = self._messages[field][0]
        shown = self._showing.get(label)
        if shown is not None and not label.isHidden() and self.field_problem(shown) is None:
            self.say(shown, "")

    def clear_messages(self) -> None:
        for label, _focus in self._messages.values():
            label.clear()
            label.hide()
        self.message.clear()
        self.message.hide()
        self._showing.clear()
        self.fit()

    def say(self, field: str, text: str | None) -> None:
        """Show (or, with no text, take away) the message under the field, and make room for it."""
        label = self._messages.get(field, (self.message, None))[0]
        label.setText(text or "")
        label.setVisible(bool(text))
        if text:
            self._showing[label] = field
        else:
            self._showing.pop(label, None)
        self.fit()

    def refuse(self, field: str, text: str) -> None:
        """Show why the field is refused, under it, and go to it; what was typed stays."""
        self.say(field, text)
        focus = self._messages.get(field, (self.message, None))[1]
        if focus is not None and focus.isEnabled():
            focus.setFocus()

    def fit(self) -> None:
        """Lay the dialog out now and grow it to what its texts need (see _grow)."""
        layout = self.layout()
        if layout is None or not self.isVisible():  # before it shows, its size is not yet its own
            return
        layout.invalidate()
        layout.activate()
        self._grow()

    def _grow(self) -> None:
        """Grow the dialog to the height its wrapped texts need at its width: a message or a help text that
        appears takes its lines instead of being cut off or drawn over the next field (a window is not made
        taller by a word-wrapped label on its own). It never shrinks under the person's hands."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        needed = max(needed, layout.totalMinimumSize().height())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(width, needed)

    def event(self, event: QEvent) -> bool:
        """Whenever the layout changes (a text shown, hidden or longer), the dialog grows to fit it."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._grow()
        return handled

    def go_back_or_save(self, text: str, detail: str) -> bool:
        """Name what does not fit before saving: True to save anyway; going back to the form is the default
        and what Esc answers (the lock answers it too)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.windowTitle())
        box.setText(text)
        box.setInformativeText(detail)
        back = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        anyway = box.addButton(self.tr("Save &anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if self._closed or not shiboken6.isValid(box):  # the vault locked while it asked
            return False
        chosen = box.clickedButton() is anyway
        box.deleteLater()
        return chosen

    def refused_by_session(self, error: VaultError) -> None:
        if isinstance(error, InvalidInput):
            self.refuse(error.field, refusal_text(error))
        else:
            self.refuse("", explain(error))

    def mark_clean(self) -> None:
        self._clean = self._state()

    def has_unsaved_changes(self) -> bool:
        return not self._closed and self._state() != self._clean

    # --- saving and leaving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save and close; on a refusal the dialog stays with everything typed, saying why."""
        if self._closed:
            return True
        self.clear_messages()
        if not self._write():
            return False
        self._finish(QDialog.DialogCode.Accepted)
        return True

    def cancel(self) -> bool:
        """Esc, Cancel and the window's close button: close, or first ask when something was typed (going
        back to the form is the default)."""
        if self._closed:
            return True
        if self.has_unsaved_changes():
            text, detail = self._leave_texts()
            was_at = self.focusWidget()
            choice = ask_before_leaving(self, text, detail, save=True, keep_draft=False)
            if self._closed:  # the vault locked while the question was open
                return True
            if choice is Leaving.SAVE:
                return self.save()
            if choice is not Leaving.DISCARD:
                self.activateWindow()  # back to the form, where the keyboard was
                if was_at is not None:
                    was_at.setFocus()
                return False
        self._finish(QDialog.DialogCode.Rejected)
        return True

    def _finish(self, code: QDialog.DialogCode) -> None:
        self._closed = True
        self.done(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not escape_asks(event, self.cancel):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        close_asks(event, self._closed, self.isVisible(), self.cancel)

    def reject(self) -> None:
        """Closing from code, as the lock does: no question, and no text left in the widgets."""
        self.close_for_lock()

    def close_for_lock(self) -> str | None:
        """The vault locks: close without asking (a question still open goes too) and leave no text behind.
        What was typed and not saved is lost, and said so after the unlock."""
        lost = self._lost_at_lock() if self.has_unsaved_changes() else None
        for question in self.findChildren(QMessageBox):
            question.reject()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
            elif isinstance(widget, QLabel) and not isinstance(widget.parent(), QAbstractButton):
                widget.clear()
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.clearEditText()
        if not self._closed:
            self._finish(QDialog.DialogCode.Rejected)
        return lost
