"""The casework on the case page, by the keyboard, on a real vault at 1366×768: who raised the concern (and
anonymous clears the name), a disclosure recorded and listed in the Sharing tab, a disclosure without a legal
basis refused with the reason under the field and nothing typed lost, an Infohus referral and its decision,
a review that moves the date shown, a follow-up whose concern returned reopening the case on screen, and
Ctrl+L closing each of the new dialogs with nothing left on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from tests.conftest import PASSPHRASE, assess, person_case
from tests.ui.conftest import answer_next_box, boxes_read_and_closed, seeded_vault, unlock, visible_texts
from tests.ui.keys import focused, press, tab_to, type_text
from vinkdesk.domain import CaseStatus, Level
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    CourseWish,
    DataCategory,
    DisclosureKind,
    FollowUp,
    FollowUpOutcome,
    InfohusDecision,
)
from vinkdesk.domain.casework_words import follow_up_words
from vinkdesk.session import Session
from vinkdesk.ui import labels
from vinkdesk.ui.action_plan import FOLLOW_UP_ROLE
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.disclosures import DisclosureDialog
from vinkdesk.ui.follow_up import FollowUpDialog
from vinkdesk.ui.i18n import Languages
from vinkdesk.vault import Home

TODAY = date.today()
OPENED = TODAY - timedelta(days=300)
CTRL = Qt.KeyboardModifier.ControlModifier
Prepare = Callable[[Session, int], None]


@pytest.fixture(params=["en", "da"])
def languages(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Languages]:
    """Each test in English and in Danish (the Danish once its translations are in: the mnemonics are the
    translation's, so an untranslated Danish run would press English letters against Danish menus)."""
    languages = Languages(qapp)
    languages.apply(request.param)
    if request.param == "da" and QCoreApplication.translate("CasePage", "Shari&ng") == "Shari&ng":
        languages.apply("en")
        pytest.skip("the Danish of the casework is not translated yet")
    yield languages
    languages.apply("en")


def press_mnemonic(text: str) -> None:
    """Alt and the underlined letter of a button or tab, as the user reads it in its text."""
    letter = text[text.index("&") + 1].upper()
    QTest.keyClick(focused(), Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)


def activate(button: QAbstractButton) -> None:
    """A button by its Alt+letter where it has one, else by Tab to it and Space."""
    if "&" in button.text().replace("&&", ""):
        press_mnemonic(button.text())
    else:
        tab_to(button)
        press(Qt.Key.Key_Space)


def to_tab(page: CasePage, tab: QWidget) -> None:
    """Ctrl+Tab from the page's current tab until the tab wanted shows."""
    for _ in range(page.tabs.count()):
        if page.tabs.currentWidget() is tab:
            return
        press(Qt.Key.Key_Tab, CTRL)
    assert page.tabs.currentWidget() is tab


def choose_in_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press this standard button of the next question that appears (its text into seen)."""

    def choose() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, choose)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, choose)


def save_by_keys() -> None:
    press(Qt.Key.Key_Return, CTRL)


def case_on_screen(
    qtbot,
    desktop: DesktopApp,
    home: Home,
    prepare: Prepare | None = None,  # type: ignore[no-untyped-def]
) -> tuple[CasePage, int]:
    session = seeded_vault(home)
    case = session.create_case(person_case(alias="Ravn-17", opened_on=OPENED))
    if prepare is not None:
        prepare(session, case.id)
    session.lock()
    desktop.start()
    unlock(qtbot, desktop)
    return page_on_screen(qtbot, desktop, case.id), case.id


def page_on_screen(qtbot, desktop: DesktopApp, case_id: int) -> CasePage:  # type: ignore[no-untyped-def]
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    page = window.open_case(case_id)
    page.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.timeline, timeout=2_000)
    return page


def shown(qtbot, page: CasePage, name: str, earlier: QDialog | None = None) -> QDialog:  # type: ignore[no-untyped-def]
    """The page's dialog of this name once it shows (a new one, not the one before)."""
    qtbot.waitUntil(
        lambda: (d := getattr(page, name)) is not None and d is not earlier and d.isVisible(), timeout=2_000
    )
    dialog = getattr(page, name)
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and focused().window() is dialog, timeout=2_000
    )
    return dialog


def closed(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=2_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)  # back on the page


def test_who_raised_the_concern_by_keys_and_anonymous_clears_the_name(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    assert page.concern_box.isVisible() and "Ravn-17" not in page.concern_text.text()
    tab_to(page.concern_button)
    press(Qt.Key.Key_Space)
    dialog = shown(qtbot, page, "concern_dialog")
    assert focused() is dialog.anonymous
    press(Qt.Key.Key_Tab)
    type_text("Ravnsborg Skole")
    press(Qt.Key.Key_Tab)
    type_text("Jens Lærer")
    press(Qt.Key.Key_Tab)
    type_text("Jens på gangen")  # neither a phone number nor an e-mail address
    save_by_keys()
    assert dialog.isVisible() and focused() is dialog.contact
    contact_message = dialog._messages["contact"][0]
    assert contact_message.isVisible() and contact_message.text()
    assert dialog.organisation.text() == "Ravnsborg Skole" and dialog.name.text() == "Jens Lærer"
    press(Qt.Key.Key_A, CTRL)
    type_text("jens@skole.kk.dk")
    save_by_keys()
    closed(qtbot, dialog)
    assert "Ravnsborg Skole" in page.concern_text.text() and "Jens Lærer" in page.concern_text.text()
    assert (
        labels.day_text(OPENED) in page.concern_text.text()
    )  # the day it was raised: the opening by default
    source = desktop.session.concern_source(case_id)
    assert source is not None and source.contact == "jens@skole.kk.dk" and not source.anonymous

    # Anonymous: the name and the contact go, from the form and from the vault.
    tab_to(page.concern_button)
    press(Qt.Key.Key_Space)
    dialog = shown(qtbot, page, "concern_dialog", dialog)
    assert dialog.name.text() == "Jens Lærer"
    press(Qt.Key.Key_Space)  # on "anonymous"
    assert dialog.name.text() == "" and dialog.contact.text() == ""
    assert not dialog.name.isEnabled() and not dialog.contact.isEnabled()
    save_by_keys()
    closed(qtbot, dialog)
    text = page.concern_text.text()
    assert "Jens" not in text and "Ravnsborg Skole" in text
    assert QCoreApplication.translate("CasePage", "Anonymous") in text
    source = desktop.session.concern_source(case_id)
    assert source is not None and source.anonymous and source.name == "" and source.contact == ""
    assert excepthook == []


def test_a_disclosure_by_keys_refused_without_a_basis_then_listed(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    to_tab(page, page.sharing_tab)
    assert page.sharing_hint.isVisible()  # nothing shared yet: the page says so, and how to record it
    activate(page.disclosure_button)
    dialog = shown(qtbot, page, "disclosure_dialog")
    assert isinstance(dialog, DisclosureDialog) and focused() is dialog.kind
    assert dialog.kind.currentData() == DisclosureKind.DISCLOSURE.value
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.day.edit and dialog.day.date() == TODAY
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.agency and dialog.agency.currentIndex() == -1  # chosen, never assumed
    for _ in range(4):
        press(Qt.Key.Key_Down)
    assert dialog.agency.currentData() == Agency.SCHOOL.value
    press(Qt.Key.Key_Tab)
    type_text("SSP-konsulent")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.categories[DataCategory.IDENTITY]
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    assert [c for c, box in dialog.categories.items() if box.isChecked()] == [
        DataCategory.IDENTITY,
        DataCategory.CONCERN,
    ]
    tab_to(dialog.purpose)
    type_text("Drøftelse i SSP-mødet om fælles indsats.")

    # No legal basis: refused, the reason under the field, the focus on it, everything typed kept.
    save_by_keys()
    assert dialog.isVisible() and focused() is dialog.basis
    basis_message = dialog._messages["legal_basis"][0]
    assert basis_message.isVisible() and basis_message.text()
    assert dialog.purpose.toPlainText() == "Drøftelse i SSP-mødet om fælles indsats."
    assert dialog.role.text() == "SSP-konsulent"
    assert desktop.session.disclosures(case_id) == []

    # The basis chosen by keys: its help shows under it; "other" asks for the basis written out.
    bases = desktop.session.legal_bases()
    other = next(b for b in bases if b.needs_text)
    for _ in range(bases.index(other) + 1):
        press(Qt.Key.Key_Down)
    assert dialog.basis.currentData() == other.id and dialog.basis_text.isEnabled()
    assert dialog.basis_help.text() == other.help(labels.language())
    save_by_keys()
    assert dialog.isVisible() and focused() is dialog.basis_text
    assert dialog._messages["basis_text"][0].isVisible()
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the basis
    assert focused() is dialog.basis
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)  # the first basis: § 115
    first = bases[0]
    assert dialog.basis.currentData() == first.id and not dialog.basis_text.isEnabled()
    save_by_keys()
    closed(qtbot, dialog)

    shared = desktop.session.disclosures(case_id)
    assert [(d.agency, d.legal_basis, d.recipient_role) for d in shared] == [
        (Agency.SCHOOL, first.id, "SSP-konsulent")
    ]
    assert page.sharing_stack.currentIndex() == 0 and page.disclosures_view.isVisible()
    texts = visible_texts(QApplication.instance())
    assert labels.day_text(TODAY) in texts
    assert words.name(Agency.SCHOOL, labels.language()) + " (SSP-konsulent)" in texts
    assert first.title(labels.language()).split(" – ")[0] in texts
    assert "Drøftelse i SSP-mødet om fælles indsats." in texts
    assert excepthook == []


def test_an_infohus_referral_and_its_decision_by_keys(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    to_tab(page, page.sharing_tab)
    activate(page.disclosure_button)
    dialog = shown(qtbot, page, "disclosure_dialog")
    assert isinstance(dialog, DisclosureDialog)
    assert not dialog.course_wish.isVisible()  # asked only for a referral to the Infohus
    press(Qt.Key.Key_Down)  # kind: referral to the Infohus
    assert dialog.kind.currentData() == DisclosureKind.INFOHUS_REFERRAL.value
    assert dialog.agency.currentData() == Agency.INFOHUS.value and not dialog.agency.isEnabled()
    assert dialog.course_wish.isVisible()
    assert dialog.course_wish.currentData() == CourseWish.NOT_ASKED.value  # never assumed
    tab_to(dialog.categories[DataCategory.CONCERN])
    press(Qt.Key.Key_Space)
    tab_to(dialog.basis)
    press(Qt.Key.Key_Down)
    tab_to(dialog.purpose)
    type_text("Vurdering i Infohuset af, om der skal tilbydes et forløb.")
    tab_to(dialog.course_wish)
    press(Qt.Key.Key_Down)
    assert dialog.course_wish.currentData() == CourseWish.YES.value
    save_by_keys()
    closed(qtbot, dialog)
    (referral,) = desktop.session.disclosures(case_id)
    assert referral.kind is DisclosureKind.INFOHUS_REFERRAL and referral.infohus is not None
    assert referral.infohus.course_wish is CourseWish.YES and referral.infohus.decision is None

    # The Infohus' decision: Enter on the referral's row.
    assert page.infohus_button.isEnabled()
    tab_to(page.disclosures_view)
    press(Qt.Key.Key_Return)
    decision = shown(qtbot, page, "infohus_dialog")
    assert focused() is decision.decision
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert focused() is decision.day.edit
    press(Qt.Key.Key_A, CTRL)
    type_text(f"{TODAY - timedelta(days=1):%d%m%Y}")  # the day before the referral: refused
    save_by_keys()
    assert decision.isVisible() and decision._messages["decided_on"][0].isVisible()
    press(Qt.Key.Key_A, CTRL)
    type_text(f"{TODAY:%d%m%Y}")
    save_by_keys()
    closed(qtbot, decision)
    (referral,) = desktop.session.disclosures(case_id)
    assert referral.infohus is not None and referral.infohus.decision is InfohusDecision.CONVERSATION
    assert referral.infohus.decided_on == TODAY and referral.infohus.course_wish is CourseWish.YES
    texts = visible_texts(QApplication.instance())
    assert words.name(InfohusDecision.CONVERSATION, labels.language()) in texts
    assert words.name(CourseWish.YES, labels.language()) in page.disclosure_detail.toPlainText()
    assert excepthook == []


def test_mark_reviewed_and_move_the_review_change_the_date_shown(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    session = desktop.session
    overdue = QCoreApplication.translate("CasePage", "overdue")
    first = session.view_case(case_id).review_on
    assert first is not None and first < TODAY  # opened 300 days ago, never reviewed
    assert labels.day_text(first) in page.header.text() and overdue in page.header.text()

    activate(page.reviewed_button)
    dialog = shown(qtbot, page, "review_dialog")
    assert focused() is dialog.day.edit and dialog.day.date() == TODAY
    following = session.default_review_day(None, TODAY)
    assert labels.day_text(following) in dialog.next_review.text()  # said before it is saved
    save_by_keys()
    closed(qtbot, dialog)
    assert labels.day_text(following) in page.header.text() and overdue not in page.header.text()
    assert session.view_case(case_id).review_on == following

    activate(page.move_review_button)
    dialog = shown(qtbot, page, "review_dialog", dialog)
    press(Qt.Key.Key_A, CTRL)
    type_text(f"{TODAY - timedelta(days=2):%d%m%Y}")  # in the past: refused, saying why
    save_by_keys()
    assert dialog.isVisible() and dialog._messages["review_on"][0].text()
    moved = TODAY + timedelta(days=10)
    press(Qt.Key.Key_A, CTRL)
    type_text(f"{moved:%d%m%Y}")
    save_by_keys()
    closed(qtbot, dialog)
    assert labels.day_text(moved) in page.header.text()
    assert session.view_case(case_id).review_on == moved
    assert excepthook == []


def closed_red_case(session: Session, case_id: int) -> None:
    assess(session, case_id, Level.RED, OPENED)
    session.close_case(case_id, ClosureReason.CONCERN_RESOLVED, on=OPENED + timedelta(days=10))


def test_a_follow_up_whose_concern_returned_reopens_the_case_on_screen(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home, closed_red_case)
    session = desktop.session
    assert page.case.status is CaseStatus.CLOSED and not page.review_row.isVisible()
    press_mnemonic(page.tabs.tabText(page.tabs.indexOf(page.plan_tab)))
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.plan_tab, timeout=2_000)
    texts = visible_texts(QApplication.instance())
    assert follow_up_words(6, labels.language()) in texts and follow_up_words(12, labels.language()) in texts
    six = next(f for f in session.follow_ups(case_id) if f.months == 6)
    to_follow_up_row(page, six)
    assert page.follow_up_button.isEnabled()
    press(Qt.Key.Key_Return)
    dialog = shown(qtbot, page, "follow_up_dialog")
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.chosen() is None  # no answer preselected: the counsellor chooses
    save_by_keys()
    assert dialog.isVisible() and dialog._messages["outcome"][0].isVisible()
    dialog.choices[FollowUpOutcome.DONE].setFocus()
    press(Qt.Key.Key_Down)
    if dialog.chosen() is None:
        press(Qt.Key.Key_Space)
    assert dialog.chosen() is FollowUpOutcome.CONCERN_RETURNED and dialog.returned_note.isVisible()
    reopen = QCoreApplication.translate("FollowUpDialog", "&Reopen case").replace("&", "")
    asked: list[str] = []
    answer_next_box(reopen, asked)
    save_by_keys()
    closed(qtbot, dialog)
    assert asked and page.case.ref in asked[0]

    case = session.view_case(case_id)
    assert case.status is CaseStatus.OPEN and case.reopened_on == TODAY
    assert labels.case_status(CaseStatus.OPEN) in page.header.text()
    assert labels.day_text(TODAY) in page.header.text()
    assert page.review_row.isVisible()  # an open case has its next review again
    outcome = words.name(FollowUpOutcome.CONCERN_RETURNED, labels.language())
    assert outcome in visible_texts(QApplication.instance())
    assert excepthook == []


def to_follow_up_row(page: CasePage, follow_up: FollowUp) -> None:
    """Tab to the action plan's table and arrow down to the follow-up's row, as the counsellor would."""
    tab_to(page.actions_view)
    press(Qt.Key.Key_Home)
    model, view = page.actions_model, page.actions_view
    while model.index(view.currentIndex().row(), 0).data(FOLLOW_UP_ROLE) != follow_up:
        press(Qt.Key.Key_Down)


def infohus_referral(session: Session, case_id: int) -> None:
    """The case was referred to the Infohus today; no decision yet, the citizen's wish not asked."""
    from vinkdesk.domain.casework import NewDisclosure

    session.record_disclosure(
        case_id,
        NewDisclosure(
            disclosed_on=TODAY,
            agency=Agency.INFOHUS,
            legal_basis="crime-prevention-115",
            purpose="Vurdering i Infohuset.",
            categories=(DataCategory.CONCERN,),
            kind=DisclosureKind.INFOHUS_REFERRAL,
        ),
    )


def test_ctrl_l_closes_each_casework_dialog_and_leaves_nothing_on_screen(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home, infohus_referral)
    secret = "Hemmelig-Skole-4711"

    def open_concern(p: CasePage) -> QDialog:
        p._edit_concern_source()
        assert p.concern_dialog is not None
        return p.concern_dialog

    def open_disclosure(p: CasePage) -> QDialog:
        p._record_disclosure()
        assert p.disclosure_dialog is not None
        return p.disclosure_dialog

    def open_infohus(p: CasePage) -> QDialog:
        p.tabs.setCurrentWidget(p.sharing_tab)
        p._record_infohus_outcome()
        assert p.infohus_dialog is not None
        return p.infohus_dialog

    def open_review(p: CasePage) -> QDialog:
        p._review(moving=False)
        assert p.review_dialog is not None
        return p.review_dialog

    openers = [open_concern, open_disclosure, open_infohus, open_review]
    for opener in openers:
        dialog = opener(page)
        qtbot.waitUntil(dialog.isVisible, timeout=2_000)
        qtbot.waitUntil(
            lambda d=dialog: (f := QApplication.focusWidget()) is not None and f.window() is d, timeout=2_000
        )
        if opener in (open_concern, open_disclosure):
            tab_to(dialog.organisation if opener is open_concern else dialog.role)  # type: ignore[attr-defined]
            type_text(secret)
        press(Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: desktop.session is None, timeout=5_000)
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
        assert secret not in visible_texts(QApplication.instance())
        with boxes_read_and_closed() as told:
            unlock(qtbot, desktop)
            qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.isVisible(), timeout=5_000)
            QApplication.processEvents()
        if opener in (open_concern, open_disclosure):
            assert told, "what was typed and lost is said after the unlock"
        page = page_on_screen(qtbot, desktop, case_id)

    # The follow-up dialog of a closed red case, too.
    assess(desktop.session, case_id, Level.RED, OPENED)
    desktop.session.close_case(case_id, ClosureReason.CONCERN_RESOLVED, on=TODAY)
    page.refresh()
    follow_up = desktop.session.follow_ups(case_id)[0]
    page.follow_up_dialog = FollowUpDialog(desktop.session, page.case, follow_up, page)
    page.follow_up_dialog.open()
    dialog = page.follow_up_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    dialog.choices[FollowUpOutcome.NOT_POSSIBLE].setFocus()
    press(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: desktop.session is None, timeout=5_000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    reader = Session.unlock(home, PASSPHRASE)
    assert all(f.outcome is None for f in reader.follow_ups(case_id))  # nothing saved by the lock
    reader.lock()
    assert excepthook == []


def notified(session: Session, case_id: int) -> None:
    from vinkdesk.session.assessments import NotificationDecision

    session.record_notification(
        case_id, NotificationDecision("duty-to-notify", True, OPENED + timedelta(days=5))
    )
    session.record_notification(
        case_id, NotificationDecision("police-referral", True, OPENED + timedelta(days=9))
    )


def test_the_duty_to_notify_and_a_police_referral_show_as_sharing(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, _case_id = case_on_screen(qtbot, desktop, home, notified)
    to_tab(page, page.sharing_tab)
    assert not page.sharing_hint.isVisible() and page.disclosures_view.isVisible()
    model = page.disclosures_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    language = labels.language()
    assert [r[:2] for r in rows] == [  # oldest first
        [labels.day_text(OPENED + timedelta(days=5)), words.name(DisclosureKind.DUTY_TO_NOTIFY, language)],
        [labels.day_text(OPENED + timedelta(days=9)), words.name(DisclosureKind.POLICE_REFERRAL, language)],
    ]
    assert all(r[3] and r[4] for r in rows)  # each with its legal basis and purpose
    assert excepthook == []


def test_esc_asks_before_typed_sharing_is_thrown_away(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    to_tab(page, page.sharing_tab)
    activate(page.disclosure_button)
    dialog = shown(qtbot, page, "disclosure_dialog")
    press(Qt.Key.Key_Escape)  # nothing typed: it just closes
    closed(qtbot, dialog)
    activate(page.disclosure_button)
    dialog = shown(qtbot, page, "disclosure_dialog", dialog)
    assert isinstance(dialog, DisclosureDialog)
    tab_to(dialog.purpose)
    type_text("Afklaring med skolen.")
    asked: list[str] = []
    choose_in_next_box(QMessageBox.StandardButton.Cancel, asked)  # back to the form
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked), timeout=2_000)
    assert dialog.isVisible() and dialog.purpose.toPlainText() == "Afklaring med skolen."
    qtbot.waitUntil(
        lambda: (f := QApplication.focusWidget()) is not None and f.window() is dialog, timeout=2_000
    )
    choose_in_next_box(QMessageBox.StandardButton.Discard, asked)
    press(Qt.Key.Key_Escape)
    closed(qtbot, dialog)
    assert len(asked) == 2 and desktop.session.disclosures(case_id) == []
    assert excepthook == []


def test_a_new_case_may_record_who_raised_the_concern_at_once(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    seeded_vault(home).lock()
    desktop.start()
    unlock(qtbot, desktop)
    window = desktop.window
    assert window is not None
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    window.text_filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_filter, timeout=2_000)
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: (d := window.new_case_dialog) is not None and d.isVisible(), timeout=2_000)
    dialog = window.new_case_dialog
    assert dialog is not None and not dialog.source_organisation.isVisible()  # optional, folded away
    qtbot.waitUntil(
        lambda: (f := QApplication.focusWidget()) is not None and f.window() is dialog, timeout=2_000
    )
    tab_to(dialog.alias)
    type_text("Ravn-18")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.birth_year
    press(Qt.Key.Key_A, CTRL)
    type_text(str(TODAY.year - 15))
    tab_to(dialog.with_source)
    press(Qt.Key.Key_Space)
    assert dialog.source_organisation.isVisible()
    tab_to(dialog.source_organisation)
    type_text("Ravnsborg Skole")
    press(Qt.Key.Key_Tab)
    type_text("Jens Lærer")
    press(Qt.Key.Key_Tab)
    type_text("ring til Jens")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() and focused() is dialog.source_contact
    press(Qt.Key.Key_A, CTRL)
    type_text("33 66 33 66")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    qtbot.waitUntil(lambda: window.case_page is not None, timeout=2_000)
    page = window.case_page
    assert page is not None and page.case.alias == "Ravn-18"
    assert "Ravnsborg Skole" in page.concern_text.text() and "33 66 33 66" in page.concern_text.text()
    source = desktop.session.concern_source(page.case.id)
    assert source is not None and source.name == "Jens Lærer" and source.raised_on == page.case.opened_on
    assert excepthook == []
