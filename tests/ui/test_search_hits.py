"""Search hits name the case by ref and alias and mark the match in bold, never with FTS5's raw brackets; the
note's own text is the user's, so any markup in it is shown as text, never interpreted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import consultation, person_case
from tests.ui.conftest import seeded_vault, unlock
from vinkdesk.session.search import snippet_parts
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.search_panel import HTML_ROLE
from vinkdesk.vault import Home

HOSTILE = "Så [noget] <img src=x onerror=alert(1)> & <b>kampsportsklubben</b>"


def test_a_hit_shows_the_alias_and_the_match_in_bold_and_escapes_the_note(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home
) -> None:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17"))
    session.add_consultation(case.id, consultation(HOSTILE))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.box
    QTest.keyClicks(window.search.box, "kampsport")
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=10_000)
    index = window.search.model.index(0)
    shown = index.data(HTML_ROLE)
    assert case.ref in shown and "Ravn-17" in shown
    assert "<b>kampsportsklubben</b>" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown and "<img" not in shown
    assert "&lt;b&gt;" in shown and "&amp;" in shown
    assert "[noget]" in shown  # the note's own brackets are text
    plain = index.data()
    assert "Ravn-17" in plain and "[kampsportsklubben]" not in plain and "kampsportsklubben" in plain
    status = window.search.status.text()
    assert "1" in status and "1 resultater" not in status and "matches" not in status
    QTest.keyClick(window.search.box, Qt.Key.Key_Down)  # ↓ into the hits, Enter opens the consultation
    assert QApplication.focusWidget() is window.search.results
    QTest.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.case_page is not None and window.case_page.case.id == case.id
    window.grab().save("/tmp/keys/search_hits.png")


def test_snippet_parts_mark_only_words_of_the_query() -> None:
    parts = snippet_parts("en [kniv] og [1] […] [Kniven]", "kniv")
    assert parts == [("en ", False), ("kniv", True), (" og [1] […] ", False), ("Kniven", True)]
    assert snippet_parts("ingen træf", "kniv") == [("ingen træf", False)]
