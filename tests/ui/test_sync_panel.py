"""The sync panel and the coordinator's window, driven by keys at 1366×768: confirming the coordinator by the
fingerprint read out on the phone, a wrong one refused in Danish, the laptop's own fingerprint on screen,
enrolment and the report with every file not counted listed; a pending sync retried at unlock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import consultation, person_case
from tests.ui.conftest import opened, seeded_vault, unlock, visible_texts
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.coordinator_window import CoordinatorDialog
from vinkdesk.vault import FLOOR, Home

COORDINATOR = "koordinatorens lange sætning"


def a_case(home: Home) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17", opened_on=date.today()))
    session.add_consultation(case.id, consultation("Hemmeligt notat om Ravn", None))
    session.lock()


def type_into(window: QWidget, text: str) -> None:
    """Type on whatever has the keyboard focus in the window, as a person would."""
    widget = window.focusWidget()
    assert widget is not None
    QTest.keyClicks(widget, text)


def press(window: QWidget, key: Qt.Key) -> None:
    widget = window.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key)


def test_the_counsellor_confirms_the_coordinator_by_keys_then_syncs_sealed_files(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    a_case(home)
    share = tmp_path / "share"
    share.mkdir()
    coordinator, _ = Coordinator.create(tmp_path / "coordinator", share, "Enheden", COORDINATOR, FLOOR)
    desktop.start()
    unlock(qtbot, desktop)
    desktop.window.resize(1366, 768)
    panel = desktop.sync.show_sync_panel()
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=10_000)
    qtbot.waitExposed(panel)
    panel.activateWindow()
    device = desktop.session.device_fingerprint()
    assert device in panel.device.text()
    assert "Afventer" in panel.table.item(0, 1).text()
    panel.show_payloads()
    qtbot.waitUntil(lambda: panel.payload_view is not None, timeout=10_000)
    shown = panel.payload_view.browser.toPlainText()
    assert "Aktive sager" in shown and "Ravn" not in shown and "Hemmeligt" not in shown
    panel.payload_view.reject()
    assert list(share.iterdir()) == [share / "vinkdesk"] and not (share / "vinkdesk" / "sealed").exists()
    panel.share.setFocus()
    panel.share.selectAll()
    type_into(panel, f' "{share}" ')  # as Explorer's "Copy as path" gives it: quoted
    panel.fingerprint.setFocus()
    type_into(panel, "AAAA AAAA AAAA AAAA AAAA AAAA")  # a mishearing on the phone
    press(panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ikke" in panel.message.text(), timeout=10_000)
    assert coordinator.fingerprint in panel.message.text() and "Intet blev sendt" in panel.message.text()
    assert desktop.session.pinned_coordinator() == ""
    panel.fingerprint.selectAll()
    type_into(panel, coordinator.fingerprint.lower())
    press(panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.session.pinned_coordinator() == coordinator.fingerprint, timeout=10_000)
    qtbot.waitUntil(lambda: panel.focusWidget() is panel.sync_button, timeout=5_000)
    press(panel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "forseglet" in panel.message.text(), timeout=10_000)
    # the table is read again in the worker after the message: wait for it rather than race it
    qtbot.waitUntil(lambda: "Synkroniseret" in panel.table.item(0, 1).text(), timeout=10_000)
    assert desktop.settings.share_path == str(share)
    sealed = list((share / "vinkdesk" / "sealed").iterdir())
    assert sealed and all(b"Ravn" not in p.read_bytes() for p in sealed)
    panel.grab().save(str(tmp_path / "panel.png"))


def test_a_changed_coordinator_key_stops_the_sync_with_both_fingerprints_in_danish(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    a_case(home)
    share, elsewhere = tmp_path / "share", tmp_path / "elsewhere"
    share.mkdir()
    elsewhere.mkdir()
    coordinator, _ = Coordinator.create(tmp_path / "coordinator", share, "Enheden", COORDINATOR, FLOOR)
    impostor, _ = Coordinator.create(tmp_path / "impostor", elsewhere, "Falsk", COORDINATOR, FLOOR)
    desktop.start()
    unlock(qtbot, desktop)
    desktop.session.pin_coordinator(share, coordinator.fingerprint)
    (share / "vinkdesk" / "coordinator.pub").write_bytes(impostor.public.to_file())
    panel = desktop.sync.show_sync_panel()
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=10_000)
    panel.share.setText(str(share))
    panel.sync_button.setFocus()
    press(panel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Ikke synkroniseret" in panel.message.text(), timeout=10_000)
    message = panel.message.text()
    assert coordinator.fingerprint in message and impostor.fingerprint in message and "ændret" in message
    sealed = share / "vinkdesk" / "sealed"
    assert not sealed.exists() or list(sealed.iterdir()) == []


def test_the_coordinator_opens_enrols_and_reports_by_keys_without_a_vault(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    coordinator, _ = Coordinator.create(tmp_path / "coordinator", share, "Enheden", COORDINATOR, FLOOR)
    laptop = seeded_vault(Home(tmp_path / "laptop"))
    laptop.create_case(person_case(opened_on=date.today()))
    laptop.pin_coordinator(share, coordinator.fingerprint)
    laptop.sync(share)
    device = laptop.device_fingerprint()
    laptop.lock()
    coordinator.lock()
    desktop.start()  # no vault in this home: the first-run dialog
    desktop.first_run.coordinator_requested.emit()
    window = opened(qtbot, desktop, CoordinatorDialog)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.activateWindow()
    assert desktop.session is None
    window.home.setFocus()
    type_into(window, str(tmp_path / "coordinator"))
    window.share.setFocus()
    type_into(window, str(share))
    window.passphrase.setFocus()
    type_into(window, "forkert kodeord her")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "forkert" in window.message.text() and window.open_button.isEnabled(), timeout=10_000
    )
    assert not window.enrolment.isEnabled()
    window.passphrase.setFocus()
    window.passphrase.selectAll()
    type_into(window, COORDINATOR)
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.enrolment.isEnabled(), timeout=10_000)
    assert window.focusWidget() is window.device
    window.out.setText(str(tmp_path / "report"))
    window.report_button.setFocus()
    press(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "ikke tilmeldt" in window.findings.toPlainText(), timeout=10_000)
    assert device in window.findings.toPlainText()
    window.device.setFocus()
    type_into(window, device.lower())
    press(window, Qt.Key.Key_Tab)
    type_into(window, "Rådgiver 3")
    window.enrol_button.setFocus()
    press(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.devices.rowCount() == 1, timeout=5_000)
    assert window.devices.item(0, 1).text() == "Rådgiver 3"
    window.report_button.setFocus()
    press(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Alle filer" in window.findings.toPlainText(), timeout=10_000)
    year = date.today().year
    assert (tmp_path / "report" / f"aarsrapport-{year}-udkast.pdf").read_bytes().startswith(b"%PDF")
    assert "Udkast til udgivelse 1" in window.message.text(), window.message.text()
    texts = visible_texts(QApplication.instance())
    assert "Enrol" not in texts and "Make a draft" not in texts  # Danish throughout
    window.grab().save(str(tmp_path / "coordinator.png"))

    # Releasing by keys: one laptop, so the box names the risk, and Enter keeps its default (Cancel).
    seen: list[str] = []

    def answer(publish: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        assert box.defaultButton().text() == "Annullér"
        if publish:
            for _ in range(6):  # Tab to "Udgiv alligevel", then Space, as a person would
                if box.focusWidget() is not None and box.focusWidget().text() == "Udgiv alligevel":
                    break
                QTest.keyClick(box.focusWidget(), Qt.Key.Key_Tab)
            assert box.focusWidget().text() == "Udgiv alligevel"
            QTest.keyClick(box.focusWidget(), Qt.Key.Key_Space)
        else:
            QTest.keyClick(box.focusWidget(), Qt.Key.Key_Return)

    assert window.release_button.isEnabled()
    window.release_button.setFocus()
    QTimer.singleShot(0, lambda: answer(publish=False))
    press(window, Qt.Key.Key_Space)
    assert seen and "Kun 1 computer har" in seen[-1] and "udgivelse 1" in seen[-1], seen
    assert window.message.text() == "Intet blev udgivet."
    assert not (tmp_path / "report" / f"aarsrapport-{year}.csv").exists()
    window.release_button.setFocus()
    QTimer.singleShot(0, lambda: answer(publish=True))
    press(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "gemt i arkivet" in window.message.text(), timeout=10_000)
    assert window.message.text().startswith(f"Udgivet: udgivelse 1 for {year}"), window.message.text()
    published = (tmp_path / "report" / f"aarsrapport-{year}.csv").read_text("utf-8").splitlines()
    assert published[0].endswith(",status") and all(line.endswith(",1,released") for line in published[1:])
    assert not window.release_button.isEnabled()
    window.activateWindow()  # what the window manager does when the box closes (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)

    window.devices.setCurrentCell(0, 0)
    window.retire_button.setFocus()
    press(window, Qt.Key.Key_Space)
    assert "udgået" in window.devices.item(0, 2).text()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and window.coordinator is None  # Ctrl+L: closed, the key forgotten


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
    coordinator, _ = Coordinator.create(tmp_path / "coordinator", share, "Enheden", COORDINATOR, FLOOR)
    unlock(qtbot, desktop)
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=5_000)
    assert {s.state for s in desktop.session.sync_status()} == {"failed"}  # not confirmed: nothing sent
    desktop.session.pin_coordinator(share, coordinator.fingerprint)
    desktop.lock()
    unlock(qtbot, desktop)
    qtbot.waitUntil(lambda: not desktop.worker.busy, timeout=5_000)
    assert {s.state for s in desktop.session.sync_status()} == {"synced"}
    assert len(list((share / "vinkdesk" / "sealed").iterdir())) >= 1


def test_the_coordinators_window_locks_itself_after_idle_time(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    Coordinator.create(tmp_path / "coordinator", share, "Enheden", COORDINATOR, FLOOR)[0].lock()
    desktop.start()
    desktop.first_run.coordinator_requested.emit()
    window = opened(qtbot, desktop, CoordinatorDialog)
    window.home.setText(str(tmp_path / "coordinator"))
    window.passphrase.setText(COORDINATOR)
    window.open_home()
    qtbot.waitUntil(lambda: window.coordinator is not None, timeout=10_000)
    coordinator = window.coordinator
    desktop.autolock.set_idle_ms(300)  # nobody touches the keyboard or the mouse from now on
    qtbot.waitUntil(lambda: desktop.dialogs.find(CoordinatorDialog) is None, timeout=5_000)
    assert coordinator._data_key is None  # the key is wiped, the window gone
    assert not any(isinstance(w, CoordinatorDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
