"""The sync panel and the coordinator's dialog through the windows; a pending sync retried at unlock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import consultation, person_case
from tests.ui.conftest import seeded_vault, unlock
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home


def a_case(home: Home) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17", opened_on=date.today()))
    session.add_consultation(case.id, consultation("Hemmeligt notat om Ravn", None))
    session.lock()


def test_the_panel_shows_what_leaves_then_syncs_and_the_coordinator_reports(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    a_case(home)
    share = tmp_path / "share"
    share.mkdir()
    desktop.start()
    unlock(qtbot, desktop)
    desktop.show_sync_panel()
    panel = desktop.sync_panel
    assert panel.table.rowCount() >= 1 and "Afventer" in panel.table.item(0, 1).text()
    panel.show_payloads()
    shown = panel.payload_view.browser.toPlainText()
    assert "Aktive sager" in shown and "Ravn" not in shown and "Hemmeligt" not in shown
    assert list(share.iterdir()) == []  # looking writes nothing
    panel.share.setText(str(share))
    panel.sync_now()
    qtbot.waitUntil(lambda: "skrevet" in panel.message.text(), timeout=10_000)
    assert "Synkroniseret" in panel.table.item(0, 1).text()
    assert desktop.settings.share_path == str(share)
    assert len(list((share / "vinkdesk").rglob("*.json"))) >= 1

    desktop.show_aggregate()
    dialog = desktop.aggregate_dialog
    dialog.out.setText(str(tmp_path / "report"))
    dialog.run()
    qtbot.waitUntil(
        lambda: "Talte" in dialog.message.text() or "Counted" in dialog.message.text(), timeout=10_000
    )
    assert (tmp_path / "report" / "annual-report.pdf").exists()


def test_a_pending_sync_is_retried_at_the_next_unlock(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    a_case(home)
    share = tmp_path / "share-later"
    desktop.settings.share_path = str(share)  # the network drive is not there yet
    desktop.start()
    unlock(qtbot, desktop)
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=5_000)
    assert {s.state for s in desktop.session.sync_status()} == {"failed"}
    desktop.lock()
    share.mkdir()
    unlock(qtbot, desktop)
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=5_000)
    assert {s.state for s in desktop.session.sync_status()} == {"synced"}
    assert len(list((share / "vinkdesk").rglob("*.json"))) >= 1


def test_the_coordinator_reaches_the_annual_report_without_a_vault(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, tmp_path: Path
) -> None:
    desktop.start()  # no vault in this home: the first-run dialog
    desktop.first_run.coordinator_requested.emit()
    dialog = desktop.aggregate_dialog
    assert dialog.isVisible() and desktop.session is None
    (tmp_path / "share").mkdir()
    dialog.share.setText(str(tmp_path / "share"))
    dialog.out.setText(str(tmp_path / "report"))
    dialog.run()
    qtbot.waitUntil(lambda: (tmp_path / "report" / "annual-report.csv").exists(), timeout=10_000)
