"""The audit log as a supervisor reads it on a 13-inch screen, by the keyboard: a counsellor's acts in Danish
words with the case's ref (never a stored action value or a user id), newest first; every action offered by
its words in the filter, and filtering by one shows its rows; the check says the log is whole, and after an
outsider with the key edits a row, says that the log was changed; the exported extract reads the same way."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.outsider_keys import opens
from tests.ui.conftest import opened, seeded_vault
from tests.ui.keys import focused, press, tab_to, type_text
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.audit_words import action_name
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.ui.audit_log import AuditDialog
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.vault import FLOOR, Home

SUPERVISOR = "bo leders lange sætning"
NEW_PASSPHRASE = "ane har en ny lang sætning"


def mnemonic(text: str) -> Qt.Key:
    letter = re.search(r"&(\w)", text)
    assert letter is not None, f"no mnemonic in {text!r}"
    return Qt.Key(ord(letter.group(1).upper()))


def counsellors_day(home: Home) -> str:
    """A counsellor opens a case, writes a consultation, closes the case and changes the passphrase; a
    supervisor has been added. Returns the case's ref."""
    session = seeded_vault(home)
    session.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    case = session.create_case(person_case(alias="Ravn-17"))
    session.add_consultation(case.id, consultation("Læreren ringede.", datetime(2026, 11, 29, 14, 5)))
    session.close_case(case.id, ClosureReason.CONCERN_RESOLVED, on=date(2026, 12, 1))
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FLOOR)
    session.lock()
    return case.ref


def audit_by_keys(qtbot, desktop: DesktopApp) -> AuditDialog:  # type: ignore[no-untyped-def]
    """Unlocked as the supervisor at 1366×768: the audit log opened from its menu by Alt and the menus'
    letters."""
    window = desktop.window
    assert window is not None
    window.showNormal()
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wanted = QCoreApplication.translate("MainWindow", "Audit &trail…")
    found: tuple[QAction, QAction] | None = None
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            plain = action.text().replace("&", "").lower()
            if action.text() == wanted or "log" in plain:
                found = (top, action)
    assert found is not None, "no menu item opens the audit log"
    top, item = found
    assert item.isEnabled()
    press(mnemonic(top.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert popup is not None
    QTest.keyClick(popup, mnemonic(item.text()))
    dialog = opened(qtbot, desktop, AuditDialog)
    assert isinstance(dialog, AuditDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    shown(qtbot, dialog)
    frame = dialog.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768
    return dialog


def column(dialog: AuditDialog, c: int) -> list[str]:
    model = dialog.table.model()
    return [str(model.index(r, c).data()) for r in range(model.rowCount())]


def shows(dialog: AuditDialog) -> str:
    return "\n".join(
        "\t".join(column(dialog, c)[r] for c in range(6)) for r in range(dialog.model.rowCount())
    )


def shown(qtbot, dialog: AuditDialog) -> None:  # type: ignore[no-untyped-def]
    """The rows asked for are read (in the worker) and on screen."""
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)


def unlock_as_supervisor(qtbot, desktop: DesktopApp) -> None:  # type: ignore[no-untyped-def]
    dialog = desktop.unlock_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.passphrase
    type_text(SUPERVISOR)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=10_000)


def check_by_keys(qtbot, dialog: AuditDialog) -> str:  # type: ignore[no-untyped-def]
    tab_to(dialog.verify_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=20_000)
    return dialog.outcome.text()


def test_the_supervisor_reads_the_log_in_words_filters_it_and_checks_it(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    ref = counsellors_day(home)
    desktop.start()
    unlock_as_supervisor(qtbot, desktop)
    dialog = audit_by_keys(qtbot, desktop)
    dialog.grab().save("/tmp/audit-log.png")

    # Danish words, the case's ref and people's names; no stored action value, no user id.
    users = {u.id for u in desktop.session.users()}
    text = shows(dialog)
    assert not any(user in text for user in users)
    assert not set(column(dialog, 3)) & {a.value for a in AuditAction}
    assert "Afsluttede en sag" in column(dialog, 3) and "Skrev en samtale" in column(dialog, 3)
    assert f"Sag {ref}" in column(dialog, 4) and f"Samtale 29.11.2026 i sag {ref}" in column(dialog, 4)
    assert "Ane Rådgiver" in column(dialog, 2) and "Bo Leder" in column(dialog, 4)  # given access
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d\.\d\d", when) for when in column(dialog, 1))
    numbers = [int(n) for n in column(dialog, 0)]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    words = column(dialog, 3)
    assert (
        words.index("Skiftede adgangssætning")
        < words.index("Afsluttede en sag")
        < words.index("Skrev en samtale")
    )

    # Every action is offered by its words (and 'every action'); choose 'close case' by typing its words.
    offered = [dialog.action.itemText(i) for i in range(dialog.action.count())]
    assert len(offered) == len(AuditAction) + 1
    assert sorted(offered[1:]) == sorted(action_name(a, "da") for a in AuditAction)
    tab_to(dialog.action)
    closing = action_name(AuditAction.CLOSE_CASE, "da")
    type_text(closing.split()[0])  # the first letters choose it (a space would open the list)
    assert dialog.action.currentText() == closing
    press(Qt.Key.Key_Return)  # Enter in a filter shows the rows
    shown(qtbot, dialog)
    assert column(dialog, 3) == [closing] and column(dialog, 4) == [f"Sag {ref}"]

    # The check, by its button: whole and unchanged.
    assert "Loggen er hel og uændret." in check_by_keys(qtbot, dialog)
    assert not dialog.technical.isVisible()

    # The extract, from the same dialog by the keyboard: newest first, in words.
    tab_to(dialog.action)
    press(Qt.Key.Key_Home)  # every action
    press(Qt.Key.Key_Return)
    shown(qtbot, dialog)
    tab_to(dialog.export_button)
    press(Qt.Key.Key_Space)
    preview = opened(qtbot, desktop, PrintPreview)
    saved = tmp_path / "uddrag.pdf"
    assert preview.save_to(saved)
    pdf = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(saved.read_bytes())).pages
    )
    assert "Uddrag af adgangsloggen" in pdf
    # what the extract covers and who made it, so no reader takes it for the whole log
    since = dialog.since.date().strftime("%d.%m.%Y")
    assert f"Udvalgt: fra {since}" in pdf and "Alle handlinger" in pdf and "Udskrevet" in pdf
    assert (
        pdf.index("Skiftede adgangssætning") < pdf.index("Afsluttede en sag") < pdf.index("Oprettede en sag")
    )
    assert not any(a.value in pdf for a in AuditAction if "-" in a.value) and not any(u in pdf for u in users)
    preview.reject()

    # One case by its ref: its rows, told by the ref; a ref the vault does not hold is said so.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tab_to(dialog.case)
    type_text(ref)
    press(Qt.Key.Key_Return)
    shown(qtbot, dialog)
    assert column(dialog, 4) and all(ref in concerning for concerning in column(dialog, 4))
    dialog.case.selectAll()
    type_text("2099-999")
    press(Qt.Key.Key_Return)
    shown(qtbot, dialog)
    assert "2099-999" in dialog.outcome.text() and dialog.outcome.isVisible()
    assert dialog.model.rowCount() == 0
    dialog.reject()
    desktop.lock()

    # An outsider with the key changes a row's detail.
    (key,) = opens(home.keys_path, SUPERVISOR)
    outsider = sqlcipher3.connect(str(home.db_path), isolation_level=None)
    try:
        outsider.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        outsider.execute("DROP TRIGGER audit_no_update")
        row = outsider.execute("SELECT id FROM audit WHERE action = 'close-case'").fetchone()[0]
        outsider.execute("UPDATE audit SET detail = 'ingenting' WHERE id = ?", (row,))
    finally:
        outsider.close()

    unlock_as_supervisor(qtbot, desktop)
    dialog = audit_by_keys(qtbot, desktop)
    said = check_by_keys(qtbot, dialog)
    assert f"Række {row} i adgangsloggen er rettet, efter at den blev skrevet." in said
    assert "Loggen er hel" not in said and "sikkerhedskopi" in said
    assert dialog.technical.isVisible() and f"audit: row {row} has been changed" in dialog.technical.text()
    dialog.grab().save("/tmp/audit-log-changed.png")
    dialog.reject()
