"""Windows that fit the screen they open on: a 13-inch laptop at 1366×768 shows every button."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or the primary screen) not taken by task bars and docks."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(widget: QWidget, width: int, height: int, height_share: float = 0.9) -> None:
    """Resize to the wished size, but never wider than 95 % or taller than height_share of the available
    area, so that a dialog's buttons are never below the screen's edge."""
    area = available_area(widget)
    widget.resize(min(width, int(area.width() * 0.95)), min(height, int(area.height() * height_share)))
