"""A key holder attacks the audit trail (issue 13, point 6). Only the command line is driven; the attacker
opens vault.db with sqlcipher3 and the raw data key (read from vault.keys by tests/outsider_keys.py) and
recomputes hashes from the chain format in docs/architecture.md. Nothing from vinkdesk's vault, session or
audit code is used, so the test does not share their blind spots.

The chain alone cannot tell a trail cut at its end, or recomputed after an edit, from an honest one: a backup
made before the attack (its manifest's audit_head: row, hash, count) can, through `verify --anchor`. A guard
trigger is judged by its SQL text, so a do-nothing trigger under the guard's name is reported by `verify`
alone."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3

from tests.outsider_keys import opens
from vinkdesk.cli import Console, main
from vinkdesk.vault.kdf import FLOOR  # only for the Console: fast key derivation

PASS = "Kaffe og kage 2026 lang"


def cli(*argv: object) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"VINKDESK_PASSPHRASE": PASS}, out=out, err=err, kdf=FLOOR)
    code = main([str(a) for a in argv], console)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    assert cli("demo", "--home", folder, "--cases", "4")[0] == 0
    for words in ("skole", "klub fodbold", "Ravn"):
        assert cli("search", "--home", folder, words)[0] == 0
    return folder


@contextmanager
def raw(home: Path) -> Iterator[sqlcipher3.Connection]:
    (key,) = opens(home / "vault.keys", PASS)
    conn = sqlcipher3.connect(str(home / "vault.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        yield conn
    finally:
        conn.close()


def verify(home: Path, anchor: Path | None = None) -> tuple[int, str]:
    return cli("verify", "--home", home, *(("--anchor", anchor) if anchor else ()))


def backup(home: Path, tmp_path: Path) -> Path:
    out = tmp_path / "before.zip"
    assert cli("backup", "--home", home, "--out", out)[0] == 0
    return out


def trigger_sql(conn: sqlcipher3.Connection, name: str) -> str:
    return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])


def chained(prev: str, fields: list[str]) -> str:
    """SHA-256 of the previous hash (hex, ASCII) and each field length-prefixed (8 bytes, big-endian)."""
    digest = hashlib.sha256(prev.encode("ascii"))
    for field in fields:
        data = field.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def test_the_anchor_of_an_untouched_vault_holds(home: Path, tmp_path: Path) -> None:
    anchor = backup(home, tmp_path)
    head = json.loads(zipfile.ZipFile(anchor).read("manifest.json"))["audit_head"]
    assert set(head) == {"row", "hash", "count"} and head["count"] == head["row"]
    with raw(home) as conn:
        assert (
            conn.execute("SELECT hash FROM audit WHERE id = ?", (head["row"],)).fetchone()[0] == head["hash"]
        )
    assert cli("search", "--home", home, "Valby")[0] == 0  # the trail grows after the backup
    code, text = verify(home, anchor)
    assert code == 0, text
    assert f"still holds row {head['row']}" in text


def test_the_last_five_rows_deleted_are_found_against_a_backup(home: Path, tmp_path: Path) -> None:
    anchor = backup(home, tmp_path)
    assert verify(home)[0] == 0
    with raw(home) as conn:
        guard = trigger_sql(conn, "audit_no_delete")
        conn.execute("DROP TRIGGER audit_no_delete")
        last = conn.execute("SELECT max(id) FROM audit").fetchone()[0]
        conn.execute("DELETE FROM audit WHERE id > ?", (last - 5,))
        conn.execute(guard)
    code, text = verify(home)
    assert code == 0, text  # the chain alone cannot tell a cut end (this is what the anchor is for)
    code, text = verify(home, anchor)
    assert code == 1 and "truncated" in text, text


def test_old_rows_deleted_as_if_purged_are_found_by_the_count(home: Path, tmp_path: Path) -> None:
    anchor = backup(home, tmp_path)
    with raw(home) as conn:
        guard = trigger_sql(conn, "audit_no_delete")
        conn.execute("DROP TRIGGER audit_no_delete")
        cut = conn.execute("SELECT hash FROM audit WHERE id = 3").fetchone()[0]
        conn.execute("DELETE FROM audit WHERE id <= 3")
        conn.execute("INSERT INTO meta (key, value) VALUES ('audit_anchor', ?)", (cut,))
        conn.execute(guard)
    assert verify(home)[0] == 0  # it looks like a purge to the chain
    code, text = verify(home, anchor)
    assert code == 1 and "rows have been removed" in text, text


def test_a_chain_recomputed_after_an_edit_is_found_against_a_backup(home: Path, tmp_path: Path) -> None:
    anchor = backup(home, tmp_path)
    with raw(home) as conn:
        guard = trigger_sql(conn, "audit_no_update")
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET detail = 'fodbold' WHERE action = 'search' AND detail = 'Ravn'")
        rows = conn.execute(
            "SELECT id, at, user_id, action, object_kind, object_id, detail, detail_salt, prev_hash"
            " FROM audit ORDER BY id"
        ).fetchall()
        prev = rows[0][8]
        for row_id, at, user, action, kind, obj, detail, salt, _ in rows:
            digest = hashlib.sha256(bytes.fromhex(salt) + detail.encode("utf-8")).hexdigest()
            fields = ["vinkdesk.audit/2", str(row_id), at, user, action, kind, obj, digest]
            new = chained(prev, fields)
            conn.execute(
                "UPDATE audit SET detail_digest = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (digest, prev, new, row_id),
            )
            prev = new
        conn.execute(guard)
    code, text = verify(home)
    assert code == 0, text  # a consistent rewrite by a key holder: only an anchor kept elsewhere tells
    code, text = verify(home, anchor)
    assert code == 1 and "rewritten" in text, text


@pytest.mark.parametrize(
    "name, body",
    [
        ("audit_no_update", "BEFORE UPDATE ON audit BEGIN SELECT 1; END"),
        ("audit_no_delete", "BEFORE DELETE ON audit BEGIN SELECT 1; END"),
        (
            "audit_no_update",
            "BEFORE UPDATE ON audit WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit rows never change'); END",
        ),
    ],
)
def test_a_do_nothing_guard_of_the_same_name_is_reported(home: Path, name: str, body: str) -> None:
    assert verify(home)[0] == 0
    with raw(home) as conn:
        conn.execute(f"DROP TRIGGER {name}")
        conn.execute(f"CREATE TRIGGER {name} {body}")
    code, text = verify(home)
    assert code == 1 and name in text and "not the one vinkdesk creates" in text, text


def test_a_guard_with_other_line_breaks_is_the_same_guard_and_an_extra_trigger_is_reported(
    home: Path,
) -> None:
    with raw(home) as conn:
        guard = trigger_sql(conn, "audit_no_delete")
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("\n  ".join(guard.split()))
    assert verify(home)[0] == 0
    with raw(home) as conn:
        conn.execute("CREATE TRIGGER audit_later AFTER INSERT ON audit BEGIN SELECT 1; END")
    code, text = verify(home)
    assert code == 1 and "audit_later" in text, text


def test_a_backup_of_another_vault_or_without_a_head_anchors_nothing(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert cli("init", "--home", other, "--name", "Bo")[0] == 0
    foreign = tmp_path / "other.zip"
    assert cli("backup", "--home", other, "--out", foreign)[0] == 0
    code, text = verify(home, foreign)
    assert code == 1 and "another vault" in text, text
    old = tmp_path / "old.zip"
    with zipfile.ZipFile(foreign) as src, zipfile.ZipFile(old, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                doc = json.loads(data)
                del doc["audit_head"]
                data = json.dumps(doc).encode()
            dst.writestr(item, data)
    code, text = verify(home, old)
    assert code == 1 and "did not yet record" in text, text
