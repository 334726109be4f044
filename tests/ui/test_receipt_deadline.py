"""The case page flags a missing receipt by the deadline the assessment definition gives, not by a number of
its own: the same notification is overdue under a definition of two weekdays and awaited under six."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.conftest import PASSPHRASE, person_case
from tests.test_assessment_authority import record, registry_with_receipt_weekdays
from vinkdesk.assessment import shipped_definitions
from vinkdesk.domain import Level, add_weekdays
from vinkdesk.session import NotificationDecision, Session
from vinkdesk.ui.case_page import CasePage
from vinkdesk.ui.i18n import Languages
from vinkdesk.vault import Home, KdfParams, Vault


def notified_on() -> date:
    """The latest day whose two-weekday deadline has passed today; six weekdays have not."""
    day = date.today()
    while add_weekdays(day, 2) >= date.today():
        day -= timedelta(days=1)
    assert add_weekdays(day, 6) >= date.today()
    return day


def duty_text(qtbot, session: Session, case_id: int) -> str:  # type: ignore[no-untyped-def]
    page = CasePage(session, case_id)
    qtbot.addWidget(page)
    return str(page.duties.item(0).text())


def test_the_case_page_uses_the_definitions_receipt_deadline(  # type: ignore[no-untyped-def]
    qtbot, home: Home, kdf: KdfParams, languages: Languages, tmp_path: Path
) -> None:
    created, _code = Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)
    day = notified_on()  # the case was opened that day: a notification is never older than its case
    case = created.create_case(person_case(birth_year=date.today().year - 15, opened_on=day))
    created.finish_assessment(
        case.id,
        record({"leakage": "partly"}, None, Level.YELLOW),
        decisions=[NotificationDecision("duty-to-notify", True, day)],
    )
    created.lock()

    two = Session(Vault.unlock(home, PASSPHRASE), definitions=registry_with_receipt_weekdays(tmp_path, 2))
    try:
        text = duty_text(qtbot, two, case.id)
    finally:
        two.lock()
    assert (
        text.startswith("⚠") and f"ingen kvittering: fristen var {add_weekdays(day, 2):%d.%m.%Y}" in text
    )

    six = Session.unlock(home, PASSPHRASE)
    try:
        assert shipped_definitions().latest().prompts["duty_to_notify"].receipt_weekdays == 6
        text = duty_text(qtbot, six, case.id)
    finally:
        six.lock()
    assert not text.startswith("⚠") and "afventer kvittering" in text
