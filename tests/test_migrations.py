"""Migrations run in order on PRAGMA user_version, each all-or-nothing, from every earlier version,
keeping the data."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PASSPHRASE, consultation, old_case, person_case
from vinkdesk.session import Session, verify
from vinkdesk.vault import Home, KdfParams, SchemaTooNew, Vault
from vinkdesk.vault.audit import verify_chain
from vinkdesk.vault.schema import CURRENT_VERSION, MIGRATIONS, migrate, schema_version, sql_migration

NEXT = sql_migration(
    """
    ALTER TABLE cases ADD COLUMN school TEXT NOT NULL DEFAULT '';
    CREATE INDEX cases_school ON cases(school);
    UPDATE cases SET school = 'ukendt';
    """
)


def vault_at_version(home: Home, kdf: KdfParams, version: int) -> tuple[str, str]:
    """A vault made by the program as it was at `version`, with a case, a consultation and an assessment,
    written in the columns every version has (the Session of today reads columns added later)."""
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf, migrations=MIGRATIONS[:version])
    assert schema_version(vault.connection) == version
    conn = vault.connection
    user_id = conn.execute("SELECT id FROM users").fetchone()[0]
    new, note = person_case(), consultation("Samtale før migreringen om fællesskab.")
    conn.execute("BEGIN IMMEDIATE")
    case_id = old_case(conn, user_id, new, "2026-001", date(2026, 3, 2))
    conn.execute(
        "INSERT INTO consultations (case_id, occurred_at, channel, inquirer_role, duration_minutes, body,"
        " advice, next_steps, author_id, created_at) VALUES (?, '2026-03-04T10:30', 'meeting', 'teacher', 45,"
        " ?, ?, ?, ?, '2026-03-04T10:31:00+00:00')",
        (case_id, note.body, note.advice, note.next_steps, user_id),
    )
    conn.execute(
        "INSERT INTO assessments (case_id, definition_id, definition_version, answers, suggested_level,"
        " chosen_level, author_id, created_at, finalised_at, status)"
        " VALUES (?, 'prevention-triangle', 1, '{\"leakage\": \"present\"}', 'red', 'red', ?,"
        " '2026-03-01T10:00:00', '2026-03-01T10:00:00', 'final')",
        (case_id, user_id),
    )
    conn.execute("COMMIT")
    vault.lock()
    return "2026-001", new.alias


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_every_earlier_version_migrates_to_the_current_one_with_its_data(
    home: Home, kdf: KdfParams, version: int
) -> None:
    ref, alias = vault_at_version(home, kdf, version)
    session = Session.unlock(home, PASSPHRASE)  # unlocking migrates
    assert schema_version(session._vault.connection) == CURRENT_VERSION
    case = session.case_by_ref(ref)
    assert case.alias == alias and case.level is not None and case.level.value == "red"
    assert [h.case_ref for h in session.search("migreringen")] == [ref]
    assert session.notifications(case.id) == []
    assert session.latest_assessment(case.id).evidence == {}
    [old] = session.consultations(case.id)  # written before who asked had more than a role
    assert (old.inquirer_role.value, old.inquirer_organisation, old.inquirer_contact) == ("teacher", "", "")
    assert case.reopened_on is None
    changed = session.update_consultation(
        old.id, consultation(old.body, inquirer_organisation="Skolen", inquirer_contact="31415926")
    )
    assert (changed.inquirer_organisation, changed.inquirer_contact) == ("Skolen", "31415926")
    assert verify(session) == []
    session.lock()


def test_a_later_migration_in_a_fixture_runs_on_a_current_vault(home: Home, kdf: KdfParams) -> None:
    ref, _ = vault_at_version(home, kdf, CURRENT_VERSION)
    vault = Vault.unlock(home, PASSPHRASE)
    conn = vault.connection
    assert migrate(conn, (*MIGRATIONS, NEXT)) == CURRENT_VERSION + 1
    assert conn.execute("SELECT ref, school FROM cases").fetchall() == [(ref, "ukendt")]
    assert (
        conn.execute(
            "SELECT count(*) FROM consultations_fts WHERE consultations_fts MATCH 'migreringen'"
        ).fetchone()[0]
        == 1
    )
    assert verify_chain(conn) == []
    vault.lock()
    with pytest.raises(SchemaTooNew):
        Vault.unlock(home, PASSPHRASE)  # this program knows one version less: refused, unchanged


def test_a_failing_migration_leaves_the_previous_version_whole(home: Home, kdf: KdfParams) -> None:
    ref, _ = vault_at_version(home, kdf, CURRENT_VERSION)
    broken = sql_migration("ALTER TABLE cases ADD COLUMN school TEXT;\nSELECT * FROM no_such_table;")
    vault = Vault.unlock(home, PASSPHRASE)
    with pytest.raises(Exception, match="no_such_table"):
        migrate(vault.connection, (*MIGRATIONS, broken))
    assert schema_version(vault.connection) == CURRENT_VERSION
    assert "school" not in [r[1] for r in vault.connection.execute("PRAGMA table_info(cases)")]
    vault.lock()
    again = Session.unlock(home, PASSPHRASE)
    assert again.case_by_ref(ref).ref == ref
    assert verify(again) == []
    again.lock()
