"""Fixtures for the windows: a real QApplication (offscreen), settings in a temp file, Danish by default."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)

from tests.conftest import PASSPHRASE
from vinkdesk.session import Session
from vinkdesk.ui.app import take_down
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.settings import Settings
from vinkdesk.vault import FLOOR, Home


@pytest.fixture
def excepthook() -> Iterator[list[str]]:
    """What reached sys.excepthook while the test ran (a test asserts it stayed empty)."""
    caught: list[str] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        caught.append(f"{kind.__name__}: {error}")

    sys.excepthook = hook
    yield caught
    sys.excepthook = previous


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    languages = Languages(qapp)
    languages.apply("da")
    yield languages
    languages.apply("en")


@pytest.fixture
def desktop(home: Home, settings: Settings, languages: Languages, qtbot) -> Iterator[DesktopApp]:  # type: ignore[no-untyped-def]
    app = DesktopApp(home, settings, languages, kdf=FLOOR, idle_ms=60_000)
    yield app
    if app.session is not None:
        app.lock()
    app.worker.drain()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.deleteLater()  # the controller and its timers go while the QApplication still lives
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def unlock(qtbot, desktop: DesktopApp, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    dialog = desktop.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.window is not None or bool(dialog.message.text()), timeout=10_000)
    assert desktop.window is not None, dialog.message.text()
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=10_000)


def visible_texts(app: QApplication) -> str:
    """Every piece of text any visible widget shows, including the rows of item views."""
    parts: list[str] = []
    for widget in app.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit,)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts.append(widget.currentText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    parts.append(str(model.index(row, column).data() or ""))
        parts.append(widget.windowTitle())
    return "\n".join(parts)


def seeded_vault(home: Home) -> Session:
    session, _ = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    return session


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> Iterator[QApplication]:
    """Every window test runs inside the one QApplication (pixmaps and fonts need it), and leaves no window or
    pending deletion behind: Qt objects must go while the application lives, not at interpreter exit."""
    yield qapp
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Take Qt down before Python's own teardown, which otherwise may collect Qt wrappers in an order PySide
    does not survive (a crash after every test has passed)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        take_down(app)


def opened(qtbot, desktop: DesktopApp, kind: type, timeout: int = 15_000):  # type: ignore[no-untyped-def]
    """The dialog of this kind the presenters opened (some are built in the worker first), once it shows."""
    qtbot.waitUntil(lambda: (d := desktop.dialogs.find(kind)) is not None and d.isVisible(), timeout=timeout)
    return desktop.dialogs.find(kind)


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Press the button of the next message box that appears, found by its text as a person reads it; the
    box's text goes into seen."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button_text in button.text().replace("&", ""):
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, press)


def read_next_box(seen: list[str]) -> None:
    """Read the next message box that appears (its title and text into seen) and close it with OK."""

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        seen.append(box.windowTitle() + "\n" + box.text())
        box.accept()

    QTimer.singleShot(0, read)


@contextmanager
def boxes_read_and_closed() -> Iterator[list[str]]:
    """Every message box shown meanwhile is read (its text into the list) and closed, as a person would after
    reading it."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)

    timer.timeout.connect(close)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()
