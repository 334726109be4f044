"""The windows say the Session's limits in Danish: a consultation past 100,000 characters is not saved and the
editor says how much it may hold; a search of more than 20 words says the limit instead of failing."""

from __future__ import annotations

from tests.conftest import consultation, person_case
from tests.ui.conftest import seeded_vault, unlock
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home


def test_the_limits_are_said_in_danish(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    session = seeded_vault(home)
    case = session.create_case(person_case())
    session.add_consultation(case.id, consultation("Samtale om fodbold og skole."))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    assert desktop.session is not None and desktop.window is not None

    editor = desktop.cases.open_editor(case.id)
    editor.body.setPlainText("x" * 100_001)
    editor.save()
    assert editor.saved is None and editor.isVisible()
    assert "højst fylde 100.000 tegn" in editor.message.text()
    assert len(desktop.session.consultations(case.id)) == 1
    editor.reject()

    search = desktop.window.search
    search.box.setText(" ".join(f"ord{i}" for i in range(21)))
    search.run_search()
    qtbot.waitUntil(lambda: "højst have 200 tegn og 20 ord" in search.status.text(), timeout=5_000)
