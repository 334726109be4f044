"""Passphrases, recovery and supervisors from the windows, judged from outside: after each act, an outsider's
key reader (tests/outsider_keys.py, which imports nothing from vinkdesk) says which secrets open today's
vault.keys, and whether the key they give opens today's vault.db."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from tests.outsider_keys import db_opens_with, opens
from tests.ui.conftest import answer_next_box, opened, unlock, visible_texts
from vinkdesk.session import Session
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.first_run import RecoveryCodeDialog
from vinkdesk.ui.key_dialogs import NewPassphraseDialog, SupervisorsDialog, WorkDialog
from vinkdesk.ui.supervision import AddSupervisorDialog
from vinkdesk.vault import FLOOR, Home

NEW = "ny lang passphrase til test"
SUPERVISOR = "lederens egen passphrase"


def opens_today(home: Home, secret: str) -> bool:
    """Does this secret unlock a data key that opens the vault.db on disk now?"""
    return any(db_opens_with(home.db_path, key) for key in opens(home.keys_path, secret))


def created(home: Home) -> str:
    session, code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    session.lock()
    return code


def menu_action(desktop: DesktopApp, text: str):  # type: ignore[no-untyped-def]
    window = desktop.window
    assert window is not None
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu action {text!r}")


def test_a_recovery_unlock_asks_for_a_new_passphrase_and_ends_with_a_new_code(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    code = created(home)
    desktop.start()
    unlock(qtbot, desktop, code)
    dialog = opened(qtbot, desktop, NewPassphraseDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    assert "gendannelseskoden" in visible_texts(QApplication.instance())  # says why, in Danish
    assert dialog.passphrase.hasFocus()
    qtbot.keyClicks(dialog.passphrase, "kort")
    assert "For kort" in dialog.hint.text()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "for kort" in dialog.message.text() and dialog.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, NEW)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), NEW + "x")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "forskellige" in dialog.message.text()  # the two differ: typed again, nothing changed
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    shown = opened(qtbot, desktop, RecoveryCodeDialog)
    new_code = shown.code_label.text()
    assert new_code and new_code != code
    assert "virker ikke længere" in visible_texts(QApplication.instance())
    assert shown.print_button.isEnabled() and shown.save_button.isEnabled()
    assert not desktop.session.via_recovery
    desktop.lock()

    assert opens_today(home, NEW) and opens_today(home, new_code)
    assert not opens_today(home, code), "the used recovery code still opens the vault"
    assert not opens_today(home, PASSPHRASE), "the forgotten passphrase still opens the vault"


def test_change_passphrase_from_settings_with_a_wrong_and_then_the_right_one(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    created(home)
    desktop.start()
    unlock(qtbot, desktop)
    menu_action(desktop, "Skift adgangssætning …").trigger()
    dialog = opened(qtbot, desktop, NewPassphraseDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    assert dialog.current.hasFocus()
    qtbot.keyClicks(dialog.current, "forkert passphrase her")
    qtbot.keyClicks(dialog.passphrase, NEW)
    qtbot.keyClicks(dialog.repeat, NEW)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.running and bool(dialog.message.text()), timeout=15_000)
    assert "forkert" in dialog.message.text()  # the core's refusal, in Danish
    assert opens_today(home, PASSPHRASE) and not opens(home.keys_path, NEW)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.dialogs.find(NewPassphraseDialog) is None, timeout=15_000)
    assert opens_today(home, NEW) and not opens(home.keys_path, PASSPHRASE)


def test_a_new_recovery_code_replaces_the_old_one(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    code = created(home)
    desktop.start()
    unlock(qtbot, desktop)
    seen: list[str] = []
    answer_next_box("Lav en ny kode", seen)
    menu_action(desktop, "Ny gendannelseskode …").trigger()
    shown = opened(qtbot, desktop, RecoveryCodeDialog)
    assert "holder op med at virke" in seen[0]
    new_code = shown.code_label.text()
    assert opens_today(home, new_code) and not opens(home.keys_path, code)


def test_supervisors_added_and_removed_from_settings_and_removal_revokes(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    created(home)
    desktop.start()
    unlock(qtbot, desktop)
    menu_action(desktop, "Ledere …").trigger()
    supervisors = opened(qtbot, desktop, SupervisorsDialog)
    assert not supervisors.remove_button.isEnabled()
    qtbot.mouseClick(supervisors.add_button, Qt.MouseButton.LeftButton)
    add = opened(qtbot, desktop, AddSupervisorDialog)
    qtbot.keyClicks(add.name, "Bo Leder")
    qtbot.keyClicks(add.passphrase, SUPERVISOR)
    qtbot.keyClicks(add.repeat, SUPERVISOR)
    qtbot.keyClick(add.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: supervisors.list.count() == 1 and "Bo Leder" in supervisors.message.text(), timeout=15_000
    )
    assert opens_today(home, SUPERVISOR)
    old_keys = home.keys_path.read_bytes()
    old_key = opens(home.keys_path, SUPERVISOR)[0]

    supervisors.list.setCurrentRow(0)
    seen: list[str] = []
    answer_next_box("Fjern og krypter igen", seen)
    qtbot.mouseClick(supervisors.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ny nøgle" in supervisors.message.text(), timeout=30_000)
    assert "Bo Leder" in seen[0]
    assert desktop.dialogs.find(WorkDialog) is None
    desktop.lock()
    assert not opens(home.keys_path, SUPERVISOR)
    assert not db_opens_with(home.db_path, old_key), "an old copy of vault.keys still opens the vault"
    (tmp_path / "old.keys").write_bytes(old_keys)
    assert opens(tmp_path / "old.keys", SUPERVISOR) == [old_key]  # the copy itself is still readable
    assert opens_today(home, PASSPHRASE)


def test_replacing_the_key_from_settings(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    created(home)
    before = opens(home.keys_path, PASSPHRASE)[0]
    desktop.start()
    unlock(qtbot, desktop)
    seen: list[str] = []
    answer_next_box("Udskift nøglen", seen)
    menu_action(desktop, "Udskift nøglen til dine notater …").trigger()
    qtbot.waitUntil(lambda: desktop.dialogs.find(WorkDialog) is None and bool(seen), timeout=30_000)
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in desktop.dialogs.all()), timeout=30_000)
    desktop.lock()
    after = opens(home.keys_path, PASSPHRASE)[0]
    assert after != before and db_opens_with(home.db_path, after) and not db_opens_with(home.db_path, before)


def test_a_vault_restored_from_before_a_removal_says_so_and_the_supervisor_can_be_removed_again(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    cli = str(Path(sys.executable).parent / "vinkdesk")
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    session.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    backup = tmp_path / "before.vinkdesk"
    session.backup(backup)
    session.remove_supervisor("Bo Leder")
    session.lock()
    assert not opens(home.keys_path, SUPERVISOR)
    aside = tmp_path / "aside"
    aside.mkdir()
    for name in ("vault.db", "vault.keys"):
        (home.folder / name).rename(aside / name)
    restored = subprocess.run(
        [cli, "restore", "--from", str(backup), "--home", str(home.folder)],
        env={**os.environ, "VINKDESK_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert restored.returncode == 0, restored.stderr
    assert opens_today(home, SUPERVISOR)  # why the windows must say it

    desktop.start()
    unlock(qtbot, desktop)
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in desktop.dialogs.all()), timeout=5_000)
    box = next(d for d in desktop.dialogs.all() if isinstance(d, QMessageBox))
    assert "sikkerhedskopi" in box.text() and "Bo Leder" in box.text()
    go = next(b for b in box.buttons() if b.text().replace("&", "") == "Ledere …")
    go.click()
    supervisors = opened(qtbot, desktop, SupervisorsDialog)
    assert supervisors.list.item(0).text() == "Bo Leder"
    seen: list[str] = []
    answer_next_box("Fjern og krypter igen", seen)
    qtbot.mouseClick(supervisors.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ny nøgle" in supervisors.message.text(), timeout=30_000)
    assert desktop.session.restored_before_rotation is None
    desktop.lock()
    assert not opens(home.keys_path, SUPERVISOR) and opens_today(home, PASSPHRASE)
    unlock(qtbot, desktop)
    assert not any(isinstance(d, QMessageBox) for d in desktop.dialogs.all())  # settled: said no more


def test_a_lock_over_an_unsaved_new_recovery_code_says_to_make_another(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    code = created(home)
    desktop.start()
    unlock(qtbot, desktop)
    seen: list[str] = []
    answer_next_box("Lav en ny kode", seen)
    menu_action(desktop, "Ny gendannelseskode …").trigger()
    shown = opened(qtbot, desktop, RecoveryCodeDialog)
    new_code = shown.code_label.text()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2_000)
    qtbot.keyClick(QApplication.focusWidget() or shown, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desktop.session is None and new_code not in visible_texts(QApplication.instance())
    assert not opens(home.keys_path, code)  # the old code is gone already: the user must be told
    unlock(qtbot, desktop)
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in desktop.dialogs.all()), timeout=5_000)
    told = next(d for d in desktop.dialogs.all() if isinstance(d, QMessageBox)).text()
    assert "gendannelseskode" in told and "lav en ny nu" in told and new_code not in told
