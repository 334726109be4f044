"""The case page after the outside review of issue 17, by the keyboard at 1366×768 on a real vault: why a
closed case was closed (and the earlier closings of a reopened one, and a closing from before vinkdesk asked),
the review history beside the review date, the note of a recorded follow-up in the action plan, the Sharing
tab's Alt-letter; the right-of-access export dialog that will not go on without the data controller's name and
a way to reach it, and its § 22, stk. 2 hint where the police, PET or the Infohus received information; and
the case list's sort kept through a lock."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import assess, person_case
from tests.ui.conftest import answer_next_box, opened, seeded_vault, unlock
from tests.ui.keys import alt, focused, press, tab_to, type_text
from tests.ui.test_review_and_closing import export_dialog_by_keys
from vinkdesk.domain import Level
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    DataCategory,
    FollowUpOutcome,
    NewDisclosure,
    ReviewKind,
)
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.access_export import AccessExportDialog
from vinkdesk.ui.case_list import DEFAULT_SORT, SUBJECT, kept_sorting
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.main_window import MainWindow, ViewState
from vinkdesk.ui.print_preview import PrintPreview
from vinkdesk.ui.unit_details import UnitDetailsDialog
from vinkdesk.vault import Home

TODAY = date.today()
SHOTS = "/tmp"


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


@pytest.fixture
def on_screen(qtbot, desktop: DesktopApp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Unlock, then the main window at 1366×768, active."""

    def show() -> MainWindow:
        desktop.start()
        unlock(qtbot, desktop)
        window = desktop.window
        assert window is not None
        window.showNormal()
        window.resize(1366, 768)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
        return window

    yield show


def open_by_keys(qtbot, window: MainWindow, ref: str) -> CasePage:  # type: ignore[no-untyped-def]
    """All cases in the list (Tab to the status filter, End), then Ctrl+K, the ref, Enter: the case opens, as
    a person finds it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None, timeout=2_000)
    if window.status_filter.currentIndex() != window.status_filter.count() - 1:
        press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        tab_to(window.status_filter)
        press(Qt.Key.Key_End)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is window.text_filter, timeout=2_000)
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(ref)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_page is not None and window.case_page.case.ref == ref, timeout=2_000)
    page = window.case_page
    assert page is not None
    return page


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def history_lines(page: CasePage) -> list[str]:
    return page.history_model.lines()


# --- why a case was closed, its closings and its reviews -----------------------------------------------


def case_with_a_course(session: Session) -> dict[str, int]:
    """Three cases: one reviewed, moved, closed for "other", reopened by a concern returned at its 6-month
    follow-up and reviewed again; one closed twice (reopened by hand between); one closed before vinkdesk
    asked why (as a vault from before the update holds it)."""
    start = TODAY - timedelta(days=420)
    returned = session.create_case(person_case(alias="Falk-4", opened_on=start))
    twice = session.create_case(person_case(alias="Hare-5", opened_on=start))
    old = session.create_case(person_case(alias="Ugle-6", opened_on=start))
    same_day = session.create_case(person_case(alias="Odder-7", opened_on=start))
    session.close_case(same_day.id, ClosureReason.OTHER, on=TODAY, note="Forkert sag.")  # closed, reopened
    session.reopen_case(same_day.id, on=TODAY)  # and closed again, all today
    session.close_case(same_day.id, ClosureReason.CONCERN_NOT_CONFIRMED, on=TODAY)
    session._today = TODAY - timedelta(days=400)  # the course as it happened, day by day
    for case in (returned, twice, old):
        assess(session, case.id, Level.RED, TODAY - timedelta(days=400))
    session._today = TODAY - timedelta(days=380)
    session.mark_reviewed(returned.id, TODAY - timedelta(days=380), note="Fraværet er faldet; mentor aftalt.")
    session.set_review_date(returned.id, TODAY - timedelta(days=330), reason="Afventer møde med familien.")
    session._today = TODAY - timedelta(days=300)
    session.close_case(
        returned.id, ClosureReason.OTHER, on=TODAY - timedelta(days=300), note="Familien bad selv om det."
    )
    session.close_case(twice.id, ClosureReason.MOVED_AWAY, on=TODAY - timedelta(days=300))
    session.close_case(old.id, ClosureReason.NO_CONTACT, on=TODAY - timedelta(days=300))
    session._today = TODAY - timedelta(days=200)
    session.reopen_case(twice.id, on=TODAY - timedelta(days=200))
    session._today = None
    six = session.follow_ups(returned.id)[0]
    session.record_follow_up(
        six.id, FollowUpOutcome.CONCERN_RETURNED, six.due_on, note="Skolen ringede: nye opslag i chatten."
    )
    session.mark_reviewed(returned.id, TODAY - timedelta(days=5), note="Ny plan med skolen.")
    session.close_case(twice.id, ClosureReason.CONCERN_RESOLVED, on=TODAY - timedelta(days=10))
    with session._write() as conn:  # closed before vinkdesk asked why: what the update leaves behind
        conn.execute("UPDATE closings SET reason = NULL WHERE case_id = ?", (old.id,))
    return {"returned": returned.id, "twice": twice.id, "old": old.id, "six": six.id, "same_day": same_day.id}


def test_the_case_page_says_why_each_closing_and_keeps_the_review_history(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook, on_screen
) -> None:
    session = seeded_vault(home)
    ids = case_with_a_course(session)
    refs = {name: session.view_case(case_id).ref for name, case_id in ids.items() if name != "six"}
    six = next(f for f in session.follow_ups(ids["returned"]) if f.id == ids["six"])
    session.lock()
    window = on_screen()
    language = labels.language()

    # Reopened by a returned concern: open, with its closing (why, in words and the counsellor's own) kept,
    # the reopening and why, the reviews with what they found or why the day moved, newest first.
    page = open_by_keys(qtbot, window, refs["returned"])
    lines = history_lines(page)
    assert page.history_box.isVisible() and page.review_row.isVisible()
    closed_on, reopened_on = TODAY - timedelta(days=300), six.due_on
    other = words.name(ClosureReason.OTHER, language)
    assert lines[0].startswith(labels.day_text(TODAY - timedelta(days=5)))
    assert words.name(ReviewKind.REVIEWED, language) in lines[0] and "Ny plan med skolen." in lines[0]
    reopening = next(line for line in lines if line.startswith(labels.day_text(reopened_on)))
    assert reopening.endswith(tr("CasePage", "Reopened: the concern returned at a follow-up"))
    closing = next(line for line in lines if line.startswith(labels.day_text(closed_on)))
    assert f"{other}: Familien bad selv om det." in closing
    moved = next(line for line in lines if words.name(ReviewKind.MOVED, language) in line)
    assert "Afventer møde med familien." in moved and labels.day_text(TODAY - timedelta(days=330)) in moved
    assert lines.index(reopening) < lines.index(closing) < lines.index(moved)  # newest first
    assert tr("CasePage", "Why closed") not in page.header.text()  # open now: no reason in the header
    assert page.history_box.frameGeometry().bottom() < page.concern_box.frameGeometry().top()
    window.grab().save(f"{SHOTS}/case-page-course.png")

    # The Sharing tab has its Alt-letter (the page's only free one: N, which New consultation gave up).
    page.timeline.setFocus()
    sharing = page.tabs.tabText(page.tabs.indexOf(page.sharing_tab))
    assert "&" in sharing and "&" not in page.new_button.text()
    alt(sharing)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.sharing_tab, timeout=2_000)

    # The note of the follow-up that reopened it, in the action plan: by Alt+P, then the arrow keys.
    page.timeline.setFocus()
    alt(page.tabs.tabText(page.tabs.indexOf(page.plan_tab)))
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.plan_tab, timeout=2_000)
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is page.actions_view, timeout=2_000)
    for _ in range(page.actions_model.rowCount()):
        if page.follow_up_detail.isVisible():
            break
        press(Qt.Key.Key_Down)
    assert page.follow_up_detail.isVisible()
    assert "Skolen ringede: nye opslag i chatten." in page.follow_up_detail.text()
    assert words.name(FollowUpOutcome.CONCERN_RETURNED, language) in page.follow_up_detail.text()
    row = page.actions_view.currentIndex().row()
    assert "Skolen ringede" in str(page.actions_model.index(row, 1).data())  # in the row too
    window.grab().save(f"{SHOTS}/case-page-follow-up-note.png")

    # Closed, reopened by hand and closed again: the header says why now; both closings in the history.
    page = open_by_keys(qtbot, window, refs["twice"])
    resolved = words.name(ClosureReason.CONCERN_RESOLVED, language)
    assert tr("CasePage", "Why closed") in page.header.text() and resolved in page.header.text()
    lines = history_lines(page)
    assert lines[0] == f"{labels.day_text(TODAY - timedelta(days=10))} · " + tr(
        "CasePage", "Closed: %1"
    ).replace("%1", resolved)
    assert f"{labels.day_text(TODAY - timedelta(days=200))} · " + tr("CasePage", "Reopened") in lines
    assert any(words.name(ClosureReason.MOVED_AWAY, language) in line for line in lines)
    assert not page.review_row.isVisible()
    window.grab().save(f"{SHOTS}/case-page-closed-twice.png")

    # Closed, reopened and closed again on one day: newest first is the order it happened in, reversed.
    page = open_by_keys(qtbot, window, refs["same_day"])
    day = labels.day_text(TODAY)
    not_confirmed = words.name(ClosureReason.CONCERN_NOT_CONFIRMED, language)
    other = words.name(ClosureReason.OTHER, language) + ": Forkert sag."
    assert history_lines(page)[:3] == [
        f"{day} · " + tr("CasePage", "Closed: %1").replace("%1", not_confirmed),
        f"{day} · " + tr("CasePage", "Reopened"),
        f"{day} · " + tr("CasePage", "Closed: %1").replace("%1", other),
    ]

    # Closed before vinkdesk asked why: said so, never left blank.
    page = open_by_keys(qtbot, window, refs["old"])
    unknown = tr("CasePage", "No reason recorded (closed before vinkdesk asked)")
    assert unknown in page.header.text() and any(unknown in line for line in history_lines(page))
    assert excepthook == []


# --- the right-of-access export: the data controller first, and the § 22, stk. 2 hint -------------------


def shared_with_police(session: Session, case_id: int) -> None:
    session.record_disclosure(
        case_id,
        NewDisclosure(
            disclosed_on=TODAY - timedelta(days=10),
            agency=Agency.POLICE,
            recipient_role="SSP-betjent",
            legal_basis="crime-prevention-115",
            purpose="Koordinere den forebyggende indsats i SSP-samarbejdet.",
            categories=(DataCategory.CONCERN,),
        ),
    )


def unit_dialog_by_keys(qtbot, export: AccessExportDialog) -> UnitDetailsDialog:  # type: ignore[no-untyped-def]
    assert focused() is export.unit_button
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: export.unit_dialog is not None and export.unit_dialog.isVisible(), timeout=2_000)
    dialog = export.unit_dialog
    assert isinstance(dialog, UnitDetailsDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    return dialog


def test_no_access_report_without_the_data_controller_and_the_security_hint(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook, on_screen
) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Krage-7", opened_on=TODAY - timedelta(days=40)))
    shared_with_police(session, case.id)
    quiet = session.create_case(person_case(alias="Mejse-8", opened_on=TODAY - timedelta(days=40)))
    session.lock()
    window = on_screen()
    page = open_by_keys(qtbot, window, case.ref)

    # Nothing about the unit: the dialog says what the report must name, and makes none (Enter included).
    export = export_dialog_by_keys(qtbot, desktop, page)
    assert export.unit_box.isVisible() and not export.make_button.isEnabled()
    said = export.unit_text.text()
    assert tr("AccessExportDialog", "the unit's name") in said
    assert tr("AccessExportDialog", "an address, a phone number or an e-mail address") in said
    assert export.security_hint.isVisible() and "§ 22, stk. 2" in export.security_hint.text()
    assert export.frameGeometry().height() < 768
    export.grab().save(f"{SHOTS}/access-export-unit-missing.png")
    assert focused() is export.unit_button
    QTest.keyClick(export.make_button, Qt.Key.Key_Return)  # even a key on the disabled button: nothing made
    assert export.isVisible() and desktop.dialogs.find(PrintPreview) is None

    # The unit's dialog from the button; a name alone is not enough: still held back, and it says why.
    unit = unit_dialog_by_keys(qtbot, export)
    assert focused() is unit.fields["name"]
    type_text("VINK Valby (Testkommune)")
    asked: list[str] = []
    answer_next_box(tr("QPlatformTheme", "Cancel"), asked)  # Esc with a name typed asks; Cancel goes back
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: asked != [], timeout=2_000)
    assert asked == [tr("UnitDetailsDialog", "Save the unit's details?")]
    assert unit.isVisible() and unit.fields["name"].text() == "VINK Valby (Testkommune)"
    qtbot.waitUntil(lambda: focused() is unit.fields["name"], timeout=2_000)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unit.isVisible(), timeout=2_000)
    qtbot.waitUntil(lambda: focused() is export.unit_button, timeout=2_000)
    assert export.unit_box.isVisible() and not export.make_button.isEnabled()
    assert tr("AccessExportDialog", "the unit's name") not in export.unit_text.text()

    # Then a way to reach it: the cursor is already in the address; the report can be made, by Enter.
    unit = unit_dialog_by_keys(qtbot, export)
    assert focused() is unit.fields["address"]
    type_text("Valby Langgade 1, 2500 Valby")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unit.isVisible(), timeout=2_000)
    qtbot.waitUntil(lambda: export.make_button.isEnabled() and not export.unit_box.isVisible(), timeout=2_000)
    export.activateWindow()
    qtbot.waitUntil(export.isActiveWindow, timeout=2_000)
    export.grab().save(f"{SHOTS}/access-export-security-hint.png")
    press(Qt.Key.Key_Return)
    preview = opened(qtbot, desktop, PrintPreview)
    assert "VINK Valby (Testkommune)" in pdf_text(preview.pdf)
    preview.reject()
    qtbot.waitUntil(lambda: desktop.dialogs.find(PrintPreview) is None, timeout=2_000)

    # A case nothing was shared from: no hint; the unit filled: no box, and the report goes on at once.
    page = open_by_keys(qtbot, window, quiet.ref)
    export = export_dialog_by_keys(qtbot, desktop, page)
    assert not export.unit_box.isVisible() and not export.security_hint.isVisible()
    assert export.make_button.isEnabled() and export.make_button.isDefault()
    export.reject()
    assert excepthook == []


def test_ctrl_l_with_the_unit_dialog_open_over_the_export(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook, on_screen
) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Krage-7", opened_on=TODAY - timedelta(days=40)))
    session.lock()
    window = on_screen()
    page = open_by_keys(qtbot, window, case.ref)
    export = export_dialog_by_keys(qtbot, desktop, page)
    unit = unit_dialog_by_keys(qtbot, export)
    type_text("VINK")
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desktop.session is None or desktop.session.is_locked, timeout=5_000)
    QApplication.processEvents()
    assert not any(
        isinstance(w, (AccessExportDialog, UnitDetailsDialog)) and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )
    assert unit is not None and excepthook == []


# --- the case list's sort through a lock -----------------------------------------------------------------


@pytest.mark.skipif(
    "sort_column" not in ViewState.__dataclass_fields__,
    reason="the main window keeps the list's sort in its ViewState (see case_list.CaseTableModel.sorting)",
)
def test_the_case_lists_sort_survives_a_lock(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook, on_screen
) -> None:
    session = seeded_vault(home)
    for alias, days in (("Ask-1", 30), ("Birk-2", 300), ("Eg-3", 100)):
        session.create_case(person_case(alias=alias, opened_on=TODAY - timedelta(days=days)))
    session.lock()
    window = on_screen()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5_000)
    header = window.table.horizontalHeader()
    descending = (SUBJECT, Qt.SortOrder.DescendingOrder)
    # By the subject's column, descending: the counsellor clicks its header (a header takes no keys).
    for _ in range(2):
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != descending:
            middle = header.sectionViewportPosition(SUBJECT) + header.sectionSize(SUBJECT) // 2
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert window.model.sorting() == descending
    shown = [str(window.model.index(r, SUBJECT).data()) for r in range(3)]
    assert shown == ["Eg-3", "Birk-2", "Ask-1"]

    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desktop.window is None, timeout=5_000)
    window = on_screen()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5_000)
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == descending
    assert window.model.sorting() == descending
    assert [str(window.model.index(r, SUBJECT).data()) for r in range(3)] == shown
    assert excepthook == []


def test_a_kept_sort_the_list_cannot_use_falls_back_to_the_newest_first() -> None:
    assert kept_sorting(SUBJECT, 0) == (SUBJECT, Qt.SortOrder.AscendingOrder)
    assert kept_sorting(99, 1) == DEFAULT_SORT
    assert kept_sorting("ref", 1) == DEFAULT_SORT
    assert kept_sorting(SUBJECT, 7) == DEFAULT_SORT
