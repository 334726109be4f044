"""Closing and reopening a case on a day the counsellor gives (checked, and counted in that day's quarter),
and who asked for a consultation (role, organisation, contact): kept in the vault, never counted or sent."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.coordinator.home import Coordinator
from vinkdesk.domain import CaseStatus, InquirerRole, ReferralSource, quarter_of
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.domain.enums import inquirer_role_for
from vinkdesk.domain.inquirer import looks_like_contact
from vinkdesk.session import InvalidInput, Session
from vinkdesk.sync.seal import open_sealed
from vinkdesk.sync.share import mailbox_of
from vinkdesk.vault import FLOOR, Home

ORGANISATION = "Hillerødgades Skole"
CONTACT = "ane.lærer@skolekbh.dk"
PHONE = "+45 31 41 59 26"


def test_a_case_closes_on_the_day_given_and_counts_in_that_quarter(home: Home) -> None:
    today = date(2026, 11, 20)
    session = Session(Session.create(home, "Ane", PASSPHRASE, FLOOR)[0]._vault, today=today)
    case = session.create_case(person_case(opened_on=date(2026, 3, 2)))
    session.add_consultation(case.id, consultation("Første samtale", datetime(2026, 5, 12, 9, 0)))
    assert session.earliest_closing_day(case.id) == date(2026, 5, 12)
    for day, field in (
        (date(2026, 3, 1), "closed_on"),  # before it was opened
        (date(2026, 5, 11), "closed_on"),  # before its last consultation
        (today + timedelta(days=1), "closed_on"),  # in the future
    ):
        with pytest.raises(InvalidInput) as refused:
            session.close_case(case.id, ClosureReason.CONCERN_RESOLVED, on=day)
        assert refused.value.field == field
        assert session.view_case(case.id).status is CaseStatus.OPEN
    # the last day of Q2, said in November
    closed = session.close_case(case.id, ClosureReason.CONCERN_RESOLVED, on=date(2026, 6, 30))
    assert closed.status is CaseStatus.CLOSED and closed.closed_on == date(2026, 6, 30)
    with pytest.raises(InvalidInput):
        # closed already: not closed again with another day
        session.close_case(case.id, ClosureReason.CONCERN_RESOLVED, on=today)
    [fact] = session.case_facts()
    assert fact.closed == "2026Q2" == quarter_of(date(2026, 6, 30))
    tables = session.quarter_tables()
    assert sum(tables["2026Q2"]["closed_cases"].values()) == 1
    assert sum(tables.get("2026Q3", {}).get("closed_cases", {"x": 0}).values()) == 0
    assert not fact.active_in("2026Q3")

    with pytest.raises(InvalidInput) as refused:
        session.reopen_case(case.id, on=date(2026, 6, 29))  # before it was closed
    assert refused.value.field == "reopened_on"
    with pytest.raises(InvalidInput):
        session.reopen_case(case.id, on=today + timedelta(days=1))
    reopened = session.reopen_case(case.id, on=date(2026, 9, 1))
    assert reopened.status is CaseStatus.OPEN and reopened.closed_on is None
    assert reopened.reopened_on == date(2026, 9, 1)
    with pytest.raises(InvalidInput):
        session.reopen_case(case.id)  # open already
    assert [fact.closed for fact in session.case_facts()] == [None]
    actions = [e.action for e in session.audit_entries()]
    assert actions.count("close-case") == 1 and actions.count("reopen-case") == 1
    session.lock()


@pytest.mark.parametrize(
    ("text", "fine"),
    [
        ("", True),
        ("31415926", True),
        (PHONE, True),
        ("(+45) 3141-5926", True),
        (CONTACT, True),
        ("a.b@c.dk", True),
        ("Ane Hansen", False),
        ("1234", False),
        ("ane@skole", False),
        ("ring til Ane på 31415926", False),
    ],
)
def test_a_contact_looks_like_a_phone_number_or_an_e_mail_address(text: str, fine: bool) -> None:
    assert looks_like_contact(text) is fine


def test_the_referral_source_suggests_who_asks() -> None:
    assert inquirer_role_for(ReferralSource.SCHOOL) is InquirerRole.TEACHER
    assert inquirer_role_for(ReferralSource.SOCIAL_SERVICES) is InquirerRole.SOCIAL_WORKER
    assert inquirer_role_for(ReferralSource.YOUTH_CLUB) is InquirerRole.CLUB_WORKER
    assert inquirer_role_for(ReferralSource.FAMILY) is InquirerRole.PARENT
    assert inquirer_role_for(ReferralSource.POLICE) is InquirerRole.POLICE
    assert inquirer_role_for(ReferralSource.SELF) is InquirerRole.OTHER


def test_who_asked_is_kept_changed_and_amended_and_a_bad_contact_refused(session: Session) -> None:
    case = session.create_case(person_case())
    saved = session.add_consultation(
        case.id,
        consultation("Samtale", inquirer_organisation=f" {ORGANISATION} ", inquirer_contact=CONTACT),
    )
    assert (saved.inquirer_organisation, saved.inquirer_contact) == (ORGANISATION, CONTACT)
    changed = session.update_consultation(
        saved.id, consultation("Samtale", inquirer_organisation=ORGANISATION, inquirer_contact=PHONE)
    )
    assert changed.id == saved.id and changed.inquirer_contact == PHONE
    amended = session.amend_consultation(saved.id, consultation("Rettet", inquirer_organisation="SSP"))
    assert amended.inquirer_organisation == "SSP" and amended.inquirer_contact == ""
    assert session.consultation(saved.id).inquirer_contact == PHONE  # the original keeps its own
    with pytest.raises(InvalidInput) as refused:
        session.add_consultation(case.id, consultation("Samtale", inquirer_contact="Ane Hansen"))
    assert refused.value.field == "inquirer_contact"
    with pytest.raises(InvalidInput) as refused:
        session.add_consultation(case.id, consultation("Samtale", inquirer_organisation="x" * 201))
    assert refused.value.field == "inquirer_organisation"
    assert len(session.consultations(case.id)) == 2


def test_who_asked_never_reaches_the_share(tmp_path: Path) -> None:
    """Synced to a real share folder: neither the sealed files nor the payloads inside hold the organisation
    or the contact, and the counts are what the role alone makes."""
    share = tmp_path / "share"
    share.mkdir()
    session, _ = Session.create(Home(tmp_path / "home"), "Ane", PASSPHRASE, FLOOR)
    coordinator, _ = Coordinator.create(
        tmp_path / "coordinator", share, "Enheden", "Koordinatorens kodeord", FLOOR
    )
    session.pin_coordinator(share, coordinator.fingerprint)
    coordinator.enrol(session.device_fingerprint(), "Rådgiver")
    today = date.today()
    case = session.create_case(person_case(opened_on=today))
    session.add_consultation(
        case.id,
        consultation(
            "Samtale",
            datetime.combine(today, datetime.min.time()),
            inquirer_organisation=ORGANISATION,
            inquirer_contact=CONTACT,
        ),
    )
    result = session.sync(share)
    assert result.written
    secrets = [s.encode() for s in (ORGANISATION, CONTACT, "Hillerødgades", "skolekbh", "ane.lærer")]
    secrets += [s.encode("ascii", "backslashreplace") for s in (ORGANISATION, CONTACT)]  # as JSON escapes it
    files = [p for p in share.rglob("*") if p.is_file()]
    opener = coordinator.state.keypair.opener()
    inside = [open_sealed(p.read_bytes(), opener) for p in mailbox_of(share).iterdir()]
    assert len(inside) == len(result.written)
    for blob in [p.read_bytes() for p in files] + inside + [p.to_bytes() for p in result.payloads]:
        for secret in secrets:
            assert secret.lower() not in blob.lower()
    [payload] = [p for p in result.payloads if p.period == quarter_of(today)]
    assert payload.tables["consultations_by_inquirer"]["unassessed"]["teacher"] == 1
    session.lock()


def test_no_level_yet_has_one_name_short_or_long() -> None:
    from vinkdesk.domain import labels

    assert labels.level_name(None, "da") == labels.level_short(None, "da") == "Ikke vurderet"
    assert labels.level_name(None, "en") == labels.level_short(None, "en") == "Not assessed"


def test_a_closing_day_in_an_earlier_synced_quarter_is_sent_again_for_that_quarter(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    session, _ = Session.create(Home(tmp_path / "home"), "Ane", PASSPHRASE, FLOOR)
    coordinator, _ = Coordinator.create(
        tmp_path / "coordinator", share, "Enheden", "Koordinatorens kodeord", FLOOR
    )
    session.pin_coordinator(share, coordinator.fingerprint)
    coordinator.enrol(session.device_fingerprint(), "Rådgiver")
    today = date.today()
    earlier = date(today.year, 1, 10) if today.month > 3 else date(today.year - 1, 10, 10)
    case = session.create_case(person_case(opened_on=earlier))
    session.sync(share)
    assert {s.period: s.state for s in session.sync_status()}[quarter_of(earlier)] == "synced"
    # said today, closed back then
    session.close_case(case.id, ClosureReason.CONCERN_RESOLVED, on=earlier + timedelta(days=20))
    states = {s.period: s.state for s in session.sync_status()}
    assert states[quarter_of(earlier)] == "pending"
    [payload] = [p for p in session.sync(share).payloads if p.period == quarter_of(earlier)]
    assert sum(payload.tables["closed_cases"].values()) == 1 and payload.sequence == 2
    result = coordinator.aggregate(share, earlier.year)
    assert sum(result.quarters[quarter_of(earlier)]["closed_cases"].values()) == 1
    session.lock()


def test_the_access_report_names_the_askers_organisation_but_not_their_contact(session: Session) -> None:
    """The person of concern reads which organisation raised the concern with the unit; the teacher's phone
    number or e-mail is not theirs to receive from the report (the counsellor decides that when answering)."""
    import io

    from pypdf import PdfReader

    from vinkdesk.reports.access import access_report

    case = session.create_case(person_case())
    session.add_consultation(
        case.id, consultation("Samtale", inquirer_organisation=ORGANISATION, inquirer_contact=CONTACT)
    )
    pdf = access_report(session.access_data(case.id), "da")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert ORGANISATION in text
    assert CONTACT not in text
