"""Walking every menu action and every button of the windows, as a curious user would: each menu action is
triggered, every button of each dialog it opens is pressed (one level further down too), and whatever asks a
question or a file name is answered "Cancel". Used by the action-walk test and by the UI-stall benchmark."""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from vinkdesk.ui.controller import DesktopApp

#: dialogs a click may open that wait for a person's answer: answered "Cancel" at once
ANSWERED = (QFileDialog, QInputDialog, QPrintDialog, QMessageBox)


class Walker:
    def __init__(self, desktop: DesktopApp, settle: Callable[[], None]) -> None:
        self.desktop = desktop
        self._settle = settle
        self.walked: list[str] = []
        self.answered: list[str] = []
        self.oversized: list[str] = []  # dialogs larger than the screen's available area
        self.step = ""
        self.on_step: Callable[[str], None] | None = None
        self._dismisser = QTimer()
        self._dismisser.setInterval(25)
        self._dismisser.timeout.connect(self._dismiss)

    def __enter__(self) -> Walker:
        self._dismisser.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._dismisser.stop()

    def settle(self) -> None:
        self._settle()

    def _at(self, name: str) -> None:
        self.step = name
        if self.on_step is not None:
            self.on_step(name)

    def _dismiss(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ANSWERED) and widget.isVisible():
                text = widget.text() if isinstance(widget, QMessageBox) else ""
                self.answered.append(f"{self.step}: {type(widget).__name__} {widget.windowTitle()} {text}")
                widget.reject()

    # --- menus ---------------------------------------------------------------------------------------------

    def menu_paths(self) -> list[tuple[int, ...]]:
        """Every leaf action of the main window's menus, by position (texts change with the language)."""
        window = self.desktop.window
        assert window is not None
        paths: list[tuple[int, ...]] = []

        def visit(menu: QMenu, prefix: tuple[int, ...]) -> None:
            for index, action in enumerate(menu.actions()):
                if action.isSeparator():
                    continue
                if action.menu() is not None:
                    visit(action.menu(), (*prefix, index))
                else:
                    paths.append((*prefix, index))

        for index, top in enumerate(window.menuBar().actions()):
            visit(top.menu(), (index,))
        return paths

    def action_at(self, path: tuple[int, ...]):  # type: ignore[no-untyped-def]
        window = self.desktop.window
        assert window is not None
        action = window.menuBar().actions()[path[0]]
        for index in path[1:]:
            action = action.menu().actions()[index]
        return action

    def trigger(self, path: tuple[int, ...]) -> None:
        action = self.action_at(path)
        name = "menu " + action.text().replace("&", "")
        self._at(name)
        if not action.isEnabled():
            self.walked.append(name + " (disabled for this role)")
            return
        before = self._open_dialogs()
        action.trigger()
        self.walked.append(name)
        self.settle()
        self._walk_new(before, depth=1)

    # --- buttons -------------------------------------------------------------------------------------------

    def press_all(
        self, container: QWidget, depth: int, skip: Callable[[QAbstractButton], bool] | None = None
    ) -> None:
        """Press every visible, enabled button of the container, and walk what each opens."""
        for button in list(container.findChildren(QAbstractButton)):
            if not (shiboken6.isValid(container) and container.isVisible()):
                return
            if not shiboken6.isValid(button) or not (button.isVisible() and button.isEnabled()):
                continue
            if skip is not None and skip(button):
                continue
            label = button.text() or button.accessibleName() or button.toolTip() or type(button).__name__
            name = f"{_owner(button)}: {label.replace('&', '')}"
            self._at(name)
            before = self._open_dialogs()
            button.click()
            self.walked.append(name)
            self.settle()
            self._walk_new(before, depth + 1)

    def _open_dialogs(self) -> set[int]:
        return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}

    def _walk_new(self, before: set[int], depth: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if id(widget) in before or not isinstance(widget, QDialog) or isinstance(widget, ANSWERED):
                continue
            if not (shiboken6.isValid(widget) and widget.isVisible()):
                continue
            if widget is self.desktop.unlock_dialog:
                continue  # a lock happened: the walk goes on after unlocking, not in the unlock dialog
            self._measure(widget)
            if depth <= 2:
                self.press_all(widget, depth)
            self.close(widget)

    def _measure(self, widget: QWidget) -> None:
        screen = widget.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = widget.frameGeometry()
        if frame.width() > area.width() or frame.height() > area.height():
            self.oversized.append(
                f"{type(widget).__name__} {frame.width()}x{frame.height()} on {area.width()}x{area.height()}"
            )

    def close(self, dialog: QDialog) -> None:
        """Close as Cancel would; where the dialog asks first (unsaved text), the question is answered
        Cancel and the dialog is then closed as the lock closes it, keeping its draft."""
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        dialog.reject()
        self.settle()
        if shiboken6.isValid(dialog) and dialog.isVisible():
            close_for_lock = getattr(dialog, "close_for_lock", None)
            if close_for_lock is not None:
                close_for_lock()
            else:
                dialog.done(0)
            self.settle()


def _owner(widget: QWidget) -> str:
    """The nearest vinkdesk widget holding this one (CasePage, a dialog), by class name."""
    parent = widget.parentWidget()
    while parent is not None and not type(parent).__module__.startswith("vinkdesk"):
        parent = parent.parentWidget()
    return type(parent).__name__ if parent is not None else type(widget).__name__


class Heartbeat:
    """A timer on the UI thread that ticks every few milliseconds; the largest gap between ticks is the
    longest time the windows could not react, and step names which act it fell in."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gaps: dict[str, float] = {}
        self.step = ""
        self.paused = False

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def at(self, step: str) -> None:
        self._tick()
        self.step = step

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        self.last = now
        if not self.paused and gap > self.gaps.get(self.step, 0.0):
            self.gaps[self.step] = gap

    def worst(self) -> tuple[str, float]:
        if not self.gaps:
            return "", 0.0
        step = max(self.gaps, key=lambda s: self.gaps[s])
        return step, self.gaps[step]


#: menu actions a walk in Danish leaves alone: quitting and locking end the walk, a language change rebuilds
SKIPPED_MENU_ITEMS = {"Afslut", "Lås nu", "English", "Dansk"}


def walk_window(walker: Walker, on_tab: Callable[[int], None] | None = None) -> None:
    """The first case opened, each tab of its page shown (on_tab told) and every button on it pressed, then
    every menu action triggered: what the child-process checks (screen fit, screenshots) walk."""
    desktop = walker.desktop
    window = desktop.window
    assert window is not None
    window.table.selectRow(0)
    walker.settle()
    page = window.case_page
    assert page is not None
    for tab in range(page.tabs.count()):
        if desktop.window is not None and desktop.window.case_page is page:
            page.tabs.setCurrentIndex(tab)
            walker.settle()
            if on_tab is not None:
                on_tab(tab)
            walker.press_all(page.tabs.currentWidget(), depth=0)
    paths = walker.menu_paths()
    texts = {p: walker.action_at(p).text().replace("&", "") for p in paths}
    for path in [p for p in paths if texts[p] not in SKIPPED_MENU_ITEMS]:
        if desktop.window is None:
            break
        walker.trigger(path)


def settle_for(qtbot, desktop: DesktopApp) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    """Settle as a walk in a test does: the worker's tasks done and their results shown."""

    def settle() -> None:
        for _ in range(3):
            desktop.worker.wait()
            QApplication.processEvents()
        qtbot.wait(5)

    return settle
