"""The assessment wizard end to end with qtbot: every page by keyboard, an override with a justification,
leaving and resuming, the under-18 prompt, actions into the plan, and the case's level updated."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE, person_case
from tests.test_assessment_records import v2_registry
from tests.ui.conftest import seeded_vault, unlock
from vinkdesk.assessment import Rating
from vinkdesk.domain import Level
from vinkdesk.session import ASSESSMENT_DRAFT, AssessmentRecord, NotificationDecision, Session
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.vault import Home


def minor_case(home: Home) -> int:
    session = seeded_vault(home)
    case = session.create_case(
        person_case(
            alias="Vibe-15", birth_year=date.today().year - 15, opened_on=date.today() - timedelta(days=30)
        )
    )
    session.lock()
    return case.id


def open_wizard(qtbot, desktop: DesktopApp, case_id: int):  # type: ignore[no-untyped-def]
    desktop.start()
    unlock(qtbot, desktop)
    desktop.window.open_case(case_id)
    wizard = desktop.cases.open_wizard(case_id)
    assert wizard is not None and wizard.isVisible()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=2_000)
    return wizard


def press_next(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Enter on a control that does not take it presses the wizard's default button, Next."""
    before = wizard.currentId()
    focus = wizard.focusWidget()
    for _ in range(10):  # Tab past text fields, where Enter would start a new line
        if focus is not None and focus.metaObject().className() not in {"QPlainTextEdit", "QLineEdit"}:
            break
        qtbot.keyClick(focus or wizard, Qt.Key.Key_Tab)
        focus = wizard.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert wizard.currentId() != before


def test_the_whole_wizard_by_keyboard_with_an_override(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = minor_case(home)
    wizard = open_wizard(qtbot, desktop, case_id)
    assert wizard.currentPage().subTitle() == "Trin 1 af 7"
    context = wizard.context_pages[0]
    assert context.fields["age"].value() == 15  # taken from the case
    what = context.fields["what_happened"]
    what.setFocus()
    qtbot.keyClicks(what, "Eleven har vist en video af et angreb i klassen")
    press_next(qtbot, wizard)

    # Rate by keyboard: each row starts at Unknown; Left moves to Present, Left again to Partly, …
    for page in wizard.indicator_pages:
        for row in page.rows:
            assert row.rating() is Rating.UNKNOWN
            row.choice.setFocus()  # the factor's one tab stop (tests/ui/test_wizard_keys.py tabs there)
            present = {"identification", "milieu_contact"}
            steps = 1 if row.indicator.id in present else 3  # Present, or all the way to Absent
            for _ in range(steps):
                qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Left)
        press_next(qtbot, wizard)
    rows = {r.indicator.id: r for p in wizard.indicator_pages for r in p.rows}
    assert (
        rows["identification"].rating() is Rating.PRESENT
        and rows["milieu_contact"].rating() is Rating.PRESENT
    )
    assert all(
        r.rating() is Rating.ABSENT for i, r in rows.items() if i not in {"identification", "milieu_contact"}
    )

    summary = wizard.summary
    assert wizard.currentPage() is summary
    assert summary.suggestion.level is Level.RED  # a warning behaviour with milieu activity
    assert (
        "identificerer sig med krigere eller med gerningspersoner bag tidligere angreb – til stede"
        in summary.suggested.text()
    )
    assert "Rød – indgribende" in summary.suggested.text()
    assert "første vurdering" in summary.changes.text()
    assert summary.prompts_box.isVisible() and set(summary.prompt_widgets) == {
        "duty_to_notify",
        "police_referral",
    }

    # Override to yellow: refused without a justification, accepted with one.
    summary.level_buttons[Level.YELLOW].setChecked(True)
    assert set(summary.prompt_widgets) == {"duty_to_notify"}  # no police referral at yellow
    done, on, _not_done, _reason = summary.prompt_widgets["duty_to_notify"]
    done.setChecked(True)
    on.setFocus()
    qtbot.keyClick(on.focusWidget() or on, Qt.Key.Key_Down)  # a day back, typed-digit field
    assert on.date() == date.today() - timedelta(days=1)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "skriv hvorfor" in summary.message.text()
    summary.justification.setFocus()
    qtbot.keyClicks(summary.justification, "Videoen blev delt som advarsel, ikke som ros.")
    ticked = summary.ticked_actions()
    assert ticked and all(t.title and t.action_id for t in ticked)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()

    session = desktop.session
    case = session.view_case(case_id)
    assert case.level is Level.YELLOW
    stored = session.latest_assessment(case_id)
    assert stored.suggested_level is Level.RED and stored.chosen_level is Level.YELLOW
    assert stored.justification == "Videoen blev delt som advarsel, ikke som ros."
    assert stored.answers["identification"] == "present" and stored.answers["what_happened"].startswith(
        "Eleven"
    )
    assert sorted(a.title for a in session.actions(case_id)) == sorted(t.title for t in ticked)
    assert all(a.due is not None and a.due >= date.today() for a in session.actions(case_id))
    assert all(a.assessment_id == stored.id for a in session.actions(case_id))
    [notification] = session.notifications(case_id)
    assert notification.kind == "duty-to-notify" and notification.done_on == date.today() - timedelta(days=1)
    page = desktop.window.case_page
    assert "Gul" in page.level_history.text()
    model = desktop.window.model
    qtbot.waitUntil(
        lambda: model.case_at(model.row_of(case_id)).level is Level.YELLOW, timeout=5_000
    )  # the list


def test_leave_and_resume_at_the_same_page(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = minor_case(home)
    wizard = open_wizard(qtbot, desktop, case_id)
    press_next(qtbot, wizard)
    wizard.indicator_pages[0].rows[0].set_rating(Rating.PRESENT)
    wizard.indicator_pages[0].rows[0].evidence.setText("Siger det selv")
    press_next(qtbot, wizard)
    assert wizard.currentPage().step.id == "intent"
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # Save and close
    assert not wizard.isVisible()
    assert desktop.session.draft(ASSESSMENT_DRAFT, case_id)["page"] == "intent"

    desktop.lock()  # even across a lock
    unlock(qtbot, desktop)
    resumed = desktop.cases.open_wizard(case_id)
    assert resumed.currentPage().step.id == "intent"
    first = resumed.indicator_pages[0].rows[0]
    assert first.rating() is Rating.PRESENT and first.evidence.text() == "Siger det selv"


def test_a_lock_keeps_the_wizard_as_a_draft(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = minor_case(home)
    wizard = open_wizard(qtbot, desktop, case_id)
    press_next(qtbot, wizard)
    wizard.indicator_pages[0].rows[2].set_rating(Rating.PARTLY)
    desktop.lock()
    session = Session.unlock(home, PASSPHRASE)
    draft = session.draft(ASSESSMENT_DRAFT, case_id)
    assert draft is not None and draft["answers"]["identity_belonging"] == "partly"
    session.lock()


def test_an_overdue_receipt_is_flagged_on_the_case_page(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    case_id = minor_case(home)
    session = Session.unlock(home, PASSPHRASE)
    session.record_notification(
        case_id, NotificationDecision("duty-to-notify", True, date.today() - timedelta(days=14))
    )
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    page = desktop.window.open_case(case_id)
    text = page.duties.item(0).text()
    assert text.startswith("⚠") and "ingen kvittering" in text
    page.duties.setCurrentRow(0)
    assert page.receipt_button.isEnabled()
    page.receipt_button.click()
    assert "kvittering" in page.duties.item(0).text() and not page.duties.item(0).text().startswith("⚠")


def test_a_v1_assessment_opens_after_v2_is_added_and_the_new_one_shows_what_changed(  # type: ignore[no-untyped-def]
    qtbot, home: Home, settings, languages, tmp_path: Path
) -> None:
    registry = v2_registry(tmp_path)
    case_id = minor_case(home)
    session = Session.unlock(home, PASSPHRASE)
    v1 = registry.get("prevention-triangle", 1)
    old_id = session.save_assessment(
        case_id,
        AssessmentRecord(
            v1.id,
            1,
            {"grievance": "present", "opportunistic": "partly"},
            Level.GREEN,
            [],  # the Session stores its own reasons
            [],
            Level.GREEN,
        ),
    )
    session.lock()
    from vinkdesk.vault import FLOOR

    desktop = DesktopApp(home, settings, languages, kdf=FLOOR, idle_ms=60_000, definitions=registry)
    desktop.start()
    unlock(qtbot, desktop)
    desktop.window.open_case(case_id)
    view = desktop.cases.show_assessment(old_id)
    shown = view.browser.toPlainText()
    assert "prevention-triangle v1" in shown
    assert (
        "Oplevet uretfærdighed eller krænkelse" in shown
        and "Tilfældig eller opportunistisk involvering" in shown
    )
    assert "Ingen individuel bekymring for radikalisering ud fra det, der vides: almen forebyggelse." in shown
    view.close()

    wizard = desktop.cases.open_wizard(case_id)
    assert wizard.definition.version == 2
    while wizard.currentPage() is not wizard.summary:
        wizard.next()
    changed = wizard.summary.changes.text()
    assert "Ekkokamre online" in changed and "(ny)" in changed
    assert "Tilfældig eller opportunistisk involvering" in changed and "(udgået)" in changed
    wizard.reject()
    desktop.lock()


def test_undetermined_green_needs_a_justification_in_the_wizard(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    """Nothing rated: the summary says it is not an all-clear, names the warning behaviours to find out about
    first, and green cannot be saved until the counsellor writes why."""
    case_id = minor_case(home)
    wizard = open_wizard(qtbot, desktop, case_id)
    desktop.window.resize(1366, 768)
    assert wizard.frameGeometry().width() <= 1366 and wizard.frameGeometry().height() <= 768
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    def press_finish() -> None:  # Tab to Finish, then Space, as a keyboard user does
        for _ in range(40):
            if wizard.focusWidget() is finish:
                break
            qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Tab)
        assert wizard.focusWidget() is finish
        qtbot.keyClick(finish, Qt.Key.Key_Space)

    while wizard.currentPage() is not wizard.summary:
        press_next(qtbot, wizard)
    summary = wizard.summary
    shown = summary.suggested.text()
    assert (
        summary.suggestion.undetermined
        and "Ikke afgjort" in shown
        and "ukendt er ikke det samme som grønt" in shown
    )
    assert "Find ud af først" in shown
    listed = shown.split("<ol>")[1]
    assert (
        listed.index("Undersøger, planlægger")
        < listed.index("Fortæller andre, at vedkommende")
        < listed.index("Aktiv i et ekstremistisk miljø")
    )
    assert summary.level_buttons[Level.GREEN].isChecked() and summary.justification.isEnabled()
    assert "duty_to_notify" in summary.prompt_widgets  # a minor: asked at green too
    _done, _on, not_done, reason = summary.prompt_widgets["duty_to_notify"]
    not_done.setChecked(True)
    reason.setFocus()
    qtbot.keyClicks(reason, "Ingen grund til at antage, at barnet har behov for særlig støtte")
    press_finish()
    assert wizard.isVisible() and "grønt er ikke en frikendelse" in summary.message.text()
    assert desktop.session.latest_assessment(case_id) is None
    summary.justification.setFocus()
    qtbot.keyClicks(
        summary.justification, "Skolen og forældrene beskriver ingen advarselstegn; vi følger op."
    )
    press_finish()
    assert not wizard.isVisible()
    stored = desktop.session.latest_assessment(case_id)
    assert (
        stored.undetermined
        and stored.chosen_level is Level.GREEN
        and stored.justification.startswith("Skolen")
    )
    [notification] = desktop.session.notifications(case_id)
    assert notification.kind == "duty-to-notify" and not notification.done
