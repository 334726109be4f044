"""Casework as Danish practice records it, through the Session on a real vault: the concern's source apart
from the person of concern, the disclosures log with its legal bases, Infohus referrals, review dates,
closing with a reason and the follow-ups after it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import PASSPHRASE, assess, old_case, person_case
from vinkdesk.domain import Level
from vinkdesk.domain.casework import (
    Agency,
    ClosureReason,
    ConcernChannel,
    ConcernSource,
    CourseWish,
    DataCategory,
    DisclosureKind,
    FollowUpOutcome,
    InfohusDecision,
    NewDisclosure,
)
from vinkdesk.session import Session
from vinkdesk.session.assessments import NotificationDecision
from vinkdesk.session.errors import InvalidInput
from vinkdesk.vault import Home, KdfParams, Vault
from vinkdesk.vault.schema import MIGRATIONS, schema_version

TODAY = date(2026, 12, 7)


@pytest.fixture
def today_session(home: Home, kdf: KdfParams) -> Session:
    Session.create(home, "Ane Rådgiver", PASSPHRASE, kdf)[0].lock()
    session = Session.unlock(home, PASSPHRASE)
    session._today = TODAY
    return session


def sharing(**changes: object) -> NewDisclosure:
    values: dict[str, object] = {
        "disclosed_on": TODAY - timedelta(days=3),
        "agency": Agency.SCHOOL,
        "legal_basis": "crime-prevention-115",
        "purpose": "Skolen skal kunne støtte eleven i frikvartererne.",
        "categories": (DataCategory.CONCERN,),
        "shared_text": "At der er en bekymring, og hvad skolen kan holde øje med.",
        "recipient_role": "Skoleleder",
    }
    values.update(changes)
    return NewDisclosure(**values)  # type: ignore[arg-type]


# --- the concern and its source ---------------------------------------------------------------------------


def test_the_source_is_kept_apart_from_the_person_and_an_anonymous_one_keeps_no_name(
    today_session: Session,
) -> None:
    session = today_session
    case = session.create_case(person_case(alias="Sara", opened_on=TODAY - timedelta(days=10)))
    assert session.concern_source(case.id) is None
    with pytest.raises(InvalidInput) as refused:
        session.set_concern_source(case.id, ConcernSource(anonymous=True, name="Hanne Berg"))
    assert refused.value.field == "name"
    anonymous = session.set_concern_source(
        case.id,
        ConcernSource(
            anonymous=True, raised_on=TODAY - timedelta(days=12), raised_how=ConcernChannel.HOTLINE
        ),
    )
    assert (anonymous.anonymous, anonymous.name, anonymous.contact) == (True, "", "")
    named = session.set_concern_source(
        case.id,
        ConcernSource(
            organisation="Nørrebro Skole",
            name="Hanne Berg",
            contact="hb@example.dk",
            raised_how=ConcernChannel.PHONE,
        ),
    )
    assert (named.name, named.organisation) == ("Hanne Berg", "Nørrebro Skole")
    assert session.view_case(case.id).alias == "Sara"  # the person of concern is not the source
    with pytest.raises(InvalidInput):
        session.set_concern_source(
            case.id, ConcernSource(raised_on=TODAY - timedelta(days=5))
        )  # after opening
    with pytest.raises(InvalidInput):
        session.set_concern_source(case.id, ConcernSource(contact="ring til hende"))


# --- the disclosures log ---------------------------------------------------------------------------------


def test_a_disclosure_needs_a_legal_basis_a_written_other_basis_and_a_purpose(today_session: Session) -> None:
    session = today_session
    case = session.create_case(person_case(opened_on=TODAY - timedelta(days=30)))
    for changes, field in (
        ({"legal_basis": ""}, "legal_basis"),
        ({"legal_basis": "because-we-can"}, "legal_basis"),
        ({"legal_basis": "other", "basis_text": "  "}, "basis_text"),
        ({"purpose": " "}, "purpose"),
        ({"categories": (), "shared_text": ""}, "categories"),
        ({"disclosed_on": TODAY + timedelta(days=1)}, "disclosed_on"),
        ({"disclosed_on": TODAY - timedelta(days=31)}, "disclosed_on"),
    ):
        with pytest.raises(InvalidInput) as refused:
            session.record_disclosure(case.id, sharing(**changes))
        assert refused.value.field == field
    assert session.disclosures(case.id) == []
    written = session.record_disclosure(
        case.id, sharing(legal_basis="other", basis_text="Forvaltningslovens § 31, efter anmodning.")
    )
    assert written.basis_text.startswith("Forvaltningslovens")
    plain = session.record_disclosure(case.id, sharing(basis_text="ignored: § 115 needs no text"))
    assert plain.basis_text == ""
    assert [d.id for d in session.disclosures(case.id)] == [written.id, plain.id]
    audited = session._read("SELECT count(*) FROM audit WHERE action = 'record-disclosure'")
    assert audited[0][0] == 2


def test_a_carried_out_notification_is_a_disclosure_and_a_decision_not_to_is_not(
    today_session: Session,
) -> None:
    session = today_session
    case = session.create_case(person_case(opened_on=TODAY - timedelta(days=30)))
    session.record_notification(
        case.id, NotificationDecision("duty-to-notify", done=True, on=TODAY - timedelta(days=2))
    )
    session.record_notification(
        case.id, NotificationDecision("police-referral", done=False, reason="Ikke nødvendig.")
    )
    [shared] = session.disclosures(case.id)
    assert (shared.kind, shared.agency, shared.legal_basis) == (
        DisclosureKind.DUTY_TO_NOTIFY,
        Agency.SOCIAL_SERVICES,
        "notification-duty",
    )
    assert shared.disclosed_on == TODAY - timedelta(days=2) and shared.notification_id is not None


def test_an_infohus_referral_records_the_decision_and_the_citizens_own_wish(today_session: Session) -> None:
    session = today_session
    case = session.create_case(person_case(opened_on=TODAY - timedelta(days=30)))
    referral = session.record_disclosure(
        case.id,
        sharing(
            agency=Agency.INFOHUS, kind=DisclosureKind.INFOHUS_REFERRAL, purpose="Drøftelse i Infohuset."
        ),
    )
    assert referral.infohus is not None and referral.infohus.course_wish is CourseWish.NOT_ASKED
    assert referral.infohus.decision is None  # never assumed
    with pytest.raises(InvalidInput):
        session.record_infohus_outcome(referral.id, InfohusDecision.COURSE, None, CourseWish.YES)
    decided = session.record_infohus_outcome(
        referral.id, InfohusDecision.COURSE, TODAY - timedelta(days=1), CourseWish.YES
    )
    assert decided.infohus is not None
    assert (decided.infohus.decision, decided.infohus.course_wish) == (InfohusDecision.COURSE, CourseWish.YES)
    with pytest.raises(InvalidInput):  # a referral to the Infohus goes to the Infohus
        session.record_disclosure(
            case.id, sharing(agency=Agency.POLICE, kind=DisclosureKind.INFOHUS_REFERRAL)
        )


# --- review dates ----------------------------------------------------------------------------------------


def test_review_dates_follow_the_level_and_overdue_ones_are_counted(today_session: Session) -> None:
    session = today_session
    opened = TODAY - timedelta(days=60)
    unassessed = session.create_case(person_case(opened_on=opened))
    assert session.view_case(unassessed.id).review_on == opened + timedelta(weeks=4)
    red = session.create_case(person_case(opened_on=opened))
    assess(session, red.id, Level.RED, TODAY - timedelta(days=3))
    assert session.view_case(red.id).review_on == TODAY - timedelta(days=3) + timedelta(weeks=4)
    yellow = session.create_case(person_case(opened_on=opened))
    assess(session, yellow.id, Level.YELLOW, opened)
    assert session.view_case(yellow.id).review_on == opened + timedelta(weeks=8)
    assert session.reviews_overdue() == [unassessed.id, yellow.id]
    following = session.mark_reviewed(yellow.id)
    assert following == TODAY + timedelta(weeks=8)
    assert session.reviews_overdue() == [unassessed.id]
    with pytest.raises(InvalidInput):
        session.set_review_date(unassessed.id, TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput) as refused:  # putting an overdue review off needs a reason
        session.set_review_date(unassessed.id, TODAY + timedelta(days=3))
    assert refused.value.field == "review_reason"
    assert session.reviews_overdue() == [unassessed.id]
    session.set_review_date(unassessed.id, TODAY + timedelta(days=3), reason="Venter på svar fra skolen.")
    assert session.reviews_overdue() == []
    with pytest.raises(InvalidInput) as refused:  # and so does putting it off again
        session.set_review_date(unassessed.id, TODAY + timedelta(days=30))
    assert refused.value.field == "review_reason"
    assert session.view_case(unassessed.id).review_on == TODAY + timedelta(days=3)
    session.set_review_date(unassessed.id, TODAY + timedelta(days=30), reason="  Familien er på ferie.  ")
    session.set_review_date(unassessed.id, TODAY + timedelta(days=10))  # earlier needs none
    history = session.review_history(unassessed.id)
    assert [(h.kind.value, h.next_on, h.note) for h in history] == [
        ("moved", TODAY + timedelta(days=3), "Venter på svar fra skolen."),
        ("moved", TODAY + timedelta(days=30), "Familien er på ferie."),
        ("moved", TODAY + timedelta(days=10), ""),
    ]
    session.mark_reviewed(red.id, note="Samtale med skolen: roligere i klassen.")
    (reviewed,) = session.review_history(red.id)
    assert (reviewed.kind.value, reviewed.day, reviewed.note) == (
        "reviewed",
        TODAY,
        "Samtale med skolen: roligere i klassen.",
    )
    assert reviewed.next_on == TODAY + timedelta(weeks=4) == session.view_case(red.id).review_on


# --- closing and follow-up -------------------------------------------------------------------------------


def test_closing_needs_a_reason_and_yellow_or_red_get_follow_ups_at_6_and_12_months(
    today_session: Session,
) -> None:
    session = today_session
    opened = date(2026, 2, 2)
    green = session.create_case(person_case(opened_on=opened))
    assess(session, green.id, Level.GREEN, opened)
    with pytest.raises(InvalidInput) as refused:
        session.close_case(green.id, None)
    assert refused.value.field == "closure_reason"
    with pytest.raises(InvalidInput):
        session.close_case(green.id, ClosureReason.OTHER)  # other: in words
    closed = session.close_case(green.id, ClosureReason.CONCERN_NOT_CONFIRMED, on=date(2026, 3, 31))
    assert closed.closure_reason is ClosureReason.CONCERN_NOT_CONFIRMED and closed.review_on is None
    assert session.follow_ups(green.id) == []

    red = session.create_case(person_case(opened_on=opened))
    assess(session, red.id, Level.RED, opened)
    session.close_case(red.id, ClosureReason.REFERRED_INFOHUS, on=date(2026, 3, 31))
    six, twelve = session.follow_ups(red.id)
    assert (six.months, six.due_on, twelve.months, twelve.due_on) == (
        6,
        date(2026, 9, 30),
        12,
        date(2027, 3, 31),
    )
    due = {a.id: a.due for a in session.actions(red.id) if not a.done}
    assert due == {six.action_id: date(2026, 9, 30), twelve.action_id: date(2027, 3, 31)}

    # A red case whose concern was not confirmed after all is not followed up; one the citizen left is.
    unconfirmed = session.create_case(person_case(opened_on=opened))
    assess(session, unconfirmed.id, Level.RED, opened)
    session.close_case(unconfirmed.id, ClosureReason.CONCERN_NOT_CONFIRMED, on=date(2026, 3, 31))
    assert session.follow_ups(unconfirmed.id) == []
    declined = session.create_case(person_case(opened_on=opened))
    assess(session, declined.id, Level.YELLOW, opened)
    session.close_case(declined.id, ClosureReason.CITIZEN_DECLINES, on=date(2026, 3, 31))
    assert [f.months for f in session.follow_ups(declined.id)] == [6, 12]


def test_a_returned_concern_reopens_the_case_from_its_follow_up(today_session: Session) -> None:
    session = today_session
    case = session.create_case(person_case(opened_on=date(2026, 1, 5)))
    assess(session, case.id, Level.YELLOW, date(2026, 1, 5))
    session.close_case(case.id, ClosureReason.CONCERN_RESOLVED, on=date(2026, 5, 29))
    six, twelve = session.follow_ups(case.id)
    assert six.due_on == date(2026, 11, 29)
    returned = session.record_follow_up(
        six.id,
        FollowUpOutcome.CONCERN_RETURNED,
        on=TODAY - timedelta(days=1),
        note="Ny henvendelse fra skolen.",
    )
    assert returned.reopened and returned.note == "Ny henvendelse fra skolen."
    reopened = session.view_case(case.id)
    assert reopened.status.value == "open" and reopened.reopened_on == TODAY - timedelta(days=1)
    assert reopened.review_on is not None and reopened.review_on > TODAY
    done = {a.id: a.done for a in session.actions(case.id)}
    assert done[six.action_id] and twelve.action_id not in done  # the 12-month check went with the reopening
    assert [f.id for f in session.follow_ups(case.id)] == [six.id]
    with pytest.raises(InvalidInput):
        session.record_follow_up(six.id, FollowUpOutcome.DONE)
    # Why it was closed stays on record after the reopening, and a second closing is a second entry.
    session.close_case(case.id, ClosureReason.HANDED_TO_POLICE, on=TODAY)
    first, second = session.closings(case.id)
    assert (first.closed_on, first.reason, first.reopened_on, first.reopened_by_follow_up) == (
        date(2026, 5, 29),
        ClosureReason.CONCERN_RESOLVED,
        TODAY - timedelta(days=1),
        True,
    )
    assert (second.reason, second.reopened_on) == (ClosureReason.HANDED_TO_POLICE, None)
    session.reopen_case(case.id)
    assert session.closings(case.id)[1].reopened_on == TODAY
    assert not session.closings(case.id)[1].reopened_by_follow_up


def test_a_basis_for_the_municipality_does_not_fit_the_police_and_a_course_needs_the_wish() -> None:
    from vinkdesk.domain.casework import basis_fits_recipient, course_against_wish

    assert not basis_fits_recipient(Agency.POLICE, "notification-duty")
    assert not basis_fits_recipient(Agency.SCHOOL, "notification-duty")
    assert basis_fits_recipient(Agency.SOCIAL_SERVICES, "notification-duty")
    assert basis_fits_recipient(Agency.OTHER_MUNICIPALITY, "notification-duty")
    assert basis_fits_recipient(Agency.POLICE, "crime-prevention-115")
    assert course_against_wish(InfohusDecision.COURSE, CourseWish.NO)
    assert course_against_wish(InfohusDecision.COURSE, CourseWish.NOT_ASKED)
    assert not course_against_wish(InfohusDecision.COURSE, CourseWish.YES)
    assert not course_against_wish(InfohusDecision.CONVERSATION, CourseWish.NO)


def test_the_bases_practice_uses_are_offered(today_session: Session) -> None:
    bases = {b.id: b for b in today_session.legal_bases()}
    assert "children-exchange-136" in bases and "§ 136" in bases["children-exchange-136"].title.da
    assert "§ 133" in bases["notification-duty"].title.da
    shared = today_session.record_disclosure(
        today_session.create_case(person_case(opened_on=TODAY - timedelta(days=10))).id,
        sharing(agency=Agency.PROBATION, legal_basis="children-exchange-136"),
    )
    assert (shared.agency, shared.legal_basis) == (Agency.PROBATION, "children-exchange-136")


# --- migration -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(2, 7))
def test_carried_out_notifications_become_disclosures_when_an_older_vault_is_migrated(
    home: Home, kdf: KdfParams, version: int
) -> None:
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf, migrations=MIGRATIONS[:version])
    conn = vault.connection
    assert schema_version(conn) == version
    user_id = conn.execute("SELECT id FROM users").fetchone()[0]
    new = person_case()
    conn.execute("BEGIN IMMEDIATE")
    case_id = old_case(conn, user_id, new, "2026-001", date(2026, 3, 2))
    closed_id = old_case(conn, user_id, new, "2026-002", date(2026, 3, 2), date(2026, 4, 1))
    for kind, done, done_on, reason in (
        ("duty-to-notify", 1, "2026-03-05", ""),
        ("police-referral", 1, "2026-03-06", ""),
        ("police-referral", 0, None, "Ingen grund til at henvise."),
    ):
        conn.execute(
            "INSERT INTO notifications (case_id, kind, done, done_on, reason, author_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '2026-03-06T10:00:00+00:00')",
            (case_id, kind, done, done_on, reason, user_id),
        )
    conn.execute("COMMIT")
    vault.lock()
    session = Session.unlock(home, PASSPHRASE)
    shared = session.disclosures(case_id)
    assert [(d.kind.value, d.disclosed_on.isoformat(), d.agency.value) for d in shared] == [
        ("duty-to-notify", "2026-03-05", "social-services"),
        ("police-referral", "2026-03-06", "police"),
    ]
    assert all(d.legal_basis and d.purpose for d in shared)
    assert shared[1].legal_basis == "other" and shared[1].basis_text  # no basis was recorded then: said so
    assert all(d.categories == () and d.shared_text == "" for d in shared)  # what was shared: not made up
    case = session.view_case(case_id)
    # Vinkdesk asked for no reviews before: the first is counted from the update, so none is overdue at once.
    assert case.review_on == session.today() + timedelta(weeks=4)
    assert session.reviews_overdue() == []
    (closing,) = session.closings(closed_id)
    assert (closing.closed_on, closing.reason, closing.reopened_on) == (date(2026, 4, 1), None, None)
    session.lock()
    assert len(Session.unlock(home, PASSPHRASE).disclosures(case_id)) == 2  # migrated once, not again


def test_every_value_has_its_own_words_even_where_two_enumerations_share_a_value() -> None:
    from enum import StrEnum

    from vinkdesk.domain import InquirerRole, labels
    from vinkdesk.domain import casework as values

    assert labels.name(InquirerRole.OTHER, "da") == "Andet"  # not the closing's "Anden grund"
    assert labels.name(ClosureReason.OTHER, "da") == "Anden grund"
    found = vars(values).values()
    enums = [e for e in found if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum]
    for enum in enums:
        for member in enum:
            assert labels.name(member, "da") and labels.name(member, "en"), member
