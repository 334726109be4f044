"""The assessment wizard by keys alone (issue 15, point 2, and the due dates of point 5). Each factor's rating
is one tab stop that lands on the rating the factor has; 1–4 set absent, partly, present, unknown; ← → step
the rating; ↑ ↓ go to the previous or next factor; Tab goes on through the evidence and its source. Focus
alone, Tab, ↑ ↓ and Space never change a rating, so the saved assessment holds exactly what the keys set and
every other factor is still unknown. The recommended actions ticked on the last page are saved with their due
dates, and the case list's "next due" shows the earliest."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QTabWidget, QWidget, QWizard

from tests.conftest import person_case
from tests.ui.conftest import read_next_box, seeded_vault, unlock
from vinkdesk.assessment import Rating
from vinkdesk.domain import Level
from vinkdesk.ui import labels
from vinkdesk.ui.assessment_wizard import AssessmentWizard, IndicatorPage, RatingChoice
from vinkdesk.ui.case_list import NEXT_DUE
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home

NOTHING = Qt.KeyboardModifier.NoModifier
DIGITS = {Rating.ABSENT: Qt.Key.Key_1, Rating.PARTLY: Qt.Key.Key_2, Rating.PRESENT: Qt.Key.Key_3}
DIGITS[Rating.UNKNOWN] = Qt.Key.Key_4

# What the keys do to a factor: digits pressed, or arrows pressed (from Unknown, the rightmost). A factor not
# named here is never rated; "space" ones get a Space, which must leave them unknown.
BY_DIGITS: dict[str, list[Qt.Key]] = {
    "grievance": [Qt.Key.Key_3],
    "status": [Qt.Key.Key_2],
    "susceptibility": [Qt.Key.Key_1, Qt.Key.Key_4],  # absent, then back to unknown
    "extremist_material": [Qt.Key.Key_1],
    "criminal_history": [Qt.Key.Key_1],
    "pathway": [Qt.Key.Key_1],
    "travel_plans": [Qt.Key.Key_1],
    "stable_family": [Qt.Key.Key_3],
    "school_or_work": [Qt.Key.Key_2, Qt.Key.Key_3],
}
BY_ARROWS: dict[str, list[Qt.Key]] = {
    "threat": [Qt.Key.Key_Left] * 3,  # present, partly, absent
    "us_and_them": [Qt.Key.Key_Left] * 2,  # partly
    "milieu_contact": [Qt.Key.Key_Left] * 3 + [Qt.Key.Key_Right],  # partly
    "leakage": [Qt.Key.Key_Left] * 4,  # absent, and one more Left stays there
    "trusted_adult": [Qt.Key.Key_Left],  # present
    "rejects_violence": [Qt.Key.Key_Right, Qt.Key.Key_Left],  # Right on Unknown stays; Left: present
}
SPACE_ON = {"excitement", "dehumanising", "fixation", "belonging"}
EXPECTED = {
    "grievance": Rating.PRESENT,
    "status": Rating.PARTLY,
    "susceptibility": Rating.UNKNOWN,
    "extremist_material": Rating.ABSENT,
    "criminal_history": Rating.ABSENT,
    "pathway": Rating.ABSENT,
    "travel_plans": Rating.ABSENT,
    "stable_family": Rating.PRESENT,
    "school_or_work": Rating.PRESENT,
    "threat": Rating.ABSENT,
    "us_and_them": Rating.PARTLY,
    "milieu_contact": Rating.PARTLY,
    "leakage": Rating.ABSENT,
    "trusted_adult": Rating.PRESENT,
    "rejects_violence": Rating.PRESENT,
}
EVIDENCE = {"grievance": "Siger det selv", "milieu_contact": "Skolen har set det"}
WHAT_HAPPENED = "Har delt opslag fra en gruppe"


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(which: Qt.Key, modifier: Qt.KeyboardModifier = NOTHING) -> None:
    """A key pressed on whatever has the keyboard focus, as a person presses it."""
    QTest.keyClick(focus(), which, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def mnemonic(text: str) -> Qt.Key:
    """The Alt-letter of a button's or tab's text ("Ny &vurdering …": V)."""
    letter = text[text.index("&") + 1].upper()
    return Qt.Key(ord(letter))


def adult_case(home: Home) -> tuple[int, str]:
    session = seeded_vault(home)
    case = session.create_case(
        person_case(
            alias="Storm-40", birth_year=date.today().year - 40, opened_on=date.today() - timedelta(30)
        )
    )
    session.lock()
    return case.id, case.ref


def wizard_by_keys(qtbot, desktop: DesktopApp, home: Home) -> tuple[AssessmentWizard, int]:  # type: ignore[no-untyped-def]
    """As a counsellor does it: find the case by its ref (Ctrl+K, Enter), the Assessments tab by its
    Alt-letter, then the New assessment button by Shift+Tab from the find field, and Space."""
    case_id, ref = adult_case(home)
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(ref)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.case_page is not None and window.case_page.case.id == case_id, timeout=5_000
    )
    button = window.case_page.new_assessment_button
    tabs = next(t for t in window.case_page.findChildren(QTabWidget) if t.isAncestorOf(button))
    [tab] = [i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(button)]
    key(mnemonic(tabs.tabText(tab)), Qt.KeyboardModifier.AltModifier)  # the Assessments tab
    assert tabs.currentIndex() == tab and button.isVisible()
    # Tab inside the case list goes from cell to cell and never leaves it: back to the find field (Ctrl+K),
    # and from there Shift+Tab back through the case page to the New assessment button, and Space.
    key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    for _ in range(40):
        if focus() is button:
            break
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is button
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AssessmentWizard), timeout=5_000)
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, AssessmentWizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2_000)
    return wizard, case_id


def next_page_by_enter(qtbot, wizard: AssessmentWizard) -> None:  # type: ignore[no-untyped-def]
    before = wizard.currentId()
    assert not isinstance(focus(), QPlainTextEdit)  # Enter would start a new line there
    key(Qt.Key.Key_Return)  # the wizard's default button: Next
    assert wizard.currentId() != before
    page = wizard.currentPage()
    if isinstance(page, IndicatorPage):
        qtbot.waitUntil(lambda: page.complete, timeout=5_000)  # the rows build as the page shows


def on_choice(row_choice: RatingChoice) -> None:
    assert focus() is row_choice, f"focus on {focus()!r}, not on {row_choice.accessibleName()}"
    assert not row_choice.visibleRegion().isEmpty()  # scrolled into view


def test_a_whole_assessment_by_keys_saves_exactly_what_the_keys_set(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    wizard, case_id = wizard_by_keys(qtbot, desktop, home)
    hint = wizard.indicator_pages[0].keys_hint.text()
    assert "1–4" in hint and "← →" in hint and "Ukendt" in hint

    # The context page: the first field has the focus; Tab to "what happened", type, Tab past the text fields.
    context = wizard.context_pages[0]
    assert focus() is context.fields["raised_by"]
    key(Qt.Key.Key_Tab)
    assert focus() is context.fields["what_happened"]
    type_text(WHAT_HAPPENED)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    assert focus() is context.fields["age"]
    next_page_by_enter(qtbot, wizard)

    moved_by_tab = 0
    for page in wizard.indicator_pages:
        rows = page.rows
        for number, row in enumerate(rows):
            factor = row.indicator.id
            on_choice(row.choice)  # the one tab stop, on the rating the factor has: still unknown
            assert row.rating() is Rating.UNKNOWN and row.choice.rating() is Rating.UNKNOWN
            assert row.buttons[Rating.UNKNOWN].isChecked()
            for pressed in BY_DIGITS.get(factor, []) + BY_ARROWS.get(factor, []):
                key(pressed)
            if factor in SPACE_ON:
                key(Qt.Key.Key_Space)
            assert row.rating() is EXPECTED.get(factor, Rating.UNKNOWN), factor
            if number == len(rows) - 1:
                break
            if number % 2 or factor in EVIDENCE:  # on by Tab: the evidence, its source, the next factor
                key(Qt.Key.Key_Tab)
                assert focus() is row.evidence
                if factor in EVIDENCE:
                    type_text(EVIDENCE[factor])
                key(Qt.Key.Key_Tab)
                assert focus() is row.source
                key(Qt.Key.Key_Tab)
                moved_by_tab += 1
            else:
                key(Qt.Key.Key_Down)  # on by ↓, straight to the next factor's rating
        assert row.rating() is EXPECTED.get(row.indicator.id, Rating.UNKNOWN)
        key(Qt.Key.Key_Up)  # back up one and down again: nothing changes
        on_choice(rows[-2].choice)
        key(Qt.Key.Key_Down)
        on_choice(rows[-1].choice)
        next_page_by_enter(qtbot, wizard)
    assert moved_by_tab > 10

    # The summary: yellow (milieu partly), its actions each with a due date; untick one, save.
    summary = wizard.summary
    assert summary is not None and wizard.currentPage() is summary
    assert summary.suggestion is not None and summary.suggestion.level is Level.YELLOW
    assert summary.chosen_level() is Level.YELLOW and not summary.prompt_widgets
    today = date.today()
    shown_due = {
        action.id: " ".join(label.text() for label in box.parentWidget().findChildren(type(summary.message)))
        for box, action in summary.action_ticks
    }
    horizons = {action.id: action.horizon_days for _box, action in summary.action_ticks}
    assert horizons == {"mentor": 14, "infohus-consult": 7, "parents-meeting": 14, "ssp": 7, "reassess": 42}
    for action_id, text in shown_due.items():
        assert labels.day_text(today + timedelta(days=horizons[action_id])) in text, text
    mentor = next(box for box, action in summary.action_ticks if action.id == "mentor")
    for _ in range(60):
        if focus() is mentor:
            break
        key(Qt.Key.Key_Tab)
    assert focus() is mentor and mentor.isChecked()
    key(Qt.Key.Key_Space)
    assert not mentor.isChecked()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == QCoreApplication.translate("AssessmentWizard", "&Save assessment")
    for _ in range(60):
        if focus() is finish:
            break
        key(Qt.Key.Key_Tab)
    assert focus() is finish
    key(Qt.Key.Key_Space)
    assert not wizard.isVisible(), summary.message.text()

    # Read back from the vault: every factor exactly as the keys set it, every other one unknown.
    session = desktop.session
    assert session is not None
    stored = session.latest_assessment(case_id)
    assert stored is not None and stored.chosen_level is Level.YELLOW
    factors = [indicator.id for indicator in wizard.definition.indicators()]
    saved = {factor: Rating(stored.answers[factor]) for factor in factors}
    assert saved == {factor: EXPECTED.get(factor, Rating.UNKNOWN) for factor in factors}
    assert sum(rating is not Rating.UNKNOWN for rating in saved.values()) == len(EXPECTED) - 1
    assert stored.answers["what_happened"] == WHAT_HAPPENED
    assert {factor: note["text"] for factor, note in stored.evidence.items()} == EVIDENCE

    # The actions ticked, each due its horizon after today; the list's "next due" shows the earliest.
    actions = {a.title: a.due for a in session.actions(case_id)}
    titles = {action.id: box.accessibleName() for box, action in summary.action_ticks}
    assert actions == {titles[i]: today + timedelta(days=horizons[i]) for i in horizons if i != "mentor"}
    model = desktop.window.model  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: model.index(model.row_of(case_id), NEXT_DUE).data() == labels.day_text(today + timedelta(7)),
        timeout=5_000,
    )


def test_tabbing_and_moving_through_a_page_changes_nothing(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    """Tab and Shift+Tab round a whole page, ↑ ↓ over every factor and Space on each: every factor is still
    unknown and the wizard has nothing unsaved."""
    wizard, _case_id = wizard_by_keys(qtbot, desktop, home)
    next_page_by_enter(qtbot, wizard)
    page = wizard.indicator_pages[0]
    rows = page.rows
    assert not wizard.has_unsaved_changes()
    stops: list[QWidget] = []
    for _ in range(3 * len(rows) + 8):  # all the way round, wizard buttons included
        stops.append(focus())
        key(Qt.Key.Key_Tab)
    for _ in range(3 * len(rows) + 8):
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    choices = [w for w in stops if isinstance(w, RatingChoice)]
    assert choices[: len(rows)] == [row.choice for row in rows]  # one stop per factor, in order
    assert not any(isinstance(w, QCheckBox) or w in row.buttons.values() for w in stops for row in rows)
    rows[0].choice.setFocus()
    for _ in rows:
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Down)
    for _ in rows:
        key(Qt.Key.Key_Up)
    on_choice(rows[0].choice)
    assert all(row.rating() is Rating.UNKNOWN for row in rows)
    assert all(rating is Rating.UNKNOWN for rating in page.ratings().values())
    assert not wizard.has_unsaved_changes()

    seen: list[str] = []  # F1 in the wizard lists its keys (the main window's F1 is shadowed by it)
    read_next_box(seen)
    key(Qt.Key.Key_F1)
    [keys] = seen
    assert "1 · 2 · 3 · 4" in keys and "← →" in keys and "↑ ↓" in keys and "Ikke til stede" in keys
    assert wizard.isVisible() and all(row.rating() is Rating.UNKNOWN for row in rows)
