"""Every menu action, every button of the main window and the case page, and every button of each dialog they
open, driven at least once — as a counsellor, as a supervisor, and as a coordinator without a vault — on a
1366×768 window. Any exception that reaches the excepthook fails the walk (pytest-qt turns one raised in a Qt
slot into a failure; the hook below catches the rest)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton

from tests.conftest import PASSPHRASE
from tests.ui.conftest import opened, unlock
from tests.ui.walker import Walker, settle_for
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.demo import populate
from vinkdesk.session import Session
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.coordinator_window import CoordinatorDialog
from vinkdesk.vault import FLOOR, Home

SUPERVISOR = "lederens egen passphrase"
COORDINATOR = "koordinatorens lange passphrase"


def demo_vault(home: Home, share: Path) -> None:
    session, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    populate(session, 12, 7, date.today() - timedelta(days=3))
    session.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    session.lock()


def never_lock_or_quit(button: QAbstractButton) -> bool:
    return False


def walk_unlocked(qtbot, desktop: DesktopApp, walker: Walker, secret: str) -> None:  # type: ignore[no-untyped-def]
    """Open a case, press every button of the main window (the case page included), then every menu action
    (Lock and Quit last); after each, back to an unlocked window if it locked."""
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    window.table.selectRow(0)
    walker.settle()
    page = window.case_page
    assert page is not None
    for tab in range(page.tabs.count()):  # a button on a hidden tab is pressed when its tab shows
        if desktop.window is not None and desktop.window.case_page is page:
            page.tabs.setCurrentIndex(tab)
            walker.settle()
            walker.press_all(page.tabs.currentWidget(), depth=0)
    if desktop.window is not None:
        walker.press_all(desktop.window.centralWidget(), depth=0)
    paths = walker.menu_paths()
    texts = {p: walker.action_at(p).text().replace("&", "") for p in paths}
    # English before Dansk, so the walk goes on in Danish; Lock and Quit last.
    order = {"English": 1, "Dansk": 2, "Lås nu": 3, "Afslut": 4}
    for path in sorted(paths, key=lambda p: order.get(texts[p], 0)):
        if desktop.window is None:  # an action locked (or the language rebuilt the window): carry on
            if desktop.session is None:
                unlock(qtbot, desktop, secret)
            assert desktop.window is not None
            desktop.window.resize(1366, 768)
        walker.trigger(path)


def test_every_action_as_counsellor_and_supervisor(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, tmp_path: Path, excepthook: list[str]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    demo_vault(home, share)
    desktop.settings.share_path = str(share)
    desktop.start()
    with Walker(desktop, settle_for(qtbot, desktop)) as walker:
        print("WALK")  # the list of what was walked is printed when the test fails
        for secret in (PASSPHRASE, SUPERVISOR):
            if desktop.session is None:
                if desktop.unlock_dialog is None:  # Quit locked and asked for nothing more: start again
                    desktop.show_unlock()
                unlock(qtbot, desktop, secret)
            walk_unlocked(qtbot, desktop, walker, secret)
            assert desktop.session is None and desktop.window is None  # Quit went through the lock
    walked = "\n".join(walker.walked)
    print(walked, "\n".join(walker.answered), sep="\nANSWERED\n")
    for expected in (
        "menu Skift adgangssætning",
        "menu Ledere",
        "menu Udskift nøglen til dine notater",
        "menu Adgangslog",
        "CasePage: Ny samtale",
        "CasePage: Ny vurdering",
        "ActionDialog",
        "ConsultationEditor",
        "AssessmentWizard",
        "PrintPreview",
        "SyncPanel",
        "SupervisorsDialog",
    ):
        assert expected.lower() in walked.lower(), f"{expected!r} was never walked"
    assert excepthook == [], excepthook
    unexpected = [a for a in walker.answered if "uventet" in a.lower() or "unexpected" in a.lower()]
    assert unexpected == [], unexpected  # a bug that guard() showed to the user instead of raising
    assert len(walker.walked) > 60


def test_every_button_of_the_coordinators_window_without_a_vault(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, tmp_path: Path, excepthook: list[str]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    Coordinator.create(tmp_path / "coordinator", share, "Enheden", COORDINATOR, FLOOR)[0].lock()
    desktop.start()
    assert desktop.first_run is not None
    with Walker(desktop, settle_for(qtbot, desktop)) as walker:
        desktop.first_run.coordinator_requested.emit()
        window = opened(qtbot, desktop, CoordinatorDialog)
        window.resize(1366, 768)
        window.home.setText(str(tmp_path / "coordinator"))
        window.share.setText(str(share))
        window.out.setText(str(tmp_path / "report"))
        window.passphrase.setText(COORDINATOR)
        walker.press_all(window, depth=0)
    assert len(walker.walked) >= 5, walker.walked
    assert excepthook == [], excepthook
    assert not [a for a in walker.answered if "uventet" in a.lower()], walker.answered
