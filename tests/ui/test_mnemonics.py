"""One target per mnemonic: in every window and dialog of the program, in Danish and in English, no two of the
visible buttons, tabs, labels with a buddy, group boxes and menu-bar menus share an &-letter (Alt+letter would
reach only one of them, or cycle); a menu's own items are a scope of their own. The texts are read as the
program shows them (translated at runtime), so the Danish mnemonics of the .ts are checked too."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.walker import ANSWERED, Walker, settle_for
from vinkdesk.demo import populate
from vinkdesk.session import Session
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.settings import Settings
from vinkdesk.vault import FLOOR, Home

Clashes = dict[tuple[str, str], set[str]]  # (window or menu, letter) → the texts that share it


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), case-folded; None without one."""
    at = 0
    while at < len(text) - 1:
        if text[at] == "&":
            if text[at + 1] == "&":
                at += 2
                continue
            return text[at + 1].casefold()
        at += 1
    return None


def targets(window: QWidget) -> list[str]:
    """The texts with a mnemonic that Alt+letter can reach in this top-level window now."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions() if a.isVisible()]
    return [t for t in texts if mnemonic(t) is not None]


def clashes_in(scope: str, texts: list[str], found: Clashes) -> None:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    for letter, shared in by_letter.items():
        if len(shared) > 1:
            found.setdefault((scope, letter), set()).update(shared)


def check_window(window: QWidget, found: Clashes, state: str = "") -> None:
    name = type(window).__name__ + (f" ({state})" if state else "")
    clashes_in(name, targets(window), found)
    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            check_menu(top.menu(), f"{name} menu {top.text()}", found)


def check_menu(menu: QMenu | None, scope: str, found: Clashes) -> None:
    if menu is None:
        return
    items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    clashes_in(scope, [a.text() for a in items], found)
    for action in items:
        if action.menu() is not None:
            check_menu(action.menu(), f"{scope} › {action.text()}", found)


def check_open_windows(found: Clashes) -> None:
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.isVisible() and not isinstance(widget, ANSWERED):
            check_window(widget, found)


def report(found: Clashes) -> str:
    return "\n".join(
        f"{scope}: '{letter}' in {sorted(texts)}" for (scope, letter), texts in sorted(found.items())
    )


class MnemonicWalker(Walker):
    """The action walk, checking every window open after each step (a dialog, each page of a wizard)."""

    def __init__(self, desktop: DesktopApp, settle, found: Clashes) -> None:  # type: ignore[no-untyped-def]
        super().__init__(desktop, settle)
        self.found = found

    def settle(self) -> None:
        super().settle()
        check_open_windows(self.found)


def demo_vault(home: Home) -> None:
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    populate(session, 12, 7, date.today() - timedelta(days=3))
    session.lock()


@pytest.fixture(params=["da", "en"])
def language(request, languages: Languages) -> str:  # type: ignore[no-untyped-def]
    languages.apply(request.param)
    return str(request.param)


def open_window(qtbot, desktop: DesktopApp, home: Home):  # type: ignore[no-untyped-def]
    demo_vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_main_window_each_tab_of_the_case_page_and_the_menus(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, language: str
) -> None:
    window = open_window(qtbot, desktop, home)
    found: Clashes = {}
    check_window(window, found, "no case")
    window.banner.offer({}, "2026-001")  # the draft banner, as after a lock with an unsaved consultation
    check_window(window, found, "draft banner")
    window.banner.hide()
    window.table.selectRow(0)
    page = window.case_page
    assert page is not None
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        check_window(window, found, f"case page, tab {page.tabs.tabText(tab).replace('&', '')}")
    assert not found, f"mnemonics used twice ({language}):\n" + report(found)


def test_every_dialog_reachable_from_the_menus_and_the_case_page(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, language: str
) -> None:
    window = open_window(qtbot, desktop, home)
    found: Clashes = {}
    with MnemonicWalker(desktop, settle_for(qtbot, desktop), found) as walker:
        window.table.selectRow(0)
        walker.settle()
        page = window.case_page
        assert page is not None
        for tab in range(page.tabs.count()):
            if desktop.window is not None and desktop.window.case_page is page:
                page.tabs.setCurrentIndex(tab)
                walker.settle()
                walker.press_all(page.tabs.currentWidget(), depth=0)
        if desktop.window is not None:
            walker.press_all(desktop.window.centralWidget(), depth=0)
        paths = walker.menu_paths()
        for path in paths:
            if desktop.window is None:  # an action locked: carry on after unlocking
                assert desktop.unlock_dialog is not None, walker.walked[-3:]
                check_window(desktop.unlock_dialog, found)
                unlock(qtbot, desktop)
                assert desktop.window is not None
                desktop.window.resize(1366, 768)
            action = walker.action_at(path)
            quit_text = QCoreApplication.translate("MainWindow", "&Quit")
            if action is desktop.window.lock_action or action.text() in (quit_text, "Dansk", "English"):
                continue  # locking, quitting and the language are not dialogs
            walker.trigger(path)
    assert len(walker.walked) > 30, walker.walked
    assert not found, f"mnemonics used twice ({language}):\n" + report(found)


def test_the_dialogs_before_unlocking(
    qtbot, desktop: DesktopApp, home: Home, language: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from vinkdesk.ui.coordinator_window import CoordinatorDialog
    from vinkdesk.ui.first_run import FirstRunDialog, RecoveryCodeDialog
    from vinkdesk.ui.unlock_dialog import UnlockDialog

    found: Clashes = {}
    first = FirstRunDialog(home, desktop.worker, FLOOR)
    qtbot.addWidget(first)
    first.show()
    check_window(first, found)
    recovery = RecoveryCodeDialog("ABCD-EFGH", "Ane Rådgiver", language, home=home)
    qtbot.addWidget(recovery)
    recovery.show()
    check_window(recovery, found)
    unlock_dialog = UnlockDialog(home, desktop.worker)
    qtbot.addWidget(unlock_dialog)
    unlock_dialog.show()
    check_window(unlock_dialog, found)
    settings = Settings(QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat))
    coordinator = CoordinatorDialog(desktop.worker, settings)
    qtbot.addWidget(coordinator)
    coordinator.show()
    check_window(coordinator, found)
    assert not found, f"mnemonics used twice ({language}):\n" + report(found)


def test_the_mnemonic_reader() -> None:
    assert mnemonic("&File") == "f" and mnemonic("Tom && Jerry") is None and mnemonic("Tom && &Jerry") == "j"
    assert mnemonic("Å&rsrapport") == "r" and mnemonic("&Åbn") == "å" and mnemonic("plain") is None
