"""Supervision and data protection through the Session: four eyes, locking on approval, what returns to the
counsellor, the audit trail for supervisors, access reports, deletion without a trace, audit purge."""

from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.domain import Level
from vinkdesk.domain.audit_words import action_name
from vinkdesk.domain.casework import ClosureReason
from vinkdesk.reports.access import access_report, audit_extract
from vinkdesk.session import (
    AssessmentRecord,
    InvalidInput,
    NotificationDecision,
    PermissionDenied,
    Session,
    verify,
)
from vinkdesk.session.audit_view import audit_lines
from vinkdesk.session.reviews import AssessmentUnderReview, ConsultationUnderReview
from vinkdesk.vault import FLOOR, Home

SUPERVISOR = "bo leders lange sætning"
SECRET = "Fortroligt notat om Ravn og hans fætter i Tingbjerg"


@pytest.fixture
def team(home: Home) -> tuple[Session, int, int, int]:
    """A counsellor's vault with a supervisor slot, a case, a consultation and a final assessment."""
    counsellor, _ = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    counsellor.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    case = counsellor.create_case(person_case(alias="Ravn-17"))
    note = counsellor.add_consultation(case.id, consultation(SECRET))
    assessment = counsellor.save_assessment(
        case.id,
        AssessmentRecord("prevention-triangle", 1, {"leakage": "partly"}, Level.YELLOW, [], [], Level.YELLOW),
    )
    counsellor.lock()
    return counsellor, case.id, note.id, assessment


def as_supervisor(home: Home) -> Session:
    return Session.unlock(home, SUPERVISOR)


def test_the_queue_holds_unreviewed_work_oldest_first_and_only_for_supervisors(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    _c, case_id, note_id, assessment_id = team
    supervisor = as_supervisor(home)
    queue = supervisor.review_queue()
    assert [(i.kind, i.id) for i in queue] == [("consultation", note_id), ("assessment", assessment_id)] or {
        (i.kind, i.id) for i in queue
    } == {("consultation", note_id), ("assessment", assessment_id)}
    assert all(i.case_id == case_id and i.author == "Ane Rådgiver" for i in queue)
    assert queue == sorted(queue, key=lambda i: i.at)
    supervisor.lock()
    counsellor = Session.unlock(home, PASSPHRASE)
    with pytest.raises(PermissionDenied):
        counsellor.review_queue()
    with pytest.raises(PermissionDenied):
        counsellor.review("consultation", note_id, "approved")  # a counsellor cannot approve
    counsellor.lock()


def test_approval_locks_the_consultation_and_empties_the_queue(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    _c, case_id, note_id, assessment_id = team
    supervisor = as_supervisor(home)
    supervisor.review("consultation", note_id, "approved")
    supervisor.review("assessment", assessment_id, "approved", "God vurdering.")
    assert supervisor.review_queue() == []
    assert supervisor.consultation(note_id).locked_at is not None
    with pytest.raises(PermissionDenied):
        supervisor.amend_consultation(note_id, consultation("Lederen retter"))  # never a counsellor's text
    supervisor.lock()
    counsellor = Session.unlock(home, PASSPHRASE)
    changed = counsellor.update_consultation(note_id, consultation(SECRET + " – tilføjelse"))
    assert changed.id != note_id and changed.supersedes == note_id  # locked: an amendment, the original kept
    assert counsellor.consultation(note_id).body == SECRET
    verdicts = [(r.kind, r.verdict) for r in counsellor.reviews(case_id)]
    assert ("consultation", "approved") in verdicts and ("assessment", "approved") in verdicts
    counsellor.lock()


def test_returned_work_reaches_the_counsellor_until_it_is_amended(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    _c, case_id, note_id, _a = team
    supervisor = as_supervisor(home)
    with pytest.raises(InvalidInput):
        supervisor.review("consultation", note_id, "returned", "  ")
    supervisor.review("consultation", note_id, "returned", "Skriv hvem der henvendte sig.")
    supervisor.lock()
    counsellor = Session.unlock(home, PASSPHRASE)
    [returned] = counsellor.returned_to_me()
    assert returned.target_id == note_id and returned.text == "Skriv hvem der henvendte sig."
    counsellor.amend_consultation(note_id, consultation(SECRET + " Henvendelse fra klasselæreren."))
    assert counsellor.returned_to_me() == []
    counsellor.lock()


def test_nobody_reviews_their_own_work(home: Home) -> None:
    counsellor, _ = Session.create(home, "Ane Rådgiver", PASSPHRASE, FLOOR)
    supervisor_user = counsellor.add_supervisor("Bo Leder", SUPERVISOR, FLOOR)
    case = counsellor.create_case(person_case())
    note = counsellor.add_consultation(case.id, consultation("tekst"))
    # A supervisor's own work (made here directly) cannot be approved by that supervisor.
    counsellor._vault.connection.execute(
        "UPDATE consultations SET author_id = ? WHERE id = ?", (supervisor_user.id, note.id)
    )
    counsellor.lock()
    supervisor = as_supervisor(home)
    with pytest.raises(PermissionDenied, match="own work"):
        supervisor.review("consultation", note.id, "approved")
    supervisor.lock()


def test_the_lock_period_is_a_setting(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    _c, _case, note_id, _a = team
    counsellor = Session.unlock(home, PASSPHRASE)
    assert counsellor.setting("lock_after_days") == 7
    counsellor.set_setting("lock_after_days", 1)
    later = Session(counsellor._vault, today=date.today() + timedelta(days=1))
    assert later.is_locked_consultation(later.consultation(note_id))
    counsellor.lock()


def test_the_audit_trail_for_supervisors_filters_and_exports(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    _c, case_id, _n, _a = team
    supervisor = as_supervisor(home)
    supervisor.view_case(case_id)
    entries = supervisor.audit_log(case_id=case_id)
    assert {"create-case", "create-consultation", "create-assessment", "view-case"} <= {
        e.action for e in entries
    }
    since_today = supervisor.audit_log(action="unlock", since=date.today())
    assert since_today and all(e.action == "unlock" for e in since_today)
    names = {u.id: u.display_name for u in supervisor.users()}
    pdf = audit_extract(audit_lines(entries, names), "2026-001")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    said = action_name("create-consultation", "da")  # the extract names actions in words
    assert said in text and "Ane Rådgiver" in text and "Bo Leder" in text
    assert verify(supervisor) == []
    supervisor.lock()


def test_the_access_report_holds_everything_and_the_access_history(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    _c, case_id, note_id, _a = team
    supervisor = as_supervisor(home)
    supervisor.review("consultation", note_id, "comment", "Husk forældrene.")
    supervisor.lock()
    counsellor = Session.unlock(home, PASSPHRASE)
    counsellor.amend_consultation(note_id, consultation("Rettet version af notatet"))
    counsellor.add_action(case_id, "Møde med skolen", "Rådgiver", date.today())
    pdf = access_report(counsellor.access_data(case_id), "da")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert SECRET in text and "Rettet version af notatet" in text and "tidligere version" in text
    assert "Møde med skolen" in text and "Husk forældrene." in text
    # who opened the case and what they did, in words a data subject reads (never the stored action values)
    assert "Åbnede en sag" in text and "Skrev en samtale" in text and "Bo Leder" in text
    assert "view-case" not in text and "create-consultation" not in text
    counsellor.lock()


def test_deleting_a_case_leaves_no_trace_of_its_text_and_verify_passes(
    home: Home, team, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _c, case_id, note_id, _a = team
    counsellor = Session.unlock(home, PASSPHRASE)
    counsellor.save_draft("consultation", {"body": SECRET + " kladde"}, case_id=case_id)
    counsellor.close_case(case_id, ClosureReason.CONCERN_RESOLVED, on=date.today())
    later = Session(counsellor._vault, today=date.today() + timedelta(days=365 * 5 + 10))
    assert [r[0] for r in later.retention_due()] == [case_id]
    later.delete_case(case_id)
    assert later.list_cases() == []
    index = later._vault.connection.execute(
        "SELECT count(*) FROM consultations_fts WHERE consultations_fts MATCH 'tingbjerg'"
    ).fetchone()[0]
    assert index == 0  # (asked of the index directly: a search would write its word into the audit)
    assert verify(later) == []
    assert [e.action for e in later.audit_entries(case_id)][-1] == "delete-case"
    # The decrypted database, exported page by page to a plain file, holds no word of it.
    plain = tmp_path / "plain.db"
    conn = later._vault.connection
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    later.lock()
    raw = plain.read_bytes() + b"".join(p.read_bytes() for p in home.folder.iterdir() if p.is_file())
    for word in ("Tingbjerg", "fætter", "Ravn-17"):
        assert word.encode("utf-8") not in raw
    tables = sqlite3.connect(plain).execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert ("consultations_fts_data",) in tables  # the search index was looked at too (it is in `raw`)


def test_old_audit_rows_can_be_purged_and_the_chain_still_verifies(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    counsellor = Session.unlock(home, PASSPHRASE)
    total = len(counsellor.audit_entries())
    with pytest.raises(InvalidInput, match="kept 10 years"):
        counsellor.purge_audit(date.today())
    far = Session(counsellor._vault, today=date.today() + timedelta(days=365 * 11))
    purged = far.purge_audit(date.today() + timedelta(days=1))
    assert purged == total
    remaining = far.audit_entries()
    assert [e.action for e in remaining] == ["purge-audit"]
    assert verify(far) == []
    far.lock()
    again = Session.unlock(home, PASSPHRASE)
    assert verify(again) == []
    again.lock()


def test_the_queue_names_the_person_and_the_detail_holds_everything_to_judge(home: Home, team) -> None:  # type: ignore[no-untyped-def]
    counsellor, case_id, note_id, assessment_id = team
    counsellor = Session.unlock(home, PASSPHRASE)
    counsellor.record_notification(
        case_id, NotificationDecision("duty-to-notify", True, date.today()), assessment_id
    )
    later = counsellor.save_assessment(
        case_id,
        AssessmentRecord(
            "prevention-triangle",
            1,
            {"leakage": "present"},
            Level.YELLOW,
            [],
            [],
            Level.RED,
            justification="Han har gentaget det.",
            evidence={"leakage": {"text": "Sagt til to lærere.", "source": "school"}},
        ),
    )
    counsellor.lock()
    supervisor = as_supervisor(home)
    supervisor.review("consultation", note_id, "comment", "Hvem ringede?")
    supervisor.lock()
    counsellor = Session.unlock(home, PASSPHRASE)
    amended = counsellor.amend_consultation(note_id, consultation(SECRET, advice="Inddrag forældrene."))
    counsellor.lock()

    supervisor = as_supervisor(home)
    queue = supervisor.review_queue()
    assert {(i.kind, i.alias, i.author) for i in queue} >= {("consultation", "Ravn-17", "Ane Rådgiver")}
    assert all(i.author_id == counsellor.user.id for i in queue)
    assert ("consultation", note_id) not in {(i.kind, i.id) for i in queue}  # only the current version
    views = len([e for e in supervisor.audit_entries(case_id) if e.action == "view-case"])

    note = supervisor.review_detail("consultation", amended.id)
    assert isinstance(note, ConsultationUnderReview)
    assert note.consultation.advice == "Inddrag forældrene." and note.consultation.next_steps
    assert [c.id for c in note.earlier] == [note_id]  # the version it amends
    assert [r.text for r in note.reviews] == ["Hvem ringede?"]  # said about the earlier version

    first = supervisor.review_detail("assessment", assessment_id)
    assert isinstance(first, AssessmentUnderReview) and first.previous is None
    assert [(n.kind, n.done) for n in first.notifications] == [("duty-to-notify", True)]
    second = supervisor.review_detail("assessment", later)
    assert isinstance(second, AssessmentUnderReview)
    assert second.previous is not None and second.previous.id == assessment_id
    assert second.assessment.justification == "Han har gentaget det." and second.notifications == []
    assert second.assessment.evidence["leakage"]["text"] == "Sagt til to lærere."
    # Reading an item counts as looking at its case.
    after = len([e for e in supervisor.audit_entries(case_id) if e.action == "view-case"])
    assert after == views + 3
    supervisor.lock()
    counsellor = Session.unlock(home, PASSPHRASE)
    with pytest.raises(PermissionDenied):
        counsellor.review_detail("consultation", amended.id)
    counsellor.lock()
