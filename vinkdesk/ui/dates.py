"""Dates between Python and Qt's date fields, by year, month and day (PySide6 types QDate.toPython() as object
and has no QDate(date) in its stubs)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
