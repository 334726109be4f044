"""Date and time fields that take what a person types ("29112026", "29.11", "1405", "9"), show the one form
of the windows (29.11.2026, 14.05 in Danish), step by the arrow keys and keep the last valid value when the
text is not a date; and the conversions between Python's dates and Qt's."""

from __future__ import annotations

import datetime as dt
import re
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vinkdesk.ui.labels import clock_text, day_text


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


_SEPARATORS = re.compile(r"[.\-/ ]+")


def parse_day(text: str, today: date) -> date | None:
    """The day a person meant: '29112026', '291126', '2911' (this year), '29' (this month), '29.11.2026',
    '29/11/26', '29.11' (this year), or '2026-11-29'. None when the text names no day of the calendar."""
    text = text.strip()
    if not text:
        return None
    try:
        if text.isdigit():
            digits = len(text)
            if digits <= 2:
                return date(today.year, today.month, int(text))
            if digits == 4:
                return date(today.year, int(text[2:]), int(text[:2]))
            if digits == 6:
                return date(2000 + int(text[4:]), int(text[2:4]), int(text[:2]))
            if digits == 8:
                return date(int(text[4:]), int(text[2:4]), int(text[:2]))
            return None
        parts = [p for p in _SEPARATORS.split(text) if p]
        if not all(p.isdigit() for p in parts) or not 2 <= len(parts) <= 3:
            return None
        if len(parts) == 3 and len(parts[0]) == 4:  # 2026-11-29
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if any(len(p) > 2 for p in parts[:2]):
            return None
        day, month = int(parts[0]), int(parts[1])
        if len(parts) == 2:
            return date(today.year, month, day)
        year = parts[2]
        if len(year) == 2:
            return date(2000 + int(year), month, day)
        if len(year) == 4:
            return date(int(year), month, day)
        return None
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    """The time a person meant: '1405', '14.05', '14:05', '930' (09.30), '9' (09.00). None otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        if text.isdigit():
            if len(text) <= 2:
                return time(int(text), 0)
            if len(text) in (3, 4):
                return time(int(text[:-2]), int(text[-2:]))
            return None
        match = re.fullmatch(r"(\d{1,2})\s*[.:]\s*(\d{2})", text)
        if match is None:
            return None
        return time(int(match.group(1)), int(match.group(2)))
    except ValueError:
        return None


class _Calendar(QFrame):
    """The month to pick a day from, as a popup under the field; Escape closes it and keeps the date."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)  # Enter or a double click
        self.calendar.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class _TypedField(QWidget):
    """A line to type into, a message under it when the text is not understood, and the last valid value.

    The focus goes to the line itself (a label's buddy, a test's keyClicks on the focused widget); the text
    is read when the person leaves the field or presses Enter, and whenever the value is asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.installEventFilter(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.editingFinished.connect(self._commit)
        self.edit.textEdited.connect(self._typing)

    # What each kind of field fills in.
    def _parse(self, text: str) -> object | None:
        raise NotImplementedError

    def _show(self) -> None:
        raise NotImplementedError

    def _step(self, steps: int, large: bool) -> None:
        raise NotImplementedError

    def _refusal(self, text: str) -> str:
        raise NotImplementedError

    def _accept(self, value: object) -> str | None:
        """Take a parsed value; a sentence when it is out of range (and the value is not taken)."""
        raise NotImplementedError

    def acceptable(self) -> bool:
        """Whether the text now in the field is a valid value (a dialog may refuse to save otherwise)."""
        value = self._parse(self.edit.text())
        return value is not None and self._in_range(value)

    def _in_range(self, value: object) -> bool:
        return True

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def _typing(self, _text: str) -> None:
        self.message.hide()

    def _commit(self) -> None:
        text = self.edit.text()
        value = self._parse(text)
        if value is None:
            self._warn(self._refusal(text))
            self._show()
            return
        problem = self._accept(value)
        if problem is not None:
            self._warn(problem)
        else:
            self.message.hide()
        self._show()

    def _warn(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    def _settle(self) -> None:
        """Take what is typed before stepping from it (an arrow after typing steps from the typed day)."""
        value = self._parse(self.edit.text())
        if value is not None and self._in_range(value):
            self._accept(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            steps = {
                Qt.Key.Key_Up: (1, False),
                Qt.Key.Key_Down: (-1, False),
                Qt.Key.Key_PageUp: (1, True),
                Qt.Key.Key_PageDown: (-1, True),
            }
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.acceptable():
                # Not a value: say so here and keep the dialog open, rather than let Enter save the last
                # valid value unseen.
                self._commit()
                self.edit.selectAll()
                return True
            if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._popup()
                return True
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if key in steps and plain:
                self._settle()
                self.message.hide()
                self._step(*steps[Qt.Key(key)])
                self.edit.selectAll()
                return True
        return super().eventFilter(watched, event)

    def _popup(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._show()
        super().changeEvent(event)


class DateField(_TypedField):
    """A day: type '29112026', '29.11.2026', '29.11' (this year) or '29/11/26'; ↑/↓ a day, PageUp/PageDown a
    week, Alt+↓ (or the button) a calendar. Shows 29.11.2026 in Danish."""

    dateChanged = Signal(object)  # carries a datetime.date

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = day or date.today()
        self._minimum = date(1900, 1, 1)
        self._maximum = date(2199, 12, 31)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+↓ does it from the keyboard
        self.calendar_button.clicked.connect(self._popup)
        self.row.addWidget(self.calendar_button)
        self._calendar: _Calendar | None = None
        self.edit.setMaxLength(12)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("29.11.2026") + 24)
        self._retranslate()
        self._show()

    def _retranslate(self) -> None:
        self.calendar_button.setToolTip(self.tr("Choose the day in a calendar (Alt+↓)"))
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def date(self) -> dt.date:
        """The day in the field: what is typed if it is a valid day, the last valid day otherwise."""
        value = parse_day(self.edit.text(), date.today())
        if value is not None and self._minimum <= value <= self._maximum:
            return value
        return self._date

    def setDate(self, day: dt.date) -> None:
        self.message.hide()
        self._set(min(max(day, self._minimum), self._maximum))
        self._show()

    def minimumDate(self) -> dt.date:
        return self._minimum

    def maximumDate(self) -> dt.date:
        return self._maximum

    def setMinimumDate(self, day: dt.date) -> None:
        self._minimum = day
        self._maximum = max(self._maximum, day)
        if self._date < day:
            self.setDate(day)

    def setMaximumDate(self, day: dt.date) -> None:
        self._maximum = day
        self._minimum = min(self._minimum, day)
        if self._date > day:
            self.setDate(day)

    def setDateRange(self, minimum: dt.date, maximum: dt.date) -> None:
        self.setMinimumDate(minimum)
        self.setMaximumDate(maximum)

    def _set(self, day: dt.date) -> None:
        if day != self._date:
            self._date = day
            self.dateChanged.emit(day)

    def _show(self) -> None:
        self.edit.setText(day_text(self._date))

    def _parse(self, text: str) -> object | None:
        return parse_day(text, date.today())

    def _in_range(self, value: object) -> bool:
        assert isinstance(value, date)
        return self._minimum <= value <= self._maximum

    def _accept(self, value: object) -> str | None:
        assert isinstance(value, date)
        if not self._in_range(value):
            return (
                self.tr("%1 cannot be chosen here: choose a day from %2 to %3. The field keeps %4.")
                .replace("%1", day_text(value))
                .replace("%2", day_text(self._minimum))
                .replace("%3", day_text(self._maximum))
                .replace("%4", day_text(self._date))
            )
        self._set(value)
        return None

    def _refusal(self, text: str) -> str:
        return (
            self.tr("“%1” is not a date. Write it as %2 or %3. The field keeps %4.")
            .replace("%1", text.strip())
            .replace("%2", day_text(date(2026, 11, 29)))
            .replace("%3", "29112026")
            .replace("%4", day_text(self._date))
        )

    def _step(self, steps: int, large: bool) -> None:
        day = self._date + timedelta(days=steps * (7 if large else 1))
        self._set(min(max(day, self._minimum), self._maximum))
        self._show()

    def _popup(self) -> None:
        self._settle()
        if self._calendar is None:
            self._calendar = _Calendar(self)
            self._calendar.picked.connect(self._picked)
        calendar = self._calendar.calendar
        calendar.setDateRange(to_qdate(self._minimum), to_qdate(self._maximum))
        calendar.setSelectedDate(to_qdate(self._date))
        self._calendar.adjustSize()
        self._calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.message.hide()
        self._set(from_qdate(day))
        self._show()
        self.edit.setFocus()
        self.edit.selectAll()


class TimeField(_TypedField):
    """A time of day: type '1405', '14.05', '14:05' or '9' (09.00); ↑/↓ five minutes, PageUp/PageDown an
    hour. Shows 14.05 in Danish."""

    timeChanged = Signal(object)  # carries a datetime.time

    def __init__(self, moment: dt.time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        now = datetime.now()
        self._time = moment if moment is not None else time(now.hour, now.minute)
        self.edit.setMaxLength(6)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("14.05") + 24)
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self._show()

    def time(self) -> dt.time:
        """The time in the field: what is typed if it is a valid time, the last valid time otherwise."""
        value = parse_clock(self.edit.text())
        return value if value is not None else self._time

    def setTime(self, moment: dt.time) -> None:
        self.message.hide()
        self._set(moment.replace(second=0, microsecond=0))
        self._show()

    def _set(self, moment: dt.time) -> None:
        if moment != self._time:
            self._time = moment
            self.timeChanged.emit(moment)

    def _show(self) -> None:
        self.edit.setText(clock_text(self._time))

    def _parse(self, text: str) -> object | None:
        return parse_clock(text)

    def _accept(self, value: object) -> str | None:
        assert isinstance(value, time)
        self._set(value)
        return None

    def _refusal(self, text: str) -> str:
        return (
            self.tr("“%1” is not a time of day. Write it as %2 or %3. The field keeps %4.")
            .replace("%1", text.strip())
            .replace("%2", clock_text(time(14, 5)))
            .replace("%3", "1405")
            .replace("%4", clock_text(self._time))
        )

    def _step(self, steps: int, large: bool) -> None:
        minutes = self._time.hour * 60 + self._time.minute + steps * (60 if large else 5)
        minutes = min(max(minutes, 0), 23 * 60 + 59)
        self._set(time(minutes // 60, minutes % 60))
        self._show()


class DateTimeField(QWidget):
    """A day and a time of day side by side (a consultation's moment): two fields, one value."""

    dateTimeChanged = Signal(object)  # carries a datetime

    def __init__(self, moment: dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        moment = moment or datetime.now()
        self.date_field = DateField(moment.date(), self)
        self.time_field = TimeField(time(moment.hour, moment.minute), self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_field, 3)
        row.addWidget(self.time_field, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        # Each field's message goes under both, the whole width: under the date alone it wrapped into a narrow
        # column, was cut off by the form row and pushed the time field out of line.
        for field in (self.date_field, self.time_field):
            own = field.layout()
            assert own is not None
            own.removeWidget(field.message)
            field.message.setParent(self)
            layout.addWidget(field.message)
        self.setFocusProxy(self.date_field)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_field.dateChanged.connect(lambda _day: self.dateTimeChanged.emit(self.dateTime()))
        self.time_field.timeChanged.connect(lambda _time: self.dateTimeChanged.emit(self.dateTime()))

    def dateTime(self) -> dt.datetime:
        return datetime.combine(self.date_field.date(), self.time_field.time())

    def setDateTime(self, moment: dt.datetime) -> None:
        self.date_field.setDate(moment.date())
        self.time_field.setTime(time(moment.hour, moment.minute))

    def setMaximumDate(self, day: dt.date) -> None:
        self.date_field.setMaximumDate(day)

    def setMinimumDate(self, day: dt.date) -> None:
        self.date_field.setMinimumDate(day)

    def acceptable(self) -> bool:
        return self.date_field.acceptable() and self.time_field.acceptable()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_field.setAccessibleName(name + " – " + self.tr("day"))
        self.time_field.setAccessibleName(name + " – " + self.tr("time of day"))
