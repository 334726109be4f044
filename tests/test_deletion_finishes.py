"""Deletion that finishes (issue 13, point 5): a deleted case leaves no word of itself in any page of vault.db
or frame of its WAL, even when a second connection was reading at the time or the program was killed right
after the deletion committed; search criteria are erased after their time and at once when they name a case
being deleted, and the audit chain still verifies.

The pages are judged by an outsider (tests/vault_pages.py: SQLCipher's page format and the raw data key,
nothing of vinkdesk); the reader is a real second sqlcipher3 connection, the kill a real SIGKILL."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from pypdf import PdfReader

from tests.conftest import PASSPHRASE, consultation, person_case
from tests.vault_pages import words_found
from vinkdesk.reports.access import audit_extract
from vinkdesk.session import Session, verify
from vinkdesk.session.audit_view import audit_lines
from vinkdesk.session.protection import criteria_naming, months_before
from vinkdesk.vault import Home, KdfParams, Vault
from vinkdesk.vault.schema import MIGRATIONS, V6_COLUMNS, V7, V7_COLUMNS, sql_migration

ROOT = Path(__file__).resolve().parent.parent
ALIAS = "Ravnsholt-17"
WORDS = ["Tingbjerg", "Ravnsholt", "fætteren", "Kvistgaard", "Bolsjefabrikken"]
NOTE = (
    "Fortroligt: Ravnsholt mødes med fætteren i Tingbjerg hos Kvistgaard; de taler om Bolsjefabrikken. " * 40
)


def raw_key(session: Session) -> bytes:
    """The data key as a key holder has it (the premise); the pages are then read without vinkdesk."""
    key = session._vault._data_key  # noqa: SLF001
    assert key is not None
    return bytes(key)


def raw_connection(home: Home, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(home.db_path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def case_with_text(session: Session) -> int:
    case = session.create_case(person_case(alias=ALIAS))
    for day in range(1, 6):
        session.add_consultation(case.id, consultation(NOTE + f" Dag {day}."))
    session.add_action(case.id, "Ring til Kvistgaard om Tingbjerg")
    other = session.create_case(person_case(alias="Måge-3"))
    session.add_consultation(other.id, consultation("Samtale om fodbold og fællesskab i klubben."))
    return case.id


def criteria(session: Session) -> dict[str, str]:
    """Search row number -> what it holds now."""
    conn = session._vault.connection  # noqa: SLF001
    return {str(r[0]): r[1] for r in conn.execute("SELECT id, detail FROM audit WHERE action = 'search'")}


def test_a_reader_holds_the_scrub_up_and_the_next_unlock_finishes_it(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case_id = case_with_text(session)
    key = raw_key(session)
    assert words_found(home.folder, key, WORDS) == WORDS  # the outsider's reader does see the text
    reader = raw_connection(home, key)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM consultations").fetchone()[0] == 6  # a read transaction held
    session.scrub_wait = 0.5
    assert session.delete_case(case_id) is False  # never reported done while it is not
    assert session.scrub_pending
    assert words_found(home.folder, key, WORDS) != []  # the reader's snapshot keeps the old pages alive
    # The record was committed with the deletion: another connection sees it.
    assert reader.execute("SELECT 1 FROM meta WHERE key = 'scrub_pending'").fetchone() is None  # old snapshot
    reader.execute("COMMIT")
    assert reader.execute("SELECT 1 FROM meta WHERE key = 'scrub_pending'").fetchone() == (1,)
    reader.close()
    session.lock()

    again = Session.unlock(home, PASSPHRASE)  # the unlock finishes it
    assert not again.scrub_pending
    assert again.list_cases()[0].alias == "Måge-3"
    assert verify(again) == []
    key = raw_key(again)
    again.lock()
    assert words_found(home.folder, key, WORDS) == []


def test_the_scrub_finishes_as_soon_as_the_reader_is_gone(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case_id = case_with_text(session)
    key = raw_key(session)
    reader = raw_connection(home, key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM cases").fetchone()
    session.scrub_wait = 0.3
    assert session.delete_case(case_id) is False
    reader.execute("COMMIT")
    reader.close()
    assert session.upkeep() is True  # what every unlock runs
    assert not session.scrub_pending
    assert words_found(home.folder, key, WORDS) == []  # while the vault is still open, WAL included
    assert verify(session) == []
    session.lock()


def test_killed_right_after_the_deletion_commits_the_next_unlock_scrubs(
    home: Home, kdf: KdfParams, tmp_path: Path
) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case_id = case_with_text(session)
    key = raw_key(session)
    session.lock()
    env = dict(os.environ, VINKDESK_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path))
    child = subprocess.run(
        [sys.executable, "-m", "tests.delete_then_die", str(home.folder), str(case_id)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    # What the kill left: the deletion committed with its record, the text still in pages.
    raw = raw_connection(home, key)
    assert raw.execute("SELECT count(*) FROM cases WHERE id = ?", (case_id,)).fetchone()[0] == 0
    assert raw.execute("SELECT count(*) FROM meta WHERE key = 'scrub_pending'").fetchone()[0] == 1
    raw.close()
    assert words_found(home.folder, key, WORDS) != []

    again = Session.unlock(home, PASSPHRASE)
    assert not again.scrub_pending
    assert verify(again) == []
    again.lock()
    assert words_found(home.folder, key, WORDS) == []


def test_search_criteria_are_erased_after_their_time_and_the_chain_still_verifies(
    home: Home, kdf: KdfParams
) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case_with_text(session)
    session.search("Zanzibarvej")  # found nowhere, but typed: the audit row holds it
    session.search("fodbold")
    kept = criteria(session)
    assert sorted(kept.values()) == ["Zanzibarvej", "fodbold"]
    key = raw_key(session)
    assert words_found(home.folder, key, ["Zanzibarvej"]) == ["Zanzibarvej"]
    later = Session(session._vault, today=date.today() + timedelta(days=150))  # noqa: SLF001
    assert later.upkeep() is True
    assert criteria(later) == kept  # five months: still kept
    later = Session(session._vault, today=months_before(date.today(), -6) + timedelta(days=1))  # noqa: SLF001
    assert later.upkeep() is True
    assert set(criteria(later).values()) == {""}
    assert verify(later) == []
    erasure = [e for e in later.audit_entries() if e.action == "erase-criteria"]
    assert len(erasure) == 1 and erasure[0].detail.startswith("2 search criteria before")
    assert words_found(home.folder, key, ["Zanzibarvej"]) == []
    later.lock()
    again = Session.unlock(home, PASSPHRASE)
    assert verify(again) == []
    again.lock()
    assert words_found(home.folder, key, ["Zanzibarvej"]) == []
    assert words_found(home.folder, key, ["fodbold"]) == ["fodbold"]  # the consultation still says it


def test_the_period_is_a_vault_setting(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    assert session.setting("search_criteria_months") == 6
    session.set_setting("search_criteria_months", 1)
    session.search("fodbold")
    later = Session(session._vault, today=date.today() + timedelta(days=32))  # noqa: SLF001
    later.upkeep()
    assert set(criteria(later).values()) == {""}
    assert verify(later) == []
    session.lock()


def test_criteria_naming_a_deleted_case_are_erased_at_once(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    case_id = case_with_text(session)
    ref = session.case_ref_of(case_id)
    for typed in ("Tingbjerg", "ravnsholt fodbold", ref, "Kvist", "fætteren tingbj", "fodbold", "klubben"):
        session.search(typed)
    key = raw_key(session)
    assert session.delete_case(case_id) is True
    left = sorted(v for v in criteria(session).values() if v)
    assert left == ["fodbold", "klubben"]  # what never pointed to the deleted case stays
    assert verify(session) == []
    # The audit extract no longer shows what was erased, and says that it was.
    entries = session.audit_entries()
    pdf = audit_extract(audit_lines(entries, {}), "alt")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Tingbjerg" not in text and "Kvist" not in text and ref not in text
    assert "søgekriteriet er slettet" in text and "fodbold" in text
    assert words_found(home.folder, key, [*WORDS, "Kvist", "tingbj"]) == []
    session.lock()
    assert words_found(home.folder, key, [*WORDS, "Kvist", "tingbj"]) == []


def test_the_guard_allows_erasing_a_criterion_and_nothing_else(home: Home, kdf: KdfParams) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    session.search("fodbold")
    conn = session._vault.connection  # noqa: SLF001
    search_row = conn.execute("SELECT id FROM audit WHERE action = 'search'").fetchone()[0]
    for sql in (
        "UPDATE audit SET detail = 'andet' WHERE id = ?",
        "UPDATE audit SET detail = '' WHERE id = ?",  # the salt must go too
        "UPDATE audit SET detail = '', detail_salt = NULL, at = '2020-01-01' WHERE id = ?",
        "UPDATE audit SET detail = '', detail_salt = NULL, hash = '00' WHERE id = ?",
        "UPDATE audit SET detail = '', detail_salt = NULL, action = 'x' WHERE id = ?",
        "UPDATE audit SET detail = '', detail_salt = NULL, detail_digest = '' WHERE id = ?",
    ):
        with pytest.raises(sqlcipher3.IntegrityError, match="never change"):
            conn.execute(sql, (search_row,))
    with pytest.raises(sqlcipher3.IntegrityError, match="never change"):
        conn.execute("UPDATE audit SET detail = '', detail_salt = NULL WHERE id = 1")  # not a search row
    conn.execute("UPDATE audit SET detail = '', detail_salt = NULL WHERE id = ?", (search_row,))
    assert verify(session) == []
    session.lock()


def test_a_key_holder_erasing_another_row_or_writing_into_an_erased_one_is_found(
    home: Home, kdf: KdfParams
) -> None:
    session, _ = Session.create(home, "Ane", PASSPHRASE, kdf)
    session.search("fodbold")
    session.create_case(person_case())
    conn = session._vault.connection  # noqa: SLF001
    conn.execute("DROP TRIGGER audit_no_update")
    search_row = conn.execute("SELECT id FROM audit WHERE action = 'search'").fetchone()[0]
    conn.execute("UPDATE audit SET detail = '', detail_salt = NULL WHERE action = 'create-vault'")
    conn.execute("UPDATE audit SET detail = 'noget andet', detail_salt = NULL WHERE id = ?", (search_row,))
    problems = verify(session)
    assert any("row 1 has had its detail erased" in p for p in problems)
    assert any(f"row {search_row} has been changed since its criterion was erased" in p for p in problems)
    assert any("audit_no_update is missing" in p for p in problems)
    session.lock()


def test_criteria_written_before_the_upgrade_are_erased_and_still_checked(home: Home, kdf: KdfParams) -> None:
    """A vault of schema 3 (rows hashed over their detail) is sealed when it migrates; its old criteria can be
    erased and every other field of those rows is still checked."""
    vault, _ = Vault.create(home, "Ane", PASSPHRASE, kdf, migrations=MIGRATIONS[:3])
    # Today's Session reads and writes schema 6's and 7's columns and 7's tables; give the schema-3 vault only
    # those (its version and audit format stay 3's), as v6 and v7 allow for a vault whose version was set back
    # by hand.
    for table, column, declaration in (*V6_COLUMNS, *V7_COLUMNS):
        vault.connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
    sql_migration(V7)(vault.connection)
    old = Session(vault)
    case_id = case_with_text(old)
    old.search("Tingbjerg")
    old.search("fodbold")
    old.lock()
    session = Session.unlock(home, PASSPHRASE)  # migrates to 4 and seals the old rows
    conn = session._vault.connection  # noqa: SLF001
    assert conn.execute("SELECT count(*) FROM audit WHERE action = 'seal-audit'").fetchone()[0] == 1
    assert verify(session) == []
    assert session.delete_case(case_id) is True
    assert sorted(criteria(session).values()) == ["", "fodbold"]
    assert verify(session) == []
    later = Session(session._vault, today=date.today() + timedelta(days=200))  # noqa: SLF001
    later.upkeep()
    assert set(criteria(later).values()) == {""}
    assert verify(later) == []
    # A key holder who changes an erased old row (it has no hash of its own to fail) is caught by the seal.
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET user_id = 'someone else' WHERE action = 'search' AND chain_version = 1")
    assert any("sealed them" in p for p in verify(later))
    later.lock()


def test_which_criteria_name_a_case() -> None:
    rows = list(
        enumerate(
            [
                "2026-014",  # the ref
                "Ravn fodbold",  # a word of the alias
                "tingbjerg",  # a word of the text
                "ting",  # typed so far: a prefix of it
                "fætter tingbjerg",  # every word in the text
                "Fætter",  # NFC or not, any case
                "fodbold",  # only in other cases
                "tingbjerg fodbold",  # one word that is not the case's: does not point to it
                "a",  # one letter: only an exact word
                "  ",
            ]
        )
    )
    names = criteria_naming(rows, "2026-014", "Ravn-17", ["Mødet i Tingbjerg med fætter og en ven."])
    assert names == [0, 1, 2, 3, 4, 5]


def test_months_before_keeps_the_day_or_takes_the_last_of_a_shorter_month() -> None:
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 6) == date(2025, 9, 15)
    assert months_before(date(2026, 1, 10), 1) == date(2025, 12, 10)
