"""The casework dialogs after the outside review of issue 17, by the keyboard at 1366×768 on a real vault:
"Close case" asks before it throws away what was chosen or typed (nothing typed: it just closes), offers the
new closure reasons and promises no follow-ups for a concern that was not confirmed; a message under a field
takes its lines (never cut off, never over the next field) and goes as soon as the field is right; a
follow-up, a review and a moved review keep what the counsellor wrote (a review moved later needs the
reason, said in red under it); unticking "anonymous" brings the typed name back; a notification basis to
the police and an individual course against the citizen's wish are named before saving (going back is the
default); the sharing dialog offers the new recipients and bases; and a notification from before the
sharing log says that what was shared is not recorded."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from tests.conftest import PASSPHRASE, assess, old_case, person_case
from tests.ui.conftest import boxes_read_and_closed, unlock
from tests.ui.keys import focused, press, tab_to, type_text
from tests.ui.test_casework_ui import (
    OPENED,
    activate,
    case_on_screen,
    closed,
    infohus_referral,
    page_on_screen,
    press_mnemonic,
    shown,
    to_follow_up_row,
    to_tab,
)
from vinkdesk.domain import CaseStatus, Level
from vinkdesk.domain import labels as words
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    CourseWish,
    DataCategory,
    FollowUpOutcome,
    InfohusDecision,
    ReviewKind,
)
from vinkdesk.session import InvalidInput, Session
from vinkdesk.session.casework import add_months
from vinkdesk.ui import labels
from vinkdesk.ui.case_closing import CaseClosingDialog
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.casework_dialog import refusal_text
from vinkdesk.ui.concern_source import ConcernSourceDialog
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.disclosures import DisclosureDialog, InfohusOutcomeDialog
from vinkdesk.ui.follow_up import FollowUpDialog
from vinkdesk.ui.review_date import ReviewDialog
from vinkdesk.vault import Home, KdfParams, Vault
from vinkdesk.vault.schema import MIGRATIONS

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = "/tmp"
NOTIFICATION_GOES_TO_THE_MUNICIPALITY = (
    "A notification goes to the municipality: to its social services, or to the municipality the child has "
    "moved to. Go back to choose another recipient or legal basis, or save anyway if this is right."
)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def save_by_keys() -> None:
    press(Qt.Key.Key_Return, CTRL)


def retype(text: str) -> None:
    """Over what the focused field shows, as a person selects it all and types."""
    press(Qt.Key.Key_A, CTRL)
    type_text(text)


def keys_on_next_box(seen: list[str], *keys: str, shot: str = "") -> None:
    """Answer the next question by keys on it, as a person reads it: "Esc", "Enter" (its default button),
    or a button's text (pressed by its Alt+letter, or by Tab to it and Space where it has none). What the
    question says goes into seen."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or not box.isActiveWindow():
            QTimer.singleShot(20, answer)  # keys go to the question once it has the keyboard
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        if shot:
            box.grab().save(f"{SHOTS}/dialogs17-{shot}.png")

        def on_box() -> QWidget:
            widget = QApplication.focusWidget()
            return widget if widget is not None and widget.window() is box else box

        for key in keys:
            if key in ("Esc", "Enter"):
                QTest.keyClick(on_box(), Qt.Key.Key_Escape if key == "Esc" else Qt.Key.Key_Return)
                continue
            button = next(b for b in box.buttons() if b.text().replace("&", "") == key.replace("&", ""))
            text = button.text()
            if "&" in text:
                letter = text[text.index("&") + 1].upper()
                QTest.keyClick(on_box(), Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
                continue
            for _ in range(len(box.buttons()) + 1):
                if on_box() is button:
                    break
                QTest.keyClick(on_box(), Qt.Key.Key_Tab)
            assert on_box() is button, f"Tab never reached {text!r}"
            QTest.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(0, answer)


def standard_text(button: QMessageBox.StandardButton) -> str:
    """The text a question shows on a standard button, in the language the windows speak."""
    box = QMessageBox()
    text = box.addButton(button).text()
    box.deleteLater()
    return text


def laid_out(dialog: QDialog) -> None:
    """Nothing in the dialog is cut off or drawn over another thing: every wrapped text has the lines it
    needs, no two things on screen overlap, and the dialog fits the 768 pixels of the screen."""
    QApplication.processEvents()
    kinds = (QLabel, QLineEdit, QComboBox, QAbstractButton, QPlainTextEdit)
    shown_widgets = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not (isinstance(w, QLabel) and not w.text())
    ]
    for widget in shown_widgets:
        if isinstance(widget, QLabel) and widget.wordWrap():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
        elif isinstance(widget, (QLineEdit, QComboBox, QAbstractButton)):  # never squeezed
            assert widget.height() >= widget.sizeHint().height(), widget.accessibleName() or widget.text()
    places = [(w, QRect(w.mapTo(dialog, QPoint(0, 0)), w.size())) for w in shown_widgets]
    for at, (one, where) in enumerate(places):
        assert dialog.rect().contains(where), one.accessibleName() or getattr(one, "text", str)()
        for other, there in places[at + 1 :]:
            if one.isAncestorOf(other) or other.isAncestorOf(one):
                continue
            assert not where.intersects(there), (
                f"{getattr(one, 'text', one.accessibleName)()!r} overlaps "
                f"{getattr(other, 'text', other.accessibleName)()!r}"
            )
    assert dialog.frameGeometry().height() <= 768


def red_case(session: Session, case_id: int) -> None:
    assess(session, case_id, Level.RED, OPENED)


def closing_by_keys(qtbot, page: CasePage) -> CaseClosingDialog:  # type: ignore[no-untyped-def]
    earlier = page.closing_dialog
    qtbot.waitUntil(
        lambda: (f := QApplication.focusWidget()) is not None and f.window() is page.window(), timeout=2_000
    )
    press_mnemonic(page.close_button.text())
    qtbot.waitUntil(
        lambda: (d := page.closing_dialog) is not None and d is not earlier and d.isVisible(), timeout=2_000
    )
    dialog = page.closing_dialog
    assert isinstance(dialog, CaseClosingDialog)
    qtbot.waitUntil(lambda: focused() is dialog.reason, timeout=2_000)
    return dialog


# --- closing ------------------------------------------------------------------------------------------


def test_closing_asks_before_throwing_away_and_promises_nothing_for_a_concern_not_confirmed(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home, red_case)
    session = desktop.session
    language = labels.language()

    # Nothing chosen or typed: Esc closes at once, without a question.
    dialog = closing_by_keys(qtbot, page)
    with boxes_read_and_closed() as told:
        press(Qt.Key.Key_Escape)
        closed(qtbot, dialog)
    assert told == []

    # The reasons of practice are offered, each in words; none is chosen for the counsellor.
    dialog = closing_by_keys(qtbot, page)
    offered = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert offered == [words.name(reason, language) for reason in ClosureReason]
    for reason in (ClosureReason.CITIZEN_DECLINES, ClosureReason.HANDED_TO_POLICE):
        assert words.name(reason, language) in offered

    # A concern not confirmed: the yellow box says no follow-ups are planned, and names no day.
    six, twelve = labels.day_text(add_months(TODAY, 6)), labels.day_text(add_months(TODAY, 12))
    press(Qt.Key.Key_Down)
    assert dialog.chosen_reason() is ClosureReason.CONCERN_NOT_CONFIRMED
    said = dialog.follow_ups.text()
    assert dialog.follow_ups.isVisible() and said == tr(
        "CaseClosingDialog",
        "The case is at level %1, but no follow-ups are planned: the concern was not confirmed.",
    ).replace("%1", labels.level_short(Level.RED))
    assert six not in said and twelve not in said and dialog.follow_up_days() == []
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-closing-not-confirmed.png")
    press(Qt.Key.Key_Down)  # resolved: the follow-ups and their days are back
    assert six in dialog.follow_ups.text() and twelve in dialog.follow_ups.text()

    # Words typed for "other reason", then Esc: asked; Cancel (Esc on the question) goes back, all kept.
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Return)
    assert focused() is dialog.note
    type_text("Familien er flyttet til udlandet")
    asked: list[str] = []
    keys_on_next_box(asked, "Esc", shot="closing-question")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=2_000)
    assert page.case.ref in asked[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=2_000)
    assert dialog.isVisible() and dialog.note.text() == "Familien er flyttet til udlandet"
    assert dialog.chosen_reason() is ClosureReason.OTHER

    # The window's close button asks the same.
    keys_on_next_box(asked, "Esc")
    dialog.close()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=2_000)
    assert dialog.isVisible() and dialog.note.text() == "Familien er flyttet til udlandet"

    # Discard: gone, the case still open.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=2_000)
    keys_on_next_box(asked, standard_text(QMessageBox.StandardButton.Discard))
    press(Qt.Key.Key_Escape)
    closed(qtbot, dialog)
    assert len(asked) == 3 and session.view_case(case_id).status is CaseStatus.OPEN

    # Save in the question closes the case as chosen; a concern not confirmed gets no follow-ups.
    dialog = closing_by_keys(qtbot, page)
    press(Qt.Key.Key_Down)
    keys_on_next_box(asked, standard_text(QMessageBox.StandardButton.Save))
    press(Qt.Key.Key_Escape)
    closed(qtbot, dialog)
    case = session.view_case(case_id)
    assert case.status is CaseStatus.CLOSED and case.closure_reason is ClosureReason.CONCERN_NOT_CONFIRMED
    assert session.follow_ups(case_id) == []
    assert excepthook == []


def closed_red_case(session: Session, case_id: int) -> None:
    assess(session, case_id, Level.RED, OPENED)
    session.close_case(case_id, ClosureReason.CONCERN_RESOLVED, on=OPENED + timedelta(days=10))


def test_messages_take_their_lines_and_go_as_soon_as_the_field_is_right(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home, red_case)
    session = desktop.session

    # Close case: "other reason" without words and a day in the future, both said at once under their fields.
    dialog = closing_by_keys(qtbot, page)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)  # no words: said under the field
    assert focused() is dialog.note and dialog.note_message.isVisible()
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.day.edit
    retype(f"{TODAY + timedelta(days=3):%d%m%Y}")
    press(Qt.Key.Key_Return)
    assert dialog.message.isVisible() and dialog.note_message.isVisible()
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-closing-two-messages.png")
    retype(f"{TODAY:%d%m%Y}")  # the day put right: its message goes without another key
    assert not dialog.message.isVisible() and dialog.note_message.isVisible()
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.note
    type_text("Flyttet")
    assert not dialog.note_message.isVisible()  # the words given: gone at once
    laid_out(dialog)
    keys_on_next_box([], standard_text(QMessageBox.StandardButton.Discard))
    press(Qt.Key.Key_Escape)
    closed(qtbot, dialog)

    # Record follow-up: nothing chosen, then a day before the closing, each said and gone once put right.
    session.close_case(case_id, ClosureReason.CONCERN_RESOLVED, on=TODAY - timedelta(days=5))
    page.refresh()
    six = next(f for f in session.follow_ups(case_id) if f.months == 6)
    press_mnemonic(page.tabs.tabText(page.tabs.indexOf(page.plan_tab)))
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.plan_tab, timeout=2_000)
    to_follow_up_row(page, six)
    press(Qt.Key.Key_Return)
    follow = shown(qtbot, page, "follow_up_dialog")
    assert isinstance(follow, FollowUpDialog)
    outcome_message = follow._messages["outcome"][0]
    day_message = follow._messages["outcome_on"][0]
    save_by_keys()
    assert outcome_message.isVisible() and follow.isVisible()
    laid_out(follow)
    press(Qt.Key.Key_Space)  # on the first answer
    assert follow.chosen() is FollowUpOutcome.DONE and not outcome_message.isVisible()
    tab_to(follow.day.edit)
    retype(f"{TODAY - timedelta(days=7):%d%m%Y}")  # before the closing: the Session refuses it
    save_by_keys()
    assert day_message.isVisible() and day_message.text() == refusal_text(InvalidInput("outcome_on", ""))
    assert focused() is follow.day.edit
    laid_out(follow)
    follow.grab().save(f"{SHOTS}/dialogs17-follow-up-refused.png")
    retype(f"{TODAY:%d%m%Y}")
    assert not day_message.isVisible()
    laid_out(follow)
    assert excepthook == []


def test_a_follow_up_keeps_what_happened(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home, closed_red_case)
    session = desktop.session
    six = next(f for f in session.follow_ups(case_id) if f.months == 6)
    press_mnemonic(page.tabs.tabText(page.tabs.indexOf(page.plan_tab)))
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.plan_tab, timeout=2_000)
    to_follow_up_row(page, six)
    press(Qt.Key.Key_Return)
    dialog = shown(qtbot, page, "follow_up_dialog")
    assert isinstance(dialog, FollowUpDialog)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)  # "not possible"
    if dialog.chosen() is None:
        press(Qt.Key.Key_Space)
    assert dialog.chosen() is FollowUpOutcome.NOT_POSSIBLE
    tab_to(dialog.note)
    type_text("Familien er flyttet; skolen kender ikke den nye adresse.")
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-follow-up-note.png")
    save_by_keys()
    closed(qtbot, dialog)
    recorded = next(f for f in session.follow_ups(case_id) if f.id == six.id)
    assert recorded.outcome is FollowUpOutcome.NOT_POSSIBLE
    assert recorded.note == "Familien er flyttet; skolen kender ikke den nye adresse."
    assert excepthook == []


# --- reviews ------------------------------------------------------------------------------------------


def test_a_review_keeps_what_it_found_and_a_later_review_needs_the_reason(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    session = desktop.session

    activate(page.reviewed_button)
    dialog = shown(qtbot, page, "review_dialog")
    assert isinstance(dialog, ReviewDialog)
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.note
    type_text("Skolen melder ro; næste samtale i december.")
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-review-reviewed.png")
    save_by_keys()
    closed(qtbot, dialog)
    following = session.default_review_day(None, TODAY)
    reviewed = session.review_history(case_id)[-1]
    assert (reviewed.kind, reviewed.day, reviewed.next_on) == (ReviewKind.REVIEWED, TODAY, following)
    assert reviewed.note == "Skolen melder ro; næste samtale i december."

    # Moved later without a reason: refused in red under the reason, the day typed kept.
    activate(page.move_review_button)
    dialog = shown(qtbot, page, "review_dialog", dialog)
    assert isinstance(dialog, ReviewDialog) and dialog.moving and dialog.day.date() == following
    assert labels.day_text(following) in dialog.note_help.text()
    later = following + timedelta(days=14)
    retype(f"{later:%d%m%Y}")
    save_by_keys()
    reason_message = dialog._messages["review_reason"][0]
    assert dialog.isVisible() and reason_message.isVisible()
    assert reason_message.text() == refusal_text(InvalidInput("review_reason", ""))
    assert reason_message.styleSheet() and "#b00020" in reason_message.styleSheet()  # red
    assert focused() is dialog.note and dialog.day.date() == later
    assert session.view_case(case_id).review_on == following
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-review-moved-refused.png")
    type_text("Afventer skolens møde")
    assert not reason_message.isVisible()  # the reason given: the message goes at once
    save_by_keys()
    closed(qtbot, dialog)
    moved = session.review_history(case_id)[-1]
    assert (moved.kind, moved.next_on, moved.note) == (ReviewKind.MOVED, later, "Afventer skolens møde")
    assert session.view_case(case_id).review_on == later

    # A note typed and Esc: asked first.
    activate(page.reviewed_button)
    dialog = shown(qtbot, page, "review_dialog", dialog)
    press(Qt.Key.Key_Tab)
    type_text("Halvt skrevet")
    asked: list[str] = []
    keys_on_next_box(asked, standard_text(QMessageBox.StandardButton.Discard))
    press(Qt.Key.Key_Escape)
    closed(qtbot, dialog)
    assert len(asked) == 1 and session.review_history(case_id)[-1].id == moved.id
    assert excepthook == []


# --- who raised the concern ---------------------------------------------------------------------------


def test_unticking_anonymous_brings_the_typed_name_back(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    tab_to(page.concern_button)
    press(Qt.Key.Key_Space)
    dialog = shown(qtbot, page, "concern_dialog")
    assert isinstance(dialog, ConcernSourceDialog) and focused() is dialog.anonymous
    tab_to(dialog.name)
    type_text("Jens Lærer")
    press(Qt.Key.Key_Tab)
    type_text("jens@skole.kk.dk")
    tab_to(dialog.anonymous)
    press(Qt.Key.Key_Space)  # ticked by mistake
    assert dialog.name.text() == "" and dialog.contact.text() == "" and not dialog.name.isEnabled()
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-concern-anonymous.png")
    press(Qt.Key.Key_Space)  # unticked: what was typed is back
    assert dialog.name.text() == "Jens Lærer" and dialog.contact.text() == "jens@skole.kk.dk"
    assert dialog.name.isEnabled() and dialog.contact.isEnabled()
    press(Qt.Key.Key_Space)  # anonymous after all: saved without them
    save_by_keys()
    closed(qtbot, dialog)
    source = desktop.session.concern_source(case_id)
    assert source is not None and source.anonymous and source.name == "" and source.contact == ""
    assert excepthook == []


def test_a_wrong_contact_is_said_until_it_is_right(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, _case_id = case_on_screen(qtbot, desktop, home)
    tab_to(page.concern_button)
    press(Qt.Key.Key_Space)
    dialog = shown(qtbot, page, "concern_dialog")
    assert isinstance(dialog, ConcernSourceDialog)
    tab_to(dialog.contact)
    type_text("Jens på gangen")
    save_by_keys()
    message = dialog._messages["contact"][0]
    assert message.isVisible() and focused() is dialog.contact
    retype("33 66")  # still no phone number: still said
    assert message.isVisible()
    type_text(" 33 66")  # now it is one: gone
    assert not message.isVisible()
    laid_out(dialog)
    keys_on_next_box([], standard_text(QMessageBox.StandardButton.Discard))
    press(Qt.Key.Key_Escape)
    closed(qtbot, dialog)
    assert excepthook == []


# --- sharing ------------------------------------------------------------------------------------------


def test_sharing_offers_the_new_recipients_and_bases_and_names_a_notification_to_the_police(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home)
    session = desktop.session
    language = labels.language()
    to_tab(page, page.sharing_tab)
    activate(page.disclosure_button)
    dialog = shown(qtbot, page, "disclosure_dialog")
    assert isinstance(dialog, DisclosureDialog)
    recipients = [dialog.agency.itemText(i) for i in range(dialog.agency.count())]
    assert recipients == [words.name(agency, language) for agency in Agency]
    assert words.name(Agency.PROBATION, language) in recipients
    assert words.name(Agency.OTHER_MUNICIPALITY, language) in recipients
    bases = session.legal_bases()
    offered = [dialog.basis.itemData(i) for i in range(1, dialog.basis.count())]
    assert offered == [b.id for b in bases] and "children-exchange-136" in offered

    # Saved with nothing chosen: the recipient is asked for, and the message goes once one is chosen.
    save_by_keys()
    agency_message = dialog._messages["agency"][0]
    assert agency_message.isVisible() and focused() is dialog.agency
    laid_out(dialog)

    # A notification under the Children's Act, to the police: named, and going back is the default.
    for _ in range(list(Agency).index(Agency.POLICE) + 1):
        press(Qt.Key.Key_Down)
    assert dialog.agency.currentData() == Agency.POLICE.value and not agency_message.isVisible()
    tab_to(dialog.categories[DataCategory.CONCERN])
    press(Qt.Key.Key_Space)
    tab_to(dialog.basis)
    notification = next(b for b in bases if b.id == "notification-duty")
    for _ in range(bases.index(notification) + 1):
        press(Qt.Key.Key_Down)
    assert dialog.basis.currentData() == "notification-duty"
    tab_to(dialog.purpose)
    type_text("Politiet skal kende bekymringen.")
    asked: list[str] = []
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-sharing-dialog.png")
    keys_on_next_box(asked, "Enter", shot="sharing-question")  # the default: back to the form
    save_by_keys()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=2_000)
    assert notification.title(language) in asked[0] and words.name(Agency.POLICE, language) in asked[0]
    assert tr("DisclosureDialog", NOTIFICATION_GOES_TO_THE_MUNICIPALITY) in asked[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.agency, timeout=2_000)
    assert dialog.isVisible() and session.disclosures(case_id) == []
    assert dialog.purpose.toPlainText() == "Politiet skal kende bekymringen."

    # Esc on the question goes back too; "Save anyway" saves it as it is.
    keys_on_next_box(asked, "Esc")
    save_by_keys()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=2_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.agency, timeout=2_000)
    assert session.disclosures(case_id) == []
    keys_on_next_box(asked, tr("CaseworkDialog", "Save &anyway"))
    save_by_keys()
    closed(qtbot, dialog)
    (saved,) = session.disclosures(case_id)
    assert (saved.agency, saved.legal_basis) == (Agency.POLICE, "notification-duty")

    # The same basis to social services fits: saved without a question.
    activate(page.disclosure_button)
    dialog = shown(qtbot, page, "disclosure_dialog", dialog)
    assert isinstance(dialog, DisclosureDialog)
    tab_to(dialog.agency)
    for _ in range(list(Agency).index(Agency.SOCIAL_SERVICES) + 1):
        press(Qt.Key.Key_Down)
    tab_to(dialog.categories[DataCategory.CONCERN])
    press(Qt.Key.Key_Space)
    tab_to(dialog.basis)
    for _ in range(bases.index(notification) + 1):
        press(Qt.Key.Key_Down)
    tab_to(dialog.purpose)
    type_text("Underretning om barnet.")
    with boxes_read_and_closed() as told:
        save_by_keys()
        closed(qtbot, dialog)
    assert told == [] and len(session.disclosures(case_id)) == 2
    assert excepthook == []


def test_an_individual_course_against_the_citizens_wish_is_named_before_saving(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, excepthook: list[str]
) -> None:
    page, case_id = case_on_screen(qtbot, desktop, home, infohus_referral)
    session = desktop.session
    to_tab(page, page.sharing_tab)
    tab_to(page.disclosures_view)
    press(Qt.Key.Key_Return)
    dialog = shown(qtbot, page, "infohus_dialog")
    assert isinstance(dialog, InfohusOutcomeDialog) and focused() is dialog.decision
    for _ in range(list(InfohusDecision).index(InfohusDecision.COURSE) + 1):
        press(Qt.Key.Key_Down)
    assert dialog.decision.currentData() == InfohusDecision.COURSE.value
    assert dialog.course_wish.currentData() == CourseWish.NOT_ASKED.value
    asked: list[str] = []
    laid_out(dialog)
    dialog.grab().save(f"{SHOTS}/dialogs17-infohus-dialog.png")
    keys_on_next_box(asked, "Enter", shot="infohus-question")  # back (the default)
    save_by_keys()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=2_000)
    assert (
        tr("InfohusOutcomeDialog", "An individual course is offered only if the citizen wants it.")
        in asked[0]
    )
    assert words.name(CourseWish.NOT_ASKED, labels.language()) in asked[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.course_wish, timeout=2_000)
    (referral,) = session.disclosures(case_id)
    assert referral.infohus is not None and referral.infohus.decision is None  # nothing saved

    # The citizen's own wish recorded: saved without a question.
    for _ in range(2):
        press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Down)  # "yes"
    assert dialog.course_wish.currentData() == CourseWish.YES.value
    with boxes_read_and_closed() as told:
        save_by_keys()
        closed(qtbot, dialog)
    assert told == []
    (referral,) = session.disclosures(case_id)
    assert referral.infohus is not None and referral.infohus.decision is InfohusDecision.COURSE
    assert referral.infohus.course_wish is CourseWish.YES
    assert excepthook == []


def test_a_notification_from_before_the_sharing_log_shows_what_was_shared_as_not_recorded(  # type: ignore[no-untyped-def]
    qtbot, desktop: DesktopApp, home: Home, kdf: KdfParams, excepthook: list[str]
) -> None:
    vault, _ = Vault.create(home, "Ane Rådgiver", PASSPHRASE, kdf, migrations=MIGRATIONS[:6])
    conn = vault.connection
    user_id = conn.execute("SELECT id FROM users").fetchone()[0]
    new = person_case(alias="Ravn-6")
    conn.execute("BEGIN IMMEDIATE")
    case_id = old_case(conn, user_id, new, "2026-001", OPENED)
    conn.execute(
        "INSERT INTO notifications (case_id, kind, done, done_on, reason, author_id, created_at)"
        " VALUES (?, 'duty-to-notify', 1, ?, '', ?, ?)",
        (case_id, (OPENED + timedelta(days=3)).isoformat(), user_id, f"{OPENED.isoformat()}T10:00:00+00:00"),
    )
    conn.execute("COMMIT")
    vault.lock()
    desktop.start()
    unlock(qtbot, desktop)  # migrates
    assert isinstance(case_id, int)
    page = page_on_screen(qtbot, desktop, case_id)
    to_tab(page, page.sharing_tab)
    tab_to(page.disclosures_view)
    press(Qt.Key.Key_Home)
    shown_text = page.disclosure_detail.toPlainText()
    assert tr("Disclosures", "Not recorded (recorded before the sharing log)") in shown_text
    assert words.name(DataCategory.IDENTITY, labels.language()) not in shown_text  # nothing made up
    page.window().grab().save(f"{SHOTS}/dialogs17-sharing-before-the-log.png")
    assert excepthook == []
