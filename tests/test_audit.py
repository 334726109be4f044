"""The audit trail: every act leaves a row in the same transaction; rows never change; tampering is found."""

from __future__ import annotations

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.domain.audit_words import ProblemKind, check_result
from vinkdesk.session import InvalidInput, Session, verify
from vinkdesk.session.verify import check
from vinkdesk.vault import Home, KdfParams


def actions(session: Session) -> list[str]:
    return [e.action for e in session.audit_entries()]


def test_acts_are_audited_with_who_what_and_the_search_criterion(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    note = session.add_consultation(case.id, consultation("Bekymring om radikalisering i klassen."))
    session.amend_consultation(note.id, consultation("Bekymring om radikalisering i 8. klasse."))
    session.search("radikalisering")
    session.lock()
    again = Session.unlock(home, PASSPHRASE)
    again.view_case(case.id)
    entries = again.audit_entries()
    assert [e.action for e in entries] == [
        "create-vault",
        "create-case",
        "create-consultation",
        "amend-consultation",
        "search",
        "unlock",
        "view-case",
    ]
    assert all(e.user_id == again.user.id for e in entries)
    search = next(e for e in entries if e.action == "search")
    assert search.detail == "radikalisering"
    assert entries[-1].object_kind == "case" and entries[-1].object_id == str(case.id)
    again.lock()


def test_a_refused_act_leaves_neither_data_nor_audit_row(session: Session) -> None:
    case = session.create_case(person_case())
    before = actions(session)
    with pytest.raises(InvalidInput):
        session.add_consultation(case.id, consultation("   "))
    assert actions(session) == before
    assert session.consultations(case.id) == []


def test_audit_rows_reject_update_and_delete(session: Session) -> None:
    session.create_case(person_case())
    conn = session._vault.connection
    with pytest.raises(sqlcipher3.IntegrityError, match="never change"):
        conn.execute("UPDATE audit SET action = 'nothing' WHERE id = 1")
    with pytest.raises(sqlcipher3.IntegrityError, match="never deleted"):
        conn.execute("DELETE FROM audit WHERE id = 1")
    assert verify(session) == []


def test_changing_one_audit_row_makes_verify_fail_and_name_the_row(session: Session) -> None:
    case = session.create_case(person_case())
    for i in range(3):
        session.add_consultation(case.id, consultation(f"Samtale {i}"))
    assert verify(session) == []
    conn = session._vault.connection
    # An attacker with the key drops the guard and rewrites history.
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET user_id = 'someone-else' WHERE id = 3")
    problems = verify(session)
    assert "audit: row 3 has been changed since it was written" in problems
    assert any("audit_no_update is missing" in p for p in problems)
    # Each finding has a kind and a row, so that it can be said in words with what to do.
    found = check(session)
    assert {(p.kind, p.row) for p in found} == {(ProblemKind.ROW_CHANGED, 3), (ProblemKind.GUARD, 0)}
    said = check_result(found, "da")
    assert "Række 3 i adgangsloggen er rettet, efter at den blev skrevet." in said
    assert any("Beskyttelsen" in s for s in said) and "sikkerhedskopi" in said[-1]


def test_deleting_an_audit_row_breaks_the_chain(session: Session) -> None:
    case = session.create_case(person_case())
    for i in range(3):
        session.add_consultation(case.id, consultation(f"Samtale {i}"))
    conn = session._vault.connection
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE id = 2")
    problems = verify(session)
    assert any("row 3 does not link" in p for p in problems)
    assert any("rows 2..2 are missing" in p for p in problems)
    kinds = {(p.kind, p.row) for p in check(session)}
    assert {(ProblemKind.ROWS_MISSING, 3), (ProblemKind.LINK_BROKEN, 3)} <= kinds
    assert check_result(check(session), "en")[0] == (
        "Rows are missing from the audit log before row 3: someone deleted them outside vinkdesk."
    )
