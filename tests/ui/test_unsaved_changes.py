"""A key never loses a note (issue 14, point 3): in the consultation editor, the assessment wizard and the
action editor, Esc, Cancel and the window's close button ask before unsaved text goes (back to editing is the
default and what Esc on the question does; Discard only by its own choice); Ctrl+S saves and stays,
Ctrl+Enter saves and closes; the lock closes silently and keeps the draft; a full disk is said in Danish and
loses nothing.

Driven by keys on the focused widget, in Danish, with the main window at 1366×768. The questions are found
as the active modal widget from a timer, as a person sees them. pytest-qt fails a test on any exception that
reaches sys.excepthook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget, QWizard

from tests.conftest import person_case
from tests.ui.conftest import seeded_vault, unlock, visible_texts
from tests.ui.keys import alt
from vinkdesk.domain import Level
from vinkdesk.session import ASSESSMENT_DRAFT, CONSULTATION_DRAFT
from vinkdesk.ui.action_plan import ActionDialog
from vinkdesk.ui.assessment_wizard import AssessmentWizard
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.consultation_editor import ConsultationEditor
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.i18n import Languages
from vinkdesk.ui.leaving import KEEP_DRAFT_BUTTON
from vinkdesk.ui.settings import Settings
from vinkdesk.vault import FLOOR, Home

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Moren fortæller, at sønnen har trukket sig fra venner og fodbold"
MORE = " og taler om hævn"
CTRL = Qt.KeyboardModifier.ControlModifier
W = TypeVar("W", bound=QWidget)


# --- the counsellor's hands ---------------------------------------------------------------------------------


def press(
    window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key on whatever widget of the window has the focus, as typed."""
    QTest.keyClick(window.focusWidget() or window, key, modifier)


def type_text(window: QWidget, text: str) -> None:
    QTest.keyClicks(window.focusWidget() or window, text)


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The window in front, as after clicking on it (a desktop gives it back when a question closes)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)


def shown(kind: type[W]) -> W | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) <= 1, found
    return found[0] if found else None


def opened(qtbot, kind: type[W]) -> W:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: shown(kind) is not None, timeout=5_000)
    window = shown(kind)
    assert window is not None
    activate(qtbot, window)
    return window


@dataclass
class Question:
    text: str
    buttons: list[str]
    back_is_default: bool  # Cancel (back to editing) is the default button and the escape button
    can_save: bool
    can_keep_draft: bool


def press_in(box: QMessageBox, choice: str) -> None:
    """Answer by keys: Esc, Enter on the default button, or Tab to the chosen button and Space."""
    if choice in ("esc", "enter"):
        press(box, Qt.Key.Key_Escape if choice == "esc" else Qt.Key.Key_Return)
        return
    target = {
        "save": box.button(QMessageBox.StandardButton.Save),
        "discard": box.button(QMessageBox.StandardButton.Discard),
        "keep": box.findChild(QPushButton, KEEP_DRAFT_BUTTON),
    }[choice]
    assert target is not None, f"no {choice} button"
    for _ in range(8):
        if box.focusWidget() is target:
            break
        press(box, Qt.Key.Key_Tab)
    assert box.focusWidget() is target
    QTest.keyClick(target, Qt.Key.Key_Space)


@contextmanager
def answering(choice: str | Callable[[QMessageBox], None]) -> Iterator[list[Question]]:
    """Every question box shown while inside is read and answered (an unexpected one too, so that it cannot
    hang the test: the test then fails on what was asked)."""
    asked: list[Question] = []
    failures: list[BaseException] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        asked.append(
            Question(
                box.text() + "\n" + box.informativeText(),
                [button.text() for button in box.buttons()],
                cancel is not None and box.defaultButton() is cancel and box.escapeButton() is cancel,
                box.button(QMessageBox.StandardButton.Save) is not None,
                box.findChild(QPushButton, KEEP_DRAFT_BUTTON) is not None,
            )
        )
        try:
            choice(box) if callable(choice) else press_in(box, choice)
        except BaseException as error:  # noqa: BLE001 - reported below; the box must not stay open
            failures.append(error)
            if shiboken6.isValid(box) and box.isVisible():
                box.done(0)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        yield asked
    finally:
        timer.stop()
    assert not failures, failures


def the_question(asked: list[Question]) -> Question:
    assert len(asked) == 1, asked
    question = asked[0]
    assert question.back_is_default  # Enter or Esc on the question goes back to editing
    assert "Forkast" in question.buttons and "Annuller" in question.buttons  # Danish
    return question


# --- the scene ----------------------------------------------------------------------------------------------


def case_on_screen(qtbot, desktop: DesktopApp, home: Home, **changes: object) -> CasePage:  # type: ignore[no-untyped-def]
    session = seeded_vault(home)
    case = session.create_case(person_case(**changes))
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    return window.open_case(case.id)


def opened_by(qtbot, button: QPushButton, kind: type[W]) -> W:  # type: ignore[no-untyped-def]
    """Click the button; the dialog it opens, which fits the screen."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, kind)
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= area.width() and dialog.frameGeometry().height() <= area.height()
    return dialog


def new_consultation(qtbot, page: CasePage) -> ConsultationEditor:  # type: ignore[no-untyped-def]
    return opened_by(qtbot, page.new_button, ConsultationEditor)


def new_assessment(qtbot, page: CasePage) -> AssessmentWizard:  # type: ignore[no-untyped-def]
    return opened_by(qtbot, page.new_assessment_button, AssessmentWizard)


def new_action(qtbot, page: CasePage) -> ActionDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_action_button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, ActionDialog)
    assert dialog.focusWidget() is dialog.title
    return dialog


def consultation_drafts(desktop: DesktopApp) -> list[str]:
    assert desktop.session is not None
    return [c["body"] for kind, _case, _target, c in desktop.session.drafts() if kind == CONSULTATION_DRAFT]


def bodies(desktop: DesktopApp, case_id: int) -> list[str]:
    assert desktop.session is not None
    return [c.body for c in desktop.session.consultations(case_id, include_history=False)]


# --- the consultation editor --------------------------------------------------------------------------------


def test_esc_over_a_drafted_note_asks_and_keep_as_draft_keeps_it(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    case_id = page.case.id
    editor = new_consultation(qtbot, page)
    type_text(editor, NOTE)
    qtbot.waitUntil(
        lambda: editor.draft_state.text().startswith("Kladde gemt"), timeout=6_000
    )  # the autosave

    # The case: "Draft saved" showing, Esc. The question comes; Esc on it goes back to the note.
    with answering("esc") as asked:
        press(editor, Qt.Key.Key_Escape)
    question = the_question(asked)
    assert question.can_save and question.can_keep_draft and "Gem" in question.buttons
    assert editor.isVisible() and editor.body.toPlainText() == NOTE
    with answering("enter") as asked:  # Enter takes the default: back to editing too
        press(editor, Qt.Key.Key_Escape)
    the_question(asked)
    assert editor.isVisible() and editor.body.toPlainText() == NOTE

    activate(qtbot, editor)
    type_text(editor, MORE)
    with answering("keep") as asked:
        press(editor, Qt.Key.Key_Escape)
    the_question(asked)
    assert not editor.isVisible()
    assert consultation_drafts(desktop) == [NOTE + MORE]  # the words typed after the autosave too
    assert bodies(desktop, case_id) == []

    # Reopening offers it (after a lock and unlock as well), and Discard then removes it.
    desktop.lock()
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None and window.banner.isVisible()
    qtbot.mouseClick(window.banner.resume_button, Qt.MouseButton.LeftButton)
    resumed = opened(qtbot, ConsultationEditor)
    assert resumed.body.toPlainText() == NOTE + MORE
    with answering("discard") as asked:
        press(resumed, Qt.Key.Key_Escape)
    the_question(asked)  # a restored draft is unsaved: it asks, not closes
    assert not resumed.isVisible()
    assert consultation_drafts(desktop) == [] and bodies(desktop, case_id) == []


def test_the_close_button_asks_too_and_discard_removes_the_draft(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    editor = new_consultation(qtbot, page)
    type_text(editor, NOTE)
    editor.flush_draft()
    assert consultation_drafts(desktop) == [NOTE]

    with answering("esc") as asked:
        assert not editor.close()  # the window's close button
    the_question(asked)
    assert editor.isVisible() and editor.body.toPlainText() == NOTE

    with answering("discard") as asked:
        assert editor.close()
    the_question(asked)
    assert not editor.isVisible()
    assert consultation_drafts(desktop) == [] and bodies(desktop, page.case.id) == []


def test_cancel_asks_and_save_on_the_question_saves(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    editor = new_consultation(qtbot, page)
    type_text(editor, NOTE)
    cancel = editor.buttons.button(editor.buttons.StandardButton.Cancel)
    with answering("save") as asked:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    the_question(asked)
    assert not editor.isVisible()
    assert bodies(desktop, page.case.id) == [NOTE] and consultation_drafts(desktop) == []


def test_esc_with_nothing_unsaved_closes_without_asking(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    editor = new_consultation(qtbot, page)
    type_text(editor, "x")
    press(editor, Qt.Key.Key_Backspace)  # typed and taken back: nothing unsaved
    with answering("esc") as asked:
        press(editor, Qt.Key.Key_Escape)
    assert asked == [] and not editor.isVisible()
    assert consultation_drafts(desktop) == []


def test_ctrl_s_saves_and_stays_and_ctrl_enter_saves_and_closes(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    case_id = page.case.id
    editor = new_consultation(qtbot, page)
    type_text(editor, NOTE)
    editor.flush_draft()
    press(editor, Qt.Key.Key_S, CTRL)
    assert editor.isVisible() and editor.message.text() == ""
    assert bodies(desktop, case_id) == [NOTE] and consultation_drafts(desktop) == []
    type_text(editor, MORE)
    press(editor, Qt.Key.Key_S, CTRL)  # the same consultation again, not a second one
    assert bodies(desktop, case_id) == [NOTE + MORE]
    with answering("esc") as asked:  # all saved: Esc just closes
        press(editor, Qt.Key.Key_Escape)
    assert asked == [] and not editor.isVisible()
    assert NOTE + MORE in page.detail.toPlainText()  # the case page shows what was saved

    editor = new_consultation(qtbot, page)
    type_text(editor, "Anden samtale")
    press(editor, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible()
    editor = new_consultation(qtbot, page)
    type_text(editor, "Tredje samtale")
    press(editor, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)  # Enter on the keypad
    assert not editor.isVisible()
    assert sorted(bodies(desktop, case_id)) == sorted([NOTE + MORE, "Anden samtale", "Tredje samtale"])
    assert consultation_drafts(desktop) == []


def test_a_refused_save_is_said_in_danish_and_keeps_the_text(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    editor = new_consultation(qtbot, page)
    press(editor, Qt.Key.Key_Tab)  # to Advice, leaving the notes empty
    type_text(editor, "Råd uden notat")
    press(editor, Qt.Key.Key_Return, CTRL)
    assert editor.isVisible() and editor.advice.toPlainText() == "Råd uden notat"
    assert editor.message.text() == "Skriv, hvad samtalen handlede om, før du gemmer."


# --- the assessment wizard ----------------------------------------------------------------------------------


def type_what_happened(qtbot, wizard: AssessmentWizard, text: str) -> None:  # type: ignore[no-untyped-def]
    field = wizard.context_pages[0].fields["what_happened"]
    field.setFocus()
    press(wizard, Qt.Key.Key_End, CTRL)  # after what is there already
    type_text(wizard, text)


def test_the_wizard_asks_keeps_discards_and_saves_by_keys(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home, birth_year=1980)
    case_id = page.case.id
    session = desktop.session
    assert session is not None
    wizard = new_assessment(qtbot, page)
    type_what_happened(qtbot, wizard, NOTE)
    with answering("esc") as asked:
        press(wizard, Qt.Key.Key_Escape)
    question = the_question(asked)
    assert question.can_keep_draft and not question.can_save  # nothing to finish on the first page
    assert wizard.isVisible() and wizard.context_pages[0].fields["what_happened"].toPlainText() == NOTE

    activate(qtbot, wizard)
    subtitle = wizard.currentPage().subTitle()
    press(wizard, Qt.Key.Key_S, CTRL)  # the progress kept as a draft; the wizard stays
    assert wizard.isVisible() and wizard.currentPage().subTitle() != subtitle
    assert session.draft(ASSESSMENT_DRAFT, case_id)["answers"]["what_happened"] == NOTE
    with answering("esc") as asked:  # kept: Esc just closes
        press(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()

    wizard = new_assessment(qtbot, page)  # resumed from the draft
    assert wizard.context_pages[0].fields["what_happened"].toPlainText() == NOTE
    type_what_happened(qtbot, wizard, MORE)
    with answering("keep") as asked:
        assert wizard.close()  # the window's close button; Keep as draft closes it
    the_question(asked)
    assert not wizard.isVisible()
    assert session.draft(ASSESSMENT_DRAFT, case_id)["answers"]["what_happened"] == NOTE + MORE

    wizard = new_assessment(qtbot, page)
    type_what_happened(qtbot, wizard, " (ikke alligevel)")
    with answering("discard") as asked:
        press(wizard, Qt.Key.Key_Escape)
    the_question(asked)
    assert not wizard.isVisible()
    assert session.draft(ASSESSMENT_DRAFT, case_id) is None and session.latest_assessment(case_id) is None

    # Ctrl+Enter before the summary keeps the draft and closes (there is nothing to finish yet) …
    wizard = new_assessment(qtbot, page)
    assert wizard.context_pages[0].fields["what_happened"].toPlainText() == ""
    type_what_happened(qtbot, wizard, NOTE)
    press(wizard, Qt.Key.Key_Return, CTRL)
    assert not wizard.isVisible() and session.draft(ASSESSMENT_DRAFT, case_id) is not None
    assert session.latest_assessment(case_id) is None

    # … on the summary the question offers Save, and Ctrl+Enter finishes the assessment.
    wizard = new_assessment(qtbot, page)
    while wizard.currentPage() is not wizard.summary:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    summary = wizard.summary
    assert summary is not None
    summary.justification.setFocus()
    type_text(wizard, "Intet tyder på bekymring; vi følger op med skolen.")
    with answering("esc") as asked:
        press(wizard, Qt.Key.Key_Escape)
    assert the_question(asked).can_save
    activate(qtbot, wizard)
    press(wizard, Qt.Key.Key_Return, CTRL)
    assert not wizard.isVisible(), summary.message.text()
    stored = session.latest_assessment(case_id)
    assert stored is not None and stored.justification.startswith("Intet tyder")
    assert stored.answers["what_happened"] == NOTE
    assert session.draft(ASSESSMENT_DRAFT, case_id) is None


def test_the_wizard_without_changes_closes_without_asking(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home, birth_year=1980)
    wizard = new_assessment(qtbot, page)
    qtbot.mouseClick(
        wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
    )  # looking only
    with answering("esc") as asked:
        press(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()
    assert desktop.session is not None and desktop.session.draft(ASSESSMENT_DRAFT, page.case.id) is None


def test_the_duties_answered_on_the_summary_are_kept_in_the_draft(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home, birth_year=date.today().year - 15)  # a minor: the duty asks
    wizard = new_assessment(qtbot, page)
    while wizard.currentPage() is not wizard.summary:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    summary = wizard.summary
    assert summary is not None and "duty_to_notify" in summary.prompt_widgets
    _done, _on, not_done, reason = summary.prompt_widgets["duty_to_notify"]
    qtbot.mouseClick(not_done, Qt.MouseButton.LeftButton)
    reason.setFocus()
    type_text(wizard, "Familien har allerede hjælp fra kommunen")
    summary.level_buttons[Level.YELLOW].setChecked(True)  # another level and back: the answer stays
    summary.level_buttons[Level.GREEN].setChecked(True)
    assert summary.prompt_widgets["duty_to_notify"][3].text() == "Familien har allerede hjælp fra kommunen"
    with answering("keep") as asked:
        press(wizard, Qt.Key.Key_Escape)
    assert the_question(asked).can_save
    assert not wizard.isVisible()

    wizard = new_assessment(qtbot, page)
    assert wizard.currentPage() is wizard.summary
    summary = wizard.summary
    assert summary is not None
    _done, _on, not_done, reason = summary.prompt_widgets["duty_to_notify"]
    assert not_done.isChecked() and reason.text() == "Familien har allerede hjælp fra kommunen"
    with answering("esc") as asked:  # resumed and untouched: nothing unsaved
        press(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()


# --- the action editor --------------------------------------------------------------------------------------


def test_the_action_editor_asks_save_or_discard(qtbot, desktop: DesktopApp, home: Home) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home)
    session = desktop.session
    assert session is not None

    def titles() -> list[str]:
        return sorted(a.title for a in session.actions(page.case.id))

    dialog = new_action(qtbot, page)
    type_text(dialog, "Ring til skolen")
    with answering("esc") as asked:
        press(dialog, Qt.Key.Key_Escape)
    question = the_question(asked)
    assert question.can_save and question.can_keep_draft
    assert dialog.isVisible() and dialog.title.text() == "Ring til skolen"
    with answering("discard") as asked:
        assert dialog.close()
    the_question(asked)
    assert not dialog.isVisible() and titles() == []

    dialog = new_action(qtbot, page)
    type_text(dialog, "Ring til skolen")
    press(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible() and titles() == ["Ring til skolen"]
    type_text(dialog, " om mandagen")
    press(dialog, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible() and titles() == ["Ring til skolen om mandagen"]
    assert page.actions_model.rowCount() == 1  # the case page shows it

    dialog = new_action(qtbot, page)
    with answering("esc") as asked:
        press(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()

    dialog = new_action(qtbot, page)
    with answering("esc") as asked:  # a refusal is said in Danish; nothing typed goes
        press(dialog, Qt.Key.Key_S, CTRL)
    assert asked == [] and dialog.isVisible() and dialog.message.text() == "Beskriv handlingen."
    type_text(dialog, "Møde med forældrene")
    with answering("save") as asked:
        press(dialog, Qt.Key.Key_Escape)
    the_question(asked)
    assert not dialog.isVisible() and titles() == ["Møde med forældrene", "Ring til skolen om mandagen"]
    assert page.actions_model.rowCount() == 2


def test_an_action_being_written_survives_a_lock_and_is_offered_back(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+L while an action is being typed keeps it as a draft inside the vault (never as text on disk); the
    banner offers it after the unlock, and saving it removes the draft. Esc → Keep as draft does the same."""
    page = case_on_screen(qtbot, desktop, home)
    case_id = page.case.id
    dialog = new_action(qtbot, page)
    type_text(dialog, "Ring til klubbens leder")
    press(dialog, Qt.Key.Key_L, CTRL)
    assert desktop.session is None and not dialog.isVisible()
    for path in home.folder.iterdir():
        if path.is_file():
            assert b"klubbens leder" not in path.read_bytes(), path.name
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None
    qtbot.waitUntil(window.banner.isVisible)
    assert "handling" in window.banner.text.text()  # an action, not a consultation
    activate(qtbot, window)
    alt(window.banner.resume_button.text())  # Danish: Alt+Æ
    qtbot.waitUntil(lambda: window.case_page is not None and window.case_page.action_dialog is not None)
    page = window.case_page
    assert page is not None and page.case.id == case_id
    resumed = page.action_dialog
    assert resumed is not None
    qtbot.waitUntil(resumed.isVisible)
    qtbot.waitUntil(resumed.isActiveWindow)  # keys go where the person looks: wait until the window has them
    assert resumed.title.text() == "Ring til klubbens leder"
    assert resumed.message.text() == "Gendannet fra din kladde."
    press(resumed, Qt.Key.Key_Return, CTRL)
    session = desktop.session
    assert session is not None
    assert [a.title for a in session.actions(case_id)] == ["Ring til klubbens leder"]
    assert [d for d in session.drafts() if d[0] == "action"] == []
    qtbot.waitUntil(lambda: not window.banner.isVisible())

    dialog = new_action(qtbot, page)
    type_text(dialog, "Møde med SSP")
    with answering("keep") as asked:
        press(dialog, Qt.Key.Key_Escape)
    the_question(asked)
    assert not dialog.isVisible()
    qtbot.waitUntil(window.banner.isVisible)
    window.banner.discard_button.click()
    assert [d for d in session.drafts() if d[0] == "action"] == []
    assert [a.title for a in session.actions(case_id)] == ["Ring til klubbens leder"]


# --- the lock -----------------------------------------------------------------------------------------------


def test_the_lock_closes_silently_keeps_the_drafts_and_leaves_no_text(
    qtbot, desktop: DesktopApp, home: Home
) -> None:  # type: ignore[no-untyped-def]
    page = case_on_screen(qtbot, desktop, home, birth_year=1980)
    case_id = page.case.id
    wizard = new_assessment(qtbot, page)
    type_what_happened(qtbot, wizard, "Vurdering i gang")
    with answering("esc") as asked:
        desktop.lock()
    assert asked == []  # the lock never asks
    assert (
        not shiboken6.isValid(wizard) or wizard.context_pages[0].fields["what_happened"].toPlainText() == ""
    )

    unlock(qtbot, desktop)
    assert desktop.session is not None
    assert desktop.session.draft(ASSESSMENT_DRAFT, case_id)["answers"]["what_happened"] == "Vurdering i gang"
    window = desktop.window
    assert window is not None and window.case_page is not None
    page = window.case_page
    editor = new_consultation(qtbot, page)
    type_text(editor, NOTE)  # not yet autosaved

    # The lock comes while the question is open (the idle timer, the screensaver): it goes too, silently.
    def lock_instead_of_answering(box: QMessageBox) -> None:
        desktop.lock()

    with answering(lock_instead_of_answering) as asked:
        press(editor, Qt.Key.Key_Escape)
    assert len(asked) == 1 and desktop.session is None
    assert shown(QMessageBox) is None and shown(ConsultationEditor) is None
    assert not shiboken6.isValid(editor) or editor.body.toPlainText() == ""
    assert NOTE not in visible_texts(QApplication.instance())

    unlock(qtbot, desktop)
    assert consultation_drafts(desktop) == [NOTE]
    window = desktop.window
    assert window is not None and window.case_page is not None
    action = new_action(qtbot, window.case_page)
    type_text(action, "Hemmelig handling")
    with answering("esc") as asked:
        desktop.lock()
    assert asked == [] and (not shiboken6.isValid(action) or action.title.text() == "")
    assert "Hemmelig handling" not in visible_texts(QApplication.instance())


# --- a full disk --------------------------------------------------------------------------------------------


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte, as a full laptop disk is."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 12, 1):
            chunk = b"\0" * size
            while True:
                try:
                    os.write(fd, chunk)
                except OSError:
                    break
    finally:
        os.close(fd)
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "small"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(disk)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)])


def test_a_full_disk_is_said_in_danish_and_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, small_disk: Path, settings: Settings, languages: Languages
) -> None:
    home = Home(small_disk / "home")
    desktop = DesktopApp(home, settings, languages, kdf=FLOOR, idle_ms=600_000)
    try:
        page = case_on_screen(qtbot, desktop, home, birth_year=1980)
        case_id = page.case.id
        editor = new_consultation(qtbot, page)
        type_text(editor, NOTE)
        filler = fill(small_disk)

        press(editor, Qt.Key.Key_S, CTRL)
        assert "Disken med" in editor.message.text() and "er fuld" in editor.message.text()
        assert editor.isVisible() and editor.body.toPlainText() == NOTE
        press(editor, Qt.Key.Key_Return, CTRL)
        assert editor.isVisible() and "er fuld" in editor.message.text()
        editor.message.clear()
        with answering("keep") as asked:  # the draft cannot be written either: the editor stays
            press(editor, Qt.Key.Key_Escape)
        the_question(asked)
        assert editor.isVisible() and editor.body.toPlainText() == NOTE and "er fuld" in editor.message.text()
        assert bodies(desktop, case_id) == []

        activate(qtbot, editor)
        filler.unlink()  # the counsellor makes room
        press(editor, Qt.Key.Key_S, CTRL)
        assert editor.message.text() == "" and bodies(desktop, case_id) == [NOTE]
        press(editor, Qt.Key.Key_Escape)
        assert not editor.isVisible()

        action = new_action(qtbot, page)
        type_text(action, "Ring til skolen")
        filler = fill(small_disk)
        press(action, Qt.Key.Key_Return, CTRL)
        assert action.isVisible() and "er fuld" in action.message.text()
        assert action.title.text() == "Ring til skolen"
        filler.unlink()
        with answering("save") as asked:
            press(action, Qt.Key.Key_Escape)
        the_question(asked)
        assert not action.isVisible()

        wizard = new_assessment(qtbot, page)
        type_what_happened(qtbot, wizard, NOTE)
        filler = fill(small_disk)
        seen: list[str] = []

        def read_and_close(box: QMessageBox) -> None:
            seen.append(box.text())
            press(box, Qt.Key.Key_Return)

        with answering(read_and_close):
            press(wizard, Qt.Key.Key_S, CTRL)
        assert len(seen) == 1 and "er fuld" in seen[0]
        assert wizard.isVisible() and wizard.context_pages[0].fields["what_happened"].toPlainText() == NOTE
        filler.unlink()
        activate(qtbot, wizard)
        press(wizard, Qt.Key.Key_Return, CTRL)
        assert not wizard.isVisible()
        assert desktop.session is not None
        assert desktop.session.draft(ASSESSMENT_DRAFT, case_id)["answers"]["what_happened"] == NOTE
    finally:
        if desktop.session is not None:
            desktop.lock()
        desktop.worker.drain()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        desktop.deleteLater()


# --- a 13-inch laptop ---------------------------------------------------------------------------------------

FIT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
app = QApplication([])
from tests.conftest import PASSPHRASE, person_case
from vinkdesk.assessment import shipped_definitions
from vinkdesk.session import Session
from vinkdesk.ui.action_plan import ActionDialog
from vinkdesk.ui.assessment_wizard import AssessmentWizard
from vinkdesk.ui.consultation_editor import ConsultationEditor
from vinkdesk.ui.i18n import Languages
from vinkdesk.vault import FLOOR, Home
Languages(app).apply("da")
session, _ = Session.create(Home(Path(sys.argv[1])), "Ane", PASSPHRASE, FLOOR)
case = session.create_case(person_case())
main = QMainWindow()
main.resize(1366, 768)
main.show()
found = {"screen": app.primaryScreen().availableGeometry().getRect()}
for name, dialog in {
    "editor": ConsultationEditor(session, case, parent=main),
    "wizard": AssessmentWizard(session, case, shipped_definitions().latest(), "da", parent=main),
    "action": ActionDialog(session, case.id, parent=main),
}.items():
    dialog.show()
    app.processEvents()
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    found[name] = {
        "frame": dialog.frameGeometry().getRect(),
        "lowest_button": max(b.mapToGlobal(b.rect().bottomLeft()).y() for b in buttons),
    }
    dialog.reject()
session.lock()
print(json.dumps(found))
"""


def test_the_dialogs_fit_a_1366x768_screen(tmp_path: Path) -> None:
    """On a screen of 1366×768 (Qt's offscreen screen, configured to that size) every dialog and each of its
    buttons is on the screen."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", FIT, str(tmp_path / "home")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found.pop("screen") == [0, 0, 1366, 768]
    for name, where in found.items():
        x, y, width, height = where["frame"]
        assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 768, (name, where)
        assert where["lowest_button"] < 768, (name, where)


def test_a_lock_on_a_full_disk_tells_after_unlock_what_it_could_not_keep(  # type: ignore[no-untyped-def]
    qtbot, small_disk: Path, settings: Settings, languages: Languages
) -> None:
    """The lock wins over a full disk (it must), but what it could not keep is never lost in silence."""
    home = Home(small_disk / "home")
    desktop = DesktopApp(home, settings, languages, kdf=FLOOR, idle_ms=600_000)
    try:
        page = case_on_screen(qtbot, desktop, home, birth_year=1980)
        ref = page.case.ref
        editor = new_consultation(qtbot, page)
        filler = fill(small_disk)
        type_text(editor, NOTE)
        editor.flush_draft()
        assert (
            "Kladden kunne ikke gemmes" in editor.draft_state.text()
            and "er fuld" in editor.draft_state.text()
        )
        press(editor, Qt.Key.Key_L, CTRL)
        assert desktop.session is None
        filler.unlink()
        unlock(qtbot, desktop)
        qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in desktop.dialogs.all()), timeout=5_000)
        told = next(d for d in desktop.dialogs.all() if isinstance(d, QMessageBox)).text()
        assert ref in told and "ikke gemmes" in told and "er fuld" in told and NOTE not in told
    finally:
        if desktop.session is not None:
            desktop.lock("quit")
        desktop.worker.drain()
        desktop.deleteLater()
