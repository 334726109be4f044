"""Settings → Hide windows from screen sharing: on by default, kept in the settings file, toggled from the
menu by keyboard and applied at once to every open window and to each window shown later; on Linux the item
is greyed out and says why."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.ui.test_client_behaviour import started, vault_with_notes
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.settings import Settings
from vinkdesk.ui.system import capture
from vinkdesk.vault import Home


def test_the_setting_is_on_by_default_and_kept(tmp_path: Path) -> None:
    path = str(tmp_path / "settings.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.hide_from_screen_sharing is True
    settings.hide_from_screen_sharing = False
    settings.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).hide_from_screen_sharing is False
    settings.hide_from_screen_sharing = True
    settings.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).hide_from_screen_sharing is True


def test_each_system_has_its_own_call_and_linux_has_none() -> None:
    assert capture.system_exclude("win32") is capture._windows_exclude
    assert capture.system_exclude("darwin") is capture._macos_exclude
    assert capture.system_exclude("linux") is None
    assert capture.available("win32") and capture.available("darwin")
    assert not capture.available("linux")
    if sys.platform.startswith("linux"):  # the Windows and macOS calls do nothing here, and load no DLL
        assert capture._windows_exclude(1, True) is False
        assert capture._macos_exclude(1, True) is False


def open_settings_menu(qtbot, window: QWidget) -> QMenu:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Indstillinger
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2_000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_the_settings_menu_item(
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:  # type: ignore[no-untyped-def]
    vault_with_notes(home)
    window = started(qtbot, desktop).window
    window.resize(1366, 768)
    action = window.hide_from_sharing_action
    menu = open_settings_menu(qtbot, window)
    assert action in menu.actions()
    menu.setActiveAction(action)
    qtbot.wait(50)
    window.grab().save("/tmp/settings_menu_window.png")
    menu.grab().save("/tmp/settings_menu.png")
    if capture.available():
        assert action.isEnabled() and action.isChecked()
    else:
        assert not action.isEnabled() and not action.isChecked()
        assert "Linux" in action.toolTip() and "Wayland" in action.toolTip()
    menu.close()
    assert excepthook == []


def test_toggling_by_keyboard_stores_and_applies_at_once(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    """On Linux the item is greyed out; it is enabled here as on Windows and macOS, and the system's call is
    replaced by a recorder of what each window would be given (Linux has no such call)."""
    case_id, _ = vault_with_notes(home)
    given: list[tuple[int, bool]] = []

    def record(win_id: int, exclude: bool) -> bool:
        given.append((win_id, exclude))
        return True

    desktop.capture.exclude = record
    window = started(qtbot, desktop).window
    main_id = int(window.winId())
    assert (main_id, True) in given  # the main window got the setting when it was shown

    action = window.hide_from_sharing_action
    action.setEnabled(True)
    action.setChecked(desktop.settings.hide_from_screen_sharing)
    given.clear()
    menu = open_settings_menu(qtbot, window)
    mnemonic = action.text().split("&", 1)[1][0]
    qtbot.keyClick(menu, mnemonic)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2_000)
    assert desktop.settings.hide_from_screen_sharing is False
    assert not action.isChecked()
    assert (main_id, False) in given  # the open window at once

    given.clear()
    menu = open_settings_menu(qtbot, window)
    qtbot.keyClick(menu, mnemonic)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2_000)
    assert desktop.settings.hide_from_screen_sharing is True and action.isChecked()
    assert (main_id, True) in given

    # a dialog opened later gets it when it shows
    given.clear()
    editor = desktop.cases.open_editor(case_id)
    assert editor is not None and editor.isVisible()
    assert (int(editor.winId()), True) in given
    editor.reject()
