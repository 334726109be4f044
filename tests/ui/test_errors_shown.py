"""Every error a user can meet is shown, in Danish, with what to do: a receipt dated before its notification,
a sync that fails in the background (status bar and sync panel), and an error no slot handled (a short dialog,
and one line in errors.log that names the type and the place but never the case data in its message)."""

from __future__ import annotations

import stat
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE, person_case
from tests.test_assessment_authority import record
from tests.ui.conftest import read_next_box, unlock
from vinkdesk.domain import Level
from vinkdesk.session import NotificationDecision, Session
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.errors import ERROR_LOG, unhandled_reporter
from vinkdesk.ui.sync_panel import SyncPanel
from vinkdesk.vault import FLOOR, Home


def test_a_receipt_dated_before_its_notification_is_refused_in_danish(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    case = session.create_case(person_case(birth_year=date.today().year - 15))
    sent = date.today() - timedelta(days=1)
    session.finish_assessment(
        case.id,
        record({"leakage": "partly"}, None, Level.YELLOW),
        decisions=[NotificationDecision("duty-to-notify", True, sent)],
    )
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    page = desktop.window.open_case(case.id)
    page.tabs.setCurrentIndex(2)
    page.duties.setCurrentRow(0)
    assert page.receipt_button.isEnabled()
    page.receipt_date.setDate(sent - timedelta(days=3))
    seen: list[str] = []
    read_next_box(seen)
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    assert seen and "ikke registreret" in seen[0] and "ikke dateres før" in seen[0], seen
    assert desktop.session.notifications(case.id)[0].receipt_on is None  # nothing was written


def test_a_failed_background_sync_shows_in_the_status_bar_and_the_sync_panel(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    session.create_case(person_case())  # a quarter with counts to send
    session.lock()
    desktop.settings.share_path = str(tmp_path / "no-such-share")
    desktop.start()
    unlock(qtbot, desktop)  # a sync is tried at every unlock
    qtbot.waitUntil(
        lambda: "ikke synkroniseret" in desktop.window.statusBar().currentMessage(), timeout=10_000
    )
    assert "Værktøjer" in desktop.window.statusBar().currentMessage()  # where to look
    panel = desktop.sync.show_sync_panel()
    assert isinstance(panel, SyncPanel)
    qtbot.waitUntil(lambda: panel.table.rowCount() > 0, timeout=10_000)
    states = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert all("Mislykket" in s for s in states), states  # each quarter says it failed


def test_an_error_no_slot_handled_is_shown_and_logged_without_its_message(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path
) -> None:
    report = unhandled_reporter(tmp_path)
    secret = "Ravn-17 sagde noget om sin bror"
    try:
        {"alias": "x"}[secret]  # a KeyError whose message carries case text, raised in a test frame
    except KeyError:
        kind, error, tb = sys.exc_info()
    seen: list[str] = []
    read_next_box(seen)
    assert kind is not None and error is not None
    report(kind, error, tb)
    assert seen and "Noget gik galt" in seen[0] and "KeyError" in seen[0] and secret not in seen[0]
    log = tmp_path / ERROR_LOG
    line = log.read_text()
    assert "KeyError at test_errors_shown." in line and secret not in line and "Ravn" not in line
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
