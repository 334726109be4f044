"""Closing and reopening a case by the keyboard: the case page's button asks first (what closing does, why,
and the day), Esc changes nothing, a single Enter never closes, no reason or a wrong day is refused with what
to do, and the vault read back holds the case closed on the day typed for the reason chosen, then reopened on
the day typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import answer_next_box, seeded_vault, unlock
from tests.ui.keys import focused
from vinkdesk.domain import CaseStatus
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.case_closing import CaseClosingDialog
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home

TODAY = date.today()
OPENED = TODAY - timedelta(days=200)
LAST_TALK = TODAY - timedelta(days=190)
CLOSED = TODAY - timedelta(days=100)  # an earlier day, said later: it counts in its own quarter
REOPENED = TODAY - timedelta(days=40)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over what the field shows
    QTest.keyClicks(focused(), text)


def press_mnemonic(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Alt and the underlined letter of a button, as the user reads it in the button's text."""
    letter = text[text.index("&") + 1].upper()
    QTest.keyClick(focused(), Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)


def discard_text() -> str:
    """The text of a question's Discard button, in the language the windows speak."""
    box = QMessageBox()
    text = box.addButton(QMessageBox.StandardButton.Discard).text().replace("&", "")
    box.deleteLater()
    return text


def case_on_screen(qtbot, desktop: DesktopApp, home: Home) -> tuple[CasePage, int]:  # type: ignore[no-untyped-def]
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17", opened_on=OPENED))
    talk = datetime.combine(LAST_TALK, datetime.min.time())
    session.add_consultation(case.id, consultation("Samtale om skolen", talk))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    page = window.open_case(case.id)
    page.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.timeline, timeout=2_000)
    return page, case.id


def dialog_by_keys(qtbot, page: CasePage) -> CaseClosingDialog:  # type: ignore[no-untyped-def]
    earlier = page.closing_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    press_mnemonic(qtbot, page.close_button.text())
    qtbot.waitUntil(
        lambda: (
            page.closing_dialog is not None
            and page.closing_dialog is not earlier
            and page.closing_dialog.isVisible()
        ),
        timeout=2_000,
    )
    dialog = page.closing_dialog
    assert dialog is not None
    # Closing asks why first (no reason is chosen for the counsellor); reopening asks only for the day.
    first = dialog.reason if dialog.closing else dialog.day.edit
    qtbot.waitUntil(lambda: focused() is first, timeout=2_000)
    return dialog


def test_closing_and_reopening_a_case_by_keys(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page, case_id = case_on_screen(qtbot, desktop, home)
    session = desktop.session
    assert page.close_button.text().endswith("…")  # it asks before it does anything
    assert page.close_button not in (page.summary_button, page.access_button)

    # Esc: nothing changes.
    dialog = dialog_by_keys(qtbot, page)
    assert dialog.day.date() == TODAY and dialog.explanation.text()
    assert dialog.reason.currentIndex() == -1 and dialog.chosen_reason() is None  # nothing chosen for you
    assert not dialog.note.isEnabled()
    assert labels.day_text(LAST_TALK) in dialog.bounds.text()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    assert session._case(case_id).status is CaseStatus.OPEN

    # Enter on the dialog as it opens asks for the reason and stays; the button without a reason is refused,
    # saying so under the field; Enter then moves on field by field to the button, which a last Enter presses.
    dialog = dialog_by_keys(qtbot, page)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and focused() is dialog.reason and dialog.reason_message.isVisible()
    assert dialog.reason_message.text()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.day.edit  # the words for "other" are skipped while disabled
    press_mnemonic(qtbot, dialog.action_button.text())  # the button is pressed (Qt animates the click)
    qtbot.waitUntil(lambda: focused() is dialog.reason, timeout=2_000)
    assert dialog.isVisible() and dialog.reason_message.isVisible()
    assert session._case(case_id).status is CaseStatus.OPEN
    press(qtbot, Qt.Key.Key_Down)  # the first reason of the list
    assert (
        dialog.chosen_reason() is ClosureReason.CONCERN_NOT_CONFIRMED
        and not dialog.reason_message.isVisible()
    )
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.day.edit
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and focused() is dialog.action_button
    assert session._case(case_id).status is CaseStatus.OPEN
    # A reason was chosen: Esc asks first (Save / Discard / Cancel); Discard leaves the case as it was.
    asked: list[str] = []
    answer_next_box(discard_text(), asked)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    assert asked and session._case(case_id).status is CaseStatus.OPEN
    qtbot.waitUntil(  # the keyboard back on the page, no longer on the question
        lambda: (f := QApplication.focusWidget()) is not None and f.window() is page.window(), timeout=2_000
    )

    # "Other reason" needs the reason in words; wrong days are refused, saying why; the right day typed as
    # digits closes the case.
    dialog = dialog_by_keys(qtbot, page)
    press(qtbot, Qt.Key.Key_End)  # the last of the list: "Other reason"
    assert dialog.chosen_reason() is ClosureReason.OTHER and dialog.note.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.note
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.note and dialog.note_message.isVisible()
    QTest.keyClicks(focused(), "Familien ønsker ikke mere kontakt")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.day.edit and not dialog.note_message.isVisible()
    type_text(f"{LAST_TALK - timedelta(days=1):%d%m%Y}")
    press(qtbot, Qt.Key.Key_Return)
    assert labels.day_text(LAST_TALK) in dialog.message.text() and focused() is dialog.day.edit
    type_text(f"{TODAY + timedelta(days=1):%d%m%Y}")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() and focused() is dialog.day.edit
    assert session._case(case_id).status is CaseStatus.OPEN
    type_text(f"{CLOSED:%d%m%Y}")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == "" and focused() is dialog.action_button
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    assert labels.day_text(CLOSED) in page.header.text()

    # Read back from the file: closed on the day typed, counted in that day's quarter.
    desktop.lock()
    reader = Session.unlock(home, PASSPHRASE)
    case = reader.view_case(case_id)
    assert case.status is CaseStatus.CLOSED and case.closed_on == CLOSED
    assert (
        case.closure_reason is ClosureReason.OTHER
        and case.closure_note == "Familien ønsker ikke mere kontakt"
    )
    assert reader.follow_ups(case_id) == []  # not assessed: no follow-ups
    assert [f.closed for f in reader.case_facts()] == [f"{CLOSED.year}Q{(CLOSED.month - 1) // 3 + 1}"]
    reader.lock()

    # Reopening likewise: asked, a day before the closing refused, the day typed kept.
    unlock(qtbot, desktop)
    window = desktop.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    page = window.case_page
    assert page is not None and page.case.id == case_id
    page.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.timeline, timeout=2_000)
    dialog = dialog_by_keys(qtbot, page)
    assert not dialog.closing and labels.day_text(CLOSED) in dialog.bounds.text()
    type_text(f"{CLOSED - timedelta(days=1):%d%m%Y}")
    press(qtbot, Qt.Key.Key_Return)
    assert labels.day_text(CLOSED) in dialog.message.text()
    type_text(f"{REOPENED:%d%m%Y}")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    assert labels.day_text(REOPENED) in page.header.text()
    desktop.lock()
    reader = Session.unlock(home, PASSPHRASE)
    case = reader.view_case(case_id)
    assert case.status is CaseStatus.OPEN and case.closed_on is None and case.reopened_on == REOPENED
    assert [e.action for e in reader.audit_entries() if e.action in ("close-case", "reopen-case")] == [
        "close-case",
        "reopen-case",
    ]
    reader.lock()


def test_ctrl_l_while_asking_locks_and_leaves_the_case_as_it_was(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    page, case_id = case_on_screen(qtbot, desktop, home)
    dialog = dialog_by_keys(qtbot, page)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    type_text(f"{CLOSED:%d%m%Y}")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desktop.session is None, timeout=5_000)
    qtbot.wait(20)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    reader = Session.unlock(home, PASSPHRASE)
    assert reader.view_case(case_id).status is CaseStatus.OPEN
    reader.lock()
