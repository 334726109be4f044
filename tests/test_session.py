"""The Session gate: cases, consultations with amendments, search, actions, drafts and roles."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.domain import AgeBand, CaseStatus, District, Level, SubjectKind
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.session import AssessmentRecord, InvalidInput, NotFound, PermissionDenied, Session
from vinkdesk.vault import Home, KdfParams, VaultLocked


def test_case_refs_count_per_year_and_cases_read_back(session: Session) -> None:
    first = session.create_case(person_case(opened_on=date(2025, 12, 30)))
    second = session.create_case(person_case(opened_on=date(2026, 1, 2)))
    third = session.create_case(person_case(opened_on=date(2026, 1, 3), alias="Lærke-3"))
    assert (first.ref, second.ref, third.ref) == ("2025-001", "2026-001", "2026-002")
    read = session.view_case(third.id)
    assert read.alias == "Lærke-3" and read.district is District.NOERREBRO and read.status is CaseStatus.OPEN
    assert read.age_on(date(2026, 8, 1)) == 16
    assert read.age_band_on(date(2026, 8, 1)) is AgeBand.AGE_15_17


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"alias": " "}, "alias"),
        ({"birth_year": None}, "birth_year"),
        ({"birth_year": 1850}, "birth_year"),
        ({"birth_year": 2031}, "birth_year"),
        ({"subject_kind": SubjectKind.ANONYMOUS, "alias": "", "birth_year": None}, "age_band"),
        (
            {"subject_kind": SubjectKind.GROUP, "alias": "", "birth_year": None, "age_band": AgeBand.UNKNOWN},
            "alias",
        ),
        ({"opened_on": date.today() + timedelta(days=3)}, "opened_on"),
    ],
)
def test_new_case_validation_names_the_field_and_saves_nothing(
    session: Session, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        session.create_case(person_case(**changes))
    assert caught.value.field == field
    assert session.list_cases() == []


def test_anonymous_subject_keeps_its_age_band_and_no_alias(session: Session) -> None:
    case = session.create_case(
        person_case(subject_kind=SubjectKind.ANONYMOUS, alias="", birth_year=None, age_band=AgeBand.AGE_12_14)
    )
    assert case.alias == "" and case.age_band is AgeBand.AGE_12_14 and case.birth_year is None


def test_case_list_filters(session: Session, home: Home, kdf: KdfParams) -> None:
    a = session.create_case(person_case(alias="Ravn-17"))
    b = session.create_case(person_case(alias="Lærke-4", district=District.VALBY))
    session.close_case(b.id, ClosureReason.CONCERN_RESOLVED, on=date(2026, 4, 1))
    session.save_assessment(
        a.id,
        AssessmentRecord("prevention-triangle", 1, {"leakage": "partly"}, Level.YELLOW, [], [], Level.YELLOW),
    )
    assert [s.ref for s in session.list_cases(status=CaseStatus.CLOSED)] == [b.ref]
    assert [s.ref for s in session.list_cases(district=District.VALBY)] == [b.ref]
    assert [s.ref for s in session.list_cases(level=Level.YELLOW)] == [a.ref]
    assert [s.ref for s in session.list_cases(text="lær")] == [b.ref]
    assert [s.ref for s in session.list_cases(text=a.ref)] == [a.ref]
    assert session.list_cases(text="%") == []
    assert {s.ref for s in session.list_cases(mine=True)} == {a.ref, b.ref}
    reopened = session.reopen_case(b.id)
    assert reopened.status is CaseStatus.OPEN and reopened.closed_on is None


P = "prevention-triangle"


def test_case_level_is_the_latest_final_assessments_choice(session: Session) -> None:
    case = session.create_case(person_case())
    assert session.view_case(case.id).level is None
    session.save_assessment(
        case.id, AssessmentRecord(P, 1, {}, Level.GREEN, [], [], Level.GREEN), at=datetime(2026, 3, 5, 10)
    )
    session.save_assessment(
        case.id,
        AssessmentRecord(P, 1, {}, Level.GREEN, [], [], Level.RED, justification="Ny viden fra politiet."),
        at=datetime(2026, 4, 5, 10),
    )
    session.save_assessment(
        case.id,
        AssessmentRecord(P, 1, {}, Level.GREEN, [], [], None, final=False),
        at=datetime(2026, 5, 5, 10),
    )
    assert session.view_case(case.id).level is Level.RED
    with pytest.raises(InvalidInput) as caught:
        session.save_assessment(case.id, AssessmentRecord(P, 1, {}, Level.GREEN, [], [], Level.RED))
    assert caught.value.field == "justification"


def test_amendment_keeps_the_original_and_search_finds_only_the_current_text(session: Session) -> None:
    case = session.create_case(person_case())
    original = session.add_consultation(case.id, consultation("Eleven omtalte våben på skolen."))
    amended = session.amend_consultation(original.id, consultation("Eleven omtalte en kniv i frikvarteret."))
    history = session.consultations(case.id)
    assert [c.id for c in history] == [amended.id, original.id]
    assert history[1].body == "Eleven omtalte våben på skolen." and history[1].superseded_by == amended.id
    assert amended.supersedes == original.id
    assert [c.id for c in session.consultations(case.id, include_history=False)] == [amended.id]
    assert session.search("våben") == []
    hits = session.search("kniv")
    assert [(h.case_ref, h.consultation_id, h.occurred_at.date()) for h in hits] == [
        (case.ref, amended.id, date(2026, 3, 4))
    ]
    assert "[kniv]" in hits[0].snippet
    with pytest.raises(InvalidInput):
        session.amend_consultation(original.id, consultation("En gren af historikken."))


def test_open_consultation_is_edited_in_place_but_a_locked_one_is_amended(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    note = session.add_consultation(case.id, consultation("Første udkast."))
    edited = session.update_consultation(note.id, consultation("Rettet tekst."))
    assert edited.id == note.id and edited.body == "Rettet tekst."
    session.lock()
    later = Session(Session.unlock(home, PASSPHRASE)._vault, today=date.today() + timedelta(days=8))
    amended = later.update_consultation(note.id, consultation("Tilføjelse efter låsning."))
    assert amended.id != note.id and amended.supersedes == note.id
    assert later.consultation(note.id).body == "Rettet tekst."
    later.lock()


def test_search_is_prefix_and_all_words_and_safe_against_query_syntax(session: Session) -> None:
    case = session.create_case(person_case())
    session.add_consultation(case.id, consultation("Bekymring om radikalisering og fællesskab på Nørrebro."))
    session.add_consultation(case.id, consultation("Samtale om fodbold og fællesskab."))
    assert len(session.search("fællesskab")) == 2
    assert len(session.search("fællesskab radikal")) == 1
    assert len(session.search("nørrebro")) == 1
    for hostile in ['"', "OR", "NEAR(", "*", "body:x", "') --", ""]:
        session.search(hostile)  # no exception: the words are quoted


def test_actions_and_overdue(session: Session) -> None:
    case = session.create_case(person_case())
    late = session.add_action(case.id, "Møde med forældrene", "Rådgiver", date(2026, 1, 10))
    soon = session.add_action(case.id, "Opfølgning med skolen", "Skolen", date(2026, 12, 24))
    assert late.overdue_on(date(2026, 2, 1)) and not soon.overdue_on(date(2026, 2, 1))
    done = session.update_action(late.id, done=True)
    assert done.done and not done.overdue_on(date(2026, 2, 1))
    assert [a.id for a in session.actions(case.id)] == [soon.id, late.id]
    assert session.list_cases()[0].next_action_due == date(2026, 12, 24)
    with pytest.raises(InvalidInput):
        session.add_action(case.id, "  ")


def test_supervisor_reads_but_cannot_write(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    note = session.add_consultation(case.id, consultation("Tekst"))
    session.add_supervisor("Bo Leder", "bo leder passphrase", kdf)
    session.lock()
    supervisor = Session.unlock(home, "bo leder passphrase")
    assert supervisor.view_case(case.id).ref == case.ref
    assert len(supervisor.search("tekst")) == 1
    with pytest.raises(PermissionDenied):
        supervisor.create_case(person_case())
    with pytest.raises(PermissionDenied):
        supervisor.add_consultation(case.id, consultation("Ikke tilladt"))
    with pytest.raises(PermissionDenied):
        supervisor.amend_consultation(note.id, consultation("Ikke tilladt"))
    with pytest.raises(PermissionDenied):
        supervisor.add_supervisor("Eve", "eve passphrase long", kdf)
    supervisor.lock()


def test_drafts_survive_a_lock(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    session.save_draft("consultation", {"body": "Halvt skrevet"}, case_id=case.id)
    session.save_draft("consultation", {"body": "Halvt skrevet, lidt mere"}, case_id=case.id)
    session.lock()
    again = Session.unlock(home, PASSPHRASE)
    assert again.drafts() == [("consultation", case.id, None, {"body": "Halvt skrevet, lidt mere"})]
    again.discard_draft("consultation", case_id=case.id)
    assert again.drafts() == []
    again.lock()


def test_locked_session_refuses_everything(session: Session) -> None:
    session.lock()
    with pytest.raises(VaultLocked):
        session.list_cases()
    with pytest.raises(VaultLocked):
        session.search("x")


def test_unknown_ids_are_reported(session: Session) -> None:
    with pytest.raises(NotFound):
        session.view_case(999)
    with pytest.raises(NotFound):
        session.case_by_ref("2020-999")
