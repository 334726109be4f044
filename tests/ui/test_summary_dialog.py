"""Choosing what a summary covers, by keys: the chosen consultation is named by its Danish date and time,
and the period is typed as digits into the date fields (29.11.2026 form)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.session import Session
from vinkdesk.ui.summary_dialog import SummaryDialog
from vinkdesk.vault import FLOOR, Home


def test_the_period_is_typed_in_digits_and_the_chosen_consultation_reads_danish(  # type: ignore[no-untyped-def]
    qtbot, home: Home, languages
) -> None:
    session, _ = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    case = session.create_case(person_case(alias="Ørn-19"))
    chosen = session.add_consultation(case.id, consultation("Samtale.", datetime(2026, 11, 29, 14, 5)))
    session.lock()
    dialog = SummaryDialog(date(2026, 3, 1), chosen)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 728)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    assert "(29.11.2026 14.05)" in dialog.one.text()
    assert dialog.start.edit.text() == "01.03.2026"

    dialog.all.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the period
    assert dialog.period.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert field is dialog.start.edit
    field.selectAll()
    qtbot.keyClicks(field, "01092026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    end = QApplication.focusWidget()
    assert end is dialog.end.edit
    end.selectAll()
    qtbot.keyClicks(end, "31082026")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text()  # the period ends before it starts: said, not taken
    end.selectAll()
    qtbot.keyClicks(end, "30092026")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.choice() == (date(2026, 9, 1), date(2026, 9, 30), None)
