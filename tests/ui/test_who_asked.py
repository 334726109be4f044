"""Who asked, on a new case and by the keyboard: the new case's page says how to record the first
consultation; Ctrl+Shift+N opens the editor with who asked taken from the case's referral; an organisation
and a contact are typed (a contact that is neither a phone number nor an e-mail address is refused, saying
so); they come back in the editor, on the case page and in the summary PDF, and never reach the share."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import person_case
from tests.ui.conftest import opened, seeded_vault, unlock
from tests.ui.keys import focused, tab_to
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.domain import InquirerRole, ReferralSource
from vinkdesk.reports.summary import consultation_summary
from vinkdesk.sync.seal import open_sealed
from vinkdesk.sync.share import mailbox_of
from vinkdesk.ui.consultation_editor import ConsultationEditor
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import FLOOR, Home

ORGANISATION = "Sundbyvester Skole"
CONTACT = "lærer.ane@sundbyvester.dk"
NOTE = "Socialrådgiveren fortalte om en ny vennekreds"


def test_who_asked_by_keys_comes_back_everywhere_but_the_share(
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = seeded_vault(home)
    case = session.create_case(
        person_case(alias="Falk-9", referral_source=ReferralSource.SOCIAL_SERVICES, opened_on=date.today())
    )
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    page = window.open_case(case.id)

    # A new case: each empty pane says what goes there instead of showing nothing.
    assert page.notes_stack.currentWidget() is page.notes_hint and page.notes_hint.isVisible()
    assert "Ctrl+Shift+N" in page.notes_hint.text()
    assert page.plan_stack.currentWidget() is page.plan_hint
    assert page.assessments_stack.currentWidget() is page.assessments_hint

    page.tabs.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    QTest.keyClick(
        focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    editor = opened(qtbot, desktop, ConsultationEditor)
    assert editor.inquirer.value() is InquirerRole.SOCIAL_WORKER  # as the case was referred, not "teacher"
    assert not editor.has_unsaved_changes()  # the default is no change of the user's
    qtbot.waitUntil(lambda: focused() is editor.body, timeout=2_000)
    QTest.keyClicks(focused(), NOTE)
    tab_to(editor.organisation)
    QTest.keyClicks(focused(), ORGANISATION)
    tab_to(editor.contact)
    QTest.keyClicks(focused(), "Ane på skolen")
    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save and close
    assert editor.isVisible() and editor.saved is None  # refused, saying why, with the text kept
    assert editor.message.text() and focused() is editor.contact
    assert desktop.session.consultations(case.id) == []
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), CONTACT)
    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)

    [saved] = desktop.session.consultations(case.id)
    assert (saved.inquirer_role, saved.inquirer_organisation, saved.inquirer_contact) == (
        InquirerRole.SOCIAL_WORKER,
        ORGANISATION,
        CONTACT,
    )
    qtbot.waitUntil(lambda: page.notes_stack.currentWidget() is not page.notes_hint, timeout=2_000)
    detail = page.detail.toPlainText()
    assert ORGANISATION in detail and CONTACT in detail and "Socialrådgiver" in detail

    # Back in the editor as saved.
    again = desktop.cases.open_editor(case.id, saved.id)
    assert again is not None
    assert (again.organisation.text(), again.contact.text()) == (ORGANISATION, CONTACT)
    assert again.inquirer.value() is InquirerRole.SOCIAL_WORKER
    again.reject()

    # In the summary PDF, read back.
    pdf = consultation_summary(desktop.session.summary_data(case.id), "da")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert f"Socialrådgiver · {ORGANISATION} · {CONTACT}" in text
    assert "Rejst af Socialforvaltning" in text

    # Never on the share: neither in its files nor inside the sealed payloads.
    share = tmp_path / "share"
    share.mkdir()
    coordinator, _ = Coordinator.create(
        tmp_path / "coordinator", share, "Enheden", "Koordinatorens kodeord", FLOOR
    )
    desktop.session.pin_coordinator(share, coordinator.fingerprint)
    coordinator.enrol(desktop.session.device_fingerprint(), "Rådgiver")
    written = desktop.session.sync(share).written
    assert written
    opener = coordinator.state.keypair.opener()
    blobs = [p.read_bytes() for p in share.rglob("*") if p.is_file()]
    blobs += [open_sealed(p.read_bytes(), opener) for p in mailbox_of(share).iterdir()]
    for blob in blobs:
        for secret in (ORGANISATION, CONTACT, "Sundbyvester", "sundbyvester.dk"):
            assert secret.encode().lower() not in blob.lower()
            assert secret.encode("ascii", "backslashreplace").lower() not in blob.lower()


def test_a_draft_keeps_who_asked_and_an_older_draft_without_it_still_opens(qtbot, home: Home) -> None:  # type: ignore[no-untyped-def]
    session = seeded_vault(home)
    case = session.create_case(person_case(referral_source=ReferralSource.YOUTH_CLUB))
    editor = ConsultationEditor(session, case)
    qtbot.addWidget(editor)
    assert editor.inquirer.value() is InquirerRole.CLUB_WORKER
    editor.body.setPlainText(NOTE)
    editor.organisation.setText(ORGANISATION)
    editor.contact.setText(CONTACT)
    assert editor.flush_draft() is None
    [(_kind, _case, _target, content)] = session.drafts()
    editor.reject()
    resumed = ConsultationEditor(session, case, draft=content)
    qtbot.addWidget(resumed)
    assert (resumed.organisation.text(), resumed.contact.text()) == (ORGANISATION, CONTACT)
    older = {k: v for k, v in content.items() if not k.startswith("inquirer_o") and k != "inquirer_contact"}
    from_older = ConsultationEditor(session, case, draft=older)
    qtbot.addWidget(from_older)
    assert from_older.body.toPlainText() == NOTE and from_older.contact.text() == ""
    session.lock()
