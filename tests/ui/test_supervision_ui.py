"""Supervision through the windows: the counsellor adds a supervisor, the supervisor unlocks with their own
passphrase and works the queue, the counsellor sees the verdicts and amends what was returned; access and
audit reports open from memory."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from tests.conftest import consultation, person_case
from tests.ui.conftest import opened, seeded_vault, unlock
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.ui.supervision import AddSupervisorDialog
from vinkdesk.vault import Home

SUPERVISOR = "bo leders lange sætning"


def test_supervisor_reviews_and_counsellor_sees_and_amends(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17"))
    first = session.add_consultation(case.id, consultation("Første samtale", datetime(2026, 3, 4, 9)))
    second = session.add_consultation(case.id, consultation("Anden samtale", datetime(2026, 3, 11, 9)))
    session.lock()

    # The counsellor adds the supervisor, who types their own passphrase.
    desktop.start()
    unlock(qtbot, desktop)
    supervisors = desktop.keys.supervisors()
    qtbot.mouseClick(supervisors.add_button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, desktop, AddSupervisorDialog)
    dialog.name.setText("Bo Leder")
    dialog.passphrase.setText(SUPERVISOR)
    dialog.repeat.setText(SUPERVISOR)
    dialog.add()
    qtbot.waitUntil(lambda: desktop.dialogs.find(AddSupervisorDialog) is None, timeout=15_000)
    assert "Bo Leder" in supervisors.list.item(0).text()
    desktop.lock()

    # The supervisor: role shown, the queue oldest first, approve one and return the other.
    unlock(qtbot, desktop, SUPERVISOR)
    assert "Bo Leder (leder)" in desktop.window.user_label.text()
    queue = desktop.supervision.review_queue()
    assert queue.items.count() == 2 and queue.model.index(0, 0).data() == "04.03.2026"
    assert "Første samtale" in queue.detail.toPlainText() and "Ravn-17" in queue.detail.toPlainText()
    queue.verdict("approved")
    assert queue.items.count() == 1
    queue.verdict("returned")  # no comment: refused
    assert "comment" in queue.message.text().lower() and queue.items.count() == 1
    queue.comment.setPlainText("Skriv hvad læreren rådede til.")
    queue.verdict("returned")
    assert queue.items.count() == 0
    queue.accept()
    audit = desktop.supervision.audit()
    qtbot.waitUntil(lambda: audit.table.model().rowCount() > 0, timeout=15_000)  # read in the worker
    audit.verify_chain()
    qtbot.waitUntil(audit.verify_button.isEnabled, timeout=15_000)  # the check has answered
    assert audit.message.text() and "⚠" not in audit.message.text()
    audit.export_pdf()
    extract = opened(qtbot, desktop, PrintPreview)
    assert extract.document.pageCount() >= 1
    saved_to = home.folder.parent / "audit-extract.pdf"
    assert extract.save_to(saved_to) and saved_to.read_bytes().startswith(b"%PDF")
    exported = [e for e in desktop.session.audit_entries() if e.action == "export"]
    assert exported and exported[-1].detail == "audit extract"  # saving the extract is audited too
    extract.reject()
    audit.reject()
    desktop.lock()

    # The counsellor sees the verdicts, the returned work, and amends it; the approved one is locked.
    unlock(qtbot, desktop)
    returned = desktop.supervision.returned()
    assert returned.items.count() == 1 and "Skriv hvad læreren rådede til." in returned.comment.toPlainText()
    returned.reject()
    page = desktop.window.open_case(case.id)
    reviews = "\n".join(page.reviews.item(i).text() for i in range(page.reviews.count()))
    assert "Godkendt" in reviews and "Sendt tilbage" in reviews
    editor = desktop.cases.open_editor(case.id, second.id)
    editor.body.setPlainText("Anden samtale. Læreren fik råd om at inddrage forældrene.")
    editor.save()
    assert desktop.session.returned_to_me() == []
    approved = desktop.cases.open_editor(case.id, first.id)
    assert "låst" in approved.notice.text()
    approved.body.setPlainText("Første samtale, med en tilføjelse.")
    approved.save()
    assert approved.saved.supersedes == first.id  # an amendment; the original stays
    assert desktop.session.consultation(first.id).body == "Første samtale"
    desktop.printing.preview_access(case.id)
    access = opened(qtbot, desktop, PrintPreview)
    pages = access.document.pageCount()  # the article-15 sections come first: the notes are further on
    assert any("Første samtale" in access.document.getAllText(p).text() for p in range(pages))
    access.reject()


def test_the_retention_dialog_lists_old_closed_cases_and_deletes_one(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    session = seeded_vault(home)
    old = session.create_case(person_case(alias="Gammel-1", opened_on=date(2018, 2, 1)))
    session.add_consultation(old.id, consultation("Gammelt notat", datetime(2018, 2, 2, 9)))
    session.close_case(old.id, ClosureReason.CONCERN_RESOLVED, on=date(2019, 1, 15))
    recent = session.create_case(person_case(alias="Ny-2"))
    session.close_case(recent.id, ClosureReason.CONCERN_RESOLVED)
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    dialog = desktop.supervision.retention()
    assert dialog.items.count() == 1 and old.ref in dialog.items.item(0).text()
    dialog.items.setCurrentRow(0)
    dialog.delete_chosen(confirm=False)
    qtbot.waitUntil(lambda: dialog.items.count() == 0, timeout=15_000)
    assert "ingen spor" in dialog.message.text()  # the scrub finished, and the counsellor is told so
    assert [s.ref for s in desktop.session.list_cases()] == [recent.ref]
    assert desktop.session.audit_entries(old.id)[-1].action == "delete-case"
    dialog.purge_audit()  # nothing is that old yet
    qtbot.waitUntil(lambda: dialog.message.text().startswith("0 rækker i adgangsloggen"), timeout=10_000)
