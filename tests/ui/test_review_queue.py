"""The review queue as a supervisor works it on a 13-inch laptop, by keys: the whole item beside the list,
lines that tell items apart, filters with a count, the position kept after a verdict with a confirmation, and
the counsellor told at unlock what came back."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.ui.conftest import seeded_vault, unlock
from tests.ui.keys import focused
from vinkdesk.domain import Level
from vinkdesk.session import AssessmentRecord, NotificationDecision, Session
from vinkdesk.ui.controller import DesktopApp
from vinkdesk.ui.labels import day_text, level_short
from vinkdesk.ui.review_queue import (
    COUNSELLOR,
    DATE,
    KIND,
    PERSON,
    QueueFilters,
    ReturnedDialog,
    ReviewQueueDialog,
    ReviewQueueModel,
)
from vinkdesk.vault import FLOOR, Home
from vinkdesk.vault import audit as audit_log

SUPERVISOR = "bo leders lange sætning"
COLLEAGUE = "cems egen lange sætning"
JUSTIFICATION = "Udsagnet er gentaget over for to lærere på en uge; det vejer tungere end forslaget."
EVIDENCE = "Klasselæreren hørte ham sige, at han vil gøre noget, som alle vil huske."
RETURN_COMMENT = (
    "Begrund den røde vurdering nærmere: hvem har hørt udsagnet om rejsen, og hvornår? "
    "Skriv også, om forældrene er orienteret, og hvad skolen selv har gjort siden sidste møde. "
    "Send den igen, når det er tilføjet."
)


def tr(context: str, text: str, n: int = -1) -> str:
    """A string as the user reads it in the language the test runs in (translated once the lead has filled
    the catalogue, the English source until then)."""
    return QCoreApplication.translate(context, text, None, n)


def add_counsellor(session: Session, name: str, passphrase: str) -> None:
    """A second counsellor on the same vault (a colleague sharing the notes), with a real key slot."""
    user_id = uuid.uuid4().hex
    with session._write() as conn:  # noqa: SLF001 - no Session act adds a counsellor; the vault can
        conn.execute(
            "INSERT INTO users (id, display_name, role, created_at) VALUES (?, ?, 'counsellor', ?)",
            (user_id, name, audit_log.now_utc()),
        )
        session._vault.add_slot(user_id, "counsellor", name, passphrase, FLOOR)  # noqa: SLF001


def team_vault(home: Home) -> dict[str, int]:
    """Ane's two cases (consultations and two assessments, the second overriding the suggestion) and her
    colleague Cem's case: seven items waiting, from two counsellors, some recent, some weeks old."""
    now = datetime.now().replace(second=0, microsecond=0)
    ane = seeded_vault(home)
    ane.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    add_counsellor(ane, "Cem Rådgiver", COLLEAGUE)
    ravn = ane.create_case(person_case(alias="Ravn-17", opened_on=date.today() - timedelta(days=60)))
    first = ane.add_consultation(
        ravn.id,
        consultation(
            "Læreren er bekymret for Ravns nye venner.",
            now - timedelta(days=40),
            advice="Hold dialogen åben og spørg ind til vennerne.",
            next_steps="Møde med forældrene i næste uge.",
            inquirer_organisation="Nørrebro Skole",
            inquirer_contact="lærer@skole.dk",
        ),
    )
    earlier = ane.save_assessment(
        ravn.id,
        AssessmentRecord("prevention-triangle", 2, {"leakage": "partly"}, Level.YELLOW, [], [], Level.YELLOW),
        at=now - timedelta(days=35),
    )
    ane.add_consultation(ravn.id, consultation("Opfølgning med skolen.", now - timedelta(days=12)))
    override = ane.save_assessment(
        ravn.id,
        AssessmentRecord(
            "prevention-triangle",
            2,
            {"leakage": "present", "stable_family": "absent"},
            Level.YELLOW,
            [],
            [],
            Level.RED,
            justification=JUSTIFICATION,
            evidence={"leakage": {"text": EVIDENCE, "source": "school"}},
        ),
        at=now - timedelta(days=3),
    )
    ane.record_notification(
        ravn.id, NotificationDecision("duty-to-notify", True, date.today() - timedelta(days=2)), override
    )
    ane.record_notification(
        ravn.id,
        NotificationDecision("police-referral", False, reason="Aftalt med Infohuset at vente på mødet."),
        override,
    )
    hav = ane.create_case(person_case(alias="Hav-4", opened_on=date.today() - timedelta(days=20)))
    call = ane.add_consultation(hav.id, consultation("Telefon fra klubben om Hav.", now - timedelta(days=2)))
    ane.lock()
    cem = Session.unlock(home, COLLEAGUE)
    falk = cem.create_case(person_case(alias="Falk-3", opened_on=date.today() - timedelta(days=30)))
    cem.add_consultation(falk.id, consultation("Falk har delt propaganda.", now - timedelta(days=20)))
    cem.add_consultation(falk.id, consultation("Samtale med Falks mor.", now - timedelta(days=1)))
    cem.lock()
    return {"first": first.id, "earlier": earlier, "override": override, "call": call.id}


def open_queue(qtbot, desktop: DesktopApp) -> ReviewQueueDialog:  # type: ignore[no-untyped-def]
    desktop.start()
    unlock(qtbot, desktop, SUPERVISOR)
    desktop.window.resize(1366, 768)
    queue = desktop.supervision.review_queue()
    assert isinstance(queue, ReviewQueueDialog)
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)
    return queue


def press(
    widget: QWidget | None, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def mnemonic(text: str) -> Qt.Key:
    letter = text[text.index("&") + 1].upper()
    return Qt.Key(ord(letter))


def alt(window: QWidget, text: str) -> None:
    """Press the mnemonic of a button or label text (Alt + the letter after &), as the user would."""
    press(focused(), mnemonic(text), Qt.KeyboardModifier.AltModifier)


def rows(queue: ReviewQueueDialog, column: int) -> list[str]:
    model = queue.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_the_detail_shows_the_whole_consultation_and_the_assessments_summary(qtbot, desktop, home) -> None:  # type: ignore[no-untyped-def]
    team_vault(home)
    queue = open_queue(qtbot, desktop)
    # Oldest first; every line says date, case, person, kind and counsellor.
    assert queue.items.count() == 7
    assert rows(queue, PERSON)[:2] == ["Ravn-17", "Ravn-17"] and "Falk-3" in rows(queue, PERSON)
    assert set(rows(queue, COUNSELLOR)) == {"Ane Rådgiver", "Cem Rådgiver"}
    assert queue.count_label.text() == tr("ReviewQueueDialog", "%n item(s) waiting", 7)
    assert queue.items.hasFocus()

    text = queue.detail.toPlainText()  # the first, oldest: Ravn's consultation 40 days ago
    for expected in (
        "Læreren er bekymret for Ravns nye venner.",
        "Hold dialogen åben og spørg ind til vennerne.",  # advice given
        "Møde med forældrene i næste uge.",  # next steps
        "Ane Rådgiver",
        "Nørrebro Skole, lærer@skole.dk",  # who asked
        "45",  # minutes
        "Ravn-17",
    ):
        assert expected in text, expected

    # Down to the override: the justification, the ratings with their evidence, the duties, what changed.
    for _ in range(4):
        press(focused(), Qt.Key.Key_Down)
    assert queue.current().kind == "assessment" and queue.current().case_level == "red"
    text = queue.detail.toPlainText()
    for expected in (JUSTIFICATION, EVIDENCE, "Aftalt med Infohuset at vente på mødet."):
        assert expected in text, expected
    assert tr("ReviewDetail", "Why another level than the one suggested") in text
    assert tr("ReviewDetail", "What we do not know yet") in text
    assert "→" in text  # the level and the factors changed since the yellow assessment before it
    queue.resize(1366, 728)
    queue.grab().save(str(Path("/tmp") / "review-queue-assessment.png"))


def test_filters_narrow_the_list_and_the_count_follows(qtbot, desktop, home) -> None:  # type: ignore[no-untyped-def]
    team_vault(home)
    queue = open_queue(qtbot, desktop)
    buddies = {label.buddy(): label.text() for label in queue.findChildren(QLabel) if label.buddy()}

    alt(queue, buddies[queue.counsellor])  # to the counsellor filter, and down to the first name
    assert focused() is queue.counsellor
    press(focused(), Qt.Key.Key_Down)
    assert queue.counsellor.currentText() == "Ane Rådgiver"
    assert set(rows(queue, COUNSELLOR)) == {"Ane Rådgiver"} and queue.items.count() == 5
    shown = tr("ReviewQueueDialog", "Showing %n of %1", 5).replace("%1", "7")
    assert queue.count_label.text() == shown

    alt(queue, buddies[queue.kind])
    press(focused(), Qt.Key.Key_Down)
    press(focused(), Qt.Key.Key_Down)  # assessments
    assessment = tr("ReviewQueueModel", "Assessment: %1")
    red, yellow = (assessment.replace("%1", level_short(level)) for level in (Level.RED, Level.YELLOW))
    assert set(rows(queue, KIND)) == {red, yellow}
    assert queue.items.count() == 2

    alt(queue, buddies[queue.waiting])
    press(focused(), Qt.Key.Key_Down)  # more than 7 days: the yellow one of 35 days ago
    assert queue.items.count() == 1 and rows(queue, KIND) == [yellow]
    assert queue.count_label.text() == tr("ReviewQueueDialog", "Showing %n of %1", 1).replace("%1", "7")

    alt(queue, buddies[queue.counsellor])
    press(focused(), Qt.Key.Key_Down)  # Cem has no assessments
    assert queue.items.count() == 0 and not queue.approve_button.isEnabled()
    assert tr("ReviewQueueDialog", "Nothing waiting matches these filters.") in queue.detail.toPlainText()


def test_a_verdict_by_keys_keeps_the_place_and_says_what_was_done(qtbot, desktop, home) -> None:  # type: ignore[no-untyped-def]
    team_vault(home)
    queue = open_queue(qtbot, desktop)
    queue.items.setFocus()
    press(focused(), Qt.Key.Key_Down)
    press(focused(), Qt.Key.Key_Down)
    assert queue.items.current_row() == 2
    third, fourth = queue.model.item_at(2), queue.model.item_at(3)
    alt(queue, queue.approve_button.text())
    qtbot.waitUntil(lambda: queue.items.count() == 6)  # the button's click animates, then fires

    assert queue.items.current_row() == 2 and queue.current() == fourth  # the next one, not the oldest
    assert queue.items.hasFocus()
    said = queue.message.text()
    assert tr("ReviewQueueDialog", "Approved: %1").replace("%1", "") in said
    assert third.case_ref in said and day_text(third.at.date()) in said
    queue.resize(1366, 728)
    queue.grab().save("/tmp/review-queue.png")

    # Down to the red assessment, and return it with a comment typed into the comment field, by keys.
    press(focused(), Qt.Key.Key_Down)
    assert queue.current().kind == "assessment" and queue.items.current_row() == 3
    buddies = {label.buddy(): label.text() for label in queue.findChildren(QLabel) if label.buddy()}
    alt(queue, buddies[queue.comment])
    assert focused() is queue.comment
    QTest.keyClicks(focused(), RETURN_COMMENT)
    alt(queue, queue.return_button.text())
    qtbot.waitUntil(lambda: queue.items.count() == 5)
    assert queue.items.current_row() == 3
    assert tr("ReviewQueueDialog", "Returned with your comment: %1").replace("%1", "") in queue.message.text()
    queue.reject()
    desktop.lock()

    # The counsellor is told at unlock, and reads the comment whole.
    unlock(qtbot, desktop)
    notice = desktop.supervision.returned_notice(desktop.session)
    what = tr("SupervisionPresenter", "%n assessment(s)", 1)
    assert notice == tr("SupervisionPresenter", "%1 returned to you").replace("%1", what)
    returned = desktop.supervision.returned()
    assert isinstance(returned, ReturnedDialog) and returned.items.count() == 1
    returned.resize(760, 560)
    assert RETURN_COMMENT in returned.comment.toPlainText().replace("\n", " ")
    assert returned.comment.document().size().height() > 3 * returned.fontMetrics().height()  # wrapped
    returned.grab().save("/tmp/returned.png")
    assert desktop.supervision.returned_notice(desktop.session) is not None


def test_the_notice_counts_both_kinds(qtbot, desktop, home) -> None:  # type: ignore[no-untyped-def]
    ids = team_vault(home)
    supervisor = Session.unlock(home, SUPERVISOR)
    supervisor.review("consultation", ids["first"], "returned", "Skriv hvem der ringede.")
    supervisor.review("consultation", ids["call"], "returned", "Hvem ringede fra klubben?")
    supervisor.review("assessment", ids["override"], "returned", "Begrund mere.")
    supervisor.lock()
    desktop.start()
    unlock(qtbot, desktop, PASSPHRASE)
    both = (
        tr("SupervisionPresenter", "%1 and %2")
        .replace("%1", tr("SupervisionPresenter", "%n consultation(s)", 2))
        .replace("%2", tr("SupervisionPresenter", "%n assessment(s)", 1))
    )
    expected = tr("SupervisionPresenter", "%1 returned to you").replace("%1", both)
    assert desktop.supervision.returned_notice(desktop.session) == expected
    # ... and the main window says it at unlock, without being asked: in the status bar until opened.
    window = desktop.window
    qtbot.waitUntil(lambda: window.returned_notice.isVisible())
    assert expected in window.returned_notice.text()
    window.returned_notice.click()
    qtbot.waitUntil(lambda: desktop.dialogs.find(ReturnedDialog) is not None)
    assert desktop.dialogs.find(ReturnedDialog).items.count() == 3
    assert not window.returned_notice.isVisible()
    desktop.lock()
    unlock(qtbot, desktop, COLLEAGUE)  # nothing of Cem's was returned
    assert desktop.supervision.returned_notice(desktop.session) is None
    qtbot.wait(50)
    assert desktop.window is not None and not desktop.window.returned_notice.isVisible()


def test_the_queue_model_passes_the_model_tester_and_filters_by_itself(qtmodeltester, home) -> None:  # type: ignore[no-untyped-def]
    team_vault(home)
    supervisor = Session.unlock(home, SUPERVISOR)
    items = supervisor.review_queue()
    supervisor.lock()
    model = ReviewQueueModel(date.today())
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.rowCount() == 7 and model.index(0, DATE).data() == day_text(items[0].at.date())
    model.set_filters(QueueFilters(kind="consultation", older_than_days=7))
    assert [model.item_at(r).kind for r in range(model.rowCount())] == ["consultation"] * 3
    assert model.total == 7
    qtmodeltester.check(model)
