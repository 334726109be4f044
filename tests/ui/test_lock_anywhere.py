"""Ctrl+L and F12 reach every window, modal dialogs included, pressed as a person does (on the focused
widget); after a lock nothing of a case is reachable from the controller: no window, dialog, PDF, text or case
object."""

from __future__ import annotations

import gc
import types
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import opened, seeded_vault, unlock, visible_texts
from vinkdesk.domain import Case, Consultation
from vinkdesk.session import CONSULTATION_DRAFT, Session
from vinkdesk.ui.assessment_wizard import AssessmentWizard
from vinkdesk.ui.consultation_editor import ConsultationEditor
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.key_dialogs import SupervisorsDialog
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.ui.supervision import ReviewQueueDialog
from vinkdesk.vault import FLOOR, Home

ALIAS = "Ravn-17"
NOTE = "Læreren nævnte en kampsportsklub i Valby."
TYPED = "Skrevet lige før nogen kiggede over skulderen"
SUPERVISOR = "lederens egen passphrase"


def vault(home: Home, supervisor: bool = False) -> int:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias=ALIAS))
    session.add_consultation(case.id, consultation(NOTE))
    if supervisor:
        session.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    session.lock()
    return case.id


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """The key on whatever widget has the focus, as the keyboard delivers it."""
    target = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def reachable(root: object) -> list[object]:
    """Everything the controller reaches: Python attributes, closures, containers and Qt children."""
    seen: set[int] = set()
    stack: list[object] = [root]
    found: list[object] = []
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, (type, types.ModuleType, types.BuiltinFunctionType)):
            continue
        seen.add(id(item))
        found.append(item)
        if isinstance(item, QObject):
            try:
                stack.extend(item.children())
            except RuntimeError:
                continue
        if isinstance(item, types.FunctionType):  # what a stored callback holds, not the module it lives in
            stack.extend(cell.cell_contents for cell in item.__closure__ or () if _filled(cell))
            stack.extend(item.__defaults__ or ())
            continue
        stack.extend(gc.get_referents(item))
    return found


def _filled(cell: Any) -> bool:
    try:
        cell.cell_contents  # noqa: B018 - an empty cell raises
    except ValueError:
        return False
    return True


def assert_nothing_of_the_case(desktop: DesktopApp) -> None:
    assert desktop.session is None and desktop.window is None and desktop.dialogs.all() == []
    allowed = desktop.unlock_dialog
    for item in reachable(desktop):
        if isinstance(item, QWidget):
            parent: QWidget | None = item
            while parent is not None and parent is not allowed:
                parent = parent.parentWidget()
            assert parent is allowed, f"the controller still reaches a {type(item).__name__}"
        assert not isinstance(item, (Case, Consultation, Session)), f"a {type(item).__name__} is reachable"
        if isinstance(item, (bytes, bytearray)):
            assert not item.startswith(b"%PDF"), "a PDF is reachable from the controller"
        if isinstance(item, str):
            assert ALIAS not in item and NOTE not in item and TYPED not in item


def lock_from(qtbot, desktop: DesktopApp, home: Home, dialog: QWidget, hide_first: bool = True) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    if hide_first:
        press(qtbot, Qt.Key.Key_F12)
        assert desktop.curtain.covers(dialog) and desktop.curtain.covers(desktop.window)
        press(qtbot, Qt.Key.Key_F12)
        assert not desktop.curtain.drawn and dialog.isVisible()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desktop.session is None
    qtbot.wait(20)
    shown = visible_texts(QApplication.instance())
    assert ALIAS not in shown and NOTE not in shown and TYPED not in shown
    assert desktop.unlock_dialog is not None and desktop.unlock_dialog.isVisible()
    assert_nothing_of_the_case(desktop)


def test_from_the_consultation_editor_the_draft_is_kept(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    editor = desktop.cases.open_editor(case_id)
    assert editor is not None
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2_000)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, TYPED)
    lock_from(qtbot, desktop, home, editor)
    unlock(qtbot, desktop)
    kinds = [(kind, content) for kind, _case, _target, content in desktop.session.drafts()]
    assert kinds and kinds[0][0] == CONSULTATION_DRAFT and TYPED in str(kinds[0][1])
    assert desktop.window.banner.isVisible()


def test_from_the_wizard(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    wizard = desktop.cases.open_wizard(case_id)
    assert isinstance(wizard, AssessmentWizard)
    wizard.next()
    lock_from(qtbot, desktop, home, wizard)


def test_from_the_print_preview(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    desktop.window.open_case(case_id)
    desktop.printing.preview_summary(case_id)
    preview = opened(qtbot, desktop, PrintPreview)
    lock_from(qtbot, desktop, home, preview)


def test_from_the_review_queue(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    vault(home, supervisor=True)
    desktop.start()
    unlock(qtbot, desktop, SUPERVISOR)
    queue = desktop.supervision.review_queue()
    assert isinstance(queue, ReviewQueueDialog) and queue.items.count() == 1
    queue.items.setFocus()
    lock_from(qtbot, desktop, home, queue)


def test_from_a_question_asked_over_a_dialog(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    """A message box runs its own event loop; Ctrl+L in it locks, and the code that asked goes on safely."""
    vault(home, supervisor=True)
    desktop.start()
    unlock(qtbot, desktop)
    supervisors = desktop.keys.supervisors()
    assert isinstance(supervisors, SupervisorsDialog)
    asked: list[str] = []

    def lock_in_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lock_in_the_box)
            return
        asked.append(box.text())
        box.activateWindow()
        qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, lock_in_the_box)
    supervisors.list.setCurrentRow(0)
    qtbot.mouseClick(supervisors.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.session is None, timeout=5_000)
    assert asked and "Bo Leder" in asked[0]
    assert_nothing_of_the_case(desktop)
    unlock(qtbot, desktop, SUPERVISOR)  # nothing was removed: the question was never answered


@pytest.mark.parametrize("reason", ["idle", "screensaver"])
def test_the_auto_lock_closes_every_dialog(qtbot, desktop: DesktopApp, home: Home, reason: str) -> None:  # type: ignore[no-untyped-def]
    case_id = vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    opened_now: list[Callable[[], Any]] = [
        lambda: desktop.cases.open_editor(case_id),
        lambda: desktop.keys.supervisors(),
        lambda: desktop.sync.show_sync_panel(),
    ]
    for open_one in opened_now:
        assert open_one() is not None
    desktop.printing.preview_summary(case_id)
    opened(qtbot, desktop, PrintPreview)
    if reason == "idle":
        desktop.autolock.set_idle_ms(200)
        qtbot.waitUntil(lambda: desktop.session is None, timeout=5_000)
    else:
        desktop.autolock.screensaver_changed(True)
    assert desktop.session is None
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not desktop.unlock_dialog), [
        type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
    ]
    assert_nothing_of_the_case(desktop)
    unlock(qtbot, desktop, PASSPHRASE)
    assert opened_now[0]() is not None and isinstance(
        desktop.dialogs.find(ConsultationEditor), ConsultationEditor
    )


def test_f12_hides_the_case_ref_in_titles_and_lets_no_key_through(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    case_id = vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    editor = desktop.cases.open_editor(case_id)
    assert editor is not None
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2_000)
    editor.body.setFocus()
    ref = editor.case.ref
    assert ref in editor.windowTitle()
    press(qtbot, Qt.Key.Key_F12)
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert titles and all(ref not in title for title in titles), titles
    qtbot.keyClicks(editor.body, "Hemmeligord")  # typed blind, behind the curtain
    press(qtbot, Qt.Key.Key_F12)
    assert "Hemmeligord" not in editor.body.toPlainText() and ref in editor.windowTitle()


def test_closing_the_main_window_over_an_editor_quits_through_the_lock(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    """The window's close button with a consultation half written: the text is kept as a draft, the vault is
    closed at rest (its log written back), and no dialog stays behind a hidden main window."""
    case_id = vault(home)
    desktop.start()
    unlock(qtbot, desktop)
    editor = desktop.cases.open_editor(case_id)
    assert editor is not None
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, TYPED)
    desktop.window.close()  # what the window manager's close button does
    assert desktop.session is None and desktop.window is None
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    wal = home.db_path.with_name(home.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    desktop.show_unlock()
    unlock(qtbot, desktop)
    assert desktop.window.banner.isVisible()
    assert any(TYPED in str(content) for _k, _c, _t, content in desktop.session.drafts())
