"""The date and time fields take what a person types on the keyboard: digits with or without separators, the
arrow keys, Alt+↓ for a calendar; text that is not a date says so under the field and keeps the last day."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from tests.ui.keys import focused
from vinkdesk.ui.dates import DateField, DateTimeField, TimeField, parse_clock, parse_day
from vinkdesk.ui.i18n import Languages

TODAY = date.today()


@pytest.fixture
def form(qtbot, languages: Languages):  # type: ignore[no-untyped-def]
    """A small dialog: a date field, a time field and a line after them, shown and active at 1366×768."""
    dialog = QDialog()
    layout = QFormLayout(dialog)
    day = DateField(date(2026, 1, 15))
    clock = TimeField(time(10, 0))
    after = QLineEdit()
    day_label = QLabel("&Dag")
    day_label.setBuddy(day)
    layout.addRow(day_label, day)
    layout.addRow("&Tid", clock)
    layout.addRow("&Efter", after)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout.addRow(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, day, clock


def type_into(qtbot, field: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus() or field.isAncestorOf(focused()))
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), text)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("29112026", date(2026, 11, 29)),
        ("29.11.2026", date(2026, 11, 29)),
        ("29/11/26", date(2026, 11, 29)),
        ("29-11-2026", date(2026, 11, 29)),
        ("291126", date(2026, 11, 29)),
        ("29.11", date(TODAY.year, 11, 29)),
        ("2911", date(TODAY.year, 11, 29)),
        ("1.2.2027", date(2027, 2, 1)),
        ("2026-11-29", date(2026, 11, 29)),
    ],
)
def test_typed_digits_make_the_day_and_show_it_in_danish(qtbot, form, typed: str, meant: date) -> None:  # type: ignore[no-untyped-def]
    _dialog, day, _clock = form
    changes: list[date] = []
    day.dateChanged.connect(changes.append)
    type_into(qtbot, day, typed)
    assert day.date() == meant
    assert day.edit.text() == f"{meant:%d.%m.%Y}"
    assert changes == [meant]
    assert not day.message.isVisible()


def test_a_label_mnemonic_puts_the_cursor_in_the_date_field(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    dialog, day, _clock = form
    QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert focused() is day.edit


def test_enter_in_the_field_takes_the_typed_day_before_the_dialog_closes(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    dialog, day, _clock = form
    seen: list[date] = []
    dialog.accepted.connect(lambda: seen.append(day.date()))
    day.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "3.3.2027")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert seen == [date(2027, 3, 3)]


def test_enter_on_text_that_is_not_a_date_keeps_the_dialog_open_and_says_why(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    dialog, day, _clock = form
    day.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "31.02.2026")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert day.message.isVisible() and "31.02.2026" in day.message.text()
    assert focused() is day.edit and day.edit.selectedText() == "15.01.2026"
    QTest.keyClicks(focused(), "1.2.2026")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and day.date() == date(2026, 2, 1)


def test_text_that_is_not_a_date_says_so_and_keeps_the_last_day(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _dialog, day, _clock = form
    for nonsense in ("31.02.2026", "hej", "2911202"):
        type_into(qtbot, day, nonsense)
        assert day.date() == date(2026, 1, 15)
        assert day.edit.text() == "15.01.2026"
        assert day.message.isVisible()
        assert nonsense in day.message.text() and "15.01.2026" in day.message.text()
    type_into(qtbot, day, "16012026")
    assert not day.message.isVisible()
    assert day.date() == date(2026, 1, 16)


def test_arrows_and_page_keys_step_days_within_the_limits(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _dialog, day, _clock = form
    day.setMinimumDate(date(2026, 1, 10))
    day.setMaximumDate(date(2026, 1, 20))
    day.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Up)
    assert day.date() == date(2026, 1, 16)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert day.date() == date(2026, 1, 14)
    assert day.edit.text() == "14.01.2026"
    QTest.keyClick(focused(), Qt.Key.Key_PageDown)
    assert day.date() == date(2026, 1, 10)  # a week back, held at the minimum
    QTest.keyClick(focused(), Qt.Key.Key_PageUp)
    QTest.keyClick(focused(), Qt.Key.Key_PageUp)
    assert day.date() == date(2026, 1, 20)
    type_into(qtbot, day, "25.01.2026")
    assert day.date() == date(2026, 1, 20)
    assert "25.01.2026" in day.message.text() and "10.01.2026" in day.message.text()


def test_an_arrow_after_typing_steps_from_the_typed_day(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _dialog, day, _clock = form
    day.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "01032026")
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert day.date() == date(2026, 2, 28)


def test_alt_down_opens_a_calendar_that_enter_takes_the_day_from(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _dialog, day, _clock = form
    day.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = day._calendar
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    grid = focused()
    assert popup.isAncestorOf(grid)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Down)  # a week later, one day on
    QTest.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert day.date() == date(2026, 1, 23)
    assert focused() is day.edit


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1405", time(14, 5)),
        ("14.05", time(14, 5)),
        ("14:05", time(14, 5)),
        ("9", time(9, 0)),
        ("930", time(9, 30)),
        ("0745", time(7, 45)),
    ],
)
def test_typed_digits_make_the_time(qtbot, form, typed: str, meant: time) -> None:  # type: ignore[no-untyped-def]
    _dialog, _day, clock = form
    changes: list[time] = []
    clock.timeChanged.connect(changes.append)
    type_into(qtbot, clock, typed)
    assert clock.time() == meant
    assert clock.edit.text() == f"{meant:%H.%M}"
    assert changes == [meant]


def test_a_time_that_is_no_time_says_so_and_arrows_step_five_minutes(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _dialog, _day, clock = form
    type_into(qtbot, clock, "2561")
    assert clock.time() == time(10, 0)
    assert clock.message.isVisible() and "2561" in clock.message.text()
    clock.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Up)
    QTest.keyClick(focused(), Qt.Key.Key_Up)
    assert clock.time() == time(10, 10)
    QTest.keyClick(focused(), Qt.Key.Key_PageDown)
    assert clock.edit.text() == "09.10"
    assert not clock.message.isVisible()


def test_english_shows_the_same_order_with_slashes(qtbot, form, languages: Languages) -> None:  # type: ignore[no-untyped-def]
    languages.apply("en")
    _dialog, day, clock = form
    type_into(qtbot, day, "29112026")
    type_into(qtbot, clock, "1405")
    assert day.edit.text() == "29/11/2026"
    assert clock.edit.text() == "14:05"


def test_the_date_and_time_field_makes_one_moment(qtbot, languages: Languages) -> None:  # type: ignore[no-untyped-def]
    field = DateTimeField()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "29112026")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "1405")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert field.dateTime().isoformat() == "2026-11-29T14:05:00"


def test_parsers_refuse_what_names_no_day_or_time() -> None:
    today = date(2026, 6, 1)
    for text in ("", "123", "12345", "32.01.2026", "29.13", "1.2.202", "a.b.c", "29..", "291120261"):
        assert parse_day(text, today) is None, text
    assert parse_day("29", today) == date(2026, 6, 29)
    for text in ("", "24", "2460", "12345", "14.5", "x"):
        assert parse_clock(text) is None, text
