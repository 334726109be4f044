"""Migrations run in order on PRAGMA user_version, each all-or-nothing, and keep the data."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE, consultation, person_case
from vinkdesk.session import Session, verify
from vinkdesk.vault import Home, KdfParams, SchemaTooNew, Vault
from vinkdesk.vault.audit import verify_chain
from vinkdesk.vault.schema import MIGRATIONS, migrate, schema_version, sql_migration

V2 = sql_migration(
    """
    ALTER TABLE cases ADD COLUMN school TEXT NOT NULL DEFAULT '';
    CREATE INDEX cases_school ON cases(school);
    UPDATE cases SET school = 'ukendt';
    """
)


def test_a_v1_vault_with_data_migrates_to_a_v2_fixture(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    session.add_consultation(case.id, consultation("Samtale før migreringen om fællesskab."))
    session.lock()

    vault = Vault.unlock(home, PASSPHRASE)
    conn = vault.connection
    assert schema_version(conn) == len(MIGRATIONS) == 1
    assert migrate(conn, (*MIGRATIONS, V2)) == 2
    assert schema_version(conn) == 2
    assert conn.execute("SELECT ref, school FROM cases").fetchall() == [(case.ref, "ukendt")]

    # Its data is intact: searchable, the audit chain whole, and this (v1) program now refuses it cleanly.
    assert (
        conn.execute(
            "SELECT count(*) FROM consultations_fts WHERE consultations_fts MATCH 'migreringen'"
        ).fetchone()[0]
        == 1
    )
    assert verify_chain(conn) == []
    vault.lock()
    with pytest.raises(SchemaTooNew):
        Vault.unlock(home, PASSPHRASE)


def test_a_failing_migration_leaves_the_previous_version_whole(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case = session.create_case(person_case())
    session.lock()
    broken = sql_migration("ALTER TABLE cases ADD COLUMN school TEXT;\nSELECT * FROM no_such_table;")
    vault = Vault.unlock(home, PASSPHRASE)
    with pytest.raises(Exception, match="no_such_table"):
        migrate(vault.connection, (*MIGRATIONS, broken))
    assert schema_version(vault.connection) == 1
    columns = [r[1] for r in vault.connection.execute("PRAGMA table_info(cases)")]
    assert "school" not in columns
    vault.lock()
    again = Session.unlock(home, PASSPHRASE)
    assert again.view_case(case.id).ref == case.ref
    assert verify(again) == []
    again.lock()
