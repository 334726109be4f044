"""Closing a dialog over unsaved changes, the same in the consultation editor, the assessment wizard and the
action editor: Esc, Cancel and the window's close button ask Save / Keep as draft / Discard (back to editing
is the default), Ctrl+S saves and Ctrl+Enter saves and closes."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

SAVE_AND_CLOSE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Return on the main keys, Enter on the keypad
KEEP_DRAFT_BUTTON = "keep_draft"  # the object name of "Keep as draft" in the question


class Leaving(StrEnum):
    """What the counsellor chose when closing over unsaved changes."""

    SAVE = "save"
    KEEP_DRAFT = "keep-draft"
    DISCARD = "discard"
    STAY = "stay"  # back to editing: the default, and what Esc on the question does


def ask_before_leaving(parent: QWidget, text: str, detail: str, *, save: bool, keep_draft: bool) -> Leaving:
    """Ask what becomes of unsaved changes. Going back to editing is the default button and the answer to
    Esc (or to the question being closed, as the lock does); Discard is only ever its own explicit choice."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle())
    box.setText(text)
    box.setInformativeText(detail)
    choices: dict[QAbstractButton, Leaving] = {}
    if save:
        choices[box.addButton(QMessageBox.StandardButton.Save)] = Leaving.SAVE
    if keep_draft:
        keep = box.addButton(
            QCoreApplication.translate("Leaving", "&Keep as draft"), QMessageBox.ButtonRole.AcceptRole
        )
        keep.setObjectName(KEEP_DRAFT_BUTTON)
        choices[keep] = Leaving.KEEP_DRAFT
    choices[box.addButton(QMessageBox.StandardButton.Discard)] = Leaving.DISCARD
    back = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    if not shiboken6.isValid(box):  # the vault locked meanwhile and took the question with its dialog
        return Leaving.STAY
    chosen = choices.get(box.clickedButton(), Leaving.STAY)
    box.deleteLater()
    return chosen


def escape_asks(event: QKeyEvent, cancel: Callable[[], bool]) -> bool:
    """For keyPressEvent: Esc asks (through cancel) instead of QDialog's reject() without a word. True when
    the key was Esc and is handled."""
    if not event.matches(QKeySequence.StandardKey.Cancel):
        return False
    event.accept()
    cancel()
    return True


def close_asks(event: QCloseEvent, closed: bool, visible: bool, cancel: Callable[[], bool]) -> None:
    """For closeEvent: the window's close button asks too; a dialog already closed or hidden just goes."""
    if closed or not visible or cancel():
        event.accept()
    else:
        event.ignore()
